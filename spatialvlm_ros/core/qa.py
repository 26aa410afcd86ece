"""One question/answer turn and the truth it was made from: :class:`QAItem`.

The QA synthesis (:func:`spatialvlm_ros.core.synthesis.synthesize_qa`) makes them, the
data engine stores them (:class:`spatialvlm_ros.data.dataset.SpatialSample`) and the
evaluation scores estimates against them.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any

from spatialvlm_ros.core.plain import finite_or_none, json_value
from spatialvlm_ros.core.query import PREDICATES, SpatialQuery


def question_type(kind: str, form: str) -> str:
    """The evaluation's question type: the kind for quantities (``distance``), ``kind:form`` for
    predicates (``left_of:yesno``, ``taller:which``)."""
    return kind if form == "value" else f"{kind}:{form}"


@dataclass
class QAItem:
    """One question/answer turn and the truth it was made from.

    ``value_m`` in metres (lengths), ``value_deg`` azimuth in degrees (0 = viewer
    forward, +90 = viewer right) and ``clock`` (1..12) for ``direction``,
    ``truth`` for predicates (for ``form == "which"``: whether objects[0] is the
    answer). ``metadata``: the synthesis' 3D evidence (boxes, the measurement, the
    templates used) for auditing.
    """

    kind: str
    objects: list[str]
    form: str
    question: str
    answer: str
    value_m: float | None = None
    value_deg: float | None = None
    clock: int | None = None
    truth: bool | None = None
    metadata: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_query(cls, query: SpatialQuery, question: str, answer: str, **values: Any) -> QAItem:
        """The turn asking ``query`` (kind, objects, form) as ``question``."""
        return cls(query.kind, list(query.objects), query.form, question, answer, **values)

    @property
    def query(self) -> SpatialQuery:
        """The structured query (with its wording) this turn asks."""
        return SpatialQuery(self.kind, tuple(self.objects), self.form, self.question)

    @property
    def is_quantitative(self) -> bool:
        return self.form == "value"

    @property
    def qualitative(self) -> bool:
        """A predicate (yes/no or which) rather than a measured quantity."""
        return self.kind in PREDICATES

    def json_ready(self) -> QAItem:
        """A copy with finite-or-None numbers, plain ints/bools and JSON-ready metadata."""
        return dataclasses.replace(
            self,
            objects=[str(o) for o in self.objects],
            value_m=finite_or_none(self.value_m),
            value_deg=finite_or_none(self.value_deg),
            clock=None if self.clock is None else int(self.clock),
            truth=None if self.truth is None else bool(self.truth),
            metadata=json_value(self.metadata),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "objects": list(self.objects),
            "form": self.form,
            "question": self.question,
            "answer": self.answer,
            "value_m": finite_or_none(self.value_m),
            "value_deg": finite_or_none(self.value_deg),
            "clock": None if self.clock is None else int(self.clock),
            "truth": None if self.truth is None else bool(self.truth),
            "metadata": self.metadata,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> QAItem:
        md = d.get("metadata")
        if isinstance(md, str):
            md = json.loads(md) if md else {}
        return cls(
            kind=d["kind"],
            objects=list(d["objects"]),
            form=d["form"],
            question=d["question"],
            answer=d["answer"],
            value_m=d.get("value_m"),
            value_deg=d.get("value_deg"),
            clock=d.get("clock"),
            truth=d.get("truth"),
            metadata=md or {},
        )
