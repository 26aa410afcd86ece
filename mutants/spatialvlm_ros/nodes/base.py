"""Shared rclpy plumbing of the camera-driven lifecycle nodes.

- Parameters are declared from :data:`spatialvlm_ros.ros.params.NODE_PARAMS`
  (the same table the offline replay and the tests check the YAML files against).
- Lifecycle: ``configure`` builds the estimator (no weights yet) and the
  subscriptions; ``activate`` loads the model (``Estimator.load``);
  ``deactivate`` frees it (``Estimator.unload``, GPU memory included);
  ``cleanup`` destroys the subscriptions. ``autostart`` runs configure+activate.
- Camera: colour, depth, camera_info (+ masks) through message_filters'
  ApproximateTimeSynchronizer (small slop) in their own callback group, so a
  slow model call in a service or timer (another group, MultiThreadedExecutor)
  never blocks them. Only the latest synchronised set is kept (by the logic).
- QoS of the images is a parameter (``sensor_data`` = best effort, the
  camera-driver default; ``reliable``); a warning names the topics when no
  synchronised frame arrived for ``no_image_warning_s``.
- /tf and /tf_static feed a :class:`~spatialvlm_ros.ros.tf_buffer.TransformBuffer`.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import message_filters
import rclpy
from rclpy.callback_groups import MutuallyExclusiveCallbackGroup, ReentrantCallbackGroup
from rclpy.executors import MultiThreadedExecutor
from rclpy.lifecycle import Node as LifecycleNode
from rclpy.lifecycle import State, TransitionCallbackReturn
from rclpy.qos import DurabilityPolicy, HistoryPolicy, QoSProfile, ReliabilityPolicy, qos_profile_sensor_data
from sensor_msgs.msg import CameraInfo, Image
from tf2_msgs.msg import TFMessage

from spatialvlm_ros.errors import SpatialVLMError
from spatialvlm_ros.nodes.bridge import to_rosbags
from spatialvlm_ros.ros.params import NODE_PARAMS, resolve
from spatialvlm_ros.ros.tf_buffer import TransformBuffer
from spatialvlm_ros.ros.throttle import ThrottledLog


class _RosLogHandler(logging.Handler):
    """Forwards the library's Python logging to the node's rclpy logger."""

    def __init__(self, node_logger: Any) -> None:
        super().__init__()
        self.node_logger = node_logger

    def emit(self, record: logging.LogRecord) -> None:
        msg = self.format(record)
        if record.levelno >= logging.ERROR:
            self.node_logger.error(msg)
        elif record.levelno >= logging.WARNING:
            self.node_logger.warning(msg)
        elif record.levelno >= logging.INFO:
            self.node_logger.info(msg)
        else:
            self.node_logger.debug(msg)


def image_qos(name: str, depth: int = 5) -> QoSProfile:
    """QoS of the camera subscriptions from the ``image_qos`` parameter."""
    if name == "sensor_data":
        return qos_profile_sensor_data
    if name == "reliable":
        return QoSProfile(history=HistoryPolicy.KEEP_LAST, depth=depth, reliability=ReliabilityPolicy.RELIABLE)
    raise SpatialVLMError(f"image_qos must be sensor_data or reliable, got {name!r}")


TF_STATIC_QOS = QoSProfile(history=HistoryPolicy.KEEP_LAST, depth=100, reliability=ReliabilityPolicy.RELIABLE,
                           durability=DurabilityPolicy.TRANSIENT_LOCAL)


class CameraLifecycleNode(LifecycleNode):
    """Base of the three nodes: parameters, estimator lifecycle, camera synchronisation, TF."""

    NODE = ""  # key of NODE_PARAMS

    def __init__(self, node_name: str | None = None, **kwargs: Any) -> None:
        super().__init__(node_name or self.NODE, **kwargs)
        for p in NODE_PARAMS[self.NODE]:
            self.declare_parameter(p.name, p.default, _descriptor(p))
        self._log_handler = _RosLogHandler(self.get_logger())
        self._log_handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
        logging.getLogger("spatialvlm_ros").addHandler(self._log_handler)
        logging.getLogger("spatialvlm_ros").setLevel(logging.INFO)
        self.throttle = ThrottledLog(logging.getLogger(f"spatialvlm_ros.nodes.{self.NODE}"), period_s=5.0)
        self.camera_group = MutuallyExclusiveCallbackGroup()
        self.work_group = MutuallyExclusiveCallbackGroup()
        self.tf_group = ReentrantCallbackGroup()
        self.tf = TransformBuffer(cache_s=10.0)
        self.estimator: Any = None
        self.logic: Any = None
        self.active = False
        self._subs: list[Any] = []
        self._sync: Any = None
        self._last_frame_time = time.monotonic()
        self._frames = 0
        self._watchdog = None

    # ------------------------------------------------------------------ parameters

    def params(self) -> dict[str, Any]:
        """Current values of the declared parameters, validated against the shared table."""
        values = {p.name: self.get_parameter(p.name).value for p in NODE_PARAMS[self.NODE]}
        values = {k: (list(v) if isinstance(v, (tuple, list)) or type(v).__name__ == "array" else v)
                  for k, v in values.items()}
        return resolve(self.NODE, values)

    # ------------------------------------------------------------------ lifecycle

    def make_logic(self, params: dict[str, Any]) -> Any:
        """Build the transport-free logic (subclasses)."""
        raise NotImplementedError

    def make_interfaces(self, params: dict[str, Any]) -> None:
        """Create publishers/services/timers (subclasses)."""

    def on_configure(self, state: State) -> TransitionCallbackReturn:
        try:
            p = self.params()
            from spatialvlm_ros.ros.estimator_setup import make_estimator

            self.estimator = make_estimator(p)
            self.logic = self.make_logic(p)
            self._subscribe(p)
            self.make_interfaces(p)
        except SpatialVLMError as exc:
            self.get_logger().error(f"configure failed: {exc}")
            return TransitionCallbackReturn.FAILURE
        self.get_logger().info(f"configured ({p['backend']} backend)")
        return TransitionCallbackReturn.SUCCESS

    def on_activate(self, state: State) -> TransitionCallbackReturn:
        try:
            self.estimator.load()
        except SpatialVLMError as exc:
            self.get_logger().error(f"cannot load the model: {exc}")
            return TransitionCallbackReturn.FAILURE
        self.active = True
        self._last_frame_time = time.monotonic()
        self.get_logger().info("active: model loaded")
        return super().on_activate(state)

    def on_deactivate(self, state: State) -> TransitionCallbackReturn:
        self.active = False
        self.estimator.unload()
        self.get_logger().info("inactive: model unloaded (GPU memory freed)")
        return super().on_deactivate(state)

    def on_cleanup(self, state: State) -> TransitionCallbackReturn:
        for s in self._subs:
            sub = getattr(s, "sub", s)
            self.destroy_subscription(sub)
        self._subs, self._sync, self.logic, self.estimator = [], None, None, None
        if self._watchdog is not None:
            self.destroy_timer(self._watchdog)
            self._watchdog = None
        return TransitionCallbackReturn.SUCCESS

    def on_shutdown(self, state: State) -> TransitionCallbackReturn:
        if self.estimator is not None:
            self.estimator.unload()
        return TransitionCallbackReturn.SUCCESS

    # ------------------------------------------------------------------ camera and TF

    def _subscribe(self, p: dict[str, Any]) -> None:
        qos = image_qos(p["image_qos"], p["sync_queue_size"])
        kw = {"qos_profile": qos, "callback_group": self.camera_group}
        subs = [
            message_filters.Subscriber(self, Image, p["rgb_topic"], **kw),
            message_filters.Subscriber(self, Image, p["depth_topic"], **kw),
            message_filters.Subscriber(self, CameraInfo, p["camera_info_topic"], **kw),
        ]
        if p["masks_topic"]:
            from spatialvlm_ros.msg import InstanceMasks

            subs.append(message_filters.Subscriber(self, InstanceMasks, p["masks_topic"], **kw))
        self._subs = subs
        self._sync = message_filters.ApproximateTimeSynchronizer(subs, p["sync_queue_size"], p["sync_slop_s"])
        self._sync.registerCallback(self._on_camera)
        self._subs.append(self.create_subscription(TFMessage, "/tf", lambda m: self._on_tf(m, False), 100,
                                                   callback_group=self.tf_group))
        self._subs.append(self.create_subscription(TFMessage, "/tf_static", lambda m: self._on_tf(m, True),
                                                   TF_STATIC_QOS, callback_group=self.tf_group))
        self._topics = [p["rgb_topic"], p["depth_topic"], p["camera_info_topic"]] + (
            [p["masks_topic"]] if p["masks_topic"] else [])
        self._warn_after = float(p["no_image_warning_s"])
        self._watchdog = self.create_timer(max(self._warn_after, 0.5), self._check_images,
                                           callback_group=self.tf_group)

    def _on_tf(self, msg: TFMessage, static: bool) -> None:
        self.tf.add_tf_message(to_rosbags(msg, "tf2_msgs/msg/TFMessage"), static=static)

    def _on_camera(self, rgb: Image, depth: Image, info: CameraInfo, masks: Any = None) -> None:
        self._last_frame_time = time.monotonic()
        self._frames += 1
        if self.logic is None:
            return
        self.logic.on_camera(
            to_rosbags(rgb, "sensor_msgs/msg/Image"), to_rosbags(depth, "sensor_msgs/msg/Image"),
            to_rosbags(info, "sensor_msgs/msg/CameraInfo"),
            to_rosbags(masks, "spatialvlm_ros/msg/InstanceMasks") if masks is not None else None,
        )

    def _check_images(self) -> None:
        idle = time.monotonic() - self._last_frame_time
        if self.active and idle > self._warn_after:
            self.get_logger().warning(
                f"no synchronised camera frame for {idle:.1f} s on {', '.join(self._topics)}: check the topic "
                f"names, that depth is aligned to colour, and QoS (image_qos={self.get_parameter('image_qos').value};"
                " a best-effort publisher needs sensor_data)",
                throttle_duration_sec=10.0,
            )

    def destroy_node(self) -> None:
        logging.getLogger("spatialvlm_ros").removeHandler(self._log_handler)
        if self.estimator is not None:
            self.estimator.unload()
        super().destroy_node()

    def now_ns(self) -> int:
        return int(self.get_clock().now().nanoseconds)


def _descriptor(p: Any) -> Any:
    from rcl_interfaces.msg import ParameterDescriptor

    return ParameterDescriptor(description=p.description)


def spin_node(node_cls: type, args: list[str] | None = None, threads: int = 4) -> int:
    """Create the node, autostart it when asked, spin it on a MultiThreadedExecutor."""
    rclpy.init(args=args)
    node = node_cls()
    executor = MultiThreadedExecutor(num_threads=threads)
    executor.add_node(node)
    try:
        if node.get_parameter("autostart").value:
            node.trigger_configure()
            node.trigger_activate()
        executor.spin()
    except KeyboardInterrupt:
        pass
    finally:
        executor.shutdown()
        node.destroy_node()
        if rclpy.ok():
            rclpy.shutdown()
    return 0
