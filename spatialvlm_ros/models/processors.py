"""Processor helpers: variants needed where torchvision is absent, and image-size caps.

The Qwen2-VL / Qwen2.5-VL processors bundle a *video* processor that imports
torchvision; ``AutoProcessor.from_pretrained`` therefore fails on machines
without it (Jetsons with a bare PyTorch wheel, this CI). The classes here
are the same processors restricted to images: same image processor, same
tokenizer, same chat template, same placeholder expansion - only the video
path is missing.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from transformers.models.qwen2_5_vl.processing_qwen2_5_vl import Qwen2_5_VLProcessor
from transformers.models.qwen2_vl.processing_qwen2_vl import Qwen2VLProcessor
from transformers.processing_utils import ProcessorMixin

from spatialvlm_ros.errors import ConfigError


def _init_image_only(self, image_processor, tokenizer, chat_template) -> None:
    self.image_token = getattr(tokenizer, "image_token", None) or "<|image_pad|>"
    self.video_token = getattr(tokenizer, "video_token", None) or "<|video_pad|>"
    self.image_token_id = tokenizer.convert_tokens_to_ids(self.image_token)
    self.video_token_id = tokenizer.convert_tokens_to_ids(self.video_token)
    ProcessorMixin.__init__(self, image_processor, tokenizer, chat_template=chat_template)


class Qwen2_5_VLImageOnlyProcessor(Qwen2_5_VLProcessor):
    """:class:`Qwen2_5_VLProcessor` without the (torchvision-only) video processor."""

    def __init__(self, image_processor=None, tokenizer=None, chat_template=None, **kwargs):
        _init_image_only(self, image_processor, tokenizer, chat_template)


class Qwen2VLImageOnlyProcessor(Qwen2VLProcessor):
    """:class:`Qwen2VLProcessor` without the (torchvision-only) video processor."""

    def __init__(self, image_processor=None, tokenizer=None, chat_template=None, **kwargs):
        _init_image_only(self, image_processor, tokenizer, chat_template)


#: model_type -> image-only processor class used when AutoProcessor cannot load.
IMAGE_ONLY_PROCESSORS = {
    "qwen2_5_vl": Qwen2_5_VLImageOnlyProcessor,
    "qwen2_vl": Qwen2VLImageOnlyProcessor,
}


# ---------------------------------------------------------------------------- image-size caps

#: Families whose processor resizes each image to a pixel budget (dynamic number of image tokens).
PIXEL_BUDGET_MODEL_TYPES = ("qwen2_vl", "qwen2_5_vl")
#: Families whose processor resizes every image to one fixed size (fixed number of image tokens).
FIXED_SIZE_MODEL_TYPES = ("llava",)
#: ``processor_kwargs`` keys that set image-size caps (handled here, never passed to from_pretrained).
CAP_KEYS = ("min_pixels", "max_pixels", "size")


@dataclass(frozen=True)
class ImageCaps:
    """Bounds on the resized image, in pixels (``None``: keep the checkpoint's value).

    Qwen-VL resizes an image (aspect ratio kept, sides multiples of 28) so that
    ``min_pixels <= height * width <= max_pixels``; every 28x28 block is one image
    token, so ``max_pixels / 784`` bounds the image tokens.
    """

    min_pixels: int | None = None
    max_pixels: int | None = None

    @property
    def empty(self) -> bool:
        return self.min_pixels is None and self.max_pixels is None


def split_image_caps(processor_kwargs: dict) -> tuple[dict, ImageCaps]:
    """``(other from_pretrained kwargs, caps)`` from a config's ``processor_kwargs`` (a copy).

    Caps: ``min_pixels`` / ``max_pixels`` (integers, pixels), or the older spelling
    ``size: {shortest_edge: MIN_PIXELS, longest_edge: MAX_PIXELS}`` (the same numbers).
    The argument is not modified. :class:`ConfigError` for a malformed cap.
    """
    rest = copy.deepcopy(dict(processor_kwargs or {}))
    values: dict[str, int | None] = {"min_pixels": rest.pop("min_pixels", None),
                                     "max_pixels": rest.pop("max_pixels", None)}
    size = rest.pop("size", None)
    if size is not None:
        if not isinstance(size, dict) or not set(size) <= {"shortest_edge", "longest_edge"}:
            raise ConfigError(
                f"vlm config: processor_kwargs.size {size!r} is not {{shortest_edge: MIN_PIXELS, "
                "longest_edge: MAX_PIXELS}} (write min_pixels / max_pixels instead)"
            )
        for key, name in (("shortest_edge", "min_pixels"), ("longest_edge", "max_pixels")):
            if key in size and values[name] is None:
                values[name] = size[key]
    for name, value in values.items():
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ConfigError(f"vlm config: processor_kwargs.{name} must be a positive number of pixels, got {value!r}")
    if values["min_pixels"] and values["max_pixels"] and values["min_pixels"] > values["max_pixels"]:
        raise ConfigError(
            f"vlm config: processor_kwargs min_pixels {values['min_pixels']} is above max_pixels {values['max_pixels']}"
        )
    return rest, ImageCaps(values["min_pixels"], values["max_pixels"])


def check_caps_apply(model_type: str, caps: ImageCaps) -> None:
    """:class:`ConfigError` when ``caps`` are set for a family that resizes to a fixed size."""
    if caps.empty or model_type in PIXEL_BUDGET_MODEL_TYPES:
        return
    if model_type in FIXED_SIZE_MODEL_TYPES:
        raise ConfigError(
            f"vlm config: processor_kwargs min_pixels/max_pixels do not apply to {model_type} checkpoints "
            "(they resize every image to the fixed size of their vision tower); remove them"
        )
    raise ConfigError(
        f"vlm config: processor_kwargs min_pixels/max_pixels are only known for "
        f"{', '.join(PIXEL_BUDGET_MODEL_TYPES)} checkpoints, not {model_type!r}"
    )


def apply_image_caps(processor: Any, model_type: str, caps: ImageCaps) -> None:
    """Set ``caps`` on the loaded processor, over whatever its files said (flat or nested layout)."""
    check_caps_apply(model_type, caps)
    if caps.empty:
        return
    from transformers.image_utils import SizeDict

    ip = processor.image_processor
    size = getattr(ip, "size", None)
    lo = caps.min_pixels or _size_value(size, "shortest_edge") or 56 * 56
    hi = caps.max_pixels or _size_value(size, "longest_edge") or 28 * 28 * 1280
    if lo > hi:
        raise ConfigError(f"vlm config: min_pixels {lo} is above the checkpoint's max_pixels {hi}")
    ip.size = SizeDict(shortest_edge=int(lo), longest_edge=int(hi))
    for attr in ("min_pixels", "max_pixels"):  # older processors read these attributes, not size
        if getattr(ip, attr, None) is not None:
            setattr(ip, attr, int(lo if attr == "min_pixels" else hi))


def _size_value(size: Any, key: str) -> int | None:
    if size is None:
        return None
    value = size.get(key) if isinstance(size, dict) else getattr(size, key, None)
    return int(value) if value else None


def image_size_summary(processor: Any, model_type: str) -> str:
    """How this processor sizes images, in words ("<= 256 image tokens (max_pixels 200704)")."""
    ip = getattr(processor, "image_processor", None)
    if ip is None:
        return "unknown image size"
    if model_type in PIXEL_BUDGET_MODEL_TYPES:
        size = getattr(ip, "size", None)
        lo, hi = _size_value(size, "shortest_edge"), _size_value(size, "longest_edge")
        factor = int(getattr(ip, "patch_size", 14)) * int(getattr(ip, "merge_size", 2))
        if hi:
            return f"<= {hi // (factor * factor)} image tokens (min_pixels {lo}, max_pixels {hi})"
        return "image tokens unbounded"
    crop = getattr(ip, "crop_size", None)
    h, w = _size_value(crop, "height"), _size_value(crop, "width")
    return f"fixed {w}x{h} image" if h and w else "fixed-size image"


def image_token_id(processor: Any, model_config: Any) -> int | None:
    """The id of the image placeholder token (``None`` when neither processor nor config names one)."""
    tid = getattr(processor, "image_token_id", None)
    if tid is None:
        tid = getattr(model_config, "image_token_id", None)
    if tid is None:
        tid = getattr(model_config, "image_token_index", None)
    return int(tid) if tid is not None else None
