"""Every composite kind against hand-computed answers on a constructed scene (test/helpers_plan.py).

Box centres (m): red cube A (0, 0, .03), blue box B (.2, 0, .05), green block C (.1, .1732, .075),
yellow can D (0, .2, .04), orange box E (.1, 0, .02); camera at (-.05, -.45, .75).
Centre distances: AE .1005, AD .2002, AB .2010, AC .2050, BC .2016, BD .2830, BE .1044,
CD .1093, CE .1817, DE .2245. Camera distances: A .850, C .931, D .964.
"""

from __future__ import annotations

import pytest
from helpers_plan import plan_frame

from spatialvlm_ros.core.composite_text import CompositeBank
from spatialvlm_ros.core.planner import COMPOSITE_KINDS, CompositeQuery, PlanConfig, plan_for
from spatialvlm_ros.core.reasoning import answer_composite
from spatialvlm_ros.errors import QueryError
from spatialvlm_ros.estimators.geometry import GeometryEstimator

NAMES = ["red cube", "blue box", "green block", "yellow can", "orange box"]

CASES = [
    ("Which object is closest to the red cube?", "closest_to", "orange box"),           # AE .1005 < AD .2002
    ("What is nearest to the yellow can?", "closest_to", "green block"),                # CD .1093 < AD .2002
    ("Which object is farthest from the yellow can?", "farthest_from", "blue box"),     # BD .2830 > DE .2245
    ("Which of the blue box, the yellow can and the orange box is farthest from the green block?",
     "farthest_from", "blue box"),                                                      # BC .2016 > CE .1817
    ("Which object is closest to the camera?", "closest_to_camera", "red cube"),        # .850 < .869 (B)
    ("What is the tallest object?", "tallest", "green block"),                          # 15 cm
    ("Is the orange box between the red cube and the blue box?", "between", True),     # (.1005+.1044)/.2010 = 1.02
    ("Is the green block between the red cube and the blue box?", "between", False),   # (.2050+.2016)/.2010 = 2.0
    ("Do the red cube, the blue box and the green block form an equilateral triangle?", "equilateral", True),
    ("Do the red cube, the blue box and the yellow can roughly form an equilateral triangle?", "equilateral", False),
    ("Do the red cube, the blue box and the yellow can form an isosceles triangle?", "isosceles", True),
    ("Are the orange box, the blue box and the yellow can arranged in an isosceles triangle?", "isosceles", False),
    ("Do the red cube, the blue box and the yellow can form a right triangle?", "right_triangle", True),  # 89.7 deg
    ("Do the red cube, the blue box and the green block form a right triangle?", "right_triangle", False),  # ~61 deg
    ("Which objects are within 15 cm of the red cube?", "within", ["orange box"]),
    ("How many objects are within 21 cm of the yellow can?", "within", ["green block", "red cube"]),
    ("Sort the objects by their distance to the yellow can.", "sort_by_distance",
     ["green block", "red cube", "orange box", "blue box"]),
    ("Sort the red cube, the green block and the yellow can by distance to the camera.", "sort_by_camera",
     ["red cube", "green block", "yellow can"]),
    ("List the objects from tallest to shortest.", "sort_by_height",
     ["green block", "blue box", "yellow can", "red cube", "orange box"]),
    ("Does an object of 10 cm fit between the red cube and the yellow can?", "fits_between", True),   # gap 14 cm
    ("Is there room for an object of 20 cm between the red cube and the yellow can?", "fits_between", False),
]


@pytest.fixture(scope="module")
def frame():
    return plan_frame()


@pytest.fixture(scope="module")
def estimator():
    return GeometryEstimator()


@pytest.fixture(scope="module")
def bank():
    return CompositeBank.load()


@pytest.mark.parametrize("question, kind, want", CASES)
def test_composite_kind_answers(question, kind, want, frame, estimator, bank):
    cq = bank.match(question, NAMES)
    assert cq.kind == kind
    ans = answer_composite(cq, estimator, frame, NAMES)
    assert ans.valid, ans.reason
    if isinstance(want, list) and kind == "within":
        assert sorted(ans.result.value) == sorted(want)
        assert ans.answer.startswith(f"{len(want)} object")
        n_step = next(t for t in ans.result.trace if t.step.id == "n")
        assert n_step.value == len(want)
    else:
        assert ans.result.value == want
    assert all(t.source == "geometry" for t in ans.result.trace if t.step.op == "query")
    assert ans.think_answer().startswith("<think>") and f"<answer>{ans.answer}</answer>" in ans.think_answer()


def test_how_much_farther(frame, estimator, bank):
    cq = bank.match("How much farther is the red cube from the blue box than from the orange box?", NAMES)
    ans = answer_composite(cq, estimator, frame, NAMES)
    assert cq.objects == ("red cube", "blue box", "orange box")
    assert ans.result.value == pytest.approx(0.2010 - 0.1005, abs=0.01) and ans.answer.endswith("farther")
    cq = bank.match("How much farther is the red cube from the orange box than from the blue box, in inches?", NAMES)
    ans = answer_composite(cq, estimator, frame, NAMES)
    assert ans.result.value == pytest.approx(-0.1005, abs=0.01) and ans.answer.endswith("closer")
    assert cq.unit == "in" and "in" in ans.answer.split()[1]


def test_at_least_ten_kinds_each_with_templates(bank):
    assert len(COMPOSITE_KINDS) >= 10
    assert set(bank.questions) == set(COMPOSITE_KINDS)
    tested = {k for _, k, _ in CASES} | {"farther_difference"}
    assert tested == set(COMPOSITE_KINDS)


def test_every_template_reads_back_as_its_kind(bank):
    import numpy as np

    rng = np.random.default_rng(0)
    for kind, (n, needs_length) in COMPOSITE_KINDS.items():
        for template in bank.questions[kind]:
            objs = tuple(NAMES[:n])
            cands = ("green block", "yellow can") if "[L]" in template else ()
            cq = CompositeQuery(kind, objs, 0.12 if needs_length else None, cands)
            q = template.replace("[X]", "the red cube").replace("[Y]", "the blue box").replace(
                "[Z]", "the green block").replace("[L]", "the green block and the yellow can").replace("[D]", "12 cm")
            got = bank.match(q, NAMES)
            assert (got.kind, got.objects, got.candidates) == (kind, objs, cands), q
            if needs_length:
                assert got.length_m == pytest.approx(0.12)
            assert bank.match(bank.question(cq, rng, "12 cm"), NAMES).kind == kind


def test_bad_composite_questions_are_refused_with_the_reason(bank):
    with pytest.raises(QueryError, match="could be any of: blue box, orange box"):
        bank.match("Which object is closest to the box?", NAMES)
    with pytest.raises(QueryError, match="banana"):
        bank.match("Which object is closest to the banana?", NAMES)
    with pytest.raises(QueryError, match="not a composite question"):
        bank.match("What colour is the sky?", NAMES)
    with pytest.raises(QueryError, match="objects must differ"):
        bank.match("Is the red cube between the red cube and the blue box?", NAMES)


def test_too_few_objects_is_an_invalid_answer(frame, estimator):
    ans = answer_composite(CompositeQuery("closest_to", ("red cube",)), estimator, frame, ["red cube"])
    assert not ans.valid and "not enough objects" in ans.reason


def test_tolerances_come_from_config(tmp_path):
    p = tmp_path / "plan.yaml"
    p.write_text("triangle_tolerance: 0.5\nright_angle_tolerance_deg: 2\n")
    cfg = PlanConfig.from_yaml(str(p))
    plan = plan_for(CompositeQuery("equilateral", ("a", "b", "c")), ["a", "b", "c"], cfg)
    assert plan.step("answer").params == {"shape": "equilateral", "tolerance": 0.5}
    p.write_text("triangle_tol: 0.5\n")
    with pytest.raises(Exception, match="unknown key"):
        PlanConfig.from_yaml(str(p))
