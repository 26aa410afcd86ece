"""Goal computation: instruction parsing, viewer-relative directions, workspace limits."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.spatial.transform import Rotation

from spatialvlm_ros.core.goal_geometry import compute_goal, goal_for_instruction
from spatialvlm_ros.core.goal_types import GoalConfig, GoalSpec, WorkspaceLimits
from spatialvlm_ros.core.instructions import ground_name, parse_instruction
from spatialvlm_ros.core.scene import Box3D, SceneGraph, SceneObject, Viewer
from spatialvlm_ros.errors import AmbiguousObjectError, ConfigError, UnknownObjectError

NAMES = ["red cube", "blue bowl", "mug", "rubber duck", "gripper"]


def make_scene(viewer_yaw_deg: float = 0.0, frame_id: str = "world", support: bool = False) -> SceneGraph:
    """Objects on a table at z = 0; the viewer looks along its forward direction.

    viewer_yaw_deg = 0: the camera looks along +x (forward = +x, right = -y).
    """
    a = math.radians(viewer_yaw_deg)
    fwd = np.array([math.cos(a), math.sin(a), 0.0])
    right = np.cross(fwd, [0.0, 0.0, 1.0])
    viewer = Viewer(position=np.array([0.0, 0.0, 0.5]) - 0.8 * fwd, right=right, forward=fwd)
    objs = [
        SceneObject(1, "red cube", Box3D([0.5, 0.1, 0.025], [0.05, 0.05, 0.05], yaw=0.3)),
        SceneObject(2, "blue bowl", Box3D([0.5, -0.15, 0.03], [0.14, 0.14, 0.06])),
        SceneObject(3, "mug", Box3D([0.6, 0.2, 0.05], [0.08, 0.08, 0.10])),
        SceneObject(4, "rubber duck", Box3D([0.4, -0.3, 0.04], [0.07, 0.06, 0.08])),
        SceneObject(5, "gripper", Box3D([0.4, 0.0, 0.35], [0.06, 0.2, 0.1])),
    ]
    plane = (np.array([0.0, 0.0, 1.0]), 0.0) if support else None
    return SceneGraph(frame_id, "pose", np.eye(4), viewer, objs, support_plane=plane)


@pytest.fixture(scope="module")
def cfg() -> GoalConfig:
    return GoalConfig.from_yaml()


@pytest.mark.parametrize(
    "text, moved, relation, reference, offset",
    [
        ("move the gripper above the red cube", "gripper", "above", "red cube", None),
        ("Put the cube 10 cm to the left of the bowl.", "red cube", "left_of", "blue bowl", 0.10),
        ("move the gripper 5 cm closer to the mug", "gripper", "closer", "mug", 0.05),
        ("move the gripper 20 cm above the duck", "gripper", "above", "rubber duck", 0.20),
        ("move the gripper above the duck by 0.2 m", "gripper", "above", "rubber duck", 0.20),
        ("place the mug behind the red cube", "mug", "behind", "red cube", None),
        ("put the duck in front of the bowl", "rubber duck", "in_front_of", "blue bowl", None),
        ("move the hand 3 inches to the right of the mug", "gripper", "right_of", "mug", 3 * 0.0254),
        ("put the mug on the bowl", "mug", "on_top", "blue bowl", None),
        ("move the gripper 10 cm away from the mug", "gripper", "farther", "mug", 0.10),
        ("move the gripper to the red cube", "gripper", "to", "red cube", None),
    ],
)
def test_parse_instruction(text: str, moved: str, relation: str, reference: str, offset: float | None) -> None:
    spec = parse_instruction(text, NAMES)
    assert spec.valid, spec.reason
    assert (spec.moved, spec.relation, spec.reference) == (moved, relation, reference)
    if offset is None:
        assert spec.offset_m is None
    else:
        assert spec.offset_m == pytest.approx(offset)


@pytest.mark.parametrize(
    "text, reason",
    [
        ("dance a little", "not understood"),
        ("", "empty"),
        ("move the gripper above the banana", "unknown object"),
        ("move the gripper somewhere nice", "no spatial relation"),
        ("put the cube 5 cm above the bowl", "in the air"),
        ("put the cube to the left of the cube", "itself"),
    ],
)
def test_ungroundable_instructions_are_invalid_with_reason(text: str, reason: str) -> None:
    spec = parse_instruction(text, NAMES)
    assert not spec.valid and reason in spec.reason
    goal = compute_goal(spec, make_scene(), GoalConfig())
    assert not goal.valid and goal.reason == spec.reason and goal.position is None


def test_ground_name_partial_and_ambiguous() -> None:
    assert ground_name("the cube", NAMES) == "red cube"
    assert ground_name("Red  Cube", NAMES) == "red cube"
    with pytest.raises(AmbiguousObjectError):
        ground_name("cube", ["red cube", "blue cube"])
    with pytest.raises(UnknownObjectError, match="scene has"):
        ground_name("banana", NAMES)
    assert not parse_instruction("move the gripper above the cube", ["red cube", "blue cube"]).valid


def test_gripper_above_with_and_without_offset(cfg: GoalConfig) -> None:
    scene = make_scene()
    g = goal_for_instruction("move the gripper above the red cube", scene, cfg)
    assert g.valid, g.reason
    np.testing.assert_allclose(g.position, [0.5, 0.1, 0.05 + cfg.default_clearance_m])
    g20 = goal_for_instruction("move the gripper 20 cm above the duck", scene, cfg)
    np.testing.assert_allclose(g20.position, [0.4, -0.3, 0.08 + 0.20])
    assert g.frame_id == "world"


def test_top_down_grasp_orientation_aligned_with_object_yaw(cfg: GoalConfig) -> None:
    g = goal_for_instruction("move the gripper above the red cube", make_scene(), cfg)
    r = Rotation.from_quat(g.orientation_xyzw)
    np.testing.assert_allclose(r.apply([0, 0, 1]), [0, 0, -1], atol=1e-9)  # tool z points down
    x_axis = r.apply([1, 0, 0])
    assert math.atan2(x_axis[1], x_axis[0]) == pytest.approx(0.3)  # turned to the cube's yaw
    unaligned = GoalConfig(align_yaw=False)
    g2 = goal_for_instruction("move the gripper above the red cube", make_scene(), unaligned)
    np.testing.assert_allclose(np.abs(g2.orientation_xyzw), [1, 0, 0, 0], atol=1e-9)


@pytest.mark.parametrize("yaw_deg", [0.0, 90.0, -135.0, 30.0])
def test_viewer_relative_directions_follow_a_rotated_viewer(cfg: GoalConfig, yaw_deg: float) -> None:
    scene = make_scene(viewer_yaw_deg=yaw_deg)
    right, fwd = scene.viewer.right, scene.viewer.forward
    c = scene.find("mug").center
    wide = GoalConfig(limits=WorkspaceLimits([-2, -2, 0], [2, 2, 2]))
    expect = {"left of": -right, "right of": right, "in front of": -fwd, "behind": fwd}
    for phrase, d in expect.items():
        g = goal_for_instruction(f"move the gripper 10 cm {phrase} the mug", scene, wide)
        assert g.valid, g.reason
        np.testing.assert_allclose(g.position, c + 0.10 * d, atol=1e-9)
    # the placement goal rests on the support and lies at the requested centre offset
    p = goal_for_instruction("put the cube 10 cm to the left of the mug", scene, wide)
    cube = scene.find("red cube")
    np.testing.assert_allclose(p.position[:2], c[:2] - 0.10 * right[:2], atol=1e-9)
    assert p.position[2] == pytest.approx(scene.find("mug").box.bottom + cube.size[2] / 2)


def test_left_right_swap_when_the_viewer_turns_around() -> None:
    wide = GoalConfig(limits=WorkspaceLimits([-2, -2, 0], [2, 2, 2]))
    a = goal_for_instruction("put the cube 10 cm to the left of the mug", make_scene(0.0), wide)
    b = goal_for_instruction("put the cube 10 cm to the left of the mug", make_scene(180.0), wide)
    mug = make_scene().find("mug").center
    # viewer looking along +x: left = +y; turned around: left = -y
    np.testing.assert_allclose(a.position[:2], mug[:2] + [0, 0.10], atol=1e-9)
    np.testing.assert_allclose(b.position[:2], mug[:2] - [0, 0.10], atol=1e-9)


def test_default_horizontal_offset_clears_both_objects(cfg: GoalConfig) -> None:
    scene = make_scene()
    g = goal_for_instruction("put the cube to the right of the bowl", scene, cfg)
    bowl, cube = scene.find("blue bowl"), scene.find("red cube")
    d = np.linalg.norm(g.position[:2] - bowl.center[:2])
    assert d == pytest.approx(0.07 + cube.box.extent_along(np.array([0, -1.0])) / 2 + cfg.default_gap_m)
    assert g.position[1] < bowl.center[1]  # viewer's right is -y


def test_placement_uses_the_support_plane(cfg: GoalConfig) -> None:
    scene = make_scene(support=True)
    scene.support_plane = (np.array([0.0, 0.0, 1.0]), -0.01)  # table top at z = 0.01
    g = goal_for_instruction("put the cube 10 cm behind the mug", scene, cfg)
    assert g.position[2] == pytest.approx(0.01 + 0.025)
    g2 = goal_for_instruction("put the mug on the bowl", scene, cfg)
    np.testing.assert_allclose(g2.position, [0.5, -0.15, 0.06 + 0.05])


def test_closer_moves_along_the_line_and_refuses_to_overshoot(cfg: GoalConfig) -> None:
    scene = make_scene()
    tcp = np.array([0.5, 0.2, 0.3])
    mug = scene.find("mug").center
    g = goal_for_instruction("move the gripper 5 cm closer to the mug", scene, cfg, gripper_position=tcp)
    assert g.valid
    d0, d1 = np.linalg.norm(tcp - mug), np.linalg.norm(g.position - mug)
    assert d0 - d1 == pytest.approx(0.05)
    # without the robot's kinematics the scene's "gripper" object is used
    g_scene = goal_for_instruction("move the gripper 5 cm closer to the mug", scene, cfg)
    start = scene.find("gripper").center
    assert np.linalg.norm(start - mug) - np.linalg.norm(g_scene.position - mug) == pytest.approx(0.05)
    far = goal_for_instruction("move the gripper 10 cm farther from the mug", scene, cfg, gripper_position=tcp)
    assert np.linalg.norm(far.position - mug) - d0 == pytest.approx(0.10)
    over = goal_for_instruction("move the gripper 40 cm closer to the mug", scene, cfg, gripper_position=tcp)
    assert not over.valid and "closer" in over.reason


def test_goals_outside_the_limits_are_invalid(cfg: GoalConfig) -> None:
    scene = make_scene()
    high = goal_for_instruction("move the gripper 1 m above the mug", scene, cfg)
    assert not high.valid and "workspace" in high.reason and "z=" in high.reason
    low = goal_for_instruction("move the gripper below the mug", scene, cfg)
    assert not low.valid and "below the workspace limit" in low.reason
    side = goal_for_instruction("put the cube 60 cm to the right of the duck", scene, cfg)
    assert not side.valid and "y=" in side.reason


def test_scene_frame_must_match_the_limits_frame(cfg: GoalConfig) -> None:
    g = goal_for_instruction("move the gripper above the red cube", make_scene(frame_id="camera"), cfg)
    assert not g.valid and "'camera'" in g.reason


def test_unknown_reference_in_scene_is_invalid(cfg: GoalConfig) -> None:
    spec = GoalSpec(text="x", moved="gripper", relation="above", reference="banana")
    g = compute_goal(spec, make_scene(), cfg)
    assert not g.valid and "banana" in g.reason


def test_limits_and_config_validation() -> None:
    lim = WorkspaceLimits([0, 0, 0], [1, 1, 1])
    assert lim.contains([0.5, 0.5, 0.5]) and not lim.contains([0.5, 0.5, 1.5])
    assert not lim.contains([0.05, 0.5, 0.5], margin_m=0.1)
    assert "finite" in lim.violation([np.nan, 0, 0])
    with pytest.raises(ConfigError, match="below max"):
        WorkspaceLimits([0, 0, 1], [1, 1, 1])
    with pytest.raises(ConfigError, match="unknown key"):
        GoalConfig.from_dict({"clearance": 0.1})
    with pytest.raises(ConfigError, match="unit quaternion"):
        GoalConfig.from_dict({"grasp_orientation_xyzw": [1, 1, 0, 0]})
    with pytest.raises(ConfigError, match="min_xyz"):
        GoalConfig.from_dict({"limits": {"max_xyz": [1, 1, 1]}})


def test_reach_radius_limit() -> None:
    lim = WorkspaceLimits([-1, -1, 0], [1, 1, 1], max_radius_m=0.8)
    assert lim.contains([0.5, 0.5, 0.2])
    assert "reach limit" in lim.violation([0.7, 0.5, 0.2])
    assert WorkspaceLimits.from_dict(lim.to_dict()).max_radius_m == 0.8
    with pytest.raises(ConfigError, match="max_radius_m"):
        WorkspaceLimits([0, 0, 0], [1, 1, 1], max_radius_m=-1)


def test_placement_that_would_overlap_another_object_is_refused(cfg: GoalConfig) -> None:
    scene = make_scene()
    g = goal_for_instruction("put the cube 5 cm to the left of the bowl", scene, cfg)
    assert not g.valid and "overlap" in g.reason and "blue bowl" in g.reason
    ok = goal_for_instruction("put the cube 15 cm to the left of the bowl", scene, cfg)
    assert ok.valid, ok.reason
    # stacking onto the reference is allowed; onto an occupied spot is not
    assert goal_for_instruction("put the cube on the bowl", scene, cfg).valid
