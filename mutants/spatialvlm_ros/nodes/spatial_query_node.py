"""Spatial query node: serves ``~/query`` (QuerySpatial) about the latest camera frame.

Publishes every answer on ``~/estimate`` (SpatialEstimate) and RViz markers on
``~/markers`` (MarkerArray). The model runs in the service callback, in its own
callback group, so camera callbacks keep updating the latest frame meanwhile.
"""

from __future__ import annotations

from typing import Any

from visualization_msgs.msg import MarkerArray

from spatialvlm_ros.nodes.base import CameraLifecycleNode, spin_node
from spatialvlm_ros.nodes.bridge import from_rosbags, to_rosbags
from spatialvlm_ros.ros.frames import FrameAssembler
from spatialvlm_ros.ros.query_logic import QueryLogic


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
        self.pub_estimate = self.create_lifecycle_publisher(SpatialEstimate, "~/estimate", 10)
        self.pub_markers = self.create_lifecycle_publisher(MarkerArray, "~/markers", 10)
        self.srv = self.create_service(QuerySpatial, "~/query", self._on_query, callback_group=self.work_group)
        self._srv_type = QuerySpatial

    def _on_query(self, request: Any, response: Any) -> Any:
        from spatialvlm_ros.msg import SpatialEstimate

        if not self.active:
            response.success = False
            response.message = "node is not active (lifecycle); activate it to load the model"
            return response
        result = self.logic.answer(to_rosbags(request, "spatialvlm_ros/srv/QuerySpatial_Request"),
                                   now_ns=self.now_ns())
        self.pub_estimate.publish(from_rosbags(result.estimate, SpatialEstimate))
        if self._publish_markers:
            self.pub_markers.publish(from_rosbags(result.markers, MarkerArray))
        return from_rosbags(result.response, self._srv_type.Response)


def main(args: list[str] | None = None) -> int:
    return spin_node(SpatialQueryNode, args)


if __name__ == "__main__":
    raise SystemExit(main())
