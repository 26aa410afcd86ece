"""The plan language: JSON round trip, validation failures, execution and its trace."""

from __future__ import annotations

import json

import pytest
from helpers_plan import plan_frame

from spatialvlm_ros.core.plan import Plan, Step, validate
from spatialvlm_ros.core.plan_exec import execute, triangle_test
from spatialvlm_ros.estimators.geometry import GeometryEstimator

NAMES = ["red cube", "blue box", "green block", "yellow can", "orange box"]


@pytest.fixture(scope="module")
def frame():
    return plan_frame()


@pytest.fixture(scope="module")
def estimator():
    return GeometryEstimator()


def _plan(*steps: dict, answer: str = "answer") -> Plan:
    return Plan.from_dict({"steps": list(steps), "answer": answer})


def test_plan_json_round_trip():
    p = _plan({"id": "a", "op": "query", "kind": "distance", "objects": ["red cube", "blue box"]},
              {"id": "b", "op": "const", "value": 0.1, "unit": "m"},
              {"id": "answer", "op": "compare", "args": ["a", "b"], "cmp": "gt"})
    again = Plan.from_json(json.dumps(p.to_dict()))
    assert again.to_dict() == p.to_dict()
    assert again.step("answer").params == {"cmp": "gt"}
    assert validate(again, NAMES) == ""


@pytest.mark.parametrize("steps, answer, why", [
    ([{"id": "a", "op": "query", "kind": "distance", "objects": ["red cube", "banana"]}], "a", "unknown object"),
    ([{"id": "a", "op": "query", "kind": "distance", "objects": ["red cube"]}], "a", "takes 2 object"),
    ([{"id": "a", "op": "query", "kind": "height", "objects": ["red cube", "blue box"]}], "a", "takes 1 object"),
    ([{"id": "a", "op": "query", "kind": "weight", "objects": ["red cube"]}], "a", "unknown query kind"),
    ([{"id": "a", "op": "add", "args": ["b"]}, {"id": "b", "op": "add", "args": ["a"]}], "a", "cycle"),
    ([{"id": "a", "op": "add", "args": ["a"]}], "a", "cycle"),
    ([{"id": "a", "op": "add", "args": ["zz"]}], "a", "unknown step 'zz'"),
    ([{"id": "a", "op": "const", "value": 1}, {"id": "a", "op": "const", "value": 2}], "a", "duplicate"),
    ([{"id": "a", "op": "const", "value": 1}], "nope", "answer step"),
    ([{"id": "a", "op": "const", "value": 1}, {"id": "b", "op": "compare", "args": ["a"], "cmp": "lt"}], "b",
     "takes 2 arguments"),
    ([{"id": "a", "op": "query", "kind": "left_of", "objects": ["red cube", "blue box"]},
      {"id": "b", "op": "const", "value": 1}, {"id": "c", "op": "add", "args": ["a", "b"]}], "c", "must be numbers"),
    ([{"id": "a", "op": "const", "value": 1}, {"id": "b", "op": "argmin", "args": ["a"], "labels": []}], "b",
     "one label per argument"),
    ([{"id": "a", "op": "const", "value": 1}, {"id": "b", "op": "triangle", "args": ["a", "a"],
                                                  "shape": "right", "tolerance": 1}], "b", "3 side lengths"),
    ([{"id": "a", "op": "fly"}], "a", "unknown op"),
    ([{"id": "a", "op": "const", "value": 1}, {"id": "b", "op": "count", "args": ["a"], "cmp": "le",
                                                  "threshold": 0.5}], "b", "threshold must be"),
])
def test_invalid_plans_say_why(steps, answer, why, frame, estimator):
    plan = _plan(*steps, answer=answer)
    reason = validate(plan, NAMES)
    assert why in reason
    res = execute(plan, estimator, frame, NAMES)
    assert not res.valid and why in res.reason and res.trace == []


def test_malformed_plan_json_is_refused():
    for bad in ("not json", "[]", '{"steps": []}', '{"steps": [{"op": "const"}], "answer": "a"}',
                '{"steps": [{"id": "a", "op": "query", "objects": "red cube"}], "answer": "a"}'):
        with pytest.raises(ValueError):
            Plan.from_json(bad)


def test_execution_trace_values_units_and_sources(frame, estimator):
    # distance(red cube, blue box) = |(0.2, 0, 0.02)| = 0.201 m; distance(red cube, orange box) = |(0.1, 0, -0.01)|
    # = 0.1005 m; difference 0.1005 m; argmin -> orange box; 0.201 > 0.1 -> True.
    plan = Plan([Step("ab", "query", kind="distance", objects=("red cube", "blue box")),
                 Step("ao", "query", kind="distance", objects=("red cube", "orange box")),
                 Step("diff", "sub", args=("ab", "ao")),
                 Step("near", "argmin", args=("ab", "ao"), labels=("blue box", "orange box")),
                 Step("lim", "const", params={"value": 0.1, "unit": "m"}),
                 Step("far", "compare", args=("ab", "lim"), params={"cmp": "gt"}),
                 Step("left", "query", kind="left_of", objects=("red cube", "blue box")),
                 Step("mid", "midpoint", objects=("red cube", "blue box"))], answer="diff")
    res = execute(plan, estimator, frame)
    assert res.valid, res.reason
    v = res.values()
    assert v["ab"] == pytest.approx(0.201, abs=0.01) and v["ao"] == pytest.approx(0.1005, abs=0.01)
    assert res.value == pytest.approx(0.1005, abs=0.01) and res.unit == "m"
    assert v["near"] == "orange box" and v["far"] is True and v["left"] is True
    assert v["mid"][:2] == pytest.approx([0.1, 0.0], abs=0.01)
    by_id = {t.step.id: t for t in res.trace}
    assert by_id["ab"].source == "geometry" and by_id["diff"].source == "plan"
    assert by_id["diff"].inputs == {"ab": pytest.approx(v["ab"]), "ao": pytest.approx(v["ao"])}
    assert by_id["left"].unit == "" and by_id["ab"].unit == "m" and by_id["mid"].unit == "m"
    doc = json.loads(json.dumps(res.to_dict()))
    assert [t["id"] for t in doc["trace"]][-1] in {"mid", "left", "far"} and len(doc["trace"]) == 8


def test_a_failing_step_stops_the_chain_with_its_reason(frame, estimator):
    frame_no_depth = type(frame)(**{**frame.__dict__, "depth": None})
    plan = _plan({"id": "a", "op": "query", "kind": "height", "objects": ["red cube"]},
                 {"id": "answer", "op": "add", "args": ["a", "a"]})
    res = execute(plan, estimator, frame_no_depth, NAMES)
    assert not res.valid and res.reason.startswith("step 'a' (height of red cube)")
    assert len(res.trace) == 1 and res.trace[0].valid is False


def test_division_by_zero_is_an_invalid_step(frame, estimator):
    plan = _plan({"id": "z", "op": "const", "value": 0}, {"id": "o", "op": "const", "value": 1},
                 {"id": "answer", "op": "div", "args": ["o", "z"]})
    res = execute(plan, estimator, frame, NAMES)
    assert not res.valid and "division by zero" in res.reason


def test_triangle_test_by_hand():
    assert triangle_test([1.0, 1.0, 1.05], "equilateral", 0.1)[0]
    assert not triangle_test([1.0, 1.3, 1.05], "equilateral", 0.1)[0]
    assert triangle_test([3.0, 4.0, 5.0], "right", 1.0)[0]           # 90 deg exactly
    assert not triangle_test([3.0, 4.0, 6.0], "right", 10.0)[0]      # ~117 deg
    assert triangle_test([2.0, 2.05, 3.5], "isosceles", 0.05)[0]
    assert not triangle_test([1.0, 2.0, 3.0], "isosceles", 1.0)[0]   # degenerate: never a triangle
