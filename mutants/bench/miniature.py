"""A CPU miniature of the SpatialVLM claim: synthetic spatial VQA data makes a VLM answer metrically.

Steps (each a ``spatialvlm`` command, printed as it runs, so any step can be rerun by hand):

1. ``spatialvlm synth sim:0-N``: training data from simulated tabletop scenes, answers measured
   by the geometry pipeline on the *noisy* simulated depth and masks (the data engine's setting);
2. ``spatialvlm synth sim:100000-100000+M --answers-from truth``: held-out scenes (other seeds),
   answers from the simulator's ground truth;
3. a tiny random Qwen2.5-VL (``testing.tiny_models.build_tiny_qwen2_5_vl``; 2+2 layers, hidden 64,
   a 420-token BPE vocabulary) - the untrained baseline;
4. ``spatialvlm eval ... --backend vlm`` of the untrained model;
5. ``spatialvlm train`` (LoRA, ``config/train_miniature.yaml``);
6. ``spatialvlm eval ... --backend vlm`` of the fine-tuned (merged) model;
7. references: ``spatialvlm eval ... --backend geometry`` (measured geometry on the held-out frames),
   and a *prior-only* answerer that gives, for every question type, the median training answer
   (what a model that ignores the image could reach).

Usage::

    .venv/bin/python bench/miniature.py [--out out/miniature] [--train-scenes 300] [--eval-scenes 60]

Writes ``OUT/miniature.json`` and prints a table. Steps whose output exists are not redone
(synth resumes; train/eval are skipped when their result file exists) - delete OUT to start over.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections import defaultdict
from pathlib import Path

from machine import cpu_model


def run(cmd: list[str]) -> None:
    from spatialvlm_ros.cli.main import main

    print("$ spatialvlm " + " ".join(cmd), flush=True)
    t0 = time.perf_counter()
    rc = main(cmd)
    if rc != 0:
        raise SystemExit(f"command failed with exit code {rc}")
    print(f"  ({time.perf_counter() - t0:.1f} s)", flush=True)


def prior_baseline(train_dir: Path, heldout_dir: Path) -> dict:
    """Score 'answer the training median of this question type' on the held-out set."""
    from spatialvlm_ros.data.dataset import iter_samples
    from spatialvlm_ros.data.evaluate import question_type
    from spatialvlm_ros.data.metrics import Outcome, angle_error_deg, summarize

    values: dict[str, list[float]] = defaultdict(list)
    truths: dict[str, list[bool]] = defaultdict(list)
    for s in iter_samples(train_dir):
        for q in s.qa:
            t = question_type(q)
            if q.form != "value":
                truths[t].append(bool(q.truth))
            elif q.kind == "direction" and q.value_deg is not None:
                values[t].append(q.value_deg)
            elif q.value_m is not None:
                values[t].append(q.value_m)
    med = {k: statistics.median(v) for k, v in values.items()}
    major = {k: sum(v) * 2 >= len(v) for k, v in truths.items()}
    outs = []
    for s in iter_samples(heldout_dir):
        for q in s.qa:
            t = question_type(q)
            if q.form != "value":
                if t in major and q.truth is not None:
                    outs.append(Outcome(t, False, True, correct=major[t] == bool(q.truth)))
                else:
                    outs.append(Outcome(t, False, False))
            elif t not in med:
                outs.append(Outcome(t, True, False))
            elif q.kind == "direction":
                outs.append(Outcome(t, True, True, pred=med[t], truth=q.value_deg,
                                    correct=angle_error_deg(med[t], q.value_deg) <= 15.0))
            else:
                outs.append(Outcome(t, True, True, pred=med[t], truth=q.value_m))
    return summarize(outs)


def headline(metrics: dict) -> dict:
    q, l = metrics["overall"]["quantitative"], metrics["overall"]["qualitative"]
    return {
        "quantitative_n": q.get("n"),
        "number_rate": q.get("number_rate"),
        "within_50_200": q.get("within_50_200"),
        "within_25pct": q.get("within_25pct"),
        "abs_rel_error_median": q.get("abs_rel_error_median"),
        "qualitative_n": l.get("n"),
        "qualitative_accuracy": l.get("accuracy"),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="out/miniature")
    ap.add_argument("--train-scenes", type=int, default=300)
    ap.add_argument("--eval-scenes", type=int, default=60)
    ap.add_argument("--train-config", default="config/train_miniature.yaml")
    ap.add_argument("--engine", default="local", choices=("local", "ray"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    t_start = time.perf_counter()
    train_dir, held_dir = out / "train", out / "heldout"
    run(["synth", f"sim:0-{args.train_scenes}", "-o", str(train_dir), "--engine", args.engine, "--no-progress"])
    run(["synth", f"sim:100000-{100000 + args.eval_scenes}", "-o", str(held_dir), "--engine", args.engine,
         "--answers-from", "truth", "--no-progress"])
    base = out / "base_model"
    if not (base / "config.json").is_file():
        from spatialvlm_ros.testing.tiny_models import build_tiny_qwen2_5_vl

        print(f"$ python -c 'from spatialvlm_ros.testing.tiny_models import build_tiny_qwen2_5_vl; "
              f"build_tiny_qwen2_5_vl(\"{base}\")'")
        build_tiny_qwen2_5_vl(base)
    reports = {
        "untrained": (out / "eval_untrained.json", ["--backend", "vlm", "--model", str(base), "--threads", "1"]),
        "fine-tuned": (out / "eval_finetuned.json", ["--backend", "vlm", "--model", str(out / "ft" / "merged"), "--threads", "1"]),
        "geometry": (out / "eval_geometry.json", ["--backend", "geometry"]),
    }
    if not reports["untrained"][0].is_file():
        run(["eval", str(held_dir), *reports["untrained"][1], "-o", str(reports["untrained"][0]), "--no-progress"])
    if not (out / "ft" / "train_summary.json").is_file():
        run(["train", str(train_dir), "-o", str(out / "ft"), "--model", str(base), "--config", args.train_config,
             "--no-progress"])
    for name in ("fine-tuned", "geometry"):
        path, extra = reports[name]
        if not path.is_file():
            run(["eval", str(held_dir), *extra, "-o", str(path), "--no-progress"])
    results = {name: headline(json.loads(p.read_text())) for name, (p, _) in reports.items()}
    results["prior-only (training medians)"] = headline(prior_baseline(train_dir, held_dir))
    train_summary = json.loads((out / "ft" / "train_summary.json").read_text())
    synth_train = json.loads((train_dir / "manifest.json").read_text())
    doc = {
        "machine": f"{cpu_model()}, {os.cpu_count()} cores",
        "train_scenes": args.train_scenes, "eval_scenes": args.eval_scenes,
        "train_samples": train_summary["train_samples"], "train_steps": train_summary["steps"],
        "train_seconds": round(train_summary["seconds"], 1),
        "loss_first": train_summary["loss_first"], "loss_last": train_summary["loss_last"],
        "data_config_fingerprint": synth_train["config_fingerprint"],
        "results": results, "total_seconds": round(time.perf_counter() - t_start, 1),
    }
    (out / "miniature.json").write_text(json.dumps(doc, indent=1))

    def pct(x):
        return "   -  " if x is None else f"{100 * x:5.1f}%"

    print(f"\nheld-out: {args.eval_scenes} simulated scenes, truth answers; "
          f"training: {args.train_scenes} scenes, {doc['train_steps']} steps "
          f"(loss {doc['loss_first']:.3f} -> {doc['loss_last']:.3f}, {doc['train_seconds']} s)")
    print(f"{'answerer':<32} {'number':>7} {'[50,200]':>9} {'+-25%':>7} {'qual acc':>9}")
    for name, r in results.items():
        print(f"{name:<32} {pct(r['number_rate']):>7} {pct(r['within_50_200']):>9} {pct(r['within_25pct']):>7} "
              f"{pct(r['qualitative_accuracy']):>9}")
    print(f"machine: {doc['machine']}; total {doc['total_seconds']} s")
    print(f"written: {out / 'miniature.json'}")


if __name__ == "__main__":
    main()
