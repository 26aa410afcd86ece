"""Requested units (core.units): read from the question, written in the answer; value_m stays metres."""

from __future__ import annotations

import pytest

from spatialvlm_ros.core.answer_parsing import parse_quantity
from spatialvlm_ros.core.answer_phrasing import answer_text, format_length, format_size
from spatialvlm_ros.core.quantities import Measurement
from spatialvlm_ros.core.query import SpatialQuery
from spatialvlm_ros.core.templates import TemplateBank
from spatialvlm_ros.core.units import default_unit, extract_unit_request, format_in_unit


@pytest.mark.parametrize(
    "text,unit,rest",
    [
        ("how far away is red cube from gripper in inches", "in", "how far away is red cube from gripper"),
        ("how tall is black cylinder in mm", "mm", "how tall is black cylinder"),
        ("how many centimeters between duck and ball", "cm", "how many units between duck and ball"),
        ("in feet how far is duck from ball", "ft", "how far is duck from ball"),
        ("how wide is box in metric units", "metric", "how wide is box"),
        ("how far is duck from ball using imperial units", "imperial", "how far is duck from ball"),
        ("how far is duck from ball expressed in millimetres", "mm", "how far is duck from ball"),
        ("how far is duck from us", "", "how far is duck from us"),
        ("what is distance in cm between mug and duck", "cm", "what is distance between mug and duck"),
        ("how tall is duck in front of box", "", "how tall is duck in front of box"),
    ],
)
def test_unit_requests(text, unit, rest):
    assert extract_unit_request(text) == (unit, rest)


def test_lengths_in_each_unit_parse_back():
    for v in (0.004, 0.0254, 0.118, 0.4617, 2.5):
        for unit in ("mm", "cm", "m", "in", "ft", "imperial", "metric"):
            text, code = format_in_unit(v, unit)
            q = parse_quantity(text)
            assert q.unit == code and q.value_m == pytest.approx(v, rel=0.05, abs=0.0006), (v, unit, text)
    assert format_in_unit(0.4617, "in") == ("18 inches", "in")
    assert format_in_unit(0.0254, "in") == ("1 inch", "in")
    assert format_in_unit(0.118, "mm") == ("118 mm", "mm")
    assert format_in_unit(0.4617, "imperial") == ("18 inches", "in")
    assert format_in_unit(2.5, "imperial") == ("8.2 feet", "ft")
    with pytest.raises(ValueError):
        format_in_unit(-1.0, "cm")
    with pytest.raises(ValueError, match="unknown length unit"):
        format_in_unit(1.0, "furlong")


def test_default_unit_is_the_configured_one():
    assert default_unit() == "auto"
    assert format_length(0.35) == ("35 cm", "cm") and format_length(1.234) == ("1.23 m", "m")
    assert format_length(0.35, unit="in") == ("14 inches", "in")


def test_answers_use_the_unit_the_question_asked_for():
    bank = TemplateBank.load()
    names = ["mug", "duck"]
    m = Measurement(value_m=0.462)
    for question, text, unit in [
        ("How far is the mug from the duck, in inches?", "18 inches", "in"),
        ("how many millimeters apart are the mug and the duck", "462 mm", "mm"),
        ("How far is the mug from the duck in feet please?", "1.5 feet", "ft"),
        ("How far is the mug from the duck?", "46 cm", "cm"),
    ]:
        q = bank.match(question, names)
        assert answer_text(q, m) == (text, unit), question
        sentence, unit2, _ = bank.answer_detail(q, m, index=0)
        assert text in sentence and unit2 == unit
    q = SpatialQuery("size", ("mug",), unit="mm")
    assert answer_text(q, Measurement(value_m=0.12, extents_m=(0.08, 0.09, 0.12))) == (
        "80 × 90 × 120 mm (width × depth × height)", "mm")
    assert format_size((0.3048, 0.3048, 0.6096), "ft") == ("1 × 1 × 2 feet (width × depth × height)", "ft")
