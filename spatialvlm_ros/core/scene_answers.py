"""Answers from a given :class:`~spatialvlm_ros.core.scene.SceneGraph` (the estimator interface's
``estimate``/``scene`` methods, in core; :class:`spatialvlm_ros.estimators.scene_graph.SceneGraphEstimator`
is the same as an :class:`~spatialvlm_ros.estimators.base.Estimator`).

Used where a scene is already built (goal computation plans composite references on the
scene the goal is computed in) and for the simulator's truth (benchmarks). Answers are
:func:`spatialvlm_ros.core.quantities.measure` of the scene, phrased as the geometry
backend phrases them; the frame argument is ignored.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from spatialvlm_ros.core.estimate import SpatialEstimate
from spatialvlm_ros.core.query import SpatialQuery
from spatialvlm_ros.core.scene import SceneGraph
from spatialvlm_ros.errors import SpatialVLMError, first_line


class SceneAnswers:
    """Answers every query by measuring ``scene`` (source ``"geometry"``)."""

    source = "geometry"

    def __init__(self, scene: SceneGraph) -> None:
        self._scene = scene

    def estimate(self, frame: Any, query: SpatialQuery) -> SpatialEstimate:
        from spatialvlm_ros.core.answer_phrasing import answer_text
        from spatialvlm_ros.core.quantities import measure

        t0 = time.perf_counter()
        try:
            m = measure(self._scene, query)
        except SpatialVLMError as exc:
            return SpatialEstimate.invalid(query, self.source, first_line(exc))
        text, unit = answer_text(query, m)
        return SpatialEstimate(query=query, valid=True, source=self.source, value_m=m.value_m,
                               value_deg=m.value_deg, clock=m.clock, truth=m.truth, answer=text, unit=unit,
                               confidence=1.0, latency_s=time.perf_counter() - t0,
                               details={"scene_frame": self._scene.frame_id, "margin_m": m.margin_m})

    def scene(self, frame: Any, names: Sequence[str] | None = None) -> SceneGraph:
        return self._scene
