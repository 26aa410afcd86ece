"""Score any estimator backend on a held-out spatial VQA dataset (``spatialvlm eval``).

Every QA turn of every sample is put to the estimator as a
:class:`~spatialvlm_ros.core.query.SpatialQuery` carrying the turn's wording,
about the sample's frame (RGB for a VLM; RGB + stored depth + masks for the
geometry and hybrid backends), and the estimate is compared with the turn's
truth (``value_m`` / ``value_deg`` / ``truth``) by :mod:`.metrics`.

The report also pools the questions by where each sample's camera intrinsics came from
(``by_intrinsics_source``: ``camera_info``, ``exif``, ``default_fov``, ``simulator``, …, as the
data engine recorded them), so answers on images with guessed intrinsics can be told apart.

Question type = the kind for quantities (``distance``), ``kind:form`` for
predicates (``left_of:yesno``, ``taller:which``). An invalid estimate (no number,
no yes/no, model failure) counts as unanswered.
"""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from spatialvlm_ros.core.qa import QAItem
from spatialvlm_ros.core.qa import question_type as kind_form_type
from spatialvlm_ros.data.dataset import SpatialSample, iter_samples
from spatialvlm_ros.data.metrics import Outcome, angle_error_deg, clock_to_deg, format_table, summarize
from spatialvlm_ros.errors import InputError

log = logging.getLogger(__name__)

#: Direction success: the predicted azimuth within this many degrees of the truth (half a clock hour).
DIRECTION_TOLERANCE_DEG = 15.0


def question_type(qa: QAItem) -> str:
    return kind_form_type(qa.kind, qa.form)


def intrinsics_source(sample: SpatialSample) -> str:
    """Where the sample's camera intrinsics came from (``unknown`` for datasets written before
    the data engine recorded it)."""
    return str((sample.camera or {}).get("intrinsics_source") or "unknown")


def score(qa: QAItem, est) -> Outcome:  # est: SpatialEstimate
    """One estimate against its truth (see :class:`~spatialvlm_ros.data.metrics.Outcome`)."""
    qtype = question_type(qa)
    if qa.form != "value":
        answered = bool(est.valid and est.truth is not None)
        correct = answered and qa.truth is not None and bool(est.truth) == bool(qa.truth)
        return Outcome(qtype, False, answered, correct=correct)
    if qa.kind == "direction":
        truth_deg = qa.value_deg if qa.value_deg is not None else (
            clock_to_deg(qa.clock) if qa.clock is not None else None)
        pred = est.value_deg if est.valid else None
        if pred is None and est.valid and est.clock is not None:
            pred = clock_to_deg(est.clock)
        if pred is None or truth_deg is None:
            return Outcome(qtype, True, False)
        ok = angle_error_deg(pred, truth_deg) <= DIRECTION_TOLERANCE_DEG
        return Outcome(qtype, True, True, pred=float(pred), truth=float(truth_deg), correct=ok)
    if not est.valid or est.value_m is None or qa.value_m is None:
        return Outcome(qtype, True, False)
    return Outcome(qtype, True, True, pred=float(est.value_m), truth=float(qa.value_m))


@dataclass
class EvalReport:
    dataset: str
    backend: str
    model: str | None
    samples: int = 0
    questions: int = 0
    seconds: float = 0.0
    metrics: dict = field(default_factory=dict)
    examples: list = field(default_factory=list)
    #: every question's outcome, keyed by ``(sample id, turn index)`` (only with ``keep_outcomes``)
    outcomes: dict[tuple[str, int], Outcome] = field(default_factory=dict)

    def to_dict(self) -> dict:
        d = {
            "dataset": self.dataset, "backend": self.backend, "model": self.model,
            "samples": self.samples, "questions": self.questions, "seconds": round(self.seconds, 3),
            "direction_tolerance_deg": DIRECTION_TOLERANCE_DEG,
            **self.metrics, "examples": self.examples,
        }
        if self.outcomes:
            d["outcomes"] = [{"sample": k[0], "turn": k[1], **asdict(o)} for k, o in self.outcomes.items()]
        return d

    def table(self) -> str:
        return format_table(self.metrics)


def evaluate(
    dataset: str | os.PathLike[str] | list[SpatialSample],
    estimator,
    backend: str = "",
    model: str | None = None,
    limit: int = 0,
    n_examples: int = 20,
    progress: bool = True,
    keep_outcomes: bool = False,
) -> EvalReport:
    """Ask ``estimator`` every question of ``dataset`` (at most ``limit`` samples) and score it.

    ``keep_outcomes``: also keep every question's :class:`Outcome` in ``report.outcomes``
    (keyed by sample id and turn index), e.g. for paired comparisons of answerers."""
    from tqdm import tqdm

    samples = dataset if isinstance(dataset, list) else iter_samples(dataset)
    report = EvalReport(dataset=str(dataset) if not isinstance(dataset, list) else "<samples>",
                        backend=backend or getattr(estimator, "source", ""), model=model)
    outcomes: list[Outcome] = []
    by_source: dict[str, list[Outcome]] = {}
    t0 = time.perf_counter()
    estimator.load()
    bar = tqdm(desc="eval", unit="img", disable=not progress, total=limit or None)
    for sample in samples:
        if limit and report.samples >= limit:
            break
        frame = sample.to_frame()
        queries = [qa.query for qa in sample.qa]
        estimates = estimator.estimate_many(frame, queries)
        source = intrinsics_source(sample)
        for turn, (qa, est) in enumerate(zip(sample.qa, estimates)):
            o = score(qa, est)
            outcomes.append(o)
            if keep_outcomes:
                report.outcomes[(sample.id, turn)] = o
            by_source.setdefault(source, []).append(o)
            if len(report.examples) < n_examples:
                report.examples.append({
                    "sample": sample.id, "type": o.kind, "question": qa.question, "truth_answer": qa.answer,
                    "truth_value": qa.value_m if qa.kind != "direction" else qa.value_deg,
                    "truth": qa.truth, "answer": est.answer or est.raw_text, "valid": est.valid,
                    "reason": est.reason, "pred_value": est.value_m if qa.kind != "direction" else est.value_deg,
                    "pred_truth": est.truth,
                })
        report.samples += 1
        report.questions += len(queries)
        bar.update(1)
    bar.close()
    if report.samples == 0:
        raise InputError(f"dataset {report.dataset} holds no sample to evaluate")
    report.metrics = summarize(outcomes)
    report.metrics["by_intrinsics_source"] = {k: summarize(v)["overall"] for k, v in sorted(by_source.items())}
    report.seconds = time.perf_counter() - t0
    return report


def write_report(report: EvalReport, path: str | os.PathLike[str]) -> Path:
    p = Path(path)
    if p.parent and not p.parent.exists():
        p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(json.dumps(report.to_dict(), indent=1, default=str), encoding="utf-8")
    return p
