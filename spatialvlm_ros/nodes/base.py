"""Shared rclpy plumbing of the camera-driven lifecycle nodes.

- Parameters are declared from :data:`spatialvlm_ros.ros.params.NODE_PARAMS`
  (the same table the offline replay and the tests check the YAML files against).
- Lifecycle: ``configure`` builds the estimator (no weights yet) and the
  subscriptions; ``activate`` loads the model (``Estimator.load``);
  ``deactivate`` frees it (``Estimator.unload``, GPU memory included);
  ``cleanup`` destroys the subscriptions. ``autostart`` runs configure+activate.
  ``deactivate`` also forgets the latest frame and stops converting camera
  messages (after ``activate``, messages stamped before it are dropped too); ``cleanup`` destroys every subscription, publisher, service and
  timer ``configure`` made (a later ``configure`` makes them once again).
- Camera: colour, depth, camera_info (+ masks) are synchronised by
  :class:`~spatialvlm_ros.ros.sync.CameraSynchronizer` (approximate time, small
  slop; the same class the offline replay uses) in their own callback group, so
  a slow model call in a service or timer (another group, MultiThreadedExecutor)
  never blocks them. Only the latest synchronised set is converted and kept.
- QoS of the images is a parameter (``sensor_data`` = best effort, the
  camera-driver default; ``reliable``); an incompatible publisher (e.g. a
  best-effort camera for ``reliable``) gives a warning naming the topic and the
  policy, and a warning names the topics when no synchronised frame arrived for
  ``no_image_warning_s``.
- /tf and /tf_static feed a :class:`~spatialvlm_ros.ros.tf_buffer.TransformBuffer`;
  a bad transform in a message is dropped alone, with a throttled warning.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import rclpy
from rclpy.callback_groups import MutuallyExclusiveCallbackGroup, ReentrantCallbackGroup
from rclpy.event_handler import SubscriptionEventCallbacks
from rclpy.executors import ExternalShutdownException, MultiThreadedExecutor
from rclpy.lifecycle import Node as LifecycleNode
from rclpy.lifecycle import State, TransitionCallbackReturn
from rclpy.node import Node
from rclpy.qos import DurabilityPolicy, HistoryPolicy, QoSProfile, ReliabilityPolicy, qos_profile_sensor_data
from sensor_msgs.msg import CameraInfo, Image
from tf2_msgs.msg import TFMessage

from spatialvlm_ros.errors import SpatialVLMError
from spatialvlm_ros.nodes.bridge import to_rosbags
from spatialvlm_ros.ros.convert import stamp_to_ns
from spatialvlm_ros.ros.params import NODE_PARAMS, resolve
from spatialvlm_ros.ros.sync import CameraSet, CameraSynchronizer
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


#: requests a service queues before the middleware drops the oldest
SERVICE_QUEUE = 1000

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
        # camera and TF callbacks are reentrant: a mutually exclusive group whose callback is running makes
        # rclpy's MultiThreadedExecutor spin on the still-ready subscriptions and starve the others (TF).
        self.camera_group = ReentrantCallbackGroup()
        self.work_group = MutuallyExclusiveCallbackGroup()
        self.tf_group = ReentrantCallbackGroup()
        self.tf = TransformBuffer(cache_s=10.0)
        self.estimator: Any = None
        self.logic: Any = None
        self.active = False
        self._owned: list[tuple[str, Any]] = []  # (kind, handle) made by configure, destroyed by cleanup
        self._sync: CameraSynchronizer | None = None
        self._last_frame_time = time.monotonic()
        self._frames = 0  # synchronised sets converted and handed to the logic
        self._active_since_ns = 0
        self._pending: CameraSet | None = None  # the latest synchronised set not converted yet
        self._pending_lock = threading.Lock()
        self._convert_lock = threading.Lock()  # one conversion at a time

    # ------------------------------------------------------------------ owned entities

    def own_publisher(self, msg_type: type, topic: str, qos: Any = 10) -> Any:
        """A lifecycle publisher that ``cleanup`` destroys."""
        pub = self.create_lifecycle_publisher(msg_type, topic, qos)
        self._owned.append(("publisher", pub))
        return pub

    def own_service(self, srv_type: type, name: str, callback: Any, group: Any = None) -> Any:
        """A service (in the work callback group unless ``group``) that ``cleanup`` destroys. Its request
        queue holds :data:`SERVICE_QUEUE` requests (rclpy's default of 10 silently drops a burst)."""
        srv = self.create_service(srv_type, name, callback, callback_group=group or self.work_group,
                                  qos_profile=QoSProfile(history=HistoryPolicy.KEEP_LAST, depth=SERVICE_QUEUE,
                                                         reliability=ReliabilityPolicy.RELIABLE))
        self._owned.append(("service", srv))
        return srv

    def own_timer(self, period_s: float, callback: Any, group: Any = None) -> Any:
        """A timer that ``cleanup`` destroys."""
        timer = self.create_timer(period_s, callback, callback_group=group or self.work_group)
        self._owned.append(("timer", timer))
        return timer

    def own_subscription(self, msg_type: type, topic: str, callback: Any, qos: Any, group: Any,
                         **kwargs: Any) -> Any:
        """A subscription that ``cleanup`` destroys."""
        sub = self.create_subscription(msg_type, topic, callback, qos, callback_group=group, **kwargs)
        self._owned.append(("subscription", sub))
        return sub

    def _destroy_owned(self) -> None:
        for kind, handle in reversed(self._owned):
            if kind == "publisher":
                self.destroy_lifecycle_publisher(handle)
            elif kind == "service":
                self.destroy_service(handle)
            elif kind == "timer":
                self.destroy_timer(handle)
            else:
                self.destroy_subscription(handle)
        self._owned = []

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
        self._destroy_owned()  # nothing is left from an earlier, failed configure
        try:
            p = self.params()
            from spatialvlm_ros.ros.estimator_setup import make_estimator

            self.estimator = make_estimator(p)
            plan = self.estimator.prepare()  # model backends: device/dtype/size, no weights
            self.logic = self.make_logic(p)
            self._subscribe(p)
            self.make_interfaces(p)
        except SpatialVLMError as exc:
            self._destroy_owned()
            self.logic = self.estimator = None
            self.get_logger().error(f"configure failed: {exc}")
            return TransitionCallbackReturn.FAILURE
        self.get_logger().info(f"configured ({p['backend']} backend{': ' + plan if plan else ''})")
        return TransitionCallbackReturn.SUCCESS

    def on_activate(self, state: State) -> TransitionCallbackReturn:
        try:
            self.estimator.load()
        except SpatialVLMError as exc:
            self.get_logger().error(f"cannot load the model: {exc}")
            return TransitionCallbackReturn.FAILURE
        self.forget_frames()  # an activated node answers only about frames stamped after its activation
        if self._sync is not None:
            self._sync.reset()
        self.active = True
        self._active_since_ns = self.now_ns()  # camera messages stamped earlier (queued while inactive) are dropped
        self._last_frame_time = time.monotonic()
        self.get_logger().info("active: model loaded")
        return super().on_activate(state)

    def on_deactivate(self, state: State) -> TransitionCallbackReturn:
        self.active = False
        self.estimator.unload()
        if self._sync is not None:
            self._sync.reset()
        self.forget_frames()
        self.get_logger().info("inactive: model unloaded (GPU memory freed), camera frames no longer converted")
        return super().on_deactivate(state)

    def on_cleanup(self, state: State) -> TransitionCallbackReturn:
        self._destroy_owned()
        self._sync, self.logic, self.estimator = None, None, None
        self.get_logger().info("cleaned up: subscriptions, publishers, services and timers destroyed")
        return TransitionCallbackReturn.SUCCESS

    def forget_frames(self) -> None:
        """Drop the latest frame the logic holds (its :class:`~spatialvlm_ros.ros.latest_frame.LatestFrame`):
        an inactive or just activated node answers about no old frame."""
        logic = self.logic
        holder = getattr(logic, "frames", None) or getattr(getattr(logic, "query", None), "frames", None)
        if holder is not None:
            holder.frame = None
            holder.last_rejection = ""

    def on_shutdown(self, state: State) -> TransitionCallbackReturn:
        if self.estimator is not None:
            self.estimator.unload()
        return TransitionCallbackReturn.SUCCESS

    # ------------------------------------------------------------------ camera and TF

    def _subscribe(self, p: dict[str, Any]) -> None:
        from spatialvlm_ros.ros.bags import CameraTopics

        qos = image_qos(p["image_qos"], p["sync_queue_size"])
        topics = CameraTopics(p["rgb_topic"], p["depth_topic"], p["camera_info_topic"], p["masks_topic"] or None)
        self._sync = CameraSynchronizer(topics, slop_ns=round(float(p["sync_slop_s"]) * 1e9),
                                        use_masks=bool(p["masks_topic"]), queue_size=int(p["sync_queue_size"]))
        streams: list[tuple[type, str]] = [(Image, topics.rgb), (Image, topics.depth), (CameraInfo, topics.camera_info)]
        if p["masks_topic"]:
            from spatialvlm_ros.msg import InstanceMasks

            streams.append((InstanceMasks, topics.masks))
        self._qos_warned: set[str] = set()
        for msg_type, topic in streams:
            events = SubscriptionEventCallbacks(incompatible_qos=lambda info, t=topic: self._on_incompatible_qos(t, info))
            self.own_subscription(msg_type, topic, lambda m, t=topic: self._on_camera_msg(t, m), qos,
                                  self.camera_group, event_callbacks=events)
        self.own_subscription(TFMessage, "/tf", lambda m: self._on_tf(m, False), 100, self.tf_group)
        self.own_subscription(TFMessage, "/tf_static", lambda m: self._on_tf(m, True), TF_STATIC_QOS, self.tf_group)
        self._topics = [topic for _, topic in streams]
        self._warn_after = float(p["no_image_warning_s"])
        self.own_timer(max(self._warn_after, 0.5), self._check_images, group=self.tf_group)

    def _on_incompatible_qos(self, topic: str, info: Any) -> None:
        if topic in self._qos_warned:
            return  # once per topic and configuration
        self._qos_warned.add(topic)
        policy = getattr(getattr(info, "last_policy_kind", None), "name", str(getattr(info, "last_policy_kind", "")))
        self.get_logger().warning(
            f"incompatible QoS on {topic} ({policy}): the publisher offers less than image_qos="
            f"{self.get_parameter('image_qos').value} requests, so no message arrives on {', '.join(self._topics)};"
            " a best-effort camera needs image_qos: sensor_data")

    def _on_tf(self, msg: TFMessage, static: bool) -> None:
        # rclpy TransformStamped has the fields the buffer reads (header.stamp.sec/nanosec, transform): no copy
        for line in self.tf.add_tf_message(msg, static=static):
            self.throttle.warning(line, key=line.split(":")[0])

    def _on_camera_msg(self, topic: str, msg: Any) -> None:
        if not self.active or self._sync is None or stamp_to_ns(msg.header.stamp) < self._active_since_ns:
            return  # inactive, or a message from before the activation: neither synchronised nor converted
        sets = self._sync.push(topic, msg)
        if not sets:
            return
        self._last_frame_time = time.monotonic()  # synchronised, even if a long step delays its conversion
        with self._pending_lock:
            self._pending = sets[-1]  # the latest set only: an older one not converted yet is dropped
        # one thread converts; the others only leave their set behind and return (no thread blocks)
        while self._convert_lock.acquire(blocking=False):
            try:
                while True:
                    with self._pending_lock:
                        s, self._pending = self._pending, None
                    if s is None:
                        break
                    self._on_camera(s)
            finally:
                self._convert_lock.release()
            with self._pending_lock:
                if self._pending is None:
                    break

    def _on_camera(self, s: CameraSet) -> None:
        if self.logic is None:
            return
        self._frames += 1
        accepted = self.logic.on_camera(
            to_rosbags(s.rgb, "sensor_msgs/msg/Image"), to_rosbags(s.depth, "sensor_msgs/msg/Image"),
            to_rosbags(s.camera_info, "sensor_msgs/msg/CameraInfo"),
            to_rosbags(s.masks, "spatialvlm_ros/msg/InstanceMasks") if s.masks is not None else None,
        )
        if accepted:
            self.on_frame()

    def on_frame(self) -> None:
        """Called in the converting thread after the logic accepted a new frame (subclasses; nothing here)."""

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


def spin_node(make: Callable[[], Node], args: list[str] | None = None, threads: int = 6,
              autostart: bool = True) -> int:
    """Run one node process: ``rclpy.init``, ``make()`` the node, configure and activate a
    lifecycle node whose ``autostart`` parameter is set (with ``autostart``), spin it on a
    MultiThreadedExecutor of ``threads`` threads until shutdown or Ctrl-C, then clean up.

    Returns the process exit status: 0, or 2 with one logged line when the node cannot be
    created (:class:`SpatialVLMError`: a bad parameter, an unreadable config).
    """
    rclpy.init(args=args)
    try:
        node = make()
    except SpatialVLMError as exc:
        logging.getLogger("spatialvlm_ros").error("%s: %s", getattr(make, "NODE", "") or getattr(make, "__name__", "node"),
                                                  exc)
        rclpy.try_shutdown()
        return 2
    executor = MultiThreadedExecutor(num_threads=threads)
    executor.add_node(node)
    try:
        if autostart and node.get_parameter("autostart").value:
            node.trigger_configure()
            node.trigger_activate()
        executor.spin()
    except (KeyboardInterrupt, ExternalShutdownException):
        pass
    finally:
        executor.shutdown()
        node.destroy_node()
        rclpy.try_shutdown()
    return 0
