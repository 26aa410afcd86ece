"""Simulated camera node: the topics a RealSense driver publishes, from the pybullet tabletop.

``python3 -m spatialvlm_ros.nodes.sim_camera_node --ros-args --params-file config/sim_camera.yaml``
(or ``ros2 run spatialvlm_ros sim_camera_node``) lets the whole stack run without a robot:

- ``rgb_topic`` (``sensor_msgs/Image`` rgb8), ``depth_topic`` (16UC1 mm or 32FC1 m, aligned to
  colour), ``camera_info_topic``, ``masks_topic`` (``spatialvlm_ros/InstanceMasks``) at
  ``rate_hz``, all stamped with the publish time in ``camera_frame``, QoS ``qos``;
- ``/tf``: the camera chain (``world_frame`` -> ``tf_chain`` ... -> ``camera_frame``) and the
  gripper (``world_frame`` -> ``panda_hand_tcp``) with every frame; with an empty ``tf_chain`` the
  camera pose goes once on ``/tf_static`` (latched) instead;
- ``~/truth`` (``vision_msgs/Detection3DArray``, latched): the true boxes in ``world_frame``;
- ``~/enable`` (``std_srvs/SetBool``): stop (false) or resume (true) publishing, e.g. to see what
  the nodes do when the camera stops.

The scene renders once when static; with ``approach`` the Panda moves and the scene re-renders
at ``render_hz`` (pybullet rendering holds the interpreter: 640x480 takes ~0.1-0.2 s here), the
latest render being republished at ``rate_hz`` with new stamps. Parameters:
:data:`spatialvlm_ros.ros.params.SIM_CAMERA_PARAMS`; a bad one fails the start with its name.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

import rclpy
from rclpy.callback_groups import MutuallyExclusiveCallbackGroup
from rclpy.node import Node
from rclpy.qos import DurabilityPolicy, HistoryPolicy, QoSProfile, ReliabilityPolicy
from sensor_msgs.msg import CameraInfo, Image
from std_srvs.srv import SetBool
from tf2_msgs.msg import TFMessage

from spatialvlm_ros.errors import SpatialVLMError
from spatialvlm_ros.nodes.base import spin_node
from spatialvlm_ros.nodes.bridge import from_rosbags
from spatialvlm_ros.nodes.sim_camera import SimCamera, SimCameraConfig
from spatialvlm_ros.ros import bags
from spatialvlm_ros.ros.params import SIM_CAMERA_PARAMS, resolve_table

log = logging.getLogger(__name__)

LATCHED = QoSProfile(history=HistoryPolicy.KEEP_LAST, depth=1, reliability=ReliabilityPolicy.RELIABLE,
                     durability=DurabilityPolicy.TRANSIENT_LOCAL)


def publisher_qos(name: str) -> QoSProfile:
    """``sensor_data`` (best effort, depth 5: what camera drivers offer) or ``reliable``."""
    if name == "sensor_data":
        return QoSProfile(history=HistoryPolicy.KEEP_LAST, depth=5, reliability=ReliabilityPolicy.BEST_EFFORT)
    if name == "reliable":
        return QoSProfile(history=HistoryPolicy.KEEP_LAST, depth=5, reliability=ReliabilityPolicy.RELIABLE)
    raise SpatialVLMError(f"parameter 'qos' must be sensor_data or reliable, got {name!r}")


class SimCameraNode(Node):
    """See the module docstring."""

    NODE = "sim_camera_node"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(self.NODE, **kwargs)
        for p in SIM_CAMERA_PARAMS:
            self.declare_parameter(p.name, p.default)
        values = {p.name: self.get_parameter(p.name).value for p in SIM_CAMERA_PARAMS}
        values = {k: list(v) if isinstance(v, (tuple, list)) or type(v).__name__ == "array" else v
                  for k, v in values.items()}
        p = resolve_table(SIM_CAMERA_PARAMS, values)
        if p["rate_hz"] <= 0 or p["render_hz"] <= 0:
            raise SpatialVLMError(f"parameters 'rate_hz' and 'render_hz' must be > 0, got {p['rate_hz']}, "
                                  f"{p['render_hz']}")
        self.cfg = SimCameraConfig.from_params(p)
        qos = publisher_qos(p["qos"])
        self.sim = SimCamera(self.cfg)
        self.enabled = True
        self.frames_published = 0
        self._lock = threading.Lock()
        self.pub = {"rgb": self.create_publisher(Image, p["rgb_topic"], qos),
                    "depth": self.create_publisher(Image, p["depth_topic"], qos),
                    "camera_info": self.create_publisher(CameraInfo, p["camera_info_topic"], qos)}
        if p["masks_topic"]:
            from spatialvlm_ros.msg import InstanceMasks

            self.pub["masks"] = self.create_publisher(InstanceMasks, p["masks_topic"], qos)
        from vision_msgs.msg import Detection3DArray

        self.pub_truth = self.create_publisher(Detection3DArray, "~/truth", LATCHED)
        self.pub_tf = self.create_publisher(TFMessage, "/tf", 100)
        self.pub_tf_static = self.create_publisher(TFMessage, "/tf_static", LATCHED)
        self.bad_transform = bool(p["bad_transform"])
        self._render()
        if not self.cfg.tf_chain:
            self.pub_tf_static.publish(from_rosbags(bags.tf_message(self.sim.transforms(self.now_ns())), TFMessage))
        self.create_service(SetBool, "~/enable", self._on_enable)
        self.create_timer(1.0 / p["rate_hz"], self._publish, callback_group=MutuallyExclusiveCallbackGroup())
        if self.cfg.approach:
            period = 1.0 / p["render_hz"]
            self._render_period = period
            self.create_timer(period, self._advance, callback_group=MutuallyExclusiveCallbackGroup())
        names = ", ".join(self.sim.object_names())
        self.get_logger().info(f"simulated camera: seed {self.cfg.seed}, {self.cfg.width}x{self.cfg.height} at "
                               f"{p['rate_hz']:g} Hz, objects: {names}")

    def now_ns(self) -> int:
        return int(self.get_clock().now().nanoseconds)

    def _render(self) -> None:
        out = self.sim.render(self.now_ns())
        msgs = {k: from_rosbags(out[k], self.pub[k].msg_type) for k in self.pub if out.get(k) is not None}
        truth = from_rosbags(out["truth"], self.pub_truth.msg_type)
        with self._lock:
            self._msgs, self._tcp = msgs, out["T_world_tcp"]
        self.pub_truth.publish(truth)

    def _advance(self) -> None:
        if self.sim.moving:
            self.sim.advance(self._render_period)
            self._render()

    def _publish(self) -> None:
        if not self.enabled:
            return
        stamp_ns = self.now_ns()
        stamp = rclpy.time.Time(nanoseconds=stamp_ns).to_msg()
        with self._lock:
            msgs, tcp = self._msgs, self._tcp
        tfs = self.sim.transforms(stamp_ns, tcp)
        if not self.cfg.tf_chain:
            tfs = tfs[-1:]  # the camera pose is on /tf_static
        tf_msg = from_rosbags(bags.tf_message(tfs), TFMessage)
        if self.bad_transform:
            from geometry_msgs.msg import TransformStamped

            bad = TransformStamped()
            bad.header.stamp, bad.header.frame_id, bad.child_frame_id = stamp, self.cfg.world_frame, "broken_frame"
            bad.transform.rotation.w = 0.0  # a zero quaternion: no rotation at all
            tf_msg.transforms.insert(len(tf_msg.transforms) // 2, bad)
        self.pub_tf.publish(tf_msg)
        for key, msg in msgs.items():
            msg.header.stamp = stamp
            if key == "masks":
                msg.labels.header.stamp = stamp
            self.pub[key].publish(msg)
        self.frames_published += 1

    def _on_enable(self, request: Any, response: Any) -> Any:
        self.enabled = bool(request.data)
        response.success = True
        response.message = "publishing" if self.enabled else "stopped"
        self.get_logger().info(f"camera {response.message}")
        return response

    def destroy_node(self) -> None:
        self.sim.close()
        super().destroy_node()


def main(args: list[str] | None = None) -> int:
    return spin_node(SimCameraNode, args, threads=2, autostart=False)


if __name__ == "__main__":
    raise SystemExit(main())
