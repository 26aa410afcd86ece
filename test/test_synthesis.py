"""QA synthesis: balance, correctness against the geometry, gravity gating, ambiguity, near-ties."""

from __future__ import annotations

import json

import numpy as np
import pytest

from spatialvlm_ros.core.answer_parsing import parse_answer
from spatialvlm_ros.core.frame import normalize_name
from spatialvlm_ros.core.qa import QAItem
from spatialvlm_ros.core.quantities import measure
from spatialvlm_ros.core.query import GRAVITY_KINDS, PREDICATES, SpatialQuery
from spatialvlm_ros.core.scene import Box3D, SceneGraph, SceneObject, Viewer
from spatialvlm_ros.core.synthesis import SynthesisConfig, resolve_names, synthesize_qa
from spatialvlm_ros.core.templates import TemplateBank
from spatialvlm_ros.errors import ConfigError


def _T() -> np.ndarray:
    T = np.eye(4)
    c, s = np.cos(np.radians(35)), np.sin(np.radians(35))  # pitched 35 deg down, looking along +y
    z = np.array([0.0, c, -s])
    x = np.array([1.0, 0.0, 0.0])
    T[:3, :3] = np.column_stack([x, np.cross(z, x), z])
    T[:3, 3] = [0.0, -0.9, 0.6]
    return T


def make_scene(objs: list[tuple[str, Box3D]], gravity: str = "pose") -> SceneGraph:
    T = _T()
    return SceneGraph("world", gravity, T, Viewer.from_camera_pose(T),
                      [SceneObject(i + 1, n, b) for i, (n, b) in enumerate(objs)],
                      support_plane=(np.array([0.0, 0.0, 1.0]), 0.0) if gravity != "assumed_level" else None)


def random_scene(rng: np.random.Generator, n: int = 5, gravity: str = "pose") -> SceneGraph:
    names = ["mug", "red cube", "bowl", "banana", "book", "lamp", "duck"]
    objs = []
    for i in range(n):
        size = rng.uniform([0.03, 0.03, 0.02], [0.3, 0.3, 0.4])
        c = [*rng.uniform(-0.5, 0.5, 2), size[2] / 2 + (0.2 if rng.random() < 0.2 else 0.0)]
        objs.append((names[i], Box3D(c, size, rng.uniform(-np.pi, np.pi))))
    return make_scene(objs, gravity)


@pytest.fixture(scope="module")
def bank() -> TemplateBank:
    return TemplateBank.load()


def test_config_from_yaml_and_validation(tmp_path):
    cfg = SynthesisConfig.from_yaml()
    assert cfg.qualitative_fraction == pytest.approx(0.5)
    p = tmp_path / "s.yaml"
    p.write_text("synthesis:\n  max_qa_per_scene: 7\n  exclude_kinds: [direction]\n")
    cfg = SynthesisConfig.from_yaml(p)
    assert cfg.max_qa_per_scene == 7 and "direction" not in cfg.kinds()
    p.write_text("synthesis:\n  max_qa: 7\n")
    with pytest.raises(ConfigError, match="unknown key.*max_qa"):
        SynthesisConfig.from_yaml(p)
    with pytest.raises(ConfigError, match="qualitative_fraction"):
        SynthesisConfig(qualitative_fraction=1.5)
    with pytest.raises(ConfigError, match="unknown kind"):
        SynthesisConfig(include_kinds=["heaviness"])


def test_every_pair_is_true_to_the_scene_and_balanced(bank):
    rng = np.random.default_rng(0)
    cfg = SynthesisConfig(max_qa_per_scene=60)
    n_qual = n_total = 0
    kinds = set()
    for seed in range(6):
        scene = random_scene(np.random.default_rng(100 + seed))
        pairs = synthesize_qa(scene, rng, cfg, bank)
        assert 0 < len(pairs) <= 60
        for p in pairs:
            assert isinstance(p, QAItem)
            kinds.add((p.query.kind, p.query.form))
            n_total += 1
            n_qual += p.qualitative
            # the stored truth is the scene's truth
            m = measure(scene, p.query)
            assert (p.value_m, p.truth, p.clock) == (m.value_m, m.truth, m.clock)
            # the phrased answer says the same thing
            got = parse_answer(p.query, p.answer)
            if p.query.kind == "direction":
                assert got.clock == m.clock or abs(got.value_deg - m.value_deg) <= 0.51, p.answer
            elif p.query.kind in PREDICATES:
                assert got.truth == m.truth, (p.question, p.answer)
            else:
                assert abs(got.value_m - m.value_m) <= 0.05 * m.value_m + 0.0005, p.answer
            # the question reads back as the same query
            back = bank.match(p.question, scene.names())
            assert (back.kind, back.form, back.objects) == (p.query.kind, p.query.form, p.query.objects)
            # audit metadata: boxes and the measurement, JSON-serialisable
            md = p.metadata
            assert md["gravity_source"] == "pose" and md["gravity_known"] is True
            assert len(md["boxes"]) == len(p.query.objects)
            for name, box in zip(p.query.objects, md["boxes"]):
                assert Box3D.from_dict(box).center == pytest.approx(scene.find(name).center)
            json.dumps(p.to_dict())
    assert 0.4 <= n_qual / n_total <= 0.6
    assert len(kinds) >= 30  # varied question types


def test_gravity_kinds_only_when_gravity_is_known(bank):
    rng = np.random.default_rng(1)
    for gravity, allowed in (("assumed_level", False), ("support_plane", True), ("pose", True)):
        kinds = set()
        for seed in range(4):
            scene = random_scene(np.random.default_rng(seed), gravity=gravity)
            kinds |= {p.query.kind for p in synthesize_qa(scene, rng, SynthesisConfig(max_qa_per_scene=200), bank)}
        if allowed:
            assert kinds & GRAVITY_KINDS
        else:
            assert not kinds & GRAVITY_KINDS, kinds & GRAVITY_KINDS
            assert "distance" in kinds and "left_of" in kinds


def test_near_ties_are_skipped_not_guessed(bank):
    # same height (tie for taller/shorter), centres 1 cm apart laterally (tie for left/right)
    scene = make_scene([("mug", Box3D([0.0, 0.0, 0.05], [0.08, 0.08, 0.10])),
                        ("cup", Box3D([0.01, 0.4, 0.05], [0.30, 0.08, 0.10]))])
    cfg = SynthesisConfig(max_qa_per_scene=1000, tie_margin_m=0.02, strict_balance=False)
    kinds = set()
    for seed in range(10):
        for p in synthesize_qa(scene, np.random.default_rng(seed), cfg, bank):
            kinds.add(p.query.kind)
            if p.query.kind in PREDICATES:
                assert abs(p.metadata["margin_m"]) >= 0.02 or p.metadata["margin_unit"] == "m3"
    assert not kinds & {"taller", "shorter", "left_of", "right_of", "above", "below"}
    assert {"wider", "in_front_of", "distance"} <= kinds
    # with no tie threshold they come back
    loose = SynthesisConfig(max_qa_per_scene=1000, tie_margin_m=0.0, tie_volume_ratio=0.0)
    kinds = {p.query.kind for s in range(10) for p in synthesize_qa(scene, np.random.default_rng(s), loose, bank)}
    assert {"left_of", "right_of"} <= kinds


def test_duplicate_names_are_disambiguated_by_position(bank):
    scene = make_scene([("cup", Box3D([0.3, 0.0, 0.05], [0.08, 0.08, 0.10])),
                        ("cup", Box3D([-0.3, 0.1, 0.05], [0.08, 0.08, 0.10])),
                        ("mug", Box3D([0.0, 0.3, 0.06], [0.1, 0.1, 0.12]))])
    objs, renamed = resolve_names(scene, SynthesisConfig())
    by_name = {o.name: o for o in objs}
    assert set(by_name) == {"cup on the left", "cup on the right", "mug"}
    assert by_name["cup on the left"].center[0] < by_name["cup on the right"].center[0]
    assert renamed == {1: "cup", 2: "cup"}
    pairs = synthesize_qa(scene, np.random.default_rng(0), SynthesisConfig(max_qa_per_scene=500), bank)
    assert pairs
    for p in pairs:
        assert "cup" not in p.query.objects  # never the ambiguous bare name
        for name, oid, orig in zip(p.query.objects, p.metadata["object_ids"], p.metadata["original_names"]):
            assert scene.objects[oid - 1].name == orig
            assert by_name[name].id == oid
        if p.query.kind == "left_of" and set(p.query.objects) == {"cup on the left", "cup on the right"}:
            assert p.truth == (p.query.objects[0] == "cup on the left")


def test_duplicates_in_depth_and_indistinguishable_duplicates(bank):
    depth_pair = make_scene([("cup", Box3D([0.0, 0.0, 0.05], [0.08] * 3)), ("cup", Box3D([0.02, 0.5, 0.05], [0.08] * 3))])
    objs, _ = resolve_names(depth_pair, SynthesisConfig())
    names = {o.name: o for o in objs}
    assert set(names) == {"nearer cup", "farther cup"}
    assert names["nearer cup"].center[1] < names["farther cup"].center[1]
    # two cups almost at the same place: cannot be told apart -> no question mentions a cup
    twins = make_scene([("cup", Box3D([0.0, 0.0, 0.05], [0.08] * 3)), ("Cup", Box3D([0.02, 0.03, 0.07], [0.08] * 3)),
                        ("mug", Box3D([0.3, 0.3, 0.05], [0.08] * 3)), ("bowl", Box3D([-0.3, 0.2, 0.03], [0.15, 0.15, 0.06]))])
    pairs = synthesize_qa(twins, np.random.default_rng(0), SynthesisConfig(max_qa_per_scene=500), bank)
    assert pairs
    assert all("cup" not in normalize_name(" ".join(p.query.objects)) for p in pairs)
    # disambiguation off: duplicates are skipped
    objs, _ = resolve_names(depth_pair, SynthesisConfig(disambiguate=False))
    assert objs == []


def test_direction_skipped_when_vertically_aligned(bank):
    scene = make_scene([("book", Box3D([0.0, 0.0, 0.02], [0.2, 0.15, 0.04])),
                        ("mug", Box3D([0.01, 0.0, 0.09], [0.08, 0.08, 0.10]))])
    cfg = SynthesisConfig(max_qa_per_scene=1000, include_kinds=["direction", "distance"])
    kinds = {p.query.kind for s in range(5) for p in synthesize_qa(scene, np.random.default_rng(s), cfg, bank)}
    assert kinds == {"distance"}


def test_elevation_only_for_raised_objects(bank):
    scene = make_scene([("book", Box3D([0.0, 0.0, 0.02], [0.2, 0.15, 0.04])),
                        ("lamp", Box3D([0.3, 0.2, 0.25], [0.1, 0.1, 0.3])),  # floats 10 cm up
                        ("mug", Box3D([-0.3, 0.1, 0.05], [0.08, 0.08, 0.10]))])
    cfg = SynthesisConfig(max_qa_per_scene=100, include_kinds=["elevation"])
    pairs = synthesize_qa(scene, np.random.default_rng(0), cfg, bank)
    assert [p.query.objects for p in pairs] == [("lamp",)]
    assert pairs[0].value_m == pytest.approx(0.10)


def test_deterministic_and_capped(bank):
    scene = random_scene(np.random.default_rng(5))
    a = synthesize_qa(scene, np.random.default_rng(42), SynthesisConfig(max_qa_per_scene=10), bank)
    b = synthesize_qa(scene, np.random.default_rng(42), SynthesisConfig(max_qa_per_scene=10), bank)
    assert [(p.question, p.answer) for p in a] == [(p.question, p.answer) for p in b]
    assert len(a) == 10
    c = synthesize_qa(scene, np.random.default_rng(43), SynthesisConfig(max_qa_per_scene=10), bank)
    assert [p.question for p in a] != [p.question for p in c]
    assert synthesize_qa(make_scene([]), np.random.default_rng(0), None, bank) == []


def test_include_kinds_restricts_output(bank):
    scene = random_scene(np.random.default_rng(6))
    cfg = SynthesisConfig(max_qa_per_scene=100, include_kinds=["height", "taller"])
    pairs = synthesize_qa(scene, np.random.default_rng(0), cfg, bank)
    assert pairs and {p.query.kind for p in pairs} <= {"height", "taller"}
    assert all(isinstance(p.query, SpatialQuery) for p in pairs)


def test_strict_balance_keeps_half_qualitative_even_with_few_predicates(bank):
    # two objects: 12 predicates at most, many more quantities
    scene = make_scene([("mug", Box3D([0.0, 0.0, 0.05], [0.08, 0.08, 0.10])),
                        ("lamp", Box3D([0.3, 0.4, 0.25], [0.2, 0.15, 0.5]))])
    pairs = synthesize_qa(scene, np.random.default_rng(0), SynthesisConfig(max_qa_per_scene=100), bank)
    n_qual = sum(p.qualitative for p in pairs)
    assert n_qual == len(pairs) - n_qual > 0
    loose = synthesize_qa(scene, np.random.default_rng(0), SynthesisConfig(max_qa_per_scene=100, strict_balance=False),
                          bank)
    assert len(loose) > len(pairs)
    # a single object: quantities only, capped at their share
    single = make_scene([("mug", Box3D([0.0, 0.0, 0.05], [0.08, 0.08, 0.10]))])
    pairs = synthesize_qa(single, np.random.default_rng(0), SynthesisConfig(max_qa_per_scene=4), bank)
    assert len(pairs) == 2 and not any(p.qualitative for p in pairs)


def test_stacked_and_size_distinguished_duplicates(bank):
    stacked = [("cup", Box3D([0.0, 0.0, 0.05], [0.08] * 3)), ("cup", Box3D([0.01, 0.01, 0.25], [0.08, 0.08, 0.08]))]
    objs, _ = resolve_names(make_scene(stacked), SynthesisConfig())
    names = {o.name: o for o in objs}
    assert set(names) == {"lower cup", "upper cup"}
    assert names["lower cup"].center[2] < names["upper cup"].center[2]
    # without a known up, "upper/lower" is not trusted
    assert resolve_names(make_scene(stacked, gravity="assumed_level"), SynthesisConfig())[0] == []
    # same place, very different sizes (a small cup inside a big one)
    nested = [("cup", Box3D([0.0, 0.0, 0.05], [0.2, 0.2, 0.10])), ("cup", Box3D([0.01, 0.0, 0.04], [0.06, 0.06, 0.08]))]
    objs, _ = resolve_names(make_scene(nested), SynthesisConfig())
    names = {o.name: o for o in objs}
    assert set(names) == {"smaller cup", "bigger cup"}
    assert names["smaller cup"].box.volume < names["bigger cup"].box.volume
    pairs = synthesize_qa(make_scene([*nested, ("mug", Box3D([0.4, 0.3, 0.05], [0.08] * 3))]),
                          np.random.default_rng(0), SynthesisConfig(max_qa_per_scene=200), bank)
    for p in pairs:  # a "bigger" question about the two cups always answers with the bigger one
        if p.query.kind == "bigger" and set(p.query.objects) == {"smaller cup", "bigger cup"}:
            assert p.truth == (p.query.objects[0] == "bigger cup")


def test_answer_unit_phrases_every_length_in_that_unit_and_keeps_the_value(bank):
    rng = np.random.default_rng(3)
    varied, fixed = set(), set()
    for seed in range(4):
        scene = random_scene(np.random.default_rng(200 + seed))
        for cfg, units in ((SynthesisConfig(max_qa_per_scene=40), varied),
                           (SynthesisConfig(max_qa_per_scene=40, answer_unit="cm"), fixed)):
            for p in synthesize_qa(scene, rng, cfg, bank):
                if p.value_m is None or p.query.kind in PREDICATES or p.query.kind in ("direction", "size"):
                    continue
                units.add(p.metadata["unit"])
                got = parse_answer(p.query, p.answer)
                assert got.value_m == pytest.approx(p.value_m, rel=0.05, abs=0.006), p.answer
    assert fixed == {"cm"}
    assert len(varied) > 1  # the default phrases lengths in several units
    with pytest.raises(ConfigError, match="answer_unit"):
        SynthesisConfig(answer_unit="furlong")
