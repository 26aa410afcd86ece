"""Composite QA with chain-of-thought answers for the data engine (``spatialvlm synth --composite N``).

Each pair is a composite question (:mod:`spatialvlm_ros.core.composite_text`) answered by its
plan run over the scene graph the rest of the sample's answers come from (measured or the
simulator's truth), with the trace as the reasoning:
``<think>d1 = distance(the mug, the cup) = 23.0 cm; ...</think><answer>The closest ...</answer>``
(the form public spatial-reasoning models answer in). Near-ties (a choice, order or comparison
decided by less than ``tie_margin_m``) are skipped, as single-step synthesis skips them.
"""

from __future__ import annotations

import itertools
from collections import Counter

import numpy as np

from spatialvlm_ros.core.answer_phrasing import format_length
from spatialvlm_ros.core.composite_text import CompositeBank, reasoning_text, short_answer
from spatialvlm_ros.core.frame import normalize_name
from spatialvlm_ros.core.goal_types import GRIPPER
from spatialvlm_ros.core.plan_exec import PlanResult, execute
from spatialvlm_ros.core.planner import COMPOSITE_KINDS, CompositeQuery, PlanConfig, plan_for
from spatialvlm_ros.core.qa import QAItem
from spatialvlm_ros.core.scene import SceneGraph
from spatialvlm_ros.errors import SpatialVLMError
from spatialvlm_ros.core.scene_answers import SceneAnswers

FORM = "composite"


def _decisive(result: PlanResult, tie_margin_m: float) -> bool:
    """False when the answer step's choice/order/comparison is decided by less than the margin."""
    step = result.plan.step(result.plan.answer)
    vals = result.values()
    args = [float(vals[a]) for a in step.args] if step.op not in ("triangle",) else []
    if step.op in ("argmin", "argmax", "sort") and len(args) > 1:
        s = sorted(args)
        gaps = [b - a for a, b in itertools.pairwise(s)]
        return (min(gaps) if step.op == "sort" else (s[1] - s[0] if step.op == "argmin" else s[-1] - s[-2])) >= tie_margin_m
    if step.op == "filter":
        thr = float(vals[step.params["threshold"]])
        return all(abs(a - thr) >= tie_margin_m for a in args)
    if step.op == "triangle":
        from spatialvlm_ros.core.plan_exec import triangle_test

        _, info = triangle_test([float(vals[a]) for a in step.args], step.params["shape"], 0.0)
        if "degenerate" in info:
            return False
        tol = float(step.params["tolerance"])
        if step.params["shape"] == "right":
            return abs(abs(info["largest_angle_deg"] - 90.0) - tol) >= 3.0
        key = "spread" if step.params["shape"] == "equilateral" else "closest_pair_diff"
        return abs(info[key] - tol) >= 0.03
    if step.op == "compare":
        return abs(args[0] - args[1]) >= (tie_margin_m if result.plan.kind == "fits_between" else 0.05)
    return True


def synthesize_composite(scene: SceneGraph, rng: np.random.Generator, n: int, bank: CompositeBank | None = None,
                         config: PlanConfig | None = None, tie_margin_m: float = 0.02,
                         max_tries: int = 60) -> list[QAItem]:
    """Up to ``n`` composite QA pairs about ``scene`` (kinds drawn in turn, objects at random)."""
    bank = bank or CompositeBank.load()
    config = config or PlanConfig.from_yaml()
    counts = Counter(normalize_name(o.name) for o in scene.objects)
    names = [o.name for o in scene.objects if counts[normalize_name(o.name)] == 1 and normalize_name(o.name) != GRIPPER]
    kinds = [k for k in COMPOSITE_KINDS if COMPOSITE_KINDS[k][0] <= len(names) - (1 if COMPOSITE_KINDS[k][0] < 3 else 0)]
    est = SceneAnswers(scene)
    out: list[QAItem] = []
    seen: set[str] = set()
    for i in range(max_tries):
        if len(out) >= n or not kinds:
            break
        kind = kinds[(i + int(rng.integers(len(kinds)))) % len(kinds)]
        n_obj, needs_length = COMPOSITE_KINDS[kind]
        objs = tuple(str(x) for x in rng.choice(names, size=n_obj, replace=False)) if n_obj else ()
        length = None
        if needs_length:
            length = round(float(rng.uniform(0.05, 0.40) if kind == "within" else rng.uniform(0.02, 0.20)), 2)
        try:
            cq = CompositeQuery(kind, objs, length, candidates=tuple(n_ for n_ in names if n_ not in objs))
            plan = plan_for(cq, scene.names(), config)
        except SpatialVLMError:
            continue
        result = execute(plan, est, None, scene.names())
        if not result.valid or not _decisive(result, tie_margin_m):
            continue
        length_text = format_length(length)[0] if length is not None else ""
        cq = CompositeQuery(kind, objs, length, (), "", "")  # questions about "the objects" (all of them)
        question = bank.question(cq, rng, length_text)
        if question in seen:
            continue
        seen.add(question)
        short = short_answer(cq, result.value, "")
        answer = f"<think>{reasoning_text(result.trace)}</think><answer>{bank.answer(cq, short, rng)}</answer>"
        value = result.value
        out.append(QAItem(kind, list(objs), FORM, question, answer,
                          value_m=float(value) if result.unit == "m" and isinstance(value, float) else None,
                          truth=value if isinstance(value, bool) else None,
                          metadata={"composite": cq.to_dict(), "plan": plan.to_dict(),
                                    "value": result.to_dict()["value"], "short_answer": short,
                                    "trace": [t.to_dict() for t in result.trace]}))
    return out
