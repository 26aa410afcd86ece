"""The goal node's logic with a composite instruction (real rosbags messages, real pybullet scene,
real geometry estimator; no rclpy): the reference is planned on the estimated scene."""

from __future__ import annotations

import numpy as np
import pytest
from test_ros_logic import _goal, _goal_logic, estimator, msgs, scene  # noqa: F401 - pytest fixtures

from spatialvlm_ros.ros.tf_buffer import TransformBuffer


def test_goal_above_the_object_closest_to_x(scene, msgs, estimator) -> None:  # noqa: F811
    tf = TransformBuffer()
    tf.add_matrix("world", scene.frame.frame_id, scene.T_world_camera, static=True)
    logic = _goal_logic(scene, msgs, estimator, tf, planning_frame="world")
    r = logic.handle(_goal("move the gripper 10 cm above the object closest to the white cube"))
    assert r.response.success, r.response.message
    seen = set(scene.frame.segmentation.names.values()) - {"gripper", "white cube"}
    cube = scene.truth.find("white cube").box
    truth = [o for o in scene.truth.objects if o.name in seen]
    nearest = min(truth, key=lambda o: float(np.linalg.norm(o.box.center - cube.center)))
    assert r.goal.spec.reference == nearest.name and r.goal.trace[-1]["value"] == nearest.name
    p = r.pose.pose.position
    assert [p.x, p.y, p.z] == pytest.approx([nearest.box.center[0], nearest.box.center[1], nearest.box.top + 0.10],
                                            abs=0.02)
