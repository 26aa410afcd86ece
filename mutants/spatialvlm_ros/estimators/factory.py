"""Build an :class:`~spatialvlm_ros.estimators.base.Estimator` by backend name.

``build_estimator(backend, geometry_config=..., model_config=..., checkpoint=..., device=...)``
is what the nodes, replay, the closed loop and the tests call; every argument has one
meaning for every backend:

- ``geometry_config``: the geometry YAML (default ``config/geometry.yaml``); for
  ``hybrid`` it replaces the model config's ``geometry.config``; ``vlm`` has no geometry.
- ``model_config``: a model config file (``config/models/*.yaml``; default
  ``config/models/default.yaml`` for ``vlm``/``hybrid``). For ``geometry`` it is
  optional: its ``geometry`` section plugs in a grounder and a monocular depth model.
- ``checkpoint``: a folder / hub id replacing the model config's ``vlm.model``.
- ``device``: a torch device replacing the model config's ``vlm.device``.

:func:`estimator_from_cli` maps the CLI's ``--model``/``--config`` flags onto these.
Each backend is one entry of :data:`BUILDERS` that imports its module lazily (so
``geometry`` never imports torch). To add a backend, add a builder function and one
entry to :data:`BUILDERS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from spatialvlm_ros.errors import ConfigError
from spatialvlm_ros.estimators.base import Estimator


@dataclass(frozen=True)
class EstimatorOptions:
    """The arguments of :func:`build_estimator` (see the module docstring); paths or names under ``config/``."""

    geometry_config: str | Path | None = None
    model_config: str | Path | None = None
    checkpoint: str | None = None
    device: str | None = None


def _build_geometry(o: EstimatorOptions) -> Estimator:
    """Geometry backend: ``geometry_config`` + optional ``model_config`` (grounder / depth model)."""
    from spatialvlm_ros.core.geometry_config import GeometryConfig
    from spatialvlm_ros.estimators.geometry import GeometryEstimator

    if o.checkpoint or o.device:
        raise ConfigError("the geometry backend takes no checkpoint or device (they configure a VLM)")
    if o.model_config is not None:
        from spatialvlm_ros.models.model_config import build_geometry_plugins, read_model_config

        grounder, depth_model = build_geometry_plugins(read_model_config(o.model_config))
        return GeometryEstimator(GeometryConfig.from_yaml(o.geometry_config), grounder=grounder,
                                 depth_model=depth_model)
    return GeometryEstimator(GeometryConfig.from_yaml(o.geometry_config))


def _build_vlm(o: EstimatorOptions) -> Estimator:
    """VLM backend: ``model_config`` (+ ``checkpoint``, ``device``)."""
    from spatialvlm_ros.estimators.vlm import build_vlm_estimator

    if o.geometry_config is not None:
        raise ConfigError("the vlm backend has no geometry: use the geometry or hybrid backend")
    return build_vlm_estimator(o.model_config, o.checkpoint, o.device)


def _build_hybrid(o: EstimatorOptions) -> Estimator:
    """Hybrid backend (geometry + VLM, fused, disagreement flagged): ``model_config`` (its ``hybrid``
    and ``geometry`` sections configure fusion and the geometry side) + overrides."""
    from spatialvlm_ros.estimators.hybrid import build_hybrid_estimator

    return build_hybrid_estimator(o.model_config, o.checkpoint, o.device, o.geometry_config)


#: backend name -> builder(options).
BUILDERS: dict[str, Callable[[EstimatorOptions], Estimator]] = {
    "geometry": _build_geometry,
    "vlm": _build_vlm,
    "hybrid": _build_hybrid,
}


def build_estimator(backend: str = "geometry", *, geometry_config: str | Path | None = None,
                    model_config: str | Path | None = None, checkpoint: str | None = None,
                    device: str | None = None) -> Estimator:
    """The estimator of ``backend`` (not loaded yet); an unknown backend raises :class:`ConfigError`."""
    builder = BUILDERS.get(backend)
    if builder is None:
        raise ConfigError(f"unknown estimator backend {backend!r} (known: {', '.join(sorted(BUILDERS))})")
    return builder(EstimatorOptions(geometry_config or None, model_config or None, checkpoint or None,
                                    device or None))


def estimator_from_cli(backend: str, model: str | None = None, config: str | None = None) -> Estimator:
    """The estimator of the CLI flags ``--backend``, ``--model``, ``--config``.

    geometry: ``--config`` is the geometry YAML, ``--model`` a model config whose
    ``geometry`` section adds a grounder / depth model. vlm/hybrid: ``--config`` is the
    model config; ``--model`` a checkpoint folder / hub id, or itself a model config file.
    """
    if backend == "geometry":
        return build_estimator("geometry", geometry_config=config, model_config=model)
    from spatialvlm_ros.models.model_config import resolve_model_argument

    model_config, checkpoint = resolve_model_argument(config, model)
    return build_estimator(backend, model_config=model_config, checkpoint=checkpoint)
