"""The hybrid estimator: geometry and the VLM answer the same query; depth checks the VLM.

Both answers are reported in ``details`` (``geometry`` and ``vlm``: value,
validity, reason, raw text). The fused answer (source ``"hybrid"``):

``raw_text`` is always the VLM's output. ``confidence`` derives from geometry's
(the VLM's token probabilities are a self-confidence, not a calibrated one).

- **both valid, metric value**: the weighted geometric mean
  ``exp(w_g log g + w_v log v) / (w_g + w_v)`` (log space because both errors
  are relative); ``details.ratio = max(g, v) / min(g, v)``. When the ratio
  exceeds ``disagreement_ratio`` the two *disagree*: ``details.disagreement``
  is true (2 by default: the benchmarks' "within a factor of 2" success
  criterion) and, by default (``on_disagreement: geometry``), the value is the
  geometry value with confidence scaled by ``disagreement_confidence`` - a
  robot should not act on a VLM distance that measured depth contradicts.
  ``on_disagreement: invalid`` returns an invalid estimate instead.
- **both valid, direction**: the geometry direction; disagreement when the
  azimuths differ by more than ``max_direction_diff_deg``.
- **both valid, predicate**: the geometry truth; disagreement when they differ.
- **only geometry valid**: geometry's answer (``details.vlm.reason`` says why not the VLM).
- **only the VLM valid** (e.g. no depth, object not segmented): the VLM's answer
  with confidence scaled by ``vlm_only_confidence`` if ``allow_vlm_only``,
  otherwise invalid.
- **neither**: invalid, with both reasons.

Zero or negative values (e.g. a gap of 0 m) are compared in absolute terms:
the two agree when ``|g - v| <= zero_tolerance_m``.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from spatialvlm_ros.core.estimate import SpatialEstimate
from spatialvlm_ros.core.frame import RGBDFrame
from spatialvlm_ros.core.query import SpatialQuery
from spatialvlm_ros.core.scene import SceneGraph
from spatialvlm_ros.errors import ConfigError
from spatialvlm_ros.estimators.base import Estimator
from spatialvlm_ros.estimators.geometry import GeometryEstimator

ON_DISAGREEMENT = ("geometry", "invalid")


@dataclass
class HybridConfig:
    """The ``hybrid:`` mapping of a model config file (see the module docstring)."""

    disagreement_ratio: float = 2.0
    max_direction_diff_deg: float = 45.0
    geometry_weight: float = 0.8
    vlm_weight: float = 0.2
    on_disagreement: str = "geometry"
    disagreement_confidence: float = 0.3
    allow_vlm_only: bool = True
    vlm_only_confidence: float = 0.5
    zero_tolerance_m: float = 0.05

    def __post_init__(self) -> None:
        if float(self.disagreement_ratio) < 1.0:
            raise ConfigError("hybrid: disagreement_ratio must be >= 1")
        if self.geometry_weight < 0 or self.vlm_weight < 0 or self.geometry_weight + self.vlm_weight <= 0:
            raise ConfigError("hybrid: geometry_weight and vlm_weight must be >= 0 and not both 0")
        if self.on_disagreement not in ON_DISAGREEMENT:
            raise ConfigError(f"hybrid: on_disagreement must be one of {', '.join(ON_DISAGREEMENT)}")
        for key in ("disagreement_confidence", "vlm_only_confidence"):
            if not 0.0 <= float(getattr(self, key)) <= 1.0:
                raise ConfigError(f"hybrid: {key} must lie in [0, 1]")

    @classmethod
    def from_dict(cls, data: dict | None) -> HybridConfig:
        from spatialvlm_ros.resources import dataclass_from_dict

        return dataclass_from_dict(cls, dict(data or {}), "hybrid")


def _summary(e: SpatialEstimate) -> dict:
    return {
        "valid": e.valid,
        "reason": e.reason,
        "value_m": e.value_m,
        "value_deg": e.value_deg,
        "clock": e.clock,
        "truth": e.truth,
        "answer": e.answer,
        "raw_text": e.raw_text,
        "unit": e.unit,
        "confidence": float(e.confidence),
        "latency_s": float(e.latency_s),
    }


def _angle_diff_deg(a: float, b: float) -> float:
    return abs((a - b + 180.0) % 360.0 - 180.0)


class HybridEstimator(Estimator):
    """Runs ``geometry`` and ``vlm`` estimators on each query and fuses their answers."""

    source = "hybrid"

    def __init__(
        self, geometry: GeometryEstimator, vlm: Estimator, config: HybridConfig | dict | None = None
    ) -> None:
        self.geometry = geometry
        self.vlm = vlm
        self.config = config if isinstance(config, HybridConfig) else HybridConfig.from_dict(config)

    def _geometry_models(self) -> list:
        """The geometry side's grounder / depth model, if any (loaded with the VLM, not on first use)."""
        found = [self.geometry.grounder, self.geometry.depth_model]
        return [m for m in found if m is not None and hasattr(m, "load")]

    def load(self) -> None:
        self.geometry.load()
        for m in self._geometry_models():
            m.load()
        self.vlm.load()

    def prepare(self) -> str:
        """The VLM side's load plan in one line (device, dtype, size), without loading weights."""
        return self.vlm.prepare()

    def unload(self) -> None:
        self.vlm.unload()
        for m in self._geometry_models():
            if hasattr(m, "unload"):
                m.unload()
        self.geometry.unload()

    def estimate(self, frame: RGBDFrame, query: SpatialQuery) -> SpatialEstimate:
        return self.estimate_many(frame, [query])[0]

    def scene(self, frame: RGBDFrame, names: Sequence[str] | None = None) -> SceneGraph | None:
        """The geometry side's scene (its own geometry config, grounder and depth model)."""
        return self.geometry.scene(frame, names)

    def estimate_many(self, frame: RGBDFrame, queries: list[SpatialQuery]) -> list[SpatialEstimate]:
        t0 = time.perf_counter()
        geo = self.geometry.estimate_many(frame, queries)
        vlm = self.vlm.estimate_many(frame, queries)  # one batch for all questions
        elapsed = time.perf_counter() - t0
        return [self.fuse(q, g, v, elapsed) for q, g, v in zip(queries, geo, vlm)]

    def fuse(
        self, query: SpatialQuery, g: SpatialEstimate, v: SpatialEstimate, latency_s: float = 0.0
    ) -> SpatialEstimate:
        """The fused estimate of one query from its geometry and VLM estimates."""
        c = self.config
        details: dict = {"geometry": _summary(g), "vlm": _summary(v), "disagreement": False}
        if not g.valid and not v.valid:
            return SpatialEstimate.invalid(
                query,
                self.source,
                f"geometry: {g.reason}; vlm: {v.reason}",
                latency_s=latency_s,
                raw_text=v.raw_text,
                details=details,
            )
        if not g.valid:
            if not c.allow_vlm_only:
                return SpatialEstimate.invalid(
                    query,
                    self.source,
                    f"geometry: {g.reason} (VLM-only answers are disabled)",
                    latency_s=latency_s,
                    raw_text=v.raw_text,
                    details=details,
                )
            details["used"] = "vlm"
            return self._copy(v, query, latency_s, details, confidence=v.confidence * c.vlm_only_confidence)
        if not v.valid:
            details["used"] = "geometry"
            return self._copy(g, query, latency_s, details, confidence=g.confidence, raw_text=v.raw_text)

        disagree = False
        fused_value: float | None = g.value_m
        if g.value_m is not None and v.value_m is not None and query.kind != "direction":
            gv, vv = float(g.value_m), float(v.value_m)
            if gv > 0 and vv > 0:
                ratio = max(gv, vv) / min(gv, vv)
                details["ratio"] = ratio
                disagree = ratio > c.disagreement_ratio
                w = c.geometry_weight + c.vlm_weight
                fused_value = math.exp((c.geometry_weight * math.log(gv) + c.vlm_weight * math.log(vv)) / w)
            else:
                details["abs_diff_m"] = abs(gv - vv)
                disagree = abs(gv - vv) > c.zero_tolerance_m
                fused_value = (c.geometry_weight * gv + c.vlm_weight * vv) / (
                    c.geometry_weight + c.vlm_weight
                )
        elif query.kind == "direction" and g.value_deg is not None and v.value_deg is not None:
            diff = _angle_diff_deg(float(g.value_deg), float(v.value_deg))
            details["angle_diff_deg"] = diff
            disagree = diff > c.max_direction_diff_deg
        elif g.truth is not None and v.truth is not None:
            disagree = g.truth != v.truth
        details["disagreement"] = disagree
        if disagree:
            if c.on_disagreement == "invalid":
                return SpatialEstimate.invalid(
                    query,
                    self.source,
                    f"geometry and VLM disagree ({_describe(g)} vs {_describe(v)})",
                    latency_s=latency_s,
                    raw_text=v.raw_text,
                    details=details,
                )
            details["used"] = "geometry"
            return self._copy(
                g,
                query,
                latency_s,
                details,
                confidence=g.confidence * c.disagreement_confidence,
                raw_text=v.raw_text,
            )
        details["used"] = "fused"
        out = self._copy(g, query, latency_s, details, confidence=g.confidence, raw_text=v.raw_text)
        if fused_value is not None and g.value_m is not None and fused_value != g.value_m:
            from spatialvlm_ros.core.answer_phrasing import format_length

            out.value_m = fused_value
            try:
                out.answer, out.unit = format_length(fused_value, unit=query.unit)
            except ValueError:  # signed quantities (e.g. a height difference below zero)
                out.answer, out.unit = f"{fused_value:.2f} m", "m"
        return out

    def _copy(
        self,
        e: SpatialEstimate,
        query: SpatialQuery,
        latency_s: float,
        details: dict,
        confidence: float,
        raw_text: str | None = None,
    ) -> SpatialEstimate:
        """``e``'s answer as a hybrid estimate; ``raw_text`` is the VLM's output (default ``e``'s)."""
        return SpatialEstimate(
            query=query,
            valid=True,
            source=self.source,
            value_m=e.value_m,
            value_deg=e.value_deg,
            clock=e.clock,
            truth=e.truth,
            answer=e.answer,
            raw_text=e.raw_text if raw_text is None else raw_text,
            unit=e.unit,
            confidence=float(min(max(confidence, 0.0), 1.0)),
            latency_s=latency_s,
            details=details,
        )


def _describe(e: SpatialEstimate) -> str:
    if e.value_m is not None:
        return f"{e.source} {e.value_m:.3f} m"
    if e.value_deg is not None:
        return f"{e.source} {e.value_deg:.0f} deg"
    return f"{e.source} {e.truth}"


def build_geometry_estimator(data: dict, geometry_config: str | Path | None = None) -> GeometryEstimator:
    """A :class:`GeometryEstimator` with the grounder / monocular depth model of ``data['geometry']``
    and its geometry YAML (``geometry_config``, else ``data['geometry']['config']``, else the default)."""
    from spatialvlm_ros.core.geometry_config import GeometryConfig
    from spatialvlm_ros.models.model_config import build_geometry_plugins, geometry_config_path

    grounder, depth_model = build_geometry_plugins(data)
    path = geometry_config if geometry_config is not None else geometry_config_path(data)
    return GeometryEstimator(GeometryConfig.from_yaml(path), grounder=grounder, depth_model=depth_model)


def build_hybrid_estimator(model_config: str | Path | None = None, checkpoint: str | None = None,
                           device: str | None = None, geometry_config: str | Path | None = None) -> HybridEstimator:
    """The ``hybrid`` backend of :func:`spatialvlm_ros.estimators.factory.build_estimator`.

    Arguments as for :func:`spatialvlm_ros.estimators.vlm.build_vlm_estimator`; the
    file's ``hybrid`` section configures the fusion, ``geometry`` the geometry side
    (``geometry_config`` replaces its ``geometry.config``).
    """
    from spatialvlm_ros.estimators.vlm import VLMEstimator
    from spatialvlm_ros.models.model_config import read_model_config
    from spatialvlm_ros.models.vlm import VLMConfig

    data = read_model_config(model_config, checkpoint, device)
    if not isinstance(data.get("vlm"), dict):
        raise ConfigError("model config has no 'vlm' section")
    vlm = VLMEstimator(VLMConfig.from_dict(data["vlm"]))
    return HybridEstimator(build_geometry_estimator(data, geometry_config), vlm,
                           HybridConfig.from_dict(data.get("hybrid")))
