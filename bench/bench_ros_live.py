"""The nodes on a live ROS 2 graph, as a user sees them: rates, latencies, conversion cost.

Starts, each as its own process (like the live-graph tests), the simulated camera
(``sim_camera_node``: seed-0 scene, 640x480 at 30 Hz, colour + 16UC1 depth + camera_info + masks,
best effort), the reward node and the spatial query node (``config/ros_geometry.yaml``, geometry
backend, reward ``rate_hz`` 30), and measures from a client process (this one):

- the camera's achieved rate (its camera_info topic) and the reward node's achieved rate;
- end-to-end reward latency: camera stamp -> reward received here (median, p95; valid rewards);
- query round trip (``~/query``, distance between two objects): median, p95 over sequential calls;
- a burst of concurrent queries: how many are answered, refused with a reason, or missing after 5 s;
- the CPU cost per frame of the rclpy <-> message conversion the nodes do (in this process,
  ``time.thread_time``): rclpy deserialisation of the 4 camera messages + the CDR bridge to the
  logic's message objects, and the bridge back for the reward + estimate messages.

Targets (geometry backend): rewards >= 29 Hz with p95 latency <= 50 ms; query p95 <= 100 ms;
100 concurrent queries all answered or refused with a reason within 5 s.

Usage (after ``make setup``)::

    .venv/bin/python bench/bench_ros_live.py --seconds 20 --queries 100
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from machine import cpu_model

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "test"))  # the node-process helpers of the live-graph tests


def _pct(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q)) if values else float("nan")


def conversion_cpu_ms(width: int, height: int, repeats: int) -> dict[str, float]:
    """Median CPU ms per frame of the nodes' rclpy <-> message conversions (module docstring)."""
    from rclpy.serialization import deserialize_message, serialize_message
    from sensor_msgs.msg import CameraInfo, Image
    from spatialvlm_ros.msg import InstanceMasks, RewardSignal, SpatialEstimate

    from spatialvlm_ros.core.reward import RewardSignal as CoreReward
    from spatialvlm_ros.nodes.bridge import from_rosbags, to_rosbags
    from spatialvlm_ros.nodes.sim_camera import SimCamera, SimCameraConfig
    from spatialvlm_ros.ros import convert

    cam = SimCamera(SimCameraConfig(width=width, height=height))
    try:
        out = cam.render(10**18)
    finally:
        cam.close()
    types = {"rgb": Image, "depth": Image, "camera_info": CameraInfo, "masks": InstanceMasks}
    wire = {k: serialize_message(from_rosbags(out[k], t)) for k, t in types.items()}
    reward = convert.reward_to_msg(
        CoreReward(stamp_ns=1, total=0.5, components={"distance": 0.5}, distance_m=0.3,
                   sources={"gripper": "camera", "red cube": "camera"}), "reach", 1, "cam")
    estimate = convert.estimate_to_msg(_estimate(), 1, "cam")

    def camera_in() -> None:
        msgs = {k: deserialize_message(wire[k], t) for k, t in types.items()}  # what rclpy does per message
        for m in msgs.values():
            to_rosbags(m)  # the bridge to the logic's message objects

    def results_out() -> None:
        from_rosbags(reward, RewardSignal)
        from_rosbags(estimate, SpatialEstimate)

    res = {}
    for name, fn in (("camera set in", camera_in), ("reward+estimate out", results_out)):
        fn()
        times = []
        for _ in range(repeats):
            t0 = time.thread_time()
            fn()
            times.append((time.thread_time() - t0) * 1e3)
        res[name] = float(np.median(times))
    return res


def _estimate():
    from spatialvlm_ros.core.query import SpatialQuery
    from spatialvlm_ros.estimators.base import SpatialEstimate

    return SpatialEstimate(query=SpatialQuery("distance", ("gripper", "rubber duck"), "value"), valid=True,
                           source="geometry", value_m=0.3, answer="0.30 m", unit="m", confidence=0.8)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--seconds", type=float, default=20.0, help="how long rewards are recorded")
    ap.add_argument("--queries", type=int, default=100, help="sequential queries, and the concurrent burst size")
    ap.add_argument("--width", type=int, default=640)
    ap.add_argument("--height", type=int, default=480)
    ap.add_argument("--rate", type=float, default=30.0, help="camera and reward rate, Hz")
    args = ap.parse_args()

    os.environ["ROS_AUTOMATIC_DISCOVERY_RANGE"] = "LOCALHOST"
    os.environ.setdefault("ROS_DOMAIN_ID", str(101 - os.getpid() % 50))
    os.environ.setdefault("ROS_LOG_DIR", tempfile.mkdtemp(prefix="bench_ros_live_log_"))
    os.environ.setdefault("FASTRTPS_DEFAULT_PROFILES_FILE", str(REPO / "config" / "fastdds_local.xml"))
    from spatialvlm_ros.ros import overlay

    env = overlay.enter()
    from helpers_ros_live import Client, NodeProcess, wait_for
    from rclpy.qos import qos_profile_sensor_data
    from sensor_msgs.msg import CameraInfo
    from spatialvlm_ros.msg import RewardSignal
    from spatialvlm_ros.srv import QuerySpatial

    print(f"machine: {cpu_model()}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start "
          "(shared with other jobs: figures vary with the load)")
    logs = Path(tempfile.mkdtemp(prefix="bench_ros_live_"))
    procs: list[NodeProcess] = []
    client = Client("bench_client")
    try:
        info = client.collect(CameraInfo, "/camera/camera/color/camera_info", qos_profile_sensor_data)
        rewards = client.collect(RewardSignal, "/reward_node/reward", 100)
        procs.append(NodeProcess("spatialvlm_ros.nodes.sim_camera_node", env, logs, "sim_camera.yaml",
                                 {"width": args.width, "height": args.height, "rate_hz": args.rate}))
        procs.append(NodeProcess("spatialvlm_ros.nodes.reward_node", env, logs, "ros_geometry.yaml",
                                 {"rate_hz": args.rate, "task_objects": ["gripper", "rubber duck"]}))
        procs.append(NodeProcess("spatialvlm_ros.nodes.spatial_query_node", env, logs, "ros_geometry.yaml"))
        wait_for(lambda: sum(r.valid for _, r in rewards) >= 10, 180.0, "10 valid rewards")
        req = QuerySpatial.Request(quantity="distance", objects=["rubber duck", "lego brick"])
        wait_for(lambda: client.call(QuerySpatial, "/spatial_query_node/query", req).success, 60.0, "an answer")

        # rewards and the camera over a window
        n_r, n_i, t0 = len(rewards), len(info), time.monotonic()
        time.sleep(args.seconds)  # the measurement window (a bench, not a test)
        t1 = time.monotonic()
        window = rewards[n_r:]
        cam_hz = (len(info) - n_i) / (t1 - t0)
        rew_hz = len(window) / (t1 - t0)
        now_minus_mono = time.time() - time.monotonic()
        lat = [(t + now_minus_mono - (r.header.stamp.sec + r.header.stamp.nanosec * 1e-9)) * 1e3
               for t, r in window if r.valid]
        print(f"camera {args.width}x{args.height} target {args.rate:g} Hz: achieved {cam_hz:.1f} Hz")
        print(f"reward node rate_hz {args.rate:g}: achieved {rew_hz:.1f} Hz, {len(lat)}/{len(window)} valid; "
              f"latency camera stamp -> reward received: median {_pct(lat, 50):.1f} ms, p95 {_pct(lat, 95):.1f} ms")

        # query round trips (sequential)
        rtt = []
        for _ in range(args.queries):
            t = time.perf_counter()
            r = client.call(QuerySpatial, "/spatial_query_node/query", req)
            rtt.append((time.perf_counter() - t) * 1e3)
        print(f"query round trip ({args.queries} sequential, another process): median {_pct(rtt, 50):.1f} ms, "
              f"p95 {_pct(rtt, 95):.1f} ms (last: success={r.success})")

        # a burst of concurrent queries
        t = time.perf_counter()
        futures = [client.call_async(QuerySpatial, "/spatial_query_node/query", req) for _ in range(args.queries)]
        deadline = time.monotonic() + 5.0
        while time.monotonic() < deadline and not all(f.done() for f in futures):
            time.sleep(0.005)
        took = time.perf_counter() - t
        done = [f.result() for f in futures if f.done()]
        ok = sum(1 for x in done if x.success)
        refused = sum(1 for x in done if not x.success and x.message)
        print(f"{args.queries} concurrent queries: {ok} answered, {refused} refused with a reason, "
              f"{args.queries - len(done)} missing after 5 s (all done in {took:.2f} s)")
    finally:
        for p in procs:
            p.stop()
        client.close()
    cpu = conversion_cpu_ms(args.width, args.height, 50)
    print("CPU per frame of the rclpy <-> message conversion (this process, median of 50): "
          + ", ".join(f"{k} {v:.2f} ms" for k, v in cpu.items()))
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
