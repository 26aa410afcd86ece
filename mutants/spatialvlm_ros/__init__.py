"""spatialvlm_ros: quantitative spatial reasoning (SpatialVLM) for ROS 2 robots.

Layers, from the bottom up:

- ``spatialvlm_ros.core``: transport-free geometry, spatial quantities, answer
  parsing, reward shaping, goal computation and QA synthesis (numpy/scipy only).
- ``spatialvlm_ros.io``: the offline scene-directory format.
- ``spatialvlm_ros.estimators``: one ``Estimator`` interface over geometry, VLM
  and hybrid backends.
- ``spatialvlm_ros.models``: transformers-backed VLM, grounding and depth models.
- ``spatialvlm_ros.ros``: transport-free node logic on real ROS 2 message types.
- ``spatialvlm_ros.nodes``: the thin rclpy layer (the only place rclpy is imported).
- ``spatialvlm_ros.sim``: pybullet ground truth.
- ``spatialvlm_ros.data``: the data engine (synthesis, training, evaluation).
- ``spatialvlm_ros.cli``: the ``spatialvlm`` command.
"""

__version__ = "0.1.0"
