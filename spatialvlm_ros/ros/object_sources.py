"""Objects from TF, the rest from the camera: an estimator that composes both (transport-free).

:class:`SourcedEstimator` wraps the configured estimator. For every object that the
:class:`~spatialvlm_ros.core.object_sources.ObjectSources` mapping names (e.g. the gripper),
it looks up ``T_camera_frame`` of the object's TF frame at the image stamp in a
:class:`~spatialvlm_ros.ros.tf_buffer.TransformBuffer` and places the configured box there;
every other object comes from the wrapped estimator's metric scene (the camera). The
query is then measured on that scene (``core.quantities.measure``), so the reward node,
the goal node, the replay and the closed loop all take TF objects the same way: they wrap
their estimator with :func:`with_object_sources` and feed TF into the buffer.

Every estimate says where each of its objects came from in
``details["object_sources"]`` (``{name: label}``; labels of ``core.object_sources``:
``camera``, ``tf:<frame>``, ``camera_fallback``); the reward shaper copies that into the
reward.

A TF object whose frame is missing (unknown frame, no transform at the stamp) makes the
estimate invalid with the TF error as reason, or -- with ``on_missing: camera`` -- the
camera's estimate of that object is used and labelled ``camera_fallback``. An estimator
without a metric scene (a VLM alone) cannot be combined with TF objects: such queries
are invalid with the reason. Never raises per query.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from spatialvlm_ros.core.estimate import SpatialEstimate
from spatialvlm_ros.core.frame import RGBDFrame, normalize_name
from spatialvlm_ros.core.object_sources import (
    SOURCE_CAMERA,
    SOURCE_CAMERA_FALLBACK,
    ObjectSources,
    tf_object_box,
    tf_source_label,
    with_tf_objects,
)
from spatialvlm_ros.core.query import GRAVITY_KINDS, SpatialQuery
from spatialvlm_ros.core.scene import Box3D, SceneGraph
from spatialvlm_ros.errors import SpatialVLMError, first_line
from spatialvlm_ros.estimators.base import Estimator
from spatialvlm_ros.estimators.geometry import GRAVITY_CONFIDENCE  # the same rule as camera-only answers
from spatialvlm_ros.ros.tf_buffer import TransformBuffer, TransformError

log = logging.getLogger(__name__)


@dataclass
class Resolution:
    """Where the objects of one frame come from.

    ``poses``: name -> ``T_camera_frame`` (4x4, TF frame -> camera optical frame) of the TF
    objects found at the image stamp. ``labels``: the source label of every requested name
    (a TF object's intended ``tf:<frame>`` even when missing, unless it fell back to the
    camera). ``missing``: name -> one-line reason for the TF objects whose frame is missing.
    """

    poses: dict[str, np.ndarray] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    missing: dict[str, str] = field(default_factory=dict)


class SourcedEstimator(Estimator):
    """``inner`` with the objects of ``sources`` taken from ``tf`` (see the module docstring).

    ``tf_timeout_s``: how long a lookup at the image stamp may wait for TF, seconds.
    """

    def __init__(self, inner: Estimator, sources: ObjectSources, tf: TransformBuffer,
                 tf_timeout_s: float = 0.0) -> None:
        self.inner = inner
        self.sources = sources
        self.tf = tf
        self.tf_timeout_s = float(tf_timeout_s)

    @property
    def source(self) -> str:  # type: ignore[override]
        return self.inner.source

    def load(self) -> None:
        self.inner.load()

    def unload(self) -> None:
        self.inner.unload()

    # ------------------------------------------------------------------ sources

    def resolve(self, frame: RGBDFrame, names: Sequence[str]) -> Resolution:
        """Look up the TF objects among ``names`` at the frame's stamp (never raises)."""
        res = Resolution()
        for name in names:
            obj = self.sources.tf_object(name)
            if obj is None:
                res.labels[name] = SOURCE_CAMERA
                continue
            try:
                res.poses[name] = self.tf.lookup(frame.frame_id, obj.frame, frame.stamp_ns, self.tf_timeout_s)
                res.labels[name] = tf_source_label(obj.frame)
            except SpatialVLMError as exc:
                res.missing[name] = f"{name} frame {obj.frame!r} missing from TF: {exc}"
                res.labels[name] = SOURCE_CAMERA_FALLBACK if self.sources.on_missing == "camera" else tf_source_label(obj.frame)
        return res

    def _all_names(self, frame: RGBDFrame, names: Sequence[str] | None) -> list[str]:
        if names is not None:
            return list(names)
        seg = frame.segmentation
        camera = sorted(set(seg.names.values())) if seg is not None else []
        keys = {normalize_name(n) for n in camera}
        return camera + [o.name for o in self.sources.tf.values() if normalize_name(o.name) not in keys]

    def _composed(self, frame: RGBDFrame, camera_names: list[str] | None, res: Resolution) -> SceneGraph | None:
        """The camera scene of ``camera_names`` (None = all) with the TF boxes put in
        (None: the wrapped estimator has no metric scene)."""
        scene = self.inner.scene(frame, camera_names)
        if scene is None:
            return None
        T_scene_camera = np.asarray(scene.T_scene_camera, dtype=float)
        boxes: dict[str, Box3D] = {}
        for name, T_cam in res.poses.items():
            obj = self.sources.tf_object(name)
            assert obj is not None  # resolve() only poses TF objects
            boxes[name] = tf_object_box(obj, T_scene_camera @ T_cam)
        return with_tf_objects(scene, boxes)

    # ------------------------------------------------------------------ Estimator

    def scene(self, frame: RGBDFrame, names: Sequence[str] | None = None) -> SceneGraph | None:
        """The metric scene with the TF objects placed from TF and the rest from the camera.

        A TF object whose frame is missing raises :class:`TransformError` (or, with
        ``on_missing: camera``, is the camera's, if it sees it). Raises the
        :class:`SpatialVLMError` of a failed camera scene build."""
        wanted = self._all_names(frame, names)
        res = self.resolve(frame, wanted)
        if res.missing and self.sources.on_missing == "invalid":
            raise TransformError(next(iter(res.missing.values())))
        camera_names = None if names is None else [n for n in wanted if n not in res.poses]
        return self._composed(frame, camera_names, res)

    def estimate(self, frame: RGBDFrame, query: SpatialQuery) -> SpatialEstimate:
        """Answer ``query`` with the TF objects from TF (see the module docstring)."""
        t0 = time.perf_counter()
        res = self.resolve(frame, query.objects)
        if res.missing and self.sources.on_missing == "invalid":
            reason = next(iter(res.missing.values()))
            return SpatialEstimate.invalid(query, self.source, reason, latency_s=time.perf_counter() - t0,
                                           details={"object_sources": dict(res.labels)})
        if not res.poses:  # every object from the camera (none is from TF, or all fell back)
            est = self.inner.estimate(frame, query)
            est.details = {**est.details, "object_sources": dict(res.labels)}
            if res.missing:
                note = "; ".join(res.missing.values())
                est.details["warning"] = f"camera estimate used: {note}"
            return est
        try:
            scene = self._composed(frame, [n for n in query.objects if n not in res.poses], res)
            if scene is None:
                return SpatialEstimate.invalid(
                    query, self.source, f"the {self.source} estimator has no metric scene: objects from TF "
                    "need the geometry or hybrid backend", latency_s=time.perf_counter() - t0,
                    details={"object_sources": dict(res.labels)})
            return self._measure(scene, query, res, t0)
        except SpatialVLMError as exc:
            reason = first_line(exc)
        except Exception as exc:  # noqa: BLE001 - never raise per query (a node must keep running)
            log.exception("estimate with TF objects failed on %s", query.to_dict())
            reason = f"internal error: {type(exc).__name__}: {exc}"
        return SpatialEstimate.invalid(query, self.source, reason, latency_s=time.perf_counter() - t0,
                                       details={"object_sources": dict(res.labels)})

    def _measure(self, scene: SceneGraph, query: SpatialQuery, res: Resolution, t0: float) -> SpatialEstimate:
        from spatialvlm_ros.core.answer_phrasing import answer_text
        from spatialvlm_ros.core.quantities import measure

        m = measure(scene, query)
        text, unit = answer_text(query, m)
        conf = GRAVITY_CONFIDENCE.get(scene.gravity_source, 0.5)
        if query.kind not in GRAVITY_KINDS and scene.gravity_source == "assumed_level":
            conf = 0.7  # distances do not depend on knowing up
        details: dict[str, Any] = {
            "object_sources": dict(res.labels),
            "gravity_source": scene.gravity_source,
            "gravity_known": scene.gravity_known,
            "scene_frame": scene.frame_id,
            "margin_m": m.margin_m,
            "chosen": m.chosen,
        }
        if res.missing:
            details["warning"] = "camera estimate used: " + "; ".join(res.missing.values())
        return SpatialEstimate(
            query=query, valid=True, source="geometry", value_m=m.value_m, value_deg=m.value_deg, clock=m.clock,
            truth=m.truth, answer=text, unit=unit, confidence=float(conf), latency_s=time.perf_counter() - t0,
            details=details,
        )


def with_object_sources(estimator: Estimator, sources: ObjectSources | str | None, tf: TransformBuffer | None,
                        tf_timeout_s: float = 0.0) -> Estimator:
    """``estimator`` taking the objects of ``sources`` (an :class:`ObjectSources` or a preset name of
    ``config/object_sources.yaml``; None/'' = camera only) from ``tf``; unchanged when camera-only.

    Raises :class:`~spatialvlm_ros.errors.ConfigError` for an unknown preset, or TF objects without a TF buffer.
    """
    if sources is None or sources == "":
        return estimator
    if isinstance(sources, str):
        sources = ObjectSources.from_yaml(sources)
    if sources.camera_only:
        return estimator
    if tf is None:
        from spatialvlm_ros.errors import ConfigError

        raise ConfigError(f"object sources {sources.name!r} take objects from TF, but no TF buffer is given")
    return SourcedEstimator(estimator, sources, tf, tf_timeout_s)
