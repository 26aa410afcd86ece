"""The rclpy nodes in the test process on a live ROS 2 graph (the overlay is entered by conftest.py).

Run on a ROS 2 machine after ``colcon build`` and ``source install/setup.bash``:
``python3 -m pytest test/test_ros_nodes.py``. A simulated scene is published as
real sensor_msgs (+ InstanceMasks, /tf_static) and the nodes' services and
topics are exercised through rclpy clients and subscriptions.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import numpy as np
import pytest

pytestmark = pytest.mark.ros

A, B = "rubber duck", "lego brick"  # objects of the seed-0 scene
TOPICS = {"rgb_topic": "/test_cam/color", "depth_topic": "/test_cam/depth", "camera_info_topic": "/test_cam/info",
          "masks_topic": "/test_cam/masks"}


@pytest.fixture(scope="module")
def ros():
    import rclpy

    rclpy.init()
    yield rclpy
    rclpy.shutdown()


@pytest.fixture(scope="module")
def scene_msgs():
    from spatialvlm_ros.ros import convert
    from spatialvlm_ros.sim.tabletop import SimConfig, generate_scene

    cfg = SimConfig.from_yaml()
    cfg.image = dict(cfg.image, width=320, height=240)
    s = generate_scene(0, cfg)
    return s, convert.frame_to_messages(s.frame)


class Harness:
    """A node under test + a helper node (publishers/clients) spinning in a background executor."""

    def __init__(self, ros: Any, node_cls: type, overrides: dict[str, Any]) -> None:
        from rclpy.executors import MultiThreadedExecutor
        from rclpy.parameter import Parameter

        params = [Parameter(k, value=v) for k, v in {**TOPICS, "image_qos": "reliable", **overrides}.items()]
        self.node = node_cls(parameter_overrides=params)
        self.helper = ros.create_node(f"helper_{node_cls.NODE}")
        self.executor = MultiThreadedExecutor(num_threads=4)
        self.executor.add_node(self.node)
        self.executor.add_node(self.helper)
        self.thread = threading.Thread(target=self.executor.spin, daemon=True)
        self.thread.start()

    def start(self) -> None:
        from lifecycle_msgs.msg import State

        self.node.trigger_configure()
        self.node.trigger_activate()
        assert self.node._state_machine.current_state[0] == State.PRIMARY_STATE_ACTIVE

    def publish_frames(self, msgs: dict, n: int = 3, period_s: float = 0.1) -> None:
        from sensor_msgs.msg import CameraInfo, Image
        from spatialvlm_ros.msg import InstanceMasks

        from spatialvlm_ros.nodes.bridge import from_rosbags
        from spatialvlm_ros.ros import convert

        pubs = {k: self.helper.create_publisher(t, TOPICS[k], 10) for k, t in (
            ("rgb_topic", Image), ("depth_topic", Image), ("camera_info_topic", CameraInfo),
            ("masks_topic", InstanceMasks))}
        time.sleep(0.5)  # discovery
        for _ in range(n):
            stamp = convert.ns_to_stamp(self.helper.get_clock().now().nanoseconds)
            for key, name in (("rgb_topic", "rgb"), ("depth_topic", "depth"), ("camera_info_topic", "camera_info"),
                              ("masks_topic", "masks")):
                m = msgs[name]
                m.header.stamp = stamp
                if name == "masks":
                    m.labels.header.stamp = stamp
                pubs[key].publish(from_rosbags(m, pubs[key].msg_type))
            time.sleep(period_s)

    def call(self, srv_type: type, name: str, request: Any, timeout: float = 30.0) -> Any:
        client = self.helper.create_client(srv_type, name)
        assert client.wait_for_service(timeout_sec=10.0), f"service {name} not available"
        future = client.call_async(request)
        t0 = time.monotonic()
        while not future.done() and time.monotonic() - t0 < timeout:
            time.sleep(0.05)
        assert future.done(), f"{name} did not answer in {timeout} s"
        return future.result()

    def close(self) -> None:
        self.executor.shutdown()
        self.node.destroy_node()
        self.helper.destroy_node()


def _publish_static_tf(h: Harness, scene: Any) -> None:
    from rclpy.qos import DurabilityPolicy, QoSProfile
    from tf2_msgs.msg import TFMessage

    from spatialvlm_ros.nodes.bridge import from_rosbags
    from spatialvlm_ros.ros import bags, convert

    qos = QoSProfile(depth=1, durability=DurabilityPolicy.TRANSIENT_LOCAL)
    pub = h.helper.create_publisher(TFMessage, "/tf_static", qos)
    tf = convert.transform_stamped(scene.T_world_camera, "world", scene.frame.frame_id, 0)
    pub.publish(from_rosbags(bags.tf_message([tf]), TFMessage))
    h._tf_pub = pub


def test_spatial_query_node_answers_and_publishes(ros, scene_msgs) -> None:
    from spatialvlm_ros.msg import SpatialEstimate
    from spatialvlm_ros.srv import QuerySpatial
    from visualization_msgs.msg import MarkerArray

    from spatialvlm_ros.nodes.spatial_query_node import SpatialQueryNode

    scene, msgs = scene_msgs
    h = Harness(ros, SpatialQueryNode, {"backend": "geometry", "autostart": False})
    try:
        got: dict[str, list] = {"estimate": [], "markers": []}
        h.helper.create_subscription(SpatialEstimate, "/spatial_query_node/estimate",
                                     lambda m: got["estimate"].append(m), 10)
        h.helper.create_subscription(MarkerArray, "/spatial_query_node/markers", lambda m: got["markers"].append(m), 10)
        # not active yet: the service refuses
        h.node.trigger_configure()
        r = h.call(QuerySpatial, "/spatial_query_node/query", QuerySpatial.Request(quantity="distance", objects=[A, B]))
        assert not r.success and "not active" in r.message
        h.node.trigger_activate()
        h.publish_frames(msgs)
        r = h.call(QuerySpatial, "/spatial_query_node/query",
                   QuerySpatial.Request(question=f"How far is the {A} from the {B}?"))
        assert r.success, r.message
        assert r.estimate.quantity == "distance" and 0.05 < r.estimate.value_m < 2.0
        assert len(r.estimate.detections) == 2
        time.sleep(0.5)
        assert got["estimate"] and got["estimate"][-1].value_m == pytest.approx(r.estimate.value_m)
        assert got["markers"] and len(got["markers"][-1].markers) >= 5
        r = h.call(QuerySpatial, "/spatial_query_node/query",
                   QuerySpatial.Request(quantity="distance", objects=["pink elephant", B]))
        assert not r.success and "pink elephant" in r.message
        # deactivate frees the model; the service refuses again
        h.node.trigger_deactivate()
        r = h.call(QuerySpatial, "/spatial_query_node/query", QuerySpatial.Request(quantity="distance", objects=[A, B]))
        assert not r.success and "not active" in r.message
    finally:
        h.close()


def test_reward_node_rewards_a_new_frame_at_once_not_at_the_watchdog_tick(ros, scene_msgs) -> None:
    from spatialvlm_ros.msg import RewardSignal

    from spatialvlm_ros.nodes.reward_node import RewardNode

    scene, msgs = scene_msgs
    # 0.05 Hz: the watchdog looks every 10 s, first 10 s after configure; a reward within 5 s of the
    # frame can only come from the frame itself (the converting thread), not from the watchdog
    h = Harness(ros, RewardNode, {"backend": "geometry", "autostart": False, "rate_hz": 0.05,
                                  "task_objects": ["gripper", A], "max_frame_age_s": 30.0})
    try:
        rewards: list = []
        h.helper.create_subscription(RewardSignal, "/reward_node/reward",
                                     lambda m: rewards.append((time.monotonic(), m)), 50)
        t_configure = time.monotonic()
        h.start()
        h.publish_frames(msgs, n=1)  # ~0.5 s of discovery, then one frame
        t_frame = time.monotonic()
        deadline = t_frame + 5.0
        while not rewards and time.monotonic() < deadline:
            time.sleep(0.01)
        assert rewards, "no reward within 5 s of the frame"
        t, r = rewards[0]
        assert r.valid and r.header.stamp.sec > 0, r.reason
        assert t - t_configure < 9.5, "the reward came from the watchdog, not the frame"
    finally:
        h.close()


def test_reward_node_publishes_at_its_rate_and_takes_tasks(ros, scene_msgs) -> None:
    from spatialvlm_ros.msg import RewardSignal
    from spatialvlm_ros.srv import SetRewardTask

    from spatialvlm_ros.nodes.reward_node import RewardNode

    scene, msgs = scene_msgs
    h = Harness(ros, RewardNode, {"backend": "geometry", "autostart": False, "rate_hz": 10.0,
                                  "task_objects": ["gripper", A], "max_frame_age_s": 5.0})
    try:
        rewards: list = []
        h.helper.create_subscription(RewardSignal, "/reward_node/reward", rewards.append, 50)
        h.start()
        time.sleep(0.6)
        assert rewards and not rewards[-1].valid and "no valid camera frame" in rewards[-1].reason
        h.publish_frames(msgs, n=5)
        time.sleep(0.5)
        valid = [r for r in rewards if r.valid]
        assert valid and np.isfinite(valid[-1].total) and valid[-1].task == "reach"
        assert valid[-1].header.stamp.sec > 0
        n0 = len(rewards)
        time.sleep(1.0)
        assert 5 <= len(rewards) - n0 <= 15  # ~10 Hz
        r = h.call(SetRewardTask, "/reward_node/set_task",
                   SetRewardTask.Request(name="near", objects=["gripper", B], shaping="linear", scale_m=0.2,
                                         success_tolerance_m=0.02))
        assert r.success, r.message
        r = h.call(SetRewardTask, "/reward_node/set_task", SetRewardTask.Request(objects=["gripper"], scale_m=0.1))
        assert not r.success and "2 objects" in r.message
        assert h.call(SetRewardTask, "/reward_node/set_task", SetRewardTask.Request(reset_only=True)).success
        h.publish_frames(msgs, n=2)
        time.sleep(0.5)
        assert rewards[-1].task == "near"
    finally:
        h.close()


def test_goal_pose_node_uses_tf_and_refuses_goals_outside_the_workspace(ros, scene_msgs) -> None:
    from geometry_msgs.msg import PoseStamped
    from spatialvlm_ros.srv import GetGoalPose

    from spatialvlm_ros.nodes.goal_pose_node import GoalPoseNode

    scene, msgs = scene_msgs
    h = Harness(ros, GoalPoseNode, {"backend": "geometry", "autostart": False, "planning_frame": "world",
                                    "workspace_frame": "world", "workspace_min": [0.0, -1.0, 0.0],
                                    "workspace_max": [1.0, 1.0, 0.5]})
    try:
        goals: list = []
        h.helper.create_subscription(PoseStamped, "/goal_pose_node/goal", goals.append, 10)
        h.start()
        h.publish_frames(msgs, n=2)
        r = h.call(GetGoalPose, "/goal_pose_node/get_goal",
                   GetGoalPose.Request(instruction="move the gripper 10 cm above the white cube"))
        assert not r.success and "known frames" in r.message  # no TF yet
        _publish_static_tf(h, scene)
        time.sleep(0.5)
        h.publish_frames(msgs, n=2)
        r = h.call(GetGoalPose, "/goal_pose_node/get_goal",
                   GetGoalPose.Request(instruction="move the gripper 10 cm above the white cube"))
        assert r.success, r.message
        cube = scene.truth.find("white cube").box
        assert r.pose.header.frame_id == "world"
        assert r.pose.pose.position.z == pytest.approx(cube.top + 0.10, abs=0.02)
        time.sleep(0.3)
        assert goals and goals[-1].pose.position.z == pytest.approx(r.pose.pose.position.z)
        n = len(goals)
        r = h.call(GetGoalPose, "/goal_pose_node/get_goal",
                   GetGoalPose.Request(instruction="move the gripper 60 cm above the white cube"))
        assert not r.success and "outside the workspace" in r.message
        time.sleep(0.3)
        assert len(goals) == n  # refused goals are never published
        r = h.call(GetGoalPose, "/goal_pose_node/get_goal",
                   GetGoalPose.Request(instruction="move the gripper 10 cm above the white cube", execute=True))
        assert r.success and not r.executed and "allow_execution is false" in r.message
    finally:
        h.close()


def test_bridge_round_trips_real_rclpy_messages(ros, scene_msgs) -> None:
    from sensor_msgs.msg import Image

    from spatialvlm_ros.nodes.bridge import from_rosbags, to_rosbags, typename_of
    from spatialvlm_ros.ros import convert

    _, msgs = scene_msgs
    img = from_rosbags(msgs["rgb"], Image)
    assert typename_of(img) == "sensor_msgs/msg/Image"
    back = to_rosbags(img)
    assert np.array_equal(convert.image_to_rgb(back), convert.image_to_rgb(msgs["rgb"]))
