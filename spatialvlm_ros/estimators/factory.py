"""Build an :class:`~spatialvlm_ros.estimators.base.Estimator` by backend name.

``build_estimator(backend, model, config)`` is what the CLI and the ROS nodes call. Each
backend is one entry of :data:`BUILDERS`: a function ``(model, config) -> Estimator`` that
imports its module lazily (so ``geometry`` never imports torch). To add a backend, add a
builder function and one entry to :data:`BUILDERS`.
"""

from __future__ import annotations

from collections.abc import Callable

from spatialvlm_ros.errors import ConfigError
from spatialvlm_ros.estimators.base import Estimator


def _build_geometry(model: str | None, config: str | None) -> Estimator:
    """Geometry backend: ``config`` is a geometry YAML (default config/geometry.yaml).

    ``model``, if given, is a model config file (``config/models/*.yaml``) whose
    ``geometry`` section plugs in a grounder (masks for frames without them) and a
    monocular depth model (depth for frames without it); see README "models"."""
    from spatialvlm_ros.core.geometry_config import GeometryConfig
    from spatialvlm_ros.estimators.geometry import GeometryEstimator

    if model is not None:
        from spatialvlm_ros.models.model_config import build_geometry_plugins, load_model_config

        grounder, depth_model = build_geometry_plugins(load_model_config(model))
        return GeometryEstimator(GeometryConfig.from_yaml(config), grounder=grounder, depth_model=depth_model)
    return GeometryEstimator(GeometryConfig.from_yaml(config))


def _build_vlm(model: str | None, config: str | None) -> Estimator:
    """VLM backend: ``config`` is a model config file (default config/models/default.yaml);
    ``model`` a checkpoint folder / hub id replacing its ``vlm.model`` (or a model config file)."""
    from spatialvlm_ros.estimators.vlm import build_vlm_estimator

    return build_vlm_estimator(model=model, config=config)


def _build_hybrid(model: str | None, config: str | None) -> Estimator:
    """Hybrid backend (geometry + VLM, fused, disagreement flagged): arguments as for ``vlm``;
    the model config's ``hybrid`` and ``geometry`` sections configure fusion and geometry."""
    from spatialvlm_ros.estimators.hybrid import build_hybrid_estimator

    return build_hybrid_estimator(model=model, config=config)


#: backend name -> builder(model, config).
BUILDERS: dict[str, Callable[[str | None, str | None], Estimator]] = {
    "geometry": _build_geometry,
    "vlm": _build_vlm,
    "hybrid": _build_hybrid,
}


def build_estimator(backend: str = "geometry", model: str | None = None, config: str | None = None) -> Estimator:
    """The estimator of ``backend``; an unknown backend raises :class:`ConfigError`."""
    builder = BUILDERS.get(backend)
    if builder is None:
        raise ConfigError(f"unknown estimator backend {backend!r} (known: {', '.join(sorted(BUILDERS))})")
    return builder(model, config)
