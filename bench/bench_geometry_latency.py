"""Latency of the geometry scene graph on ONE core: 640x480 frame, 5 objects -> full scene graph.

Pins the process to one CPU (``os.sched_setaffinity``) and BLAS/OpenMP to one thread, takes
simulated frames (noisy depth, bleeding masks; 640x480 and, with ``--resolutions``, others
of the same field of view) whose segmentation holds exactly 5 named objects, and times
``build_scene_graph`` (all 5 objects, with the camera pose and plane-only), the 2-object
case the reward loop uses (``names=[...]``), and one ``GeometryEstimator.estimate`` of a
distance on a new frame (scene build + measure + answer text). Scene generation is not
timed. Targets: full scene graph median <= 5 ms at 640x480; 1280x960 <= 1.6x that.

``--against REF`` also loads ``build_scene_graph`` as it was at git commit REF (see
``bench/ref_code.py``) and interleaves it with the current code on the same frames, call
by call, so that load from other processes hits both alike; the ratio of the medians is
printed. Prints wall time and CPU time (``time.thread_time``): on a shared, loaded machine
the wall time also counts the time the core spends on other processes.

Usage::

    .venv/bin/python bench/bench_geometry_latency.py --frames 10 --repeats 20
    .venv/bin/python bench/bench_geometry_latency.py --resolutions 640x480 1280x960 --against c217c20
"""

from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ[_v] = "1"

import argparse
import dataclasses
import logging
import pickle
import sys
import time
from pathlib import Path

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


def find_frames(n: int, objects: int, width: int, height: int) -> list:
    """``n`` simulated frames of ``width`` x ``height`` with exactly ``objects`` named objects
    (the same seeds at every resolution: the sim's camera search is resolution independent)."""
    from spatialvlm_ros.sim.tabletop import SimConfig, generate_scene

    sim_cfg = SimConfig.from_yaml()
    sim_cfg.image["width"], sim_cfg.image["height"] = width, height
    frames = []
    seed = 0
    with tqdm(total=n, desc=f"{width}x{height} frames with {objects} objects") as bar:
        while len(frames) < n and seed < 50 * n:
            s = generate_scene(seed, sim_cfg)
            seed += 1
            if len(s.frame.segmentation.names) == objects:
                frames.append(s.frame)
                bar.update(1)
    return frames


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--frames", type=int, default=10, help="distinct frames (default 10)")
    ap.add_argument("--repeats", type=int, default=20, help="timed passes over the frames (default 20)")
    ap.add_argument("--objects", type=int, default=5, help="named objects per frame (default 5)")
    ap.add_argument("--resolutions", nargs="+", default=["640x480"], help="WIDTHxHEIGHT (default 640x480)")
    ap.add_argument("--cache", default=None, metavar="DIR",
                    help="keep the simulated frames in DIR (pickles) and reuse them on later runs")
    ap.add_argument("--against", default=None, metavar="REF",
                    help="also time build_scene_graph of git commit REF, interleaved (full scene graphs)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)

    cpu = max(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})

    from spatialvlm_ros.core.geometry_config import GeometryConfig
    from spatialvlm_ros.core.query import SpatialQuery
    from spatialvlm_ros.core.scene_builder import build_scene_graph
    from spatialvlm_ros.estimators.geometry import GeometryEstimator

    cfg = GeometryConfig.from_yaml()
    ref_build = ref_cfg = None
    if args.against:
        from ref_code import convert_config, load_module_at

        ref_mod = load_module_at(args.against, "spatialvlm_ros.core.scene_builder")
        ref_build = ref_mod.build_scene_graph
        ref_cfg = convert_config(cfg, ref_mod.GeometryConfig)

    variants: dict = {}
    sizes = []
    for res in args.resolutions:
        w, h = (int(x) for x in res.lower().split("x"))
        cache = Path(args.cache) / f"frames_{w}x{h}_{args.objects}_{args.frames}.pkl" if args.cache else None
        if cache is not None and cache.is_file():
            frames = pickle.loads(cache.read_bytes())
        else:
            frames = find_frames(args.frames, args.objects, w, h)
            if cache is not None:
                cache.parent.mkdir(parents=True, exist_ok=True)
                cache.write_bytes(pickle.dumps(frames))
        if not frames:
            print(f"no simulated {res} frame with {args.objects} objects found", file=sys.stderr)
            return 1
        sizes.append((res, len(frames)))
        no_pose = [dataclasses.replace(f, T_world_camera=None) for f in frames]
        tag = f"{w}x{h}"
        variants[f"{tag} full scene graph, with pose"] = (frames, lambda f: build_scene_graph(f, cfg))
        if ref_build is not None:
            variants[f"{tag} full scene graph, with pose, at {args.against}"] = (
                frames, lambda f: ref_build(f, ref_cfg))
        variants[f"{tag} full scene graph, plane only"] = (no_pose, lambda f: build_scene_graph(f, cfg))
        if ref_build is not None:
            variants[f"{tag} full scene graph, plane only, at {args.against}"] = (
                no_pose, lambda f: ref_build(f, ref_cfg))
        pairs = []
        for f in frames:
            names = sorted(f.segmentation.names.values())
            pairs.append((f, ["gripper", next(n for n in names if n != "gripper")] if "gripper" in names
                          else names[:2]))

        def estimate_new_frame(pair: tuple) -> None:
            est = GeometryEstimator(cfg)  # fresh cache: the scene is built every time
            f, names = pair
            r = est.estimate(f, SpatialQuery("distance", tuple(names)))
            assert r.valid, r.reason

        variants[f"{tag} 2 objects (names=...), with pose"] = (
            pairs, lambda pair: build_scene_graph(pair[0], cfg, names=pair[1]))
        variants[f"{tag} estimator: distance on a new frame (2 objects)"] = (pairs, estimate_new_frame)

    n_frames = min(n for _, n in sizes)
    times = timeit(
        {name: (lambda i, items=items, fn=fn: fn(items[i])) for name, (items, fn) in variants.items()},
        n_frames,
        args.repeats,
    )

    print("## Geometry latency (one core)")
    print(f"machine: {cpu_model()}, {os.cpu_count()} cores; pinned to CPU {cpu}, 1 BLAS/OpenMP thread; "
          f"python {sys.version.split()[0]}, numpy {np.__version__}")
    print(f"command: {' '.join(sys.argv)}")
    print(f"{n_frames} simulated frames per resolution ({', '.join(r for r, _ in sizes)}) with {args.objects} "
          f"named objects, {args.repeats} passes each, all variants interleaved call by call; "
          f"load average at the end: {os.getloadavg()[0]:.1f}\n")
    print("| what | wall median (ms) | wall p90 (ms) | wall min (ms) | CPU median (ms) | CPU p90 (ms) |")
    print("|---|---|---|---|---|---|")
    for name, (t, c) in times.items():
        print(f"| {name} | {np.median(t):.2f} | {np.percentile(t, 90):.2f} | {t.min():.2f} "
              f"| {np.median(c):.2f} | {np.percentile(c, 90):.2f} |")
    print()
    base = args.resolutions[0].lower()
    for res in args.resolutions[1:]:
        for kind in ("with pose", "plane only"):
            a, b = times[f"{base} full scene graph, {kind}"], times[f"{res.lower()} full scene graph, {kind}"]
            print(f"{res} / {base}, full scene graph {kind}: CPU median x{np.median(b[1]) / np.median(a[1]):.2f}, "
                  f"wall median x{np.median(b[0]) / np.median(a[0]):.2f}")
    if args.against:
        for res in args.resolutions:
            for kind in ("with pose", "plane only"):
                cur = times[f"{res.lower()} full scene graph, {kind}"]
                ref = times[f"{res.lower()} full scene graph, {kind}, at {args.against}"]
                print(f"{res} full scene graph {kind}: {args.against} / current CPU median "
                      f"x{np.median(ref[1]) / np.median(cur[1]):.2f}, wall median x{np.median(ref[0]) / np.median(cur[0]):.2f}")
    print("\nWall time includes waiting for the core while other processes run on it (see the load "
          "average); CPU time is the cost of the work itself on one core.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
