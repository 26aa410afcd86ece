"""Cost of the visualisations: recording the boxes, drawing an annotated image, rendering a bag video.

Writes a simulated approach bag and replays it (not timed), then times, pinned to ONE core with
BLAS/OpenMP threads set to 1, reporting wall and CPU time (CPU time is the work itself; wall time
also counts waiting for a shared core):

- ``detections``: what the reward logic now adds per frame to record the two measured objects'
  boxes in the estimate (``RewardLogic._detections``: cached scene lookup + 2 Detection3D messages);
- ``draw``: one annotated 640x480 image (overlay of a 6-object scene graph + PNG encoding);
- ``render``: ``spatialvlm render`` of the replayed bag (read + decode + compose + encode), per frame,
  for MP4 and GIF.

Usage::

    .venv/bin/python bench/bench_viz.py --frames 30 --repeats 5
"""

from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse
import logging
import statistics
import tempfile
import time
from pathlib import Path

from machine import cpu_model


def _timed(fn, repeats: int) -> tuple[float, float]:
    """Median wall and CPU seconds of ``fn()`` over ``repeats`` runs (CPU includes finished child
    processes: ffmpeg encodes MP4 in one)."""
    import resource

    def cpu_now() -> float:
        ch = resource.getrusage(resource.RUSAGE_CHILDREN)
        return time.process_time() + ch.ru_utime + ch.ru_stime

    wall, cpu = [], []
    for _ in range(repeats):
        w0, c0 = time.perf_counter(), cpu_now()
        fn()
        wall.append(time.perf_counter() - w0)
        cpu.append(cpu_now() - c0)
    return statistics.median(wall), statistics.median(cpu)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--frames", type=int, default=30)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--width", type=int, default=640)
    ap.add_argument("--height", type=int, default=480)
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)
    try:
        os.sched_setaffinity(0, {max(os.sched_getaffinity(0))})
    except (AttributeError, OSError):
        pass

    from spatialvlm_ros.cli.sim_bag import make_sim_bag
    from spatialvlm_ros.core.reward import RewardTask
    from spatialvlm_ros.core.scene_builder import build_scene_graph
    from spatialvlm_ros.estimators.factory import build_estimator
    from spatialvlm_ros.ros.replay import ReplayConfig, replay_bag
    from spatialvlm_ros.ros.reward_logic import RewardLogic
    from spatialvlm_ros.sim.tabletop import generate_scene
    from spatialvlm_ros.viz.annotate import draw_scene
    from spatialvlm_ros.viz.bag_video import render_bag

    print(f"machine: {cpu_model()}, {os.cpu_count()} CPUs visible, load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        sim = make_sim_bag(tmp / "approach", seed=0, frames=args.frames, width=args.width, height=args.height,
                           progress=False)
        estimator = build_estimator("geometry")
        task = RewardTask(objects=("gripper", sim.target), scale_m=0.1)
        replay_bag(sim.path, tmp / "reward", estimator, task, ReplayConfig(), progress=False)

        # detections: on one frame whose scene the estimator has cached (as in RewardLogic.step)
        scene = generate_scene(3)
        frame = scene.frame
        other = next(n for n in sorted(set(frame.segmentation.names.values())) if n != "gripper")
        logic = RewardLogic(estimator, RewardTask(objects=("gripper", other)))
        est = logic.query.estimate(frame, logic.task.query())
        w, c = _timed(lambda: [logic._detections(frame, est) for _ in range(100)], args.repeats)
        print(f"detections per frame: wall {w * 10:.3f} ms, CPU {c * 10:.3f} ms (2 objects, median of "
              f"{args.repeats} x 100)")
        # (the estimate itself, for scale)
        estimator2 = build_estimator("geometry")
        w, c = _timed(lambda: estimator2.estimate(generate_frame_copy(frame), logic.task.query()), args.repeats)
        print(f"  for scale, the estimate of that distance on a new frame: wall {w * 1e3:.1f} ms, CPU {c * 1e3:.1f} ms")

        sg = build_scene_graph(frame)
        w, c = _timed(lambda: draw_scene(frame, sg, str(tmp / "scene.png")), args.repeats)
        print(f"draw: annotated {frame.rgb.shape[1]}x{frame.rgb.shape[0]} image of {len(sg.objects)} objects "
              f"incl. PNG: wall {w * 1e3:.1f} ms, CPU {c * 1e3:.1f} ms")

        for suffix in (".mp4", ".gif"):
            out = tmp / f"video{suffix}"

            def run(out=out) -> None:
                if out.exists():
                    out.unlink()
                render_bag(tmp / "reward", out)

            w, c = _timed(run, max(1, args.repeats // 2))
            size = out.stat().st_size / 1e6
            print(f"render {suffix}: {args.frames} frames of {args.width}x{args.height}: wall {w / args.frames * 1e3:.1f}"
                  f" ms/frame ({args.frames / w:.1f} frames/s), CPU {c / args.frames * 1e3:.1f} ms/frame; "
                  f"file {size:.2f} MB")
    print(f"load average at the end {os.getloadavg()[0]:.1f}")
    return 0


def generate_frame_copy(frame):
    """A new frame object with the same data (the estimator's cache is keyed by frame identity)."""
    import dataclasses

    return dataclasses.replace(frame)


if __name__ == "__main__":
    raise SystemExit(main())
