"""Composite questions answered end to end: question -> plan -> chain of estimator queries -> answer.

:func:`answer_composite` plans a :class:`~spatialvlm_ros.core.planner.CompositeQuery`
(:func:`~spatialvlm_ros.core.planner.plan_for`), runs the plan over the estimator
(:func:`~spatialvlm_ros.core.plan_exec.execute`) and phrases the answer. Used by
``spatialvlm ask``, the query service logic and the data engine. Nothing raises for a
question that cannot be planned or answered: the answer is invalid with the reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spatialvlm_ros.core.composite_text import reasoning_text, short_answer
from spatialvlm_ros.core.frame import RGBDFrame
from spatialvlm_ros.core.plan import Plan
from spatialvlm_ros.core.plan_exec import PlanResult, execute
from spatialvlm_ros.core.planner import CompositeQuery, PlanConfig, plan_for
from spatialvlm_ros.errors import SpatialVLMError, first_line


@dataclass
class CompositeAnswer:
    """A composite query, the plan's result (with its trace) and the short answer text."""

    query: CompositeQuery
    result: PlanResult
    answer: str = ""
    planner: str = "deterministic"

    @property
    def valid(self) -> bool:
        return self.result.valid

    @property
    def reason(self) -> str:
        return self.result.reason

    def think_answer(self) -> str:
        """``<think>trace</think><answer>answer</answer>`` (the chain-of-thought QA form)."""
        return f"<think>{reasoning_text(self.result.trace)}</think><answer>{self.answer}</answer>"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (``spatialvlm ask --json`` of a composite question)."""
        r = self.result
        return {"question": self.query.question, "composite": self.query.kind, "query": self.query.to_dict(),
                "answer": self.answer, "valid": r.valid, "reason": r.reason, "value": r.to_dict()["value"],
                "unit": r.unit, "planner": self.planner, "plan": r.plan.to_dict(),
                "trace": [t.to_dict() for t in r.trace], "latency_s": float(r.latency_s)}


def answer_plan(cq: CompositeQuery, plan: Plan, estimator: Any, frame: RGBDFrame,
                known_names: Sequence[str] | None = None, planner: str = "deterministic") -> CompositeAnswer:
    """Run ``plan`` (answering ``cq``) and phrase its value."""
    result = execute(plan, estimator, frame, None if known_names is None else list(known_names), unit=cq.unit)
    text = short_answer(cq, result.value, cq.unit) if result.valid else ""
    return CompositeAnswer(cq, result, text, planner)


def answer_composite(cq: CompositeQuery, estimator: Any, frame: RGBDFrame,
                     known_names: Sequence[str] | None = None, config: PlanConfig | None = None) -> CompositeAnswer:
    """Plan ``cq`` deterministically and answer it about ``frame`` with ``estimator``."""
    names = list(known_names) if known_names is not None else (
        sorted(set(frame.segmentation.names.values())) if frame.segmentation is not None else [])
    try:
        plan = plan_for(cq, names, config or PlanConfig.from_yaml())
    except SpatialVLMError as exc:
        empty = Plan([], "", kind=cq.kind, question=cq.question)
        return CompositeAnswer(cq, PlanResult(empty, False, reason=first_line(exc)))
    return answer_plan(cq, plan, estimator, frame, names)
