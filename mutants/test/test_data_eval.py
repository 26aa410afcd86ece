"""Evaluation runner and ``spatialvlm eval`` on tiny sets: geometry reproduces its own answers, a
scripted VLM scores exactly what its fixed answer deserves."""

from __future__ import annotations

import json

import pytest

from spatialvlm_ros.cli.main import main
from spatialvlm_ros.data.dataset import read_dataset
from spatialvlm_ros.data.evaluate import evaluate, question_type
from spatialvlm_ros.data.pipeline import SynthConfig, run_synthesis


@pytest.fixture(scope="module")
def measured_set(tmp_path_factory):
    out = tmp_path_factory.mktemp("eval") / "measured"
    cfg = SynthConfig.from_yaml(max_qa_per_image=12)
    s = run_synthesis(["sim:0-3"], out, cfg, engine="local", progress=False)
    assert s.samples_out == 3
    return out


def test_geometry_backend_reproduces_answers_made_from_the_same_geometry(measured_set, tmp_path):
    from spatialvlm_ros.estimators.factory import build_estimator

    samples = read_dataset(measured_set)
    rep = evaluate(samples, build_estimator("geometry"), backend="geometry", progress=False)
    assert rep.questions == sum(len(s.qa) for s in samples)
    m = rep.metrics
    types = {question_type(q) for s in samples for q in s.qa}
    assert set(m["per_kind"]) == types
    quant = m["overall"]["quantitative"]
    # same geometry on the stored frames (depth kept to the millimetre): every length within 25 %
    assert quant["n"] > 0 and quant["number_rate"] == 1.0
    assert quant["within_25pct"] == 1.0 and quant["within_50_200"] == 1.0
    assert quant["abs_rel_error_median"] < 0.05
    if m["overall"]["qualitative"]["n"]:
        assert m["overall"]["qualitative"]["accuracy"] >= 0.9


def test_scripted_vlm_scores_exactly_its_fixed_answer(measured_set, tmp_path):
    """A tiny VLM that answers "About 35 cm." to everything: the metrics are known in advance."""
    from spatialvlm_ros.estimators.factory import build_estimator
    from spatialvlm_ros.testing.tiny_models import build_tiny_qwen2_5_vl

    model = build_tiny_qwen2_5_vl(tmp_path / "vlm", scripted_answer="About 35 cm.")
    samples = read_dataset(measured_set)
    est = build_estimator("vlm", checkpoint=str(model))
    rep = evaluate(samples, est, backend="vlm", progress=False)
    lengths = [q.value_m for s in samples for q in s.qa if q.form == "value" and q.kind != "direction"]
    lengths = [t for t in lengths if t > 1e-6]
    quant = rep.metrics["overall"]["quantitative"]
    assert quant["number_rate"] == 1.0
    assert quant["within_50_200"] == pytest.approx(sum(0.175 <= t <= 0.70 for t in lengths) / len(lengths))
    assert quant["within_25pct"] == pytest.approx(sum(0.35 / 1.25 <= t <= 0.35 / 0.75 for t in lengths) / len(lengths))
    qual = rep.metrics["overall"]["qualitative"]
    if qual["n"]:  # "About 35 cm." is no yes/no and names no object: unanswered, never correct
        assert qual["answered_rate"] == 0.0 and qual["accuracy"] == 0.0
    ex = rep.examples[0]
    assert ex["answer"] == "About 35 cm." or not ex["valid"]


def test_cli_eval_writes_the_report_and_prints_the_table(measured_set, tmp_path, capsys):
    out = tmp_path / "report.json"
    rc = main(["eval", str(measured_set), "--backend", "geometry", "-o", str(out), "--no-progress"])
    assert rc == 0
    printed = capsys.readouterr().out
    doc = json.loads(out.read_text())
    assert doc["backend"] == "geometry" and doc["samples"] == 3
    assert "ALL quantitative" in printed and "[50,200]%" in printed
    for kind in doc["per_kind"]:
        assert kind in printed
    rc = main(["eval", str(measured_set), "--backend", "vlm", "-o", str(out)])
    assert rc == 2 and "needs --model" in capsys.readouterr().err
    rc = main(["eval", str(tmp_path / "none"), "--backend", "geometry", "-o", str(out)])
    assert rc == 2 and "dataset not found" in capsys.readouterr().err
