"""Closed-loop benchmark: task success, distance tracking (Spearman) and reward rate in simulation.

For each task of ``config/closed_loop.yaml`` it runs ``--episodes`` episodes with
seeds ``--seed0 .. --seed0+N-1`` (each seed draws a new object layout and camera
pose) and prints a markdown table:

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

    .venv/bin/python bench/bench_closed_loop.py --episodes 20
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--episodes", type=int, default=20, help="episodes per task")
    ap.add_argument("--tasks", nargs="*", default=None, help="task names (default: all of the config)")
    ap.add_argument("--seed0", type=int, default=100, help="first world seed")
    ap.add_argument("--backend", default="geometry")
    ap.add_argument("--pipeline", choices=("ros_logic", "direct"), default=None)
    ap.add_argument("--config", default=None, help="closed-loop YAML")
    ap.add_argument("--out", type=Path, default=None, help="write every episode's bag/plot/JSON under this folder")
    ap.add_argument("--plot", type=Path, default=None,
                    help="copy the plot of the first successful episode of the first task here (e.g. docs/closed_loop_episode.png)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)

    from spatialvlm_ros.closed_loop.episode import EpisodeConfig, run_episode
    from spatialvlm_ros.estimators.factory import build_estimator

    cfg = EpisodeConfig.from_yaml(args.config)
    if args.pipeline:
        cfg.pipeline = args.pipeline
    names = args.tasks or list(cfg.tasks)
    estimator = build_estimator(args.backend)
    estimator.load()
    rows = []
    failures: dict[str, list[str]] = {}
    skipped: dict[str, list[int]] = {}
    seeds_used: dict[str, tuple[int, int]] = {}
    plot_saved = False
    for name in names:
        task = cfg.tasks[name]
        results = []
        infeasible: list[int] = []
        bar = tqdm(total=args.episodes, desc=name, file=sys.stderr)
        seed = args.seed0 - 1
        while len(results) < args.episodes and seed < args.seed0 + 3 * args.episodes:
            seed += 1
            out = None
            if args.out is not None:
                out = args.out / name / f"seed{seed}"
            elif args.plot is not None and not plot_saved:
                out = Path("/tmp") / f"bench_closed_loop_{os.getpid()}" / name / f"seed{seed}"
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
        ok = [r.success for r in results]
        gerr = [r.goal_error_m for r in results if r.goal_error_m is not None]
        rhos = [r.spearman for r in results if r.spearman is not None]
        est = [s.estimated_m for r in results for s in r.steps if s.estimated_m is not None]
        tru = [s.true_m for r in results for s in r.steps if s.estimated_m is not None]
        pooled = float(spearmanr(est, tru).statistic) if len(est) > 2 else math.nan
        hz = [r.reward_hz for r in results if r.reward_hz]
        rows.append({
            "task": name,
            "n": len(results),
            "success": float(np.mean(ok)),
            "goal_med": float(np.median(gerr)) if gerr else math.nan,
            "goal_p90": float(np.percentile(gerr, 90)) if gerr else math.nan,
            "rho_med": float(np.median(rhos)) if rhos else math.nan,
            "rho_ge": float(np.mean([x >= 0.95 for x in rhos])) if rhos else math.nan,
            "rho_pooled": pooled,
            "valid": float(np.mean([r.valid_fraction for r in results])),
            "frames": float(np.mean([len(r.steps) for r in results])),
            "hz": float(np.mean(hz)) if hz else math.nan,
            "wall": float(np.mean([r.wall_s for r in results])),
        })
        bar.close()
        failures[name] = [f"seed {r.seed}: {r.instruction!r}: {r.reason}" for r in results if not r.success]
        skipped[name] = infeasible
        seeds_used[name] = (args.seed0, seed)
    estimator.unload()

    print(f"\nClosed loop, {args.episodes} episodes per task from seeds {args.seed0}.., "
          f"backend {args.backend}, pipeline {cfg.pipeline}, camera {cfg.image_width}x{cfg.image_height}"
          f"{' (noisy depth, bleeding masks)' if cfg.noisy else ''}, success tolerance "
          f"{cfg.success_tolerance_m * 100:.0f} cm")
    print(f"machine: {cpu_model()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{time.strftime('%Y-%m-%d')}\n")
    print("| task | episodes | success | goal error median / p90 | Spearman rho median | rho >= 0.95 | "
          "rho pooled | valid rewards | frames / episode | reward Hz | s / episode |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['task']} | {r['n']} | {pct(r['success'])} | {r['goal_med'] * 100:.1f} / {r['goal_p90'] * 100:.1f} cm | "
              f"{r['rho_med']:.3f} | {pct(r['rho_ge'])} | {r['rho_pooled']:.3f} | {pct(r['valid'])} | "
              f"{r['frames']:.0f} | {r['hz']:.1f} | {r['wall']:.1f} |")
    print(f"\nLayouts skipped because no draw of the task was feasible with {cfg.feasibility_margin_m * 100:.0f} cm "
          "to spare on the TRUE scene (not episodes):")
    for name, seeds in skipped.items():
        lo, hi = seeds_used[name]
        print(f"- {name}: seeds {lo}..{hi} used, skipped {len(seeds)}: {seeds if seeds else '-'}")
    for name, fails in failures.items():
        if fails:
            print(f"\nfailures of {name}:")
            for f in fails:
                print(f"- {f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
