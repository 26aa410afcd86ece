"""The plan language of multi-step spatial reasoning (transport-free data).

A :class:`Plan` is a list of :class:`Step` s and the id of the step whose value is the
answer. Each step is either a *primitive* spatial query of an existing kind
(:data:`spatialvlm_ros.core.query.QUANTITIES` / ``PREDICATES``), answered by an estimator,
or an *operation* over earlier steps' values. Plans are JSON-serialisable
(:meth:`Plan.to_dict` / :meth:`Plan.from_dict`) and checked by :func:`validate` before
they run (:mod:`spatialvlm_ros.core.plan_exec`).

Value types (what a step produces):

- ``length``: metres (quantities; ``const`` with ``unit: m``; differences/sums of lengths)
- ``number``: unit-less (ratios, counts, ``const`` without unit)
- ``angle``: degrees (``direction``)
- ``bool``: predicates, comparisons, shape tests
- ``label`` / ``labels``: an object name / an ordered list of names
- ``point``: a 3-vector in the scene frame (metres, z up): ``midpoint``

Operations (``args`` are ids of earlier steps; ``labels`` object names, one per arg):

=============  ==========================================================  ==========
op             meaning                                                     value
=============  ==========================================================  ==========
query          ``kind`` of ``objects`` (``form`` yesno/which for preds)    length/angle/bool
const          ``value`` (``unit`` "m" or "")                              length/number
compare        ``args[0] <cmp> args[1]``, ``cmp`` in lt, le, gt, ge        bool
min / max      smallest / largest of ``args``                              as args
argmin/argmax  the label of the smallest / largest arg                     label
sort           ``labels`` ordered by their args (``order`` asc/desc)       labels
filter         labels whose arg ``cmp`` ``threshold`` (a step id)          labels
count          how many args ``cmp`` ``threshold``                         number
add/sub/mul/div  arithmetic over two args (``add``: any number)          length/number
midpoint       centre between the box centres of two ``objects``           point
triangle       ``shape`` (equilateral/isosceles/right) of 3 side lengths   bool
                 within ``tolerance`` (relative; right: degrees)
=============  ==========================================================  ==========

Cycles, unknown step ids, unknown objects, wrong arity and type mismatches make a plan
invalid: :func:`validate` returns the one-line reason (``""`` when valid).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from spatialvlm_ros.core.query import FORMS, PREDICATES, QUANTITIES, n_objects

OPS: tuple[str, ...] = ("query", "const", "compare", "min", "max", "argmin", "argmax", "sort", "filter",
                        "count", "add", "sub", "mul", "div", "midpoint", "triangle")
COMPARATORS: tuple[str, ...] = ("lt", "le", "gt", "ge")
SHAPES: tuple[str, ...] = ("equilateral", "isosceles", "right")
_NUMERIC = ("length", "number", "angle")


@dataclass
class Step:
    """One step of a plan (see the module docstring for the fields each ``op`` uses)."""

    id: str
    op: str
    kind: str = ""
    objects: tuple[str, ...] = ()
    form: str = ""
    args: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    params: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id, "op": self.op}
        if self.kind:
            d["kind"] = self.kind
        if self.objects:
            d["objects"] = list(self.objects)
        if self.form:
            d["form"] = self.form
        if self.args:
            d["args"] = list(self.args)
        if self.labels:
            d["labels"] = list(self.labels)
        d.update(self.params)
        return d

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Step:
        """A step from its JSON form; ``ValueError`` with the reason when malformed."""
        if not isinstance(data, dict):
            raise ValueError(f"a step must be an object, got {type(data).__name__}")  # noqa: TRY004 - a malformed plan is a value error
        d = dict(data)
        sid, op = d.pop("id", None), d.pop("op", None)
        if not isinstance(sid, str) or not sid:
            raise ValueError(f"step without an id: {json.dumps(data)[:80]}")
        if not isinstance(op, str):
            raise ValueError(f"step {sid!r} has no op")  # noqa: TRY004 - a malformed plan is a value error
        lists = {}
        for key in ("objects", "args", "labels"):
            v = d.pop(key, [])
            if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
                raise ValueError(f"step {sid!r}: {key} must be a list of strings")
            lists[key] = tuple(v)
        kind, form = d.pop("kind", ""), d.pop("form", "")
        if not isinstance(kind, str) or not isinstance(form, str):
            raise ValueError(f"step {sid!r}: kind and form must be strings")  # noqa: TRY004 - a malformed plan is a value error
        return cls(sid, op, kind, lists["objects"], form, lists["args"], lists["labels"], d)


@dataclass
class Plan:
    """Steps and the id of the answer step; ``kind`` names the composite kind it answers."""

    steps: list[Step]
    answer: str
    kind: str = ""
    question: str = ""

    def step(self, sid: str) -> Step:
        for s in self.steps:
            if s.id == sid:
                return s
        raise KeyError(sid)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "question": self.question, "answer": self.answer,
                "steps": [s.to_dict() for s in self.steps]}

    def to_json(self) -> str:
        return json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, data: Any) -> Plan:
        """A plan from its JSON form; ``ValueError`` with the reason when malformed."""
        if not isinstance(data, dict):
            raise ValueError("a plan must be a JSON object with 'steps' and 'answer'")  # noqa: TRY004 - a malformed plan is a value error
        steps = data.get("steps")
        if not isinstance(steps, list) or not steps:
            raise ValueError("a plan needs a non-empty list 'steps'")
        answer = data.get("answer")
        if not isinstance(answer, str):
            raise ValueError("a plan needs 'answer': the id of the answer step")  # noqa: TRY004 - a malformed plan is a value error
        return cls([Step.from_dict(s) for s in steps], answer, str(data.get("kind", "")),
                   str(data.get("question", "")))

    @classmethod
    def from_json(cls, text: str) -> Plan:
        try:
            data = json.loads(text)
        except (TypeError, json.JSONDecodeError) as exc:
            raise ValueError(f"plan is not JSON ({exc})") from None
        return cls.from_dict(data)


def _order(plan: Plan) -> tuple[list[Step], str]:
    """Steps in dependency order, or the reason (duplicate/unknown id, cycle)."""
    by_id: dict[str, Step] = {}
    for s in plan.steps:
        if s.id in by_id:
            return [], f"duplicate step id {s.id!r}"
        by_id[s.id] = s
    for s in plan.steps:
        for a in _deps(s):
            if a not in by_id:
                return [], f"step {s.id!r} uses unknown step {a!r}"
    done: list[Step] = []
    state: dict[str, int] = {}

    def visit(sid: str, path: list[str]) -> str:
        if state.get(sid) == 2:
            return ""
        if state.get(sid) == 1:
            return "cycle: " + " -> ".join([*path[path.index(sid):], sid])
        state[sid] = 1
        for a in _deps(by_id[sid]):
            why = visit(a, [*path, sid])
            if why:
                return why
        state[sid] = 2
        done.append(by_id[sid])
        return ""

    for s in plan.steps:
        why = visit(s.id, [])
        if why:
            return [], why
    if plan.answer not in by_id:
        return [], f"answer step {plan.answer!r} is not a step"
    return done, ""


def _deps(s: Step) -> tuple[str, ...]:
    thr = s.params.get("threshold")
    return s.args + ((thr,) if isinstance(thr, str) else ())


def order(plan: Plan) -> list[Step]:
    """The steps in an order where every step follows the steps it uses (plan must be valid)."""
    steps, why = _order(plan)
    if why:
        raise ValueError(why)
    return steps


def _query_type(kind: str) -> str:
    if kind in PREDICATES:
        return "bool"
    return "angle" if kind == "direction" else "length"


def _check_step(s: Step, types: dict[str, str], known: set[str] | None) -> tuple[str, str]:
    """(value type, reason) of one step given the types of earlier steps."""
    def bad(msg: str) -> tuple[str, str]:
        return "", f"step {s.id!r} ({s.op}): {msg}"

    arg_types = [types[a] for a in s.args]
    if s.op not in OPS:
        return bad(f"unknown op (known: {', '.join(OPS)})")
    if s.op in ("query", "midpoint") and known is not None:
        missing = [o for o in s.objects if o not in known]
        if missing:
            return bad(f"unknown object(s) {', '.join(map(repr, missing))} (known: {', '.join(sorted(known))})")
    if s.op == "query":
        if s.kind not in QUANTITIES and s.kind not in PREDICATES:
            return bad(f"unknown query kind {s.kind!r}")
        if len(s.objects) != n_objects(s.kind):
            return bad(f"{s.kind} takes {n_objects(s.kind)} object(s), got {len(s.objects)}")
        if s.form and s.form not in FORMS:
            return bad(f"unknown form {s.form!r}")
        return _query_type(s.kind), ""
    if s.op == "const":
        v, unit = s.params.get("value"), s.params.get("unit", "")
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            return bad("value must be a number")
        if unit not in ("m", ""):
            return bad(f"unit must be 'm' or '' (metres or none), got {unit!r}")
        return ("length" if unit == "m" else "number"), ""
    if s.op == "midpoint":
        if len(s.objects) != 2 or s.args:
            return bad("takes exactly 2 objects")
        return "point", ""
    if not s.args:
        return bad("takes at least one argument step")
    if s.op in ("compare", "sub", "div") and len(s.args) != 2:
        return bad(f"takes 2 arguments, got {len(s.args)}")
    if s.op == "mul" and len(s.args) != 2:
        return bad(f"takes 2 arguments, got {len(s.args)}")
    if any(t not in _NUMERIC for t in arg_types):
        return bad(f"arguments must be numbers, got {', '.join(arg_types)}")
    if s.op in ("compare", "filter", "count"):
        cmp = s.params.get("cmp")
        if cmp not in COMPARATORS:
            return bad(f"cmp must be one of {', '.join(COMPARATORS)}")
    if s.op in ("filter", "count"):
        thr = s.params.get("threshold")
        if not isinstance(thr, str) or types.get(thr) not in _NUMERIC:
            return bad("threshold must be the id of an earlier numeric step")
    if s.op in ("argmin", "argmax", "sort", "filter"):
        if len(s.labels) != len(s.args):
            return bad(f"needs one label per argument ({len(s.labels)} labels, {len(s.args)} arguments)")
        if s.op == "sort" and s.params.get("order", "asc") not in ("asc", "desc"):
            return bad("order must be 'asc' or 'desc'")
    if s.op == "triangle":
        if len(s.args) != 3:
            return bad(f"takes 3 side lengths, got {len(s.args)}")
        if s.params.get("shape") not in SHAPES:
            return bad(f"shape must be one of {', '.join(SHAPES)}")
        tol = s.params.get("tolerance")
        if isinstance(tol, bool) or not isinstance(tol, (int, float)) or tol < 0:
            return bad("tolerance must be a number >= 0")
        return "bool", ""
    if s.op in ("compare",):
        return "bool", ""
    if s.op in ("argmin", "argmax"):
        return "label", ""
    if s.op in ("sort", "filter"):
        return "labels", ""
    if s.op == "count":
        return "number", ""
    if s.op in ("min", "max"):
        return arg_types[0] if len(set(arg_types)) == 1 else "number", ""
    if s.op in ("add", "sub"):
        return ("length" if all(t == "length" for t in arg_types) else "number"), ""
    if s.op == "mul":
        return ("length" if sorted(arg_types) == ["length", "number"] else "number"), ""
    # div
    return ("length" if arg_types == ["length", "number"] else "number"), ""


def check(plan: Plan, known_names: Sequence[str] | None = None) -> tuple[dict[str, str], str]:
    """(value type of each step, reason) — the reason is ``""`` when the plan is valid.

    ``known_names``: the scene's objects; query/midpoint objects must be among them (exact
    names: references are resolved before planning, never here). None skips that check.
    """
    steps, why = _order(plan)
    if why:
        return {}, why
    known = None if known_names is None else set(known_names)
    types: dict[str, str] = {}
    for s in steps:
        t, why = _check_step(s, types, known)
        if why:
            return {}, why
        types[s.id] = t
    return types, ""


def validate(plan: Plan, known_names: Sequence[str] | None = None) -> str:
    """The one-line reason ``plan`` is invalid, ``""`` when it is valid (see :func:`check`)."""
    return check(plan, known_names)[1]
