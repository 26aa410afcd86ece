"""The work rows of the synthesis pipeline, shared by the Ray and the in-process engines.

A work row is a plain dict (Arrow-friendly):
``{"key", "shard", "order", "item", "status", "reason", "detail", "payload"}``:

- ``item``: the :class:`~spatialvlm_ros.data.sources.InputItem` as a dict;
- ``status``: ``"ok"`` or ``"skip"``; a skipped row keeps its ``reason`` (one of
  :data:`SKIP_REASONS`) and a one-line ``detail`` and passes through later stages;
- ``stage``: the stage that skipped the row (one of :data:`STAGES`, empty while ok);
- ``info``: a JSON object of per-row facts for the report (filter score, captions,
  objects left out as ambiguous);
- ``payload``: pickled :class:`Work` between stages, then pickled
  :class:`~spatialvlm_ros.data.dataset.SpatialSample` after
  :func:`~spatialvlm_ros.data.packing.synth_stage`.

Stages: :func:`~spatialvlm_ros.data.readers.load_stage` (CPU: read the input) ->
:class:`~spatialvlm_ros.data.vision_stages.FilterStage` (actor: CLIP/SigLIP image filter) ->
:class:`~spatialvlm_ros.data.vision_stages.CaptionStage` (actor: region captions) ->
:class:`~spatialvlm_ros.data.model_stage.ModelStage` (GPU actor on Ray: grounding masks
and monocular depth for inputs that lack them) -> :func:`~spatialvlm_ros.data.packing.synth_stage`
(CPU: scene graph, QA synthesis, chat record). No stage raises for one bad input: it
marks the row skipped with the reason. This module holds the row format and its helpers.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from spatialvlm_ros.core.frame import RGBDFrame
from spatialvlm_ros.data.sources import InputItem

#: Why an input gave no sample.
SKIP_REASONS = (
    "unreadable",        # file missing / not an image / corrupt bag message
    "filtered",          # the image filter scored it below the threshold (close-up, screenshot, ...)
    "no_captions",       # the captioner named no object
    "bad_input",         # readable but inconsistent (sizes, camera info, pose)
    "no_depth",          # no usable depth (none measured, no depth model, or no valid pixel)
    "no_masks",          # no instance masks and no grounding model
    "too_few_objects",   # fewer than min_objects usable objects
    "no_truth",          # answers_from: truth, but the input has no simulator truth
    "model_error",       # a model stage failed on this input
    "geometry_error",    # the scene graph could not be built
    "ambiguous",         # objects share captions and cannot be told apart: too few distinct objects left
    "no_qa",             # synthesis produced no question (all ambiguous / near-ties)
    "internal_error",    # an unexpected exception (logged with its traceback)
)


@dataclass
class Work:
    """What travels between stages for one input.

    ``depth_source``: ``"measured"`` (sensor / simulator depth), ``"monocular"``
    (predicted by the depth model); ``truth_scene``: the simulator-truth scene
    graph when the input has one and the config asks for it.
    """

    item: InputItem
    frame: RGBDFrame
    depth_source: str = "measured"
    names: list[str] = field(default_factory=list)
    truth_scene: Any = None
    regions: list = field(default_factory=list)
    intrinsics_source: str = "camera_info"


#: The stages in pipeline order (a skipped row records the stage that skipped it).
STAGES = ("load", "filter", "caption", "models", "synth")


def make_row(item: InputItem, shard: str, order: int) -> dict:
    return {
        "key": item.key,
        "shard": shard,
        "order": int(order),
        "item": item.to_dict(),
        "status": "ok",
        "reason": "",
        "detail": "",
        "stage": "",
        "info": "{}",
        "payload": b"",
    }


def skip_row(row: dict, reason: str, detail: str) -> dict:
    assert reason in SKIP_REASONS, reason
    detail = " ".join(str(detail).split())[:300]
    return {**row, "status": "skip", "reason": reason, "detail": detail, "payload": b""}


class SkipInput(Exception):
    """Raised inside a stage: skip this input with ``reason`` (one of :data:`SKIP_REASONS`)."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason, self.detail = reason, detail


def with_stage(before: dict, after: dict, stage: str) -> dict:
    """``after`` with ``stage`` recorded when this stage skipped a row that came in ok."""
    if before["status"] == "ok" and after["status"] != "ok" and not after.get("stage"):
        return {**after, "stage": stage}
    return after


def row_info(row: dict) -> dict:
    return json.loads(row.get("info") or "{}")


def add_info(row: dict, **facts: Any) -> dict:
    """``row`` with ``facts`` merged into its ``info`` JSON."""
    return {**row, "info": json.dumps({**row_info(row), **facts}, sort_keys=True)}


def item_seed(seed: int, key: str) -> np.random.Generator:
    """The per-input random generator: depends on the global seed and the key only."""
    h = int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:12], 16)
    return np.random.default_rng([int(seed), h])


def sample_id(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def plain_value(v: Any) -> Any:
    """A numpy scalar as the Python scalar (other values unchanged)."""
    if isinstance(v, np.generic):
        return v.item()
    return v
