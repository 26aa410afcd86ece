"""Run a :class:`~spatialvlm_ros.core.plan.Plan` over the one estimator interface.

Primitive ``query`` steps go to ``estimator.estimate(frame, query)`` (geometry, VLM or
hybrid alike); ``midpoint`` steps read box centres from ``estimator.scene`` (else, for an
estimator without a scene, the geometry pipeline's ``build_scene_graph``); every other step is computed here.
The result carries the trace: for each step its inputs, value, unit and who answered
(``source``: the estimator's source for queries, ``"plan"`` for operations).
Nothing raises: a plan that does not validate or a step that fails gives an invalid
:class:`PlanResult` with the reason.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from spatialvlm_ros.core.frame import RGBDFrame
from spatialvlm_ros.core.plain import finite_or_none
from spatialvlm_ros.core.plan import Plan, Step, check, order
from spatialvlm_ros.core.query import PREDICATES, SpatialQuery
from spatialvlm_ros.errors import SpatialVLMError, first_line

_UNIT = {"length": "m", "angle": "deg", "point": "m"}


@dataclass
class TraceStep:
    """One executed step: its definition, inputs (ids -> values), value, unit and source."""

    step: Step
    inputs: dict[str, Any]
    value: Any
    unit: str
    source: str
    valid: bool = True
    reason: str = ""
    answer: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {**self.step.to_dict(), "inputs": self.inputs, "value": _plain(self.value), "unit": self.unit,
                "source": self.source, "valid": self.valid, "reason": self.reason, "answer": self.answer}


@dataclass
class PlanResult:
    """The outcome of a plan: the answer step's ``value`` (+ ``unit``), or ``valid`` False and ``reason``."""

    plan: Plan
    valid: bool
    value: Any = None
    unit: str = ""
    reason: str = ""
    trace: list[TraceStep] = field(default_factory=list)
    latency_s: float = 0.0

    def values(self) -> dict[str, Any]:
        return {t.step.id: t.value for t in self.trace}

    def to_dict(self) -> dict[str, Any]:
        return {"valid": self.valid, "value": _plain(self.value), "unit": self.unit, "reason": self.reason,
                "plan": self.plan.to_dict(), "trace": [t.to_dict() for t in self.trace],
                "latency_s": float(self.latency_s)}


def _plain(v: Any) -> Any:
    if isinstance(v, np.ndarray):
        return [float(x) for x in v]
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, (int, np.integer)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        return finite_or_none(float(v))
    return v


_CMP = {"lt": lambda a, b: a < b, "le": lambda a, b: a <= b, "gt": lambda a, b: a > b, "ge": lambda a, b: a >= b}


def triangle_test(sides: list[float], shape: str, tolerance: float) -> tuple[bool, dict[str, float]]:
    """Whether sides (metres) form ``shape`` within ``tolerance``, and the figures used.

    - equilateral: ``(max - min) / max <= tolerance``
    - isosceles: the two closest sides differ by ``<= tolerance * max``
    - right: the angle opposite the longest side is within ``tolerance`` degrees of 90
    Degenerate sides (the longest >= the sum of the others, or one ~0) are never a triangle.
    """
    a, b, c = sorted(float(s) for s in sides)
    if a <= 1e-9 or c >= a + b - 1e-12:
        return False, {"degenerate": 1.0}
    cos_c = (a * a + b * b - c * c) / (2 * a * b)
    largest_deg = math.degrees(math.acos(max(-1.0, min(1.0, cos_c))))
    spread = (c - a) / c
    closest = min(b - a, c - b) / c
    info = {"spread": spread, "closest_pair_diff": closest, "largest_angle_deg": largest_deg}
    if shape == "equilateral":
        return spread <= tolerance, info
    if shape == "isosceles":
        return closest <= tolerance, info
    return abs(largest_deg - 90.0) <= tolerance, info


def _query_value(est: Any) -> Any:
    if est.query.kind in PREDICATES:
        return est.truth
    if est.query.kind == "direction":
        return est.value_deg
    return est.value_m


def _op(s: Step, vals: list[Any], env: dict[str, Any]) -> Any:
    """The value of an operation step from its arguments' values."""
    op = s.op
    if op == "const":
        return float(s.params["value"])
    if op == "compare":
        return bool(_CMP[s.params["cmp"]](vals[0], vals[1]))
    if op in ("min", "max"):
        return (min if op == "min" else max)(vals)
    if op in ("argmin", "argmax"):
        i = int(np.argmin(vals) if op == "argmin" else np.argmax(vals))
        return s.labels[i]
    if op == "sort":
        idx = sorted(range(len(vals)), key=lambda i: vals[i], reverse=s.params.get("order", "asc") == "desc")
        return [s.labels[i] for i in idx]
    if op in ("filter", "count"):
        thr = env[s.params["threshold"]]
        keep = [i for i, v in enumerate(vals) if _CMP[s.params["cmp"]](v, thr)]
        return [s.labels[i] for i in keep] if op == "filter" else len(keep)
    if op == "add":
        return float(sum(vals))
    if op == "sub":
        return float(vals[0] - vals[1])
    if op == "mul":
        return float(vals[0] * vals[1])
    if op == "div":
        if abs(vals[1]) < 1e-12:
            raise SpatialVLMError(f"step {s.id!r}: division by zero")
        return float(vals[0] / vals[1])
    if op == "triangle":
        ok, _ = triangle_test(vals, s.params["shape"], float(s.params["tolerance"]))
        return ok
    raise SpatialVLMError(f"step {s.id!r}: op {op!r} is not computed here")  # pragma: no cover - validated


def execute(plan: Plan, estimator: Any, frame: RGBDFrame | None, known_names: list[str] | None = None,
            unit: str = "") -> PlanResult:
    """Run ``plan`` about ``frame`` with ``estimator`` (an
    :class:`~spatialvlm_ros.estimators.base.Estimator`). ``known_names``: the scene's
    objects for validation (None: the frame's mask names). ``unit``: the unit the question
    asked for, passed to the primitive queries. Never raises."""
    t0 = time.perf_counter()
    if known_names is None and frame is not None and frame.segmentation is not None:
        known_names = sorted(set(frame.segmentation.names.values()))
    types, why = check(plan, known_names)
    if why:
        return PlanResult(plan, False, reason=f"invalid plan: {why}", latency_s=time.perf_counter() - t0)
    env: dict[str, Any] = {}
    trace: list[TraceStep] = []
    for s in order(plan):
        inputs = {a: _plain(env[a]) for a in s.args}
        if isinstance(s.params.get("threshold"), str):
            inputs[s.params["threshold"]] = _plain(env[s.params["threshold"]])
        t_unit = _UNIT.get(types[s.id], "")
        try:
            if s.op == "query":
                form = s.form or ("yesno" if s.kind in PREDICATES else "value")
                q = SpatialQuery(s.kind, tuple(s.objects), form, unit=unit)
                try:
                    est = estimator.estimate(frame, q)
                except Exception as exc:  # noqa: BLE001 - estimators should not raise; a plan never does
                    raise SpatialVLMError(f"estimator failed: {type(exc).__name__}: {first_line(exc)}") from None
                value = _query_value(est)
                ts = TraceStep(s, inputs, value, t_unit, est.source, est.valid, est.reason, est.answer)
                if not est.valid or value is None:
                    trace.append(ts)
                    reason = est.reason or "no value"
                    return PlanResult(plan, False, reason=f"step {s.id!r} ({s.kind} of {', '.join(s.objects)}): "
                                      f"{reason}", trace=trace, latency_s=time.perf_counter() - t0)
            elif s.op == "midpoint":
                scene = estimator.scene(frame, list(s.objects))
                source = estimator.source
                if scene is None:  # no metric scene of its own (a VLM alone): the geometry pipeline's
                    from spatialvlm_ros.core.geometry_config import GeometryConfig
                    from spatialvlm_ros.core.scene_builder import build_scene_graph

                    scene = build_scene_graph(frame, GeometryConfig.from_yaml(), names=list(s.objects))
                    source = "geometry"
                a, b = (np.asarray(scene.find(n).center, dtype=float) for n in s.objects)
                ts = TraceStep(s, inputs, (a + b) / 2, t_unit, source)
            else:
                ts = TraceStep(s, inputs, _op(s, [env[a] for a in s.args], env), t_unit, "plan")
        except SpatialVLMError as exc:
            trace.append(TraceStep(s, inputs, None, t_unit, "plan", False, first_line(exc)))
            return PlanResult(plan, False, reason=f"step {s.id!r}: {first_line(exc)}", trace=trace,
                              latency_s=time.perf_counter() - t0)
        env[s.id] = ts.value
        trace.append(ts)
    final = next(t for t in trace if t.step.id == plan.answer)
    return PlanResult(plan, True, final.value, final.unit, trace=trace, latency_s=time.perf_counter() - t0)
