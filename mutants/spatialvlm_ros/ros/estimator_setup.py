"""Build the estimator a node (or the replay) asks for with its parameters."""

from __future__ import annotations

from typing import Any

from spatialvlm_ros.errors import ConfigError
from spatialvlm_ros.estimators.base import Estimator


def make_estimator(params: dict[str, Any]) -> Estimator:
    """The estimator of ``params`` (keys of ``ros.params.ESTIMATOR_PARAMS``); not loaded yet.

    geometry: ``geometry_config``; vlm/hybrid: ``model_config`` (+ ``checkpoint``,
    ``device`` overrides, applied in memory).
    """
    from spatialvlm_ros.estimators.factory import build_estimator

    backend = str(params.get("backend", "geometry"))
    if backend == "geometry":
        return build_estimator("geometry", geometry_config=params.get("geometry_config") or None)
    if backend not in ("vlm", "hybrid"):
        raise ConfigError(f"unknown backend {backend!r} (geometry, vlm or hybrid)")
    return build_estimator(backend, model_config=params.get("model_config") or None,
                           checkpoint=params.get("checkpoint") or None, device=params.get("device") or None)
