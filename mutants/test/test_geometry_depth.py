"""Depth decoding (units from the encoding) and back-projection against analytic renders."""

from __future__ import annotations

import numpy as np
import pytest
from helpers_geometry import Scene, look_at, render

from spatialvlm_ros.core.camera import CameraIntrinsics
from spatialvlm_ros.core.depth import backproject, decode_depth, encode_depth_mm, project
from spatialvlm_ros.core.scene import Box3D
from spatialvlm_ros.errors import InputError


def test_16uc1_and_mono16_are_millimetres() -> None:
    raw = np.array([[0, 1, 1500], [65535, 10, 2]], dtype=np.uint16)
    for enc in ("16UC1", "mono16"):
        d = decode_depth(raw, enc)
        assert d.dtype == np.float32
        assert np.allclose(d, raw / 1000.0)
        assert d[0, 0] == 0.0


def test_32fc1_is_metres_and_invalid_becomes_zero() -> None:
    raw = np.array([[1.25, np.nan, -1.0], [np.inf, 0.0, 3.5]], dtype=np.float64)
    d = decode_depth(raw, "32FC1")
    assert d.dtype == np.float32
    assert np.allclose(d, [[1.25, 0, 0], [0, 0, 3.5]])


@pytest.mark.parametrize("enc", ["8UC1", "rgb8", "16SC1x", "32FC3", ""])
def test_unknown_encoding_is_named(enc: str) -> None:
    with pytest.raises(InputError, match=repr(enc)):
        decode_depth(np.ones((2, 2), np.uint16), enc)


def test_dtype_must_match_encoding() -> None:
    with pytest.raises(InputError, match="integer millimetres"):
        decode_depth(np.ones((2, 2), np.float32), "16UC1")
    with pytest.raises(InputError, match="float metres"):
        decode_depth(np.ones((2, 2), np.uint16), "32FC1")


def test_encode_round_trip_and_limits() -> None:
    d = np.array([[0.0, 0.0004, 1.2345, np.nan], [-2.0, 65.535, 70.0, 0.5]], dtype=np.float32)
    mm = encode_depth_mm(d)
    assert mm.dtype == np.uint16
    assert mm[0].tolist() in ([0, 0, 1234, 0], [0, 0, 1235, 0])  # float32 1.2345 rounds either way
    assert mm[1].tolist() == [0, 65535, 0, 500]
    back = decode_depth(mm, "16UC1")
    assert abs(back[0, 2] - 1.2345) <= 0.0006


def test_backproject_matches_rendered_geometry() -> None:
    intr = CameraIntrinsics.from_fov(160, 120, 60)
    # camera 1 m above the floor looking straight down; a 20 cm cube centred under it
    T = look_at([0.0, 0.0, 1.0], [0.0, 0.0, 0.0])
    scene = Scene(boxes=[Box3D([0.0, 0.0, 0.1], [0.2, 0.2, 0.2])], names=["cube"])
    depth, labels = render(scene, intr, T)
    pts = backproject(depth, intr, labels == 1)
    assert np.allclose(pts[:, 2], 0.8, atol=1e-6)  # the cube's top is 0.8 m from the camera
    assert np.abs(pts[:, :2]).max() <= 0.1 + 1e-6 and np.abs(pts[:, :2]).max() > 0.09
    floor = backproject(depth, intr, labels == 0)
    world = floor @ T[:3, :3].T + T[:3, 3]
    assert np.allclose(world[:, 2], 0.0, atol=1e-6)
    # projecting back lands on the pixel centres
    rows, cols = np.nonzero((labels == 1) & (depth > 0))
    uv = project(pts, intr)
    assert np.allclose(uv, np.column_stack([cols, rows]), atol=1e-6)


def test_backproject_skips_invalid_and_checks_size() -> None:
    intr = CameraIntrinsics.from_fov(8, 6, 60)
    d = np.ones((6, 8), np.float32)
    d[0, 0] = 0.0
    d[1, 1] = np.nan
    assert len(backproject(d, intr)) == 46
    with pytest.raises(InputError, match="camera info says 8x6"):
        backproject(np.ones((5, 8), np.float32), intr)
