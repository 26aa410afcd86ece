"""The estimator interface shared by nodes, the CLI, replay, the closed loop, the data
engine and evaluation.

An :class:`Estimator` answers a :class:`~spatialvlm_ros.core.query.SpatialQuery` about an
:class:`~spatialvlm_ros.core.frame.RGBDFrame` with a
:class:`~spatialvlm_ros.core.estimate.SpatialEstimate` (:meth:`Estimator.estimate`) and
declares the metric scene it answers from (:meth:`Estimator.scene`): a
:class:`~spatialvlm_ros.core.scene.SceneGraph`, or ``None`` for an estimator that has no
metric scene (a VLM alone). Callers that need a scene whatever the backend (goal poses)
use :func:`scene_or_geometry`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence

from spatialvlm_ros.core.estimate import SpatialEstimate
from spatialvlm_ros.core.frame import RGBDFrame
from spatialvlm_ros.core.geometry_config import GeometryConfig
from spatialvlm_ros.core.query import SpatialQuery
from spatialvlm_ros.core.scene import SceneGraph


class Estimator(ABC):
    """Answers spatial queries about RGB-D frames.

    Implementations never raise for bad input or model failure on one query:
    they return ``SpatialEstimate.invalid(...)`` with the reason. They may raise
    :class:`spatialvlm_ros.errors.ModelError` from ``__init__``/``load`` when a
    model cannot be loaded at all.
    """

    source: str = "geometry"

    @abstractmethod
    def estimate(self, frame: RGBDFrame, query: SpatialQuery) -> SpatialEstimate:
        """Answer one query about one frame."""

    @abstractmethod
    def scene(self, frame: RGBDFrame, names: Sequence[str] | None = None) -> SceneGraph | None:
        """The metric scene graph this estimator answers ``frame`` from (all objects, or at
        least ``names``), or ``None`` when it has no metric scene (a VLM alone).

        Raises the :class:`~spatialvlm_ros.errors.SpatialVLMError` of a failed build
        (unknown object, no depth, no masks).
        """

    def estimate_many(self, frame: RGBDFrame, queries: list[SpatialQuery]) -> list[SpatialEstimate]:
        """Answer several queries about one frame (backends may batch them)."""
        return [self.estimate(frame, q) for q in queries]

    def prepare(self) -> str:
        """Check what :meth:`load` will load, without loading weights (lifecycle 'configure').

        Returns one line for the log (device, dtype, size), or ``""`` for a model-free
        backend. Raises :class:`~spatialvlm_ros.errors.ModelError` /
        :class:`~spatialvlm_ros.errors.ConfigError` when the model could not be loaded.
        """
        return ""

    def load(self) -> None:
        """Load models (lifecycle 'activate'); a no-op for model-free backends."""

    def unload(self) -> None:
        """Free models and accelerator memory (lifecycle 'deactivate')."""


def scene_or_geometry(estimator: Estimator, frame: RGBDFrame, names: Sequence[str] | None = None,
                      config: GeometryConfig | None = None) -> SceneGraph:
    """The estimator's scene of ``frame``; for an estimator without one (a VLM alone) the
    geometry pipeline's scene built with ``config`` (default ``config/geometry.yaml``).

    Raises the :class:`~spatialvlm_ros.errors.SpatialVLMError` of a failed build.
    """
    scene = estimator.scene(frame, names)
    if scene is not None:
        return scene
    from spatialvlm_ros.core.scene_builder import build_scene_graph

    return build_scene_graph(frame, config or GeometryConfig.from_yaml(), names=None if names is None else list(names))
