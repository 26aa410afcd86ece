"""The geometry estimator: answers spatial queries from depth + masks, no learned model.

``GeometryEstimator.estimate(frame, query)`` builds (or reuses) the frame's metric scene
graph with :func:`spatialvlm_ros.core.scene_builder.build_scene_graph`, measures the query
with :func:`spatialvlm_ros.core.quantities.measure` and phrases the answer with
:func:`spatialvlm_ros.core.answer_phrasing.answer_text`. It never raises per query: an unknown
or ambiguous object name, missing masks or depth, or an object without valid depth give
``SpatialEstimate.invalid(...)`` with the reason.

Optional hooks (duck-typed; the models package provides real ones):

- ``grounder.segment(frame, names) -> Segmentation`` - instance masks for ``names``, used
  when the frame has no segmentation or lacks a queried name;
- ``depth_model.predict(rgb, intrinsics) -> HxW metres`` - used when ``frame.depth`` is None.

The scene graphs of the last frame seen are cached (by identity of the frame object and
the set of queried names), so several queries about the same objects of one frame build
it once; an answer never depends on what was asked before (see :meth:`scene`).
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Sequence
from typing import Any

import numpy as np

from spatialvlm_ros.core.estimate import SpatialEstimate
from spatialvlm_ros.core.frame import RGBDFrame, normalize_name
from spatialvlm_ros.core.geometry_config import GeometryConfig
from spatialvlm_ros.core.plugins import (
    DepthModel,
    Grounder,
    ground_names,
    merge_segmentation,
    with_predicted_depth,
)
from spatialvlm_ros.core.query import GRAVITY_KINDS, PREDICATES, SpatialQuery
from spatialvlm_ros.core.scene import SceneGraph
from spatialvlm_ros.core.scene_builder import build_scene_graph
from spatialvlm_ros.errors import InputError, NoDepthError, SpatialVLMError, first_line
from spatialvlm_ros.estimators.base import Estimator

logger = logging.getLogger(__name__)

#: Confidence of an answer by where "up" came from (metric quantities, decisive predicates).
GRAVITY_CONFIDENCE = {"pose": 0.9, "support_plane": 0.8, "assumed_level": 0.5}
#: Extra factor when depth came from a monocular model rather than a sensor.
MONOCULAR_FACTOR = 0.6
#: Factor when a queried object's mask touches the image border (the object may be cut off,
#: so its box may be incomplete).
TRUNCATED_FACTOR = 0.7
#: Predicates whose margin is below this (metres) are near ties: confidence is scaled down.
TIE_MARGIN_M = 0.02
TIE_MARGIN_M3 = 2e-5


def touches_border(labels: np.ndarray, instance_id: int) -> bool:
    """True when the instance's mask reaches the image border (the object may be cut off)."""
    return bool(
        (labels[0] == instance_id).any() or (labels[-1] == instance_id).any()
        or (labels[:, 0] == instance_id).any() or (labels[:, -1] == instance_id).any()
    )


class GeometryEstimator(Estimator):
    """Metric answers from the frame's depth and masks (source ``"geometry"``)."""

    source = "geometry"

    def __init__(
        self,
        config: GeometryConfig | None = None,
        grounder: Grounder | None = None,
        depth_model: DepthModel | None = None,
    ) -> None:
        self.config = config or GeometryConfig.from_yaml()
        self.grounder = grounder
        self.depth_model = depth_model
        self._cache_frame: RGBDFrame | None = None
        self._cache_depth: RGBDFrame | None = None
        #: canonical name set (None = every object) -> (prepared frame, scene graph)
        self._cache_scenes: dict[frozenset[str] | None, tuple[RGBDFrame, SceneGraph]] = {}
        self._lock = threading.RLock()  # the cache is shared by concurrent callbacks

    # ------------------------------------------------------------------ frames and scenes
    def _with_depth(self, frame: RGBDFrame) -> RGBDFrame:
        """The frame with depth (from the depth model if it has none), once per frame."""
        if self._cache_depth is not None:
            return self._cache_depth
        prepared = frame
        if prepared.depth is None:
            if self.depth_model is None:
                raise NoDepthError("frame has no depth image and no depth model is configured")
            prepared = with_predicted_depth(self.depth_model, prepared)
        self._cache_depth = prepared
        return prepared

    def _prepare(self, frame: RGBDFrame, names: list[str] | None) -> RGBDFrame:
        """The frame with depth and masks covering ``names`` (missing ones from the grounder).

        Depends only on ``frame`` and ``names``: what earlier queries grounded is not reused.
        """
        prepared = self._with_depth(frame)
        seg = prepared.segmentation
        if names:
            missing = sorted({n for n in names if seg is None or not seg.ids_named(n)})
            if missing and self.grounder is not None:
                extra = ground_names(self.grounder, prepared, missing)
                prepared = dataclasses.replace(prepared, segmentation=merge_segmentation(seg, extra))
        if prepared.segmentation is None:
            if self.grounder is None:
                raise InputError("frame has no object masks and no grounder is configured")
            raise InputError("frame has no object masks: name the objects to ground")
        return prepared

    def scene(self, frame: RGBDFrame, names: Sequence[str] | None = None) -> SceneGraph:
        """The scene graph of ``frame`` for exactly the objects ``names`` (None: every object).

        Repeatable: the scene (and so every answer measured in it) depends only on
        ``frame`` and the *set* of names - never on what was asked before, in which
        order, or from which thread. Scenes of the last frame seen are cached per
        name set. Raises the :class:`SpatialVLMError` of a failed build.
        """
        with self._lock:
            return self._entry(frame, None if names is None else list(names))[1]

    def _entry(self, frame: RGBDFrame, names: list[str] | None) -> tuple[RGBDFrame, SceneGraph]:
        if self._cache_frame is not frame:
            self._cache_frame, self._cache_depth, self._cache_scenes = frame, None, {}
        key = None if names is None else frozenset(normalize_name(n) for n in names)
        hit = self._cache_scenes.get(key)
        if hit is not None:
            return hit
        prepared = self._prepare(frame, None if key is None else sorted(key))
        scene = build_scene_graph(prepared, self.config, names=None if key is None else sorted(key))
        self._cache_scenes[key] = (prepared, scene)
        return prepared, scene

    # ------------------------------------------------------------------ answers
    def _confidence(
        self, scene: SceneGraph, query: SpatialQuery, margin: float | None, prepared: RGBDFrame, truncated: bool
    ) -> float:
        conf = GRAVITY_CONFIDENCE.get(scene.gravity_source, 0.5)
        if query.kind not in GRAVITY_KINDS and scene.gravity_source == "assumed_level":
            conf = 0.7  # distances do not depend on knowing up
        if prepared.metadata.get("depth_source") == "monocular":
            conf *= MONOCULAR_FACTOR
        if truncated:
            conf *= TRUNCATED_FACTOR
        if query.kind in PREDICATES and margin is not None:
            scale = TIE_MARGIN_M3 if query.kind in ("bigger", "smaller") else TIE_MARGIN_M
            conf *= float(np.clip(0.5 + 0.5 * abs(margin) / scale, 0.5, 1.0))
        return float(conf)

    def _answer(self, frame: RGBDFrame, query: SpatialQuery, names: list[str], t0: float) -> SpatialEstimate:
        from spatialvlm_ros.core.answer_phrasing import answer_text
        from spatialvlm_ros.core.quantities import measure

        with self._lock:
            prepared, scene = self._entry(frame, names)
        m = measure(scene, query)
        text, unit = answer_text(query, m)
        details: dict[str, Any] = {
            "gravity_source": scene.gravity_source,
            "gravity_known": scene.gravity_known,
            "scene_frame": scene.frame_id,
            "depth_source": prepared.metadata.get("depth_source", "sensor"),
            "margin_m": m.margin_m,
            "chosen": m.chosen,
            **({"extents_m": list(m.extents_m)} if m.extents_m is not None else {}),
            "objects": {
                n: {
                    "n_points": o.n_points,
                    "on_support": o.on_support,
                    "truncated": touches_border(prepared.segmentation.labels, o.id),
                }
                for n in query.objects
                for o in [scene.find(n)]
            },
        }
        truncated = any(v["truncated"] for v in details["objects"].values())
        if query.kind in GRAVITY_KINDS and not scene.gravity_known:
            details["warning"] = "up is assumed (camera level): no pose and no support plane found"
        return SpatialEstimate(
            query=query,
            valid=True,
            source=self.source,
            value_m=m.value_m,
            value_deg=m.value_deg,
            clock=m.clock,
            truth=m.truth,
            answer=text,
            unit=unit,
            confidence=self._confidence(scene, query, m.margin_m, prepared, truncated),
            latency_s=time.perf_counter() - t0,
            details=details,
        )

    def estimate(self, frame: RGBDFrame, query: SpatialQuery) -> SpatialEstimate:
        """Answer ``query`` about ``frame``; invalid (with the reason) instead of raising."""
        t0 = time.perf_counter()
        try:
            return self._answer(frame, query, list(query.objects), t0)
        except SpatialVLMError as exc:
            reason = first_line(exc)
        except Exception as exc:  # never raise per query (a node must keep running)
            logger.exception("geometry estimator failed on %s", query.to_dict())
            reason = f"internal error: {type(exc).__name__}: {exc}"
        return SpatialEstimate.invalid(query, self.source, reason, latency_s=time.perf_counter() - t0)

    def estimate_many(self, frame: RGBDFrame, queries: list[SpatialQuery]) -> list[SpatialEstimate]:
        """Answer several queries: each exactly as :meth:`estimate` would (queries on the same
        objects share one cached scene)."""
        return [self.estimate(frame, q) for q in queries]
