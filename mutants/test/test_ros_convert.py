"""Message <-> core conversion, frame assembly (incl. every bad input), TF buffer, throttled logs."""

from __future__ import annotations

import logging
import re
import threading
import time

import numpy as np
import pytest
from scipy.spatial.transform import Rotation

from spatialvlm_ros.core.camera import CameraIntrinsics
from spatialvlm_ros.core.frame import RGBDFrame, Segmentation
from spatialvlm_ros.errors import InputError
from spatialvlm_ros.ros import convert
from spatialvlm_ros.ros.frames import FrameAssembler
from spatialvlm_ros.ros.tf_buffer import TransformBuffer, TransformError
from spatialvlm_ros.ros.throttle import ThrottledLog

W, H = 8, 6
INTR = CameraIntrinsics(W, H, 5.0, 5.0, 3.5, 2.5)
STAMP = 1_000_000_000


def _rgb() -> np.ndarray:
    rng = np.random.default_rng(0)
    return rng.integers(0, 255, (H, W, 3), dtype=np.uint8)


def _msgs(depth_m: np.ndarray | None = None, encoding: str = "16UC1"):
    depth_m = np.full((H, W), 1.25, np.float32) if depth_m is None else depth_m
    frame = RGBDFrame(rgb=_rgb(), depth=depth_m, intrinsics=INTR, stamp_ns=STAMP, frame_id="cam")
    return convert.frame_to_messages(frame, depth_encoding=encoding)


# ------------------------------------------------------------------------ images


@pytest.mark.parametrize("encoding", ["rgb8", "bgr8"])
def test_colour_encodings_round_trip_to_rgb(encoding: str) -> None:
    rgb = _rgb()
    arr = rgb if encoding == "rgb8" else rgb[:, :, ::-1]
    msg = convert.array_to_image(arr, encoding, STAMP, "cam")
    assert np.array_equal(convert.image_to_rgb(msg), rgb)


def test_mono8_and_rgba_and_row_padding() -> None:
    gray = np.arange(H * W, dtype=np.uint8).reshape(H, W)
    out = convert.image_to_rgb(convert.array_to_image(gray, "mono8", 0, "c"))
    assert out.shape == (H, W, 3) and np.array_equal(out[:, :, 1], gray)
    rgba = np.dstack([_rgb(), np.full((H, W), 255, np.uint8)])
    assert np.array_equal(convert.image_to_rgb(convert.array_to_image(rgba, "rgba8", 0, "c")), rgba[:, :, :3])
    # a driver that pads each row to 32 bytes (step > width * 3)
    msg = convert.array_to_image(_rgb(), "rgb8", 0, "c")
    padded = np.zeros((H, 32), np.uint8)
    padded[:, : W * 3] = np.asarray(msg.data).reshape(H, W * 3)
    msg.step, msg.data = 32, padded.reshape(-1)
    assert np.array_equal(convert.image_to_rgb(msg), _rgb())


def test_depth_units_come_from_the_encoding() -> None:
    depth = np.full((H, W), 1.25, np.float32)
    depth[0, 0] = 0.0
    mm = _msgs(depth, "16UC1")["depth"]
    m = _msgs(depth, "32FC1")["depth"]
    assert mm.encoding == "16UC1" and int(convert.image_to_depth_raw(mm)[1, 1]) == 1250
    assert m.encoding == "32FC1" and convert.image_to_depth_raw(m)[1, 1] == pytest.approx(1.25)
    for msg in (mm, m):
        d = convert.image_to_depth_m(msg)
        assert d.dtype == np.float32 and d[1, 1] == pytest.approx(1.25, abs=1e-3)
        assert not (np.isfinite(d[0, 0]) and d[0, 0] > 0)  # invalid stays invalid


def test_big_endian_16uc1() -> None:
    depth = np.array([[1000, 2000], [300, 65535]], dtype=">u2")
    msg = convert.msg_type("sensor_msgs/msg/Image")(
        header=convert.header(0, "c"), height=2, width=2, encoding="16UC1", is_bigendian=1, step=4,
        data=np.frombuffer(depth.tobytes(), np.uint8).copy())
    assert convert.image_to_depth_raw(msg).tolist() == [[1000, 2000], [300, 65535]]


def test_camera_info_round_trip_and_uncalibrated_camera() -> None:
    info = convert.intrinsics_to_camera_info(INTR, STAMP, "cam")
    back = convert.camera_info_to_intrinsics(info)
    assert (back.width, back.height, back.fx, back.cx, back.cy) == (W, H, 5.0, 3.5, 2.5)
    info.k = np.zeros(9)
    info.p = np.zeros(12)
    with pytest.raises(InputError, match="calibrated"):
        convert.camera_info_to_intrinsics(info)


def test_transforms_and_boxes() -> None:
    m = np.eye(4)
    m[:3, :3] = Rotation.from_euler("xyz", [0.1, -0.2, 0.3]).as_matrix()
    m[:3, 3] = [1.0, 2.0, 3.0]
    assert np.allclose(convert.transform_to_matrix(convert.matrix_to_transform(m)), m)
    zero = convert.matrix_to_transform(np.eye(4))
    zero.rotation.w = 0.0
    with pytest.raises(InputError, match="quaternion"):
        convert.transform_to_matrix(zero)


# ------------------------------------------------------------------------ frame assembly and bad inputs


def test_assembles_a_valid_frame_with_masks() -> None:
    msgs = _msgs()
    labels = np.zeros((H, W), np.uint16)
    labels[2:4, 2:5] = 3
    masks = convert.segmentation_to_masks(Segmentation(labels, {3: "mug"}), STAMP, "cam")
    frame, why = FrameAssembler().assemble(msgs["rgb"], msgs["depth"], msgs["camera_info"], masks)
    assert why == "" and frame is not None
    assert frame.stamp_ns == STAMP and frame.frame_id == "cam"
    assert frame.depth[3, 3] == pytest.approx(1.25, abs=1e-3)
    assert frame.segmentation.ids_named("mug") == [3]


def _expect_reject(match: str, rgb, depth, info, masks=None, **kw) -> None:
    asm = FrameAssembler(**kw)
    frame, why = asm.assemble(rgb, depth, info, masks)
    assert frame is None and asm.rejected == 1
    assert re.search(match, why), why





def test_wrong_colour_encoding() -> None:
    m = _msgs()
    m["rgb"].encoding = "yuv422"
    _expect_reject("encoding 'yuv422'", m["rgb"], m["depth"], m["camera_info"])


def test_wrong_depth_encoding() -> None:
    m = _msgs()
    m["depth"].encoding = "8UC1"
    _expect_reject("depth image has encoding '8UC1'", m["rgb"], m["depth"], m["camera_info"])


def test_depth_camera_info_size_mismatch() -> None:
    m = _msgs()
    small = RGBDFrame(rgb=np.zeros((3, 4, 3), np.uint8), depth=np.ones((3, 4), np.float32),
                      intrinsics=CameraIntrinsics(4, 3, 2.0, 2.0, 1.5, 1.0), stamp_ns=STAMP, frame_id="cam")
    d = convert.frame_to_messages(small)["depth"]
    _expect_reject(r"depth image is 4x3 but camera_info says 8x6", m["rgb"], d, m["camera_info"])


def test_colour_camera_info_size_mismatch() -> None:
    m = _msgs()
    info = convert.intrinsics_to_camera_info(CameraIntrinsics(16, 12, 5, 5, 7.5, 5.5), STAMP, "cam")
    _expect_reject(r"colour image is 8x6 but camera_info says 16x12", m["rgb"], m["depth"], info)


def test_empty_image() -> None:
    m = _msgs()
    m["rgb"].height, m["rgb"].width, m["rgb"].step, m["rgb"].data = 0, 0, 0, np.zeros(0, np.uint8)
    _expect_reject("empty", m["rgb"], m["depth"], m["camera_info"])


def test_truncated_image_data() -> None:
    m = _msgs()
    m["depth"].data = np.asarray(m["depth"].data)[:10]
    _expect_reject("depth image data has 10 bytes", m["rgb"], m["depth"], m["camera_info"])


def test_all_nan_depth() -> None:
    m = _msgs(np.full((H, W), np.nan, np.float32), "32FC1")
    _expect_reject("no valid pixel", m["rgb"], m["depth"], m["camera_info"])


def test_all_zero_16uc1_depth() -> None:
    m = _msgs(np.zeros((H, W), np.float32), "16UC1")
    _expect_reject("no valid pixel", m["rgb"], m["depth"], m["camera_info"])


def test_stamp_skew_between_colour_and_depth() -> None:
    m = _msgs()
    m["depth"].header.stamp = convert.ns_to_stamp(STAMP + 200_000_000)
    _expect_reject(r"depth stamp is 0.200 s away", m["rgb"], m["depth"], m["camera_info"], max_stamp_skew_s=0.05)


def test_masks_of_the_wrong_size_and_ids_names_mismatch() -> None:
    m = _msgs()
    masks = convert.segmentation_to_masks(Segmentation(np.zeros((2, 2), np.uint16), {1: "a"}), STAMP, "cam")
    _expect_reject("mask image is 2x2", m["rgb"], m["depth"], m["camera_info"], masks)
    masks = convert.segmentation_to_masks(Segmentation(np.zeros((H, W), np.uint16), {1: "a"}), STAMP, "cam")
    masks.names = ["a", "b"]
    _expect_reject("1 ids but 2 names", m["rgb"], m["depth"], m["camera_info"], masks)


def test_garbage_message_object_never_raises() -> None:
    m = _msgs()
    _expect_reject("malformed camera message", object(), m["depth"], m["camera_info"])


def test_missing_tf_when_a_pose_is_required_lists_frames() -> None:
    tf = TransformBuffer()
    tf.add_matrix("world", "base_link", np.eye(4), static=True)
    m = _msgs()
    _expect_reject(r"frame 'cam' does not exist in TF \(known frames: base_link, world\)",
                   m["rgb"], m["depth"], m["camera_info"], world_frame="world", tf=tf, require_pose=True)
    # not required: the frame is used without a pose
    frame, why = FrameAssembler(world_frame="world", tf=tf).assemble(m["rgb"], m["depth"], m["camera_info"])
    assert frame is not None and frame.T_world_camera is None


def test_pose_from_tf_at_the_image_stamp() -> None:
    tf = TransformBuffer()
    a, b = np.eye(4), np.eye(4)
    a[:3, 3] = [0.0, 0.0, 1.0]
    b[:3, 3] = [1.0, 0.0, 1.0]
    tf.add_matrix("world", "cam", a, stamp_ns=STAMP - 100_000_000)
    tf.add_matrix("world", "cam", b, stamp_ns=STAMP + 100_000_000)
    m = _msgs()
    frame, _ = FrameAssembler(world_frame="world", tf=tf).assemble(m["rgb"], m["depth"], m["camera_info"])
    assert frame.T_world_camera[:3, 3] == pytest.approx([0.5, 0.0, 1.0])
    assert frame.world_frame_id == "world"


# ------------------------------------------------------------------------ TF buffer


def _tf_msg(parent: str, child: str, m: np.ndarray, stamp: int):
    return convert.msg_type("tf2_msgs/msg/TFMessage")(
        transforms=[convert.transform_stamped(m, parent, child, stamp)])


def test_tf_chain_through_a_common_ancestor() -> None:
    tf = TransformBuffer()
    base_cam = np.eye(4)
    base_cam[:3, :3] = Rotation.from_euler("z", 90, degrees=True).as_matrix()
    base_cam[:3, 3] = [0.2, 0.0, 0.5]
    base_hand = np.eye(4)
    base_hand[:3, 3] = [0.4, 0.1, 0.3]
    tf.add_tf_message(_tf_msg("base", "cam", base_cam, 0), static=True)
    tf.add_tf_message(_tf_msg("base", "hand", base_hand, STAMP), static=False)
    t_cam_hand = tf.lookup("cam", "hand", STAMP)
    assert np.allclose(t_cam_hand, np.linalg.inv(base_cam) @ base_hand)
    assert tf.frames() == ["base", "cam", "hand"]
    assert np.allclose(tf.lookup("cam", "cam"), np.eye(4))


def test_tf_interpolates_and_refuses_to_extrapolate() -> None:
    tf = TransformBuffer(tolerance_s=0.01)
    r0 = np.eye(4)
    r1 = np.eye(4)
    r1[:3, :3] = Rotation.from_euler("z", 90, degrees=True).as_matrix()
    r1[:3, 3] = [2.0, 0.0, 0.0]
    tf.add_matrix("odom", "base", r0, stamp_ns=STAMP)
    tf.add_matrix("odom", "base", r1, stamp_ns=STAMP + 1_000_000_000)
    mid = tf.lookup("odom", "base", STAMP + 500_000_000)
    assert mid[:3, 3] == pytest.approx([1.0, 0.0, 0.0])
    assert Rotation.from_matrix(mid[:3, :3]).as_euler("xyz", degrees=True)[2] == pytest.approx(45.0)
    with pytest.raises(TransformError, match=r"2.000 s after the newest"):
        tf.lookup("odom", "base", STAMP + 3_000_000_000)
    with pytest.raises(TransformError, match=r"before the oldest"):
        tf.lookup("odom", "base", STAMP - 500_000_000)


def test_tf_unknown_and_disconnected_frames() -> None:
    tf = TransformBuffer()
    tf.add_matrix("map", "odom", np.eye(4), static=True)
    tf.add_matrix("world", "cam", np.eye(4), static=True)
    with pytest.raises(TransformError, match=r"frame 'base_link' does not exist in TF \(known frames: cam, map, "
                                             r"odom, world\)"):
        tf.lookup("base_link", "cam")
    with pytest.raises(TransformError, match="not connected"):
        tf.lookup("map", "cam")


def test_tf_lookup_waits_for_a_late_transform() -> None:
    tf = TransformBuffer()
    tf.add_matrix("world", "base", np.eye(4), static=True)

    def late() -> None:
        time.sleep(0.1)
        tf.add_matrix("base", "cam", np.eye(4), stamp_ns=STAMP)

    t = threading.Thread(target=late)
    t.start()
    t0 = time.monotonic()
    m = tf.lookup("world", "cam", STAMP, timeout_s=2.0)
    t.join()
    assert np.allclose(m, np.eye(4)) and time.monotonic() - t0 < 1.5
    with pytest.raises(TransformError):
        tf.lookup("world", "nowhere", STAMP, timeout_s=0.05)


def test_tf_cache_drops_old_samples() -> None:
    tf = TransformBuffer(cache_s=1.0, tolerance_s=0.0)
    for i in range(5):
        tf.add_matrix("a", "b", np.eye(4), stamp_ns=i * 1_000_000_000)
    with pytest.raises(TransformError):
        tf.lookup("a", "b", 1_000_000_000)
    tf.lookup("a", "b", 3_500_000_000)


# ------------------------------------------------------------------------ throttled log


def test_throttled_log_one_line_per_period(caplog: pytest.LogCaptureFixture) -> None:
    now = [0.0]
    log = ThrottledLog(logging.getLogger("t.throttle"), period_s=5.0, clock=lambda: now[0])
    with caplog.at_level(logging.WARNING, logger="t.throttle"):
        assert log.warning("bad depth")
        for _ in range(10):
            assert not log.warning("bad depth")
        assert log.warning("other problem")
        now[0] = 6.0
        assert log.warning("bad depth")
    lines = [r.getMessage() for r in caplog.records]
    assert lines == ["bad depth", "other problem", "bad depth (10 similar suppressed)"]


# ------------------------------------------------------------------------ offline synchroniser


def test_frame_synchronizer_pairs_by_stamp_within_slop() -> None:
    from spatialvlm_ros.ros.bags import CameraTopics, FrameSynchronizer

    topics = CameraTopics()
    sync = FrameSynchronizer(topics, slop_ns=10_000_000)

    def msgs_at(t: int):
        f = RGBDFrame(rgb=_rgb(), depth=np.ones((H, W), np.float32), intrinsics=INTR, stamp_ns=t, frame_id="cam")
        return convert.frame_to_messages(f)

    a, b, c = msgs_at(STAMP), msgs_at(STAMP + 33_000_000), msgs_at(STAMP + 66_000_000)
    b["depth"].header.stamp = convert.ns_to_stamp(STAMP + 33_000_000 + 5_000_000)  # within slop
    c["depth"].header.stamp = convert.ns_to_stamp(STAMP + 66_000_000 + 25_000_000)  # beyond slop
    out = []
    # depth arrives before colour, info last; frame c never completes
    for m in (a, b, c):
        out += sync.push(topics.depth, m["depth"])
        out += sync.push(topics.rgb, m["rgb"])
        assert sync.push("/unrelated", m["rgb"]) == []
        out += sync.push(topics.camera_info, m["camera_info"])
    assert [s.stamp_ns for s in out] == [STAMP, STAMP + 33_000_000]
    assert convert.stamp_to_ns(out[1].depth.header.stamp) == STAMP + 38_000_000
    assert all(s.masks is None for s in out)


# ------------------------------------------------------------------------ compressed images (image_transport)


def _compressed(fmt: str, payload: bytes) -> object:
    return convert.msg_type("sensor_msgs/msg/CompressedImage")(
        header=convert.header(STAMP, "cam"), format=fmt, data=np.frombuffer(payload, np.uint8).copy())


def _png(arr: np.ndarray) -> bytes:
    import io

    from PIL import Image as PILImage

    buf = io.BytesIO()
    PILImage.fromarray(arr).save(buf, format="PNG")
    return buf.getvalue()


def test_compressed_colour_and_compressed_depth() -> None:
    import struct

    m = _msgs()
    rgb = _compressed("rgb8; png compressed rgb8", _png(_rgb()))
    assert np.array_equal(convert.image_to_rgb(rgb), _rgb())
    depth_mm = np.full((H, W), 1250, np.uint16)
    depth_mm[0, 0] = 0
    header = struct.pack("<iff", 0, 0.0, 0.0)
    depth = _compressed("16UC1; compressedDepth png", header + _png(depth_mm))
    frame, why = FrameAssembler().assemble(rgb, depth, m["camera_info"])
    assert why == "" and frame.depth[1, 1] == pytest.approx(1.25) and frame.depth[0, 0] == 0
    # a compressed depth of the wrong size is caught after decoding
    small = _compressed("16UC1; compressedDepth png", header + _png(depth_mm[:3, :4]))
    frame, why = FrameAssembler().assemble(rgb, small, m["camera_info"])
    assert frame is None and "depth image is 4x3 but camera_info says 8x6" in why


def test_bad_compressed_images() -> None:
    m = _msgs()
    frame, why = FrameAssembler().assemble(_compressed("jpeg", b"not a jpeg at all"), m["depth"], m["camera_info"])
    assert frame is None and "compressed colour image cannot be decoded" in why
    inv = _compressed("32FC1; compressedDepth", bytes(12) + _png(np.zeros((H, W), np.uint8)))
    frame, why = FrameAssembler().assemble(m["rgb"], inv, m["camera_info"])
    assert frame is None and "'32FC1; compressedDepth' is not supported" in why
