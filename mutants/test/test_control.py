"""Controllers: workspace re-check, pybullet IK execution, placement, MoveIt process wrapper."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest
from helpers_closedloop import broken_backend, echo_backend

from spatialvlm_ros.control.base import ControlResult, refusal
from spatialvlm_ros.control.moveit import MoveItPyController, MoveItSettings, ProcessWorker
from spatialvlm_ros.control.sim_ik import SimIKController
from spatialvlm_ros.core.goal_geometry import goal_for_instruction
from spatialvlm_ros.core.goal_types import GoalConfig, GoalPose, GoalSpec

DOWN = np.array([1.0, 0.0, 0.0, 0.0])
LIMITS = GoalConfig.from_yaml().limits


def gripper_goal(position, valid: bool = True, frame: str = "world") -> GoalPose:
    spec = GoalSpec(text="test goal", moved="gripper", relation="above", reference="x")
    return GoalPose(frame, np.asarray(position, float), DOWN.copy(), valid, "" if valid else "made invalid", spec)


# --------------------------------------------------------------------------- the checks


def test_refusal_reasons() -> None:
    assert refusal(gripper_goal([0.5, 0.0, 0.2]), LIMITS) == ""
    assert "invalid goal: made invalid" in refusal(gripper_goal([0.5, 0, 0.2], valid=False), LIMITS)
    assert "frame 'camera'" in refusal(gripper_goal([0.5, 0, 0.2], frame="camera"), LIMITS)
    assert "outside the workspace" in refusal(gripper_goal([0.5, 0, 0.9]), LIMITS)
    assert "reach limit" in refusal(gripper_goal([0.75, 0.45, 0.2]), LIMITS)
    bad_q = gripper_goal([0.5, 0, 0.2])
    bad_q.orientation_xyzw = np.array([1.0, 1.0, 0.0, 0.0])
    assert "unit quaternion" in refusal(bad_q, LIMITS)
    assert ControlResult.refused("x").executed is False


# --------------------------------------------------------------------------- pybullet


@pytest.fixture(scope="module")
def world():
    from spatialvlm_ros.sim.config import SimConfig
    from spatialvlm_ros.sim.world import SimWorld

    cfg = SimConfig.from_yaml()
    cfg.image = dict(cfg.image, width=160, height=120)
    w = SimWorld(9, cfg, noisy=False)
    yield w
    w.close()


def test_reaches_a_goal_in_small_steps_inside_the_limits(world) -> None:
    tcps = []
    ctrl = SimIKController(world, LIMITS, step_m=0.03, settle_steps=24,
                           on_waypoint=lambda phase: tcps.append(world.gripper_position()))
    target = np.array([0.5, 0.15, 0.12])  # low: the path goes over the transit height
    res = ctrl.move_to(gripper_goal(target))
    assert res.success, res.reason
    assert np.linalg.norm(res.final_position - target) <= ctrl.tolerance_m
    assert np.linalg.norm(world.gripper_position() - target) <= ctrl.tolerance_m
    assert len(tcps) >= 8  # many small steps, one callback each
    steps = np.linalg.norm(np.diff(np.array(tcps), axis=0), axis=1)
    assert steps.max() < 0.06
    assert all(LIMITS.contains(p, margin_m=-0.005) for p in tcps)
    assert ctrl.max_violation_m <= 0.005


def test_goal_outside_the_limits_is_refused_and_nothing_moves(world) -> None:
    ctrl = SimIKController(world, LIMITS)
    before = world.gripper_position().copy()
    for p in ([0.5, 0.0, 0.9], [0.05, 0.0, 0.2], [0.5, -0.7, 0.2], [0.75, 0.45, 0.2]):
        # marked valid on purpose: the controller must re-check (defence in depth)
        res = ctrl.move_to(gripper_goal(p))
        assert not res.success and not res.executed and "workspace" in res.reason
    world.step(20)
    assert np.linalg.norm(world.gripper_position() - before) < 0.005


def test_placement_teleports_the_object_onto_the_goal(world) -> None:
    from spatialvlm_ros.sim.truth import truth_scene_graph

    scene = truth_scene_graph(world.truth(), world.T_world_camera)
    names = [n for n in world.object_names() if n != "gripper"]
    goal = None
    for moved in names:
        for ref in names:
            if ref == moved:
                continue
            g = goal_for_instruction(f"put the {moved} 15 cm to the left of the {ref}", scene, GoalConfig.from_yaml())
            pick = g.moved_position + [0, 0, g.moved_size[2] / 2 + 0.05] if g.valid else None
            if g.valid and LIMITS.contains(pick):
                goal = g
                break
        if goal is not None:
            break
    assert goal is not None, "no feasible placement in this scene"
    phases = []
    ctrl = SimIKController(world, LIMITS, on_waypoint=phases.append)
    res = ctrl.move_to(goal)
    assert res.success, res.reason
    after = {o.name: o for o in world.truth().objects}[goal.spec.moved]
    np.testing.assert_allclose(after.box.center, goal.position, atol=1e-3)
    np.testing.assert_allclose(res.final_position, goal.position, atol=1e-3)
    assert phases[0] == "pick" and "carry" in phases and phases[-1] == "place"


# --------------------------------------------------------------------------- MoveIt


def test_process_worker_round_trip_and_errors() -> None:
    worker = ProcessWorker(echo_backend, {"node_name": "n1"})
    try:
        assert worker.alive
        a = worker.call({"position": [0.1, 0.2, 0.3]}, timeout_s=30)
        b = worker.call({"position": [0.1, 0.2, 0.4]}, timeout_s=30)
        assert a["success"] and a["final_position"] == [0.1, 0.2, 0.3] and a["node"] == "n1"
        assert b["calls"] == 2  # the same backend answers successive requests
        bad = worker.call({"position": [0.1, 0.2, -1.0]}, timeout_s=30)
        assert not bad["success"] and "RuntimeError" in bad["reason"]
    finally:
        worker.close()
    assert not worker.alive
    broken = ProcessWorker(broken_backend, {})
    assert "No module named 'moveit'" in broken.error
    assert not broken.call({"position": [0, 0, 0]}, timeout_s=5)["success"]


def test_moveit_controller_with_a_backend_and_its_checks() -> None:
    ctrl = MoveItPyController(LIMITS, MoveItSettings(node_name="n2"), backend_factory=echo_backend)
    try:
        out = ctrl.move_to(gripper_goal([0.5, 0.0, 0.9]))
        assert not out.success and "workspace" in out.reason and ctrl._worker is None  # refused before starting
        place = gripper_goal([0.5, 0.0, 0.2])
        place.spec = GoalSpec(text="put", moved="red cube", relation="left_of", reference="mug")
        assert "grasp" in ctrl.move_to(place).reason
        ok = ctrl.move_to(gripper_goal([0.5, 0.0, 0.2]))
        assert ok.success and np.allclose(ok.final_position, [0.5, 0.0, 0.2])
    finally:
        ctrl.close()


def test_moveit_controller_that_cannot_start_fails_with_the_reason() -> None:
    """Here moveit_py is missing; on a ROS machine the config package is (so it fails either way)."""
    ctrl = MoveItPyController(LIMITS, MoveItSettings(config_package="no_such_moveit_config"), timeout_s=30)
    try:
        res = ctrl.move_to(gripper_goal([0.5, 0.0, 0.2]))
        assert not res.success and not res.executed and "MoveIt unavailable" in res.reason
        if importlib.util.find_spec("moveit") is None:
            assert "No module named" in res.reason
        assert "\n" not in res.reason
        again = ctrl.move_to(gripper_goal([0.5, 0.0, 0.2]))  # not restarted on every goal
        assert again.reason == res.reason
    finally:
        ctrl.close()


@pytest.mark.ros
def test_moveit_py_plans_to_a_pose() -> None:  # pragma: no cover - needs ROS 2 Jazzy + moveit_py + a panda config
    ctrl = MoveItPyController(LIMITS, MoveItSettings(execute=False), timeout_s=120)
    try:
        res = ctrl.move_to(gripper_goal([0.5, 0.0, 0.3]))
        assert res.success, res.reason
    finally:
        ctrl.close()
