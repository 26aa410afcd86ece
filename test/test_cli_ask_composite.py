"""`spatialvlm ask` with composite questions: the answer line and the plan trace with --json."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from helpers_plan import plan_frame

from spatialvlm_ros.cli.main import main
from spatialvlm_ros.io.scene_dir import write_scene_dir


@pytest.fixture(scope="module")
def scene_dir(tmp_path_factory):
    return write_scene_dir(tmp_path_factory.mktemp("askc") / "scene", plan_frame())


def _ask(capsys, *argv):
    rc = main(["ask", *map(str, argv)])
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_composite_answer_line(scene_dir, capsys):
    rc, out, err = _ask(capsys, scene_dir, "Which object is closest to the red cube?")
    assert rc == 0, err
    assert out.strip() == "the orange box"


def test_composite_json_trace(scene_dir, capsys):
    rc, out, err = _ask(capsys, scene_dir, "Is the orange box between the red cube and the blue box?", "--json")
    assert rc == 0, err
    doc = json.loads(out)
    assert doc["composite"] == "between" and doc["valid"] is True and doc["value"] is True and doc["answer"] == "yes"
    steps = {t["id"]: t for t in doc["trace"]}
    assert set(steps) == {"d_yx", "d_xz", "d_yz", "path", "ratio", "limit", "answer"}
    # d(red cube, orange box) = 0.1005 m, d(orange box, blue box) = 0.1044 m, d(red cube, blue box) = 0.201 m
    assert steps["d_yx"]["value"] == pytest.approx(0.1005, abs=0.01) and steps["d_yx"]["unit"] == "m"
    assert steps["d_yx"]["source"] == "geometry" and steps["d_yx"]["objects"] == ["red cube", "orange box"]
    assert steps["path"]["inputs"] == {"d_yx": pytest.approx(steps["d_yx"]["value"]),
                                       "d_xz": pytest.approx(steps["d_xz"]["value"])}
    assert steps["path"]["source"] == "plan" and steps["ratio"]["unit"] == ""
    assert doc["plan"]["answer"] == "answer" and len(doc["plan"]["steps"]) == 7


def test_composite_ambiguous_reference_is_a_one_line_error(scene_dir, capsys):
    rc, out, err = _ask(capsys, scene_dir, "Which object is closest to the box?")
    assert rc == 2 and out == "" and err.count("\n") == 1
    assert "blue box, orange box" in err and "Traceback" not in err


def test_single_step_questions_still_work(scene_dir, capsys):
    rc, out, _ = _ask(capsys, scene_dir, "How tall is the green block?", "--json")
    assert rc == 0 and json.loads(out)["value_m"] == pytest.approx(0.15, abs=0.015)


def test_composite_through_the_console_script(scene_dir):
    r = subprocess.run([sys.executable, "-m", "spatialvlm_ros.cli.main", "ask", str(scene_dir),
                        "What is the tallest object?"], check=False, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "the green block"
