"""Paired bootstrap confidence intervals for the difference between two answerers.

Two answerers (say a fine-tuned VLM and an image-blind control) are scored on the *same*
questions; each question gives each a success of 1.0 or 0.0 (:func:`..metrics.success`).
The difference of their mean success is resampled over questions with replacement (the pair
of scores of a question stays together), and the percentile interval of the resampled
differences is reported. A gain "counts" when the whole interval lies above zero.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Hashable

import numpy as np

from spatialvlm_ros.errors import InputError


@dataclass(frozen=True)
class PairedDifference:
    """``mean(a) - mean(b)`` over ``n`` shared questions with its bootstrap interval (rates in [-1, 1])."""

    n: int
    mean_a: float
    mean_b: float
    diff: float
    low: float
    high: float
    confidence: float

    @property
    def significant(self) -> bool:
        """The interval lies entirely above zero (a gain of ``a`` over ``b``)."""
        return self.low > 0.0

    def to_dict(self) -> dict:
        return {**asdict(self), "significant": self.significant}


def paired_bootstrap(a: Sequence[float], b: Sequence[float], resamples: int = 2000, confidence: float = 0.95,
                     seed: int = 0) -> PairedDifference:
    """The bootstrap interval of ``mean(a) - mean(b)`` for paired per-question scores ``a``, ``b``."""
    x, y = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if x.shape != y.shape or x.ndim != 1:
        raise InputError(f"paired scores must be two equal-length lists (got {x.shape} and {y.shape})")
    if x.size == 0:
        raise InputError("paired bootstrap needs at least one question")
    if not 0.0 < confidence < 1.0:
        raise InputError(f"confidence must be in (0, 1), got {confidence}")
    d = x - y
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, d.size, size=(int(resamples), d.size))
    means = d[idx].mean(axis=1)
    alpha = (1.0 - confidence) / 2.0
    lo, hi = np.quantile(means, [alpha, 1.0 - alpha])
    return PairedDifference(n=int(d.size), mean_a=float(x.mean()), mean_b=float(y.mean()), diff=float(d.mean()),
                            low=float(lo), high=float(hi), confidence=float(confidence))


def paired_scores(a: Mapping[Hashable, float | None], b: Mapping[Hashable, float | None],
                  keys: Sequence[Hashable] | None = None) -> tuple[list[float], list[float]]:
    """The two answerers' scores on the questions both scored (``None`` = not scorable, left out).

    ``keys``: the questions to use, in order (default: ``a``'s). A key missing from either
    mapping raises :class:`InputError`: controls must be scored on the same questions.
    """
    order = list(a) if keys is None else list(keys)
    missing = [k for k in order if k not in a or k not in b]
    if missing:
        raise InputError(f"{len(missing)} question(s) scored by only one answerer, e.g. {missing[0]!r}")
    pairs = [(a[k], b[k]) for k in order if a[k] is not None and b[k] is not None]
    return [float(p) for p, _ in pairs], [float(q) for _, q in pairs]
