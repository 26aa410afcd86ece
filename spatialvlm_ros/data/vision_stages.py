"""The data engine's filter and captioner stages (actors on Ray, each with its own batch size
and ``num_gpus``): CLIP/SigLIP image filter, then region captions for inputs without names.

Both run on batches of work rows (:mod:`.rows`); a row skipped earlier passes through.
Engine keys of a stage's config section (``batch_size``, ``num_gpus``, ``concurrency``,
``kinds``) are read here; the rest is the model's config.
"""

from __future__ import annotations

import logging
import pickle

import numpy as np

from spatialvlm_ros.core.frame import Segmentation
from spatialvlm_ros.data.rows import Work, add_info, plain_value, skip_row, with_stage
from spatialvlm_ros.errors import SpatialVLMError

log = logging.getLogger(__name__)

#: Keys of a stage section that configure the engine, not the model.
ENGINE_KEYS = ("batch_size", "num_gpus", "concurrency", "kinds")


def model_part(section: dict | None) -> dict:
    return {k: v for k, v in (section or {}).items() if k not in ENGINE_KEYS}


def rows_of(batch: dict) -> list[dict]:
    keys = list(batch.keys())
    n = len(batch[keys[0]]) if keys else 0
    return [{k: plain_value(batch[k][i]) for k in keys} for i in range(n)]


def batch_of(rows: list[dict], keys: list[str]) -> dict:
    return {k: [r[k] for r in rows] for k in keys}


class _BatchStage:
    """Ray Data batch interface: a dict of columns -> a dict of columns (via :meth:`process_rows`)."""

    name = ""

    def __call__(self, batch: dict) -> dict:
        rows = rows_of(batch)
        out = [with_stage(b, a, self.name) for b, a in zip(rows, self.process_rows(rows))]
        return batch_of(out, list(batch.keys()))

    def process_rows(self, rows: list[dict]) -> list[dict]:  # pragma: no cover - overridden
        raise NotImplementedError


class FilterStage(_BatchStage):
    """Skips images the zero-shot filter scores below ``threshold`` (reason ``filtered``).

    Applies to the input kinds in ``kinds`` (default plain images only: simulated,
    scene-dir and robot inputs are suitable by construction). The score of every
    filtered-or-kept image goes into the row's info (``filter_score``).
    ``scorer``: a function ``list of HxWx3 uint8 -> list of scores`` replacing the
    model (tests script scores with it).
    """

    name = "filter"

    def __init__(self, section: dict | None = None, scorer=None) -> None:
        from spatialvlm_ros.models.image_filter import FilterConfig

        self.section = dict(section or {})
        self.config = FilterConfig.from_dict(model_part(self.section))
        self.kinds = tuple(self.section.get("kinds") or ("image",))
        self._scorer = scorer

    def scorer(self):
        if self._scorer is None:
            from spatialvlm_ros.models.image_filter import ImageFilter

            self._scorer = ImageFilter(self.config).scores
        return self._scorer

    def process_rows(self, rows: list[dict]) -> list[dict]:
        todo = [i for i, r in enumerate(rows) if r["status"] == "ok" and r["item"]["kind"] in self.kinds]
        if not todo:
            return rows
        works = [pickle.loads(rows[i]["payload"]) for i in todo]
        out = list(rows)
        try:
            scores = self.scorer()([np.asarray(w.frame.rgb) for w in works])
        except SpatialVLMError as exc:
            for i in todo:
                out[i] = skip_row(rows[i], "model_error", f"{rows[i]['key']}: {exc}")
            return out
        thr = float(self.config.threshold)
        for i, s in zip(todo, scores):
            r = add_info(rows[i], filter_score=round(float(s), 4))
            if float(s) < thr:
                r = skip_row(r, "filtered", f"{r['key']}: filter score {float(s):.3f} < threshold {thr:g}")
            out[i] = r
        return out


class CaptionStage(_BatchStage):
    """Names the objects of inputs that have no names (no names file, no vocabulary).

    Captions with boxes go to the segmenter as boxes (:attr:`Work.regions`); captions
    without boxes are names for the grounding detector (:attr:`Work.names`). With
    ``rename_masks`` an input's own instance masks take the best-matching caption.
    An input with no caption left is skipped (reason ``no_captions``).
    """

    name = "caption"

    def __init__(self, section: dict | None = None) -> None:
        from spatialvlm_ros.models.captioner import Captioner, CaptionerConfig

        self.section = dict(section or {})
        self.config = CaptionerConfig.from_dict(model_part(self.section))
        self.captioner = Captioner(self.config)

    def wants(self, row: dict, work: Work) -> bool:
        seg = work.frame.segmentation
        has_masks = seg is not None and bool(seg.names)
        if has_masks:
            return bool(self.config.rename_masks)
        return not work.names

    def process_rows(self, rows: list[dict]) -> list[dict]:
        out = list(rows)
        todo, works = [], []
        for i, r in enumerate(rows):
            if r["status"] != "ok":
                continue
            w = pickle.loads(r["payload"])
            if self.wants(r, w):
                todo.append(i)
                works.append(w)
        if not todo:
            return out
        try:
            regions = self.captioner.caption([np.asarray(w.frame.rgb) for w in works])
        except SpatialVLMError as exc:
            for i in todo:
                out[i] = skip_row(rows[i], "model_error", f"{rows[i]['key']}: captioner: {exc}")
            return out
        for i, w, regs in zip(todo, works, regions):
            r = add_info(rows[i], captions=[g.caption for g in regs])
            seg = w.frame.segmentation
            if seg is not None and seg.names:
                seg = rename_masks(seg, regs, float(self.config.match_iou))
                if seg is None:
                    out[i] = skip_row(r, "no_captions", f"{r['key']}: no caption box matches an instance mask")
                    continue
                w.frame.segmentation = seg
            elif not regs:
                out[i] = skip_row(r, "no_captions", f"{r['key']}: the captioner named no object")
                continue
            elif all(g.box is not None for g in regs):
                w.regions = [(g.caption, tuple(g.box), float(g.score)) for g in regs]
                w.names = [g.caption for g in regs]
            else:
                w.names = list(dict.fromkeys(g.caption for g in regs))
            out[i] = {**r, "payload": pickle.dumps(w, protocol=pickle.HIGHEST_PROTOCOL)}
        return out


def rename_masks(seg: Segmentation, regions, match_iou: float) -> Segmentation | None:
    """Each instance mask named by the caption whose box matches its bounding box best.

    Masks no caption box matches (IoU < ``match_iou``) are dropped; ``None`` when none is left.
    """
    from spatialvlm_ros.models.captioner import box_iou

    labels = np.asarray(seg.labels)
    names: dict[int, str] = {}
    new = np.zeros_like(labels)
    boxed = [g for g in regions if g.box is not None]
    for lid in sorted(seg.names):
        vs, us = np.nonzero(labels == lid)
        if vs.size == 0:
            continue
        mbox = (float(us.min()), float(vs.min()), float(us.max()) + 1.0, float(vs.max()) + 1.0)
        best = max(boxed, key=lambda g: box_iou(g.box, mbox), default=None)
        if best is None or box_iou(best.box, mbox) < match_iou:
            continue
        new[labels == lid] = lid
        names[int(lid)] = best.caption
    if not names:
        return None
    return Segmentation(labels=new, names=names)
