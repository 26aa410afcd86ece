"""Transport-free ROS 2 node logic on real ROS 2 message types (rosbags), and bag replay.

Nothing here imports rclpy: the nodes in :mod:`spatialvlm_ros.nodes` are thin
wrappers around these classes, and the same classes run offline on rosbag2 files.
Messages are ``rosbags`` message objects from :func:`typestore` (ROS 2 Jazzy
definitions, which are also what Humble and newer put on the wire for the types used).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from rosbags.typesys.store import Typestore


def typestore() -> Typestore:
    """The shared rosbags type store with this package's msg/srv types registered."""
    from spatialvlm_ros.ros.interfaces import typestore as _typestore

    return _typestore()


__all__ = ["typestore"]
