"""``spatialvlm scene``: JSON and table output, one-line errors with exit code 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from helpers_geometry import look_at, make_frame, render, tabletop

from spatialvlm_ros.cli.main import main
from spatialvlm_ros.core.camera import CameraIntrinsics
from spatialvlm_ros.io.scene_dir import write_scene_dir

INTR = CameraIntrinsics.from_fov(240, 180, 55)
SCENE = tabletop()
T = look_at([0.05, -0.85, 0.6], [0.03, 0.08, 0.05])


@pytest.fixture(scope="module")
def scene_dirs(tmp_path_factory) -> tuple[Path, Path]:
    depth, labels = render(SCENE, INTR, T)
    root = tmp_path_factory.mktemp("cli")
    with_pose = write_scene_dir(root / "pose", make_frame(SCENE, INTR, T, True, depth, labels))
    no_pose = write_scene_dir(root / "nopose", make_frame(SCENE, INTR, T, False, depth, labels), depth_format="npy")
    return with_pose, no_pose


def test_json_with_pose(scene_dirs, capsys) -> None:
    assert main(["scene", str(scene_dirs[0]), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["frame"] == "world" and doc["gravity_source"] == "pose"
    assert [o["name"] for o in doc["objects"]] == SCENE.names
    for o, box in zip(doc["objects"], SCENE.boxes):
        assert np.allclose(o["center"], box.center, atol=0.01)
        assert abs(o["size"][2] - box.size[2]) < 0.005 and o["on_support"] is True
    assert len(doc["relations"]) == 3
    rel = doc["relations"][0]
    assert abs(rel["distance"] - np.linalg.norm(SCENE.boxes[0].center - SCENE.boxes[1].center)) < 0.01
    for key in ("horizontal_distance", "vertical_distance", "gap", "direction", "left_of", "behind"):
        assert key in rel


def test_json_without_pose_uses_the_plane(scene_dirs, capsys) -> None:
    assert main(["scene", str(scene_dirs[1]), "--json", "--objects", "green block"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["frame"] == "camera" and doc["gravity_source"] == "support_plane"
    assert [o["name"] for o in doc["objects"]] == ["green block"] and doc["relations"] == []
    assert abs(doc["objects"][0]["size"][2] - 0.15) < 0.005


def test_table(scene_dirs, capsys) -> None:
    assert main(["scene", str(scene_dirs[0])]) == 0
    out = capsys.readouterr().out
    assert "gravity: pose" in out
    for name in SCENE.names:
        assert name in out
    assert "dist[cm]" in out


def test_custom_config(scene_dirs, tmp_path, capsys) -> None:
    cfg = tmp_path / "g.yaml"
    cfg.write_text("plane_candidates: 0\n")
    assert main(["scene", str(scene_dirs[1]), "--json", "--config", str(cfg)]) == 0
    assert json.loads(capsys.readouterr().out)["gravity_source"] == "assumed_level"
    cfg.write_text("no_such_key: 1\n")
    assert main(["scene", str(scene_dirs[1]), "--config", str(cfg)]) == 2
    assert "no_such_key" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args,needle",
    [
        (["/no/such/dir"], "scene directory not found"),
        (["{dir}", "--objects", "duck"], "unknown object 'duck'"),
    ],
)
def test_errors_are_one_line(scene_dirs, capsys, args, needle) -> None:
    argv = ["scene"] + [a.format(dir=scene_dirs[0]) for a in args]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("spatialvlm: error: ") and needle in err and err.count("\n") == 1


def test_console_script_has_no_traceback(scene_dirs, tmp_path) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    for f in scene_dirs[0].iterdir():
        if f.name != "camera_info.yaml":
            (broken / f.name).write_bytes(f.read_bytes())
    exe = Path(sys.executable).parent / "spatialvlm"
    proc = subprocess.run([str(exe), "scene", str(broken)], check=False, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    assert proc.stderr.strip().splitlines() == [f"spatialvlm: error: scene directory {broken} has no camera_info.yaml"]
    ok = subprocess.run([str(exe), "scene", str(scene_dirs[0]), "--json"], check=False, capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0 and json.loads(ok.stdout)["frame"] == "world"
