"""The shared reference resolver (core.references): every rule, ambiguity refused with candidates, no guesses."""

from __future__ import annotations

import pytest

from spatialvlm_ros.core.references import Synonyms, find_references, resolve
from spatialvlm_ros.core.templates import TemplateBank
from spatialvlm_ros.errors import AmbiguousObjectError, ConfigError, QueryError, UnknownObjectError

SCENE = ["red cube", "black cylinder", "purple ball", "lego brick", "orange box", "rubber duck", "gripper"]


@pytest.mark.parametrize(
    "reference,name,rule",
    [
        ("red cube", "red cube", "exact"),
        ("The Red  Cube", "red cube", "normalized"),
        ("the orange boxes", "orange box", "normalized"),
        ("duck", "rubber duck", "head_noun"),
        ("the cube", "red cube", "head_noun"),
        ("box", "orange box", "head_noun"),
        ("lego", "lego brick", "word"),
        ("red block", "red cube", "synonym"),
        ("sphere", "purple ball", "synonym"),
        ("the can", "black cylinder", "synonym"),
        ("rubber duk", "rubber duck", "fuzzy"),
        ("cilinder", "black cylinder", "fuzzy"),
        ("purpel ball", "purple ball", "fuzzy"),
        ("redcube", "red cube", "fuzzy"),
    ],
)
def test_each_rule(reference, name, rule):
    r = resolve(reference, SCENE)
    assert r.valid and (r.name, r.rule) == (name, rule) and r.reason == ""
    assert r.to_dict()["asked"] == reference and r.to_dict()["name"] == name


def test_ambiguous_reference_is_refused_with_the_candidates():
    r = resolve("the box", ["orange box", "blue box", "duck"])
    assert not r.valid and r.rule == "ambiguous" and r.candidates == ("blue box", "orange box")
    assert r.reason == "'box' could be any of: blue box, orange box (say which)"
    with pytest.raises(AmbiguousObjectError, match="blue box, orange box"):
        _ = r.name
    # a synonym that fits two objects, and a close spelling of two names, are refused too
    assert resolve("block", ["red cube", "blue cube"]).candidates == ("blue cube", "red cube")
    assert resolve("cubes", ["red cube", "blue cube"]).rule == "ambiguous"


def test_colours_are_kept_through_synonyms():
    names = ["red cube", "blue cube", "green ball"]
    assert resolve("red block", names).name == "red cube"
    assert resolve("blue block", names).name == "blue cube"
    r = resolve("yellow block", names)
    assert not r.valid and r.rule == "unknown"  # never "red cube" or "blue cube"


def test_unknown_reference_lists_the_closest_names():
    r = resolve("banana", SCENE)
    assert not r.valid and r.rule == "unknown" and len(r.candidates) == 3
    assert r.reason.startswith("unknown object 'banana'; closest: ") and "(scene has: black cylinder" in r.reason
    with pytest.raises(UnknownObjectError):
        _ = r.name
    assert resolve("", SCENE).rule == "empty" and not resolve("   ", SCENE).valid


def test_suggestions_put_names_with_the_same_head_noun_first():
    r = resolve("blue block", SCENE)  # no blue one: suggest the cube (block = cube), never pick it
    assert not r.valid and r.candidates[0] == "red cube"


def test_fuzzy_can_be_turned_off_and_needs_a_clear_winner():
    assert not resolve("rubber duk", SCENE, fuzzy=False).valid
    r = resolve("bal", ["ball", "bale"])  # as close to both: no guess
    assert not r.valid


def test_a_synonym_table_of_your_own(tmp_path):
    syn = Synonyms.from_groups([["teapot", "kettle"]])
    assert resolve("kettle", ["teapot", "mug"], syn).name == "teapot"
    assert not resolve("red block", ["red cube"], syn).valid  # the package table is not used then
    bad = tmp_path / "syn.yaml"
    bad.write_text("groups: [[lonely]]\n")
    with pytest.raises(ConfigError, match="at least two"):
        Synonyms.load(bad)
    assert len(Synonyms.load().groups) >= 5


def test_references_in_free_text():
    vocab = TemplateBank.load().vocabulary
    words = ["how", "many", "units", "between", "duck", "and", "purple", "ball"]
    found = find_references(words, SCENE, vocab)
    assert [(m.start, m.end, m.resolution.name) for m in found] == [(4, 5, "rubber duck"), (6, 8, "purple ball")]
    found = find_references(["is", "box", "left", "of", "cube"], ["orange box", "blue box", "red cube"], vocab)
    assert found[0].resolution.rule == "ambiguous" and found[1].resolution.name == "red cube"


def test_questions_refuse_ambiguous_references_with_candidates():
    bank = TemplateBank.load()
    names = ["orange box", "blue box", "red cube"]
    with pytest.raises(AmbiguousObjectError, match=r"'box' could be any of: blue box, orange box"):
        bank.match("how wide is the box", names)
    with pytest.raises(AmbiguousObjectError, match="blue box, orange box"):
        bank.match("how many cm between the box and the cube", names)
    q = bank.match("how wide is the orange box", names)
    assert q.objects == ("orange box",)


def test_questions_never_substitute_another_object():
    bank = TemplateBank.load()
    # a colour the scene lacks: refused, the real duck suggested
    with pytest.raises(UnknownObjectError, match=r"unknown object 'yellow duck'; closest: rubber duck"):
        bank.match("how far is the yellow duck from the box", SCENE)
    # three objects for a two-object quantity: refused, not the first two
    with pytest.raises(QueryError, match="names 3 objects .* but distance is about 2"):
        bank.match("how far is the duck from the ball and the box", SCENE)
    # a question word misspelled stays a question word; an object word is never "corrected" into one
    assert bank.match("hwo tal is the duck", SCENE).objects == ("rubber duck",)
