"""What the VLM backend costs on a CPU: real-size random-weight models, one 640x480 frame.

For each model (``--models``; see ``vlm_checkpoints.py``) the script builds the
random-weight checkpoint once into the cache (``~/.cache/spatialvlm_bench``,
outside the repository), then, in a fresh process pinned to one core with one
torch thread, loads it through :class:`~spatialvlm_ros.models.vlm.VLMBackend`
with the settings of its model config (``config/models/*.yaml``: image caps,
``dtype: auto`` -> bfloat16 on CPU for these sizes) and asks one question about a
640x480 frame ``--repeats`` times. Reported (median over the repeats):

- load time and peak RSS of the process (``ru_maxrss``) after loading and at the end;
- prompt tokens and image tokens of the question;
- prefill: ``generate`` start -> first token's logits (processor, vision encoder, prompt forward);
- per generated token: mean time between the following tokens' logits;
- CPU time of the whole ``generate`` (on a shared machine wall time also counts other processes).

One model at a time, each in its own process: two big models are never in memory together.

Usage::

    .venv/bin/python bench/bench_vlm_cpu.py                       # both models, 3 repeats, 6 new tokens
    .venv/bin/python bench/bench_vlm_cpu.py --models llava_1_5_small --repeats 1
"""

from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ[_v] = "1"

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from machine import cpu_model
from vlm_checkpoints import KINDS, default_cache, ensure_built

#: The model config whose vlm settings each bench model runs with.
MODEL_CONFIGS = {
    "qwen2_5_vl_3b": "models/spaceqwen2_5_vl_3b.yaml",
    "llava_1_5_small": "models/spacellava.yaml",
}
LABELS = {
    "qwen2_5_vl_3b": "Qwen2.5-VL-3B-shaped (SpaceQwen2.5-VL-3B / SpaceThinker)",
    "llava_1_5_small": "LLaVA-1.5: CLIP ViT-L/14-336 + 1.1B LM",
}
QUESTION = "How far is the red cup from the gripper?"


class _Stamps:
    """Logits processor recording when each token's logits are ready (prefill, then one per token),
    in wall time and in this process's CPU time."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self.cpu: list[float] = []

    def __call__(self, input_ids, scores):  # type: ignore[no-untyped-def]
        self.times.append(time.perf_counter())
        self.cpu.append(time.process_time())
        return scores


def _rss_gb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e9  # Linux: kilobytes


def worker(kind: str, folder: Path, repeats: int, new_tokens: int) -> dict:
    """Load and time one model in this process; returns the figures."""
    import numpy as np
    import torch

    torch.set_num_threads(1)
    from spatialvlm_ros.models.model_config import load_model_config
    from spatialvlm_ros.models.vlm import VLMBackend

    cfg = dict(load_model_config(MODEL_CONFIGS[kind])["vlm"])
    cfg.update(model=str(folder), local_files_only=True, device="cpu", max_new_tokens=new_tokens, batch_size=1)
    backend = VLMBackend.from_config(cfg)
    rss_before = _rss_gb()
    t0, c0 = time.perf_counter(), time.process_time()
    backend.load()
    load_s, load_cpu = time.perf_counter() - t0, time.process_time() - c0
    rss_load = _rss_gb()
    plan = backend.plan()
    rgb = np.random.default_rng(0).integers(0, 256, (480, 640, 3), dtype=np.uint8)
    runs = []
    for _ in range(repeats):
        stamps = _Stamps()
        backend.logits_processors = [stamps]
        c0, t0 = time.process_time(), time.perf_counter()
        (g,) = backend.generate([rgb], [QUESTION])
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        ts, cs = stamps.times, stamps.cpu
        n = len(ts) - 1
        runs.append({"prefill_s": ts[0] - t0, "prefill_cpu_s": cs[0] - c0,
                     "per_token_s": (ts[-1] - ts[0]) / n if n else float("nan"),
                     "per_token_cpu_s": (cs[-1] - cs[0]) / n if n else float("nan"),
                     "total_s": wall, "cpu_s": cpu, "steps": len(ts), "prompt_tokens": g.prompt_tokens,
                     "image_tokens": g.image_tokens})
        r = runs[-1]
        print(f"  {kind}: prefill {r['prefill_s']:.1f} s (CPU {r['prefill_cpu_s']:.1f} s), "
              f"{r['per_token_s']:.2f} s/token (CPU {r['per_token_cpu_s']:.2f} s), total {wall:.1f} s "
              f"(CPU {cpu:.1f} s)", file=sys.stderr, flush=True)

    def med(key: str) -> float:
        return statistics.median(r[key] for r in runs)

    return {
        "kind": kind, "config": MODEL_CONFIGS[kind], "parameters": plan.parameters, "dtype": plan.dtype,
        "weights_gb": plan.weight_bytes / 1e9, "load_s": load_s, "rss_start_gb": rss_before,
        "rss_after_load_gb": rss_load, "rss_peak_gb": _rss_gb(), "prompt_tokens": runs[0]["prompt_tokens"],
        "image_tokens": runs[0]["image_tokens"], "steps": runs[0]["steps"], "prefill_s": med("prefill_s"),
        "per_token_s": med("per_token_s"), "total_s": med("total_s"), "cpu_s": med("cpu_s"), "repeats": repeats,
        "prefill_cpu_s": med("prefill_cpu_s"), "per_token_cpu_s": med("per_token_cpu_s"), "load_cpu_s": load_cpu,
        "torch": torch.__version__,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--models", default=",".join(KINDS), help=f"comma-separated, of {', '.join(KINDS)}")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--new-tokens", type=int, default=6, help="tokens generated per answer (default 6)")
    ap.add_argument("--cache", default=None, help="folder of the built models (default ~/.cache/spatialvlm_bench)")
    ap.add_argument("--cpu", type=int, default=None, help="core to pin to (default: the last one)")
    ap.add_argument("--json", default=None, help="also write the results to this JSON file")
    ap.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    cache = Path(args.cache).expanduser() if args.cache else default_cache()
    if args.worker:
        print(json.dumps(worker(args.worker, ensure_built(args.worker, cache), args.repeats, args.new_tokens)))
        return 0
    kinds = [k.strip() for k in args.models.split(",") if k.strip()]
    bad = [k for k in kinds if k not in KINDS]
    if bad or args.repeats < 1 or args.new_tokens < 2:
        print(f"bench_vlm_cpu: error: unknown model {bad[0]!r}" if bad else
              "bench_vlm_cpu: error: --repeats >= 1 and --new-tokens >= 2", file=sys.stderr)
        return 2
    cpu = args.cpu if args.cpu is not None else max(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})  # inherited by the build and measure processes
    results = []
    for kind in kinds:
        build = (f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); "
                 f"from vlm_checkpoints import ensure_built; from pathlib import Path; "
                 f"ensure_built({kind!r}, Path({str(cache)!r}))")
        subprocess.run([sys.executable, "-c", build], check=True)  # its memory is freed before measuring
        out = subprocess.run([sys.executable, __file__, "--worker", kind, "--repeats", str(args.repeats),
                              "--new-tokens", str(args.new_tokens), "--cache", str(cache)],
                             check=True, stdout=subprocess.PIPE, text=True)
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print("## VLM backend on CPU (random weights, real shapes; one 640x480 frame, one question)")
    print(f"machine: {cpu_model()}, {os.cpu_count()} cores; pinned to CPU {cpu}, 1 torch thread; "
          f"python {sys.version.split()[0]}, torch {results[0]['torch']}; load average at the end: "
          f"{os.getloadavg()[0]:.1f}")
    print(f"command: {' '.join(sys.argv)}")
    print(f"median of {args.repeats} runs, {args.new_tokens} new tokens each\n")
    print("wall time, and in brackets CPU time of the process (what one free core would take)\n")
    print("| model (config) | parameters | dtype | load (s) | peak RSS after load / end (GB) | prompt tokens "
          "(image) | prefill (s) | per token (s) | total (s) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {LABELS[r['kind']]} ({r['config']}) | {r['parameters'] / 1e9:.2f} B | {r['dtype']} | "
              f"{r['load_s']:.1f} ({r['load_cpu_s']:.1f}) | {r['rss_after_load_gb']:.1f} / {r['rss_peak_gb']:.1f} "
              f"(weights {r['weights_gb']:.1f}) | {r['prompt_tokens']} ({r['image_tokens']}) | "
              f"{r['prefill_s']:.1f} ({r['prefill_cpu_s']:.1f}) | {r['per_token_s']:.2f} ({r['per_token_cpu_s']:.2f}) | "
              f"{r['total_s']:.1f} ({r['cpu_s']:.1f}) |")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
