"""The scene directory format: write -> read round trips and one clear error per bad input."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import yaml
from PIL import Image

from spatialvlm_ros.core.camera import CameraIntrinsics
from spatialvlm_ros.core.frame import RGBDFrame, Segmentation
from spatialvlm_ros.core.scene_builder import build_scene_graph
from spatialvlm_ros.errors import EmptyDepthError, InputError, UnknownObjectError, UnreadableInputError
from spatialvlm_ros.io.scene_dir import read_scene_dir, write_scene_dir

W, H = 64, 48


def _frame(with_pose: bool = True) -> RGBDFrame:
    rng = np.random.default_rng(0)
    intr = CameraIntrinsics(W, H, 50.0, 52.0, 31.0, 24.5)
    depth = rng.uniform(0.5, 2.0, size=(H, W)).astype(np.float32)
    depth[0, :5] = 0.0
    labels = np.zeros((H, W), dtype=np.uint16)
    labels[10:20, 10:30] = 1
    labels[25:40, 35:60] = 300  # ids above 255 need 16-bit masks
    rgb = rng.integers(0, 256, size=(H, W, 3), dtype=np.uint8)
    pose = None
    if with_pose:
        c, s = np.cos(0.4), np.sin(0.4)
        pose = np.array([[c, 0, s, 0.1], [0, 1, 0, -0.2], [-s, 0, c, 0.9], [0, 0, 0, 1.0]])
    return RGBDFrame(
        rgb=rgb, depth=depth, intrinsics=intr, frame_id="cam_optical", stamp_ns=123456789,
        T_world_camera=pose, world_frame_id="base_link",
        segmentation=Segmentation(labels=labels, names={1: "red cube", 300: "blue mug"}),
    )


@pytest.fixture()
def scene_dir(tmp_path: Path) -> Path:
    return write_scene_dir(tmp_path / "scene", _frame())


def _err(path: Path, kind: type[InputError] = InputError) -> str:
    """The one-line message of the ``kind`` of :class:`InputError` reading ``path`` raises."""
    with pytest.raises(InputError) as info:
        read_scene_dir(path)
    assert isinstance(info.value, kind), type(info.value)  # the data engine's skip reason comes from the type
    msg = str(info.value)
    assert "\n" not in msg
    return msg


# ------------------------------------------------------------------ round trips
@pytest.mark.parametrize("fmt", ["png", "npy"])
def test_round_trip(tmp_path: Path, fmt: str) -> None:
    f = _frame()
    out = write_scene_dir(tmp_path / "s", f, depth_format=fmt)
    g = read_scene_dir(out)
    assert np.array_equal(g.rgb, f.rgb)
    tol = 0.0005 + 1e-6 if fmt == "png" else 0.0
    assert np.max(np.abs(g.depth - f.depth)) <= tol
    assert g.depth[0, 0] == 0.0
    assert np.array_equal(g.segmentation.labels, f.segmentation.labels)
    assert g.segmentation.names == f.segmentation.names
    assert g.intrinsics.fx == f.intrinsics.fx and g.intrinsics.cy == f.intrinsics.cy
    assert np.allclose(g.T_world_camera, f.T_world_camera)
    assert g.world_frame_id == "base_link" and g.frame_id == "cam_optical" and g.stamp_ns == 123456789
    assert g.metadata["scene_dir"] == str(out)
    assert (out / ("depth." + fmt)).is_file() and not (out / ("depth." + ("npy" if fmt == "png" else "png"))).exists()


def test_round_trip_without_pose_and_format_switch(tmp_path: Path) -> None:
    out = write_scene_dir(tmp_path / "s", _frame(), depth_format="npy")
    write_scene_dir(out, _frame(with_pose=False), depth_format="png")  # overwrite: stale files go
    g = read_scene_dir(out)
    assert g.T_world_camera is None
    assert not (out / "depth.npy").exists() and not (out / "camera_pose.yaml").exists()


def test_camera_info_is_ros_layout(scene_dir: Path) -> None:
    info = yaml.safe_load((scene_dir / "camera_info.yaml").read_text())
    for key in ("image_width", "image_height", "camera_matrix", "distortion_model",
                "distortion_coefficients", "rectification_matrix", "projection_matrix"):
        assert key in info
    assert info["camera_matrix"]["data"][0] == 50.0 and info["image_width"] == W


def test_png_depth_is_millimetres(scene_dir: Path) -> None:
    raw = np.asarray(Image.open(scene_dir / "depth.png"))
    assert raw.dtype == np.uint16
    f = _frame()
    assert abs(int(raw[5, 5]) - round(float(f.depth[5, 5]) * 1000)) <= 1


def test_float64_npy_is_converted(scene_dir: Path) -> None:
    (scene_dir / "depth.png").unlink()
    d = _frame().depth.astype(np.float64)
    d[1, 1] = np.nan
    np.save(scene_dir / "depth.npy", d)
    g = read_scene_dir(scene_dir)
    assert g.depth.dtype == np.float32 and g.depth[1, 1] == 0.0
    assert abs(g.depth[5, 5] - d[5, 5]) < 1e-6


def test_8bit_masks_are_accepted(scene_dir: Path) -> None:
    labels = np.zeros((H, W), dtype=np.uint8)
    labels[10:20, 10:30] = 1
    Image.fromarray(labels).save(scene_dir / "masks.png")
    (scene_dir / "objects.json").write_text(json.dumps({"objects": [{"id": 1, "name": "red cube"}]}))
    g = read_scene_dir(scene_dir)
    assert g.segmentation.names == {1: "red cube"} and g.segmentation.mask(1).sum() == 200


# ------------------------------------------------------------------ missing files
@pytest.mark.parametrize("name", ["rgb.png", "camera_info.yaml", "masks.png", "objects.json"])
def test_missing_file_is_named(scene_dir: Path, name: str) -> None:
    (scene_dir / name).unlink()
    assert name in _err(scene_dir, UnreadableInputError)


def test_missing_depth(scene_dir: Path) -> None:
    (scene_dir / "depth.png").unlink()
    msg = _err(scene_dir)
    assert "depth.png" in msg and "depth.npy" in msg
    assert read_scene_dir(scene_dir, require_depth=False).depth is None


def test_missing_directory(tmp_path: Path) -> None:
    assert "not found" in _err(tmp_path / "nope", UnreadableInputError)


def test_both_depth_files(scene_dir: Path) -> None:
    np.save(scene_dir / "depth.npy", _frame().depth)
    assert "both" in _err(scene_dir)


# ------------------------------------------------------------------ sizes
def test_wrong_rgb_size(scene_dir: Path) -> None:
    Image.fromarray(np.zeros((H, W + 2, 3), np.uint8)).save(scene_dir / "rgb.png")
    msg = _err(scene_dir)
    assert "rgb.png" in msg and f"{W + 2}x{H}" in msg and "camera_info.yaml" in msg


def test_wrong_depth_size(scene_dir: Path) -> None:
    Image.fromarray(np.ones((H - 1, W), np.uint16)).save(scene_dir / "depth.png")
    msg = _err(scene_dir)
    assert "depth.png" in msg and f"{W}x{H - 1}" in msg


def test_wrong_mask_size(scene_dir: Path) -> None:
    m = np.zeros((H, W - 4), np.uint16)
    m[0, 0] = 1
    m[1, 1] = 300
    Image.fromarray(m).save(scene_dir / "masks.png")
    msg = _err(scene_dir)
    assert "masks.png" in msg and f"{W - 4}x{H}" in msg


# ------------------------------------------------------------------ encodings
def test_8bit_depth_png_is_rejected(scene_dir: Path) -> None:
    Image.fromarray(np.full((H, W), 100, np.uint8)).save(scene_dir / "depth.png")
    msg = _err(scene_dir)
    assert "depth.png" in msg and "encoding" in msg and "'L'" in msg


def test_rgb_depth_png_is_rejected(scene_dir: Path) -> None:
    Image.fromarray(np.full((H, W, 3), 100, np.uint8)).save(scene_dir / "depth.png")
    msg = _err(scene_dir)
    assert "depth.png" in msg and "'RGB'" in msg


def test_integer_depth_npy_is_rejected(scene_dir: Path) -> None:
    (scene_dir / "depth.png").unlink()
    np.save(scene_dir / "depth.npy", np.ones((H, W), np.uint16))
    msg = _err(scene_dir)
    assert "depth.npy" in msg and "uint16" in msg


def test_colour_masks_are_rejected(scene_dir: Path) -> None:
    Image.fromarray(np.zeros((H, W, 3), np.uint8)).save(scene_dir / "masks.png")
    msg = _err(scene_dir)
    assert "masks.png" in msg and "encoding" in msg


def test_not_an_image(scene_dir: Path) -> None:
    (scene_dir / "rgb.png").write_text("hello")
    assert "rgb.png" in _err(scene_dir)


# ------------------------------------------------------------------ depth content
def test_all_invalid_png_depth(scene_dir: Path) -> None:
    Image.fromarray(np.zeros((H, W), np.uint16)).save(scene_dir / "depth.png")
    msg = _err(scene_dir)
    assert "depth.png" in msg and "no valid depth" in msg


def test_all_nan_npy_depth(scene_dir: Path) -> None:
    (scene_dir / "depth.png").unlink()
    np.save(scene_dir / "depth.npy", np.full((H, W), np.nan, np.float32))
    assert "no valid depth" in _err(scene_dir, EmptyDepthError)


# ------------------------------------------------------------------ objects.json
def test_malformed_objects_json(scene_dir: Path) -> None:
    (scene_dir / "objects.json").write_text('{"objects": [{"id": 1, "name": "red cube"},]}')
    msg = _err(scene_dir)
    assert "objects.json" in msg and "malformed JSON" in msg


def test_objects_json_wrong_layout(scene_dir: Path) -> None:
    (scene_dir / "objects.json").write_text('[{"id": 1, "name": "red cube"}]')
    assert "objects.json" in _err(scene_dir)


def test_objects_json_id_not_in_masks(scene_dir: Path) -> None:
    objs = {"objects": [{"id": 1, "name": "red cube"}, {"id": 300, "name": "blue mug"}, {"id": 7, "name": "duck"}]}
    (scene_dir / "objects.json").write_text(json.dumps(objs))
    msg = _err(scene_dir)
    assert "id 7" in msg and "duck" in msg and "masks.png" in msg


@pytest.mark.parametrize(
    "entry,needle",
    [({"id": "one", "name": "x"}, "not an integer"), ({"id": 1}, "needs an 'id' and a 'name'"),
     ({"id": 1, "name": ""}, "empty")],
)
def test_objects_json_bad_entries(scene_dir: Path, entry: dict, needle: str) -> None:
    (scene_dir / "objects.json").write_text(json.dumps({"objects": [entry]}))
    assert needle in _err(scene_dir)


def test_objects_json_duplicate_id(scene_dir: Path) -> None:
    objs = {"objects": [{"id": 1, "name": "a"}, {"id": 1, "name": "b"}]}
    (scene_dir / "objects.json").write_text(json.dumps(objs))
    assert "twice" in _err(scene_dir)


def test_unnamed_mask_ids_are_dropped(scene_dir: Path) -> None:
    (scene_dir / "objects.json").write_text(json.dumps({"objects": [{"id": 1, "name": "red cube"}]}))
    g = read_scene_dir(scene_dir)
    assert set(np.unique(g.segmentation.labels)) == {0, 1}


def test_unknown_object_name_at_query_time(scene_dir: Path) -> None:
    g = read_scene_dir(scene_dir)
    with pytest.raises(UnknownObjectError, match="'duck'.*red cube"):
        build_scene_graph(g, names=["duck"])
    scene = build_scene_graph(g)
    with pytest.raises(UnknownObjectError, match="duck"):
        scene.find("duck")


# ------------------------------------------------------------------ YAML files
def test_camera_info_missing_key(scene_dir: Path) -> None:
    info = yaml.safe_load((scene_dir / "camera_info.yaml").read_text())
    del info["camera_matrix"]
    (scene_dir / "camera_info.yaml").write_text(yaml.safe_dump(info))
    msg = _err(scene_dir)
    assert "camera_info.yaml" in msg and "camera_matrix" in msg


def test_camera_info_bad_yaml(scene_dir: Path) -> None:
    (scene_dir / "camera_info.yaml").write_text("image_width: [1, 2\n")
    msg = _err(scene_dir)
    assert "camera_info.yaml" in msg and "YAML" in msg


def test_pose_wrong_shape(scene_dir: Path) -> None:
    (scene_dir / "camera_pose.yaml").write_text(yaml.safe_dump({"T_world_camera": [[1, 0, 0], [0, 1, 0]]}))
    msg = _err(scene_dir)
    assert "camera_pose.yaml" in msg and "4x4" in msg


def test_pose_not_a_rotation(scene_dir: Path) -> None:
    t = np.eye(4)
    t[0, 0] = 2.0
    (scene_dir / "camera_pose.yaml").write_text(yaml.safe_dump({"T_world_camera": t.tolist()}))
    assert "rotation" in _err(scene_dir)


def test_write_rejects_unknown_depth_format(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="depth_format"):
        write_scene_dir(tmp_path / "s", _frame(), depth_format="exr")
