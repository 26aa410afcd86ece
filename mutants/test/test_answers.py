"""Reading quantities, yes/no, choices and directions from free text; phrasing lengths."""

from __future__ import annotations

import numpy as np
import pytest

from spatialvlm_ros.core.answer_parsing import (
    parse_answer,
    parse_choice,
    parse_clock,
    parse_degrees,
    parse_quantity,
    parse_truth,
)
from spatialvlm_ros.core.answer_phrasing import answer_text, format_length, format_length_detail
from spatialvlm_ros.core.quantities import Measurement
from spatialvlm_ros.core.query import SpatialQuery
from spatialvlm_ros.errors import AnswerParseError

FT, IN = 0.3048, 0.0254


@pytest.mark.parametrize(
    "text,metres,unit",
    [
        ("about 35 cm", 0.35, "cm"),
        ("1.2 meters", 1.2, "m"),
        ("2-3 feet", 2.5 * FT, "ft"),
        ("2–3 feet", 2.5 * FT, "ft"),
        ("2 to 3 ft", 2.5 * FT, "ft"),
        ("between 1 and 2 meters", 1.5, "m"),
        ("two feet", 2 * FT, "ft"),
        ("half a meter", 0.5, "m"),
        ("a foot and a half", 1.5 * FT, "ft"),
        ("one and a half meters", 1.5, "m"),
        ("two and a half feet", 2.5 * FT, "ft"),
        ("5 ft 6 in", 5 * FT + 6 * IN, "ft+in"),
        ("5 feet, 6 inches", 5 * FT + 6 * IN, "ft+in"),
        ("5'6\"", 5 * FT + 6 * IN, "ft+in"),
        ("1 m 20 cm", 1.2, "m+cm"),
        ("350mm", 0.35, "mm"),
        ("12 inches", 12 * IN, "in"),
        ("<think>The mug is near, maybe 10 m? No.</think> <answer>2–3 feet</answer>", 2.5 * FT, "ft"),
        ("Approximately 60.13 centimeters", 0.6013, "cm"),
        ("twenty-five centimetres", 0.25, "cm"),
        ("ninety nine cm", 0.99, "cm"),
        ("one hundred and twenty centimeters", 1.2, "cm"),
        ("1,200 mm", 1.2, "mm"),
        ("1 1/2 feet", 1.5 * FT, "ft"),
        ("3/4 of a meter", 0.75, "m"),
        ("a quarter of a meter", 0.25, "m"),
        ("roughly an inch", IN, "in"),
        ("It is about 1.5m away.", 1.5, "m"),
        ("The red cup is 30 cm in front of the mug, and 2 m from the wall.", 0.30, "cm"),
        ("The distance is .5 m", 0.5, "m"),
        ("about 3 yards", 3 * 0.9144, "yd"),
        ("1½ feet", 1.5 * FT, "ft"),
        ("between two and three feet", 2.5 * FT, "ft"),
        ("two-three feet", 2.5 * FT, "ft"),
        ("one meter and twenty centimeters", 1.2, "m+cm"),
        ("one thousand two hundred mm", 1.2, "mm"),
        ("a 30-cm ruler", 0.30, "cm"),
        ("2 feet and a half", 2.5 * FT, "ft"),
    ],
)
def test_parse_quantity(text, metres, unit):
    p = parse_quantity(text)
    assert p.value_m == pytest.approx(metres, rel=1e-6)
    assert p.unit == unit
    assert p.span


def test_parse_quantity_span_locates_the_phrase_in_the_original_text():
    text = "<think>far</think><answer>Move it 30 CM to the left</answer>"
    p = parse_quantity(text)
    assert text[p.start:p.end] == p.span == "30 CM"
    p = parse_quantity("Lift it 2–3 feet")
    assert p.span == "2–3 feet" and p.start == 8
    p = parse_quantity("two feet to the left")  # rewritten by normalisation: no offsets
    assert (p.start, p.end) == (-1, -1) and p.span == "2 feet"


@pytest.mark.parametrize(
    "text",
    ["I don't know", "", "   ", "The mug is big.", "It is 5.", "mug 5", "It is 2 in front of the cup",
     "<think>It is 3 m</think>", "Unknown"],
)
def test_parse_quantity_fails_clearly(text):
    with pytest.raises(AnswerParseError) as exc:
        parse_quantity(text)
    msg = str(exc.value)
    assert "\n" not in msg
    assert "answer" in msg


def test_parse_error_quotes_and_truncates_long_text():
    text = "I really cannot say " * 20
    with pytest.raises(AnswerParseError) as exc:
        parse_quantity(text)
    msg = str(exc.value)
    assert "I really cannot say" in msg and "..." in msg and len(msg) < 140


@pytest.mark.parametrize(
    "text,truth",
    [("Yes", True), ("yes.", True), ("Yes, the mug is left of the duck.", True), ("No.", False),
     ("No, it is not.", False), ("Indeed, the mug is to the left.", True), ("Correct!", True),
     ("The mug is not to the left of the duck.", False), ("It isn't.", False), ("Nope", False),
     ("<think>hmm</think><answer>No</answer>", False), ("That's right, it is taller.", True),
     ("Incorrect, the mug is on the right.", False), ("Definitely, the mug is bigger.", True)],
)
def test_parse_truth(text, truth):
    assert parse_truth(text) is truth


@pytest.mark.parametrize("text", ["I don't know", "Not sure", "It is hard to say", "banana", "", "No idea",
                                  "I cannot determine that from the image"])
def test_parse_truth_fails_clearly(text):
    with pytest.raises(AnswerParseError):
        parse_truth(text)


@pytest.mark.parametrize(
    "text,clock",
    [("at 3 o'clock", 3), ("three o'clock", 3), ("12 o’clock", 12), ("clock position 9", 9),
     ("It lies in the 10 o'clock direction.", 10), ("<answer>At 6 o clock</answer>", 6)],
)
def test_parse_clock(text, clock):
    assert parse_clock(text) == clock


@pytest.mark.parametrize(
    "text,deg",
    [("45 degrees", 45.0), ("-30°", -30.0), ("30 degrees to the left", -30.0), ("90 degrees to the right", 90.0),
     ("270 degrees", -90.0)],
)
def test_parse_degrees(text, deg):
    assert parse_degrees(text) == pytest.approx(deg)


def test_parse_clock_and_degrees_fail_clearly():
    with pytest.raises(AnswerParseError):
        parse_clock("to the left")
    with pytest.raises(AnswerParseError):
        parse_degrees("to the left")


def test_parse_answer_for_each_form():
    d = parse_answer(SpatialQuery("distance", ("mug", "duck")), "They are 40 cm apart.")
    assert d.value_m == pytest.approx(0.4) and d.unit == "cm" and d.truth is None
    y = parse_answer(SpatialQuery("left_of", ("mug", "duck"), "yesno"), "No, it is on the right.")
    assert y.truth is False and y.value_m is None
    w = parse_answer(SpatialQuery("taller", ("mug", "duck"), "which"), "The duck is taller.")
    assert w.chosen == "duck" and w.truth is False
    c = parse_answer(SpatialQuery("direction", ("mug", "duck")), "At 3 o'clock.")
    assert c.clock == 3 and c.value_deg == pytest.approx(90.0)
    g = parse_answer(SpatialQuery("direction", ("mug", "duck")), "about 60 degrees to the left")
    assert g.value_deg == pytest.approx(-60.0) and g.clock == 10
    with pytest.raises(AnswerParseError):
        parse_answer(SpatialQuery("direction", ("mug", "duck")), "over there")


@pytest.mark.parametrize(
    "text,chosen",
    [("The mug.", "mug"), ("duck", "duck"), ("The mug is taller than the duck.", "mug"),
     ("The duck is shorter than the mug.", "mug"), ("The duck is shorter, so the mug is taller.", "mug"),
     ("The mug, which is taller than the duck.", "mug")],
)
def test_parse_choice(text, chosen):
    assert parse_choice(SpatialQuery("taller", ("mug", "duck"), "which"), text) == chosen


def test_parse_choice_prefers_longer_name_and_fails_without_names():
    q = SpatialQuery("bigger", ("cup", "red cup"), "which")
    assert parse_choice(q, "The red cup is bigger.") == "red cup"
    assert parse_choice(q, "The cup is bigger than the red cup.") == "cup"
    with pytest.raises(AnswerParseError, match="names neither"):
        parse_choice(q, "The lamp.")


# ------------------------------------------------------------------------ phrasing

def test_format_length_defaults():
    assert format_length(0.35) == ("35 cm", "cm")
    assert format_length(0.054) == ("5.4 cm", "cm")
    assert format_length(1.234) == ("1.23 m", "m")
    assert format_length(0.0) == ("0 cm", "cm")
    with pytest.raises(ValueError):
        format_length(float("nan"))
    with pytest.raises(ValueError):
        format_length(-1.0)


def test_format_then_parse_round_trip_many_values_and_units():
    rng = np.random.default_rng(0)
    units = set()
    for v in np.concatenate([np.geomspace(0.004, 25.0, 300), rng.uniform(0.01, 3.0, 300)]):
        for seed_rng in (None, rng):
            text, unit, step = format_length_detail(float(v), seed_rng)
            units.add(unit)
            parsed = parse_quantity(text)
            assert abs(parsed.value_m - v) <= step / 2.0 + 1e-9, (v, text)
            if seed_rng is not None:  # varied rounding stays within 5 % (or half a mm/inch for tiny values)
                assert abs(parsed.value_m - v) <= max(0.05 * v, 0.0005, 0.0127 if unit == "in" else 0) + 1e-9, text
            assert parsed.unit.split("+")[0] == unit, (text, unit)
    assert {"cm", "m", "in", "ft", "mm"} <= units


def test_format_length_uses_cm_below_1m_and_m_above_when_metric():
    rng = np.random.default_rng(5)
    for _ in range(300):
        v = float(rng.uniform(0.1, 5.0))
        _text, unit = format_length(v, rng)
        if unit in ("cm", "mm"):
            assert v < 1.5
        if unit == "m":
            assert v >= 1.0


def test_answer_text_for_each_form():
    assert answer_text(SpatialQuery("height", ("mug",)), Measurement(value_m=0.12)) == ("12 cm", "cm")
    assert answer_text(SpatialQuery("above", ("mug", "duck"), "yesno"), Measurement(truth=True, margin_m=0.1)) == ("yes", "")
    assert answer_text(SpatialQuery("above", ("mug", "duck"), "yesno"), Measurement(truth=False, margin_m=-0.1)) == ("no", "")
    assert answer_text(SpatialQuery("taller", ("mug", "duck"), "which"),
                       Measurement(truth=False, margin_m=-0.1, chosen="duck")) == ("the duck", "")
    assert answer_text(SpatialQuery("direction", ("mug", "duck")), Measurement(value_deg=91.0, clock=3)) == ("3 o'clock", "clock")
    with pytest.raises(ValueError):
        answer_text(SpatialQuery("height", ("mug",)), Measurement())


@pytest.mark.parametrize(
    "kind,text,truth",
    [("left_of", "The mug is to the left of the duck.", True),
     ("left_of", "The duck is to the left of the mug.", False),
     ("left_of", "The mug is on the right.", False),
     ("left_of", "It is left of the mug.", False),  # "it" = the duck, left of the mug
     ("left_of", "The duck is on the left.", False),
     ("above", "It sits above the duck.", True),
     ("taller", "The duck is taller.", False),
     ("taller", "The mug is the taller one.", True),
     ("behind", "The duck is in front of the mug.", True),
     ("behind", "Yes, the mug is behind the duck.", True),
     ("behind", "The mug is not behind the duck.", False)],
)
def test_yes_no_read_from_plain_statements(kind, text, truth):
    assert parse_answer(SpatialQuery(kind, ("mug", "duck"), "yesno"), text).truth is truth


def test_which_answers_without_names():
    q = SpatialQuery("taller", ("mug", "duck"), "which")
    assert parse_choice(q, "The first one.") == "mug"
    assert parse_choice(q, "the latter") == "duck"
