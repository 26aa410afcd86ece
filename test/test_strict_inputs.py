"""Strict inputs: every malformed scene directory of issue #10 is one line naming the file and field, exit 2.

Each case starts from a valid scene directory of a rendered table top (real
PNG/NPY/YAML/JSON files written by ``write_scene_dir``), breaks one thing and
runs the real ``spatialvlm ask``/``scene`` command. The answer must be the
one-line error - never a traceback (printed or logged), never a confident
number from an impossible camera.
"""

from __future__ import annotations

import json
import logging
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
import yaml
from helpers_geometry import look_at, make_frame, render, tabletop

from spatialvlm_ros.cli.main import main
from spatialvlm_ros.core import limits
from spatialvlm_ros.core.camera import CameraIntrinsics
from spatialvlm_ros.errors import InputError
from spatialvlm_ros.io.scene_dir import read_scene_dir, write_scene_dir

INTR = CameraIntrinsics.from_fov(160, 120, 55)
SCENE = tabletop()
T = look_at([0.05, -0.85, 0.6], [0.03, 0.08, 0.05])
QUESTION = "How far is the red cube from the blue box?"


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> Path:
    depth, labels = render(SCENE, INTR, T)
    return write_scene_dir(tmp_path_factory.mktemp("strict") / "good", make_frame(SCENE, INTR, T, True, depth, labels))


@pytest.fixture()
def scene(good, tmp_path) -> Path:
    import shutil

    return Path(shutil.copytree(good, tmp_path / "scene"))


def _edit_yaml(path: Path, fn) -> None:
    data = yaml.safe_load(path.read_text())
    fn(data)
    path.write_text(yaml.safe_dump(data))


def _one_line_error(argv: list[str], capsys, caplog, *needles: str) -> str:
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        rc = main(argv)
    out, err = capsys.readouterr()
    err = err.strip()
    assert rc == 2, (rc, out, err)
    assert len(err.splitlines()) == 1 and err.startswith("spatialvlm: error:"), err
    assert "Traceback" not in err and "Traceback" not in caplog.text
    assert not any(r.exc_info for r in caplog.records), "a traceback was logged"
    for n in needles:
        assert n in err, (n, err)
    return err


def test_the_good_scene_answers(good, capsys) -> None:
    assert main(["ask", str(good), QUESTION]) == 0
    assert " m" in capsys.readouterr().out.replace("cm", " m")


# ------------------------------------------------------------------ camera_info.yaml
CAMERA_CASES = {
    "distortion as a plain list": (lambda d: d.__setitem__("distortion_coefficients", [0.0] * 5),
                                   "distortion_coefficients"),
    "image_width .inf": (lambda d: d.__setitem__("image_width", float("inf")), "image_width"),
    "image_width 1.5": (lambda d: d.__setitem__("image_width", 1.5), "image_width"),
    "image_height text": (lambda d: d.__setitem__("image_height", "tall"), "image_height"),
    "camera_matrix nested 3x3": (lambda d: d["camera_matrix"].__setitem__(
        "data", np.reshape(d["camera_matrix"]["data"], (3, 3)).tolist()), "camera_matrix.data"),
    "camera_matrix 8 values": (lambda d: d["camera_matrix"].__setitem__("data", d["camera_matrix"]["data"][:8]),
                               "camera_matrix.data"),
    "fx = fy = 1e-300": (lambda d: _set_k(d, fx=1e-300, fy=1e-300), "field of view"),
    "fx = fy = 1e300": (lambda d: _set_k(d, fx=1e300, fy=1e300), "field of view"),
    "cx = NaN": (lambda d: _set_k(d, cx=float("nan")), "cx"),
    "cx = 1e12": (lambda d: _set_k(d, cx=1e12), "principal point"),
    "cy = -500": (lambda d: _set_k(d, cy=-500.0), "principal point"),
    "K[2,2] = 0": (lambda d: _set_k(d, k22=0.0), "camera_matrix"),
    "distortion NaN": (lambda d: d["distortion_coefficients"].__setitem__("data", [float("nan")] * 5),
                       "distortion_coefficients"),
    "not a mapping": (None, "camera_info.yaml"),
}


def _set_k(d: dict, fx=None, fy=None, cx=None, cy=None, k22=None) -> None:
    k = d["camera_matrix"]["data"]
    for i, v in ((0, fx), (4, fy), (2, cx), (5, cy), (8, k22)):
        if v is not None:
            k[i] = v


@pytest.mark.parametrize("case", sorted(CAMERA_CASES))
def test_bad_camera_info_is_one_line(case, scene, capsys, caplog) -> None:
    fn, field = CAMERA_CASES[case]
    path = scene / "camera_info.yaml"
    if fn is None:
        path.write_text("- just\n- a list\n")
    else:
        _edit_yaml(path, fn)
    _one_line_error(["ask", str(scene), QUESTION], capsys, caplog, "camera_info.yaml", field)


# ------------------------------------------------------------------ camera_pose.yaml and frame.yaml
POSE_CASES = {
    "translation 1e300": ([[1, 0, 0, 1e300], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]], "10 km"),
    "translation 20 km": ([[1, 0, 0, 2e4], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]], "10 km"),
    "bottom row 1 2 3 4": ([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [1, 2, 3, 4]], "bottom row"),
    "bottom row zeros": ([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 0]], "bottom row"),
    "NaN": ([[1, 0, 0, float("nan")], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]], "finite"),
    "a scaled rotation": ([[2, 0, 0, 0], [0, 2, 0, 0], [0, 0, 2, 0], [0, 0, 0, 1]], "rotation"),
    "3x3": ([[1, 0, 0], [0, 1, 0], [0, 0, 1]], "4x4"),
}


@pytest.mark.parametrize("case", sorted(POSE_CASES))
def test_bad_camera_pose_is_one_line(case, scene, capsys, caplog) -> None:
    matrix, needle = POSE_CASES[case]
    (scene / "camera_pose.yaml").write_text(yaml.safe_dump({"world_frame": "world", "T_world_camera": matrix}))
    _one_line_error(["ask", str(scene), QUESTION], capsys, caplog, "camera_pose.yaml", "T_world_camera", needle)


@pytest.mark.parametrize("stamp", [".inf", "-5", "1.5", "'soon'", "99999999999999999999"])
def test_bad_stamp_is_one_line(stamp, scene, capsys, caplog) -> None:
    (scene / "frame.yaml").write_text(f"frame_id: cam\nstamp_ns: {stamp}\n")
    _one_line_error(["ask", str(scene), QUESTION], capsys, caplog, "frame.yaml", "stamp_ns")


# ------------------------------------------------------------------ arrays and images
def test_empty_depth_npy(scene, capsys, caplog) -> None:
    (scene / "depth.png").unlink()
    (scene / "depth.npy").write_bytes(b"")
    _one_line_error(["ask", str(scene), QUESTION], capsys, caplog, "depth.npy")


def _npy_header(shape: tuple[int, ...], dtype: str = "<f4") -> bytes:
    header = repr({"descr": dtype, "fortran_order": False, "shape": shape}).encode()
    header += b" " * (63 - (len(header) + 10) % 64) + b"\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header


def test_npy_header_claiming_a_huge_array_is_refused_before_allocating(scene, capsys, caplog) -> None:
    (scene / "depth.png").unlink()
    (scene / "depth.npy").write_bytes(_npy_header((200000, 200000)) + b"\x00" * 1000)
    err = _one_line_error(["ask", str(scene), QUESTION], capsys, caplog, "depth.npy")
    assert "200000" in err


def test_npy_shorter_than_its_header_says(scene, capsys, caplog) -> None:
    (scene / "depth.png").unlink()
    (scene / "depth.npy").write_bytes(_npy_header((120, 160)) + b"\x00" * 1000)
    _one_line_error(["ask", str(scene), QUESTION], capsys, caplog, "depth.npy", "bytes")


def _png_header_only(width: int, height: int, bit_depth: int = 8, colour: int = 2) -> bytes:
    """A small PNG whose IHDR declares width x height and whose data is a tiny zlib stream."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, bit_depth, colour, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(
        b"IEND", b"")


@pytest.mark.parametrize("name", ["rgb.png", "depth.png", "masks.png"])
def test_png_declaring_20000x20000_is_refused_from_its_header(name, scene, capsys, caplog) -> None:
    (scene / name).write_bytes(_png_header_only(20000, 20000, 16 if name != "rgb.png" else 8,
                                                0 if name != "rgb.png" else 2))
    _one_line_error(["ask", str(scene), QUESTION], capsys, caplog, name, "20000x20000")


@pytest.mark.parametrize("cut", [8, 16, 20, 23, 30])
def test_png_cut_inside_its_header(cut, scene, capsys, caplog) -> None:
    # found by bench/bench_reliability.py: a PNG cut between its IHDR tag and the size fields
    data = (scene / "rgb.png").read_bytes()
    (scene / "rgb.png").write_bytes(data[:cut])
    _one_line_error(["ask", str(scene), QUESTION], capsys, caplog, "rgb.png")


def test_a_10000x10000_image_is_refused_before_decoding(scene, capsys, caplog, monkeypatch) -> None:
    from PIL import Image

    (scene / "rgb.png").write_bytes(_png_header_only(10000, 10000))
    decoded = []
    monkeypatch.setattr(Image.Image, "load", lambda self: decoded.append(self.size))
    _one_line_error(["ask", str(scene), QUESTION], capsys, caplog, "rgb.png", "10000x10000")
    assert (10000, 10000) not in decoded


def test_camera_info_declaring_a_huge_image_is_refused(scene, capsys, caplog) -> None:
    _edit_yaml(scene / "camera_info.yaml", lambda d: d.update(image_width=100000, image_height=100000))
    _one_line_error(["ask", str(scene), QUESTION], capsys, caplog, "camera_info.yaml", "image")


# ------------------------------------------------------------------ deep nesting, big files, many objects
def test_json_nested_thousands_deep(scene, capsys, caplog) -> None:
    (scene / "objects.json").write_text("[" * 5000 + "]" * 5000)
    _one_line_error(["ask", str(scene), QUESTION], capsys, caplog, "objects.json", "nested")


def test_yaml_nested_thousands_deep(scene, capsys, caplog) -> None:
    (scene / "camera_info.yaml").write_text("a: " + "[" * 5000 + "]" * 5000 + "\n")
    _one_line_error(["ask", str(scene), QUESTION], capsys, caplog, "camera_info.yaml", "nested")


def test_yaml_alias_bomb(scene, capsys, caplog) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)]
    (scene / "frame.yaml").write_text("\n".join(lines) + "\nstamp_ns: 0\n")
    _one_line_error(["ask", str(scene), QUESTION], capsys, caplog, "frame.yaml")


def test_oversized_text_file(scene, capsys, caplog) -> None:
    (scene / "objects.json").write_text('{"objects": []}' + " " * (limits.MAX_TEXT_FILE_BYTES + 1))
    _one_line_error(["ask", str(scene), QUESTION], capsys, caplog, "objects.json", "bytes")


def test_too_many_objects_is_refused_with_the_bound(scene, capsys, caplog) -> None:
    from PIL import Image

    n = limits.MAX_OBJECTS + 1
    labels = np.zeros((INTR.height, INTR.width), np.uint16)
    labels.reshape(-1)[: n * 3] = np.repeat(np.arange(1, n + 1), 3)
    Image.fromarray(labels).save(scene / "masks.png")
    (scene / "objects.json").write_text(json.dumps({"objects": [{"id": i, "name": f"o{i}"} for i in range(1, n + 1)]}))
    err = _one_line_error(["scene", str(scene)], capsys, caplog, "objects.json", str(limits.MAX_OBJECTS))
    assert str(n) in err


def test_question_longer_than_the_bound(good, capsys, caplog) -> None:
    _one_line_error(["ask", str(good), "how far " * limits.MAX_QUESTION_CHARS], capsys, caplog, "question",
                    str(limits.MAX_QUESTION_CHARS))


# ------------------------------------------------------------------ the intrinsics bounds themselves
@pytest.mark.parametrize("fov, ok", [(0.99, False), (1.01, True), (174.9, True), (175.1, False)])
def test_field_of_view_bounds(fov, ok) -> None:
    f = (100 / 2) / np.tan(np.radians(fov) / 2)
    if ok:
        CameraIntrinsics(100, 100, f, f, 49.5, 49.5)
    else:
        with pytest.raises(InputError, match="field of view"):
            CameraIntrinsics(100, 100, f, f, 49.5, 49.5)


def test_principal_point_bounds() -> None:
    w, h = 100, 80
    f = 100.0
    lo, hi = -limits.PRINCIPAL_POINT_MARGIN * w - 0.5, (1 + limits.PRINCIPAL_POINT_MARGIN) * w - 0.5
    CameraIntrinsics(w, h, f, f, lo, 40.0)
    CameraIntrinsics(w, h, f, f, hi, 40.0)
    for cx in (lo - 1e-6 * w, hi + 1e-6 * w):
        with pytest.raises(InputError, match="principal point"):
            CameraIntrinsics(w, h, f, f, cx, 40.0)


def test_pose_translation_bound_is_inclusive(good, tmp_path) -> None:
    from spatialvlm_ros.core.frame import RGBDFrame

    frame = read_scene_dir(good)
    for t, ok in ((limits.MAX_TRANSLATION_M, True), (limits.MAX_TRANSLATION_M * 1.000001, False)):
        pose = np.eye(4)
        pose[0, 3] = t
        f = RGBDFrame(frame.rgb, frame.depth, frame.intrinsics, T_world_camera=pose)
        if ok:
            f.validate()
        else:
            with pytest.raises(InputError, match="10 km"):
                f.validate()


def test_vlm_backend_without_model_fails_at_once_offline(good, tmp_path) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "HF_HOME": str(tmp_path / "empty_hub_cache"), "PYTHONPATH": str(Path(__file__).parents[1])}
    proc = subprocess.run([sys.executable, "-m", "spatialvlm_ros.cli.main", "ask", str(good), QUESTION,
                           "--backend", "vlm"], env=env, capture_output=True, text=True, timeout=120)
    err = proc.stderr.strip()
    assert proc.returncode == 2 and len(err.splitlines()) == 1, err
    assert "--model" in err and "local hub cache" in err


def test_many_objects_leave_out_the_pairwise_relations(scene, capsys, caplog) -> None:
    from PIL import Image

    from spatialvlm_ros.cli.scene import MAX_RELATION_OBJECTS

    depth = read_scene_dir(scene).depth
    n = MAX_RELATION_OBJECTS + 1
    labels = np.zeros((INTR.height, INTR.width), np.uint16)
    assert (depth[70:106, 4:157] > 0).all()  # all on valid depth
    for i in range(n):  # 8x8-pixel objects
        y, x = 9 * (i // 17) + 70, 9 * (i % 17) + 4
        labels[y:y + 8, x:x + 8] = i + 1
    Image.fromarray(labels).save(scene / "masks.png")
    (scene / "objects.json").write_text(json.dumps({"objects": [{"id": i, "name": f"o{i}"} for i in range(1, n + 1)]}))
    assert main(["scene", str(scene), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["relations"] == [] and "pairwise relations left out" in caplog.text
    assert main(["scene", str(scene), "--json", "--objects", "o1", "o2", "o3"]) == 0
    assert len(json.loads(capsys.readouterr().out)["relations"]) == 3
