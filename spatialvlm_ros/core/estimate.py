"""The answer type of every estimator: :class:`SpatialEstimate` (one query about one frame).

Queries are :class:`~spatialvlm_ros.core.query.SpatialQuery`; the estimator interface
that produces estimates is :class:`spatialvlm_ros.estimators.base.Estimator`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spatialvlm_ros.core.plain import finite_or_none
from spatialvlm_ros.core.query import SpatialQuery

#: Where an estimate came from.
SOURCES = ("geometry", "vlm", "hybrid", "prior")  # prior: training-set statistics, no image (an evaluation control)


@dataclass
class SpatialEstimate:
    """The answer to one :class:`SpatialQuery` about one frame.

    - ``valid``: False when no trustworthy answer exists; ``reason`` then says why
      (unknown object, no depth, answer without a number, model failure...).
      An invalid estimate never carries a made-up number.
    - ``value_m``: metric quantities, metres. ``value_deg``/``clock``: direction.
    - ``truth``: predicates (True/False). For ``form == "which"`` the chosen
      object's name is in ``answer`` and ``truth`` says whether it is objects[0].
    - ``answer``: the answer as text; ``raw_text``: the model's raw output.
    - ``unit``: the unit the answer was phrased in ("cm", "m", "ft", ...): the
      one the question asked for (``query.unit``) when it asked for one.
    - ``confidence`` in [0, 1]; ``source`` one of :data:`SOURCES`.
    - ``latency_s``: wall time spent answering, seconds.
    - ``details``: backend-specific extras (e.g. both values of a hybrid).
    """

    query: SpatialQuery
    valid: bool
    source: str
    reason: str = ""
    value_m: float | None = None
    value_deg: float | None = None
    clock: int | None = None
    truth: bool | None = None
    answer: str = ""
    raw_text: str = ""
    unit: str = ""
    confidence: float = 0.0
    latency_s: float = 0.0
    details: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def invalid(cls, query: SpatialQuery, source: str, reason: str, **kwargs: Any) -> SpatialEstimate:
        """An estimate marked invalid with ``reason`` (one line)."""
        return cls(query=query, valid=False, source=source, reason=reason, **kwargs)

    def to_dict(self) -> dict:
        """JSON-ready form (the ``spatialvlm ask --json`` output)."""

        return {
            "question": self.query.question,
            "quantity": self.query.kind,
            "objects": list(self.query.objects),
            "asked_objects": list(self.query.asked),
            "resolved_by": list(self.query.rules),
            "requested_unit": self.query.unit,
            "form": self.query.form,
            "answer": self.answer,
            "value_m": finite_or_none(self.value_m),
            "value_deg": finite_or_none(self.value_deg),
            "clock": self.clock,
            "truth": self.truth,
            "unit": self.unit,
            "valid": self.valid,
            "reason": self.reason,
            "source": self.source,
            "confidence": float(self.confidence),
            "raw_text": self.raw_text,
            "latency_s": float(self.latency_s),
            "details": self.details,
        }
