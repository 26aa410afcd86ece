"""An answerer that never looks at the image: the training set's answer per question type.

The evaluation control of the miniature experiment (``bench/miniature.py``): what a model
that learned only the answers' distribution, not the scene, would score. For every question
type (the kind for quantities, ``kind:form`` for predicates, as
``core.qa.question_type`` names them) it answers

- a length: the median of the training answers of that type (metres);
- a direction: the median training azimuth (degrees);
- a predicate: the majority training truth (for ``which`` questions, whether the first
  object named is the answer).

A question type the training set never asked is answered invalid (reason ``no prior``).
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence

from spatialvlm_ros.core.estimate import SpatialEstimate
from spatialvlm_ros.core.frame import RGBDFrame
from spatialvlm_ros.core.qa import QAItem
from spatialvlm_ros.core.qa import question_type as _type
from spatialvlm_ros.core.query import SpatialQuery
from spatialvlm_ros.core.scene import SceneGraph
from spatialvlm_ros.estimators.base import Estimator


class PriorEstimator(Estimator):
    """Answers each question with its type's training prior (see the module docstring)."""

    source = "prior"

    def __init__(self, values: dict[str, float], truths: dict[str, bool]) -> None:
        self.values = dict(values)
        self.truths = dict(truths)

    @classmethod
    def fit(cls, items: Iterable[QAItem]) -> PriorEstimator:
        """The priors of the training QA turns ``items``."""
        values: dict[str, list[float]] = defaultdict(list)
        truths: dict[str, list[bool]] = defaultdict(list)
        for q in items:
            t = _type(q.kind, q.form)
            if q.form != "value":
                if q.truth is not None:
                    truths[t].append(bool(q.truth))
            elif q.kind == "direction":
                if q.value_deg is not None:
                    values[t].append(float(q.value_deg))
            elif q.value_m is not None:
                values[t].append(float(q.value_m))
        return cls({k: float(statistics.median(v)) for k, v in values.items()},
                   {k: 2 * sum(v) >= len(v) for k, v in truths.items()})

    def estimate(self, frame: RGBDFrame, query: SpatialQuery) -> SpatialEstimate:
        t = _type(query.kind, query.form)
        if query.form != "value":
            if t not in self.truths:
                return SpatialEstimate.invalid(query, self.source, f"no prior for question type {t}")
            truth = self.truths[t]
            answer = (query.objects[0] if truth else query.objects[-1]) if query.form == "which" else \
                ("yes" if truth else "no")
            return SpatialEstimate(query=query, valid=True, source=self.source, truth=truth, answer=answer,
                                   confidence=0.5)
        if t not in self.values:
            return SpatialEstimate.invalid(query, self.source, f"no prior for question type {t}")
        v = self.values[t]
        if query.kind == "direction":
            return SpatialEstimate(query=query, valid=True, source=self.source, value_deg=v,
                                   answer=f"{v:.0f} degrees", confidence=0.5)
        return SpatialEstimate(query=query, valid=True, source=self.source, value_m=v, unit="m",
                               answer=f"{v:.2f} m", confidence=0.5)

    def scene(self, frame: RGBDFrame, names: Sequence[str] | None = None) -> SceneGraph | None:
        return None
