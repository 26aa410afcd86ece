"""What an annotated image shows: overlays built from a scene graph or from recorded estimates.

- :func:`scene_overlay`: every object's gravity-aligned box (name and size), named objects the
  scene could not measure outlined in red with the reason, and for an estimate its measured
  segment labelled with the value and unit (or its reason when invalid).
- :func:`estimates_overlay`: the same from ``spatialvlm_ros/SpatialEstimate`` messages read from
  a bag (boxes from their ``detections``, camera optical frame): nothing is re-estimated.

Sizes are printed in centimetres below 1 m, else metres; ``size`` is (box x, box y, height).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from spatialvlm_ros.core.frame import RGBDFrame, normalize_name
from spatialvlm_ros.core.query import PREDICATES
from spatialvlm_ros.core.scene import Box3D, SceneGraph, Viewer
from spatialvlm_ros.viz.draw import (
    INVALID_COLOR,
    PALETTE,
    SEGMENT_COLOR,
    TEXT_COLOR,
    BoxMark,
    Note,
    Overlay,
    SegmentMark,
)
from spatialvlm_ros.viz.geometry import boxes_from_detections, measured_segment


def format_length(value_m: float) -> str:
    """'27.3 cm' below 1 m, '1.42 m' from 1 m on."""
    return f"{value_m * 100:.1f} cm" if abs(value_m) < 1.0 else f"{value_m:.2f} m"


def format_size(size: np.ndarray) -> str:
    """'6.9 x 6.8 x 7.1 cm' (box x, box y, height)."""
    s = np.asarray(size, dtype=float)
    if float(s.max()) < 1.0:
        return " x ".join(f"{v * 100:.1f}" for v in s) + " cm"
    return " x ".join(f"{v:.2f}" for v in s) + " m"


def answer_label(est: Any) -> str:
    """The answer of an estimate (core SpatialEstimate or its message) as a short label."""
    kind = getattr(est, "quantity", None) or est.query.kind
    value = getattr(est, "value_m", None)
    if value is not None and math.isfinite(float(value)):
        return f"{kind.replace('_', ' ')} {format_length(float(value))}"
    if kind == "direction" and getattr(est, "clock", None):
        return f"direction: {int(est.clock)} o'clock"
    if est.answer:
        return f"{kind.replace('_', ' ')}: {est.answer}"
    return kind.replace("_", " ")


def _objects_of(est: Any) -> tuple[str, ...]:
    return tuple(getattr(est, "objects", None) or est.query.objects)


def _kind_of(est: Any) -> str:
    return getattr(est, "quantity", None) or est.query.kind


def _answer_marks(estimates: list[Any], boxes: dict[str, Box3D], viewer: Viewer | None) -> tuple[list[SegmentMark], list[Note]]:
    """Segments of valid quantitative answers; notes for the others (predicates, invalid ones)."""
    segs: list[SegmentMark] = []
    notes: list[Note] = []
    index = {normalize_name(k): v for k, v in boxes.items()}
    for est in estimates:
        objs = _objects_of(est)
        question = getattr(est, "question", None)
        question = question if question is not None else est.query.question
        head = f"{question} " if question else f"{_kind_of(est)}({', '.join(objs)}): "
        if not est.valid:
            notes.append(Note(f"{head}-> invalid: {est.reason or 'no reason given'}", INVALID_COLOR))
            continue
        kind = _kind_of(est)
        seg = None
        found = [index.get(normalize_name(n)) for n in objs]
        if found and all(b is not None for b in found):
            seg = measured_segment(kind, found, viewer)
        label = answer_label(est)
        if seg is not None and float(np.linalg.norm(seg.b - seg.a)) > 1e-6:
            segs.append(SegmentMark(seg, label, SEGMENT_COLOR))
        if kind in PREDICATES or seg is None or question:
            notes.append(Note(f"{head}-> {est.answer or label}", SEGMENT_COLOR if seg is None else TEXT_COLOR))
    return segs, notes


def _box_marks(boxes: dict[str, Box3D], order: list[str]) -> list[BoxMark]:
    return [BoxMark(name, boxes[name], f"{name} {format_size(boxes[name].size)}", PALETTE[i % len(PALETTE)])
            for i, name in enumerate(order)]


def scene_overlay(scene: SceneGraph | None, frame: RGBDFrame, estimates: Sequence[Any] = (),
                  expected: list[str] | None = None, reason: str = "not measured: too little valid depth") -> Overlay:
    """Overlay of a scene graph built from ``frame`` (and answers about it).

    ``expected``: the object names the scene was asked to hold (None: every named object of
    ``frame.segmentation``); those left out of ``scene`` are outlined in red (their mask's
    bounding box) with ``reason``. ``scene`` None (e.g. a VLM answer): only the answers' texts.
    """
    ov = Overlay()
    boxes: dict[str, Box3D] = {}
    viewer = None
    if scene is not None:
        ov.T_camera_scene = np.linalg.inv(np.asarray(scene.T_scene_camera, dtype=float))
        counts: dict[str, int] = {}
        for o in scene.objects:
            counts[o.name] = counts.get(o.name, 0) + 1
        for o in scene.objects:
            boxes[o.name if counts[o.name] == 1 else f"{o.name} #{o.id}"] = o.box
        viewer = scene.viewer
        ov.boxes = _box_marks(boxes, list(boxes))
    ov.segments, ov.notes = _answer_marks(list(estimates), boxes, viewer)
    seg = frame.segmentation
    if scene is None and seg is not None and expected:  # no scene (failed or a VLM): outline the asked objects
        wanted = {normalize_name(n) for n in expected}
        bad = any(not getattr(e, "valid", True) for e in estimates)
        for oid, name in sorted(seg.names.items()):
            ys, xs = np.nonzero(seg.labels == oid)
            if normalize_name(name) in wanted and len(xs):
                rect = (float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max()))
                ov.notes.append(Note(name, INVALID_COLOR if bad else TEXT_COLOR, xy=(float(xs.mean()), rect[3]),
                                     rect=rect))
    if scene is not None and seg is not None:
        present = {o.id for o in scene.objects}
        wanted = None if expected is None else {normalize_name(n) for n in expected}
        for oid, name in sorted(seg.names.items()):
            if oid in present or (wanted is not None and normalize_name(name) not in wanted):
                continue
            ys, xs = np.nonzero(seg.labels == oid)
            if len(xs) == 0:
                continue
            rect = (float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max()))
            ov.notes.append(Note(f"{name}: {reason}", INVALID_COLOR, xy=(float(xs.mean()), rect[3]), rect=rect))
    return ov


def estimates_overlay(estimate_msgs: list[Any]) -> Overlay:
    """Overlay of recorded ``SpatialEstimate`` messages of one camera frame.

    Boxes come from the messages' ``detections`` (deduplicated by name, first seen wins);
    without detections only the answers' texts are drawn.
    """
    dets: dict[str, Any] = {}
    for m in estimate_msgs:
        for d in m.detections:
            dets.setdefault(str(d.id), d)
    ov = Overlay()
    boxes: dict[str, Box3D] = {}
    viewer = None
    rebuilt = boxes_from_detections(list(dets.values()))
    if rebuilt is not None:
        boxes, ov.T_camera_scene = rebuilt
        viewer = Viewer.from_camera_pose(np.linalg.inv(ov.T_camera_scene))
        ov.boxes = _box_marks(boxes, list(boxes))
    ov.segments, ov.notes = _answer_marks(list(estimate_msgs), boxes, viewer)
    return ov


def draw_scene(frame: RGBDFrame, scene: SceneGraph | None, path: str, estimates: Sequence[Any] = (),
               expected: list[str] | None = None) -> Any:
    """Write ``frame``'s colour image with :func:`scene_overlay` drawn on it as PNG; returns the path.

    A frame without named objects is an :class:`InputError` (there is nothing to draw).
    """
    from spatialvlm_ros.errors import InputError
    from spatialvlm_ros.viz.draw import draw_overlay
    from spatialvlm_ros.viz.output import check_output, save_png

    check_output(path, (".png",), "image")
    if frame.segmentation is None or not frame.segmentation.names:
        raise InputError("frame has no objects to draw (no named instance masks)")
    image = draw_overlay(frame.rgb, frame.intrinsics, scene_overlay(scene, frame, estimates, expected))
    return save_png(image, path)
