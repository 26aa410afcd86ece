"""SimWorld on the real pybullet: rendering with the gripper segmented, IK motion, truth,
teleporting objects."""

from __future__ import annotations

import numpy as np
import pytest
from helpers_sim import backproject_world, outside_distance

from spatialvlm_ros.errors import UnknownObjectError
from spatialvlm_ros.sim.tabletop import SimConfig
from spatialvlm_ros.sim.truth import GRIPPER_NAME
from spatialvlm_ros.sim.world import SimWorld


@pytest.fixture(scope="module")
def world():
    w = SimWorld(seed=2, config=SimConfig.from_yaml(), noisy=False)
    yield w
    w.close()


def test_render_has_gripper_pose_and_stamp(world):
    frame = world.render()
    frame.validate()
    assert frame.stamp_ns == world.sim_time_ns
    assert frame.world_frame_id == "world"
    seg = frame.segmentation
    names = set(seg.names.values())
    assert GRIPPER_NAME in names and set(world.object_names()) <= names
    assert GRIPPER_NAME not in world.object_names() and world.object_names(True)[-1] == GRIPPER_NAME
    truth = world.truth()
    grip = truth.find(GRIPPER_NAME)
    assert seg.ids_named(GRIPPER_NAME) == [grip.id] and grip.visible_pixels > 0
    # every segmented pixel back-projects into its object's true box (gripper included)
    pts = backproject_world(frame.depth, frame.intrinsics, frame.T_world_camera)
    for o in truth.objects:
        sel = pts[seg.labels == o.id]
        assert len(sel) > 0
        assert np.percentile(outside_distance(o.box, sel), 99) < 0.003, o.name
    # the TCP lies between the fingers, below the hand, inside the gripper box
    tcp = world.gripper_position()
    assert np.all(np.abs(tcp - grip.box.center)[:2] <= grip.box.size[:2] / 2)
    assert grip.box.bottom - 0.01 <= tcp[2] <= grip.box.center[2]


def test_move_gripper_to_reachable_target(world):
    start_ns = world.sim_time_ns
    before = world.truth().find(GRIPPER_NAME).box.center
    target = world.gripper_position() + np.array([0.08, -0.10, -0.12])
    assert world.move_gripper_to(target, max_steps=3000)
    assert np.linalg.norm(world.gripper_position() - target) < 0.01
    elapsed_s = (world.sim_time_ns - start_ns) / 1e9
    assert elapsed_s > 0.1  # motion takes simulated time (speed-limited)
    after = world.truth().find(GRIPPER_NAME).box.center
    assert np.linalg.norm((after - before) - np.array([0.08, -0.10, -0.12])) < 0.015
    # the gripper box is tight and follows the hand's yaw: same size in any pose
    size_before = world.truth().find(GRIPPER_NAME).box.size
    assert world.move_gripper_to(target + np.array([0.0, 0.15, 0.05]), quaternion_xyzw=[0.9238795, 0.3826834, 0.0, 0.0])
    assert np.allclose(world.truth().find(GRIPPER_NAME).box.size, size_before, atol=0.002)
    assert 0.05 < size_before[0] < 0.08 and 0.18 < size_before[1] < 0.22  # the Franka hand's footprint
    assert world.move_gripper_to(target)
    frame = world.render()
    assert frame.stamp_ns == world.sim_time_ns > start_ns
    assert GRIPPER_NAME in frame.segmentation.names.values()


def test_streamed_small_targets_do_not_build_up_lag(world):
    """A controller streaming 4 cm targets every 0.1 s (0.4 m/s) is followed with a steady lag."""
    start = world.gripper_position().copy()
    direction = np.array([0.0, -1.0, 0.0])
    lags = []
    for i in range(1, 11):
        target = start + direction * 0.04 * i
        world.set_gripper_target(target)
        world.step(24)
        lags.append(float(np.linalg.norm(world.gripper_position() - target)))
    assert max(lags) < 0.02
    assert lags[-1] - lags[1] < 0.004  # no build-up (restarting each target from the TCP gave +1 cm)
    assert world.move_gripper_to(start)


def test_unreachable_target_reports_failure(world):
    start = world.gripper_position()
    assert not world.move_gripper_to([2.0, 0.0, 0.3], max_steps=400)
    assert np.linalg.norm(world.gripper_position() - np.array([2.0, 0.0, 0.3])) > 0.5
    assert world.move_gripper_to(start, max_steps=3000)


def test_reset_object_pose_moves_truth_and_image(world):
    name = world.object_names()[0]
    obj = world.truth().find(name)
    new = np.array([0.45, 0.25, obj.box.size[2] / 2])
    world.reset_object_pose(name, new)
    moved = world.truth().find(name)
    assert np.allclose(moved.box.center, new, atol=1e-6) and moved.box.yaw == pytest.approx(0.0, abs=1e-9)
    frame = world.render()
    ids = frame.segmentation.ids_named(name)
    if ids:  # visible: its pixels are at the new place
        pts = backproject_world(frame.depth, frame.intrinsics, frame.T_world_camera)[frame.segmentation.labels == ids[0]]
        assert np.percentile(outside_distance(moved.box, pts), 99) < 0.003
    with pytest.raises(UnknownObjectError, match="no object 'unicorn'"):
        world.reset_object_pose("unicorn", new)


def test_noisy_world_frames_are_deterministic():
    cfg = SimConfig.from_yaml()
    cfg.world["renderer"] = "tiny"
    frames = []
    for _ in range(2):
        with SimWorld(seed=4, config=cfg, noisy=True, objects=["red cube"]) as w:
            assert w.object_names()[0] == "red cube"
            frames.append(w.render())
    a, b = frames
    assert np.array_equal(a.depth, b.depth) and np.array_equal(a.segmentation.labels, b.segmentation.labels)
    assert np.any(a.depth == 0)  # holes / edges of the noise model


def test_closing_twice_does_not_disconnect_a_newer_world():
    """pybullet reuses client ids: a stale close() must leave the new world running."""
    cfg = SimConfig.from_yaml()
    cfg.world["renderer"] = "tiny"
    old = SimWorld(seed=5, config=cfg)
    old.close()
    new = SimWorld(seed=5, config=cfg)
    try:
        old.close()
        assert new.render().segmentation is not None
    finally:
        new.close()
