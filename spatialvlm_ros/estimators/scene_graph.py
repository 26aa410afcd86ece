"""The estimator that answers from a given scene graph (goal scenes, the simulator's truth):
:class:`~spatialvlm_ros.core.scene_answers.SceneAnswers` as an
:class:`~spatialvlm_ros.estimators.base.Estimator`."""

from __future__ import annotations

from spatialvlm_ros.core.scene_answers import SceneAnswers
from spatialvlm_ros.estimators.base import Estimator


class SceneGraphEstimator(SceneAnswers, Estimator):
    """Answers every query by measuring the scene it was given (source ``"geometry"``)."""
