"""The template bank: every question matches back to its own query, every answer parses back to the truth."""

from __future__ import annotations

import re

import numpy as np
import pytest

from spatialvlm_ros.core.answer_parsing import parse_answer, parse_choice
from spatialvlm_ros.core.quantities import measure
from spatialvlm_ros.core.query import PREDICATES, QUESTION_TYPES, SpatialQuery, n_objects
from spatialvlm_ros.core.scene import Box3D, SceneGraph, SceneObject, Viewer
from spatialvlm_ros.core.templates import TemplateBank, normalize_text
from spatialvlm_ros.errors import ConfigError, QueryError, UnknownObjectError


@pytest.fixture(scope="module")
def bank() -> TemplateBank:
    return TemplateBank.load()


def _scene(names=("red cup", "mug")) -> SceneGraph:
    T = np.eye(4)
    T[:3, :3] = np.array([[1, 0, 0], [0, 0, 1], [0, -1, 0]], float)  # optical z = world +y, level camera
    T[:3, 3] = [0.0, -1.0, 0.3]
    boxes = [Box3D([-0.2, 0.1, 0.06], [0.08, 0.07, 0.12], 0.2), Box3D([0.25, 0.45, 0.30], [0.2, 0.15, 0.6], -0.4)]
    objs = [SceneObject(i + 1, n, b) for i, (n, b) in enumerate(zip(names, boxes))]
    return SceneGraph("world", "pose", T, Viewer.from_camera_pose(T), objs,
                      support_plane=(np.array([0.0, 0.0, 1.0]), 0.0))


def test_bank_covers_38_types_at_the_papers_scale(bank):
    assert set(QUESTION_TYPES) <= set(bank.questions)
    assert bank.n_types() >= 38
    for key, qs in bank.questions.items():
        assert len(qs) >= 20, key
        assert len({normalize_text(q) for q in qs}) == len(qs), f"duplicate phrasings in {key}"
    for key, ans in bank.answers.items():
        assert len(ans) >= 10, key


NAME_SETS = [
    (["red cup", "mug", "cup", "duck"], ("red cup", "mug")),
    (["red cup", "mug", "cup", "duck"], ("mug", "red cup")),
    (["cup", "red cup"], ("cup", "red cup")),
    (["gripper", "blue box", "green block"], ("green block", "gripper")),
    # names made of template words: the strict name pass must split them right
    (["left shoe", "box from china", "mug"], ("box from china", "left shoe")),
]


@pytest.mark.parametrize("names,objs", NAME_SETS)
def test_every_question_template_matches_back_to_its_query(bank, names, objs):
    n = 0
    for (kind, form), qs in bank.questions.items():
        want = objs[: n_objects(kind)]
        for i in range(len(qs)):
            question = bank.question(kind, form, want, index=i)
            got = bank.match(question, names)
            assert (got.kind, got.form, got.objects) == (kind, form, want), question
            assert got.question == question
            n += 1
    assert n >= 38 * 20


def test_matching_ignores_case_punctuation_and_articles(bank):
    names = ["red cup", "mug"]
    for text in ["HOW FAR IS RED CUP FROM A MUG", "how far is the red cup from the mug???", "How far is the Red-Cup from the mug"]:
        got = bank.match(text, names)
        assert (got.kind, got.objects) == ("distance", ("red cup", "mug"))


@pytest.mark.parametrize(
    "question,expected",
    [
        ("How far is the duck from the mug?", ("distance", "value", ("duck", "mug"))),
        ("What is the distance between the mug and the duck?", ("distance", "value", ("mug", "duck"))),
        ("How tall is the mug?", ("height", "value", ("mug",))),
        ("Is the mug to the left of the duck?", ("left_of", "yesno", ("mug", "duck"))),
        ("Which is taller, the mug or the duck?", ("taller", "which", ("mug", "duck"))),
        ("how far is the gripper from the red cup?", ("distance", "value", ("gripper", "red cup"))),
        ("Which one is closer to me: the mug or the duck?", ("in_front_of", "which", ("mug", "duck"))),
        ("how far is the mug from me", ("distance_to_viewer", "value", ("mug",))),
        ("is mug bigger than duck", ("bigger", "yesno", ("mug", "duck"))),
        ("Is the mug under the duck?", ("below", "yesno", ("mug", "duck"))),
        ("What's the height of the red cup?", ("height", "value", ("red cup",))),
        ("Where is the duck relative to the gripper?", ("direction", "value", ("gripper", "duck"))),
        ("mug and duck: how much space between them?", ("gap", "value", ("mug", "duck"))),
        ("what is the horizontal distance from the duck to the red cup please", ("horizontal_distance", "value", ("duck", "red cup"))),
        ("Could you tell me how tall the red cup is?", ("height", "value", ("red cup",))),
        ("How far is the mug from the duck, in meters?", ("distance", "value", ("mug", "duck"))),
        ("how many centimeters between the mug and the duck", ("distance", "value", ("mug", "duck"))),
        ("gripper to red cup distance?", ("distance", "value", ("gripper", "red cup"))),
        ("Is the duck on top of the mug?", ("above", "yesno", ("duck", "mug"))),
        ("How much space is between the mug and the red cup?", ("gap", "value", ("mug", "red cup"))),
        ("How close is the gripper to the red cup?", ("distance", "value", ("gripper", "red cup"))),
        ("Which is closest to the camera, the mug or the duck?", ("in_front_of", "which", ("mug", "duck"))),
        ("How far to the right of the mug is the duck?", ("lateral_offset", "value", ("mug", "duck"))),
        ("How far above the mug is the duck?", ("vertical_distance", "value", ("mug", "duck"))),
        ("How far is the gripper above the table?", ("elevation", "value", ("gripper",))),
    ],
)
def test_free_phrasings(bank, question, expected):
    got = bank.match(question, ["mug", "duck", "red cup", "gripper"])
    assert (got.kind, got.form, got.objects) == expected


def test_unknown_object_lists_known_names(bank):
    with pytest.raises(UnknownObjectError, match=r"'banana'.*\(scene has: duck, mug\)"):
        bank.match("How far is the banana from the mug?", ["mug", "duck"])
    with pytest.raises(UnknownObjectError, match="'cup'"):
        bank.match("How far is the mug from the cup?", ["mug", "red cup"])
    with pytest.raises(UnknownObjectError, match="scene has: duck, mug"):
        bank.match("Is the teapot taller than the mug?", ["mug", "duck"])


def test_question_not_understood_names_it(bank):
    with pytest.raises(QueryError, match="not understood.*weather"):
        bank.match("What's the weather like today?", ["mug", "duck"])
    with pytest.raises(QueryError, match="empty"):
        bank.match("   ", ["mug"])


def test_question_fills_names_with_article(bank):
    rng = np.random.default_rng(0)
    q = bank.question("distance", "value", ("red cup", "mug"), index=0)
    assert q == "What is the distance between the red cup and the mug?"
    qs = {bank.question("height", "value", ("mug",), rng) for _ in range(50)}
    assert len(qs) > 10
    assert all(q[0].isupper() and "the mug" in q.lower() for q in qs)


def _kinds_and_orders():
    for kind, form in QUESTION_TYPES:
        if n_objects(kind) == 1:
            yield kind, form, ("red cup",)
            yield kind, form, ("mug",)
        else:
            yield kind, form, ("red cup", "mug")
            yield kind, form, ("mug", "red cup")


SIGNED_PREDICATE = {"lateral_offset": "right_of", "depth_offset": "behind", "height_difference": "taller"}
LEADING_MARKER = re.compile(
    r"^\W*(?:yes|no|nope|incorrect|correct|indeed|definitely|not at all|that's right)\b[,.!]?\s*", re.IGNORECASE
)
NEGATION = re.compile(r"\b(?:no|not|nope|incorrect)\b|n't\b", re.IGNORECASE)


def test_every_answer_template_parses_back_to_the_truth(bank):
    scene = _scene()
    rng = np.random.default_rng(1)
    checked = signed_checked = 0
    for kind, form, objs in _kinds_and_orders():
        query = SpatialQuery(kind, objs, form)
        m = measure(scene, query)
        variant = "" if form != "yesno" else ("true" if m.truth else "false")
        for i in range(len(bank.answers[(kind, form, variant)])):
            for _ in range(3):  # varied units and rounding
                text, _unit, _ = bank.answer_detail(query, m, rng, index=i)
                got = parse_answer(query, text)
                if kind == "direction":
                    assert got.value_deg == pytest.approx(m.value_deg, abs=15.01) or got.clock == m.clock, text
                    if "o'clock" in text:
                        assert got.clock == m.clock, text
                    else:
                        assert got.value_deg == pytest.approx(m.value_deg, abs=0.51), text
                elif kind in PREDICATES and form == "which":
                    assert got.chosen == m.chosen and got.truth == m.truth, text
                elif kind in PREDICATES:
                    assert got.truth == m.truth, text
                    # a statement naming both objects must state the right relation (catches swapped
                    # placeholders and wrong predicates)
                    statement = LEADING_MARKER.sub("", text)
                    lower = statement.lower()
                    if "the red cup" in lower and "the mug" in lower and not NEGATION.search(statement):
                        stated = parse_choice(SpatialQuery(kind, objs, "which"), statement)
                        assert stated == (objs[0] if m.truth else objs[1]), text
                else:
                    tol = 0.05 * m.value_m + 0.0005 + 1e-9
                    assert got.value_m == pytest.approx(m.value_m, abs=tol), text
                    if kind in SIGNED_PREDICATE and "[D]" in bank.answers[(kind, form, variant)][i]:
                        # the stated direction ("A is 20 cm to the left of B") matches the sign
                        pred = SpatialQuery(SIGNED_PREDICATE[kind], objs, "yesno")
                        assert parse_answer(pred, text).truth == (m.signed_m > 0), text
                        signed_checked += 1
                checked += 1
    assert checked > 38 * 2 * 10
    assert signed_checked >= 3 * 2 * 2 * 3


def test_direction_answers_keep_b_seen_from_a(bank):
    for a in bank.answers[("direction", "value", "")]:
        if "[A]" in a:
            assert re.search(r"(from|relative to) \[A\]", a, re.IGNORECASE), a


def test_wrong_templates_are_caught(tmp_path, bank):
    """A bank whose true-answer says the opposite relation fails the round-trip check above."""
    query = SpatialQuery("taller", ("red cup", "mug"), "yesno")
    m = measure(_scene(), query)
    assert m.truth is False  # the mug is the tall one
    bad = "Yes, [A] is taller than [B]."  # would be a wrong predicate in answers_false
    text = bad.replace("[A]", "the red cup").replace("[B]", "the mug")
    assert parse_answer(query, text).truth != m.truth


def test_bad_bank_files_are_config_errors(tmp_path):
    p = tmp_path / "bad.yaml"
    p.write_text("quantities:\n  distance:\n    questions: ['How far is [A]?']\n    answers: ['[X]']\n")
    with pytest.raises(ConfigError, match="exactly once"):
        TemplateBank.load(p)
    p.write_text("quantities:\n  heaviness:\n    questions: ['x']\n    answers: ['[X]']\n")
    with pytest.raises(ConfigError, match="unknown quantity"):
        TemplateBank.load(p)
    p.write_text("quantities: {}\npredicates: {}\n")
    with pytest.raises(ConfigError, match="no templates for"):
        TemplateBank.load(p)
