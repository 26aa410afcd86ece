"""The nodes on a live ROS 2 Jazzy graph: every node its own process, started with a config from config/.

One simulated camera (``sim_camera_node``, the seed-0 scene of ``spatialvlm sim``, 320x240 at 30 Hz,
best effort) publishes colour, 16UC1 depth, camera_info, instance masks, the true boxes and TF
through a chain of non-commuting edges ``map -> odom -> base_link -> camera_color_optical_frame``
with one invalid transform inside every /tf message. The nodes under test run as
``python -m spatialvlm_ros.nodes.X --ros-args --params-file config/ros_geometry.yaml -p ...``; the
test talks to them through real rclpy clients, subscriptions and lifecycle ChangeState calls.
Discovery is limited to this machine with a test-session ROS domain (conftest.py); every wait is
on a condition with a deadline; every process started is stopped, also when a test fails.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from helpers_ros_live import Client, NodeProcess, wait_for

pytestmark = pytest.mark.ros

A, B = "rubber duck", "lego brick"  # objects of the seed-0 scene
RGB = "/camera/camera/color/image_raw"
CAMERA_TOPICS = [RGB, "/camera/camera/aligned_depth_to_color/image_raw", "/camera/camera/color/camera_info",
                 "/camera/camera/instance_masks"]
CAMERA = {"width": 320, "height": 240, "rate_hz": 30.0, "world_frame": "map", "tf_chain": ["odom", "base_link"],
          "bad_transform": True}
#: the geometry backend's accuracy (README: centre errors ~0.5-0.9 cm on these scenes), with margin
TOL_M = 0.03


class Graph:
    """The module's client, camera and a way to start node processes."""

    def __init__(self, env: dict[str, str], log_dir: Path) -> None:
        self.env, self.log_dir = env, log_dir
        self.client = Client()
        self.procs: list[NodeProcess] = []

    def start(self, module: str, params_file: str | None = None, name: str | None = None,
              **overrides: Any) -> NodeProcess:
        p = NodeProcess(f"spatialvlm_ros.nodes.{module}", self.env, self.log_dir, params_file, overrides, name=name)
        self.procs.append(p)
        return p

    def set_camera(self, on: bool) -> None:
        from std_srvs.srv import SetBool

        assert self.client.call(SetBool, "/sim_camera_node/enable", SetBool.Request(data=on)).success

    def close(self) -> None:
        for p in self.procs:
            p.stop()
        self.client.close()


@pytest.fixture(scope="module")
def graph(ros_overlay: dict[str, str], tmp_path_factory: pytest.TempPathFactory):
    g = Graph(ros_overlay, tmp_path_factory.mktemp("live_graph"))
    try:
        yield g
    finally:
        g.close()


@pytest.fixture(scope="module")
def camera(graph: Graph) -> dict[str, Any]:
    """The running simulated camera; ``truth``: name -> true box centre (map frame), ``frames``: colour images."""
    from rclpy.qos import DurabilityPolicy, QoSProfile, qos_profile_sensor_data
    from sensor_msgs.msg import Image
    from vision_msgs.msg import Detection3DArray

    truth = graph.client.collect(Detection3DArray, "/sim_camera_node/truth",
                                 QoSProfile(depth=1, durability=DurabilityPolicy.TRANSIENT_LOCAL))
    frames = graph.client.collect(Image, RGB, qos_profile_sensor_data)
    proc = graph.start("sim_camera_node", "sim_camera.yaml", **CAMERA)
    wait_for(lambda: truth and len(frames) >= 3 or not proc.alive, 120.0, "the simulated camera's first frames")
    assert proc.alive, proc.log_text()
    boxes = {d.id: d.bbox for d in truth[-1][1].detections}
    assert truth[-1][1].header.frame_id == "map" and {A, B, "white cube"} <= set(boxes)
    return {"proc": proc, "frames": frames, "boxes": boxes,
            "centre": {k: np.array([b.center.position.x, b.center.position.y, b.center.position.z])
                       for k, b in boxes.items()}}


@pytest.fixture
def cam(graph: Graph, camera: dict[str, Any]):
    """The camera, publishing at the start of the test and again after it."""
    graph.set_camera(True)
    try:
        yield camera
    finally:
        if camera["proc"].alive:
            graph.set_camera(True)


def _stamp_ns(header: Any) -> int:
    return int(header.stamp.sec) * 10**9 + int(header.stamp.nanosec)


def _request(**fields: Any) -> Any:
    from spatialvlm_ros.srv import QuerySpatial

    return QuerySpatial.Request(**fields)


def _query(graph: Graph, **fields: Any) -> Any:
    from spatialvlm_ros.srv import QuerySpatial

    return graph.client.call(QuerySpatial, "/spatial_query_node/query", QuerySpatial.Request(**fields))


# ------------------------------------------------------------------------------------------ query service


def test_query_service_answers_within_the_geometry_accuracy_and_keeps_serving(graph: Graph, cam: dict) -> None:
    from spatialvlm_ros.srv import QuerySpatial

    graph.set_camera(False)
    node = graph.start("spatial_query_node", "ros_geometry.yaml")
    try:
        r = _query(graph, quantity="distance", objects=[A, B])
        assert not r.success and "no valid camera frame" in r.message
        graph.set_camera(True)
        r = wait_for(lambda: (x := _query(graph, question=f"How far is the {A} from the {B}?")).success and x,
                     20.0, "a successful query")
        truth = float(np.linalg.norm(cam["centre"][A] - cam["centre"][B]))
        assert r.estimate.quantity == "distance"
        assert r.estimate.value_m == pytest.approx(truth, abs=TOL_M)
        r = _query(graph, quantity="distance", objects=["pink elephant", B])
        assert not r.success and "pink elephant" in r.message
        r = _query(graph, quantity="distance", objects=[A, B])  # still serving
        assert r.success and r.estimate.value_m == pytest.approx(truth, abs=TOL_M)
        # a burst of concurrent callers: every one gets an answer or a refusal with a reason
        futures = [graph.client.call_async(QuerySpatial, "/spatial_query_node/query",
                                           _request(quantity="distance", objects=[A, B])) for _ in range(10)]
        wait_for(lambda: all(f.done() for f in futures), 120.0, "10 concurrent queries")
        answers = [f.result() for f in futures]
        assert all(a.success or a.message for a in answers) and any(a.success for a in answers)
        assert all(a.estimate.value_m == pytest.approx(truth, abs=TOL_M) for a in answers if a.success)
        assert node.alive
    finally:
        node.stop()


# ------------------------------------------------------------------------------------------ reward node


def test_reward_node_rate_stamps_stale_frames_and_new_task(graph: Graph, cam: dict) -> None:
    from spatialvlm_ros.msg import RewardSignal
    from spatialvlm_ros.srv import SetRewardTask

    rate = 10.0
    rewards = graph.client.collect(RewardSignal, "/reward_node/reward", 50)
    node = graph.start("reward_node", "ros_geometry.yaml", rate_hz=rate, task_objects=["gripper", A],
                       max_frame_age_s=0.5)
    try:
        wait_for(lambda: sum(r.valid for _, r in rewards) >= 5, 90.0, "5 valid rewards")
        start = len(rewards)
        wait_for(lambda: len(rewards) - start >= 31, 20.0, "31 more rewards")
        window = rewards[start:]
        achieved = (len(window) - 1) / (window[-1][0] - window[0][0])
        # never faster than rate_hz; slower only by what a loaded machine delays a timer (this one is shared)
        assert 0.25 * rate <= achieved <= 1.15 * rate, achieved
        stamps = {_stamp_ns(m.header) for _, m in cam["frames"]}
        valid = [r for _, r in window if r.valid]
        # while the camera runs, a reward is invalid only because its latest frame really is stale: a process
        # descheduled for longer than max_frame_age_s on this shared 2-core machine (CI saw 7 in 31, in bursts)
        for r in (r for _, r in window if not r.valid):
            age = re.fullmatch(r"stale frame: the latest is ([0-9.]+) s old", r.reason)
            assert age and float(age.group(1)) >= 0.5, r.reason  # printed to 0.01 s
        assert len(valid) >= 0.5 * len(window), [r.reason for _, r in window if not r.valid]
        # stamped with the camera frame it came from (this best-effort client may miss a few frames itself)
        seen = sum(_stamp_ns(r.header) in stamps for r in valid)
        assert seen >= 0.7 * len(valid), (seen, len(valid))
        assert all(r.header.frame_id == "camera_color_optical_frame" and r.task == "reach" for r in valid)
        assert all(np.isfinite(r.total) and r.distance_m > 0 for r in valid)
        # the camera stops: the reward turns invalid, saying why
        graph.set_camera(False)
        n = len(rewards)
        stale = wait_for(lambda: next((r for _, r in rewards[n:] if not r.valid), None), 10.0, "an invalid reward")
        assert "stale frame" in stale.reason
        # a new task through ~/set_task
        r = graph.client.call(SetRewardTask, "/reward_node/set_task",
                              SetRewardTask.Request(name="near", objects=["gripper", B], shaping="linear",
                                                    scale_m=0.2, success_tolerance_m=0.02))
        assert r.success, r.message
        r = graph.client.call(SetRewardTask, "/reward_node/set_task",
                              SetRewardTask.Request(objects=["gripper"], scale_m=0.1))
        assert not r.success and "2 objects" in r.message
        graph.set_camera(True)
        n = len(rewards)
        near = wait_for(lambda: next((r for _, r in rewards[n:] if r.valid), None), 10.0, "a valid reward again")
        assert near.task == "near" and node.alive
    finally:
        node.stop()


# ------------------------------------------------------------------------------------------ goal node + TF


@pytest.fixture(scope="module")
def goal_node(graph: Graph, camera: dict):
    # TF at the image stamp may lag the images on this shared 2-core machine: wait up to 1 s for it
    node = graph.start("goal_pose_node", "ros_geometry.yaml", planning_frame="map", workspace_frame="map",
                       tf_timeout_s=1.0)
    try:
        yield node
    finally:
        node.stop()


def _goal(graph: Graph, instruction: str) -> Any:
    from spatialvlm_ros.srv import GetGoalPose

    # resent only after 10 s without an answer: an answer slower than that would publish the goal twice
    return graph.client.call(GetGoalPose, "/goal_pose_node/get_goal", GetGoalPose.Request(instruction=instruction),
                             resend_s=10.0)


def _workspace() -> tuple[np.ndarray, np.ndarray]:
    from spatialvlm_ros.ros.params import load_node_params

    p = load_node_params("ros_geometry.yaml", "goal_pose_node")
    return np.array(p["workspace_min"]), np.array(p["workspace_max"])


def test_goal_node_publishes_goals_in_the_planning_frame_and_refuses_goals_outside_the_limits(
        graph: Graph, cam: dict, goal_node: NodeProcess) -> None:
    from geometry_msgs.msg import PoseStamped

    goals = graph.client.collect(PoseStamped, "/goal_pose_node/goal", 10)
    instruction = "move the gripper 10 cm above the white cube"
    r = wait_for(lambda: (x := _goal(graph, instruction)).success and x, 20.0, "a goal")
    cube = cam["boxes"]["white cube"]
    top = cube.center.position.z + cube.size.z / 2
    p = np.array([r.pose.pose.position.x, r.pose.pose.position.y, r.pose.pose.position.z])
    assert r.pose.header.frame_id == "map"
    assert p[2] == pytest.approx(top + 0.10, abs=0.02)
    assert np.linalg.norm(p[:2] - cam["centre"]["white cube"][:2]) < 0.02
    lo, hi = _workspace()
    assert np.all(p >= lo) and np.all(p <= hi)
    published = wait_for(lambda: goals, 5.0, "the goal on ~/goal")
    assert published[-1][1].header.frame_id == "map"
    assert published[-1][1].pose.position.z == pytest.approx(p[2])
    n = len(goals)
    r = _goal(graph, "move the gripper 60 cm above the white cube")
    assert not r.success and "outside the workspace" in r.message
    # nothing was published for the refused goal: the next published goal is the next accepted one
    r = _goal(graph, "move the gripper 5 cm above the white cube")
    assert r.success, r.message
    wait_for(lambda: len(goals) > n, 5.0, "the accepted goal on ~/goal")
    assert len(goals) == n + 1 and goals[-1][1].pose.position.z == pytest.approx(r.pose.pose.position.z)


def test_tf_chain_is_composed_in_order_and_a_bad_transform_is_dropped_alone(
        graph: Graph, cam: dict, goal_node: NodeProcess) -> None:
    from tf2_msgs.msg import TFMessage

    from spatialvlm_ros.ros.convert import transform_to_matrix

    tf = graph.client.collect(TFMessage, "/tf", 10)
    msg = wait_for(lambda: tf and tf[-1][1], 5.0, "a /tf message")
    edges = {(t.header.frame_id, t.child_frame_id): t for t in msg.transforms}
    assert {("map", "odom"), ("odom", "base_link"), ("base_link", "camera_color_optical_frame"),
            ("map", "broken_frame")} <= set(edges)
    assert edges[("map", "broken_frame")].transform.rotation.w == 0.0  # the invalid one: a zero quaternion
    chain = [transform_to_matrix(edges[e].transform) for e in
             (("map", "odom"), ("odom", "base_link"), ("base_link", "camera_color_optical_frame"))]
    right, wrong = chain[0] @ chain[1] @ chain[2], chain[2] @ chain[1] @ chain[0]
    # the edges do not commute: a lookup multiplying them the wrong way would put the camera far off
    assert np.linalg.norm(right[:3, 3] - wrong[:3, 3]) > 0.1
    r = wait_for(lambda: (x := _goal(graph, "move the gripper 10 cm above the lego brick")).success and x,
                 20.0, "a goal through the TF chain")
    p = np.array([r.pose.pose.position.x, r.pose.pose.position.y, r.pose.pose.position.z])
    assert np.linalg.norm(p[:2] - cam["centre"][B][:2]) < TOL_M
    goal_node.wait_log("dropped transform 'map' -> 'broken_frame'", 30.0)
    assert goal_node.alive


# ------------------------------------------------------------------------------------------ lifecycle


def _entities(graph: Graph, node: str, topic: str, kind: str) -> int:
    infos = (graph.client.node.get_publishers_info_by_topic(topic) if kind == "pub"
             else graph.client.node.get_subscriptions_info_by_topic(topic))
    return sum(1 for i in infos if i.node_name == node)


def test_lifecycle_from_another_process(graph: Graph, cam: dict) -> None:
    from lifecycle_msgs.srv import GetState
    from spatialvlm_ros.msg import RewardSignal

    q = "spatial_query_node"
    node = graph.start(q, "ros_geometry.yaml", autostart=False)
    rewards = graph.client.collect(RewardSignal, "/reward_node/reward", 100)
    reward = graph.start("reward_node", "ros_geometry.yaml", autostart=False, rate_hz=10.0,
                         task_objects=["gripper", A])
    c = graph.client
    try:
        wait_for(c.service_client(GetState, f"/{q}/get_state").service_is_ready, 90.0, "the lifecycle services")
        assert c.get_state(q) == "unconfigured"
        assert c.change_state(q, "configure") and c.get_state(q) == "inactive"
        wait_for(lambda: c.node.count_services(f"/{q}/query") == 1, 10.0, "the query service")
        r = _query(graph, quantity="distance", objects=[A, B])
        assert not r.success and "not active" in r.message
        assert c.change_state(q, "activate")
        wait_for(lambda: _query(graph, quantity="distance", objects=[A, B]).success, 20.0, "an answer once active")
        # deactivate: queries refused, frames no longer converted (nor kept)
        assert c.change_state(q, "deactivate") and c.get_state(q) == "inactive"
        r = _query(graph, quantity="distance", objects=[A, B])
        assert not r.success and "not active" in r.message
        n = len(cam["frames"])
        wait_for(lambda: len(cam["frames"]) >= n + 5, 10.0, "5 camera frames while inactive")
        graph.set_camera(False)
        assert c.change_state(q, "activate")
        r = _query(graph, quantity="distance", objects=[A, B])
        assert not r.success and "no valid camera frame" in r.message  # nothing received while inactive was used
        graph.set_camera(True)
        wait_for(lambda: _query(graph, quantity="distance", objects=[A, B]).success, 20.0, "an answer again")
        # cleanup, then configure again: one service, one publisher, one subscription each, as before
        assert c.change_state(q, "deactivate") and c.change_state(q, "cleanup") and c.get_state(q) == "unconfigured"
        wait_for(lambda: c.node.count_services(f"/{q}/query") == 0
                 and _entities(graph, q, f"/{q}/estimate", "pub") == 0
                 and _entities(graph, q, RGB, "sub") == 0, 10.0, "cleanup to remove services, publishers, "
                 "subscriptions")
        assert c.change_state(q, "configure") and c.change_state(q, "activate")
        wait_for(lambda: c.node.count_services(f"/{q}/query") == 1
                 and _entities(graph, q, f"/{q}/estimate", "pub") == 1
                 and _entities(graph, q, f"/{q}/markers", "pub") == 1
                 and all(_entities(graph, q, t, "sub") == 1 for t in CAMERA_TOPICS), 10.0, "one of each again")
        wait_for(lambda: _query(graph, quantity="distance", objects=[A, B]).success, 20.0, "an answer after cleanup")
        # timers: the reward node's rate is the same after cleanup + configure (no second timer)
        rates = []
        for _ in range(2):
            assert c.change_state("reward_node", "configure") and c.change_state("reward_node", "activate")
            n = len(rewards)
            wait_for(lambda n=n: len(rewards) - n >= 21, 20.0, "21 rewards")
            w = rewards[n + 1:]
            rates.append((len(w) - 1) / (w[-1][0] - w[0][0]))
            assert c.change_state("reward_node", "deactivate") and c.change_state("reward_node", "cleanup")
        # not doubled: a second timer would publish at ~2x rate_hz (and ~2x the first cycle's rate); a loaded
        # machine only slows timers down (here, with a load average of 20-30 on 2 cores, to ~2 Hz)
        assert all(0.5 <= x <= 11.5 for x in rates), rates
        # discovery reports a destroyed publisher a moment later: wait on it, as for the query node above
        wait_for(lambda: _entities(graph, "reward_node", "/reward_node/reward", "pub") == 0, 10.0,
                 "cleanup to remove the reward publisher")
        assert node.alive and reward.alive
    finally:
        node.stop()
        reward.stop()


# ------------------------------------------------------------------------------------------ QoS


def test_reliable_subscription_to_a_best_effort_camera_warns_naming_the_topics(graph: Graph, cam: dict) -> None:
    node = graph.start("spatial_query_node", "ros_geometry.yaml", image_qos="reliable")
    try:
        out = node.wait_log("incompatible QoS on ", 90.0)  # includes the process start
        line = next(x for x in out.splitlines() if "incompatible QoS" in x)
        assert "RELIABILITY" in line and all(t in line for t in CAMERA_TOPICS)
        # once per camera topic
        out = wait_for(lambda: (o := node.log_text()).count("incompatible QoS on ") >= 4 and o, 30.0,
                       "a warning for each camera topic")
        assert all(f"incompatible QoS on {t} " in out for t in CAMERA_TOPICS)
        r = _query(graph, quantity="distance", objects=[A, B])
        assert not r.success and "no valid camera frame" in r.message and node.alive
    finally:
        node.stop()


# ------------------------------------------------------------------------------------------ rosbag2


def _same(a: float, b: float) -> bool:
    return a == b or (np.isnan(a) and np.isnan(b))


def test_reward_and_estimate_recorded_into_a_rosbag2_read_back_equal(graph: Graph, cam: dict, tmp_path: Path) -> None:
    from rclpy.serialization import deserialize_message
    from rosbags.rosbag2 import Reader, Writer
    from spatialvlm_ros.msg import RewardSignal, SpatialEstimate

    from spatialvlm_ros.ros.interfaces import typestore

    topics = {"/reward_node/reward": (RewardSignal, "spatialvlm_ros/msg/RewardSignal"),
              "/reward_node/estimate": (SpatialEstimate, "spatialvlm_ros/msg/SpatialEstimate")}
    raw = {t: graph.client.collect(cls, t, 50, raw=True) for t, (cls, _) in topics.items()}
    node = graph.start("reward_node", "ros_geometry.yaml", rate_hz=15.0, task_objects=["gripper", A])
    try:
        wait_for(lambda: all(len(v) >= 10 for v in raw.values()), 90.0, "10 rewards and estimates")
    finally:
        node.stop()
    ts = typestore()
    bag = tmp_path / "live_bag"
    recorded = {t: list(v) for t, v in raw.items()}
    with Writer(bag, version=8) as w:
        for t, (_, typename) in topics.items():
            conn = w.add_connection(t, typename, typestore=ts)
            for i, (_, data) in enumerate(recorded[t]):
                w.write(conn, 10**9 + i, bytes(data))
    with Reader(bag) as r:
        back: dict[str, list[tuple[int, bytes]]] = {t: [] for t in topics}
        for conn, t_ns, data in r.messages():
            back[conn.topic].append((t_ns, bytes(data)))
    for t, (cls, typename) in topics.items():
        assert [d for _, d in back[t]] == [bytes(d) for _, d in recorded[t]]
        for (_, sent), (_, got) in zip(recorded[t], back[t]):
            a, b = deserialize_message(bytes(sent), cls), ts.deserialize_cdr(got, typename)
            assert (a.header.stamp.sec, a.header.stamp.nanosec) == (b.header.stamp.sec, b.header.stamp.nanosec)
            assert a.valid == b.valid and a.reason == b.reason
            if cls is RewardSignal:
                assert _same(a.total, b.total) and a.task == b.task and _same(a.distance_m, b.distance_m)
            else:
                assert _same(a.value_m, b.value_m) and list(a.objects) == list(b.objects)
    valid = [deserialize_message(bytes(d), RewardSignal) for _, d in recorded["/reward_node/reward"]]
    assert any(m.valid for m in valid)
