"""Synthesis throughput of the data engine's CPU stages, and its scaling from 1 to N workers.

Measures, on simulated 640x480 tabletop scenes (rendered beforehand, not timed):

- per stage, one process: geometry (``build_scene_graph``), templating
  (``synthesize_qa``), packing (PNG encoding of image, depth and masks into a
  sample) - in scenes per second per core;
- the whole CPU stage (``data.packing.synth_stage``: geometry + templating + packing,
  the function the Ray engine runs per input) with 1..N worker processes over the
  same scenes, each worker a separate process (as Ray tasks are).

Usage::

    .venv/bin/python bench/bench_synthesis.py [--scenes 40] [--workers 1 2] [--repeat 3]

Prints the machine (CPU model, cores, load average before and after) - the
figures depend on what else runs on the machine.
"""

from __future__ import annotations

import argparse
import os
import pickle
import statistics
import time
from concurrent.futures import ProcessPoolExecutor

import numpy as np
from machine import cpu_model


def make_rows(n: int, cfg) -> list[dict]:
    """Loaded work rows (scene rendered, frame in the payload) for sim seeds 0..n-1."""
    from tqdm import tqdm

    from spatialvlm_ros.data.readers import load_stage
    from spatialvlm_ros.data.rows import make_row
    from spatialvlm_ros.data.sources import InputItem

    rows = []
    for s in tqdm(range(n), desc="rendering scenes (not timed)"):
        row = make_row(InputItem("sim", "", s), "bench", s)
        rows.append(load_stage(row, cfg))
    return rows


def time_stages(rows: list[dict], cfg, repeat: int) -> dict[str, float]:
    """Median seconds per scene of each stage, one process."""
    from spatialvlm_ros.core.scene_builder import build_scene_graph
    from spatialvlm_ros.core.synthesis import synthesize_qa
    from spatialvlm_ros.data.packing import synth_stage
    from spatialvlm_ros.data.rows import item_seed

    geo, tmpl, full = [], [], []
    gcfg, scfg = cfg.geometry_config(), cfg.synthesis_config()
    import dataclasses

    if cfg.max_qa_per_image:
        scfg = dataclasses.replace(scfg, max_qa_per_scene=int(cfg.max_qa_per_image))
    works = [pickle.loads(r["payload"]) for r in rows]
    for _ in range(repeat):
        t0 = time.perf_counter()
        scenes = [build_scene_graph(w.frame, gcfg) for w in works]
        t1 = time.perf_counter()
        for w, sc in zip(works, scenes):
            synthesize_qa(sc, item_seed(cfg.seed, w.item.key), scfg)
        t2 = time.perf_counter()
        for r in rows:
            synth_stage(r, cfg)
        t3 = time.perf_counter()
        geo.append((t1 - t0) / len(rows))
        tmpl.append((t2 - t1) / len(rows))
        full.append((t3 - t2) / len(rows))
    return {"geometry": statistics.median(geo), "templating": statistics.median(tmpl),
            "synth_stage": statistics.median(full)}


_CFG = None


def _init(cfg) -> None:
    global _CFG
    _CFG = cfg
    try:  # one thread per worker process, as Ray tasks with num_cpus=1 run
        import threadpoolctl  # type: ignore

        threadpoolctl.threadpool_limits(1)
    except ImportError:
        pass


def _work(row: dict) -> int:
    from spatialvlm_ros.data.packing import synth_stage

    out = synth_stage(row, _CFG)
    return 1 if out["status"] == "ok" else 0


def time_workers(rows: list[dict], cfg, workers: int, repeat: int) -> float:
    """Scenes per second of synth_stage over ``workers`` processes (median of ``repeat``)."""
    rates = []
    with ProcessPoolExecutor(max_workers=workers, initializer=_init, initargs=(cfg,)) as pool:
        list(pool.map(_work, rows[: 2 * workers]))  # warm up: imports, config loading
        for _ in range(repeat):
            t0 = time.perf_counter()
            ok = sum(pool.map(_work, rows, chunksize=2))
            rates.append(len(rows) / (time.perf_counter() - t0))
            assert ok > 0
    return statistics.median(rates)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scenes", type=int, default=40)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")

    from spatialvlm_ros.data.pipeline import SynthConfig

    cfg = SynthConfig.from_yaml()
    load0 = os.getloadavg()
    rows = make_rows(args.scenes, cfg)
    ok_rows = [r for r in rows if r["status"] == "ok"]
    per = time_stages(ok_rows, cfg, args.repeat)
    rates = {w: time_workers(ok_rows, cfg, w, args.repeat) for w in args.workers}
    load1 = os.getloadavg()
    print(f"machine: {cpu_model()}, {os.cpu_count()} cores; load average before {load0[0]:.2f}, after {load1[0]:.2f}")
    print(f"scenes: {len(ok_rows)} simulated 640x480 tabletop scenes (seeds 0..{args.scenes - 1}), "
          f"max_qa_per_image={cfg.max_qa_per_image}, repeat={args.repeat} (medians)")
    print("one process, per stage:")
    for k, v in per.items():
        print(f"  {k:<12} {1000 * v:7.1f} ms/scene  = {1.0 / v:6.1f} scenes/s/core")
    gt = per["geometry"] + per["templating"]
    print(f"  geometry+templating {1000 * gt:.1f} ms/scene = {1.0 / gt:.1f} scenes/s/core (target >= 20)")
    print("synth_stage (geometry + templating + PNG packing) in worker processes:")
    base = rates[min(rates)]
    for w, r in sorted(rates.items()):
        print(f"  {w} worker(s): {r:6.1f} scenes/s  (x{r / base:.2f} vs {min(rates)} worker)")


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
