"""Goal pose node: ``~/get_goal`` (GetGoalPose) turns an instruction into a PoseStamped.

The goal is computed from the latest camera frame, transformed into the
planning frame with TF at the image stamp, checked against the workspace
limits (refused goals are never published), published on ``~/goal``
(PoseStamped) and, when ``execute`` is requested and ``allow_execution`` is
set, planned and executed with MoveIt through moveit_py in a separate process
(MoveItPy calls rclcpp::shutdown when destroyed, so it must not live here).
"""

from __future__ import annotations

from typing import Any

from geometry_msgs.msg import PoseStamped

from spatialvlm_ros.core.goal_types import GoalConfig, WorkspaceLimits
from spatialvlm_ros.nodes.base import CameraLifecycleNode, spin_node
from spatialvlm_ros.nodes.bridge import from_rosbags, to_rosbags
from spatialvlm_ros.ros.goal_logic import GoalLogic


class GoalPoseNode(CameraLifecycleNode):
    NODE = "goal_pose_node"

    def make_logic(self, p: dict[str, Any]) -> GoalLogic:
        config = GoalConfig.from_yaml(p["goal_config"] or None)
        limits = WorkspaceLimits(p["workspace_min"], p["workspace_max"], p["workspace_frame"])
        self.controller = None
        if p["allow_execution"]:
            from spatialvlm_ros.control.moveit import MoveItPyController, MoveItSettings

            settings = MoveItSettings(moveit_cpp_file=p["moveit_config"], planning_group=p["planning_group"],
                                      pose_link=p["pose_link"])
            same = p["workspace_frame"] == p["planning_frame"]
            self.controller = MoveItPyController(limits if same else None, settings)
        return GoalLogic(self.estimator, self.tf, planning_frame=p["planning_frame"], limits=limits, config=config,
                         ee_frame=p["ee_frame"], tf_timeout_s=p["tf_timeout_s"], throttle=self.throttle)

    def make_interfaces(self, p: dict[str, Any]) -> None:
        from spatialvlm_ros.srv import GetGoalPose

        self._srv_type = GetGoalPose
        self.pub_goal = self.create_lifecycle_publisher(PoseStamped, "~/goal", 10)
        self.srv = self.create_service(GetGoalPose, "~/get_goal", self._on_goal, callback_group=self.work_group)

    def _on_goal(self, request: Any, response: Any) -> Any:
        if not self.active:
            response.success = False
            response.message = "node is not active (lifecycle); activate it to load the model"
            return response
        result = self.logic.handle(to_rosbags(request, "spatialvlm_ros/srv/GetGoalPose_Request"))
        out = from_rosbags(result.response, self._srv_type.Response)
        if result.pose is None:
            return out
        self.pub_goal.publish(from_rosbags(result.pose, PoseStamped))
        if request.execute:
            if self.controller is None:
                out.message += "; not executed: allow_execution is false"
            else:
                done = self.controller.move_to(result.goal)
                out.executed = bool(done.success)
                if not done.success:
                    out.message += f"; execution failed: {done.reason}"
        return out

    def on_cleanup(self, state: Any) -> Any:
        if getattr(self, "controller", None) is not None:
            self.controller.close()
            self.controller = None
        return super().on_cleanup(state)


def main(args: list[str] | None = None) -> int:
    return spin_node(GoalPoseNode, args)


if __name__ == "__main__":
    raise SystemExit(main())
