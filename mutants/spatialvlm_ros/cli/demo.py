"""``spatialvlm demo``: one short closed-loop episode in the simulator (the package's main demo).

A Panda in pybullet gets a spatial instruction ("move the gripper above the red
cube"); the camera stream feeds the ROS nodes' reward and goal logic (real ROS 2
messages, no ROS graph); the estimated gripper-object distance is the dense
reward; the goal pose comes from the estimated 3D scene; the IK controller
executes it in small steps. Writes a rosbag2, a plot, a JSON summary and a video of the
episode (``episode.mp4``: boxes, distance, goal and the growing reward on every frame).
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

log = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "demo",
        help="closed loop in simulation: dense reward + goal pose from spatial estimates driving a Panda",
        description=__doc__.split("\n\n")[0],
    )
    p.add_argument("--out", required=True, type=Path, help="output directory (bag, plot, episode.json)")
    p.add_argument("--task", default=None, help="task of config/closed_loop.yaml (default: its demo.task)")
    p.add_argument("--seed", type=int, default=None, help="world seed (default: the config's demo.seed)")
    p.add_argument("--instruction", default=None, help="override the task's instruction")
    p.add_argument("--backend", default="geometry", help="estimator backend (geometry | vlm | hybrid)")
    p.add_argument("--model", default=None, help="model config for the vlm/hybrid backends")
    p.add_argument("--config", default=None, help="closed-loop YAML (default: config/closed_loop.yaml)")
    p.add_argument("--pipeline", choices=("ros_logic", "direct"), default=None,
                   help="ROS node logic on real messages (default) or the core classes directly")
    p.add_argument("--video", default="episode.mp4",
                   help="video of the episode, in --out (.mp4 or .gif; 'none' for no video; default episode.mp4)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from spatialvlm_ros.closed_loop.episode import EpisodeConfig, run_episode
    from spatialvlm_ros.errors import ConfigError
    from spatialvlm_ros.estimators.factory import estimator_from_cli

    cfg = EpisodeConfig.from_yaml(args.config)
    if args.pipeline:
        cfg.pipeline = args.pipeline
    task_name = args.task or str(cfg.demo.get("task", "reach_above"))
    if task_name not in cfg.tasks:
        raise ConfigError(f"unknown task {task_name!r} (config has: {', '.join(sorted(cfg.tasks))})")
    seed = args.seed if args.seed is not None else int(cfg.demo.get("seed", 0))
    estimator = estimator_from_cli(args.backend, model=args.model)
    estimator.load()
    print(f"spatialvlm demo: task {task_name}, seed {seed}, backend {args.backend}, pipeline {cfg.pipeline}",
          flush=True)
    result = run_episode(cfg.tasks[task_name], seed, args.out, cfg, estimator=estimator,
                         instruction=args.instruction)
    estimator.unload()
    video = _video(result, args.out, args.video)
    _report(result)
    print(f"video:             {video}")
    return 0 if result.success else 1


def _video(result, out: Path, name: str) -> str:
    """Render the episode bag into ``out/name`` (see ``spatialvlm render``); what to print."""
    if name.lower() == "none" or not result.bag_path:
        return "n/a"
    from spatialvlm_ros.errors import SpatialVLMError
    from spatialvlm_ros.viz.bag_video import render_bag

    try:
        return str(render_bag(result.bag_path, Path(out) / name).path)
    except SpatialVLMError as exc:  # e.g. imageio missing: the episode itself is done
        log.warning("no video: %s", exc)
        return f"not written ({exc})"


def _cm(x: float | None) -> str:
    return "n/a" if x is None else f"{x * 100:.1f} cm"


def _report(r) -> None:
    out = sys.stdout
    print(f"instruction:       {r.instruction!r}", file=out)
    print(f"result:            {'SUCCESS' if r.success else 'FAILED: ' + r.reason}", file=out)
    if r.goal is not None and r.goal.valid:
        print(f"goal (estimated):  {[round(float(v), 3) for v in r.goal.position]} m in {r.goal.frame_id}", file=out)
    if r.true_goal is not None and r.true_goal.valid:
        print(f"goal (true):       {[round(float(v), 3) for v in r.true_goal.position]} m", file=out)
    print(f"goal error:        {_cm(r.goal_error_m)}  (estimated vs true goal)", file=out)
    print(f"final error:       {_cm(r.final_error_m)}  (where it ended vs the true goal)", file=out)
    rho = "n/a" if r.spearman is None else f"{r.spearman:.3f}"
    print(f"distance tracking: Spearman rho(estimated, true) = {rho} over {len(r.steps)} frames, "
          f"{r.valid_fraction * 100:.0f}% valid", file=out)
    if r.steps:
        first, last = r.steps[0], r.steps[-1]
        print(f"distance:          true {first.true_m * 100:.1f} -> {last.true_m * 100:.1f} cm, estimated "
              f"{_cm(first.estimated_m)} -> {_cm(last.estimated_m)}", file=out)
    if r.reward_first is not None:
        hz = "n/a" if r.reward_hz is None else f"{r.reward_hz:.1f}"
        print(f"reward:            {r.reward_first:.4f} -> {r.reward_last:.4f} (reward logic at {hz} Hz)", file=out)
    print(f"bag:               {r.bag_path}", file=out)
    print(f"plot:              {r.plot_path}", file=out)
    print(f"summary:           {Path(r.plot_path).parent / 'episode.json' if r.plot_path else 'n/a'}", file=out)
    print(f"wall time:         {r.wall_s:.1f} s", file=out)
