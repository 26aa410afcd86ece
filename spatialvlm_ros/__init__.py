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

# A colcon overlay installs this package with the generated ROS 2 interfaces (spatialvlm_ros.msg,
# spatialvlm_ros.srv) next to a copy of the library. When a source checkout comes first on sys.path
# (running from the repository root, or PYTHONPATH=<checkout>), the package is this directory; extending
# __path__ over sys.path lets `spatialvlm_ros.msg`/`.srv` still come from the overlay.
__path__ = __import__("pkgutil").extend_path(__path__, __name__)
