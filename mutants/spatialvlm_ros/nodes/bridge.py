"""rclpy message <-> rosbags message object, through the CDR bytes both sides share."""

from __future__ import annotations

from typing import Any

from rclpy.serialization import deserialize_message, serialize_message

from spatialvlm_ros.ros.interfaces import typestore


def typename_of(msg_or_cls: Any) -> str:
    """ROS 2 type name (``pkg/msg/Name`` or ``pkg/srv/Name_Request``) of an rclpy message or class."""
    cls = msg_or_cls if isinstance(msg_or_cls, type) else type(msg_or_cls)
    module = cls.__module__.split(".")  # e.g. sensor_msgs.msg._image
    return f"{module[0]}/{module[1]}/{cls.__name__}"


def to_rosbags(msg: Any, typename: str | None = None) -> Any:
    """An rclpy message as the equivalent rosbags object of :func:`typestore`."""
    return typestore().deserialize_cdr(serialize_message(msg), typename or typename_of(msg))


def from_rosbags(obj: Any, cls: type) -> Any:
    """A rosbags object as an instance of the rclpy message class ``cls``."""
    return deserialize_message(bytes(typestore().serialize_cdr(obj, obj.__msgtype__)), cls)
