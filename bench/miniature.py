"""The miniature of the SpatialVLM claim, with controls: does fine-tuning on synthesised spatial
VQA make a VLM read metric quantities *from the image*?

One command runs the whole experiment of ``config/miniature/experiment.yaml`` on a CPU:

1. data (``spatialvlm synth``, ``config/miniature/data.yaml``): a training pool of simulated
   tabletop scenes with answers *measured* by the geometry pipeline on noisy depth and masks
   (the data engine's setting), a validation split and a held-out test split from other seeds
   with answers from the simulator's truth; question kinds the image decides (distance,
   height, distance to the camera, left/right, in front/behind);
2. one random Qwen2.5-VL of the configured size (``testing.tiny_models.build_sized_qwen2_5_vl``,
   its BPE vocabulary trained on the pool's text), the starting point of every run;
3. for each training size (the pool's first N scenes): full fine-tuning, vision tower and
   merger included, for the same number of steps; the checkpoint with the best validation
   success is the run's model (the test split is never used to choose anything);
4. every answerer on the same test questions: the untrained model, the fine-tuned model, the
   fine-tuned model with the test images shuffled among samples (image-blind by
   construction), the prior-only answerer (the training answers' median / majority per
   question type, ``estimators.prior``) and the geometry backend on the stored depth;
5. per question type the paper's metrics (answers with a number, within [50 %, 200 %],
   qualitative accuracy) and SpatialRGPT's +-25 %; paired bootstrap intervals (over
   questions) of the fine-tuned model's gain over the prior and over its own shuffled score.
   A gain counts only where both intervals lie above zero.

Usage::

    .venv/bin/python bench/miniature.py [--config config/miniature/experiment.yaml] [--out out/miniature]

Writes ``OUT/miniature.json`` (everything, including each answerer's question keys),
``OUT/miniature.md`` (the tables) and ``OUT/scaling.png`` (the gain against the number of
training scenes). Finished steps are not redone (synth resumes; runs and evaluations are kept
under ``OUT/runs`` and ``OUT/evals``): delete OUT to start over.
"""

from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "2")

import argparse
import hashlib
import json
import shutil
import sys
import time
from dataclasses import dataclass, field, fields
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import cpu_model  # noqa: E402

from spatialvlm_ros.resources import config_keys, load_config  # noqa: E402

#: The answerers of the report, in table order.
ANSWERERS = ("untrained", "fine-tuned", "fine-tuned, shuffled images", "prior-only", "geometry")


@dataclass
class Experiment:
    """``config/miniature/experiment.yaml`` (keys documented there)."""

    data: str = "miniature/data.yaml"
    train_pool: list = field(default_factory=lambda: [0, 2000])
    train_sizes: list = field(default_factory=lambda: [200, 600, 2000])
    validation: list = field(default_factory=lambda: [200000, 200080])
    test: list = field(default_factory=lambda: [100000, 100200])
    model: dict = field(default_factory=dict)
    train: str = "miniature/train.yaml"
    steps: int = 1500
    checkpoints: int = 3
    model_config: str = "miniature/model.yaml"
    shuffle_seed: int = 0
    bootstrap: dict = field(default_factory=lambda: {"resamples": 2000, "confidence": 0.95, "seed": 0})
    threads: int = 2

    @classmethod
    def from_yaml(cls, path: str) -> Experiment:
        exp = cls(**config_keys(cls, load_config(path), "miniature experiment"))
        lo, hi = exp.train_pool
        if not exp.train_sizes or any(int(n) < 1 or int(n) > hi - lo for n in exp.train_sizes):
            raise SystemExit(f"error: train_sizes {exp.train_sizes} must lie in 1..{hi - lo} (the pool)")
        if exp.steps < exp.checkpoints or exp.checkpoints < 1:
            raise SystemExit("error: steps must be >= checkpoints >= 1")
        return exp


def run(cmd: list[str]) -> None:
    """One ``spatialvlm`` command, printed as it runs (any step can be rerun by hand)."""
    from spatialvlm_ros.cli.main import main

    print("$ spatialvlm " + " ".join(cmd), flush=True)
    t0 = time.perf_counter()
    rc = main(cmd)
    if rc != 0:
        raise SystemExit(f"command failed with exit code {rc}")
    print(f"  ({time.perf_counter() - t0:.1f} s)", flush=True)


def synth(out: Path, seeds: list, config: str, truth: bool) -> list:
    from spatialvlm_ros.data.dataset import iter_samples
    from spatialvlm_ros.resources import config_path

    cfg = Path(config) if Path(config).is_file() else config_path(config)
    cmd = ["synth", f"sim:{seeds[0]}-{seeds[1]}", "-o", str(out), "--config", str(cfg), "--engine", "local",
           "--no-progress"]
    run(cmd + (["--answers-from", "truth"] if truth else []))
    return sorted(iter_samples(out), key=lambda s: _seed(s))


def _seed(sample) -> int:  # type: ignore[no-untyped-def]
    """The simulator seed of a ``sim:`` sample (its source key is ``sim:SEED``)."""
    return int(str(sample.source_key).rsplit(":", 1)[-1])


# -- evaluation, cached with every question's outcome ------------------------------------------
def evaluate_cached(path: Path, samples: list, estimator_fn, backend: str) -> tuple[dict, dict]:  # type: ignore[no-untyped-def]
    """(metrics, {(sample id, turn): Outcome}) of an answerer, computed once into ``path``."""
    from spatialvlm_ros.data.evaluate import evaluate, write_report
    from spatialvlm_ros.data.metrics import Outcome

    if not path.is_file():
        t0 = time.perf_counter()
        report = evaluate(samples, estimator_fn(), backend=backend, progress=False, keep_outcomes=True)
        write_report(report, path)
        print(f"  evaluated {path.stem}: {report.questions} questions ({time.perf_counter() - t0:.1f} s)", flush=True)
    doc = json.loads(path.read_text())
    names = {f.name for f in fields(Outcome)}
    outcomes = {(o["sample"], int(o["turn"])): Outcome(**{k: v for k, v in o.items() if k in names})
                for o in doc["outcomes"]}
    return doc, outcomes


def success_map(outcomes: dict, metric: str = "within_50_200") -> dict:
    from spatialvlm_ros.data.metrics import success

    return {k: success(o, metric) for k, o in outcomes.items()}


def mean_success(outcomes: dict) -> float:
    vals = [v for v in success_map(outcomes).values() if v is not None]
    return sum(vals) / len(vals) if vals else 0.0


def keys_digest(outcomes: dict) -> str:
    """A digest of the sorted question keys: equal digests = scored on the same questions."""
    text = "\n".join(f"{s}#{t}" for s, t in sorted(outcomes))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


# -- models ---------------------------------------------------------------------------------
def vlm_estimator(exp: Experiment, checkpoint: Path):  # type: ignore[no-untyped-def]
    from spatialvlm_ros.estimators.factory import build_estimator

    return lambda: build_estimator("vlm", model_config=exp.model_config, checkpoint=str(checkpoint))


def build_base(exp: Experiment, out: Path, pool: list) -> Path:
    from spatialvlm_ros.testing.tiny_models import build_sized_qwen2_5_vl

    if (out / "config.json").is_file():
        return out
    m = exp.model
    corpus = [t for s in pool for q in s.qa for t in (q.question, q.answer)]
    build_sized_qwen2_5_vl(out, vision=m["vision"], text=m["text"], corpus=corpus,
                           vocab_size=int(m.get("vocab_size", 800)), max_pixels=int(m.get("max_pixels", 112 * 112)),
                           seed=int(m.get("seed", 0)))
    print(f"  base model: {out}", flush=True)
    return out


def with_processor(checkpoint: Path, base: Path) -> Path:
    """A Trainer checkpoint made loadable like a hub folder: the base's processor/tokenizer files."""
    for f in base.iterdir():
        if f.is_file() and f.name not in ("config.json", "model.safetensors", "generation_config.json") \
                and not (checkpoint / f.name).exists():
            shutil.copy2(f, checkpoint / f.name)
    return checkpoint


def train_run(exp: Experiment, run_dir: Path, samples: list, base: Path) -> dict:
    """Fine-tune ``base`` on ``samples``; {step: checkpoint dir} of the evenly spaced checkpoints."""
    from spatialvlm_ros.data.train import TrainConfig, train

    summary = run_dir / "train_summary.json"
    if not summary.is_file():
        every = max(1, exp.steps // exp.checkpoints)
        cfg = TrainConfig.from_yaml(exp.train, max_steps=int(exp.steps), save_steps=every,
                                    save_total_limit=exp.checkpoints + 1, num_threads=int(exp.threads))
        print(f"  training on {len(samples)} samples for {exp.steps} steps -> {run_dir}", flush=True)
        train(samples, run_dir, base, cfg, progress=False)
    ckpts = {int(p.name.split("-")[-1]): with_processor(p, base)
             for p in sorted((run_dir / "checkpoints").glob("checkpoint-*"))}
    return {"summary": json.loads(summary.read_text()), "checkpoints": ckpts}


# -- comparison -----------------------------------------------------------------------------
def gains(exp: Experiment, a: dict, b: dict, keys: list) -> dict:
    """Paired bootstrap of ``a`` over ``b`` on the questions ``keys``: all, per form, per type."""
    from spatialvlm_ros.data.bootstrap import paired_bootstrap, paired_scores

    bs = exp.bootstrap
    groups: dict[str, list] = {"all": list(keys)}
    for k in keys:
        o = a[k]
        groups.setdefault("quantitative" if o.quantitative else "qualitative", []).append(k)
        groups.setdefault(o.kind, []).append(k)
    out = {}
    for name, ks in groups.items():
        x, y = paired_scores(success_map(a), success_map(b), ks)
        if x:
            out[name] = paired_bootstrap(x, y, int(bs["resamples"]), float(bs["confidence"]), int(bs["seed"])).to_dict()
    return out


def metric_rows(doc: dict) -> dict:
    """{question type: {number_rate, within_50_200, within_25pct, accuracy, n}} of one report."""
    keep = ("n", "number_rate", "within_50_200", "within_25pct", "accuracy")
    rows = {k: {m: v.get(m) for m in keep if m in v} for k, v in doc["per_kind"].items()}
    for form in ("quantitative", "qualitative"):
        v = doc["overall"][form]
        if v.get("n"):
            rows[f"ALL {form}"] = {m: v.get(m) for m in keep if m in v}
    return rows


def pct(x) -> str:  # type: ignore[no-untyped-def]
    return "–" if x is None else f"{100 * x:.1f}"


def markdown(doc: dict) -> str:
    big = doc["runs"][str(max(int(n) for n in doc["runs"]))]
    lines = [f"Test split: {doc['test_questions']} questions on {doc['test_samples']} held-out scenes "
             f"(truth answers); model trained on {big['train_scenes']} scenes ({big['train_examples']} questions), "
             f"{doc['steps']} steps, checkpoint {big['selected_step']} chosen on the validation split.", "",
             "| question type | n | " + " | ".join(ANSWERERS) + " |",
             "|---|---|" + "---|" * len(ANSWERERS)]
    answers = {**doc["answerers"], "fine-tuned": big["test"], "fine-tuned, shuffled images": big["shuffled"],
               "prior-only": big["prior"]}
    types = list(answers["geometry"]["rows"])
    for t in types:
        cells = []
        for name in ANSWERERS:
            r = answers[name]["rows"].get(t, {})
            if "accuracy" in r:
                cells.append(f"acc {pct(r['accuracy'])}")
            else:
                cells.append(f"{pct(r.get('number_rate'))} / {pct(r.get('within_50_200'))} / {pct(r.get('within_25pct'))}")
        n = answers["geometry"]["rows"][t].get("n")
        lines.append(f"| {t} | {n} | " + " | ".join(cells) + " |")
    lines += ["", "Lengths: answers with a number / within [50 %, 200 %] / within ±25 % (%); predicates: accuracy (%).",
              "", "| training scenes | fine-tuned | shuffled images | prior-only | gain over shuffled (95 % CI) | "
              "gain over prior (95 % CI) | counts |", "|---|---|---|---|---|---|---|"]
    for n, r in sorted(doc["runs"].items(), key=lambda kv: int(kv[0])):
        gs, gp = r["gain_over_shuffled"]["all"], r["gain_over_prior"]["all"]
        lines.append(f"| {n} | {pct(gs['mean_a'])} | {pct(gs['mean_b'])} | {pct(gp['mean_b'])} | "
                     f"{100 * gs['diff']:+.1f} [{100 * gs['low']:+.1f}, {100 * gs['high']:+.1f}] | "
                     f"{100 * gp['diff']:+.1f} [{100 * gp['low']:+.1f}, {100 * gp['high']:+.1f}] | "
                     f"{'yes' if gs['significant'] and gp['significant'] else 'no'} |")
    lines += ["", "Success per question: within [50 %, 200 %] for lengths, correct for predicates; "
              "paired bootstrap over the test questions."]
    return "\n".join(lines) + "\n"


def plot(doc: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    runs = sorted(doc["runs"].items(), key=lambda kv: int(kv[0]))
    xs = [int(n) for n, _ in runs]
    fig, ax = plt.subplots(figsize=(6, 4))
    for key, label in (("gain_over_shuffled", "over its shuffled-image score"), ("gain_over_prior", "over the prior")):
        for form, style in (("all", "-o"), ("quantitative", "--s"), ("qualitative", ":^")):
            g = [r[key].get(form) for _, r in runs]
            if any(v is None for v in g):
                continue
            ys = [100 * v["diff"] for v in g]
            err = [[100 * (v["diff"] - v["low"]) for v in g], [100 * (v["high"] - v["diff"]) for v in g]]
            ax.errorbar(xs, ys, yerr=err, fmt=style, capsize=3, label=f"{form}, {label}",
                        color="C0" if key == "gain_over_shuffled" else "C1", alpha=1.0 if form == "all" else 0.6)
    ax.axhline(0.0, color="grey", lw=0.8)
    ax.set_xscale("log")
    ax.set_xlabel("training scenes")
    ax.set_ylabel("fine-tuned gain, success points (95 % CI)")
    ax.set_title("Miniature: gain of the fine-tuned VLM on held-out scenes")
    ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--config", default=str(ROOT / "config" / "miniature" / "experiment.yaml"))
    ap.add_argument("--out", default="out/miniature")
    args = ap.parse_args()
    exp = Experiment.from_yaml(args.config)
    import torch

    torch.set_num_threads(int(exp.threads))
    from spatialvlm_ros.data.controls import shuffle_images
    from spatialvlm_ros.estimators.factory import build_estimator
    from spatialvlm_ros.estimators.prior import PriorEstimator

    out = Path(args.out)
    (out / "evals").mkdir(parents=True, exist_ok=True)
    t_start = time.perf_counter()
    pool = synth(out / "train_pool", exp.train_pool, exp.data, truth=False)
    val = synth(out / "validation", exp.validation, exp.data, truth=True)
    test = synth(out / "test", exp.test, exp.data, truth=True)
    base = build_base(exp, out / "base_model", pool)
    ev = out / "evals"
    answerers = {}
    doc_u, out_u = evaluate_cached(ev / "untrained.json", test, vlm_estimator(exp, base), "vlm")
    doc_g, out_g = evaluate_cached(ev / "geometry.json", test, lambda: build_estimator("geometry"), "geometry")
    answerers["untrained"] = {"rows": metric_rows(doc_u), "questions": keys_digest(out_u)}
    answerers["geometry"] = {"rows": metric_rows(doc_g), "questions": keys_digest(out_g)}
    keys = sorted(out_u)
    shuffled = shuffle_images(test, exp.shuffle_seed)
    runs = {}
    for n in sorted(int(x) for x in exp.train_sizes):
        lo = int(exp.train_pool[0])
        samples = [s for s in pool if _seed(s) < lo + n]
        run_dir = out / "runs" / f"scenes_{n}"
        tr = train_run(exp, run_dir, samples, base)
        val_scores = {}
        for step, ck in sorted(tr["checkpoints"].items()):
            _, o = evaluate_cached(ev / f"val_{n}_step{step}.json", val, vlm_estimator(exp, ck), "vlm")
            val_scores[step] = mean_success(o)
        best = max(val_scores, key=lambda s: (val_scores[s], s))
        ck = tr["checkpoints"][best]
        doc_t, out_t = evaluate_cached(ev / f"test_{n}.json", test, vlm_estimator(exp, ck), "vlm")
        doc_s, out_s = evaluate_cached(ev / f"test_{n}_shuffled.json", shuffled, vlm_estimator(exp, ck), "vlm")
        prior = PriorEstimator.fit(q for s in samples for q in s.qa)
        doc_p, out_p = evaluate_cached(ev / f"prior_{n}.json", test, lambda: prior, "prior")
        runs[str(n)] = {
            "train_scenes": len(samples), "train_examples": sum(len(s.qa) for s in samples),
            "train_seconds": round(tr["summary"]["seconds"], 1), "loss_first": tr["summary"]["loss_first"],
            "loss_last": tr["summary"]["loss_last"], "validation_success": val_scores, "selected_step": best,
            "test": {"rows": metric_rows(doc_t), "questions": keys_digest(out_t)},
            "shuffled": {"rows": metric_rows(doc_s), "questions": keys_digest(out_s)},
            "prior": {"rows": metric_rows(doc_p), "questions": keys_digest(out_p)},
            "gain_over_shuffled": gains(exp, out_t, out_s, keys),
            "gain_over_prior": gains(exp, out_t, out_p, keys),
            "gain_over_untrained": gains(exp, out_t, out_u, keys),
        }
    doc = {
        "machine": f"{cpu_model()}, {os.cpu_count()} cores, {exp.threads} torch threads",
        "config": str(args.config), "steps": exp.steps,
        "test_samples": len(test), "test_questions": len(keys), "validation_samples": len(val),
        "answerers": answerers, "runs": runs, "total_seconds": round(time.perf_counter() - t_start, 1),
    }
    (out / "miniature.json").write_text(json.dumps(doc, indent=1, default=str))
    md = markdown(doc)
    (out / "miniature.md").write_text(md)
    plot(doc, out / "scaling.png")
    print("\n" + md)
    print(f"machine: {doc['machine']}; total {doc['total_seconds']} s (this call)")
    print(f"written: {out / 'miniature.json'}, {out / 'miniature.md'}, {out / 'scaling.png'}")


if __name__ == "__main__":
    main()
