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
    """Geometry backend: ``config`` is a geometry YAML (default config/geometry.yaml);
    ``model`` is not used (it takes no learned model)."""
    from spatialvlm_ros.core.scene_builder import GeometryConfig
    from spatialvlm_ros.estimators.geometry import GeometryEstimator

    return GeometryEstimator(GeometryConfig.from_yaml(config))


#: backend name -> builder(model, config).
BUILDERS: dict[str, Callable[[str | None, str | None], Estimator]] = {
    "geometry": _build_geometry,
}


def build_estimator(backend: str = "geometry", model: str | None = None, config: str | None = None) -> Estimator:
    """The estimator of ``backend``; an unknown backend raises :class:`ConfigError`."""
    builder = BUILDERS.get(backend)
    if builder is None:
        raise ConfigError(f"unknown estimator backend {backend!r} (known: {', '.join(sorted(BUILDERS))})")
    return builder(model, config)
