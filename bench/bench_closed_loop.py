"""Closed-loop benchmark: task success, distance tracking (Spearman) and reward rate in simulation.

For each task of ``config/closed_loop.yaml`` and each gripper source (``--sources``,
presets of ``config/object_sources.yaml``: ``camera`` = every object estimated from the
camera, as in the paper; ``tf_gripper`` = the gripper's box placed at its TF tool centre
point, the other objects from the camera) it runs ``--episodes`` episodes with seeds
``--seed0 ..`` (each seed draws a new object layout and camera pose; both sources run on
the same seeds) and prints a markdown table:

- success: the controlled point ended within ``success_tolerance_m`` of the TRUE
  goal (the instruction applied to the simulator's true scene), the controller
  reached its goal and the object was tracked;
- goal error: |estimated goal - true goal| (median, 90th percentile);
- Spearman rho between the estimated and the true gripper-object distance along
  each trajectory (scipy.stats.spearmanr; the paper's dense-reward property):
  median, and share of episodes with rho >= 0.95; also pooled over all frames;
- valid: share of frames with a valid distance estimate (= valid reward);
- reward Hz: frames rewarded per second of reward-logic wall time (estimator +
  shaping + message conversion), mean over episodes; episode wall time.

Usage::

    .venv/bin/python bench/bench_closed_loop.py --episodes 20 --sources camera tf_gripper
"""

from __future__ import annotations

import argparse
import logging
import math
import os
import platform
import shutil
import sys
import time
from pathlib import Path

import numpy as np
from machine import cpu_model
from scipy.stats import spearmanr
from tqdm import tqdm


def pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def summarise(name: str, source: str, results: list) -> dict:
    """One table row: the episodes of one task with one gripper source."""
    ok = [r.success for r in results]
    gerr = [r.goal_error_m for r in results if r.goal_error_m is not None]
    rhos = [r.spearman for r in results if r.spearman is not None]
    est = [s.estimated_m for r in results for s in r.steps if s.estimated_m is not None]
    tru = [s.true_m for r in results for s in r.steps if s.estimated_m is not None]
    pooled = float(spearmanr(est, tru).statistic) if len(est) > 2 else math.nan
    hz = [r.reward_hz for r in results if r.reward_hz]
    return {
        "task": name,
        "source": source,
        "n": len(results),
        "success": float(np.mean(ok)) if ok else math.nan,
        "goal_med": float(np.median(gerr)) if gerr else math.nan,
        "goal_p90": float(np.percentile(gerr, 90)) if gerr else math.nan,
        "rho_med": float(np.median(rhos)) if rhos else math.nan,
        "rho_min": float(np.min(rhos)) if rhos else math.nan,
        "rho_ge": float(np.mean([x >= 0.95 for x in rhos])) if rhos else math.nan,
        "rho_pooled": pooled,
        "valid": float(np.mean([r.valid_fraction for r in results])) if results else math.nan,
        "frames": float(np.mean([len(r.steps) for r in results])) if results else math.nan,
        "hz": float(np.mean(hz)) if hz else math.nan,
        "wall": float(np.mean([r.wall_s for r in results])) if results else math.nan,
    }


def row_line(r: dict) -> str:
    """The markdown table row of :func:`summarise`'s dict."""
    return (f"| {r['task']} | {r['source']} | {r['n']} | {pct(r['success'])} | "
            f"{r['goal_med'] * 100:.1f} / {r['goal_p90'] * 100:.1f} cm | {r['rho_med']:.3f} / {r['rho_min']:.3f} | "
            f"{pct(r['rho_ge'])} | {r['rho_pooled']:.3f} | {pct(r['valid'])} | "
            f"{r['frames']:.0f} | {r['hz']:.1f} | {r['wall']:.1f} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--episodes", type=int, default=20, help="episodes per task")
    ap.add_argument("--tasks", nargs="*", default=None, help="task names (default: all of the config)")
    ap.add_argument("--seed0", type=int, default=100, help="first world seed")
    ap.add_argument("--backend", default="geometry")
    ap.add_argument("--sources", nargs="+", default=["camera", "tf_gripper"],
                    help="object-source presets of config/object_sources.yaml to compare (default: camera tf_gripper)")
    ap.add_argument("--pipeline", choices=("ros_logic", "direct"), default=None)
    ap.add_argument("--config", default=None, help="closed-loop YAML")
    ap.add_argument("--out", type=Path, default=None, help="write every episode's bag/plot/JSON under this folder")
    ap.add_argument("--plot", type=Path, default=None,
                    help="copy the plot of the first successful episode of the first task here (e.g. docs/closed_loop_episode.png)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)

    from spatialvlm_ros.closed_loop.config import EpisodeConfig
    from spatialvlm_ros.closed_loop.episode import run_episode
    from spatialvlm_ros.estimators.factory import build_estimator

    cfg = EpisodeConfig.from_yaml(args.config)
    if args.pipeline:
        cfg.pipeline = args.pipeline
    names = args.tasks or list(cfg.tasks)
    from spatialvlm_ros.core.object_sources import ObjectSources
    from spatialvlm_ros.errors import SpatialVLMError

    try:
        for source in args.sources:
            ObjectSources.from_yaml(source)
        unknown = [n for n in names if n not in cfg.tasks]
        if unknown:
            raise SpatialVLMError(f"unknown task(s) {', '.join(unknown)} (config has: {', '.join(cfg.tasks)})")
    except SpatialVLMError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    estimator = build_estimator(args.backend)
    estimator.load()
    rows = []
    failures: dict[str, list[str]] = {}
    skipped: dict[str, list[int]] = {}
    low_rho: dict[str, list[str]] = {}
    seeds_used: dict[str, tuple[int, int]] = {}
    plot_saved = False
    for name in names:
        task = cfg.tasks[name]
        for source in args.sources:
            cfg.object_sources = source
            key = f"{name} [{source}]"
            results = []
            infeasible: list[int] = []
            bar = tqdm(total=args.episodes, desc=key, file=sys.stderr)
            seed = args.seed0 - 1
            while len(results) < args.episodes and seed < args.seed0 + 3 * args.episodes:
                seed += 1
                out = None
                if args.out is not None:
                    out = args.out / name / source / f"seed{seed}"
                elif args.plot is not None and not plot_saved:
                    out = Path("/tmp") / f"bench_closed_loop_{os.getpid()}" / name / source / f"seed{seed}"
                r = run_episode(task, seed, out, cfg, estimator=estimator, write_bag=args.out is not None,
                                write_plot=out is not None)
                if r.task_feasible is False:
                    # no draw of this layout poses the task with the margin on the TRUE scene: not an episode
                    infeasible.append(seed)
                    continue
                results.append(r)
                bar.update(1)
                if args.plot is not None and not plot_saved and r.success and r.plot_path:
                    args.plot.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(r.plot_path, args.plot)
                    plot_saved = True
            rows.append(summarise(name, source, results))
            bar.close()
            print(f"done: {row_line(rows[-1])}", file=sys.stderr, flush=True)  # survives an interrupted run
            failures[key] = [f"seed {r.seed}: {r.instruction!r}: {r.reason}" for r in results if not r.success]
            low_rho[key] = [f"seed {r.seed}: rho {r.spearman:.3f}" for r in results
                            if r.spearman is not None and r.spearman < 0.95]
            skipped[key] = infeasible
            seeds_used[key] = (args.seed0, seed)
    estimator.unload()

    print(f"\nClosed loop, {args.episodes} episodes per task from seeds {args.seed0}.., "
          f"backend {args.backend}, pipeline {cfg.pipeline}, camera {cfg.image_width}x{cfg.image_height}"
          f"{' (noisy depth, bleeding masks)' if cfg.noisy else ''}, success tolerance "
          f"{cfg.success_tolerance_m * 100:.0f} cm")
    print(f"machine: {cpu_model()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{time.strftime('%Y-%m-%d')}\n")
    print("| task | gripper from | episodes | success | goal error median / p90 | Spearman rho median / min | "
          "rho >= 0.95 | rho pooled | valid rewards | frames / episode | reward Hz | s / episode |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(row_line(r))
    print(f"\nLayouts skipped because no draw of the task was feasible with {cfg.feasibility_margin_m * 100:.0f} cm "
          "to spare on the TRUE scene (not episodes):")
    for name, seeds in skipped.items():
        lo, hi = seeds_used[name]
        print(f"- {name}: seeds {lo}..{hi} used, skipped {len(seeds)}: {seeds if seeds else '-'}")
    for name, lows in low_rho.items():
        if lows:
            print(f"\ntrajectories of {name} with rho < 0.95: {', '.join(lows)}")
    for name, fails in failures.items():
        if fails:
            print(f"\nfailures of {name}:")
            for f in fails:
                print(f"- {f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
