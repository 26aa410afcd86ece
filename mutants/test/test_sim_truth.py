"""True boxes from poses and the truth documents (numpy only, known answers)."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.spatial.transform import Rotation

from spatialvlm_ros.core.scene import Box3D
from spatialvlm_ros.sim.truth import (
    SceneTruth,
    TruthObject,
    box_from_aabbs,
    box_from_points,
    box_from_pose,
    truth_scene_graph,
)

EXT = np.array([0.2, 0.1, 0.05])


def test_upright_box_keeps_its_extents_and_yaw():
    q = Rotation.from_euler("z", 30, degrees=True).as_quat()
    box = box_from_pose(EXT, np.array([0.5, 0.1, 0.025]), q)
    assert np.allclose(box.size, EXT) and box.yaw == pytest.approx(np.radians(30))
    assert np.allclose(box.center, [0.5, 0.1, 0.025])


def test_box_on_its_side_swaps_height_and_width():
    q = Rotation.from_euler("xz", [90, 40], degrees=True).as_quat()  # roll onto its side, then turn
    box = box_from_pose(EXT, np.zeros(3), q)
    assert np.allclose(box.size, [0.2, 0.05, 0.1], atol=1e-9)
    assert box.yaw == pytest.approx(np.radians(40))


def test_tilted_box_gets_the_bounds_of_its_corners():
    q = Rotation.from_euler("x", 45, degrees=True).as_quat()
    box = box_from_pose(EXT, np.array([0.0, 0.0, 1.0]), q)
    c = np.cos(np.pi / 4)
    assert box.yaw == pytest.approx(0.0)
    assert np.allclose(box.size, [0.2, (0.1 + 0.05) * c, (0.1 + 0.05) * c])
    # every true corner lies inside the box
    R = Rotation.from_quat(q).as_matrix()
    corners = np.array([[sx, sy, sz] for sx in (-1, 1) for sy in (-1, 1) for sz in (-1, 1)]) * EXT / 2
    world = corners @ R.T + [0.0, 0.0, 1.0]
    assert np.all(np.abs(world - box.center) <= box.size / 2 + 1e-9)


def test_boxes_from_aabbs_and_points():
    box = box_from_aabbs([((0, 0, 0), (1, 1, 1)), ((0.5, -1, 0.2), (2, 0.5, 0.4))])
    assert np.allclose(box.center, [1.0, 0.0, 0.5]) and np.allclose(box.size, [2, 2, 1]) and box.yaw == 0
    square = np.array([[1, 0, 0], [0, 1, 0], [-1, 0, 0], [0, -1, 0], [0, 0, 0.3]], float)
    rot = box_from_points(square, np.pi / 4)
    assert np.allclose(rot.size, [np.sqrt(2), np.sqrt(2), 0.3]) and np.allclose(rot.center, [0, 0, 0.15])


def test_truth_round_trip_and_filters():
    objs = [
        TruthObject(1, "red cube", Box3D([0.5, 0, 0.03], [0.06] * 3, 0.2), np.array([0.5, 0, 0.03]),
                    np.array([0, 0, 0, 1.0]), visible_pixels=500),
        TruthObject(2, "gripper", Box3D([0.4, 0, 0.4], [0.06, 0.2, 0.14]), np.array([0.4, 0, 0.34]),
                    np.array([1.0, 0, 0, 0]), visible_pixels=3),
    ]
    truth = SceneTruth.from_dict(SceneTruth(objs).to_dict())
    assert truth.names() == ["red cube", "gripper"]
    assert truth.find("red cube").box.yaw == pytest.approx(0.2) and truth.find("gripper").visible_pixels == 3
    T = np.eye(4)
    T[:3, :3] = [[0, 0, 1], [-1, 0, 0], [0, -1, 0]]  # level camera looking along +x
    T[:3, 3] = [0.0, 0.0, 0.5]
    g = truth_scene_graph(truth, T, min_visible_pixels=10)
    assert g.names() == ["red cube"]
    assert np.allclose(g.viewer.forward, [1, 0, 0]) and np.allclose(g.viewer.right, [0, -1, 0])
    assert g.support_plane is not None and np.allclose(g.support_plane[0], [0, 0, 1])
