"""Latency of the geometry scene graph on ONE core: 640x480 frame, 5 objects -> full scene graph.

Pins the process to one CPU (``os.sched_setaffinity``) and BLAS/OpenMP to one thread, takes
simulated 640x480 frames (noisy depth, bleeding masks) whose segmentation holds exactly 5
named objects, and times ``build_scene_graph`` (all 5 objects, with the camera pose and
plane-only), the 2-object case the reward loop uses (``names=[...]``), and one
``GeometryEstimator.estimate`` of a distance on a new frame (scene build + measure +
answer text). Scene generation is not timed. Target: full scene graph median <= 20 ms.

Usage::

    .venv/bin/python bench/bench_geometry_latency.py --frames 10 --repeats 20
"""

from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ[_v] = "1"

import argparse  # noqa: E402
import dataclasses  # noqa: E402
import logging  # noqa: E402
import platform  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
from tqdm import tqdm  # noqa: E402


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def timeit(fn, frames, repeats: int) -> np.ndarray:
    for f in frames:  # warm-up
        fn(f)
    out = []
    for _ in range(repeats):
        for f in frames:
            t0 = time.perf_counter()
            fn(f)
            out.append(time.perf_counter() - t0)
    return np.array(out) * 1000.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--frames", type=int, default=10, help="distinct frames (default 10)")
    ap.add_argument("--repeats", type=int, default=20, help="timed passes over the frames (default 20)")
    ap.add_argument("--objects", type=int, default=5, help="named objects per frame (default 5)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)

    cpu = sorted(os.sched_getaffinity(0))[0]
    os.sched_setaffinity(0, {cpu})

    from spatialvlm_ros.core.query import SpatialQuery
    from spatialvlm_ros.core.scene_builder import GeometryConfig, build_scene_graph
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

    rows = []
    rows.append(("full scene graph, with pose", timeit(lambda f: build_scene_graph(f, cfg), frames, args.repeats)))
    rows.append(("full scene graph, plane only", timeit(lambda f: build_scene_graph(f, cfg), no_pose, args.repeats)))
    rows.append(("2 objects (names=...), with pose",
                 timeit(lambda p: build_scene_graph(p[0], cfg, names=p[1]), pairs, args.repeats)))

    def estimate_new_frame(p) -> None:
        est = GeometryEstimator(cfg)  # fresh cache: the scene is built every time
        r = est.estimate(p[0], SpatialQuery("distance", tuple(p[1])))
        assert r.valid, r.reason

    rows.append(("estimator: distance on a new frame (2 objects)", timeit(estimate_new_frame, pairs, args.repeats)))

    w, h = frames[0].intrinsics.width, frames[0].intrinsics.height
    print("## Geometry latency (one core)")
    print(f"machine: {cpu_model()}, {os.cpu_count()} cores; pinned to CPU {cpu}, 1 BLAS/OpenMP thread; "
          f"python {sys.version.split()[0]}, numpy {np.__version__}")
    print(f"command: {' '.join(sys.argv)}")
    print(f"{len(frames)} simulated {w}x{h} frames with {args.objects} named objects, "
          f"{args.repeats} passes each; load average at the end: {os.getloadavg()[0]:.1f}\n")
    print("| what | median (ms) | p90 (ms) | min (ms) |")
    print("|---|---|---|---|")
    for name, t in rows:
        print(f"| {name} | {np.median(t):.1f} | {np.percentile(t, 90):.1f} | {t.min():.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
