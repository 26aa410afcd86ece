"""The geometry pipeline's model plug-ins and the one place that fills a frame in with them.

- :class:`DepthModel`: monocular metric depth, ``predict(rgb, intrinsics) -> HxW metres``;
- :class:`Grounder`: instance masks for object names, ``segment(frame, names) -> Segmentation``.

:func:`predict_depth` and :func:`ground_names` run them with the same checks wherever
they are used (the geometry estimator, the data engine's model stage): a depth map of the
wrong shape or a failing model is a :class:`~spatialvlm_ros.errors.ModelError` with one
line, never a traceback and never a silently misaligned depth image.
"""

from __future__ import annotations

import dataclasses
from typing import Protocol

import numpy as np

from spatialvlm_ros.core.camera import CameraIntrinsics
from spatialvlm_ros.core.frame import RGBDFrame, Segmentation
from spatialvlm_ros.errors import InputError, ModelError, SpatialVLMError


class Grounder(Protocol):
    def segment(self, frame: RGBDFrame, names: list[str]) -> Segmentation: ...


class DepthModel(Protocol):
    def predict(self, rgb: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray: ...


def predict_depth(model: DepthModel, frame: RGBDFrame) -> np.ndarray:
    """The model's metric depth (float32 metres) for ``frame``'s colour image, checked to
    have the image's height and width."""
    try:
        depth = np.asarray(model.predict(frame.rgb, frame.intrinsics), dtype=np.float32)
    except SpatialVLMError:
        raise
    except Exception as exc:  # noqa: BLE001 - a model failing on one frame is reported, not raised
        raise ModelError(f"depth model failed: {type(exc).__name__}: {exc}") from None
    expected = tuple(np.asarray(frame.rgb).shape[:2])
    if depth.shape != expected:
        raise ModelError(f"depth model returned shape {depth.shape}, expected {expected}")
    return depth


def with_predicted_depth(model: DepthModel, frame: RGBDFrame) -> RGBDFrame:
    """A copy of ``frame`` with the model's depth and ``metadata["depth_source"] = "monocular"``."""
    meta = {**frame.metadata, "depth_source": "monocular"}
    return dataclasses.replace(frame, depth=predict_depth(model, frame), metadata=meta)


def ground_names(grounder: Grounder, frame: RGBDFrame, names: list[str]) -> Segmentation:
    """The grounder's masks of ``names`` in ``frame`` (failures as one-line model errors)."""
    try:
        return grounder.segment(frame, names)
    except SpatialVLMError:
        raise
    except Exception as exc:  # noqa: BLE001 - reported as an invalid estimate / a skipped input
        raise ModelError(f"grounder failed: {type(exc).__name__}: {exc}") from None


def merge_segmentation(base: Segmentation | None, extra: Segmentation) -> Segmentation:
    """``base`` plus the instances of ``extra`` on pixels ``base`` leaves as background,
    renumbered after ``base``'s ids."""
    if base is None:
        return extra
    labels = base.labels.astype(np.uint16).copy()
    names = dict(base.names)
    next_id = max([0, *names.keys(), int(labels.max(initial=0))]) + 1
    for oid, name in sorted(extra.names.items()):
        pix = (extra.labels == oid) & (labels == 0)
        if not pix.any():
            continue
        if next_id > 65535:
            raise InputError("too many instances for 16-bit masks")
        labels[pix] = next_id
        names[next_id] = name
        next_id += 1
    return Segmentation(labels=labels, names=names)
