"""Build the estimator a node (or the replay) asks for with its parameters."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from typing import Any

import yaml

from spatialvlm_ros.errors import ConfigError
from spatialvlm_ros.estimators.base import Estimator

log = logging.getLogger(__name__)


def model_config_with_device(model_config: str, device: str) -> str:
    """A copy of the model config with ``vlm.device`` replaced (a temporary YAML); returns its path."""
    from spatialvlm_ros.models.model_config import load_model_config

    data = load_model_config(model_config or None)
    vlm = dict(data.get("vlm") or {})
    vlm["device"] = device
    data["vlm"] = vlm
    fd = tempfile.NamedTemporaryFile("w", suffix=".yaml", prefix="spatialvlm_model_", delete=False)
    with fd:
        yaml.safe_dump(data, fd)
    return fd.name


def make_estimator(params: dict[str, Any]) -> Estimator:
    """The estimator of ``params`` (keys of ``ros.params.ESTIMATOR_PARAMS``); not loaded yet.

    geometry: ``geometry_config``; vlm/hybrid: ``model_config`` (+ ``checkpoint``,
    ``device`` overrides).
    """
    from spatialvlm_ros.estimators.factory import build_estimator

    backend = str(params.get("backend", "geometry"))
    if backend == "geometry":
        return build_estimator("geometry", None, params.get("geometry_config") or None)
    if backend not in ("vlm", "hybrid"):
        raise ConfigError(f"unknown backend {backend!r} (geometry, vlm or hybrid)")
    config = params.get("model_config") or None
    if params.get("device"):
        config = model_config_with_device(config or "", str(params["device"]))
        log.info("model config with device %s: %s", params["device"], Path(config).name)
    return build_estimator(backend, params.get("checkpoint") or None, config)
