"""Latency of the geometry scene graph on ONE core: 640x480 frame, 5 objects -> full scene graph.

Pins the process to one CPU (``os.sched_setaffinity``) and BLAS/OpenMP to one thread, takes
simulated 640x480 frames (noisy depth, bleeding masks) whose segmentation holds exactly 5
named objects, and times ``build_scene_graph`` (all 5 objects, with the camera pose and
plane-only), the 2-object case the reward loop uses (``names=[...]``), and one
``GeometryEstimator.estimate`` of a distance on a new frame (scene build + measure +
answer text). Scene generation is not timed. Target: full scene graph median <= 20 ms.
Prints wall time and CPU time (``time.thread_time``): on a shared, loaded machine the
wall time also counts the time the core spends on other processes.

Usage::

    .venv/bin/python bench/bench_geometry_latency.py --frames 10 --repeats 20
"""

from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ[_v] = "1"

import argparse
import dataclasses
import logging
import sys
import time

import numpy as np
from machine import cpu_model
from tqdm import tqdm


def timeit(variants: dict, n_frames: int, repeats: int) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """(wall ms, CPU ms) of each ``variants[name](i)`` for frame index i. The variants are
    interleaved frame by frame so that load from other processes hits them alike; the CPU
    time (``time.thread_time``) excludes the time the pinned core spent on other processes."""
    for fn in variants.values():  # warm-up
        for i in range(n_frames):
            fn(i)
    wall: dict[str, list[float]] = {name: [] for name in variants}
    cpu: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(repeats):
        for i in range(n_frames):
            for name, fn in variants.items():
                c0, t0 = time.thread_time(), time.perf_counter()
                fn(i)
                wall[name].append(time.perf_counter() - t0)
                cpu[name].append(time.thread_time() - c0)
    return {name: (np.array(wall[name]) * 1000.0, np.array(cpu[name]) * 1000.0) for name in variants}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--frames", type=int, default=10, help="distinct frames (default 10)")
    ap.add_argument("--repeats", type=int, default=20, help="timed passes over the frames (default 20)")
    ap.add_argument("--objects", type=int, default=5, help="named objects per frame (default 5)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)

    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})

    from spatialvlm_ros.core.geometry_config import GeometryConfig
    from spatialvlm_ros.core.query import SpatialQuery
    from spatialvlm_ros.core.scene_builder import build_scene_graph
    from spatialvlm_ros.estimators.geometry import GeometryEstimator
    from spatialvlm_ros.sim.tabletop import generate_scene

    frames = []
    seed = 0
    with tqdm(total=args.frames, desc=f"finding frames with {args.objects} objects") as bar:
        while len(frames) < args.frames and seed < 50 * args.frames:
            s = generate_scene(seed)
            seed += 1
            if len(s.frame.segmentation.names) == args.objects:
                frames.append(s.frame)
                bar.update(1)
    if not frames:
        print(f"no simulated frame with {args.objects} objects found", file=sys.stderr)
        return 1
    cfg = GeometryConfig.from_yaml()
    no_pose = [dataclasses.replace(f, T_world_camera=None) for f in frames]
    pairs = []
    for f in frames:
        names = sorted(f.segmentation.names.values())
        pairs.append((f, ["gripper", next(n for n in names if n != "gripper")] if "gripper" in names else names[:2]))

    def estimate_new_frame(i: int) -> None:
        est = GeometryEstimator(cfg)  # fresh cache: the scene is built every time
        f, names = pairs[i]
        r = est.estimate(f, SpatialQuery("distance", tuple(names)))
        assert r.valid, r.reason

    times = timeit(
        {
            "full scene graph, with pose": lambda i: build_scene_graph(frames[i], cfg),
            "full scene graph, plane only": lambda i: build_scene_graph(no_pose[i], cfg),
            "2 objects (names=...), with pose": lambda i: build_scene_graph(pairs[i][0], cfg, names=pairs[i][1]),
            "estimator: distance on a new frame (2 objects)": estimate_new_frame,
        },
        len(frames),
        args.repeats,
    )
    rows = list(times.items())

    w, h = frames[0].intrinsics.width, frames[0].intrinsics.height
    print("## Geometry latency (one core)")
    print(f"machine: {cpu_model()}, {os.cpu_count()} cores; pinned to CPU {cpu}, 1 BLAS/OpenMP thread; "
          f"python {sys.version.split()[0]}, numpy {np.__version__}")
    print(f"command: {' '.join(sys.argv)}")
    print(f"{len(frames)} simulated {w}x{h} frames with {args.objects} named objects, "
          f"{args.repeats} passes each; load average at the end: {os.getloadavg()[0]:.1f}\n")
    print("| what | wall median (ms) | wall p90 (ms) | wall min (ms) | CPU median (ms) | CPU p90 (ms) |")
    print("|---|---|---|---|---|---|")
    for name, (t, c) in rows:
        print(f"| {name} | {np.median(t):.1f} | {np.percentile(t, 90):.1f} | {t.min():.1f} "
              f"| {np.median(c):.1f} | {np.percentile(c, 90):.1f} |")
    print("\nWall time includes waiting for the core while other processes run on it (see the load "
          "average); CPU time is the cost of the work itself on one core.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
