"""The evaluation metrics on hand-checked cases."""

from __future__ import annotations

import math

import pytest

from spatialvlm_ros.data.metrics import (
    Outcome,
    abs_rel_error,
    angle_error_deg,
    clock_to_deg,
    format_table,
    summarize,
    within_factor,
    within_relative,
)


def test_within_factor_bounds_are_inclusive_and_tight():
    assert within_factor(0.5, 1.0)  # exactly 50 %
    assert within_factor(2.0, 1.0)  # exactly 200 %
    assert within_factor(1.0, 1.0)
    assert not within_factor(0.49, 1.0)
    assert not within_factor(2.01, 1.0)
    assert within_factor(0.15, 0.30) and not within_factor(0.147, 0.30)
    assert not within_factor(1.0, 0.0)  # no ratio against a zero truth
    assert not within_factor(math.nan, 1.0)
    assert within_factor(0.34, 1.0, factor=3.0) and not within_factor(0.33, 1.0, factor=3.0)


def test_within_relative_25_percent():
    assert within_relative(0.75, 1.0) and within_relative(1.25, 1.0)
    assert not within_relative(0.74, 1.0) and not within_relative(1.26, 1.0)
    assert within_relative(0.40, 0.40)
    assert not within_relative(0.2, 0.0)


def test_abs_rel_error_and_angles():
    assert abs_rel_error(0.5, 0.4) == pytest.approx(0.25)
    assert abs_rel_error(0.3, 0.4) == pytest.approx(0.25)
    assert abs_rel_error(1.0, 0.0) == math.inf
    assert angle_error_deg(350.0, 10.0) == pytest.approx(20.0)
    assert angle_error_deg(-90.0, 90.0) == pytest.approx(180.0)
    assert angle_error_deg(30.0, 75.0) == pytest.approx(45.0)
    assert clock_to_deg(12) == 0.0 and clock_to_deg(3) == 90.0 and clock_to_deg(9) == 270.0


def test_summarize_counts_unanswered_as_failures():
    outs = [
        Outcome("distance", True, True, pred=0.5, truth=1.0),   # in [50,200], not in 25 %
        Outcome("distance", True, True, pred=1.1, truth=1.0),   # in both
        Outcome("distance", True, False),                        # no number: counts against every rate
        Outcome("distance", True, True, pred=0.49, truth=1.0),  # outside both
        Outcome("gap", True, True, pred=0.1, truth=0.0),        # zero truth: left out of ratio rates
        Outcome("left_of", False, True, correct=True),
        Outcome("left_of", False, True, correct=False),
        Outcome("left_of", False, False),
        Outcome("direction", True, True, pred=90.0, truth=60.0, correct=False),
    ]
    s = summarize(outs)
    d = s["per_kind"]["distance"]
    assert d["n"] == 4
    assert d["number_rate"] == pytest.approx(0.75)
    assert d["within_50_200"] == pytest.approx(2 / 4)
    assert d["within_25pct"] == pytest.approx(1 / 4)
    assert d["abs_rel_error_mean"] == pytest.approx((0.5 + 0.1 + 0.51) / 3)
    g = s["per_kind"]["gap"]
    assert g["n_zero_truth"] == 1 and g["within_50_200"] is None
    q = s["per_kind"]["left_of"]
    assert q["accuracy"] == pytest.approx(1 / 3) and q["answered_rate"] == pytest.approx(2 / 3)
    assert s["per_kind"]["direction"]["mean_angle_error_deg"] == pytest.approx(30.0)
    allq = s["overall"]["quantitative"]
    assert allq["n"] == 5 and allq["within_50_200"] == pytest.approx(2 / 4)
    assert s["overall"]["qualitative"]["n"] == 3
    table = format_table(s)
    assert "distance" in table and "50.0%" in table and "ALL qualitative" in table
