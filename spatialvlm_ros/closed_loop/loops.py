"""The two ways an episode runs the perception side (``pipeline`` of the episode config).

- :class:`RosLogicLoop` (``ros_logic``): real ROS 2 messages into the reward and goal logic
  the nodes run;
- :class:`DirectLoop` (``direct``): the estimator, the reward shaper and the goal geometry
  called directly.

Both take one frame at a time (:meth:`observe`) and give the goal of an instruction
(:meth:`goal_for`).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from spatialvlm_ros.closed_loop.config import TCP_FRAME
from spatialvlm_ros.core.frame import RGBDFrame
from spatialvlm_ros.core.goal_geometry import compute_goal
from spatialvlm_ros.core.goal_types import GoalConfig, GoalPose
from spatialvlm_ros.core.instructions import parse_instruction
from spatialvlm_ros.core.reward import RewardShaper, RewardSignal, RewardTask
from spatialvlm_ros.errors import SpatialVLMError
from spatialvlm_ros.estimators.base import Estimator, scene_or_geometry


class RosLogicLoop:
    """Feeds camera + TF messages to the ROS nodes' reward and goal logic."""

    name = "ros_logic"

    def __init__(self, estimator: Estimator, task: RewardTask, goals: GoalConfig, depth_encoding: str,
                 object_sources: str = "camera") -> None:
        from spatialvlm_ros.ros.frames import FrameAssembler
        from spatialvlm_ros.ros.goal_logic import GoalLogic
        from spatialvlm_ros.ros.object_sources import with_object_sources
        from spatialvlm_ros.ros.reward_logic import RewardLogic
        from spatialvlm_ros.ros.tf_buffer import TransformBuffer

        self.tf = TransformBuffer(cache_s=600.0)
        estimator = with_object_sources(estimator, object_sources, self.tf)
        assembler = FrameAssembler(world_frame="world", tf=self.tf, require_pose=True)
        self.reward = RewardLogic(estimator, task, assembler=assembler)
        self.goal = GoalLogic(estimator, self.tf, planning_frame="world", limits=goals.limits, config=goals,
                              ee_frame=TCP_FRAME)
        self.depth_encoding = depth_encoding
        self._msgs: dict[str, Any] | None = None

    def observe(self, frame: Any, tcp: np.ndarray, camera_tf: Any, tcp_tf: Any) -> tuple[Any, Any, RewardSignal]:
        """(estimate msg or None, reward msg, reward signal) for one frame."""
        from spatialvlm_ros.ros import convert

        self.tf.add_transforms([camera_tf], static=True)
        self.tf.add_transforms([tcp_tf])
        msgs = convert.frame_to_messages(frame, depth_encoding=self.depth_encoding)
        self._msgs = msgs
        self.reward.on_camera(msgs["rgb"], msgs["depth"], msgs["camera_info"], msgs["masks"])
        self.goal.on_camera(msgs["rgb"], msgs["depth"], msgs["camera_info"], msgs["masks"])
        step = self.reward.tick(frame.stamp_ns)
        return step.estimate, step.reward, step.signal

    def goal_for(self, instruction: str, tcp: np.ndarray) -> GoalPose:
        from spatialvlm_ros.ros import convert

        Request = convert.msg_type("spatialvlm_ros/srv/GetGoalPose_Request")
        res = self.goal.handle(Request(instruction=instruction, planning_frame="world", execute=False))
        if res.goal is not None and res.response.success:
            return res.goal
        spec = parse_instruction(instruction, [])
        spec.valid, spec.reason = False, str(res.response.message)
        g = res.goal or GoalPose.invalid(spec, str(res.response.message), "world")
        g.valid, g.reason = False, str(res.response.message)
        return g


class DirectLoop:
    """The same steps without ROS messages: estimator + RewardShaper + core.goal_geometry.

    Goals come from the estimator's scene; an estimator without one (a VLM alone) gets
    the geometry pipeline's scene, as in the goal node."""

    name = "direct"

    def __init__(self, estimator: Estimator, task: RewardTask, goals: GoalConfig, depth_encoding: str,
                 object_sources: str = "camera") -> None:
        from spatialvlm_ros.ros.object_sources import with_object_sources
        from spatialvlm_ros.ros.tf_buffer import TransformBuffer

        self.tf = TransformBuffer(cache_s=600.0)  # the TCP pose, for objects taken from TF
        self.estimator = with_object_sources(estimator, object_sources, self.tf)
        self.task = task
        self.shaper = RewardShaper(task)
        self.goals = goals
        self.depth_encoding = depth_encoding
        self.latest: RGBDFrame | None = None
        self.steps = 0

    def observe(self, frame: Any, tcp: np.ndarray, camera_tf: Any, tcp_tf: Any) -> tuple[Any, Any, RewardSignal]:
        from spatialvlm_ros.ros import convert
        from spatialvlm_ros.ros.query_logic import estimate_detections

        self.tf.add_transforms([camera_tf], static=True)
        self.tf.add_transforms([tcp_tf])
        self.latest = frame
        est = self.estimator.estimate(frame, self.task.query())
        sig = self.shaper.step(est, frame.stamp_ns)
        boxes = estimate_detections(self.estimator, frame, est)
        est_msg = convert.estimate_to_msg(est, frame.stamp_ns, frame.frame_id, boxes)
        rew_msg = convert.reward_to_msg(sig, self.task.name, self.steps, frame.frame_id)
        self.steps += 1
        return est_msg, rew_msg, sig

    def goal_for(self, instruction: str, tcp: np.ndarray) -> GoalPose:
        if self.latest is None:
            return GoalPose.invalid(parse_instruction(instruction, []), "no camera frame yet", "world")
        try:
            scene = scene_or_geometry(self.estimator, self.latest)
        except SpatialVLMError as exc:
            spec = parse_instruction(instruction, [])
            return GoalPose.invalid(spec, f"no scene: {exc}", "world")
        spec = parse_instruction(instruction, scene.names())
        return compute_goal(spec, scene, self.goals, gripper_position=tcp)


def make_loop(pipeline: str, estimator: Estimator, task: RewardTask, goals: GoalConfig,
              depth_encoding: str, object_sources: str = "camera") -> RosLogicLoop | DirectLoop:
    """The loop of ``pipeline`` ("ros_logic" or "direct"); ``object_sources`` a preset of
    ``config/object_sources.yaml``."""
    loop_cls = RosLogicLoop if pipeline == "ros_logic" else DirectLoop
    return loop_cls(estimator, task, goals, depth_encoding, object_sources)
