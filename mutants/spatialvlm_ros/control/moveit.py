"""MoveIt 2 execution of gripper goals through moveit_py, in a process of its own.

``MoveItPy`` spins its own C++ node and calls ``rclcpp::shutdown()`` when it
is destroyed, which would take down the ROS node that created it. So the
planner lives in a child process (:class:`ProcessWorker`, spawned, talking over
two queues); :class:`MoveItPyController` sends it one goal at a time and
waits for the outcome. moveit_py is imported only inside that child process
(it is not installable with pip; it comes with ROS 2 Jazzy and newer).

What runs there, per goal (the moveit_py API)::

    robot = MoveItPy(node_name=..., config_dict=MoveItConfigsBuilder(robot_name, package_name=...)
                     .moveit_cpp(file_path=...).to_moveit_configs().to_dict())
    arm = robot.get_planning_component(planning_group)
    arm.set_start_state_to_current_state()
    arm.set_goal_state(pose_stamped_msg=pose, pose_link=pose_link)
    result = arm.plan()
    robot.execute(result.trajectory, controllers=[])

Only gripper goals are executed; placement goals (moving an object) need a
grasp, which is not implemented here, and are refused with that reason.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import queue
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from spatialvlm_ros.control.base import Controller, ControlResult
from spatialvlm_ros.core.goal_types import GoalPose, WorkspaceLimits

log = logging.getLogger(__name__)

Backend = Callable[[dict[str, Any]], dict[str, Any]]


@dataclass
class MoveItSettings:
    """What the MoveIt process needs (all plain values, so they cross the process boundary).

    ``moveit_cpp_file``: the moveit_cpp YAML (planning pipelines, planning scene
    monitor); ``config_package``: the robot's MoveIt config package;
    ``pose_link``: the link whose pose the goal sets (the tool centre point).
    """

    node_name: str = "spatialvlm_moveit_py"
    robot_name: str = "panda"
    config_package: str = "moveit_resources_panda_moveit_config"
    moveit_cpp_file: str = ""
    planning_group: str = "panda_arm"
    pose_link: str = "panda_hand_tcp"
    execute: bool = True


def moveit_backend(settings: dict[str, Any]) -> Backend:
    """Build the moveit_py planner (runs in the child process) and return its goal handler."""
    from geometry_msgs.msg import PoseStamped
    from moveit.planning import MoveItPy
    from moveit_configs_utils import MoveItConfigsBuilder

    s = MoveItSettings(**settings)
    builder = MoveItConfigsBuilder(s.robot_name, package_name=s.config_package)
    if s.moveit_cpp_file:
        builder = builder.moveit_cpp(file_path=s.moveit_cpp_file)
    robot = MoveItPy(node_name=s.node_name, config_dict=builder.to_moveit_configs().to_dict())
    arm = robot.get_planning_component(s.planning_group)

    def handle(goal: dict[str, Any]) -> dict[str, Any]:
        pose = PoseStamped()
        pose.header.frame_id = goal["frame_id"]
        (pose.pose.position.x, pose.pose.position.y, pose.pose.position.z) = (float(v) for v in goal["position"])
        q = goal["orientation_xyzw"]
        (pose.pose.orientation.x, pose.pose.orientation.y,
         pose.pose.orientation.z, pose.pose.orientation.w) = (float(v) for v in q)
        arm.set_start_state_to_current_state()
        arm.set_goal_state(pose_stamped_msg=pose, pose_link=s.pose_link)
        result = arm.plan()
        if not result:
            return {"success": False, "reason": f"MoveIt found no plan to {list(goal['position'])} in {goal['frame_id']}"}
        if not s.execute:
            return {"success": True, "reason": "", "executed": False}
        robot.execute(result.trajectory, controllers=[])
        final = None
        try:  # where the tool ended, from the planning scene monitor's current state
            with robot.get_planning_scene_monitor().read_only() as scene:
                scene.current_state.update()
                p = scene.current_state.get_pose(s.pose_link).position
                final = [p.x, p.y, p.z]
        except Exception:  # noqa: BLE001 - the final pose is a nicety
            final = None
        return {"success": True, "reason": "", "final_position": final}

    return handle


def _worker_main(factory: Callable[[dict[str, Any]], Backend], settings: dict[str, Any],
                 requests: Any, responses: Any) -> None:
    """Child process loop: build the backend, then answer requests until None arrives."""
    try:
        handle = factory(settings)
    except Exception as exc:  # noqa: BLE001 - reported to the parent as one line
        responses.put({"fatal": True, "reason": f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"})
        return
    responses.put({"ready": True})
    while True:
        req = requests.get()
        if req is None:
            break
        try:
            responses.put(handle(req))
        except Exception as exc:  # noqa: BLE001
            responses.put({"success": False, "reason": f"{type(exc).__name__}: {exc}".splitlines()[0]})


class ProcessWorker:
    """A child process (spawned) that owns a backend and answers one request at a time.

    ``factory(settings) -> handle`` runs in the child; ``handle(dict) -> dict``
    answers each request. Both must be importable module-level callables.
    """

    def __init__(self, factory: Callable[[dict[str, Any]], Backend], settings: dict[str, Any],
                 start_timeout_s: float = 120.0) -> None:
        ctx = mp.get_context("spawn")
        self._requests = ctx.Queue()
        self._responses = ctx.Queue()
        self._proc = ctx.Process(target=_worker_main, args=(factory, settings, self._requests, self._responses),
                                 daemon=True)
        self._proc.start()
        self.error = ""
        try:
            first = self._responses.get(timeout=start_timeout_s)
        except queue.Empty:
            first = {"fatal": True, "reason": f"the worker did not start within {start_timeout_s:.0f} s"}
        if first.get("fatal"):
            self.error = str(first.get("reason", "worker failed to start"))
            self.close()

    @property
    def alive(self) -> bool:
        return not self.error and self._proc.is_alive()

    def call(self, request: dict[str, Any], timeout_s: float) -> dict[str, Any]:
        """Send one request, wait for its answer (``{"success": False, "reason": ...}`` on trouble)."""
        if not self.alive:
            return {"success": False, "reason": self.error or "the worker process has exited"}
        self._requests.put(request)
        try:
            return self._responses.get(timeout=timeout_s)
        except queue.Empty:
            self.error = f"no answer within {timeout_s:.0f} s; worker stopped"
            self.close()
            return {"success": False, "reason": self.error}

    def close(self) -> None:
        if self._proc.is_alive():
            try:
                self._requests.put(None)
                self._proc.join(timeout=5)
            finally:
                if self._proc.is_alive():
                    self._proc.terminate()
                    self._proc.join(timeout=5)


class MoveItPyController(Controller):
    """Executes gripper goals with MoveIt (moveit_py) in its own process.

    ``limits``: workspace limits in the planning frame, re-checked before every
    goal; None skips that re-check (the goal node passes None when its limits
    are in another TF frame and were already checked there). The
    process starts on the first goal (or :meth:`start`). If moveit_py is
    missing or fails to start, every goal fails with that reason (nothing raises).
    ``backend_factory`` replaces :func:`moveit_backend` (another planner with the
    same request/answer dicts).
    """

    def __init__(self, limits: WorkspaceLimits | None = None, settings: MoveItSettings | None = None,
                 timeout_s: float = 60.0, backend_factory: Callable[[dict[str, Any]], Backend] = moveit_backend) -> None:
        super().__init__(limits)
        self.settings = settings or MoveItSettings()
        self.timeout_s = float(timeout_s)
        self._factory = backend_factory
        self._worker: ProcessWorker | None = None

    def start(self) -> str:
        """Start the MoveIt process; returns "" or the reason it failed."""
        if self._worker is None:
            self._worker = ProcessWorker(self._factory, asdict(self.settings))
            if self._worker.error:
                log.error("MoveIt process failed: %s", self._worker.error)
        return self._worker.error

    def _execute(self, goal: GoalPose) -> ControlResult:
        if goal.spec.is_placement:
            return ControlResult.refused(
                f"placing {goal.spec.moved!r} needs a grasp, which the MoveIt controller does not implement")
        problem = self.start()
        if problem:
            return ControlResult.refused(f"MoveIt unavailable: {problem}")
        answer = self._worker.call(
            {"frame_id": goal.frame_id, "position": [float(v) for v in goal.position],
             "orientation_xyzw": [float(v) for v in goal.orientation_xyzw]},
            self.timeout_s,
        )
        final = answer.get("final_position")
        return ControlResult(
            success=bool(answer.get("success")),
            reason=str(answer.get("reason", "")),
            final_position=None if final is None else np.asarray(final, dtype=float),
            executed=bool(answer.get("executed", answer.get("success", False))),
            details={k: v for k, v in answer.items() if k not in ("success", "reason", "final_position", "executed")},
        )

    def close(self) -> None:
        if self._worker is not None:
            self._worker.close()
            self._worker = None
