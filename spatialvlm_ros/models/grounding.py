"""Open-vocabulary grounding: named objects -> boxes (OWLv2 / Grounding DINO) -> masks (SAM v1).

:class:`Grounder` implements the ``grounder.segment(frame, names)`` protocol of
:class:`spatialvlm_ros.estimators.geometry.GeometryEstimator`: it returns a
:class:`Segmentation` holding one instance per requested name (ids 1..n in the
order of ``names``). A name the detector cannot find above its score threshold
(or whose mask comes out empty) raises :class:`UnknownObjectError` naming it;
the estimator turns that into an invalid estimate with the reason.

Boxes are pixel coordinates ``(x0, y0, x1, y1)`` of the input image (u right,
v down, exclusive upper bounds). Masks are clipped to their box; a pixel
claimed by two objects keeps the first (higher-priority) name.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import numpy as np

from spatialvlm_ros.core.frame import RGBDFrame, Segmentation, normalize_name
from spatialvlm_ros.errors import ConfigError, InputError, ModelError, UnknownObjectError, first_line
from spatialvlm_ros.models.common import HubModelConfig, resolve_device

log = logging.getLogger(__name__)

DETECTOR_TYPES = ("owlv2", "grounding_dino")


@dataclass
class GroundingConfig(HubModelConfig):
    """The ``grounding:`` mapping of a model config file.

    - ``detector``: folder or hub id of the detector (``google/owlv2-base-patch16-ensemble``,
      ``IDEA-Research/grounding-dino-tiny``); ``detector_type``: ``"owlv2"`` or ``"grounding_dino"``.
    - ``segmenter``: folder or hub id of a SAM v1 model (``facebook/sam-vit-base``); ``None`` uses
      the detected boxes as masks (coarse: the box includes background).
    - ``score_threshold``: minimum detection score (0..1) to accept a name;
      ``text_threshold``: Grounding DINO's phrase threshold.
    - ``device``, ``local_files_only``, ``revision``: see :class:`HubModelConfig`.
    """

    detector: str
    detector_type: str = "owlv2"
    segmenter: str | None = None
    score_threshold: float = 0.1
    text_threshold: float = 0.25

    SECTION = "grounding"

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.detector_type not in DETECTOR_TYPES:
            raise ConfigError(
                f"grounding: detector_type {self.detector_type!r} is not one of {', '.join(DETECTOR_TYPES)}"
            )
        if not 0.0 <= float(self.score_threshold) <= 1.0:
            raise ConfigError("grounding: score_threshold must lie in [0, 1]")


@dataclass
class Detection:
    """The best box of one name: ``box`` (x0, y0, x1, y1) pixels, ``score`` in [0, 1]."""

    name: str
    box: tuple[float, float, float, float]
    score: float


class Grounder:
    """Detector + optional SAM; models load on :meth:`load` or first use."""

    def __init__(self, config: GroundingConfig | dict) -> None:
        self.config = config if isinstance(config, GroundingConfig) else GroundingConfig.from_dict(config)
        self.detector: Any = None  # the transformers models and processors, once loaded
        self.detector_processor: Any = None
        self.sam: Any = None
        self.sam_processor: Any = None

    def load(self) -> None:
        if self.detector is not None:
            return
        from transformers import AutoModelForZeroShotObjectDetection, AutoProcessor, SamModel

        c = self.config
        device = resolve_device(c.device)
        detector = c.from_pretrained(AutoModelForZeroShotObjectDetection, c.detector, "detector",
                                     **c.model_kwargs())
        processor = c.from_pretrained(AutoProcessor, c.detector, "detector")
        if c.segmenter:  # both load or neither: a failed segmenter leaves the grounder unloaded
            sam = c.from_pretrained(SamModel, c.segmenter, "segmenter", use_safetensors=True)
            self.sam_processor = c.from_pretrained(AutoProcessor, c.segmenter, "segmenter")
        try:
            if c.segmenter:
                self.sam = sam.to(device).eval()
            self.detector, self.detector_processor = detector.to(device).eval(), processor
        except (RuntimeError, ValueError) as exc:  # out of memory, a device torch cannot use
            self.sam = self.sam_processor = None
            raise ModelError(f"cannot move the grounder to {device}: {first_line(exc)}") from None

    def unload(self) -> None:
        self.detector = self.detector_processor = self.sam = self.sam_processor = None

    # ---------------------------------------------------------------- detection
    def detect(self, rgb: np.ndarray, names: list[str]) -> dict[str, Detection | None]:
        """Best box per name (``None`` when no box reaches ``score_threshold``)."""
        from spatialvlm_ros.models.vlm import to_pil

        if not names:
            return {}
        image = to_pil(rgb)
        self.load()
        import torch

        try:
            with torch.inference_mode():
                if self.config.detector_type == "owlv2":
                    return self._detect_owl(image, names)
                return self._detect_dino(image, names)
        except torch.cuda.OutOfMemoryError:
            torch.cuda.empty_cache()
            raise ModelError("out of GPU memory running the detector") from None

    def _detect_owl(self, image: Any, names: list[str]) -> dict[str, Detection | None]:
        import torch

        w, h = image.size
        inputs = self.detector_processor(text=[list(names)], images=image, return_tensors="pt")
        inputs = {k: v.to(self.detector.device) for k, v in inputs.items()}
        out = self.detector(**inputs)
        scores = torch.sigmoid(out.logits[0].float())  # (patches, queries)
        boxes = out.pred_boxes[0].float()  # (patches, 4) cx, cy, w, h relative to the padded square
        side = float(max(w, h))  # OWLv2 pads the image to a square at the bottom/right
        result: dict[str, Detection | None] = {}
        for q, name in enumerate(names):
            best = int(torch.argmax(scores[:, q]))
            score = float(scores[best, q])
            if score < self.config.score_threshold:
                result[name] = None
                continue
            cx, cy, bw, bh = (boxes[best] * side).tolist()
            result[name] = Detection(
                name, _clip_box(cx - bw / 2, cy - bh / 2, cx + bw / 2, cy + bh / 2, w, h), score
            )
        return result

    def _detect_dino(self, image: Any, names: list[str]) -> dict[str, Detection | None]:
        w, h = image.size
        prompt = " ".join(f"{normalize_name(n)}." for n in names)
        inputs = self.detector_processor(images=image, text=prompt, return_tensors="pt")
        inputs = {k: v.to(self.detector.device) for k, v in inputs.items()}
        out = self.detector(**inputs)
        res = self.detector_processor.post_process_grounded_object_detection(
            out,
            inputs["input_ids"],
            threshold=self.config.score_threshold,
            text_threshold=self.config.text_threshold,
            target_sizes=[(h, w)],
        )[0]
        labels = res["text_labels"] if "text_labels" in res else res["labels"]
        result: dict[str, Detection | None] = {n: None for n in names}
        for score, label, box in zip(res["scores"].tolist(), labels, res["boxes"].tolist()):
            key = normalize_name(str(label))
            # the phrase the detector grounded: an exact name, else names containing it (or contained)
            exact = [n for n in names if normalize_name(n) == key]
            matches = exact or [
                n for n in names if key and (key in normalize_name(n) or normalize_name(n) in key)
            ]
            for n in matches:
                if result[n] is None or score > result[n].score:
                    x0, y0, x1, y1 = box
                    result[n] = Detection(n, _clip_box(x0, y0, x1, y1, w, h), float(score))
        return result

    # ------------------------------------------------------------- segmentation
    def segment(self, frame: RGBDFrame, names: list[str]) -> Segmentation:
        """Instance masks of ``names`` in ``frame.rgb`` (ids 1..n in order).

        Raises :class:`UnknownObjectError` for the first name not found (its ``names``: that name;
        for a mask found only where an earlier one is, both names),
        :class:`InputError` for a malformed image, :class:`ModelError` on model failure.
        """
        rgb = np.asarray(frame.rgb)
        if rgb.ndim != 3 or rgb.shape[2] != 3:
            raise InputError(f"rgb image has shape {rgb.shape}, expected HxWx3")
        unique = list(dict.fromkeys(names))
        dets = self.detect(rgb, unique)
        for n in unique:
            if dets.get(n) is None:
                raise UnknownObjectError(
                    f"the detector found no {n!r} in the image (score threshold {self.config.score_threshold:g})",
                    names=(n,),
                )
        h, w = rgb.shape[:2]
        masks = self._masks(rgb, [dets[n] for n in unique])
        labels = np.zeros((h, w), dtype=np.uint16)
        seg_names: dict[int, str] = {}
        for i, (n, m) in enumerate(zip(unique, masks), start=1):
            if not m.any():
                raise UnknownObjectError(f"the segmenter gave an empty mask for {n!r}", names=(n,))
            free = m & (labels == 0)
            if not free.any():
                other = seg_names[int(np.bincount(labels[m]).argmax())]
                raise UnknownObjectError(f"the detector found {n!r} only where it found {other!r}", names=(n, other))
            m = free
            labels[m] = i
            seg_names[i] = n
        return Segmentation(labels=labels, names=seg_names)

    def segment_boxes(self, frame: RGBDFrame, regions: list[tuple[str, tuple[float, float, float, float]]]
                      ) -> Segmentation:
        """Instance masks of captioned boxes (ids 1..n in order; names may repeat).

        ``regions``: ``(caption, (x0, y0, x1, y1) pixels)``. The segmenter (or the box
        itself without one) gives each mask; a pixel claimed twice keeps the first;
        regions whose mask comes out empty are left out.
        """
        rgb = np.asarray(frame.rgb)
        if rgb.ndim != 3 or rgb.shape[2] != 3:
            raise InputError(f"rgb image has shape {rgb.shape}, expected HxWx3")
        h, w = rgb.shape[:2]
        dets = [Detection(n, _clip_box(*b, w, h), 1.0) for n, b in regions]
        if self.config.segmenter and self.sam is None:
            self.load()
        masks = self._masks(rgb, dets) if dets else []
        labels = np.zeros((h, w), dtype=np.uint16)
        names: dict[int, str] = {}
        for (n, _), m in zip(regions, masks):
            free = m & (labels == 0)
            if free.any():
                i = len(names) + 1
                labels[free] = i
                names[i] = n
        return Segmentation(labels=labels, names=names)

    def _masks(self, rgb: np.ndarray, dets: list[Detection]) -> list[np.ndarray]:
        h, w = rgb.shape[:2]
        box_masks = []
        for d in dets:
            x0, y0, x1, y1 = (round(v) for v in d.box)
            m = np.zeros((h, w), dtype=bool)
            m[max(y0, 0) : max(y1, y0 + 1), max(x0, 0) : max(x1, x0 + 1)] = True
            box_masks.append(m)
        if self.sam is None:
            return box_masks
        import torch

        from spatialvlm_ros.models.vlm import to_pil

        boxes = [[list(map(float, d.box)) for d in dets]]
        try:
            inputs = self.sam_processor(images=to_pil(rgb), input_boxes=boxes, return_tensors="pt")
            dev = self.sam.device
            with torch.inference_mode():
                out = self.sam(
                    pixel_values=inputs["pixel_values"].to(dev),
                    input_boxes=inputs["input_boxes"].to(dev),
                    multimask_output=False,
                )
            masks = self.sam_processor.image_processor.post_process_masks(
                out.pred_masks.cpu(), inputs["original_sizes"], inputs["reshaped_input_sizes"]
            )[0]  # (n_boxes, 1, H, W) bool
        except torch.cuda.OutOfMemoryError:
            torch.cuda.empty_cache()
            raise ModelError("out of GPU memory running the segmenter") from None
        except (RuntimeError, ValueError) as exc:
            raise ModelError(f"segmenter failed: {first_line(exc)}") from None
        return [np.asarray(masks[i, 0], dtype=bool) & box_masks[i] for i in range(len(dets))]


def _clip_box(
    x0: float, y0: float, x1: float, y1: float, w: int, h: int
) -> tuple[float, float, float, float]:
    return (
        float(np.clip(x0, 0, w)),
        float(np.clip(y0, 0, h)),
        float(np.clip(x1, 0, w)),
        float(np.clip(y1, 0, h)),
    )
