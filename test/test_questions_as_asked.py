"""Questions as people ask them, on the README's scene (`spatialvlm sim out/scene --seed 3 --object "red cube"`).

Each row of issue #14's table is asked through the real CLI (`spatialvlm ask --json`, geometry backend) and
checked for the query it was read as, the resolved names reported next to what was asked, the unit of the
answer text and the value against the simulator's truth.
"""

from __future__ import annotations

import json

import pytest

from spatialvlm_ros.cli.main import main
from spatialvlm_ros.core.answer_parsing import parse_quantity
from spatialvlm_ros.core.quantities import measure
from spatialvlm_ros.core.query import SpatialQuery
from spatialvlm_ros.sim.tabletop import read_truth
from spatialvlm_ros.sim.truth import truth_scene_graph

NAMES = {"red cube", "black cylinder", "purple ball", "lego brick", "orange box", "rubber duck", "gripper"}


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    path = tmp_path_factory.mktemp("asked") / "scene"
    assert main(["sim", str(path), "--seed", "3", "--object", "red cube"]) == 0
    objects = json.loads((path / "objects.json").read_text())["objects"]
    assert {o["name"] for o in objects} == NAMES  # the scene of the issue's table
    truth, T, _doc = read_truth(path)
    return path, truth_scene_graph(truth, T)


@pytest.fixture(scope="module")
def structured(scene):
    """The geometry backend's answer to a structured query (no language) on the same scene."""
    from spatialvlm_ros.estimators.factory import build_estimator
    from spatialvlm_ros.io.scene_dir import read_scene_dir

    frame = read_scene_dir(scene[0])
    est = build_estimator("geometry")
    return lambda kind, objs: est.estimate(frame, SpatialQuery(kind, tuple(objs)))


def _ask(capsys, path, question: str) -> tuple[int, dict | None, str]:
    rc = main(["ask", str(path), question, "--json"])
    out = capsys.readouterr()
    return rc, (json.loads(out.out) if out.out.strip() else None), out.err


# question, kind, resolved objects, asked words, unit of the answer (None: the default, cm below 1 m)
ROWS = [
    ("how far apart are the duck and the orange box", "distance", ["rubber duck", "orange box"],
     ["duck", "orange box"], None),
    ("How far is the gripper from the cube?", "distance", ["gripper", "red cube"], ["gripper", "cube"], None),
    ("Tell me how far the lego is from the duck.", "distance", ["lego brick", "rubber duck"], ["lego", "duck"], None),
    ("How many centimeters between the duck and the ball?", "distance", ["rubber duck", "purple ball"],
     ["duck", "ball"], "cm"),
    ("What is the distance between the gripper and the red block?", "distance", ["gripper", "red cube"],
     ["gripper", "red block"], None),
    ("How far away is the red cube from the gripper, in inches?", "distance", ["red cube", "gripper"],
     ["red cube", "gripper"], "in"),
    ("How tall is the black cylinder in mm?", "height", ["black cylinder"], ["black cylinder"], "mm"),
    ("how wide is the box", "width", ["orange box"], ["box"], None),
]


@pytest.mark.parametrize("question,kind,objects,asked,unit", ROWS)
def test_issue_table_rows(scene, structured, capsys, question, kind, objects, asked, unit):
    path, truth = scene
    rc, doc, err = _ask(capsys, path, question)
    assert rc == 0, err
    assert doc["quantity"] == kind and doc["objects"] == objects and doc["valid"] is True
    assert doc["asked_objects"] == asked and len(doc["resolved_by"]) == len(objects)
    # the same value as the structured query, in metres, and near the simulator's truth
    assert doc["value_m"] == pytest.approx(structured(kind, objects).value_m, abs=1e-9)
    assert doc["value_m"] == pytest.approx(measure(truth, SpatialQuery(kind, tuple(objects))).value_m, abs=0.1)
    expected_unit = unit or ("cm" if doc["value_m"] < 1.0 else "m")
    assert doc["unit"] == expected_unit and doc["requested_unit"] == (unit or "")
    said = parse_quantity(doc["answer"])
    assert said.unit == expected_unit, doc["answer"]
    assert said.value_m == pytest.approx(doc["value_m"], rel=0.05, abs=0.001), doc["answer"]


def test_inches_and_millimetres_in_the_answer_text(scene, capsys):
    path, _ = scene
    _rc, doc, _ = _ask(capsys, path, "How far away is the red cube from the gripper, in inches?")
    assert doc["answer"].endswith("inches") and doc["unit"] == "in"
    assert float(doc["answer"].split()[0]) == pytest.approx(doc["value_m"] / 0.0254, abs=0.5)
    _rc, doc, _ = _ask(capsys, path, "How tall is the black cylinder in mm?")
    assert doc["answer"].endswith(" mm") and float(doc["answer"].split()[0]) == pytest.approx(doc["value_m"] * 1000, abs=0.5)
    _rc, doc, _ = _ask(capsys, path, "how far is the duck from the ball in feet")
    assert doc["unit"] == "ft" and doc["answer"].endswith(("feet", "foot"))
    _rc, doc, _ = _ask(capsys, path, "how tall is the duck, using imperial units please")
    assert doc["unit"] == "in" and doc["requested_unit"] == "imperial"


def test_size_of_an_object_is_width_depth_height(scene, capsys):
    path, truth = scene
    for question in ("what is the size of the orange box", "How big is the orange box?",
                     "could you tell me the dimensions of the box?"):
        rc, doc, err = _ask(capsys, path, question)
        assert rc == 0, err
        assert doc["quantity"] == "size" and doc["objects"] == ["orange box"]
        ext = doc["details"]["extents_m"]
        want = [measure(truth, SpatialQuery(k, ("orange box",))).value_m for k in ("width", "depth", "height")]
        assert ext == pytest.approx(want, abs=0.04)
        assert doc["value_m"] == pytest.approx(max(ext))
        numbers = [float(x) for x in doc["answer"].split(" cm")[0].split(" × ")]
        assert numbers == pytest.approx([100 * e for e in ext], abs=0.6)
        assert "(width × depth × height)" in doc["answer"]


def test_more_phrasings_on_the_scene(scene, capsys):
    path, _ = scene
    cases = [
        ("duck to ball distance?", "distance", ["rubber duck", "purple ball"]),
        ("distance between the duck and the lego", "distance", ["rubber duck", "lego brick"]),
        ("how far from the camera is the duck", "distance_to_viewer", ["rubber duck"]),
        ("how high above the table is the gripper", "elevation", ["gripper"]),
        ("hwo tal is the duck", "height", ["rubber duck"]),
        ("Could you please tell me how wide the cylindar is?", "width", ["black cylinder"]),
        ("is the sphere left of the can?", "left_of", ["purple ball", "black cylinder"]),
    ]
    for question, kind, objects in cases:
        rc, doc, err = _ask(capsys, path, question)
        assert rc == 0, (question, err)
        assert (doc["quantity"], doc["objects"]) == (kind, objects), question


def test_unknown_and_not_understood_give_one_line_with_suggestions(scene, capsys):
    path, _ = scene
    rc = main(["ask", str(path), "How far is the banana from the duck?"])
    err = capsys.readouterr().err.strip()
    assert rc == 2 and len(err.splitlines()) == 1
    assert "unknown object 'banana'" in err and "closest:" in err and "scene has:" in err
    rc = main(["ask", str(path), "What is the mood of the duck?"])
    err = capsys.readouterr().err.strip()
    assert rc == 2 and len(err.splitlines()) == 1 and "not understood" in err and "'mood'" in err
