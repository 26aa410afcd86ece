"""Benchmark of the simulator: render time per 640x480 frame (TinyRenderer vs EGL),
whole-scene generation, the noise model and SimWorld stepping. Prints the machine.

    .venv/bin/python bench/bench_sim.py [--frames 20] [--scenes 5]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time

import numpy as np
from machine import cpu_model

SIZES = ((160, 120), (320, 240), (640, 480))


def bench_render(renderer: str, frames: int) -> tuple[str, dict[tuple[int, int], float], float]:
    """(renderer actually used, {(w, h): median s/frame}, plugin-load + scene set-up s)."""
    from spatialvlm_ros.sim import assembly as A
    from spatialvlm_ros.sim.camera import intrinsics_from_config, look_at, render
    from spatialvlm_ros.sim.config import SimConfig
    from spatialvlm_ros.sim.objects import place_specs, sample_specs

    cfg = SimConfig.from_yaml()
    rng = np.random.default_rng(0)
    t0 = time.perf_counter()
    client, used = A.connect(renderer)
    asm = A.Assembly(client, used, None)
    A.build_static(client, cfg)
    asm.robot = A.load_panda(client)
    specs = sample_specs(rng, cfg)
    A.add_objects(asm, specs, place_specs(specs, rng, cfg))
    setup = time.perf_counter() - t0
    T = look_at([1.3, 0.3, 0.6], [0.5, 0.0, 0.05], 0.1)
    medians = {}
    for w, h in SIZES:
        intr = intrinsics_from_config(dict(cfg.image, width=w, height=h))
        render(client, T, intr, 0.05, 5.0, used)  # warm-up
        times = []
        for _ in range(frames):
            t = time.perf_counter()
            render(client, T, intr, 0.05, 5.0, used)
            times.append(time.perf_counter() - t)
        medians[(w, h)] = statistics.median(times)
    asm.close()
    return used, medians, setup


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--frames", type=int, default=20)
    ap.add_argument("--scenes", type=int, default=5)
    args = ap.parse_args()
    print(f"machine: {cpu_model()}, {os.cpu_count()} logical cores, python {platform.python_version()}, "
          f"load average {os.getloadavg()[0]:.1f}")
    import pybullet

    print(f"pybullet {pybullet.getAPIVersion()}")
    for ren in ("tiny", "egl"):
        used, meds, setup = bench_render(ren, args.frames)
        if used != ren:
            print(f"render {ren}: NOT usable here (fell back to {used})")
            continue
        per = ", ".join(f"{w}x{h} {m * 1e3:.1f} ms" for (w, h), m in meds.items())
        print(f"render {ren:4s} (RGB+depth+seg, median of {args.frames}): {per}; "
              f"client + plugin + scene set-up {setup * 1e3:.0f} ms")

    from spatialvlm_ros.sim.config import SimConfig
    from spatialvlm_ros.sim.noise import apply_depth_noise, apply_rgb_noise, bleed_masks
    from spatialvlm_ros.sim.tabletop import generate_scene

    for ren in ("tiny", "egl"):
        cfg = SimConfig.from_yaml()
        cfg.renderer = ren
        times = []
        for seed in range(args.scenes):
            t = time.perf_counter()
            scene = generate_scene(seed, cfg)
            times.append(time.perf_counter() - t)
        print(f"generate_scene ({scene.renderer}): {statistics.median(times) * 1e3:.0f} ms median over "
              f"{args.scenes} seeds (set-up, camera search at 160 px wide, render, truth, noise)")

    cfg = SimConfig.from_yaml()
    rng = np.random.default_rng(0)
    t = time.perf_counter()
    for _ in range(10):
        apply_depth_noise(scene.clean_depth, rng, cfg.noise)
        bleed_masks(scene.clean_labels, rng, cfg.noise)
        apply_rgb_noise(scene.clean_rgb, rng, cfg.noise)
    print(f"noise model (depth + bleeding masks + rgb): {(time.perf_counter() - t) / 10 * 1e3:.1f} ms per frame")

    from spatialvlm_ros.sim.world import SimWorld

    cfg.renderer = "tiny"
    with SimWorld(0, cfg) as world:
        world.set_gripper_target(world.gripper_position() + np.array([0.1, 0.1, -0.1]))
        t = time.perf_counter()
        world.step(480)
        dt = time.perf_counter() - t
        print(f"SimWorld.step: {dt / 480 * 1e3:.2f} ms per 1/240 s step ({480 / dt:.0f} steps/s, IK every "
              f"{cfg.world.get('ik_every', 4)} steps)")


if __name__ == "__main__":
    main()
