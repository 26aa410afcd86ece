"""The miniature experiment's controls: the prior-only answerer, the image shuffle, the paired
bootstrap, and a reduced run of ``bench/miniature.py`` end to end (real synthesis, a real small
random Qwen2.5-VL trained for a few steps, every answerer on the same test questions)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from spatialvlm_ros.core.qa import QAItem
from spatialvlm_ros.core.query import SpatialQuery
from spatialvlm_ros.data.bootstrap import paired_bootstrap, paired_scores
from spatialvlm_ros.data.controls import derangement, shuffle_images
from spatialvlm_ros.data.metrics import Outcome, success
from spatialvlm_ros.errors import InputError
from spatialvlm_ros.estimators.prior import PriorEstimator

ROOT = Path(__file__).resolve().parents[1]


def _qa(kind: str, form: str, value: float | None = None, truth: bool | None = None) -> QAItem:
    objs = ["red cube"] if kind == "height" else ["red cube", "blue ball"]
    return QAItem(kind=kind, objects=objs, form=form, question="q", answer="a", value_m=value, truth=truth)


def test_prior_answers_the_training_median_and_majority_without_the_image() -> None:
    items = [_qa("distance", "value", v) for v in (0.1, 0.2, 0.5)] + \
            [_qa("left_of", "which", truth=t) for t in (False, False, True)] + [_qa("behind", "yesno", truth=True)]
    prior = PriorEstimator.fit(items)
    d = prior.estimate(None, SpatialQuery("distance", ("a", "b")))  # type: ignore[arg-type]
    assert d.valid and d.value_m == pytest.approx(0.2) and d.source == "prior"
    w = prior.estimate(None, SpatialQuery("left_of", ("a", "b"), form="which"))  # type: ignore[arg-type]
    assert w.valid and w.truth is False and w.answer == "b"
    assert prior.estimate(None, SpatialQuery("behind", ("a", "b"), form="yesno")).truth is True  # type: ignore[arg-type]
    missing = prior.estimate(None, SpatialQuery("height", ("a",)))  # type: ignore[arg-type]
    assert not missing.valid and "no prior" in missing.reason


def test_success_per_question_matches_the_rates() -> None:
    assert success(Outcome("distance", True, True, pred=0.3, truth=0.2)) == 1.0     # x1.5
    assert success(Outcome("distance", True, True, pred=0.5, truth=0.2)) == 0.0     # x2.5
    assert success(Outcome("distance", True, True, pred=0.24, truth=0.2), "within_25pct") == 1.0
    assert success(Outcome("distance", True, True, pred=0.3, truth=0.2), "within_25pct") == 0.0
    assert success(Outcome("distance", True, False)) == 0.0
    assert success(Outcome("distance", True, True, pred=0.1, truth=0.0)) is None    # zero truth: left out
    assert success(Outcome("left_of:which", False, True, correct=True)) == 1.0
    with pytest.raises(ValueError, match="unknown success metric"):
        success(Outcome("distance", True, True, pred=1, truth=1), "rmse")


def test_paired_bootstrap_interval_covers_the_difference_and_detects_no_gain() -> None:
    rng = np.random.default_rng(1)
    a = (rng.random(400) < 0.7).astype(float)
    b = (rng.random(400) < 0.5).astype(float)
    g = paired_bootstrap(a, b, resamples=1000)
    assert g.low < g.diff < g.high and g.diff == pytest.approx(a.mean() - b.mean())
    assert g.significant
    same = paired_bootstrap(a, a, resamples=500)
    assert same.diff == 0 and not same.significant
    with pytest.raises(InputError, match="equal-length"):
        paired_bootstrap([1.0], [1.0, 0.0])
    with pytest.raises(InputError, match="only one answerer"):
        paired_scores({("s", 0): 1.0, ("s", 1): 0.0}, {("s", 0): 1.0})
    x, y = paired_scores({1: 1.0, 2: None, 3: 0.0}, {1: 0.0, 2: 1.0, 3: 0.0})
    assert x == [1.0, 0.0] and y == [0.0, 0.0]  # an unscorable question is left out of both


def test_shuffle_moves_every_image_and_keeps_every_question(tmp_path) -> None:
    from spatialvlm_ros.cli.main import main
    from spatialvlm_ros.data.dataset import iter_samples

    assert main(["synth", "sim:0-5", "-o", str(tmp_path / "d"), "--engine", "local", "--no-progress",
                 "--config", str(ROOT / "config" / "miniature" / "data.yaml")]) == 0
    samples = list(iter_samples(tmp_path / "d"))
    shuffled = shuffle_images(samples, seed=3)
    assert [s.id for s in shuffled] == [s.id for s in samples]
    assert [s.qa for s in shuffled] == [s.qa for s in samples]
    assert all(a.images != b.images for a, b in zip(samples, shuffled))
    assert sorted(map(bytes, (s.images[0] for s in shuffled))) == sorted(map(bytes, (s.images[0] for s in samples)))
    assert sorted(derangement(7, 0)) == list(range(7)) and all(i != j for i, j in enumerate(derangement(7, 0)))
    with pytest.raises(InputError, match="at least 2"):
        derangement(1)


REDUCED = """
data: miniature/data.yaml
train_pool: [0, 10]
train_sizes: [4, 10]
validation: [200000, 200004]
test: [100000, 100006]
model:
  vision: {depth: 1, hidden_size: 32, intermediate_size: 64, num_heads: 2, window_size: 112, fullatt_block_indexes: [0]}
  text: {hidden_size: 64, intermediate_size: 128, num_hidden_layers: 1, num_attention_heads: 4, num_key_value_heads: 2}
  vocab_size: 500
  max_pixels: 12544
  seed: 0
train: miniature/train.yaml
steps: 4
checkpoints: 2
model_config: miniature/model.yaml
shuffle_seed: 0
bootstrap: {resamples: 200, confidence: 0.9, seed: 0}
threads: 1
"""


def test_reduced_miniature_runs_every_control_on_the_same_questions(tmp_path) -> None:
    cfg = tmp_path / "exp.yaml"
    cfg.write_text(REDUCED)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "miniature.py"), "--config", str(cfg),
                           "--out", str(tmp_path / "out")], env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    doc = json.loads((tmp_path / "out" / "miniature.json").read_text())
    assert set(doc["runs"]) == {"4", "10"}
    digests = {doc["answerers"]["untrained"]["questions"], doc["answerers"]["geometry"]["questions"]}
    for r in doc["runs"].values():
        digests |= {r["test"]["questions"], r["shuffled"]["questions"], r["prior"]["questions"]}
        assert r["selected_step"] in {int(s) for s in r["validation_success"]} and len(r["validation_success"]) == 2
        for key in ("gain_over_shuffled", "gain_over_prior", "gain_over_untrained"):
            g = r[key]["all"]
            assert g["n"] > 0 and g["low"] <= g["diff"] <= g["high"]
    assert len(digests) == 1, "every answerer must be scored on the same test questions"
    assert doc["runs"]["10"]["train_scenes"] > doc["runs"]["4"]["train_scenes"]
    assert doc["test_questions"] > 0
    # geometry on the stored depth answers (nearly) every question of the truth split
    geo = doc["answerers"]["geometry"]["rows"]["ALL quantitative"]
    assert geo["number_rate"] > 0.9
    md = (tmp_path / "out" / "miniature.md").read_text()
    assert "| question type |" in md and "gain over shuffled" in md
    png = (tmp_path / "out" / "scaling.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    # a second call redoes nothing (every step is cached) and gives the same document
    again = subprocess.run([sys.executable, str(ROOT / "bench" / "miniature.py"), "--config", str(cfg),
                            "--out", str(tmp_path / "out")], env=env, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0 and "training on" not in again.stdout
    doc2 = json.loads((tmp_path / "out" / "miniature.json").read_text())
    assert doc2["runs"] == json.loads(json.dumps(doc["runs"]))
