"""Monocular metric depth: an RGB image -> HxW depth in metres (Depth Anything V2 metric, ZoeDepth, DPT...).

:class:`MonoDepthModel` implements the ``depth_model.predict(rgb, intrinsics)``
protocol of :class:`spatialvlm_ros.estimators.geometry.GeometryEstimator`:
float32 metres along the optical axis (z), at the image's resolution, 0 where
the prediction is not usable (non-finite, <= 0, or beyond ``max_depth_m``).

Metric depth networks learn the focal length of their training cameras. With
``reference_fx_px`` set, depth is rescaled by ``fx / reference_fx_px`` (the
canonical-camera correction): a longer lens sees objects larger, so the
network's depth would otherwise come out too short. Leave it ``None`` to use
the network's output unchanged.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import numpy as np

from spatialvlm_ros.core.camera import CameraIntrinsics
from spatialvlm_ros.errors import ConfigError, InputError, ModelError, first_line
from spatialvlm_ros.models.common import HubModelConfig, resolve_device

log = logging.getLogger(__name__)


@dataclass
class DepthConfig(HubModelConfig):
    """The ``depth:`` mapping of a model config file.

    - ``model``: folder or hub id (``depth-anything/Depth-Anything-V2-Metric-Indoor-Small-hf``).
    - ``max_depth_m``: predictions beyond this are marked invalid (0).
    - ``reference_fx_px``: focal length (pixels, at the image's resolution) the network's
      metric scale corresponds to; ``None``: no rescaling.
    - ``device``, ``local_files_only``, ``revision``: see :class:`HubModelConfig`.
    """

    model: str
    max_depth_m: float = 20.0
    reference_fx_px: float | None = None

    SECTION = "depth"

    def __post_init__(self) -> None:
        super().__post_init__()
        if float(self.max_depth_m) <= 0:
            raise ConfigError("depth: max_depth_m must be positive")
        if self.reference_fx_px is not None and float(self.reference_fx_px) <= 0:
            raise ConfigError("depth: reference_fx_px must be positive")


class MonoDepthModel:
    """``AutoModelForDepthEstimation`` + its image processor; loads on :meth:`load` or first use."""

    def __init__(self, config: DepthConfig | dict) -> None:
        self.config = config if isinstance(config, DepthConfig) else DepthConfig.from_dict(config)
        self.model: Any = None  # the transformers model, once loaded
        self.processor: Any = None

    def load(self) -> None:
        if self.model is not None:
            return
        from transformers import AutoImageProcessor, AutoModelForDepthEstimation

        c = self.config
        device = resolve_device(c.device)
        model = c.from_pretrained(AutoModelForDepthEstimation, c.model, "depth model", **c.model_kwargs())
        self.processor = c.from_pretrained(AutoImageProcessor, c.model, "depth model")
        self.model = model.to(device).eval()

    def unload(self) -> None:
        self.model = self.processor = None

    def predict(self, rgb: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray:
        """HxW float32 depth in metres for ``rgb`` (HxWx3 uint8 matching ``intrinsics``); 0 = invalid."""
        import torch

        from spatialvlm_ros.models.vlm import to_pil

        image = to_pil(rgb)
        h, w = np.asarray(rgb).shape[:2]
        if (w, h) != (intrinsics.width, intrinsics.height):
            raise InputError(
                f"rgb image is {w}x{h} but camera info says {intrinsics.width}x{intrinsics.height}"
            )
        self.load()
        try:
            inputs = self.processor(images=image, return_tensors="pt")
            with torch.inference_mode():
                out = self.model(pixel_values=inputs["pixel_values"].to(self.model.device))
            pred = self.processor.post_process_depth_estimation(out, target_sizes=[(h, w)])[0][
                "predicted_depth"
            ]
        except torch.cuda.OutOfMemoryError:
            torch.cuda.empty_cache()
            raise ModelError("out of GPU memory running the depth model") from None
        except (RuntimeError, ValueError) as exc:
            raise ModelError(f"depth model failed: {first_line(exc)}") from None
        depth = pred.float().cpu().numpy().astype(np.float32)
        if depth.shape != (h, w):  # pragma: no cover - post-processing resizes to target_sizes
            raise ModelError(f"depth model returned {depth.shape}, expected {(h, w)}")
        if self.config.reference_fx_px:
            depth *= np.float32(intrinsics.fx / float(self.config.reference_fx_px))
        bad = ~np.isfinite(depth) | (depth <= 0) | (depth > self.config.max_depth_m)
        depth[bad] = 0.0
        return depth
