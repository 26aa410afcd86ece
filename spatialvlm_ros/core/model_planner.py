"""An optional model planner: a text or vision-language model proposes the plan JSON.

:class:`ModelPlanner` prompts a generator (anything with ``generate(images, prompts) ->
[Generation]``, e.g. :class:`spatialvlm_ros.models.vlm.VLMBackend`) with the question, the
scene's object names and the plan language (:mod:`spatialvlm_ros.core.plan`), reads the first
JSON object of its answer (after any ``<think>...</think>``) and validates it against the
scene. A plan that does not parse or validate is never run: the deterministic planner answers
instead when it can read the question (``fallback``), else the proposal is refused with the
reason. Nothing raises for a bad model output.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spatialvlm_ros.core.plan import OPS, Plan, validate
from spatialvlm_ros.errors import SpatialVLMError, first_line

PROMPT = (
    "Plan this spatial question as JSON {{\"steps\": [...], \"answer\": ID}}. Steps: "
    "{{\"id\", \"op\": \"query\", \"kind\": distance|gap|height|distance_to_viewer|left_of|..., \"objects\": [...]}} "
    "or an op over earlier ids ({ops}) with \"args\", \"labels\", \"cmp\" (lt|le|gt|ge), \"threshold\", "
    "\"shape\", \"tolerance\", \"value\", \"unit\". Objects: {names}. Question: {question} Reply with the JSON only."
)


@dataclass
class PlanProposal:
    """What the planner decided: ``plan`` to run (None: refused), ``planner`` that made it
    (``"model"`` or ``"deterministic"``), the model's raw text and why its plan was not used."""

    plan: Plan | None
    planner: str
    raw_text: str = ""
    reason: str = ""

    @property
    def valid(self) -> bool:
        return self.plan is not None

    def to_dict(self) -> dict[str, Any]:
        return {"plan": None if self.plan is None else self.plan.to_dict(), "planner": self.planner,
                "raw_text": self.raw_text, "reason": self.reason}


def extract_json(text: str) -> str:
    """The first balanced ``{...}`` of ``text`` after any ``</think>`` ("" when there is none)."""
    t = text.split("</think>", 1)[-1] if "</think>" in text else text
    m = re.search(r"<answer>(.*?)(?:</answer>|$)", t, re.DOTALL)
    if m:
        t = m.group(1)
    start = t.find("{")
    if start < 0:
        return ""
    depth, in_str, esc = 0, False, False
    for i, ch in enumerate(t[start:], start):
        if in_str:
            esc = (ch == "\\") and not esc
            if ch == '"' and not esc:
                in_str = False
            continue
        if ch == '"':
            in_str = True
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return t[start:i + 1]
    return ""


def plan_from_text(text: str, known_names: Sequence[str]) -> tuple[Plan | None, str]:
    """(the validated plan of a model's answer, "") or (None, the reason it is not usable)."""
    blob = extract_json(text or "")
    if not blob:
        return None, "the model's answer holds no JSON plan"
    try:
        plan = Plan.from_dict(json.loads(blob))
    except (ValueError, json.JSONDecodeError) as exc:
        return None, f"the model's plan does not parse: {first_line(exc)}"
    why = validate(plan, known_names)
    if why:
        return None, f"the model's plan is invalid: {why}"
    return plan, ""


class ModelPlanner:
    """Plans questions with a generator model (see the module docstring)."""

    def __init__(self, generator: Any, fallback: bool = True, max_new_tokens: int = 256) -> None:
        self.generator = generator
        self.fallback = fallback
        self.max_new_tokens = max_new_tokens

    @staticmethod
    def prompt(question: str, known_names: Sequence[str]) -> str:
        return PROMPT.format(ops=", ".join(o for o in OPS if o != "query"), names=", ".join(known_names),
                             question=question.strip())

    def propose(self, question: str, image: Any, known_names: Sequence[str]) -> PlanProposal:
        """The plan for ``question`` about ``image`` (HxWx3 uint8) in a scene with ``known_names``."""
        try:
            gen = self.generator.generate([image], [self.prompt(question, known_names)], self.max_new_tokens)[0]
            raw = gen.text
        except SpatialVLMError as exc:
            raw, why = "", f"the model failed: {first_line(exc)}"
        else:
            plan, why = plan_from_text(raw, known_names)
            if plan is not None:
                plan.question = question
                return PlanProposal(plan, "model", raw)
        return self._fallback(question, known_names, raw, why)

    def _fallback(self, question: str, known_names: Sequence[str], raw: str, why: str) -> PlanProposal:
        if not self.fallback:
            return PlanProposal(None, "model", raw, why)
        from spatialvlm_ros.core.composite_text import CompositeBank
        from spatialvlm_ros.core.planner import plan_for

        try:
            cq = CompositeBank.load().match(question, known_names)
            plan = plan_for(cq, known_names)
        except SpatialVLMError as exc:
            return PlanProposal(None, "model", raw, f"{why}; the deterministic planner cannot either: {first_line(exc)}")
        return PlanProposal(plan, "deterministic", raw, why)
