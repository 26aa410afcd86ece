"""Region captions without a vocabulary: name the objects of an image in 1-6 words.

One small interface, :class:`Captioner` (``caption(images) -> regions per image``),
chosen by ``captioner.kind`` in ``config/data.yaml``:

- ``fixed``: the same configured captions (optionally with boxes) for every image -
  a scripted captioner for tests and for folders known to show the same objects;
- ``vlm``: a vision-language model of :mod:`spatialvlm_ros.models.vlm` prompted for a
  comma-separated list of short object names; its captions have no box, so the
  grounding stage's detector boxes them by name.

Boxes are pixel coordinates ``(x0, y0, x1, y1)`` of the image (u right, v down).
Captions are normalised (:func:`normalise_caption`: lower case, no article, count word
or trailing punctuation, singular head noun) and near-duplicate boxes merged
(:func:`merge_regions`); two boxes with the same caption that do not overlap stay
two objects - the synthesis tells them apart by position or size, or leaves them out.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from spatialvlm_ros.errors import ConfigError
from spatialvlm_ros.resources import dataclass_from_dict

log = logging.getLogger(__name__)

CAPTIONER_KINDS = ("fixed", "vlm")
DEFAULT_PROMPT = ("List the distinct physical objects you see in this image as a comma-separated list of short "
                  "names (1 to 6 words each), nothing else.")
_ARTICLES = {"the", "a", "an", "some", "this", "that"}
_COUNTS = {"one", "two", "three", "four", "five", "several", "many", "few"}
_KEEP_S = ("ss", "us", "is", "ics")


@dataclass
class RegionCaption:
    """One named region: ``caption`` (normalised, 1-6 words), ``box`` pixels or ``None``, ``score`` 0..1."""

    caption: str
    box: tuple[float, float, float, float] | None = None
    score: float = 1.0


@dataclass
class CaptionerConfig:
    """The ``captioner:`` mapping of ``config/data.yaml``.

    - ``kind``: ``fixed`` or ``vlm`` (see the module docstring); ``None`` in the data config
      switches the stage off.
    - ``captions`` (fixed): a list of captions or of ``{caption, box}`` mappings.
    - ``vlm`` (vlm): a :class:`~spatialvlm_ros.models.vlm.VLMConfig` mapping; ``prompt``: the
      question asked; ``max_new_tokens``: bound on its answer.
    - ``max_objects``: captions kept per image (the first ones); ``merge_iou``: boxes
      overlapping at least this much (intersection over union) are one object (the
      higher-scoring caption is kept).
    - ``rename_masks``: on inputs that already have instance masks (scene dirs, simulation),
      give each mask the caption whose box matches it best (box IoU >= ``match_iou``) and
      drop unmatched masks; off: such inputs keep their own names.
    """

    kind: str = "fixed"
    captions: list = field(default_factory=list)
    vlm: dict = field(default_factory=dict)
    prompt: str = DEFAULT_PROMPT
    max_new_tokens: int = 48
    max_objects: int = 12
    merge_iou: float = 0.8
    rename_masks: bool = False
    match_iou: float = 0.5

    def __post_init__(self) -> None:
        if self.kind not in CAPTIONER_KINDS:
            raise ConfigError(f"captioner: kind {self.kind!r} is not one of {', '.join(CAPTIONER_KINDS)}")
        if self.kind == "vlm" and not self.vlm.get("model"):
            raise ConfigError("captioner: kind vlm needs vlm.model")
        for k in ("merge_iou", "match_iou"):
            if not 0.0 < float(getattr(self, k)) <= 1.0:
                raise ConfigError(f"captioner: {k} must lie in (0, 1]")

    @classmethod
    def from_dict(cls, data: dict) -> CaptionerConfig:
        return dataclass_from_dict(cls, data, "captioner")


def normalise_caption(text: str) -> str | None:
    """Canonical object caption (``"Two red mugs."`` -> ``"red mug"``); ``None`` unless 1-6 words."""
    words = re.sub(r"[^a-z0-9\- ]+", " ", str(text).lower().replace("_", " ")).split()
    while words and (words[0] in _ARTICLES or words[0] in _COUNTS or words[0].isdigit()):
        words = words[1:]
    if not words or len(words) > 6:
        return None
    words[-1] = _singular(words[-1])
    return " ".join(words)


def _singular(word: str) -> str:
    if len(word) <= 3 or word.endswith(_KEEP_S):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "oes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def box_iou(a, b) -> float:
    ax0, ay0, ax1, ay1 = (float(v) for v in a)
    bx0, by0, bx1, by1 = (float(v) for v in b)
    iw, ih = max(0.0, min(ax1, bx1) - max(ax0, bx0)), max(0.0, min(ay1, by1) - max(ay0, by0))
    inter = iw * ih
    union = (ax1 - ax0) * (ay1 - ay0) + (bx1 - bx0) * (by1 - by0) - inter
    return inter / union if union > 0 else 0.0


def merge_regions(regions: list[RegionCaption], merge_iou: float, max_objects: int) -> list[RegionCaption]:
    """Normalised captions; near-duplicate boxes (IoU >= ``merge_iou``) merged into the higher-scoring
    one; box-less repeats dropped; the ``max_objects`` best kept, in the captioner's order."""
    kept: list[tuple[int, RegionCaption]] = []
    for idx, r in sorted(enumerate(regions), key=lambda t: -float(t[1].score)):
        cap = normalise_caption(r.caption)
        if cap is None:
            continue
        if r.box is None:
            if any(o.box is None and o.caption == cap for _, o in kept):
                continue
        elif any(o.box is not None and box_iou(o.box, r.box) >= merge_iou for _, o in kept):
            continue
        box = None if r.box is None else (float(r.box[0]), float(r.box[1]), float(r.box[2]), float(r.box[3]))
        kept.append((idx, RegionCaption(cap, box, float(r.score))))
        if len(kept) >= max_objects:
            break
    return [r for _, r in sorted(kept, key=lambda t: t[0])]


class Captioner:
    """``caption(images) -> list of regions per image`` (merged, normalised)."""

    def __init__(self, config: CaptionerConfig | dict) -> None:
        self.config = config if isinstance(config, CaptionerConfig) else CaptionerConfig.from_dict(config)
        self._vlm: Any = None  # the captioning VLMBackend, once loaded

    def caption(self, images: list[np.ndarray]) -> list[list[RegionCaption]]:
        c = self.config
        raw = self._fixed(len(images)) if c.kind == "fixed" else self._ask_vlm(images)
        return [merge_regions(r, c.merge_iou, c.max_objects) for r in raw]

    def _fixed(self, n: int) -> list[list[RegionCaption]]:
        regions = []
        for entry in self.config.captions:
            if isinstance(entry, dict):
                box = entry.get("box")
                regions.append(RegionCaption(str(entry["caption"]), None if box is None else tuple(box),
                                             float(entry.get("score", 1.0))))
            else:
                regions.append(RegionCaption(str(entry)))
        return [list(regions) for _ in range(n)]

    def _ask_vlm(self, images: list[np.ndarray]) -> list[list[RegionCaption]]:
        if self._vlm is None:
            from spatialvlm_ros.models.vlm import VLMBackend

            self._vlm = VLMBackend.from_config(self.config.vlm)
        gens = self._vlm.generate(list(images), [self.config.prompt] * len(images), self.config.max_new_tokens)
        return [parse_caption_list(g.text) for g in gens]


def parse_caption_list(text: str) -> list[RegionCaption]:
    """A VLM's answer ("a red mug, two plates and a lamp") -> one region per listed name."""
    parts = re.split(r",|;|\n|\band\b|\d+\.\s", str(text))
    return [RegionCaption(p.strip()) for p in parts if p.strip()]
