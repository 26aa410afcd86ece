"""Spatial query logic: QuerySpatial request + latest frame -> SpatialEstimate msg + MarkerArray.

Transport-free (no rclpy): the spatial query node feeds it synchronised camera
messages (:meth:`QueryLogic.on_camera`) and service requests
(:meth:`QueryLogic.answer`). Nothing raises to the caller: bad input becomes
an invalid estimate whose ``reason`` says what is wrong.
"""

from __future__ import annotations

import json
import logging
import math
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from spatialvlm_ros.core.estimate import SpatialEstimate
from spatialvlm_ros.core.frame import RGBDFrame
from spatialvlm_ros.core.query import PREDICATES, SpatialQuery
from spatialvlm_ros.core.scene import SceneObject
from spatialvlm_ros.errors import SpatialVLMError
from spatialvlm_ros.estimators.base import Estimator
from spatialvlm_ros.ros import convert
from spatialvlm_ros.ros.frames import FrameAssembler
from spatialvlm_ros.ros.latest_frame import FrameFed, LatestFrame
from spatialvlm_ros.ros.markers import estimate_markers, invalid_markers
from spatialvlm_ros.ros.throttle import ThrottledLog

log = logging.getLogger(__name__)

SRV_RESPONSE = "spatialvlm_ros/srv/QuerySpatial_Response"
SRV_REQUEST = "spatialvlm_ros/srv/QuerySpatial_Request"


@dataclass
class QueryResult:
    """What one query produces: the service response, the estimate to publish, the markers."""

    response: Any
    estimate: Any
    markers: Any
    core: SpatialEstimate | None


def scene_objects(estimator: Estimator, frame: RGBDFrame, names: Sequence[str]
                  ) -> tuple[list[SceneObject], np.ndarray | None]:
    """The scene objects called ``names`` and ``T_camera_scene``, from the estimator's scene.

    Estimators without a metric scene (a pure VLM) give ``([], None)``; so does a failed
    build; unknown names are skipped (the estimate already says why).
    """
    try:
        scene = estimator.scene(frame, list(names))
    except SpatialVLMError:
        return [], None
    if scene is None:
        return [], None
    objs = []
    for n in names:
        try:
            objs.append(scene.find(n))
        except SpatialVLMError:
            continue
    return objs, np.linalg.inv(np.asarray(scene.T_scene_camera, dtype=float))


def estimate_detections(estimator: Estimator, frame: RGBDFrame, est: SpatialEstimate) -> list[Any]:
    """The boxes of ``est``'s objects as ``vision_msgs/Detection3D`` (camera frame, stamped with
    ``frame``) from the estimator's scene, so that a recorded estimate shows where the measured
    objects were (``spatialvlm render``); ``[]`` for an invalid estimate or without a scene."""
    if not est.valid:
        return []
    objs, t_cam_scene = scene_objects(estimator, frame, est.query.objects)
    if t_cam_scene is None:
        return []
    return [convert.detection_msg(o.name, o.box, t_cam_scene, frame.stamp_ns, frame.frame_id) for o in objs]


class QueryLogic(FrameFed):
    """Answers QuerySpatial requests about the latest valid frame.

    ``templates``: a language ``TemplateBank`` (``match(question, object_names)``)
    to understand free-text questions; loaded lazily from the package config
    when None. ``max_frame_age_s``: a frame older than this (relative to the
    ``now_ns`` passed to :meth:`answer`) is refused as stale.
    """

    def __init__(self, estimator: Estimator, assembler: FrameAssembler | None = None, templates: Any = None,
                 marker_lifetime_s: float = 2.0, max_frame_age_s: float | None = None,
                 throttle: ThrottledLog | None = None, frames: LatestFrame | None = None) -> None:
        self.estimator = estimator
        self.throttle = throttle or ThrottledLog(log)
        self.frames = frames or LatestFrame(assembler or FrameAssembler(throttle=self.throttle))
        self._templates = templates
        self.marker_lifetime_s = marker_lifetime_s
        self.max_frame_age_ns = None if max_frame_age_s is None else int(max_frame_age_s * 1e9)

    # ------------------------------------------------------------------ camera

    # ------------------------------------------------------------------ queries

    @property
    def templates(self) -> Any:
        if self._templates is None:
            from spatialvlm_ros.core.templates import TemplateBank

            self._templates = TemplateBank.load()
        return self._templates

    def parse_request(self, request: Any, frame: RGBDFrame | None) -> SpatialQuery:
        """The structured query of a QuerySpatial request (QueryError when not understood)."""
        from spatialvlm_ros.errors import QueryError

        question = str(request.question or "").strip()
        kind = str(request.quantity or "").strip()
        if kind:
            form = str(request.form or "").strip() or ("yesno" if kind in PREDICATES else "value")
            return SpatialQuery(kind=kind, objects=tuple(str(o) for o in request.objects), form=form,
                                question=question)
        if not question:
            raise QueryError("empty request: give a question or a quantity with objects")
        names = list(request.objects) or self.object_names(frame)
        query = self.templates.match(question, names)
        if not query.question:
            query = SpatialQuery(query.kind, query.objects, query.form, question)
        return query

    @staticmethod
    def object_names(frame: RGBDFrame | None) -> list[str]:
        if frame is None or frame.segmentation is None:
            return []
        return sorted(set(frame.segmentation.names.values()))

    def answer(self, request: Any, now_ns: int | None = None) -> QueryResult:
        """Answer one request about the latest frame. Never raises."""
        frame = self.latest
        composite = self._composite(request, frame)
        if composite is not None:
            return composite
        try:
            query = self.parse_request(request, frame)
        except SpatialVLMError as exc:
            return self._failure(str(exc), frame, request)
        except Exception as exc:  # noqa: BLE001 - the node must survive any request
            return self._failure(f"bad request: {type(exc).__name__}: {exc}", frame, request)
        if frame is None:
            est = SpatialEstimate.invalid(query, self.estimator.source, self.frames.missing_reason())
            return self._result(est, None, [], None)
        if now_ns is not None and self.max_frame_age_ns is not None and now_ns - frame.stamp_ns > self.max_frame_age_ns:
            age = (now_ns - frame.stamp_ns) / 1e9
            est = SpatialEstimate.invalid(query, self.estimator.source, f"stale frame: the latest is {age:.2f} s old")
            return self._result(est, frame, [], None)
        est = self.estimate(frame, query)
        objs, t_cam_scene = scene_objects(self.estimator, frame, query.objects) if est.valid else ([], None)
        return self._result(est, frame, objs, t_cam_scene)

    def _composite(self, request: Any, frame: RGBDFrame | None) -> QueryResult | None:
        """The result of a composite question (a chain of queries, its trace in ``trace_json``),
        or None when the request is not one (a structured query or a single-step question)."""
        from spatialvlm_ros.core.composite_text import CompositeBank, NotCompositeError
        from spatialvlm_ros.core.reasoning import answer_composite

        question = str(request.question or "").strip()
        if str(request.quantity or "").strip() or not question:
            return None
        names = [str(o) for o in request.objects] or self.object_names(frame)
        if getattr(self, "_composite_bank", None) is None:
            self._composite_bank = CompositeBank.load()
        try:
            cq = self._composite_bank.match(question, names)
        except NotCompositeError:
            return None
        except SpatialVLMError as exc:
            return self._failure(str(exc), frame, request)
        if frame is None:
            return self._failure(self.frames.missing_reason(), frame, request)
        try:
            ans = answer_composite(cq, self.estimator, frame, names)
        except Exception as exc:  # noqa: BLE001 - the node must survive any request
            return self._failure(f"composite question failed: {type(exc).__name__}: {exc}", frame, request)
        stamp, fid = frame.stamp_ns, frame.frame_id
        value = ans.result.value
        truth = convert.TRUTH_UNKNOWN if not isinstance(value, bool) else (
            convert.TRUTH_TRUE if value else convert.TRUTH_FALSE)
        value_m = float(value) if ans.result.unit == "m" and isinstance(value, float) else math.nan
        est_msg = convert.msg_type("spatialvlm_ros/msg/SpatialEstimate")(
            header=convert.header(stamp, fid), question=question, quantity=cq.kind, form="composite",
            objects=list(cq.objects), detections=[], value_m=value_m, value_deg=math.nan, clock=0, truth=truth,
            answer=ans.answer, unit=cq.unit or ("m" if ans.result.unit == "m" else ""), confidence=0.0,
            source=self.estimator.source, raw_text="", latency_s=float(ans.result.latency_s),
            valid=bool(ans.valid), reason=ans.reason,
        )
        if ans.valid:
            markers = convert.msg_type("visualization_msgs/msg/MarkerArray")(markers=[])
        else:
            self.throttle.warning(f"composite question not answered: {ans.reason}", key=f"composite:{ans.reason[:40]}")
            markers = invalid_markers(ans.reason, stamp, fid, self.marker_lifetime_s)
        response = convert.msg_type(SRV_RESPONSE)(
            success=bool(ans.valid), message=ans.reason, estimate=est_msg, asked_objects=[], resolved_by=[],
            requested_unit=cq.unit, trace_json=json.dumps(ans.to_dict()),
        )
        return QueryResult(response, est_msg, markers, None)

    def estimate(self, frame: RGBDFrame, query: SpatialQuery) -> SpatialEstimate:
        """``estimator.estimate`` guarded so that nothing escapes; logs invalid results (throttled)."""
        t0 = time.perf_counter()
        try:
            est = self.estimator.estimate(frame, query)
        except Exception as exc:  # noqa: BLE001 - estimators should not raise; never let one kill a node
            est = SpatialEstimate.invalid(query, self.estimator.source, f"estimator failed: {type(exc).__name__}: {exc}")
        if not est.latency_s:
            est.latency_s = time.perf_counter() - t0
        if not est.valid:
            self.throttle.warning(f"invalid estimate for {query.kind}{list(query.objects)}: {est.reason}",
                                  key=f"invalid:{est.reason[:40]}")
        return est

    def _failure(self, reason: str, frame: RGBDFrame | None, request: Any) -> QueryResult:
        self.throttle.warning(f"query not understood: {reason}", key=f"query:{reason[:40]}")
        msg = convert.msg_type("spatialvlm_ros/msg/SpatialEstimate")
        stamp = frame.stamp_ns if frame is not None else 0
        fid = frame.frame_id if frame is not None else ""
        est_msg = msg(
            header=convert.header(stamp, fid), question=str(request.question or ""),
            quantity=str(request.quantity or ""), form=str(request.form or ""), objects=list(request.objects),
            detections=[], value_m=math.nan, value_deg=math.nan, clock=0, truth=convert.TRUTH_UNKNOWN,
            answer="", unit="", confidence=0.0, source=self.estimator.source, raw_text="", latency_s=0.0,
            valid=False, reason=reason,
        )
        markers = invalid_markers(reason, stamp, fid, self.marker_lifetime_s)
        response = convert.msg_type(SRV_RESPONSE)(success=False, message=reason, estimate=est_msg,
                                                  asked_objects=[], resolved_by=[], requested_unit="",
                                                  trace_json="")
        return QueryResult(response, est_msg, markers, None)

    def _result(self, est: SpatialEstimate, frame: RGBDFrame | None, objs: list[SceneObject],
                t_cam_scene: np.ndarray | None) -> QueryResult:
        stamp = frame.stamp_ns if frame is not None else 0
        fid = frame.frame_id if frame is not None else ""
        dets = []
        if t_cam_scene is not None:
            dets = [convert.detection_msg(o.name, o.box, t_cam_scene, stamp, fid) for o in objs]
        est_msg = convert.estimate_to_msg(est, stamp, fid, dets)
        markers = estimate_markers(est, objs, t_cam_scene, stamp, fid, self.marker_lifetime_s)
        q = est.query
        response = convert.msg_type(SRV_RESPONSE)(
            success=bool(est.valid), message="" if est.valid else est.reason, estimate=est_msg,
            asked_objects=list(q.asked), resolved_by=list(q.rules), requested_unit=q.unit, trace_json="",
        )
        return QueryResult(response, est_msg, markers, est)
