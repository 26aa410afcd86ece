"""Boundary tests: exact edges where a planted one-character bug would otherwise go unnoticed.

Each test pins a value that a plausible single-line mistake changes:
``<=``/``<`` at the reward tolerance and the workspace limits, the order in
which TF edges compose along a chain, a box centre computed as the mean of a
one-sided cloud, and a one-pixel shift in back-projection. Values are chosen
to be exact in binary floating point, so the boundaries are hit exactly.
"""

from __future__ import annotations

import numpy as np
import pytest
from scipy.spatial.transform import Rotation

from spatialvlm_ros.core.boxes import fit_gravity_box
from spatialvlm_ros.core.camera import CameraIntrinsics
from spatialvlm_ros.core.depth import backproject, backproject_pixels, project
from spatialvlm_ros.core.goal_geometry import check_goal
from spatialvlm_ros.core.goal_types import GoalConfig, GoalPose, GoalSpec, WorkspaceLimits
from spatialvlm_ros.core.reward import RewardShaper, RewardTask
from spatialvlm_ros.estimators.base import SpatialEstimate
from spatialvlm_ros.ros.tf_buffer import TransformBuffer


# ------------------------------------------------------------------ reward success at exactly the tolerance
def _reward(distance: float, tolerance: float, target: float = 0.5):
    task = RewardTask(objects=("gripper", "cube"), target_m=target, success_tolerance_m=tolerance, success_bonus=1.0)
    est = SpatialEstimate(query=task.query(), valid=True, source="geometry", value_m=distance)
    return RewardShaper(task).step(est, 1)


@pytest.mark.parametrize("distance", [0.75, 0.25])  # error exactly 0.25 above and below the target
def test_reward_success_at_exactly_the_tolerance(distance) -> None:
    sig = _reward(distance, 0.25)
    assert sig.valid and sig.success and sig.components["success"] == 1.0
    just_out = _reward(distance + (1e-9 if distance > 0.5 else -1e-9), 0.25)
    assert not just_out.success and just_out.components["success"] == 0.0


def test_zero_tolerance_succeeds_only_on_the_target() -> None:
    assert _reward(0.5, 0.0).success
    assert not _reward(np.nextafter(0.5, 1.0), 0.0).success


# ------------------------------------------------------------------ a point exactly on the workspace limit
LIM = WorkspaceLimits([0.0, -0.5, 0.25], [1.0, 0.5, 0.75], "world")


@pytest.mark.parametrize("axis", [0, 1, 2])
@pytest.mark.parametrize("side", ["min", "max"])
def test_point_exactly_on_the_workspace_limit_is_inside(axis, side) -> None:
    p = np.array([0.5, 0.0, 0.5])
    edge = (LIM.min_xyz if side == "min" else LIM.max_xyz)[axis]
    p[axis] = edge
    assert LIM.contains(p) and LIM.violation(p) == ""
    goal = check_goal(GoalPose("world", p.copy(), np.array([0.0, 0.0, 0.0, 1.0]), True, "", GoalSpec("test")), GoalConfig(limits=LIM))
    assert goal.valid
    p[axis] = np.nextafter(edge, -10.0 if side == "min" else 10.0)
    assert not LIM.contains(p) and "xyz"[axis] + "=" in LIM.violation(p)
    goal = check_goal(GoalPose("world", p.copy(), np.array([0.0, 0.0, 0.0, 1.0]), True, "", GoalSpec("test")), GoalConfig(limits=LIM))
    assert not goal.valid and "outside the workspace" in goal.reason


def test_margin_shrinks_the_limits_exactly() -> None:
    p = np.array([0.75, 0.0, 0.5])
    assert LIM.contains(p, margin_m=0.25) and not LIM.contains(np.nextafter(p, 10.0), margin_m=0.25)


def test_reach_radius_exactly_on_the_limit() -> None:
    lim = WorkspaceLimits([-2.0, -2.0, 0.0], [2.0, 2.0, 1.0], "world", max_radius_m=1.0)
    assert lim.contains(np.array([1.0, 0.0, 0.5])) and not lim.contains(np.array([np.nextafter(1.0, 2.0), 0.0, 0.5]))


# ------------------------------------------------------------------ TF composition order along a chain
def _T(rotvec, t) -> np.ndarray:
    m = np.eye(4)
    m[:3, :3] = Rotation.from_rotvec(rotvec).as_matrix()
    m[:3, 3] = t
    return m


def test_tf_chain_composes_parent_to_child_in_order() -> None:
    # three non-commuting edges: world -> a (yaw 90 deg), a -> b (roll 90 deg), b -> c (pitch 30 deg)
    T_wa = _T([0, 0, np.pi / 2], [1.0, 0.0, 0.0])
    T_ab = _T([np.pi / 2, 0, 0], [0.0, 2.0, 0.0])
    T_bc = _T([0, np.pi / 6, 0], [0.0, 0.0, 3.0])
    assert not np.allclose(T_wa @ T_ab, T_ab @ T_wa) and not np.allclose(T_ab @ T_bc, T_bc @ T_ab)
    tf = TransformBuffer()
    tf.add_matrix("world", "a", T_wa, static=True)
    tf.add_matrix("a", "b", T_ab, static=True)
    tf.add_matrix("b", "c", T_bc, static=True)
    expected = T_wa @ T_ab @ T_bc
    assert np.allclose(tf.lookup("world", "c"), expected, atol=1e-12)
    assert np.allclose(tf.lookup("c", "world"), np.linalg.inv(expected), atol=1e-12)
    assert np.allclose(tf.lookup("a", "c"), T_ab @ T_bc, atol=1e-12)
    # the origin of c lands where composing the edges by hand puts it
    assert np.allclose(tf.lookup("world", "c")[:3, 3], (T_wa @ T_ab @ np.array([0, 0, 3.0, 1.0]))[:3], atol=1e-12)


def test_tf_between_two_branches() -> None:
    T_wa = _T([0, 0, np.pi / 2], [1.0, 0.0, 0.0])
    T_ab = _T([np.pi / 2, 0, 0], [0.0, 2.0, 0.0])
    T_wd = _T([0, np.pi / 3, 0], [0.0, -1.0, 0.5])
    tf = TransformBuffer()
    tf.add_matrix("world", "a", T_wa, static=True)
    tf.add_matrix("a", "b", T_ab, static=True)
    tf.add_matrix("world", "d", T_wd, static=True)
    assert np.allclose(tf.lookup("d", "b"), np.linalg.inv(T_wd) @ T_wa @ T_ab, atol=1e-12)
    assert np.allclose(tf.lookup("b", "d"), np.linalg.inv(T_wa @ T_ab) @ T_wd, atol=1e-12)


# ------------------------------------------------------------------ one-sided cloud: the box centre is the extent's middle
def test_box_centre_of_a_one_sided_cloud_is_the_middle_of_its_extent() -> None:
    rng = np.random.default_rng(0)
    dense = rng.uniform([0.0, 0.0, 0.0], [0.0125, 0.0625, 0.125], size=(2000, 3))  # crowded at the x = 0 end
    corners = np.array([[x, y, z] for x in (0.0, 0.25) for y in (0.0, 0.0625) for z in (0.0, 0.125)])
    sparse = np.column_stack([np.full(20, 0.25), rng.uniform(0, 0.0625, 20), rng.uniform(0, 0.125, 20)])
    pts = np.vstack([dense, corners, sparse])
    box, _ = fit_gravity_box(pts, percentile=0.0)
    assert np.allclose(box.center, [0.125, 0.03125, 0.0625], atol=1e-9), box.center
    assert abs(pts.mean(axis=0)[0] - 0.125) > 0.1  # the mean would be far off
    assert np.allclose(sorted(box.size[:2]), [0.0625, 0.25], atol=1e-9) and abs(box.size[2] - 0.125) < 1e-12


# ------------------------------------------------------------------ one-pixel back-projection
def test_backprojection_of_a_single_pixel_is_exact() -> None:
    intr = CameraIntrinsics(8, 6, 64.0, 128.0, 3.5, 2.5)
    depth = np.zeros((6, 8), np.float32)
    depth[1, 6] = 2.0  # row v = 1, column u = 6
    pts = backproject(depth, intr)
    assert pts.shape == (1, 3)
    assert pts[0].tolist() == [(6 - 3.5) * 2.0 / 64.0, (1 - 2.5) * 2.0 / 128.0, 2.0]
    assert project(pts, intr)[0].tolist() == [6.0, 1.0]
    # the principal point back-projects onto the optical axis
    assert backproject_pixels(np.full((6, 8), 1.5), CameraIntrinsics(8, 6, 64.0, 128.0, 3.0, 2.0),
                              np.array([2]), np.array([3]))[0].tolist() == [0.0, 0.0, 1.5]
