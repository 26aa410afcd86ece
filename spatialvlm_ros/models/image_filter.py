"""Image filter of the data engine: CLIP / SigLIP zero-shot scores against "suitable" and
"unsuitable" prompts (the paper drops close-ups, screenshots, documents and single objects).

The score of an image is the softmax probability mass (over all prompts, from the
model's image-text logits) on the ``suitable`` prompts: 0..1, higher = more like a
multi-object scene at table-top to room scale. Images scoring below ``threshold``
are skipped (reason ``filtered``) and their score is recorded, so a user can tune
the threshold from the run's report.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from spatialvlm_ros.errors import ConfigError, ModelError, first_line
from spatialvlm_ros.models.common import HubModelConfig, resolve_device

log = logging.getLogger(__name__)

DEFAULT_SUITABLE = [
    "a photo of a room with several objects",
    "a photo of a table with several objects on it",
    "a photo of an indoor scene with furniture and objects",
]
DEFAULT_UNSUITABLE = [
    "a close-up photo of a single object",
    "a screenshot of a computer screen",
    "a scanned document with text",
    "a product photo on a plain background",
]


@dataclass
class FilterConfig(HubModelConfig):
    """The ``filter:`` mapping of ``config/data.yaml``.

    - ``model``: folder or hub id of a CLIP or SigLIP checkpoint (``openai/clip-vit-base-patch32``,
      ``google/siglip-base-patch16-224``); ``None`` switches the filter off.
    - ``suitable`` / ``unsuitable``: the zero-shot prompts; ``threshold``: minimum score (0..1).
    - ``device``, ``local_files_only``, ``revision``: see :class:`HubModelConfig`.
    """

    model: str | None = None
    suitable: list[str] = field(default_factory=lambda: list(DEFAULT_SUITABLE))
    unsuitable: list[str] = field(default_factory=lambda: list(DEFAULT_UNSUITABLE))
    threshold: float = 0.5

    SECTION = "filter"

    def __post_init__(self) -> None:
        super().__post_init__()
        if not self.suitable or not self.unsuitable:
            raise ConfigError("filter: suitable and unsuitable each need at least one prompt")
        if not 0.0 <= float(self.threshold) <= 1.0:
            raise ConfigError("filter: threshold must lie in [0, 1]")


class ImageFilter:
    """Zero-shot image scorer; the model loads on :meth:`load` or first use."""

    def __init__(self, config: FilterConfig | dict) -> None:
        self.config = config if isinstance(config, FilterConfig) else FilterConfig.from_dict(config)
        if not self.config.model:
            raise ConfigError("filter: no model configured")
        self.model: Any = None  # the transformers model, once loaded
        self.processor: Any = None

    def load(self) -> None:
        if self.model is not None:
            return
        from transformers import AutoModel, AutoProcessor

        c = self.config
        model = c.from_pretrained(AutoModel, str(c.model), "image filter", **c.model_kwargs())
        self.processor = c.from_pretrained(AutoProcessor, str(c.model), "image filter")
        self.model = model.to(resolve_device(c.device)).eval()

    def scores(self, images: list[np.ndarray]) -> list[float]:
        """The suitability score (0..1) of each HxWx3 uint8 image."""
        if not images:
            return []
        import torch

        from spatialvlm_ros.models.vlm import to_pil

        self.load()
        prompts = list(self.config.suitable) + list(self.config.unsuitable)
        try:
            inputs = self.processor(text=prompts, images=[to_pil(im) for im in images],
                                    return_tensors="pt", padding=True, truncation=True)
            inputs = {k: v.to(self.model.device) for k, v in inputs.items()}
            with torch.inference_mode():
                logits = self.model(**inputs).logits_per_image  # (n_images, n_prompts)
        except torch.cuda.OutOfMemoryError:
            torch.cuda.empty_cache()
            raise ModelError("out of GPU memory running the image filter") from None
        except (RuntimeError, ValueError, KeyError) as exc:
            raise ModelError(f"image filter failed: {first_line(exc)}") from None
        probs = torch.softmax(logits.float(), dim=-1)[:, : len(self.config.suitable)].sum(dim=-1)
        return [float(p) for p in probs.cpu()]
