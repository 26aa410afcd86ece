"""The VLM estimator: a spatial VLM alone answers each query from the RGB image.

Every answer is parsed with :func:`spatialvlm_ros.core.answer_parsing.parse_answer`;
an answer without a number (or without a yes/no, an object, a direction) is
an *invalid* estimate whose reason quotes the answer - never a made-up number.
Several queries about one frame run as batches (left padding).

``confidence``: the geometric mean of the probabilities the model gave its own
answer tokens (``Generation.mean_token_prob``) - a self-confidence, not a
calibrated accuracy.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from spatialvlm_ros.core.answer_parsing import answer_part
from spatialvlm_ros.core.estimate import SpatialEstimate
from spatialvlm_ros.core.frame import RGBDFrame
from spatialvlm_ros.core.query import SpatialQuery
from spatialvlm_ros.errors import AnswerParseError, ConfigError, InputError, ModelError
from spatialvlm_ros.estimators.base import Estimator
from spatialvlm_ros.models.prompting import user_prompt
from spatialvlm_ros.models.vlm import VLMBackend, VLMConfig

log = logging.getLogger(__name__)


def check_rgb(frame: RGBDFrame) -> None:
    """Raise :class:`InputError` unless ``frame.rgb`` is an HxWx3 uint8 image matching the intrinsics."""
    rgb = np.asarray(frame.rgb)
    if rgb.ndim != 3 or rgb.shape[2] != 3:
        raise InputError(f"rgb image has shape {rgb.shape}, expected HxWx3")
    if rgb.dtype != np.uint8:
        raise InputError(f"rgb image has dtype {rgb.dtype}, expected uint8")
    h, w = frame.intrinsics.height, frame.intrinsics.width
    if rgb.shape[:2] != (h, w):
        raise InputError(f"rgb image is {rgb.shape[1]}x{rgb.shape[0]} but camera info says {w}x{h}")


class VLMEstimator(Estimator):
    """Answers queries with a :class:`VLMBackend` (source ``"vlm"``).

    ``backend``: a :class:`VLMBackend`, a :class:`VLMConfig` or its mapping. The
    model loads on :meth:`load` or on the first query.
    """

    source = "vlm"

    def __init__(self, backend: VLMBackend | VLMConfig | dict) -> None:
        if isinstance(backend, VLMBackend):
            self.backend = backend
        elif isinstance(backend, (VLMConfig, dict)):
            self.backend = VLMBackend.from_config(backend)
        else:
            raise ConfigError(
                f"VLMEstimator needs a VLMBackend or a vlm config, got {type(backend).__name__}"
            )

    def load(self) -> None:
        self.backend.load()

    def unload(self) -> None:
        self.backend.unload()

    def estimate(self, frame: RGBDFrame, query: SpatialQuery) -> SpatialEstimate:
        return self.estimate_many(frame, [query])[0]

    def scene(self, frame: RGBDFrame, names: Sequence[str] | None = None) -> None:
        """A VLM alone has no metric scene: always ``None``."""
        return

    def estimate_many(self, frame: RGBDFrame, queries: list[SpatialQuery]) -> list[SpatialEstimate]:
        """Answer all ``queries`` about ``frame`` in batches; never raises per query."""
        if not queries:
            return []
        t0 = time.perf_counter()
        try:
            check_rgb(frame)
            style = self.backend.config.prompt_style
            prompts = [user_prompt(q, style) for q in queries]
            gens = self.backend.generate([frame.rgb] * len(queries), prompts)
        except (InputError, ModelError, ConfigError) as exc:
            reason = str(exc).strip().splitlines()[0]
        except Exception as exc:  # an estimator never raises per query
            log.exception("VLM failed on %d question(s)", len(queries))
            reason = f"VLM failed: {type(exc).__name__}: {(str(exc).strip().splitlines() or [''])[0]}"
        else:
            return [self._to_estimate(q, p, g) for q, p, g in zip(queries, prompts, gens)]
        elapsed = time.perf_counter() - t0
        return [SpatialEstimate.invalid(q, self.source, reason, latency_s=elapsed) for q in queries]

    def _to_estimate(self, query: SpatialQuery, prompt: str, gen) -> SpatialEstimate:  # type: ignore[no-untyped-def]
        from spatialvlm_ros.core.answer_parsing import parse_answer

        details = {
            "prompt": prompt,
            "model": self.backend.config.model,
            "prompt_tokens": gen.prompt_tokens,
            "new_tokens": gen.new_tokens,
            "batch_size": gen.batch_size,
        }
        common = {"raw_text": gen.text, "latency_s": gen.latency_s, "details": details}
        if not gen.text:
            return SpatialEstimate.invalid(query, self.source, "the model gave an empty answer", **common)
        try:
            parsed = parse_answer(query, gen.text)
        except AnswerParseError as exc:
            return SpatialEstimate.invalid(query, self.source, str(exc).splitlines()[0], **common)
        limit = float(self.backend.config.max_value_m)
        if parsed.value_m is not None and not 0.0 <= parsed.value_m <= limit:
            return SpatialEstimate.invalid(
                query,
                self.source,
                f"answer {answer_part(gen.text)!r} gives {parsed.value_m:g} m, outside the plausible 0..{limit:g} m",
                unit=parsed.unit,
                **common,
            )
        answer = answer_part(gen.text)
        if parsed.chosen is not None:
            answer = parsed.chosen
        return SpatialEstimate(
            query=query,
            valid=True,
            source=self.source,
            value_m=parsed.value_m,
            value_deg=parsed.value_deg,
            clock=parsed.clock,
            truth=parsed.truth,
            answer=answer,
            unit=parsed.unit,
            confidence=float(min(max(gen.mean_token_prob, 0.0), 1.0)),
            **common,
        )


def build_vlm_estimator(model_config: str | Path | None = None, checkpoint: str | None = None,
                        device: str | None = None) -> VLMEstimator:
    """The ``vlm`` backend of :func:`spatialvlm_ros.estimators.factory.build_estimator`.

    ``model_config``: a model config file (default ``config/models/default.yaml``);
    ``checkpoint``: a folder / hub id replacing ``vlm.model``; ``device`` replacing ``vlm.device``.
    """
    from spatialvlm_ros.models.model_config import read_model_config

    data = read_model_config(model_config, checkpoint, device)
    if not isinstance(data.get("vlm"), dict):
        raise ConfigError("model config has no 'vlm' section")
    return VLMEstimator(VLMConfig.from_dict(data["vlm"]))
