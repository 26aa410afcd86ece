"""`spatialvlm ask` end to end on a scene directory rendered from an analytic box scene."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers_geometry import look_at, make_frame, tabletop

from spatialvlm_ros.cli.main import main
from spatialvlm_ros.core.answer_parsing import parse_quantity
from spatialvlm_ros.core.camera import CameraIntrinsics
from spatialvlm_ros.core.quantities import measure
from spatialvlm_ros.core.query import SpatialQuery
from spatialvlm_ros.core.scene import SceneGraph, SceneObject, Viewer
from spatialvlm_ros.io.scene_dir import write_scene_dir


@pytest.fixture(scope="module")
def scene_dir(tmp_path_factory) -> tuple[Path, SceneGraph]:
    sc = tabletop()
    T = look_at([0.05, -0.75, 0.55], [0.03, 0.07, 0.0])
    frame = make_frame(sc, CameraIntrinsics.from_fov(320, 240, 55.0), T)
    path = write_scene_dir(tmp_path_factory.mktemp("ask") / "scene", frame)
    truth = SceneGraph("world", "pose", T, Viewer.from_camera_pose(T),
                       [SceneObject(i + 1, n, b) for i, (n, b) in enumerate(zip(sc.names, sc.boxes))])
    return path, truth


def _ask(capsys, *argv) -> tuple[int, str, str]:
    rc = main(["ask", *map(str, argv)])
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_ask_distance_json_matches_the_truth(scene_dir, capsys):
    path, truth = scene_dir
    rc, out, err = _ask(capsys, path, "How far is the red cube from the blue box?", "--json")
    assert rc == 0, err
    doc = json.loads(out)
    want = measure(truth, SpatialQuery("distance", ("red cube", "blue box"))).value_m
    assert doc["quantity"] == "distance" and doc["objects"] == ["red cube", "blue box"]
    assert doc["valid"] is True and doc["source"] == "geometry"
    assert doc["value_m"] == pytest.approx(want, abs=0.02)
    assert parse_quantity(doc["answer"]).value_m == pytest.approx(doc["value_m"], abs=0.006)
    assert doc["truth"] is None


def test_ask_predicates_and_plain_output(scene_dir, capsys):
    path, truth = scene_dir
    rc, out, _ = _ask(capsys, path, "Which is taller, the green block or the red cube?")
    assert rc == 0
    assert out.strip() == "the green block"  # 15 cm vs 10 cm
    rc, out, _ = _ask(capsys, path, "Is the blue box to the right of the green block?", "--json")
    doc = json.loads(out)
    want = measure(truth, SpatialQuery("right_of", ("blue box", "green block"), "yesno")).truth
    assert rc == 0 and doc["truth"] is want is True and doc["answer"] == "yes"
    rc, out, _ = _ask(capsys, path, "how tall is the green block", "--json")
    assert json.loads(out)["value_m"] == pytest.approx(0.15, abs=0.015)


def test_ask_unknown_object_is_a_one_line_error(scene_dir, capsys):
    path, _ = scene_dir
    rc, out, err = _ask(capsys, path, "How far is the banana from the red cube?")
    assert rc == 2 and out == ""
    assert err.count("\n") == 1 and "banana" in err and "blue box, green block, red cube" in err
    assert "Traceback" not in err


def test_ask_question_not_understood(scene_dir, capsys):
    path, _ = scene_dir
    rc, _, err = _ask(capsys, path, "What colour is the sky?")
    assert rc == 2 and "not understood" in err and err.count("\n") == 1


def test_ask_missing_scene_dir_and_bad_backend(tmp_path, scene_dir, capsys):
    rc, _, err = _ask(capsys, tmp_path / "nope", "How tall is the red cube?")
    assert rc == 2 and "nope" in err and err.count("\n") == 1
    with pytest.raises(SystemExit):  # argparse rejects an unknown backend choice
        main(["ask", str(scene_dir[0]), "How tall is the red cube?", "--backend", "magic"])


def test_ask_as_a_real_command_without_traceback(scene_dir):
    path, _ = scene_dir
    exe = Path(sys.executable).with_name("spatialvlm")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "spatialvlm_ros.cli.main"]
    res = subprocess.run([*cmd, "ask", str(path), "Is the mug above the red cube?"], capture_output=True, text=True, check=False,
                         timeout=120)
    assert res.returncode == 2
    assert res.stderr.startswith("spatialvlm: error:") and "mug" in res.stderr and "Traceback" not in res.stderr
    assert res.stdout == ""


def test_ask_invalid_estimate_is_a_one_line_error(tmp_path, capsys):
    """An object whose pixels have no valid depth: the estimator's reason, exit 2, no number."""
    sc = tabletop()
    T = look_at([0.05, -0.75, 0.55], [0.03, 0.07, 0.0])
    frame = make_frame(sc, CameraIntrinsics.from_fov(320, 240, 55.0), T)
    frame.depth[frame.segmentation.labels == 2] = 0.0  # the blue box has no depth
    path = write_scene_dir(tmp_path / "holes", frame)
    rc, out, err = _ask(capsys, path, "How tall is the blue box?")
    assert rc == 2 and out == ""
    assert err.startswith("spatialvlm: error: no answer:") and "blue box" in err and err.count("\n") == 1
    rc, out, err = _ask(capsys, path, "How tall is the blue box?", "--json")
    assert rc == 2 and json.loads(out)["valid"] is False and json.loads(out)["value_m"] is None
    rc, out, _ = _ask(capsys, path, "How tall is the red cube?")  # the others still answer
    assert rc == 0 and out.strip().endswith("cm")
