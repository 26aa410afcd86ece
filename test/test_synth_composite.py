"""`spatialvlm synth --composite N`: composite QA with <think>trace</think><answer>...</answer> answers,
read back from the written dataset and checked against the sample's own scene graph (simulator truth)."""

from __future__ import annotations

import re

import numpy as np
import pytest

from spatialvlm_ros.cli.main import main
from spatialvlm_ros.core.composite_synthesis import FORM
from spatialvlm_ros.core.plan import Plan
from spatialvlm_ros.core.plan_exec import execute
from spatialvlm_ros.core.scene import Box3D, SceneGraph, SceneObject, Viewer
from spatialvlm_ros.data.dataset import read_dataset
from spatialvlm_ros.estimators.scene_graph import SceneGraphEstimator

THINK = re.compile(r"^<think>(?P<t>.+)</think><answer>(?P<a>.+)</answer>$", re.DOTALL)


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    out = tmp_path_factory.mktemp("synthc") / "ds"
    rc = main(["synth", "sim:0-3", "-o", str(out), "--engine", "local", "--composite", "4", "--answers-from",
               "truth", "--format", "jsonl", "--no-progress"])
    assert rc == 0
    return read_dataset(out)


def _graph(summary: dict) -> SceneGraph:
    objs = [SceneObject(o["id"], o["name"], Box3D.from_dict(o["box"])) for o in summary["objects"]]
    T = np.asarray(summary["T_scene_camera"], dtype=float)
    viewer = Viewer(**{k: np.asarray(v, dtype=float) for k, v in summary["viewer"].items()})
    return SceneGraph(summary["frame_id"], summary["gravity_source"], T, viewer, objs)


def test_composite_turns_are_in_the_dataset(samples):
    composite = [(s, q) for s in samples for q in s.qa if q.form == FORM]
    assert len(samples) == 3 and len(composite) >= 9, [len(s.qa) for s in samples]
    assert len({q.kind for _, q in composite}) >= 4
    for s, q in composite:
        m = THINK.match(q.answer)
        assert m, q.answer
        assert q.metadata["short_answer"].lower() in m.group("a").lower()
        assert any(msg["role"] == "assistant" and q.answer in str(msg["content"]) for msg in s.messages)
        assert "= " in m.group("t") and m.group("t").count(";") == len(q.metadata["trace"]) - 1


def test_composite_answers_agree_with_the_sample_scene(samples):
    for s in samples:
        graph = _graph(s.scene)
        for q in (q for q in s.qa if q.form == FORM):
            plan = Plan.from_dict(q.metadata["plan"])
            res = execute(plan, SceneGraphEstimator(graph), None, graph.names())
            assert res.valid and res.to_dict()["value"] == pytest.approx(q.metadata["value"])
            if q.kind == "closest_to":  # by hand: nearest box centre among the other objects
                x = graph.find(q.objects[0]).center
                others = [o for o in graph.objects if o.name not in (q.objects[0], "gripper")]
                assert q.metadata["value"] == min(others, key=lambda o: np.linalg.norm(o.center - x)).name
            if q.kind == "tallest":
                others = [o for o in graph.objects if o.name != "gripper"]
                assert q.metadata["value"] == max(others, key=lambda o: o.box.size[2]).name
