"""Scoring spatial answers against their truth: the SpatialVLM and SpatialRGPT-Bench metrics.

Per answer (pure functions, unit-tested on hand-checked cases):

- :func:`within_factor` - the SpatialVLM paper's (and Q-Spatial Bench's) success:
  the prediction lies in [truth / factor, truth * factor] (factor 2 -> [50%, 200%]),
  both ends included.
- :func:`within_relative` - SpatialRGPT-Bench's quantitative success:
  ``|pred - truth| <= tol * truth`` (tol 0.25 -> within +-25%), ends included.
- :func:`abs_rel_error` - ``|pred - truth| / truth``.
- :func:`angle_error_deg` - the absolute azimuth difference wrapped to [0, 180].

Aggregates (:class:`Tally`, :func:`summarize`): over *all* questions of a
group, an unanswered quantitative question (no number) counts as a failure of
every success rate, as in the paper; error means are over answered ones. A
truth of 0 m (touching objects' gap) has no ratio: such questions are counted in
``n_zero_truth`` and left out of the ratio-based rates.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

#: Relative tolerance below which a truth counts as zero (metres).
ZERO_TRUTH_M = 1e-6


def within_factor(pred: float, truth: float, factor: float = 2.0) -> bool:
    """True when ``truth / factor <= pred <= truth * factor`` (truth > 0)."""
    if not (truth > 0 and math.isfinite(pred) and math.isfinite(truth)):
        return False
    lo, hi = truth / factor, truth * factor
    eps = 1e-12 * truth
    return lo - eps <= pred <= hi + eps


def within_relative(pred: float, truth: float, tol: float = 0.25) -> bool:
    """True when ``|pred - truth| <= tol * truth`` (truth > 0)."""
    if not (truth > 0 and math.isfinite(pred) and math.isfinite(truth)):
        return False
    return abs(pred - truth) <= tol * truth * (1 + 1e-12)


def abs_rel_error(pred: float, truth: float) -> float:
    """``|pred - truth| / truth``; ``inf`` when truth is not positive."""
    if not truth > 0:
        return math.inf
    return abs(pred - truth) / truth


def angle_error_deg(pred_deg: float, truth_deg: float) -> float:
    """Absolute difference of two azimuths in degrees, wrapped to [0, 180]."""
    d = (pred_deg - truth_deg) % 360.0
    return min(d, 360.0 - d)


def clock_to_deg(clock: int) -> float:
    """Clock position (12 = forward, 3 = right) -> azimuth in degrees (0 = forward, 90 = right)."""
    return float((int(clock) % 12) * 30)


@dataclass
class Outcome:
    """One scored answer.

    ``answered``: the answer holds a usable number (quantitative) or a yes/no /
    object choice (qualitative). ``pred``/``truth``: metres for lengths, degrees
    for direction, 1.0/0.0 for predicates.
    """

    kind: str
    quantitative: bool
    answered: bool
    pred: float | None = None
    truth: float | None = None
    correct: bool | None = None


@dataclass
class Tally:
    """Running counts of one group of questions (one kind, or all of a form)."""

    n: int = 0
    answered: int = 0
    n_zero_truth: int = 0
    in_factor2: int = 0
    in_25pct: int = 0
    correct: int = 0
    abs_rel_errors: list[float] = field(default_factory=list)
    angle_errors: list[float] = field(default_factory=list)

    def add(self, o: Outcome) -> None:
        self.n += 1
        if not o.answered:
            return
        self.answered += 1
        if not o.quantitative:
            self.correct += int(bool(o.correct))
            return
        assert o.pred is not None and o.truth is not None
        if o.kind == "direction":
            err = angle_error_deg(o.pred, o.truth)
            self.angle_errors.append(err)
            self.correct += int(bool(o.correct))
            return
        if o.truth <= ZERO_TRUTH_M:
            self.n_zero_truth += 1
            return
        self.in_factor2 += int(within_factor(o.pred, o.truth, 2.0))
        self.in_25pct += int(within_relative(o.pred, o.truth, 0.25))
        self.abs_rel_errors.append(abs_rel_error(o.pred, o.truth))

    def as_dict(self, quantitative: bool, kind: str | None = None) -> dict:
        d: dict = {"n": self.n, "answered_rate": _rate(self.answered, self.n)}
        if not quantitative:
            d["accuracy"] = _rate(self.correct, self.n)
            return d
        if kind == "direction":
            d["clock_accuracy"] = _rate(self.correct, self.n)
            d["mean_angle_error_deg"] = _mean(self.angle_errors)
            return d
        # ratio metrics: zero-truth questions are left out of the denominator
        denom = self.n - self.n_zero_truth
        d["n_zero_truth"] = self.n_zero_truth
        d["number_rate"] = d.pop("answered_rate")
        d["within_50_200"] = _rate(self.in_factor2, denom)
        d["within_25pct"] = _rate(self.in_25pct, denom)
        d["abs_rel_error_mean"] = _mean(self.abs_rel_errors)
        d["abs_rel_error_median"] = _median(self.abs_rel_errors)
        return d


def _rate(k: int, n: int) -> float | None:
    return None if n <= 0 else k / n


def _mean(xs: list[float]) -> float | None:
    return None if not xs else float(sum(xs) / len(xs))


def _median(xs: list[float]) -> float | None:
    if not xs:
        return None
    s = sorted(xs)
    m = len(s) // 2
    return float(s[m]) if len(s) % 2 else float((s[m - 1] + s[m]) / 2)


#: Per-question success measures of :func:`success`.
SUCCESS_METRICS = ("within_50_200", "within_25pct")


def success(o: Outcome, metric: str = "within_50_200") -> float | None:
    """One question's success as 1.0 / 0.0, the per-question form of the report's rates.

    Lengths: within [50 %, 200 %] of the truth (``metric="within_50_200"``, the paper's) or within
    +-25 % (``"within_25pct"``, SpatialRGPT-Bench's); ``None`` for a zero truth (left out of those
    rates' denominators). Directions: within the clock tolerance. Predicates: correct. An
    unanswered question is a failure (0.0).
    """
    if metric not in SUCCESS_METRICS:
        raise ValueError(f"unknown success metric {metric!r} (known: {', '.join(SUCCESS_METRICS)})")
    if o.quantitative and o.kind != "direction" and o.truth is not None and o.truth <= ZERO_TRUTH_M:
        return None
    if not o.answered:
        return 0.0
    if not o.quantitative or o.kind == "direction":
        return float(bool(o.correct))
    assert o.pred is not None and o.truth is not None
    ok = within_factor(o.pred, o.truth, 2.0) if metric == "within_50_200" else within_relative(o.pred, o.truth, 0.25)
    return float(ok)


def summarize(outcomes: list[Outcome]) -> dict:
    """Per-kind and overall metrics (the ``spatialvlm eval`` report body).

    ``overall.quantitative`` pools every length question (direction excluded:
    it has its own angle metrics), ``overall.qualitative`` every predicate.
    """
    by_kind: dict[str, Tally] = {}
    quant, direction, qual = Tally(), Tally(), Tally()
    quant_kinds: dict[str, bool] = {}
    for o in outcomes:
        by_kind.setdefault(o.kind, Tally()).add(o)
        quant_kinds[o.kind] = o.quantitative
        if not o.quantitative:
            qual.add(o)
        elif o.kind == "direction":
            direction.add(o)
        else:
            quant.add(o)
    return {
        "per_kind": {k: by_kind[k].as_dict(quant_kinds[k], k) for k in sorted(by_kind)},
        "overall": {
            "quantitative": quant.as_dict(True),
            "direction": direction.as_dict(True, "direction"),
            "qualitative": qual.as_dict(False),
        },
    }


def format_table(summary: dict) -> str:
    """A fixed-width text table of :func:`summarize`'s result."""
    cols = [
        ("n", "n", "{:d}"),
        ("number%", "number_rate", "{:.1%}"),
        ("[50,200]%", "within_50_200", "{:.1%}"),
        ("+-25%", "within_25pct", "{:.1%}"),
        ("AbsRel", "abs_rel_error_mean", "{:.3f}"),
        ("acc%", "accuracy", "{:.1%}"),
        ("clock%", "clock_accuracy", "{:.1%}"),
        ("angle", "mean_angle_error_deg", "{:.1f}"),
    ]
    rows = [(k, v) for k, v in summary["per_kind"].items()]
    rows += [(f"ALL {k}", v) for k, v in summary["overall"].items() if v.get("n")]
    by_source = summary.get("by_intrinsics_source") or {}
    if len(by_source) > 1:  # one source: the same figures as the ALL rows
        rows += [(f"{src}: {k}", v) for src, overall in by_source.items()
                 for k, v in overall.items() if v.get("n")]
    width = max([len(r[0]) for r in rows] + [10])
    lines = [f"{'question type':<{width}} " + " ".join(f"{h:>9}" for h, _, _ in cols)]
    for name, d in rows:
        cells = []
        for _, key, fmt in cols:
            v = d.get(key)
            cells.append(f"{fmt.format(v):>9}" if v is not None else f"{'-':>9}")
        lines.append(f"{name:<{width}} " + " ".join(cells))
    return "\n".join(lines)
