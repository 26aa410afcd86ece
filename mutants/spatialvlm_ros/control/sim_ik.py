"""A controller for the pybullet :class:`~spatialvlm_ros.sim.world.SimWorld`: IK in small steps.

Gripper goals: the tool centre point (TCP) follows straight-line waypoints
``step_m`` apart; when the goal or the start is below ``safe_height_m`` the path
goes up first, across at that height, then down (so the hand does not sweep
through objects). At each waypoint the world's IK + joint position control runs
``settle_steps`` simulation steps and ``on_waypoint`` (if set) is called - the
episode runner renders the camera there. Every waypoint is inside the workspace
limits (they form a box, and the path's corners are checked), and the measured
TCP is checked after every waypoint; a TCP outside the limits stops the motion.

Placement goals: grasping is out of scope. The controller moves the TCP above the
moved object (``GoalPose.moved_position``, the *estimated* centre), "carries"
to above the goal at the transit height, then teleports the object with ``SimWorld.reset_object_pose``
so its true box centre lands on the goal position (its orientation unchanged).
The object's placement accuracy therefore equals the accuracy of the goal
computed from the estimate - which is what the benchmark measures.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import numpy as np

from spatialvlm_ros.control.base import Controller, ControlResult
from spatialvlm_ros.core.frame import normalize_name
from spatialvlm_ros.core.goal_types import GoalConfig, GoalPose, WorkspaceLimits

log = logging.getLogger(__name__)


class SimIKController(Controller):
    """Moves a SimWorld's Panda (and teleports objects for placement goals).

    - ``world``: a :class:`spatialvlm_ros.sim.world.SimWorld` (world frame "world").
    - ``limits``: workspace limits (default: ``config/goals.yaml``).
    - ``step_m``: waypoint spacing; ``settle_steps``: simulation steps per waypoint.
    - ``tolerance_m``: the TCP must end this close to a gripper goal (measured).
    - ``safe_height_m``: transit height (world z) for paths that start or end low.
    - ``on_waypoint(phase: str)``: called after each waypoint.
    """

    def __init__(self, world: Any, limits: WorkspaceLimits | None = None, step_m: float = 0.03,
                 settle_steps: int = 20, tolerance_m: float = 0.01, final_settle_steps: int = 240,
                 safe_height_m: float = 0.22, carry_clearance_m: float = 0.05,
                 on_waypoint: Callable[[str], None] | None = None) -> None:
        super().__init__(limits if limits is not None else GoalConfig.from_yaml().limits)
        self.world = world
        self.step_m = float(step_m)
        self.settle_steps = int(settle_steps)
        self.tolerance_m = float(tolerance_m)
        self.final_settle_steps = int(final_settle_steps)
        self.safe_height_m = float(safe_height_m)
        self.carry_clearance_m = float(carry_clearance_m)
        self.on_waypoint = on_waypoint
        self.max_violation_m = 0.0  # how far the measured TCP ever got outside the limits

    # ------------------------------------------------------------------ paths

    def _corners(self, start: np.ndarray, end: np.ndarray) -> list[np.ndarray]:
        """Corner points of the path from ``start`` to ``end`` (excluding ``start``)."""
        h = self.safe_height_m
        if start[2] >= h and end[2] >= h:
            return [end]
        top = max(h, start[2], end[2])
        if self.limits is not None:
            top = min(top, float(self.limits.max_xyz[2]))
        pts = []
        if start[2] < top - 1e-6:
            pts.append(np.array([start[0], start[1], top]))
        pts.append(np.array([end[0], end[1], top]))
        pts.append(end)
        return pts

    def _waypoints(self, start: np.ndarray, end: np.ndarray) -> list[np.ndarray]:
        out = []
        prev = start
        for corner in self._corners(start, end):
            n = max(1, int(np.ceil(np.linalg.norm(corner - prev) / self.step_m)))
            out += [prev + (corner - prev) * (i / n) for i in range(1, n + 1)]
            prev = corner
        return out

    # ------------------------------------------------------------------ motion

    def _move_tcp(self, target: np.ndarray, quat: np.ndarray, phase: str) -> ControlResult:
        start = np.asarray(self.world.gripper_position(), dtype=float)
        path = self._waypoints(start, target)
        corners = self._corners(start, target)
        if self.limits is not None:
            for c in corners:
                problem = self.limits.violation(c)
                if problem:
                    return ControlResult.refused(f"path corner outside the workspace: {problem}")
        steps = 0
        for wp in path:
            self.world.set_gripper_target(wp, quat)
            self.world.step(self.settle_steps)
            steps += self.settle_steps
            tcp = np.asarray(self.world.gripper_position(), dtype=float)
            extra = 0  # keep up with the waypoints (the TCP must not lag more than half a step)
            while np.linalg.norm(tcp - wp) > 0.5 * self.step_m and extra < 4 * self.settle_steps:
                n = max(1, self.settle_steps // 4)
                self.world.step(n)
                extra += n
                tcp = np.asarray(self.world.gripper_position(), dtype=float)
            steps += extra
            if self.limits is not None:
                over = float(np.max(np.maximum(self.limits.min_xyz - tcp, tcp - self.limits.max_xyz)))
                self.max_violation_m = max(self.max_violation_m, over)
                if over > 0.01:
                    return ControlResult(False, f"gripper left the workspace by {over * 100:.1f} cm; stopped",
                                         tcp, details={"steps": steps})
            if self.on_waypoint is not None:
                self.on_waypoint(phase)
        # settle at the goal
        err = float(np.linalg.norm(np.asarray(self.world.gripper_position(), float) - target))
        waited = 0
        while err > self.tolerance_m and waited < self.final_settle_steps:
            self.world.step(self.settle_steps)
            waited += self.settle_steps
            err = float(np.linalg.norm(np.asarray(self.world.gripper_position(), float) - target))
        steps += waited
        tcp = np.asarray(self.world.gripper_position(), dtype=float)
        if self.on_waypoint is not None and waited:
            self.on_waypoint(phase)
        if err > self.tolerance_m:
            return ControlResult(False, f"unreachable: the gripper stopped {err * 100:.1f} cm from the goal ({phase})",
                                 tcp, details={"steps": steps, "error_m": err})
        return ControlResult(True, "", tcp, details={"steps": steps, "error_m": err})

    def _execute(self, goal: GoalPose) -> ControlResult:
        quat = np.asarray(goal.orientation_xyzw, dtype=float)
        if not goal.spec.is_placement:
            return self._move_tcp(np.asarray(goal.position, float), quat, "reach")
        return self._place(goal)

    def _place(self, goal: GoalPose) -> ControlResult:
        if goal.moved_position is None or goal.moved_size is None:
            return ControlResult.refused("placement goal lacks the moved object's position")
        name = goal.spec.moved
        down = np.array([1.0, 0.0, 0.0, 0.0])  # top-down tool, yaw 0 (the grasp is simulated)
        pick = np.asarray(goal.moved_position, float) + [0.0, 0.0, goal.moved_size[2] / 2 + self.carry_clearance_m]
        place = np.asarray(goal.position, float) + [0.0, 0.0, goal.moved_size[2] / 2 + self.carry_clearance_m]
        # carry at the transit height (no descent next to possibly tall neighbours: the set-down is the teleport)
        place[2] = max(place[2], min(self.safe_height_m, float(self.limits.max_xyz[2]) if self.limits is not None else np.inf))
        if self.limits is not None:
            for what, p in (("pick approach", pick), ("place approach", place)):
                problem = self.limits.violation(p)
                if problem:
                    return ControlResult.refused(f"{what} outside the workspace: {problem}")
        r = self._move_tcp(pick, down, "pick")
        if not r.success:
            return r
        r = self._move_tcp(place, down, "carry")
        if not r.success:
            return r
        truth = {normalize_name(o.name): o for o in self.world.truth().objects}
        obj = truth.get(normalize_name(name))
        if obj is None:
            return ControlResult(False, f"object {name!r} is not in the simulator", None)
        # teleport so that the true box centre lands on the goal (body origin may differ from the box centre)
        offset = np.asarray(obj.box.center, float) - np.asarray(obj.position, float)
        self.world.reset_object_pose(obj.name, np.asarray(goal.position, float) - offset,
                                     np.asarray(obj.quaternion_xyzw, float))
        self.world.step(1)
        if self.on_waypoint is not None:
            self.on_waypoint("place")
        after = {normalize_name(o.name): o for o in self.world.truth().objects}[normalize_name(name)]
        return ControlResult(True, "", np.asarray(after.box.center, float),
                             details={"steps": r.details.get("steps", 0), "teleported": True})
