"""The per-stage report of a synthesis run: images in, kept, skipped by reason per stage,
objects and QA pairs per image, filter scores; printed and written as ``report.json``."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from spatialvlm_ros.data.rows import STAGES, row_info


class StageReport:
    """Accumulates finished rows (any order) into per-stage counts."""

    def __init__(self) -> None:
        self.skipped: dict[str, Counter] = {s: Counter() for s in STAGES}
        self.rows = 0
        self.samples = 0
        self.objects = 0
        self.qa = 0
        self.ambiguous_objects = 0
        self.filter_scores: dict[str, float] = {}
        self.intrinsics_sources: Counter = Counter()

    def add(self, row: dict, n_qa: int = 0, intrinsics_source: str | None = None) -> None:
        self.rows += 1
        info = row_info(row)
        if "filter_score" in info:
            self.filter_scores[row["key"]] = float(info["filter_score"])
        self.ambiguous_objects += int(info.get("ambiguous_objects", 0))
        if row["status"] == "ok":
            self.samples += 1
            self.objects += int(info.get("objects", 0))
            self.qa += int(n_qa)
            if intrinsics_source:
                self.intrinsics_sources[intrinsics_source] += 1
        else:
            self.skipped[row.get("stage") or "load"][row["reason"]] += 1

    def to_dict(self) -> dict:
        stages = []
        n_in = self.rows
        for s in STAGES:
            n_skip = sum(self.skipped[s].values())
            stages.append({"stage": s, "images_in": n_in, "kept": n_in - n_skip,
                           "skipped": dict(sorted(self.skipped[s].items()))})
            n_in -= n_skip
        per = max(self.samples, 1)
        return {
            "stages": stages,
            "samples": self.samples,
            "objects_per_image": round(self.objects / per, 3) if self.samples else 0.0,
            "qa_per_image": round(self.qa / per, 3) if self.samples else 0.0,
            "ambiguous_objects_left_out": self.ambiguous_objects,
            "intrinsics_sources": dict(sorted(self.intrinsics_sources.items())),
            "filter_scores": dict(sorted(self.filter_scores.items())),
        }

    def format(self) -> str:
        return format_report(self.to_dict())

    def write(self, out_dir: str | Path) -> Path:
        p = Path(out_dir) / "report.json"
        tmp = p.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.to_dict(), indent=1))
        tmp.replace(p)
        return p


def format_report(d: dict) -> str:
    """The report as a table (one line per stage)."""
    lines = [f"  {'stage':<8} {'in':>6} {'kept':>6}  skipped by reason"]
    for s in d["stages"]:
        reasons = ", ".join(f"{r}: {n}" for r, n in s["skipped"].items()) or "-"
        lines.append(f"  {s['stage']:<8} {s['images_in']:>6} {s['kept']:>6}  {reasons}")
    lines.append(f"  objects/image: {d['objects_per_image']}   QA/image: {d['qa_per_image']}   "
                 f"ambiguous objects left out: {d['ambiguous_objects_left_out']}")
    if d["intrinsics_sources"]:
        lines.append("  intrinsics: " + ", ".join(f"{k}: {v}" for k, v in d["intrinsics_sources"].items()))
    return "\n".join(lines)
