"""How far the geometry pipeline (core.scene_builder.build_scene_graph) is from the simulated
ground truth: box centre and size errors, and pairwise-distance relative errors, on exact
(clean) frames, noisy frames (depth noise, holes, bleeding masks) and noisy frames without
the camera pose (gravity from the support plane; compared in that plane's frame via
distances, which do not depend on the frame).

    .venv/bin/python bench/bench_sim_accuracy.py [--scenes 20]
"""

from __future__ import annotations

import argparse
import os
import platform
import time
from dataclasses import replace

import numpy as np
from tqdm import tqdm


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scenes", type=int, default=20)
    args = ap.parse_args()
    from spatialvlm_ros.core.scene_builder import build_scene_graph
    from spatialvlm_ros.sim.tabletop import generate_scene

    print(f"machine: {cpu_model()}, {os.cpu_count()} logical cores, python {platform.python_version()}")
    stats: dict[str, dict[str, list[float]]] = {m: {"centre": [], "size": [], "pair_rel": [], "time": []}
                                                for m in ("clean", "noisy", "noisy, no pose")}
    for seed in tqdm(range(args.scenes), desc="scenes"):
        scene = generate_scene(seed)
        frames = {
            "clean": scene.clean_frame(),
            "noisy": scene.frame,
            "noisy, no pose": replace(scene.frame, T_world_camera=None),
        }
        for mode, frame in frames.items():
            t = time.perf_counter()
            graph = build_scene_graph(frame)
            stats[mode]["time"].append(time.perf_counter() - t)
            est = {o.name: o for o in graph.objects}
            names = [n for n in scene.truth.names() if n in est]
            for n in names:
                tb = scene.truth.find(n).box
                if mode != "noisy, no pose":
                    stats[mode]["centre"].append(float(np.linalg.norm(est[n].box.center - tb.center)))
                    stats[mode]["size"].append(float(np.mean(np.abs(est[n].box.size - tb.size))))
            for i, a in enumerate(names):
                for b in names[i + 1:]:
                    true_d = np.linalg.norm(scene.truth.find(a).box.center - scene.truth.find(b).box.center)
                    d = np.linalg.norm(est[a].box.center - est[b].box.center)
                    stats[mode]["pair_rel"].append(float(abs(d - true_d) / true_d))
    print(f"{args.scenes} scenes (seeds 0..{args.scenes - 1}), default config/sim.yaml and config/geometry.yaml")
    for mode, s in stats.items():
        line = f"{mode:15s}: "
        if s["centre"]:
            c = np.asarray(s["centre"]) * 100
            line += f"centre error median {np.median(c):.2f} cm, p90 {np.percentile(c, 90):.2f} cm; "
            line += f"mean size error median {np.median(s['size']) * 100:.2f} cm; "
        pr = np.asarray(s["pair_rel"])
        line += (f"pair distance rel. error median {np.median(pr) * 100:.1f}%, within 25%: "
                 f"{np.mean(pr <= 0.25) * 100:.0f}%; build_scene_graph {np.median(s['time']) * 1e3:.0f} ms")
        print(line)


if __name__ == "__main__":
    main()
