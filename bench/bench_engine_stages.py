"""Per-stage throughput of the data engine on plain images with TINY random models (CPU).

Stages timed on the same loaded rows, each over all images, median of ``--repeat`` runs:
filter (tiny CLIP), caption (tiny Qwen2.5-VL prompted for object names), models (tiny
OWLv2 + SAM masks + tiny Depth Anything), synth (geometry + QA + packing). These
figures measure the engine's overhead and the tiny models only: real throughput needs
a GPU and real weights (not measured here).

Usage::

    taskset -c 1 .venv/bin/python bench/bench_engine_stages.py [--images 8] [--repeat 3]
"""

from __future__ import annotations

import argparse
import copy
import os
import statistics
import tempfile
import time
from pathlib import Path

from machine import cpu_model


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--images", type=int, default=8)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    import torch
    from PIL import Image

    from spatialvlm_ros.data.model_stage import ModelStage
    from spatialvlm_ros.data.packing import synth_stage
    from spatialvlm_ros.data.pipeline import SynthConfig, load_task
    from spatialvlm_ros.data.rows import make_row
    from spatialvlm_ros.data.sources import expand_inputs
    from spatialvlm_ros.data.vision_stages import CaptionStage, FilterStage
    from spatialvlm_ros.sim.tabletop import generate_scene
    from spatialvlm_ros.testing import tiny_models as tiny

    torch.set_num_threads(1)
    print(f"machine: {cpu_model()}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; torch 1 thread")
    root = Path(tempfile.mkdtemp(prefix="bench_engine_"))
    for i in range(args.images):
        Image.fromarray(generate_scene(i).frame.rgb[::4, ::4]).save(root / f"img{i}.png")  # 160x120
    clip = tiny.build_tiny_clip(root / "clip")
    vlm = tiny.build_tiny_qwen2_5_vl(root / "vlm", scripted_answer="Red cubes, blue bowl and one green mug")
    models = {"grounding": {"detector": str(tiny.build_tiny_owlv2(root / "owl")),
                            "segmenter": str(tiny.build_tiny_sam(root / "sam")), "score_threshold": 0.0,
                            "device": "cpu"},
              "depth": {"model": str(tiny.build_tiny_depth_anything(root / "depth")), "device": "cpu"}}
    cfg = SynthConfig.from_yaml(max_qa_per_image=8)
    rows = [load_task(make_row(it, "b", k), cfg) for k, it in enumerate(expand_inputs([str(root)]))]
    fstage = FilterStage({"model": str(clip), "threshold": 0.0, "device": "cpu"})
    cstage = CaptionStage({"kind": "vlm", "vlm": {"model": str(vlm), "device": "cpu", "max_new_tokens": 24}})
    mstage = ModelStage(models)
    mstage.process(cstage.process_rows(fstage.process_rows(rows[:1]))[0])  # load the models (not timed)
    times: dict[str, list[float]] = {k: [] for k in ("filter", "caption", "models", "synth")}
    for _ in range(args.repeat):
        r = copy.deepcopy(rows)
        t = time.perf_counter(); r = fstage.process_rows(r); times["filter"].append(time.perf_counter() - t)
        t = time.perf_counter(); r = cstage.process_rows(r); times["caption"].append(time.perf_counter() - t)
        t = time.perf_counter(); r = [mstage.process(x) for x in r]; times["models"].append(time.perf_counter() - t)
        t = time.perf_counter(); r = [synth_stage(x, cfg) for x in r]; times["synth"].append(time.perf_counter() - t)
    ok = sum(x["status"] == "ok" for x in r)
    print(f"{args.images} images 160x120, {ok} gave samples; median of {args.repeat}")
    print("| stage (tiny models, CPU, 1 thread) | ms/image | images/s |")
    print("|---|---|---|")
    for k, v in times.items():
        s = statistics.median(v) / args.images
        print(f"| {k} | {1000 * s:.1f} | {1 / s:.1f} |")


if __name__ == "__main__":
    main()
