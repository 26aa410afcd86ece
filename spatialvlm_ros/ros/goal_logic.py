"""Goal-pose logic: instruction + latest frame + TF -> PoseStamped in the planning frame (transport-free).

Steps (``GetGoalPose`` service):

1. look up ``T_planning_camera`` at the image stamp in the :class:`TransformBuffer`
   (waiting up to ``tf_timeout_s``); missing TF -> refused, listing the known frames;
2. build the metric scene in the planning frame (the frame gets that pose, so
   the scene is gravity-aligned by the robot's TF): the estimator's
   :meth:`~spatialvlm_ros.estimators.base.Estimator.scene` (a hybrid's is its
   geometry side's, with its geometry config and grounder); for an estimator
   without a scene (a VLM alone) the geometry pipeline with ``geometry_config``;
3. ``core.instructions.parse_instruction`` + ``core.goal_geometry.compute_goal`` (the current gripper
   position from TF ``ee_frame`` when configured);
4. check the goal against the workspace limits (in ``workspace_frame``, via TF)
   -- a goal outside them is refused and never published or executed.

Never raises: every failure is ``success=False`` with a one-line message.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy.spatial.transform import Rotation

from spatialvlm_ros.core.geometry_config import GeometryConfig
from spatialvlm_ros.core.goal_geometry import compute_goal
from spatialvlm_ros.core.goal_types import GoalConfig, GoalPose, WorkspaceLimits
from spatialvlm_ros.core.instructions import parse_instruction
from spatialvlm_ros.errors import SpatialVLMError
from spatialvlm_ros.estimators.base import Estimator, scene_or_geometry
from spatialvlm_ros.ros import convert
from spatialvlm_ros.ros.frames import FrameAssembler
from spatialvlm_ros.ros.latest_frame import FrameFed, LatestFrame
from spatialvlm_ros.ros.tf_buffer import TransformBuffer
from spatialvlm_ros.ros.throttle import ThrottledLog

log = logging.getLogger(__name__)

SRV_RESPONSE = "spatialvlm_ros/srv/GetGoalPose_Response"
#: limits that never bind: compute_goal's own check is replaced by the TF-aware one below
_UNBOUNDED = 1e6


@dataclass
class GoalResult:
    """The service response, the core goal (in the planning frame when valid), the PoseStamped (or None)."""

    response: Any
    goal: GoalPose | None
    pose: Any | None


class GoalLogic(FrameFed):
    """Computes goal poses for instructions about the latest frame.

    ``planning_frame``: the default frame of the returned pose.
    ``limits``: workspace limits (their ``frame_id`` is a TF frame).
    ``ee_frame``: TF frame of the gripper tool centre point ('' = use the
    "gripper" object of the scene, if segmented).
    """

    def __init__(self, estimator: Estimator, tf: TransformBuffer, planning_frame: str = "world",
                 limits: WorkspaceLimits | None = None, config: GoalConfig | None = None, ee_frame: str = "",
                 tf_timeout_s: float = 0.1, throttle: ThrottledLog | None = None,
                 geometry_config: GeometryConfig | None = None, frames: LatestFrame | None = None) -> None:
        self.estimator = estimator
        self.tf = tf
        self.planning_frame = planning_frame
        self.config = config or GoalConfig.from_yaml()
        self.limits = limits or self.config.limits
        self.ee_frame = ee_frame
        self.tf_timeout_s = tf_timeout_s
        self.throttle = throttle or ThrottledLog(log)
        # the camera pose is added per request (from TF at the image stamp)
        self.frames = frames or LatestFrame(FrameAssembler(throttle=self.throttle))
        self.geometry_config = geometry_config

    def handle(self, request: Any) -> GoalResult:
        """GetGoalPose service. Never raises."""
        try:
            return self._handle(request)
        except SpatialVLMError as exc:
            return self._fail(str(exc))
        except Exception as exc:  # noqa: BLE001 - the node must survive any request
            return self._fail(f"goal computation failed: {type(exc).__name__}: {exc}")

    def _handle(self, request: Any) -> GoalResult:
        text = str(request.instruction or "").strip()
        if not text:
            return self._fail("empty instruction")
        frame = self.latest
        if frame is None:
            return self._fail(self.frames.missing_reason())
        planning = str(request.planning_frame or "") or self.planning_frame
        # 1. camera pose in the planning frame at the image stamp
        t_plan_cam = self.tf.lookup(planning, frame.frame_id, frame.stamp_ns, self.tf_timeout_s)
        posed = dataclasses.replace(frame, T_world_camera=t_plan_cam, world_frame_id=planning)
        # 2. instruction -> spec on the frame's object names, then the scene
        names = sorted(set(frame.segmentation.names.values())) if frame.segmentation is not None else []
        spec = parse_instruction(text, names)
        if not spec.valid:
            return self._fail(spec.reason)
        wanted = [spec.reference] + ([spec.moved] if spec.is_placement else ["gripper"])
        # a planned reference ("the object closest to X") chooses among all objects: the whole scene
        scene_names = None if spec.composite else [n for n in wanted if not names or n in names]
        scene = scene_or_geometry(self.estimator, posed, scene_names, self.geometry_config)
        # scene point -> planning frame: T_plan_cam @ inv(T_scene_cam) (identity when the scene is the posed world)
        t_plan_scene = t_plan_cam @ np.linalg.inv(np.asarray(scene.T_scene_camera, dtype=float))
        gripper = None
        if self.ee_frame:
            t_plan_ee = self.tf.lookup(planning, self.ee_frame, frame.stamp_ns, self.tf_timeout_s)
            gripper = (np.linalg.inv(t_plan_scene) @ t_plan_ee)[:3, 3]
        unbounded = WorkspaceLimits(np.full(3, -_UNBOUNDED), np.full(3, _UNBOUNDED), scene.frame_id)
        goal = compute_goal(spec, scene, dataclasses.replace(self.config, limits=unbounded), gripper)
        if not goal.valid:
            return self._fail(goal.reason, goal)
        # 3. into the planning frame
        position = t_plan_scene[:3, :3] @ np.asarray(goal.position, dtype=float) + t_plan_scene[:3, 3]
        rot = Rotation.from_matrix(t_plan_scene[:3, :3]) * Rotation.from_quat(goal.orientation_xyzw)
        changes: dict = {"frame_id": planning, "position": position, "orientation_xyzw": rot.as_quat()}
        moved = getattr(goal, "moved_position", None)
        if moved is not None:  # placement goals: where the moved object is now, in the same frame as the goal
            changes["moved_position"] = t_plan_scene[:3, :3] @ np.asarray(moved, dtype=float) + t_plan_scene[:3, 3]
        goal = dataclasses.replace(goal, **changes)
        # 4. workspace limits in their own frame
        t_lim_plan = self.tf.lookup(self.limits.frame_id, planning, frame.stamp_ns, self.tf_timeout_s)
        in_limits = t_lim_plan[:3, :3] @ position + t_lim_plan[:3, 3]
        problem = self.limits.violation(in_limits)
        if problem:
            return self._fail(f"refused, outside the workspace: {problem}",
                              dataclasses.replace(goal, valid=False, reason=problem))
        pose = convert.pose_stamped(position, goal.orientation_xyzw, planning, frame.stamp_ns)
        response = convert.msg_type(SRV_RESPONSE)(success=True, message=f"goal for {text!r} in {planning}",
                                                  pose=pose, executed=False)
        return GoalResult(response, goal, pose)

    def _fail(self, reason: str, goal: GoalPose | None = None) -> GoalResult:
        self.throttle.warning(f"goal refused: {reason}", key=f"goal:{reason[:40]}")
        empty = convert.pose_stamped(np.zeros(3), np.array([0.0, 0.0, 0.0, 1.0]), "", 0)
        response = convert.msg_type(SRV_RESPONSE)(success=False, message=reason, pose=empty, executed=False)
        return GoalResult(response, goal, None)
