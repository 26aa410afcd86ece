"""The shared camera synchroniser, a /tf message with one bad transform, the simulated camera's TF chain (no ROS)."""

from __future__ import annotations

import numpy as np
import pytest

from spatialvlm_ros.nodes.sim_camera import chain_edges
from spatialvlm_ros.ros import convert
from spatialvlm_ros.ros.bags import CameraTopics, tf_message
from spatialvlm_ros.ros.sync import CameraSynchronizer
from spatialvlm_ros.ros.tf_buffer import TransformBuffer

T0 = 1_000_000_000


class _Msg:
    def __init__(self, t_ns: int, tag: str) -> None:
        self.header = convert.header(t_ns, "cam")
        self.tag = tag


def test_synchroniser_takes_the_nearest_within_slop_and_drops_what_can_no_longer_match() -> None:
    topics = CameraTopics(masks="/masks")
    sync = CameraSynchronizer(topics, slop_ns=10_000_000, use_masks=True, queue_size=3)
    assert sync.push(topics.rgb, _Msg(T0, "rgb0")) == []
    assert sync.push(topics.depth, _Msg(T0 + 9_000_000, "depth_far")) == []
    assert sync.push(topics.depth, _Msg(T0 + 2_000_000, "depth_near")) == []
    assert sync.push(topics.camera_info, _Msg(T0, "info0")) == []
    (s,) = sync.push("/masks", _Msg(T0 - 1_000_000, "masks0"))
    assert (s.stamp_ns, s.rgb.tag, s.depth.tag, s.camera_info.tag, s.masks.tag) == (
        T0, "rgb0", "depth_near", "info0", "masks0")
    # the later depth (9 ms) is still queued for the next image; a colour image with no partner within the
    # slop stays queued and is dropped once a newer image completes a set
    assert sync.push(topics.rgb, _Msg(T0 + 50_000_000, "rgb_lonely")) == []
    for k in (topics.depth, topics.camera_info, "/masks"):
        out = sync.push(k, _Msg(T0 + 100_000_000, k))
    assert out == [] and sync.push(topics.rgb, _Msg(T0 + 100_000_000, "rgb2"))[0].rgb.tag == "rgb2"
    assert sync.dropped >= 1
    # queue overflow drops the oldest; an unrelated topic is ignored
    for i in range(5):
        sync.push(topics.rgb, _Msg(T0 + (200 + i) * 1_000_000, f"r{i}"))
    assert sync.push("/other", _Msg(T0, "x")) == []
    with pytest.raises(ValueError, match="slop"):
        CameraSynchronizer(topics, slop_ns=-1)


def _tf(parent: str, child: str, m: np.ndarray, t: int = T0):
    return convert.transform_stamped(m, parent, child, t)


def test_one_bad_transform_is_dropped_alone() -> None:
    a = np.eye(4)
    a[:3, 3] = [1.0, 0.0, 0.0]
    bad = _tf("map", "broken", np.eye(4))
    bad.transform.rotation.w = 0.0
    nan = _tf("map", "nan_frame", np.eye(4))
    nan.transform.translation.x = float("nan")
    buf = TransformBuffer()
    dropped = buf.add_tf_message(tf_message([_tf("map", "odom", a), bad, nan, _tf("odom", "cam", a)]))
    assert len(dropped) == 2 and "'map' -> 'broken'" in dropped[0] and "non-finite translation" in dropped[1]
    assert buf.lookup("map", "cam", T0)[:3, 3] == pytest.approx([2.0, 0.0, 0.0])  # the edge after the bad ones
    assert "broken" not in buf.frames()


def test_sim_camera_tf_chain_composes_in_order_to_the_camera_pose() -> None:
    from scipy.spatial.transform import Rotation

    cam = np.eye(4)
    cam[:3, :3] = Rotation.from_euler("xyz", [100, 10, -30], degrees=True).as_matrix()
    cam[:3, 3] = [0.2, -0.4, 0.9]
    edges = chain_edges(cam, ["map", "odom", "base_link", "camera"], seed=3)
    assert [(p, c) for p, c, _ in edges] == [("map", "odom"), ("odom", "base_link"), ("base_link", "camera")]
    ms = [m for _, _, m in edges]
    assert ms[0] @ ms[1] @ ms[2] == pytest.approx(cam)
    assert not np.allclose(ms[2] @ ms[1] @ ms[0], cam, atol=0.05)  # the edges do not commute
    buf = TransformBuffer()
    for t in (T0, T0 + 100_000_000):
        buf.add_transforms([_tf(p, c, m, t) for p, c, m in edges])
    assert buf.lookup("map", "camera", T0 + 50_000_000) == pytest.approx(cam)
    assert buf.lookup("camera", "map", T0) == pytest.approx(np.linalg.inv(cam))
