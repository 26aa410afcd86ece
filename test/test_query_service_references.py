"""The QuerySpatial response reports the resolved names next to what was asked, and the requested unit
(real rosbags message types, real pybullet scene, real geometry estimator; no rclpy)."""

from __future__ import annotations

import pytest

from spatialvlm_ros.estimators.factory import build_estimator
from spatialvlm_ros.ros import convert, typestore
from spatialvlm_ros.ros.query_logic import QueryLogic
from spatialvlm_ros.sim.tabletop import SimConfig, generate_scene

QReq = typestore().types["spatialvlm_ros/srv/QuerySpatial_Request"]


@pytest.fixture(scope="module")
def logic():
    cfg = SimConfig.from_yaml()
    cfg.image = dict(cfg.image, width=320, height=240)
    scene = generate_scene(0, cfg)
    names = set(scene.frame.segmentation.names.values())
    assert {"rubber duck", "lego brick", "white cube"} <= names, names
    lg = QueryLogic(build_estimator("geometry"))
    m = convert.frame_to_messages(scene.frame)
    assert lg.on_camera(m["rgb"], m["depth"], m["camera_info"], m["masks"])
    return lg


def _ask(logic, question: str, objects=()):
    return logic.answer(QReq(question=question, quantity="", objects=list(objects), form=""))


def test_response_reports_resolved_names_next_to_what_was_asked(logic):
    r = _ask(logic, "How far is the duck from the lego, in inches?")
    assert r.response.success, r.response.message
    assert r.response.estimate.objects == ["rubber duck", "lego brick"]
    assert r.response.asked_objects == ["duck", "lego"]
    assert r.response.resolved_by == ["head_noun", "word"]
    assert r.response.requested_unit == "in"
    assert r.response.estimate.unit == "in" and r.response.estimate.answer.endswith("inches")
    value_in = float(r.response.estimate.answer.split()[0])
    assert value_in == pytest.approx(r.response.estimate.value_m / 0.0254, abs=0.5)  # value_m stays metres
    ts = typestore()  # the new fields survive CDR
    back = ts.deserialize_cdr(bytes(ts.serialize_cdr(r.response, r.response.__msgtype__)), r.response.__msgtype__)
    assert back.asked_objects == ["duck", "lego"] and back.requested_unit == "in"


def test_structured_query_has_no_asked_words(logic):
    r = logic.answer(QReq(question="", quantity="height", objects=["white cube"], form=""))
    assert r.response.success and r.response.asked_objects == [] and r.response.requested_unit == ""
    assert r.response.estimate.unit == "cm"


def test_ambiguous_reference_is_refused_with_the_candidates(logic):
    r = _ask(logic, "how tall is the cube", objects=["white cube", "red cube"])
    assert not r.response.success
    assert "could be any of: red cube, white cube" in r.response.message
    assert r.response.asked_objects == [] and not r.response.estimate.valid
