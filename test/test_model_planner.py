"""The optional model planner: a tiny random Qwen2.5-VL (saved, loaded with from_pretrained) proposes
plans that do not validate -> fallback to the deterministic planner or refusal with the reason; a
scripted plan text is validated and run."""

from __future__ import annotations

import json

import pytest
from helpers_plan import plan_frame

from spatialvlm_ros.core.model_planner import ModelPlanner, extract_json, plan_from_text
from spatialvlm_ros.core.plan_exec import execute
from spatialvlm_ros.estimators.geometry import GeometryEstimator

NAMES = ["red cube", "blue box", "green block", "yellow can", "orange box"]


@pytest.fixture(scope="module")
def backend(tmp_path_factory):
    from spatialvlm_ros.models.vlm import VLMBackend
    from spatialvlm_ros.testing import tiny_models as tiny

    path = tiny.build_tiny_qwen2_5_vl(tmp_path_factory.mktemp("planner") / "qwen")
    b = VLMBackend.from_config({"model": str(path), "local_files_only": True, "device": "cpu", "max_new_tokens": 24})
    b.load()
    yield b
    b.unload()


@pytest.fixture(scope="module")
def frame():
    return plan_frame()


def test_random_model_plan_is_refused_then_the_deterministic_planner_answers(backend, frame):
    planner = ModelPlanner(backend, fallback=True, max_new_tokens=24)
    p = planner.propose("Which object is closest to the red cube?", frame.rgb, NAMES)
    assert p.planner == "deterministic" and p.valid
    assert p.reason.startswith("the model's")  # no JSON / does not parse / invalid
    res = execute(p.plan, GeometryEstimator(), frame, NAMES)
    assert res.valid and res.value == "orange box"


def test_random_model_plan_without_fallback_is_refused_with_the_reason(backend, frame):
    p = ModelPlanner(backend, fallback=False, max_new_tokens=24).propose(
        "Which object is closest to the red cube?", frame.rgb, NAMES)
    assert not p.valid and p.plan is None and p.reason.startswith("the model's")
    p = ModelPlanner(backend, fallback=True, max_new_tokens=24).propose("What colour is the sky?", frame.rgb, NAMES)
    assert not p.valid and "the deterministic planner cannot either: not a composite question" in p.reason


SCRIPTED = ('<think>compare the two distances</think><answer>{"steps": ['
            '{"id": "a", "op": "query", "kind": "distance", "objects": ["yellow can", "green block"]},'
            '{"id": "b", "op": "query", "kind": "distance", "objects": ["yellow can", "red cube"]},'
            '{"id": "answer", "op": "argmin", "args": ["a", "b"], "labels": ["green block", "red cube"]}],'
            ' "answer": "answer"}</answer>')


def test_scripted_plan_is_validated_and_run(frame):
    plan, why = plan_from_text(SCRIPTED, NAMES)
    assert why == "" and plan is not None
    res = execute(plan, GeometryEstimator(), frame, NAMES)
    assert res.valid and res.value == "green block"  # 10.9 cm vs 20.0 cm


@pytest.mark.parametrize("text, why", [
    ("I think the cube.", "holds no JSON plan"),
    ('{"steps": [}', "does not parse"),
    ('{"steps": [], "answer": "a"}', "does not parse"),
    ('{"steps": [{"id": "a", "op": "query", "kind": "distance", "objects": ["red cube", "the moon"]}], "answer": "a"}',
     "unknown object(s) 'the moon'"),
    ('{"steps": [{"id": "a", "op": "add", "args": ["a"]}], "answer": "a"}', "cycle"),
])
def test_bad_scripted_plans_are_refused(text, why):
    plan, reason = plan_from_text(text, NAMES)
    assert plan is None and why in reason


def test_extract_json_skips_the_reasoning():
    assert json.loads(extract_json('<think>{"no": 1}</think> {"a": {"b": "}"}} trailing')) == {"a": {"b": "}"}}
