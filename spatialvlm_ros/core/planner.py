"""The deterministic planner: a :class:`CompositeQuery` -> a :class:`~spatialvlm_ros.core.plan.Plan`.

Composite kinds (:data:`COMPOSITE_KINDS`; ``X``, ``Y``, ``Z`` object names, ``C`` the
candidates: the named set, or every other object of the scene but the gripper):

====================  =============================================================
kind                  plan
====================  =============================================================
closest_to            distance(X, c) for c in C; argmin
farthest_from         distance(X, c) for c in C; argmax
closest_to_camera     distance_to_viewer(c) for c in C; argmin
tallest               height(c) for c in C; argmax
between               d(Y,X) + d(X,Z) <= (1 + between_tolerance) * d(Y,Z)
equilateral           the three distances of X, Y, Z; triangle equilateral
isosceles             ... triangle isosceles
right_triangle        ... triangle right (right_angle_tolerance_deg)
within                distance(X, c) for c in C; filter <= D (and count)
sort_by_distance      distance(X, c) for c in C; sort ascending (closest first)
sort_by_camera        distance_to_viewer(c) for c in C; sort ascending
sort_by_height        height(c) for c in C; sort descending (tallest first)
fits_between          gap(X, Y) >= S + fit_clearance_m
farther_difference    distance(X, Y) - distance(X, Z) (metres, < 0: X is closer to Y)
====================  =============================================================

Distances are between box centres, as :mod:`spatialvlm_ros.core.quantities`. Tolerances
come from ``config/plan.yaml`` (:class:`PlanConfig`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

from spatialvlm_ros.core.frame import normalize_name
from spatialvlm_ros.core.goal_types import GRIPPER
from spatialvlm_ros.core.plan import Plan, Step
from spatialvlm_ros.errors import ConfigError, QueryError
from spatialvlm_ros.resources import load_config

#: Kind -> (number of named objects, needs a length).
COMPOSITE_KINDS: dict[str, tuple[int, bool]] = {
    "closest_to": (1, False),
    "farthest_from": (1, False),
    "closest_to_camera": (0, False),
    "tallest": (0, False),
    "between": (3, False),
    "equilateral": (3, False),
    "isosceles": (3, False),
    "right_triangle": (3, False),
    "within": (1, True),
    "sort_by_distance": (1, False),
    "sort_by_camera": (0, False),
    "sort_by_height": (0, False),
    "fits_between": (2, True),
    "farther_difference": (3, False),
}
#: Kinds that choose among candidates (the rest use only their named objects).
CANDIDATE_KINDS = frozenset({"closest_to", "farthest_from", "closest_to_camera", "tallest", "within",
                             "sort_by_distance", "sort_by_camera", "sort_by_height"})


@dataclass
class PlanConfig:
    """Tolerances of the composite kinds (``config/plan.yaml``)."""

    triangle_tolerance: float = 0.10
    right_angle_tolerance_deg: float = 10.0
    between_tolerance: float = 0.10
    fit_clearance_m: float = 0.0

    @classmethod
    def from_yaml(cls, path: str | None = None) -> PlanConfig:
        data = dict(load_config(path or "plan.yaml") or {})
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"plan config: unknown key(s) {', '.join(unknown)}")
        kwargs: dict[str, float] = {}
        for k, v in data.items():
            try:
                kwargs[k] = float(v)
            except (TypeError, ValueError):
                raise ConfigError(f"plan config: {k} must be a number, got {v!r}") from None
            if kwargs[k] < 0:
                raise ConfigError(f"plan config: {k} must be >= 0")
        return cls(**kwargs)


@dataclass(frozen=True)
class CompositeQuery:
    """A composite question in structured form.

    ``objects``: the named objects in the order of the kind's table (``X``, ``Y``, ``Z``);
    ``length_m``: D (within) or S (fits_between), metres; ``candidates``: the named set to
    choose among (empty: every other object of the scene but the gripper); ``question``:
    the wording; ``unit``: the unit asked for ("" = default).
    """

    kind: str
    objects: tuple[str, ...] = ()
    length_m: float | None = None
    candidates: tuple[str, ...] = ()
    question: str = ""
    unit: str = ""

    def __post_init__(self) -> None:
        if self.kind not in COMPOSITE_KINDS:
            raise QueryError(f"unknown composite kind {self.kind!r} (known: {', '.join(COMPOSITE_KINDS)})")
        n, needs_length = COMPOSITE_KINDS[self.kind]
        if len(self.objects) != n:
            raise QueryError(f"composite kind {self.kind!r} names {n} object(s), got {len(self.objects)}")
        if len({normalize_name(o) for o in self.objects}) != len(self.objects):
            raise QueryError(f"{self.kind}: the objects must differ, got {', '.join(self.objects)}")
        if needs_length and (self.length_m is None or not self.length_m >= 0):
            raise QueryError(f"composite kind {self.kind!r} needs a length >= 0")

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "objects": list(self.objects), "length_m": self.length_m,
                "candidates": list(self.candidates), "question": self.question, "unit": self.unit}


def candidates_of(cq: CompositeQuery, known_names: Sequence[str]) -> list[str]:
    """The objects a candidate kind chooses among: the named set, else all but the gripper and X."""
    if cq.candidates:
        return list(cq.candidates)
    named = {normalize_name(o) for o in cq.objects}
    return [n for n in known_names if normalize_name(n) != GRIPPER and normalize_name(n) not in named]


def plan_for(cq: CompositeQuery, known_names: Sequence[str], config: PlanConfig | None = None) -> Plan:
    """The plan answering ``cq`` in a scene with objects ``known_names`` (see the module table).

    Raises :class:`QueryError` when the kind has too few candidates (e.g. "closest to X" in a
    scene holding only X)."""
    config = config or PlanConfig()
    k, o = cq.kind, cq.objects
    steps: list[Step] = []

    def q(sid: str, kind: str, *objs: str) -> str:
        steps.append(Step(sid, "query", kind=kind, objects=tuple(objs)))
        return sid

    def op(sid: str, name: str, args: Sequence[str] = (), labels: Sequence[str] = (), **params: Any) -> str:
        steps.append(Step(sid, name, args=tuple(args), labels=tuple(labels), params=dict(params)))
        return sid

    if k in CANDIDATE_KINDS:
        cands = candidates_of(cq, known_names)
        if not cands:
            raise QueryError(f"{k}: not enough objects to choose among ({', '.join(cands) or 'none'})")
        if k in ("closest_to", "farthest_from", "within", "sort_by_distance"):
            args = [q(f"d{i + 1}", "distance", o[0], c) for i, c in enumerate(cands)]
        elif k in ("closest_to_camera", "sort_by_camera"):
            args = [q(f"v{i + 1}", "distance_to_viewer", c) for i, c in enumerate(cands)]
        else:
            args = [q(f"h{i + 1}", "height", c) for i, c in enumerate(cands)]
        if k in ("closest_to", "closest_to_camera"):
            answer = op("answer", "argmin", args, cands)
        elif k in ("farthest_from", "tallest"):
            answer = op("answer", "argmax", args, cands)
        elif k == "within":
            thr = op("limit", "const", value=float(cq.length_m or 0.0), unit="m")
            op("n", "count", args, threshold=thr, cmp="le")
            answer = op("answer", "filter", args, cands, threshold=thr, cmp="le")
        else:
            answer = op("answer", "sort", args, cands, order="desc" if k == "sort_by_height" else "asc")
    elif k == "between":
        x, y, z = o
        a, b, c = q("d_yx", "distance", y, x), q("d_xz", "distance", x, z), q("d_yz", "distance", y, z)
        s = op("path", "add", [a, b])
        r = op("ratio", "div", [s, c])
        lim = op("limit", "const", value=1.0 + config.between_tolerance, unit="")
        answer = op("answer", "compare", [r, lim], cmp="le")
    elif k in ("equilateral", "isosceles", "right_triangle"):
        x, y, z = o
        sides = [q("d_xy", "distance", x, y), q("d_yz", "distance", y, z), q("d_xz", "distance", x, z)]
        shape = "right" if k == "right_triangle" else k
        tol = config.right_angle_tolerance_deg if shape == "right" else config.triangle_tolerance
        answer = op("answer", "triangle", sides, shape=shape, tolerance=tol)
    elif k == "fits_between":
        x, y = o
        g = q("gap", "gap", x, y)
        need = op("size", "const", value=float(cq.length_m or 0.0) + config.fit_clearance_m, unit="m")
        answer = op("answer", "compare", [g, need], cmp="ge")
    else:  # farther_difference
        x, y, z = o
        answer = op("answer", "sub", [q("d_xy", "distance", x, y), q("d_xz", "distance", x, z)])
    return Plan(steps, answer, kind=k, question=cq.question)
