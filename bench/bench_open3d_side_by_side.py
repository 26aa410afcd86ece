"""Our geometry vs an Open3D pipeline with SpatialRGPT's published parameters, same frames, one core.

The Open3D baseline (``pip install .[bench]``; open3d 0.19 imports without libusb, 0.20
needs the system's libusb-1.0-0), per named object: the mask's pixels with valid depth,
back-projected and moved into the scene frame; statistical outlier removal (10 neighbours,
std ratio 1.2); voxel down-sampling at max(1 cm, scale / 40) with scale = 3 x the norm of the
points' per-axis standard deviation; DBSCAN (eps 0.2 m as published, or the tabletop eps
0.02 m; min 10 points) keeping the largest cluster; the axis-aligned box. Scene frame: the
camera pose (``with pose``), or (``plane only``) the plane of a RANSAC fit to the whole
frame's point cloud (distance 0.01 m, 3 points, 1000 iterations) turned to z up, as the
public reproductions do. Ours: ``build_scene_graph`` with ``config/geometry.yaml``.

All pipelines run interleaved on the same simulated frames (``sim.tabletop``, noisy depth,
bleeding masks) in one process pinned to one core with 1 BLAS/OpenMP thread. Printed:
latency (wall and CPU median, p90) and, against the simulator's truth, the pairwise centre
distance of tabletop objects (mean, p95 abs error) and their heights (mean abs error), with
the share within a factor of 2 and within +-25 %; and the latency ratio Open3D / ours.

Usage::

    .venv/bin/python bench/bench_open3d_side_by_side.py --scenes 40 --repeats 3
"""

from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ[_v] = "1"

import argparse
import dataclasses
import itertools
import logging
import sys
import time

import numpy as np
from bench_geometry_accuracy import stats, touches_border
from machine import cpu_model
from tqdm import tqdm

#: SpatialRGPT's per-object clean-up and plane fit
SOR_NEIGHBOURS, SOR_STD = 10, 1.2
VOXEL_MIN_M, VOXEL_SCALE_DIV = 0.01, 40.0
DBSCAN_EPS_PUBLISHED_M, DBSCAN_EPS_TABLETOP_M, DBSCAN_MIN_POINTS = 0.2, 0.02, 10
PLANE_DISTANCE_M, PLANE_RANSAC_N, PLANE_ITERATIONS = 0.01, 3, 1000


def optical_points(frame, mask: np.ndarray) -> np.ndarray:
    """Optical-frame points (N, 3), metres, of the pixels of ``mask`` with valid depth."""
    d = frame.depth
    rows, cols = np.nonzero(mask & np.isfinite(d) & (d > 0))
    z = d[rows, cols].astype(np.float64)
    k = frame.intrinsics
    return np.column_stack([(cols - k.cx) / k.fx * z, (rows - k.cy) / k.fy * z, z])


def up_rotation(normal: np.ndarray) -> np.ndarray:
    """R_scene_camera whose scene z is the (upward) plane normal, given in the optical frame."""
    from spatialvlm_ros.core.gravity import rotation_from_up

    return rotation_from_up(normal)


def open3d_scene(frame, eps_m: float, with_pose: bool):
    """The Open3D pipeline's SceneGraph of ``frame`` (see the module docstring)."""
    import open3d as o3d

    from spatialvlm_ros.core.scene import Box3D, SceneGraph, SceneObject, Viewer

    if with_pose:
        T = np.asarray(frame.T_world_camera, dtype=float)
        source = "pose"
    else:
        cloud = o3d.geometry.PointCloud(o3d.utility.Vector3dVector(optical_points(frame, np.ones(frame.depth.shape, bool))))
        (a, b, c, d), _ = cloud.segment_plane(PLANE_DISTANCE_M, PLANE_RANSAC_N, PLANE_ITERATIONS)
        n = np.array([a, b, c])
        if n @ np.array([0.0, -1.0, 0.0]) < 0:  # orient towards the camera's assumed up
            n, d = -n, -d
        T = np.eye(4)
        T[:3, :3] = up_rotation(n / np.linalg.norm(n))
        source = "support_plane"
    objects = []
    labels = frame.segmentation.labels
    for oid, name in sorted(frame.segmentation.names.items()):
        pts = optical_points(frame, labels == oid) @ T[:3, :3].T + T[:3, 3]
        if len(pts) < DBSCAN_MIN_POINTS:
            continue
        pcd = o3d.geometry.PointCloud(o3d.utility.Vector3dVector(pts))
        pcd, _ = pcd.remove_statistical_outlier(nb_neighbors=SOR_NEIGHBOURS, std_ratio=SOR_STD)
        scale = 3.0 * float(np.linalg.norm(np.asarray(pcd.points).std(axis=0)))
        pcd = pcd.voxel_down_sample(max(VOXEL_MIN_M, scale / VOXEL_SCALE_DIV))
        lab = np.asarray(pcd.cluster_dbscan(eps=eps_m, min_points=DBSCAN_MIN_POINTS))
        if len(lab) == 0 or lab.max() < 0:
            continue
        best = int(np.argmax(np.bincount(lab[lab >= 0])))
        pcd = pcd.select_by_index(np.flatnonzero(lab == best).tolist())
        box = pcd.get_axis_aligned_bounding_box()
        lo, hi = np.asarray(box.min_bound), np.asarray(box.max_bound)
        objects.append(SceneObject(id=int(oid), name=name, box=Box3D(center=(lo + hi) / 2.0, size=hi - lo),
                                   n_points=len(pcd.points)))
    return SceneGraph(frame_id="world" if with_pose else "camera", gravity_source=source, T_scene_camera=T,
                      viewer=Viewer.from_camera_pose(T), objects=objects)


def records(scene_graph, sim_scene, rec: dict) -> None:
    """Append (estimate, truth, group) of every tabletop pair distance and height to ``rec``."""
    from spatialvlm_ros.core.quantities import measure
    from spatialvlm_ros.core.query import SpatialQuery
    from spatialvlm_ros.sim.truth import truth_scene_graph

    truth = truth_scene_graph(sim_scene.truth, sim_scene.T_world_camera)
    names = [n for n in scene_graph.names() if n != "gripper"]
    border = {o.name for o in scene_graph.objects if touches_border(sim_scene.clean_labels, o.id)}
    for n in names:
        q = SpatialQuery("height", (n,))
        rec["height"].append((measure(scene_graph, q).value_m, measure(truth, q).value_m,
                              "border" if n in border else "object"))
    for a, b in itertools.combinations(names, 2):
        q = SpatialQuery("distance", (a, b))
        rec["distance"].append((measure(scene_graph, q).value_m, measure(truth, q).value_m,
                                "border" if a in border or b in border else "object"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scenes", type=int, default=40, help="simulated scenes (default 40)")
    ap.add_argument("--seed0", type=int, default=0, help="first scene seed (default 0)")
    ap.add_argument("--repeats", type=int, default=3, help="timed passes over the scenes (default 3)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    try:
        import open3d as o3d
    except ImportError as exc:
        print(f"error: open3d is not installed ({exc}); pip install .[bench]", file=sys.stderr)
        return 2

    cpu = max(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    from spatialvlm_ros.core.geometry_config import GeometryConfig
    from spatialvlm_ros.core.scene_builder import build_scene_graph
    from spatialvlm_ros.sim.tabletop import generate_scene

    cfg = GeometryConfig.from_yaml()
    scenes = [generate_scene(args.seed0 + i) for i in tqdm(range(args.scenes), desc="simulating scenes")]
    frames = {True: [s.frame for s in scenes],
              False: [dataclasses.replace(s.frame, T_world_camera=None) for s in scenes]}
    pipelines = {}
    for with_pose, tag in ((True, "with pose"), (False, "plane only")):
        fr = frames[with_pose]
        pipelines[f"ours, {tag}"] = lambda i, fr=fr: build_scene_graph(fr[i], cfg)
        pipelines[f"Open3D eps {DBSCAN_EPS_PUBLISHED_M} m, {tag}"] = (
            lambda i, fr=fr, wp=with_pose: open3d_scene(fr[i], DBSCAN_EPS_PUBLISHED_M, wp))
        pipelines[f"Open3D eps {DBSCAN_EPS_TABLETOP_M} m, {tag}"] = (
            lambda i, fr=fr, wp=with_pose: open3d_scene(fr[i], DBSCAN_EPS_TABLETOP_M, wp))
    wall = {k: [] for k in pipelines}
    cpu_t = {k: [] for k in pipelines}
    rec = {k: {"distance": [], "height": []} for k in pipelines}
    for rep in tqdm(range(args.repeats + 1), desc="interleaved passes (first = warm-up + accuracy)"):
        for i in range(len(scenes)):
            for name, fn in pipelines.items():
                c0, t0 = time.thread_time(), time.perf_counter()
                g = fn(i)
                dt, dc = time.perf_counter() - t0, time.thread_time() - c0
                if rep == 0:
                    records(g, scenes[i], rec[name])
                else:
                    wall[name].append(1000 * dt)
                    cpu_t[name].append(1000 * dc)

    w, h = scenes[0].frame.intrinsics.width, scenes[0].frame.intrinsics.height
    print("## Our geometry vs an Open3D pipeline (SpatialRGPT's parameters), one core")
    print(f"machine: {cpu_model()}, {os.cpu_count()} cores; pinned to CPU {cpu}, 1 BLAS/OpenMP thread; "
          f"python {sys.version.split()[0]}, numpy {np.__version__}, open3d {o3d.__version__}")
    print(f"command: {' '.join(sys.argv)}")
    print(f"{args.scenes} simulated {w}x{h} scenes (seeds {args.seed0}..{args.seed0 + args.scenes - 1}), "
          f"{args.repeats} timed passes, pipelines interleaved call by call; load average at the end: "
          f"{os.getloadavg()[0]:.1f}\n")
    print("| pipeline | CPU median (ms) | CPU p90 (ms) | wall median (ms) | wall p90 (ms) | x ours (CPU median) "
          "| distance mean (cm) | distance p95 (cm) | distance within x2 (%) | distance within +-25% (%) "
          "| height mean (cm) | height within x2 (%) | height within +-25% (%) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name in pipelines:
        ours = cpu_t["ours, with pose" if "with pose" in name else "ours, plane only"]
        c, t = np.array(cpu_t[name]), np.array(wall[name])
        d = stats(rec[name]["distance"], ("object", "border"))
        hh = stats(rec[name]["height"], ("object", "border"))
        print(f"| {name} | {np.median(c):.1f} | {np.percentile(c, 90):.1f} | {np.median(t):.1f} "
              f"| {np.percentile(t, 90):.1f} | {np.median(c) / np.median(ours):.1f} "
              f"| {d['mean_cm']:.2f} | {d['p95_cm']:.2f} | {d['factor2']:.1f} | {d['pm25']:.1f} "
              f"| {hh['mean_cm']:.2f} | {hh['factor2']:.1f} | {hh['pm25']:.1f} |")
    print(f"\nn = {stats(rec['ours, with pose']['distance'], ('object', 'border'))['n']} tabletop pairs, "
          f"{stats(rec['ours, with pose']['height'], ('object', 'border'))['n']} tabletop heights for ours "
          "(Open3D: the objects it kept). Wall time includes waiting for the core while other processes "
          "run on it; CPU time is the work itself.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
