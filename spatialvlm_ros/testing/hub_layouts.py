"""Rewrite a saved VLM folder into the file layout of the public hub checkpoints.

``save_pretrained`` of transformers 5 writes one nested ``processor_config.json``
and a ``chat_template.jinja``. The checkpoints robots actually download were
saved by older versions and look different, and the processor honours their
files differently (the reason image-size caps once went unapplied). This
module rewrites a folder - a tiny test model or a random real-size model - so
that its processor and tokenizer files are laid out like:

- ``"qwen2_5_vl"``: Qwen/Qwen2.5-VL-*-Instruct (and the SpaceQwen / SpaceThinker
  fine-tunes): flat ``preprocessor_config.json`` with ``min_pixels`` /
  ``max_pixels`` and ``image_processor_type: Qwen2VLImageProcessor``,
  ``processor_class: Qwen2_5_VLProcessor``; ``chat_template.json``; no
  ``processor_config.json``; no image-token entries in ``tokenizer_config.json``.
- ``"qwen2_vl"``: Qwen/Qwen2-VL-*-Instruct: the same with ``Qwen2VLProcessor``.
- ``"llava"``: llava-hf/llava-1.5-*-hf: ``preprocessor_config.json`` naming
  ``CLIPImageProcessor`` (``size.shortest_edge`` + ``crop_size``), a
  ``processor_config.json`` with ``patch_size``, ``num_additional_image_tokens``
  and ``vision_feature_select_strategy``, and ``chat_template.json``.

``chat_template=False`` drops every chat template (the first llava-hf revisions
shipped none).
"""

from __future__ import annotations

import json
from pathlib import Path

from spatialvlm_ros.errors import ModelError

LAYOUTS = ("qwen2_5_vl", "qwen2_vl", "llava")
_QWEN_PROCESSOR = {"qwen2_5_vl": "Qwen2_5_VLProcessor", "qwen2_vl": "Qwen2VLProcessor"}
_QWEN_IMAGE_KEYS = (
    "patch_size", "temporal_patch_size", "merge_size", "image_mean", "image_std",
)
_LLAVA_IMAGE_KEYS = (
    "crop_size", "do_center_crop", "do_convert_rgb", "do_normalize", "do_rescale", "do_resize",
    "image_mean", "image_std", "resample", "rescale_factor", "size",
)


def _read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _write(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def to_public_layout(
    folder: str | Path,
    layout: str,
    chat_template: bool = True,
    min_pixels: int | None = None,
    max_pixels: int | None = None,
) -> Path:
    """Rewrite ``folder`` (saved by ``save_pretrained``) in place into ``layout``; returns it.

    The image processor settings are kept (same resize bounds, patch sizes,
    normalisation); only where and how they are written changes. ``min_pixels`` /
    ``max_pixels`` (Qwen layouts) replace the saved bounds, e.g. with the public
    checkpoints' 3136 / 12845056.
    """
    if layout not in LAYOUTS:
        raise ModelError(f"unknown checkpoint layout {layout!r} (expected one of {', '.join(LAYOUTS)})")
    out = Path(folder)
    proc_file = out / "processor_config.json"
    if not proc_file.is_file():
        raise ModelError(f"{out} has no processor_config.json to rewrite (not saved by transformers 5?)")
    proc = _read(proc_file)
    image = dict(proc.pop("image_processor", {}))
    template_file = out / "chat_template.jinja"
    template = template_file.read_text(encoding="utf-8") if template_file.is_file() else None
    template_file.unlink(missing_ok=True)
    tok_file = out / "tokenizer_config.json"
    tok = _read(tok_file)
    tok.pop("chat_template", None)
    if layout in _QWEN_PROCESSOR:
        size = image.get("size") or {}
        flat = {k: image[k] for k in _QWEN_IMAGE_KEYS if k in image}
        flat.update(
            min_pixels=int(min_pixels or size.get("shortest_edge", image.get("min_pixels", 56 * 56))),
            max_pixels=int(max_pixels or size.get("longest_edge", image.get("max_pixels", 28 * 28 * 1280))),
            image_processor_type="Qwen2VLImageProcessor",
            processor_class=_QWEN_PROCESSOR[layout],
        )
        _write(out / "preprocessor_config.json", flat)
        proc_file.unlink()
        for key in ("image_token", "video_token"):
            tok.pop(key, None)
        tok["processor_class"] = _QWEN_PROCESSOR[layout]
    else:
        pre = {k: image[k] for k in _LLAVA_IMAGE_KEYS if k in image}
        pre.update(image_processor_type="CLIPImageProcessor", processor_class="LlavaProcessor")
        _write(out / "preprocessor_config.json", pre)
        _write(proc_file, {k: v for k, v in proc.items() if k != "chat_template"})
        tok["processor_class"] = "LlavaProcessor"
    _write(tok_file, tok)
    if chat_template and template:
        _write(out / "chat_template.json", {"chat_template": template})
    return out
