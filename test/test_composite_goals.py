"""Composite goal instructions: the reference planned on the scene, then the usual goal computation and
workspace checks; one composite goal end to end in the simulated closed loop (real pybullet)."""

from __future__ import annotations

import numpy as np
import pytest
from helpers_geometry import look_at
from helpers_plan import LAYOUT, centre

from spatialvlm_ros.core.goal_geometry import goal_for_instruction
from spatialvlm_ros.core.goal_types import GoalConfig
from spatialvlm_ros.core.instructions import parse_instruction
from spatialvlm_ros.core.scene import Box3D, SceneGraph, SceneObject, Viewer

SHIFT = np.array([0.4, 0.0, 0.0])  # the constructed layout moved into the arm's workspace (x in [0.15, 0.85])


@pytest.fixture(scope="module")
def scene() -> SceneGraph:
    T = look_at([0.35, -0.45, 0.75], [0.5, 0.1, 0.0])
    objs = [SceneObject(i + 1, n, Box3D(centre(n) + SHIFT, s, 0.0)) for i, (n, (_, s)) in enumerate(LAYOUT.items())]
    return SceneGraph("world", "pose", T, Viewer.from_camera_pose(T), objs)


@pytest.fixture(scope="module")
def config() -> GoalConfig:
    return GoalConfig.from_yaml()


def test_gripper_above_the_object_closest_to_x(scene, config):
    g = goal_for_instruction("move the gripper above the object closest to the red cube", scene, config)
    assert g.valid, g.reason
    # closest to the red cube: the orange box (10.05 cm); above it by the default 10 cm clearance: top 4 cm + 10 cm
    assert g.spec.reference == "orange box" and g.spec.asked["reference"] == "the object closest to the red cube"
    assert g.position == pytest.approx([0.5, 0.0, 0.04 + config.default_clearance_m], abs=1e-9)
    assert [t["id"] for t in g.trace][-1] == "answer" and g.trace[-1]["value"] == "orange box"
    assert g.to_dict()["trace"] == g.trace


def test_gripper_to_the_nearest_and_farthest(scene, config):
    g = goal_for_instruction("move the gripper to the object nearest to the yellow can", scene, config)
    assert g.valid and g.spec.reference == "green block"  # 10.9 cm, vs the red cube 20.0 cm
    assert g.position == pytest.approx([0.5, 0.1732, 0.15 + config.reach_clearance_m], abs=1e-9)
    g = goal_for_instruction("move the gripper 5 cm above the object farthest from the yellow can", scene, config)
    assert g.valid and g.spec.reference == "blue box" and g.position[2] == pytest.approx(0.10 + 0.05)


def test_put_x_next_to_the_tallest_object(scene, config):
    g = goal_for_instruction("put the orange box next to the tallest object", scene, config)
    assert g.valid, g.reason
    assert g.spec.reference == "green block" and g.spec.relation == "right_of"
    right = scene.viewer.right.copy()
    right[2] = 0.0
    right /= np.linalg.norm(right)
    # centre-to-centre: half extents of both along the viewer's right axis + default gap, on the table
    ext = (scene.find("green block").box.extent_along(right[:2]) + scene.find("orange box").box.extent_along(right[:2])) / 2
    want = centre("green block") + SHIFT + (ext + config.default_gap_m) * right
    assert g.position[:2] == pytest.approx(want[:2], abs=1e-9) and g.position[2] == pytest.approx(0.02)


def test_the_moved_object_is_never_its_own_reference(scene, config):
    g = goal_for_instruction("put the green block next to the tallest object", scene, config)
    assert g.valid and g.spec.reference == "blue box"  # the green block itself excluded: next tallest 10 cm


def test_gripper_between_x_and_y(scene, config):
    g = goal_for_instruction("move the gripper between the red cube and the blue box", scene, config)
    assert g.valid, g.reason
    # midpoint of the centres (0.4, 0, .03) and (0.6, 0, .05)
    assert g.position == pytest.approx([0.5, 0.0, 0.04], abs=1e-9) and g.spec.relation == "between"
    assert g.trace[0]["op"] == "midpoint" and g.trace[0]["value"] == pytest.approx([0.5, 0.0, 0.04])


def test_put_x_halfway_between_y_and_z(scene, config):
    g = goal_for_instruction("put the orange box halfway between the yellow can and the blue box", scene, config)
    assert g.valid, g.reason
    # midpoint of (0.4, .2) and (0.6, 0): (0.5, 0.1); resting on the table: z = 2 cm
    assert g.position == pytest.approx([0.5, 0.1, 0.02], abs=1e-9)
    assert g.moved_position == pytest.approx(centre("orange box") + SHIFT)
    # between the red cube and the blue box sits the orange box itself... and the green block is in the way here:
    g = goal_for_instruction("put the red cube halfway between the yellow can and the green block", scene, config)
    assert not g.valid and "overlap" in g.reason and "green block" in g.reason


@pytest.mark.parametrize("text, why", [
    ("move the gripper above the object closest to the banana", "unknown object 'banana'"),
    ("put the orange box between the box and the cube", "could be any of: blue box, orange box"),
    ("put the red cube between the red cube and the blue box", "relative to itself"),
    ("put the tallest object next to the red cube", "unknown object 'tallest object'"),
    ("move the gripper above the object closest to the box", "could be any of: blue box, orange box"),
])
def test_bad_composite_instructions_are_refused(scene, config, text, why):
    g = goal_for_instruction(text, scene, config)
    assert not g.valid and why in g.reason


def test_workspace_checks_still_apply(scene, config):
    g = goal_for_instruction("move the gripper 70 cm above the object closest to the red cube", scene, config)
    assert not g.valid and "outside the workspace" in g.reason and g.spec.reference == "orange box"


def test_parse_keeps_plain_instructions(scene):
    spec = parse_instruction("move the gripper above the red cube", scene.names())
    assert spec.valid and spec.reference == "red cube" and spec.composite == {}
    spec = parse_instruction("put the red cube next to the blue box", scene.names())
    assert spec.valid and spec.relation == "next_to" and spec.reference == "blue box"


def test_composite_goal_end_to_end_in_the_closed_loop():
    from spatialvlm_ros.closed_loop.episode import EpisodeConfig, run_episode
    from spatialvlm_ros.estimators.factory import build_estimator

    cfg = EpisodeConfig.from_yaml()
    cfg.image_width, cfg.image_height = 320, 240
    cfg.pipeline = "direct"
    cfg.controller = dict(cfg.controller, step_m=0.05)
    r = run_episode(cfg.tasks["reach_above"], 7, None, cfg, estimator=build_estimator("geometry"),
                    instruction="move the gripper above the object closest to the red cube")
    assert r.goal.valid, r.goal.reason
    assert r.goal.trace and r.goal.trace[-1]["op"] == "argmin"
    # the reference planned on the estimated scene is the one planned on the simulator's truth
    assert r.goal.spec.reference == r.true_goal.spec.reference != "red cube"
    assert np.linalg.norm(np.asarray(r.goal.position) - np.asarray(r.true_goal.position)) < 0.03
    assert r.success, r.reason
