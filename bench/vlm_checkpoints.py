"""Random-weight VLM checkpoints with the real architectures, for the VLM benches.

Latency and memory depend on shapes, not on weight values: a folder with the
real ``config.json`` shapes, random bf16 safetensors weights and processor
files in the public layout (:mod:`spatialvlm_ros.testing.hub_layouts`) costs
what the real checkpoint costs (same image-token count, same prompt length
within a few tokens of the local tokenizer). Nothing is downloaded; the
answers are meaningless.

- ``qwen2_5_vl_3b``: Qwen2.5-VL-3B-Instruct (3.75 B parameters; SpaceQwen2.5-VL-3B and
  SpaceThinker-Qwen2.5VL-3B are fine-tunes of it).
- ``llava_1_5_small``: LLaVA-1.5 (CLIP ViT-L/14 at 336 px, 2-layer MLP projector) with a
  TinyLlama-1.1B-shaped language model instead of Vicuna-13B, so that it fits next to others
  in RAM (SpaceLLaVA's 13B language model does not: 26 GB in bf16).

Built once into a cache folder (default ``~/.cache/spatialvlm_bench``, outside the repository)
and reused; a ``.complete`` marker tells a finished build from an interrupted one.
"""

from __future__ import annotations

import os
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

#: llava-hf/llava-1.5-7b-hf's vision side (CLIP ViT-L/14-336) and projector settings.
CLIP_VIT_L_14_336 = {
    "hidden_size": 1024,
    "intermediate_size": 4096,
    "num_hidden_layers": 24,
    "num_attention_heads": 16,
    "image_size": 336,
    "patch_size": 14,
    "projection_dim": 768,
    "hidden_act": "quick_gelu",
}
#: TinyLlama-1.1B's config.json shapes (the small language model of the LLaVA bench model).
TINYLLAMA_1_1B = {
    "hidden_size": 2048,
    "intermediate_size": 5632,
    "num_hidden_layers": 22,
    "num_attention_heads": 32,
    "num_key_value_heads": 4,
    "max_position_embeddings": 2048,
    "rms_norm_eps": 1e-05,
    "vocab_size": 32000,
}

#: The public Qwen2-VL / Qwen2.5-VL preprocessor_config.json image bounds.
QWEN_PUBLIC_PIXELS = (3136, 12845056)
KINDS = ("qwen2_5_vl_3b", "llava_1_5_small")


def default_cache() -> Path:
    """``$SPATIALVLM_BENCH_CACHE`` or ``~/.cache/spatialvlm_bench``."""
    return Path(os.environ.get("SPATIALVLM_BENCH_CACHE") or Path.home() / ".cache" / "spatialvlm_bench")


def is_built(folder: Path) -> bool:
    return (folder / ".complete").is_file()


def _random_model(model_cls, config, device: str):  # type: ignore[no-untyped-def]
    """``model_cls(config)`` initialised directly in bfloat16 on ``device`` (no fp32 copy first)."""
    import torch

    torch.manual_seed(0)
    previous = torch.get_default_dtype()
    torch.set_default_dtype(torch.bfloat16)
    try:
        with torch.device(device):
            model = model_cls(config)
    finally:
        torch.set_default_dtype(previous)
    return model.eval()


def build_qwen2_5_vl_3b(out: Path, device: str = "cpu", overrides: dict | None = None) -> Path:
    """Write the Qwen2.5-VL-3B-shaped checkpoint (public Qwen2.5-VL file layout) to ``out``.

    ``overrides`` replaces config values (only to check this function quickly with a small model).
    """
    from transformers.models.qwen2_5_vl import Qwen2_5_VLConfig, Qwen2_5_VLForConditionalGeneration
    from transformers.models.qwen2_vl.image_processing_pil_qwen2_vl import Qwen2VLImageProcessorPil

    from spatialvlm_ros.models.processors import Qwen2_5_VLImageOnlyProcessor
    from spatialvlm_ros.testing.hub_layouts import to_public_layout
    from spatialvlm_ros.testing.tiny_models import QWEN_CHAT_TEMPLATE, QWEN_SPECIAL, build_tokenizer

    t0 = time.perf_counter()
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
    model = _random_model(Qwen2_5_VLForConditionalGeneration, Qwen2_5_VLConfig(**cfg), device)
    n_params = sum(p.numel() for p in model.parameters())
    model.generation_config.pad_token_id = ids["<|endoftext|>"]
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out)
    del model
    lo, hi = QWEN_PUBLIC_PIXELS
    processor = Qwen2_5_VLImageOnlyProcessor(
        image_processor=Qwen2VLImageProcessorPil(
            min_pixels=lo, max_pixels=hi, patch_size=14, merge_size=2, temporal_patch_size=2
        ),
        tokenizer=tokenizer,
        chat_template=QWEN_CHAT_TEMPLATE,
    )
    processor.save_pretrained(out)
    to_public_layout(out, "qwen2_5_vl", min_pixels=lo, max_pixels=hi)
    (out / ".complete").write_text(f"{n_params}\n")
    print(f"built a random Qwen2.5-VL-3B-shaped model ({n_params / 1e9:.3f} B parameters, bf16) in "
          f"{time.perf_counter() - t0:.0f} s at {out}", flush=True)
    return out


def build_llava_1_5_small(out: Path, device: str = "cpu") -> Path:
    """Write the LLaVA-1.5 (CLIP ViT-L/14-336 + TinyLlama-1.1B-shaped LM) checkpoint to ``out``
    in the llava-hf layout (CLIPImageProcessor, 336x336, 576 image tokens)."""
    from transformers import (
        CLIPVisionConfig,
        LlamaConfig,
        LlavaConfig,
        LlavaForConditionalGeneration,
        LlavaProcessor,
    )
    from transformers.models.llava.image_processing_pil_llava import LlavaImageProcessorPil

    from spatialvlm_ros.testing.hub_layouts import to_public_layout
    from spatialvlm_ros.testing.tiny_models import LLAVA_CHAT_TEMPLATE, LLAVA_SPECIAL, build_tokenizer

    t0 = time.perf_counter()
    tokenizer = build_tokenizer("llava")
    ids = {t: tokenizer.convert_tokens_to_ids(t) for t in LLAVA_SPECIAL}
    config = LlavaConfig(
        vision_config=CLIPVisionConfig(**CLIP_VIT_L_14_336),
        text_config=LlamaConfig(
            **TINYLLAMA_1_1B, bos_token_id=ids["<s>"], eos_token_id=ids["</s>"], pad_token_id=ids["<pad>"]
        ),
        image_token_index=ids["<image>"],
        image_seq_length=576,
        vision_feature_layer=-2,
        vision_feature_select_strategy="default",
        projector_hidden_act="gelu",
    )
    model = _random_model(LlavaForConditionalGeneration, config, device)
    n_params = sum(p.numel() for p in model.parameters())
    model.generation_config.pad_token_id = ids["<pad>"]
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out)
    del model
    processor = LlavaProcessor(
        image_processor=LlavaImageProcessorPil(size={"shortest_edge": 336}, crop_size={"height": 336, "width": 336}),
        tokenizer=tokenizer,
        patch_size=14,
        vision_feature_select_strategy="default",
        num_additional_image_tokens=1,
        chat_template=LLAVA_CHAT_TEMPLATE,
    )
    processor.save_pretrained(out)
    to_public_layout(out, "llava")
    (out / ".complete").write_text(f"{n_params}\n")
    print(f"built a random LLaVA-1.5 (CLIP ViT-L/14-336 + 1.1B LM) model ({n_params / 1e9:.3f} B parameters, "
          f"bf16) in {time.perf_counter() - t0:.0f} s at {out}", flush=True)
    return out


def ensure_built(kind: str, cache: Path, device: str = "cpu") -> Path:
    """The cached folder of ``kind`` (one of :data:`KINDS`), built first if missing or incomplete."""
    folder = cache / f"{kind}_random"
    if is_built(folder):
        return folder
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
    if kind == "qwen2_5_vl_3b":
        return build_qwen2_5_vl_3b(folder, device)
    if kind == "llava_1_5_small":
        return build_llava_1_5_small(folder, device)
    raise SystemExit(f"unknown model kind {kind!r} (expected one of {', '.join(KINDS)})")
