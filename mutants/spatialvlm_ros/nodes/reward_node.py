"""Reward node: publishes a dense reward for the current task at a fixed rate.

``~/reward`` (RewardSignal, stamped with the camera frame it came from) and
``~/estimate`` (the distance estimate behind it) every ``1/rate_hz`` seconds;
``~/set_task`` (SetRewardTask) changes the task or (``reset_only``) starts a
new episode. The task comes from the ``task`` preset of config/reward.yaml and
``task_objects``.
"""

from __future__ import annotations

from typing import Any

from spatialvlm_ros.core.reward import RewardTask
from spatialvlm_ros.nodes.base import CameraLifecycleNode, spin_node
from spatialvlm_ros.nodes.bridge import from_rosbags, to_rosbags
from spatialvlm_ros.ros.frames import FrameAssembler
from spatialvlm_ros.ros.reward_logic import RewardLogic


def task_from_params(p: dict[str, Any]) -> RewardTask:
    """The RewardTask of the node's parameters (preset + optional objects)."""
    overrides = {"objects": tuple(p["task_objects"])} if p["task_objects"] else {}
    return RewardTask.from_yaml(p["task"], p["reward_config"] or None, **overrides)


class RewardNode(CameraLifecycleNode):
    NODE = "reward_node"

    def make_logic(self, p: dict[str, Any]) -> RewardLogic:
        assembler = FrameAssembler(world_frame=p["world_frame"], tf=self.tf, tf_timeout_s=p["tf_timeout_s"],
                                   throttle=self.throttle)
        return RewardLogic(self.estimator, task_from_params(p), assembler, max_frame_age_s=p["max_frame_age_s"],
                           reward_config=p["reward_config"] or None, throttle=self.throttle)

    def make_interfaces(self, p: dict[str, Any]) -> None:
        from spatialvlm_ros.msg import RewardSignal, SpatialEstimate
        from spatialvlm_ros.srv import SetRewardTask

        self._types = (RewardSignal, SpatialEstimate, SetRewardTask)
        self.pub_reward = self.create_lifecycle_publisher(RewardSignal, "~/reward", 10)
        self.pub_estimate = self.create_lifecycle_publisher(SpatialEstimate, "~/estimate", 10)
        self.srv = self.create_service(SetRewardTask, "~/set_task", self._on_set_task, callback_group=self.work_group)
        rate = float(p["rate_hz"])
        if rate <= 0:
            from spatialvlm_ros.errors import ConfigError

            raise ConfigError(f"rate_hz must be > 0, got {rate}")
        self.timer = self.create_timer(1.0 / rate, self._on_tick, callback_group=self.work_group)

    def _on_tick(self) -> None:
        if not self.active:
            return
        step = self.logic.tick(self.now_ns())
        RewardSignal, SpatialEstimate, _ = self._types
        self.pub_reward.publish(from_rosbags(step.reward, RewardSignal))
        if step.estimate is not None:
            self.pub_estimate.publish(from_rosbags(step.estimate, SpatialEstimate))

    def _on_set_task(self, request: Any, response: Any) -> Any:
        out = self.logic.handle_set_task(to_rosbags(request, "spatialvlm_ros/srv/SetRewardTask_Request"))
        return from_rosbags(out, self._types[2].Response)


def main(args: list[str] | None = None) -> int:
    return spin_node(RewardNode, args)


if __name__ == "__main__":
    raise SystemExit(main())
