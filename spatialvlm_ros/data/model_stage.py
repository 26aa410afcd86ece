"""Stage 2 of the synthesis pipeline (a GPU actor on Ray): grounding masks and monocular
depth for the inputs that lack them."""

from __future__ import annotations

import logging
import pickle

import numpy as np

from spatialvlm_ros.core.frame import RGBDFrame
from spatialvlm_ros.core.plugins import predict_depth
from spatialvlm_ros.data.rows import SkipInput, Work, plain_value, skip_row, with_stage
from spatialvlm_ros.errors import SpatialVLMError, UnknownObjectError

log = logging.getLogger(__name__)


class ModelStage:
    """Fills in masks (grounding) and metric depth (monocular model) where an input lacks them.

    A callable class: Ray Data runs it as an actor pool (``num_gpus`` per actor
    from the config) over batches of rows; the local engine calls it in-process.
    Models load lazily on the first row that needs them. A model failure on one
    input skips that input (reason ``model_error``).
    """

    def __init__(self, models_cfg: dict | None = None) -> None:
        self.cfg = dict(models_cfg or {})
        self._grounder = None
        self._depth = None

    # Ray Data batch interface: a dict of columns -> a dict of columns
    def __call__(self, batch: dict) -> dict:
        keys = list(batch.keys())
        n = len(batch[keys[0]]) if keys else 0
        rows = [{k: plain_value(batch[k][i]) for k in keys} for i in range(n)]
        out = [with_stage(r, self.process(r), "models") for r in rows]
        return {k: [r[k] for r in out] for k in keys}

    def process(self, row: dict) -> dict:
        if row["status"] != "ok":
            return row
        work: Work = pickle.loads(row["payload"])
        frame = work.frame
        needs_masks = frame.segmentation is None or not frame.segmentation.names
        needs_depth = frame.depth is None
        if not (needs_masks or needs_depth):
            return row
        try:
            if needs_masks:
                if not self.cfg.get("grounding"):
                    return skip_row(row, "no_masks", f"{work.item.key}: no masks and no grounding model configured")
                if work.regions:
                    frame.segmentation = self.grounder().segment_boxes(frame, [(n, b) for n, b, _ in work.regions])
                    if len(frame.segmentation.names) < 2:
                        raise SkipInput("too_few_objects",
                                        f"the segmenter kept {len(frame.segmentation.names)} of "
                                        f"{len(work.regions)} captioned boxes")
                elif not work.names:
                    return skip_row(row, "too_few_objects",
                                 f"{work.item.key}: no object names to ground (add <image>.names.txt, image.vocabulary or a captioner)")
                else:
                    frame.segmentation = self.ground(frame, work.names)
            if needs_depth:
                if not self.cfg.get("depth"):
                    return skip_row(row, "no_depth", f"{work.item.key}: no depth image and no depth model configured")
                frame.depth = predict_depth(self.depth_model(), frame)
                work.depth_source = "monocular"
        except SkipInput as s:
            return skip_row(row, s.reason, f"{work.item.key}: {s.detail}")
        except SpatialVLMError as exc:
            return skip_row(row, "model_error", f"{work.item.key}: {exc}")
        except Exception as exc:
            log.exception("model stage failed on %s", work.item.key)
            return skip_row(row, "model_error", f"{work.item.key}: {type(exc).__name__}: {exc}")
        return {**row, "payload": pickle.dumps(work, protocol=pickle.HIGHEST_PROTOCOL)}

    def grounder(self):
        if self._grounder is None:
            from spatialvlm_ros.models.grounding import Grounder

            self._grounder = Grounder(self.cfg["grounding"])
            self._grounder.load()
        return self._grounder

    def depth_model(self):
        if self._depth is None:
            from spatialvlm_ros.models.depth import MonoDepthModel

            self._depth = MonoDepthModel(self.cfg["depth"])
            self._depth.load()
        return self._depth

    def ground(self, frame: RGBDFrame, names: list[str]):
        """Masks of the ``names`` the detector finds (the others are left out, not an error).

        ``Grounder.segment`` fails on the first missing name (right for a query,
        wrong for a vocabulary), so the detector runs first to keep the found names.
        """
        g = self.grounder()
        dets = g.detect(np.asarray(frame.rgb), list(dict.fromkeys(names)))
        found = [n for n, d in dets.items() if d is not None and _box_area(d.box) >= 4.0]
        while len(found) >= 2:
            try:
                return g.segment(frame, found)
            except UnknownObjectError as exc:  # an empty or fully overlapped mask: drop the first name it is about
                bad = [n for n in found if n in exc.names]
                if not bad:
                    raise SkipInput("too_few_objects", str(exc)) from None
                found.remove(bad[0])
        raise SkipInput("too_few_objects", f"the grounding model found {len(found)} of {len(names)} names")


def _box_area(box) -> float:
    x0, y0, x1, y1 = (float(v) for v in box)
    return max(0.0, x1 - x0) * max(0.0, y1 - y0)


def models_configured(models_cfg: dict | None) -> bool:
    """True when a grounding or a depth model is configured (the model stage runs)."""
    m = models_cfg or {}
    return bool(m.get("grounding") or m.get("depth"))
