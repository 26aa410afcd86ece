"""Reward node: publishes a dense reward for the current task at a fixed rate.

``~/reward`` (RewardSignal, stamped with the camera frame it came from) and
``~/estimate`` (the distance estimate behind it) at ``rate_hz``: computed as soon as
a new camera frame is converted once a reward is due (no wait for a timer tick), or by a
watchdog timer when no frame comes (:class:`~spatialvlm_ros.ros.reward_schedule.RewardSchedule`);
``~/set_task`` (SetRewardTask) changes the task or (``reset_only``) starts a
new episode. The task comes from the ``task`` preset of config/reward.yaml and
``task_objects``; ``object_sources`` names the objects taken from TF (e.g. the gripper
at its TCP frame, size from config/object_sources.yaml) instead of the camera.
"""

from __future__ import annotations

import threading
from typing import Any

from spatialvlm_ros.core.reward import RewardTask
from spatialvlm_ros.nodes.base import CameraLifecycleNode, spin_node
from spatialvlm_ros.nodes.bridge import from_rosbags, to_rosbags
from spatialvlm_ros.ros.frames import FrameAssembler
from spatialvlm_ros.ros.object_sources import with_object_sources
from spatialvlm_ros.ros.reward_logic import RewardLogic
from spatialvlm_ros.ros.reward_schedule import RewardSchedule


def task_from_params(p: dict[str, Any]) -> RewardTask:
    """The RewardTask of the node's parameters (preset + optional objects)."""
    overrides = {"objects": tuple(p["task_objects"])} if p["task_objects"] else {}
    return RewardTask.from_yaml(p["task"], p["reward_config"] or None, **overrides)


class RewardNode(CameraLifecycleNode):
    NODE = "reward_node"

    def make_logic(self, p: dict[str, Any]) -> RewardLogic:
        assembler = FrameAssembler(world_frame=p["world_frame"], tf=self.tf, tf_timeout_s=p["tf_timeout_s"],
                                   throttle=self.throttle)
        # objects named by the object_sources preset (e.g. the gripper) come from TF, the rest from the camera
        estimator = with_object_sources(self.estimator, p["object_sources"], self.tf, p["tf_timeout_s"])
        return RewardLogic(estimator, task_from_params(p), assembler, max_frame_age_s=p["max_frame_age_s"],
                           reward_config=p["reward_config"] or None, throttle=self.throttle)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # one step, task change or lifecycle transition at a time: the converting camera thread
        # computes rewards while the watchdog, ~/set_task and deactivate/cleanup run in others
        self._step_lock = threading.Lock()
        self.schedule = RewardSchedule.from_rate(10.0)

    def make_interfaces(self, p: dict[str, Any]) -> None:
        from spatialvlm_ros.msg import RewardSignal, SpatialEstimate
        from spatialvlm_ros.srv import SetRewardTask

        self._types = (RewardSignal, SpatialEstimate, SetRewardTask)
        self.pub_reward = self.own_publisher(RewardSignal, "~/reward", 10)
        self.pub_estimate = self.own_publisher(SpatialEstimate, "~/estimate", 10)
        self.srv = self.own_service(SetRewardTask, "~/set_task", self._on_set_task)
        rate = float(p["rate_hz"])
        if rate <= 0:
            from spatialvlm_ros.errors import ConfigError

            raise ConfigError(f"rate_hz must be > 0, got {rate}")
        self.schedule = RewardSchedule.from_rate(rate)
        self.timer = self.own_timer(0.5 / rate, self._on_tick)  # the watchdog looks twice a period

    def on_frame(self) -> None:
        """A new frame (converting thread): its reward now if one is due."""
        self._publish_step(self.now_ns(), by_frame=True)

    def _on_tick(self) -> None:
        """Watchdog: a reward that no frame delivered by half a period past its due time."""
        self._publish_step(self.now_ns(), by_frame=False)

    def _publish_step(self, now: int, by_frame: bool) -> None:
        with self._step_lock:
            logic = self.logic
            if not self.active or logic is None or not self.schedule.take(now, by_frame):
                return
            step = logic.tick(now)
            RewardSignal, SpatialEstimate, _ = self._types
            self.pub_reward.publish(from_rosbags(step.reward, RewardSignal))
            if step.estimate is not None:
                self.pub_estimate.publish(from_rosbags(step.estimate, SpatialEstimate))

    def _on_set_task(self, request: Any, response: Any) -> Any:
        with self._step_lock:
            out = self.logic.handle_set_task(to_rosbags(request, "spatialvlm_ros/srv/SetRewardTask_Request"))
        return from_rosbags(out, self._types[2].Response)

    def on_deactivate(self, state: Any) -> Any:
        with self._step_lock:  # a reward being computed finishes before the model is unloaded
            return super().on_deactivate(state)

    def on_cleanup(self, state: Any) -> Any:
        with self._step_lock:
            return super().on_cleanup(state)


def main(args: list[str] | None = None) -> int:
    return spin_node(RewardNode, args)


if __name__ == "__main__":
    raise SystemExit(main())
