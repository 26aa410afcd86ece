"""Spatial query node: serves ``~/query`` (QuerySpatial) about the latest camera frame.

Publishes every answer on ``~/estimate`` (SpatialEstimate) and RViz markers on
``~/markers`` (MarkerArray). The model runs in the service callback, in its own
callback group, so camera callbacks keep updating the latest frame meanwhile. One query runs at a
time; a request that waited :data:`BUSY_WAIT_S` for it, or that arrives while :data:`MAX_WAITING`
others wait, is refused with ``busy`` (so a burst of concurrent callers all get an answer or a
reason quickly).
"""

from __future__ import annotations

import threading
from typing import Any

from rclpy.callback_groups import ReentrantCallbackGroup
from visualization_msgs.msg import MarkerArray

from spatialvlm_ros.nodes.base import CameraLifecycleNode, spin_node
from spatialvlm_ros.nodes.bridge import from_rosbags, to_rosbags
from spatialvlm_ros.ros.frames import FrameAssembler
from spatialvlm_ros.ros.query_logic import QueryLogic

#: how long a query waits for the one running before it is refused ("busy"), seconds
BUSY_WAIT_S = 1.0
#: a query arriving while this many others wait is refused ("busy") at once
MAX_WAITING = 2


class SpatialQueryNode(CameraLifecycleNode):
    NODE = "spatial_query_node"

    def make_logic(self, p: dict[str, Any]) -> QueryLogic:
        assembler = FrameAssembler(world_frame=p["world_frame"], tf=self.tf, tf_timeout_s=p["tf_timeout_s"],
                                   throttle=self.throttle)
        return QueryLogic(self.estimator, assembler, marker_lifetime_s=p["marker_lifetime_s"],
                          throttle=self.throttle)

    def make_interfaces(self, p: dict[str, Any]) -> None:
        from spatialvlm_ros.msg import SpatialEstimate
        from spatialvlm_ros.srv import QuerySpatial

        self._publish_markers = bool(p["publish_markers"])
        self.pub_estimate = self.own_publisher(SpatialEstimate, "~/estimate", 10)
        self.pub_markers = self.own_publisher(MarkerArray, "~/markers", 10)
        # reentrant: while one query runs the model, further requests wait up to BUSY_WAIT_S for it and are
        # then refused with a reason, so a burst of callers all get an answer or a refusal quickly
        self._answer_lock = threading.Lock()
        self._waiting_lock = threading.Lock()
        self._waiting = 0
        self.srv = self.own_service(QuerySpatial, "~/query", self._on_query, group=ReentrantCallbackGroup())
        self._srv_type = QuerySpatial

    def _on_query(self, request: Any, response: Any) -> Any:
        from spatialvlm_ros.msg import SpatialEstimate

        if not self.active:
            response.success = False
            response.message = "node is not active (lifecycle); activate it to load the model"
            return response
        with self._waiting_lock:
            queued = self._waiting
            self._waiting += 1
        try:
            got = queued < MAX_WAITING and self._answer_lock.acquire(timeout=BUSY_WAIT_S)
        finally:
            with self._waiting_lock:
                self._waiting -= 1
        if not got:
            response.success = False
            response.message = (f"busy: {queued} other queries are waiting; retry" if queued >= MAX_WAITING else
                                f"busy: another query has been running for more than {BUSY_WAIT_S:g} s; retry")
            return response
        try:
            result = self.logic.answer(to_rosbags(request, "spatialvlm_ros/srv/QuerySpatial_Request"),
                                       now_ns=self.now_ns())
        finally:
            self._answer_lock.release()
        self.pub_estimate.publish(from_rosbags(result.estimate, SpatialEstimate))
        if self._publish_markers:
            self.pub_markers.publish(from_rosbags(result.markers, MarkerArray))
        return from_rosbags(result.response, self._srv_type.Response)


def main(args: list[str] | None = None) -> int:
    return spin_node(SpatialQueryNode, args)


if __name__ == "__main__":
    raise SystemExit(main())
