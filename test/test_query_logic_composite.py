"""QuerySpatial with composite questions: the trace in the response's trace_json (real rosbags
message types through CDR, real geometry estimator on the constructed scene; no rclpy)."""

from __future__ import annotations

import json
import math

import pytest
from helpers_plan import plan_frame

from spatialvlm_ros.estimators.factory import build_estimator
from spatialvlm_ros.ros import convert, typestore
from spatialvlm_ros.ros.query_logic import QueryLogic

QReq = typestore().types["spatialvlm_ros/srv/QuerySpatial_Request"]


@pytest.fixture(scope="module")
def logic():
    lg = QueryLogic(build_estimator("geometry"))
    m = convert.frame_to_messages(plan_frame())
    assert lg.on_camera(m["rgb"], m["depth"], m["camera_info"], m["masks"])
    return lg


def _ask(logic, question: str, objects=()):
    return logic.answer(QReq(question=question, quantity="", objects=list(objects), form=""))


def test_composite_trace_in_the_response(logic):
    r = _ask(logic, "Which object is farthest from the yellow can?")
    assert r.response.success, r.response.message
    assert r.response.estimate.answer == "the blue box" and r.response.estimate.quantity == "farthest_from"
    doc = json.loads(r.response.trace_json)
    assert doc["value"] == "blue box" and doc["plan"]["kind"] == "farthest_from"
    dists = {t["objects"][1]: t["value"] for t in doc["trace"] if t["op"] == "query"}
    # distances from the yellow can (0, .2, .04): blue box .283, orange box .2245, red cube .200, green block .109
    assert dists["blue box"] == pytest.approx(0.283, abs=0.01) and dists["green block"] == pytest.approx(0.109, abs=0.01)
    assert all(t["source"] == "geometry" for t in doc["trace"] if t["op"] == "query")
    ts = typestore()  # the new field survives CDR
    back = ts.deserialize_cdr(bytes(ts.serialize_cdr(r.response, r.response.__msgtype__)), r.response.__msgtype__)
    assert json.loads(back.trace_json) == doc


def test_composite_value_and_truth_fields(logic):
    r = _ask(logic, "How much farther is the red cube from the blue box than from the orange box?")
    assert r.response.success and r.response.estimate.value_m == pytest.approx(0.1005, abs=0.01)
    r = _ask(logic, "Do the red cube, the blue box and the yellow can form a right triangle?")
    assert r.response.estimate.truth == convert.TRUTH_TRUE and math.isnan(r.response.estimate.value_m)


def test_single_step_question_has_an_empty_trace(logic):
    r = _ask(logic, "How tall is the green block?")
    assert r.response.success and r.response.trace_json == ""


def test_composite_ambiguous_reference_is_refused(logic):
    r = _ask(logic, "Which object is closest to the box?")
    assert not r.response.success and "could be any of: blue box, orange box" in r.response.message
    assert r.response.trace_json == ""
