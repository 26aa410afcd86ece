"""Processor variants needed where torchvision is absent.

The Qwen2-VL / Qwen2.5-VL processors bundle a *video* processor that imports
torchvision; ``AutoProcessor.from_pretrained`` therefore fails on machines
without it (Jetsons with a bare PyTorch wheel, this CI). The classes here
are the same processors restricted to images: same image processor, same
tokenizer, same chat template, same placeholder expansion - only the video
path is missing.
"""

from __future__ import annotations

from transformers.models.qwen2_5_vl.processing_qwen2_5_vl import Qwen2_5_VLProcessor
from transformers.models.qwen2_vl.processing_qwen2_vl import Qwen2VLProcessor
from transformers.processing_utils import ProcessorMixin


def _init_image_only(self, image_processor, tokenizer, chat_template) -> None:  # type: ignore[no-untyped-def]
    self.image_token = getattr(tokenizer, "image_token", None) or "<|image_pad|>"
    self.video_token = getattr(tokenizer, "video_token", None) or "<|video_pad|>"
    self.image_token_id = tokenizer.convert_tokens_to_ids(self.image_token)
    self.video_token_id = tokenizer.convert_tokens_to_ids(self.video_token)
    ProcessorMixin.__init__(self, image_processor, tokenizer, chat_template=chat_template)


class Qwen2_5_VLImageOnlyProcessor(Qwen2_5_VLProcessor):
    """:class:`Qwen2_5_VLProcessor` without the (torchvision-only) video processor."""

    def __init__(self, image_processor=None, tokenizer=None, chat_template=None, **kwargs):  # type: ignore[no-untyped-def]
        _init_image_only(self, image_processor, tokenizer, chat_template)


class Qwen2VLImageOnlyProcessor(Qwen2VLProcessor):
    """:class:`Qwen2VLProcessor` without the (torchvision-only) video processor."""

    def __init__(self, image_processor=None, tokenizer=None, chat_template=None, **kwargs):  # type: ignore[no-untyped-def]
        _init_image_only(self, image_processor, tokenizer, chat_template)


#: model_type -> image-only processor class used when AutoProcessor cannot load.
IMAGE_ONLY_PROCESSORS = {
    "qwen2_5_vl": Qwen2_5_VLImageOnlyProcessor,
    "qwen2_vl": Qwen2VLImageOnlyProcessor,
}
