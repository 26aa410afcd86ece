"""GPU latency of the on-robot VLM: one spatial question and a batch of 8, prefill / decode / total.

The model is a Qwen2.5-VL-3B-*sized* model with random weights: the real
Qwen2.5-VL-3B-Instruct ``config.json`` values (below) are written to a local
folder together with random bf16 safetensors weights, a local tokenizer and an
image processor, and loaded back through :class:`spatialvlm_ros.models.vlm.VLMBackend`
- the path users take with SpaceQwen2.5-VL-3B. Nothing is downloaded. Latency
depends on shapes, not on weight values, so the figures stand for the real
3B model (same image-token count, same prompt length ± a few tokens of the
tokenizer); the answers are of course meaningless.

Measured per configuration (``--repeats`` runs after ``--warmup``, median):

- ``prefill``: processor + vision encoder + the prompt's forward pass + the first token
  (``generate(max_new_tokens=1)``);
- ``decode``: ``(total - prefill) / (new_tokens - 1)`` per generated token;
- ``total``: ``generate`` of ``--new-tokens`` tokens (forced: ``min_new_tokens``);
- ``estimator``: one question end to end through ``VLMEstimator.estimate_many``
  (prompting, generation, parsing) with the configured ``max_new_tokens``.

Usage (CUDA, bf16)::

    .venv/bin/python bench/bench_vlm_gpu.py                      # builds ~7.5 GB in a temp folder
    .venv/bin/python bench/bench_vlm_gpu.py --model-dir /data/qwen3b-random --keep

CPU dry run of the same code path on the tiny model (no GPU needed)::

    .venv/bin/python bench/bench_vlm_gpu.py --tiny

Without CUDA and without ``--tiny`` it refuses with exit status 2.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

#: Qwen2.5-VL-3B-Instruct config.json (hub revision of Jan 2025), the values that set the shapes.
QWEN2_5_VL_3B = {
    "hidden_size": 2048,
    "intermediate_size": 11008,
    "num_hidden_layers": 36,
    "num_attention_heads": 16,
    "num_key_value_heads": 2,
    "max_position_embeddings": 128000,
    "max_window_layers": 70,
    "rms_norm_eps": 1e-06,
    "rope_theta": 1000000.0,
    "rope_scaling": {"type": "mrope", "mrope_section": [16, 24, 24]},
    "sliding_window": 32768,
    "use_sliding_window": False,
    "tie_word_embeddings": True,
    "vocab_size": 151936,
    "hidden_act": "silu",
    "vision_config": {
        "depth": 32,
        "hidden_act": "silu",
        "hidden_size": 1280,
        "intermediate_size": 3420,
        "num_heads": 16,
        "in_chans": 3,
        "out_hidden_size": 2048,
        "patch_size": 14,
        "spatial_merge_size": 2,
        "spatial_patch_size": 14,
        "window_size": 112,
        "fullatt_block_indexes": [7, 15, 23, 31],
        "tokens_per_second": 2,
        "temporal_patch_size": 2,
    },
}

QUESTION = "How far is the red cup from the gripper?"
QUESTIONS_8 = [
    "How far is the red cup from the gripper?",
    "How wide is the red cup?",
    "How tall is the blue bottle?",
    "What is the distance between the blue bottle and the green bowl?",
    "Is the red cup to the left of the green bowl?",
    "How far is the gripper from the table edge?",
    "Which is taller, the red cup or the blue bottle?",
    "How high is the gripper above the table?",
]


def machine() -> dict:
    info = {"python": platform.python_version(), "platform": platform.platform(), "cpu_cores": os.cpu_count()}
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    info["cpu"] = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    import torch
    import transformers

    info["torch"] = torch.__version__
    info["transformers"] = transformers.__version__
    if torch.cuda.is_available():
        info["gpu"] = torch.cuda.get_device_name(0)
        info["gpu_memory_gib"] = round(torch.cuda.get_device_properties(0).total_memory / 2**30, 1)
    return info


def build_3b_folder(out: Path, device: str = "cuda", overrides: dict | None = None) -> Path:
    """Write the 3B config + random bf16 safetensors + local tokenizer/processor to ``out``.

    The weights are initialised on ``device`` (the GPU: 15 GB in fp32 before the bf16 cast);
    ``overrides`` replaces config values (only to check this function on a CPU with a small model).
    """
    import torch
    from transformers.models.qwen2_5_vl import Qwen2_5_VLConfig, Qwen2_5_VLForConditionalGeneration
    from transformers.models.qwen2_vl.image_processing_pil_qwen2_vl import Qwen2VLImageProcessorPil

    from spatialvlm_ros.models.processors import Qwen2_5_VLImageOnlyProcessor
    from spatialvlm_ros.testing.tiny_models import QWEN_CHAT_TEMPLATE, QWEN_SPECIAL, build_tokenizer

    tokenizer = build_tokenizer("qwen")
    ids = {t: tokenizer.convert_tokens_to_ids(t) for t in QWEN_SPECIAL}
    cfg = dict(QWEN2_5_VL_3B, **(overrides or {}))
    cfg.update(  # the local tokenizer's special-token ids (the real ones are 151643...; same compute)
        bos_token_id=ids["<|endoftext|>"],
        eos_token_id=ids["<|im_end|>"],
        pad_token_id=ids["<|endoftext|>"],
        image_token_id=ids["<|image_pad|>"],
        video_token_id=ids["<|video_pad|>"],
        vision_start_token_id=ids["<|vision_start|>"],
        vision_end_token_id=ids["<|vision_end|>"],
    )
    config = Qwen2_5_VLConfig(**cfg)
    t0 = time.perf_counter()
    torch.manual_seed(0)
    with torch.device(device):
        model = Qwen2_5_VLForConditionalGeneration(config).to(torch.bfloat16)
    n_params = sum(p.numel() for p in model.parameters())
    model.generation_config.pad_token_id = ids["<|endoftext|>"]
    model.save_pretrained(out)
    del model
    if device.startswith("cuda"):
        torch.cuda.empty_cache()
    processor = Qwen2_5_VLImageOnlyProcessor(
        image_processor=Qwen2VLImageProcessorPil(patch_size=14, merge_size=2, temporal_patch_size=2),
        tokenizer=tokenizer,
        chat_template=QWEN_CHAT_TEMPLATE,
    )
    processor.save_pretrained(out)
    data = json.loads((out / "processor_config.json").read_text())
    data["processor_class"] = "Qwen2_5_VLProcessor"
    (out / "processor_config.json").write_text(json.dumps(data, indent=2))
    print(
        f"built a random Qwen2.5-VL-3B-sized model ({n_params / 1e9:.2f} B parameters) in "
        f"{time.perf_counter() - t0:.0f} s at {out}",
        flush=True,
    )
    return out


def _sync(device: str) -> None:
    if device.startswith("cuda"):
        import torch

        torch.cuda.synchronize()


def time_generate(backend, images, questions, new_tokens: int, repeats: int, warmup: int) -> dict:  # type: ignore[no-untyped-def]
    """Median prefill / total / per-token decode seconds of ``generate`` on one batch."""
    import torch

    texts = [backend.prompt_text(q) for q in questions]
    model, processor, device = backend.model, backend.processor, backend.device

    def run(n: int) -> tuple[float, int, int]:
        _sync(device)
        t0 = time.perf_counter()
        inputs = processor(images=images, text=texts, return_tensors="pt", padding=True)
        inputs = {k: (v.to(model.device) if hasattr(v, "to") else v) for k, v in inputs.items()}
        inputs["pixel_values"] = inputs["pixel_values"].to(model.dtype)
        with torch.inference_mode():
            out = model.generate(
                **inputs,
                max_new_tokens=n,
                min_new_tokens=n,
                do_sample=False,
                pad_token_id=processor.tokenizer.pad_token_id,
            )
        _sync(device)
        prompt = int(inputs["input_ids"].shape[1])
        return time.perf_counter() - t0, prompt, int(out.shape[1] - prompt)

    for _ in range(warmup):
        run(1)
        run(new_tokens)
    prefill = [run(1)[0] for _ in range(repeats)]
    totals, prompt_len, generated = [], 0, 0
    for _ in range(repeats):
        t, prompt_len, generated = run(new_tokens)
        totals.append(t)
    p, t = statistics.median(prefill), statistics.median(totals)
    return {
        "batch": len(questions),
        "prompt_tokens": prompt_len,
        "new_tokens": generated,
        "prefill_s": p,
        "total_s": t,
        "decode_s_per_token": (t - p) / max(generated - 1, 1),
        "total_s_per_question": t / len(questions),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--tiny", action="store_true", help="CPU dry run on the tiny random Qwen2.5-VL (no GPU needed)"
    )
    ap.add_argument(
        "--model-dir", default=None, help="folder for the random 3B model (default: a temp folder)"
    )
    ap.add_argument("--keep", action="store_true", help="keep the model folder (reused on the next run)")
    ap.add_argument("--new-tokens", type=int, default=32, help="tokens generated per answer (default 32)")
    ap.add_argument("--width", type=int, default=640)
    ap.add_argument("--height", type=int, default=480)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--json", default=None, help="also write the results to this JSON file")
    args = ap.parse_args(argv)

    import numpy as np
    import torch

    from spatialvlm_ros.core.camera import CameraIntrinsics
    from spatialvlm_ros.core.frame import RGBDFrame
    from spatialvlm_ros.core.query import SpatialQuery
    from spatialvlm_ros.estimators.vlm import VLMEstimator
    from spatialvlm_ros.models.vlm import VLMBackend

    if not args.tiny and not torch.cuda.is_available():
        print(
            "bench_vlm_gpu: error: needs a CUDA GPU (torch.cuda.is_available() is False); "
            "use --tiny for a CPU dry run of the same code path",
            file=sys.stderr,
        )
        return 2
    tmp = None
    if args.tiny:
        from spatialvlm_ros.testing.tiny_models import build_tiny_qwen2_5_vl

        tmp = Path(tempfile.mkdtemp(prefix="bench_vlm_tiny_"))
        folder = build_tiny_qwen2_5_vl(tmp / "qwen")
        device, dtype, label = "cpu", "float32", "tiny random Qwen2.5-VL (CPU dry run, not a benchmark)"
    else:
        if args.model_dir:
            folder = Path(args.model_dir)
        else:
            tmp = Path(tempfile.mkdtemp(prefix="bench_vlm_3b_"))
            folder = tmp / "qwen2_5_vl_3b_random"
        if not (folder / "config.json").is_file():
            folder.mkdir(parents=True, exist_ok=True)
            build_3b_folder(folder)
        device, dtype, label = "cuda", "bfloat16", "random Qwen2.5-VL-3B-sized model, bf16"
    try:
        backend = VLMBackend.from_config(
            {
                "model": str(folder),
                "local_files_only": True,
                "device": device,
                "dtype": dtype,
                "max_new_tokens": args.new_tokens,
                "batch_size": 8,
            }
        )
        t0 = time.perf_counter()
        backend.load()
        load_s = time.perf_counter() - t0
        rgb = np.random.default_rng(0).integers(0, 256, (args.height, args.width, 3), dtype=np.uint8)
        results = {
            "machine": machine(),
            "model": label,
            "device": device,
            "dtype": dtype,
            "load_s": load_s,
            "image": f"{args.width}x{args.height}",
            "runs": [],
        }
        print(f"{label}; loaded in {load_s:.1f} s; image {args.width}x{args.height}", flush=True)
        if device == "cuda":
            torch.cuda.reset_peak_memory_stats()
        for questions in ([QUESTION], QUESTIONS_8):
            r = time_generate(
                backend, [rgb] * len(questions), questions, args.new_tokens, args.repeats, args.warmup
            )
            results["runs"].append(r)
            print(
                f"batch {r['batch']}: prompt {r['prompt_tokens']} tokens, {r['new_tokens']} new; "
                f"prefill {r['prefill_s'] * 1e3:.1f} ms, decode {r['decode_s_per_token'] * 1e3:.2f} ms/token, "
                f"total {r['total_s'] * 1e3:.1f} ms ({r['total_s_per_question'] * 1e3:.1f} ms/question)",
                flush=True,
            )
        intr = CameraIntrinsics.from_fov(args.width, args.height, 60.0)
        frame = RGBDFrame(rgb=rgb, depth=None, intrinsics=intr)
        est = VLMEstimator(backend)
        q = SpatialQuery("distance", ("red cup", "gripper"), question=QUESTION)
        times = []
        for _ in range(args.warmup + args.repeats):
            _sync(device)
            t0 = time.perf_counter()
            e = est.estimate_many(frame, [q])[0]
            _sync(device)
            times.append(time.perf_counter() - t0)
        est_s = statistics.median(times[args.warmup :])
        results["estimator_one_question_s"] = est_s
        results["estimator_new_tokens"] = e.details.get("new_tokens")
        print(
            f"VLMEstimator, one question end to end: {est_s * 1e3:.1f} ms "
            f"({e.details.get('new_tokens')} tokens generated, valid={e.valid})",
            flush=True,
        )
        if device == "cuda":
            results["peak_gpu_memory_gib"] = torch.cuda.max_memory_allocated() / 2**30
            print(f"peak GPU memory {results['peak_gpu_memory_gib']:.1f} GiB", flush=True)
        m = results["machine"]
        print(
            f"machine: {m.get('gpu', 'no GPU')}; CPU {m.get('cpu', '?')} x{m['cpu_cores']}; "
            f"torch {m['torch']}, transformers {m['transformers']}",
            flush=True,
        )
        if args.json:
            Path(args.json).write_text(json.dumps(results, indent=2))
    finally:
        if tmp is not None and not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
