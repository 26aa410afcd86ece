"""The one camera synchroniser of the package: live nodes and offline replay both use it.

It plays the role of message_filters' ``ApproximateTimeSynchronizer`` (which has
no pip wheel) for one RGB-D camera, with a simple, documented policy:

- messages of the colour, depth, camera_info (and masks) streams are pushed in
  arrival order; each stream keeps at most ``queue_size`` messages (the oldest
  is dropped first);
- a set is emitted for a colour image as soon as every other stream holds a
  message whose header stamp lies within ``slop_ns`` of the image's stamp (the
  nearest one is taken); the set is stamped with the colour image's stamp;
- each message is used at most once; once a set is emitted, every message of
  the set's streams at or before the used ones, and every older colour image,
  is dropped (they can no longer form a newer set).

:meth:`CameraSynchronizer.push` returns the sets a message completed, oldest
first (usually 0 or 1). A live node keeps only the latest; a replay processes
all of them. Messages may be rclpy or rosbags objects: only ``header.stamp``
(``sec``, ``nanosec``) is read, so a node synchronises the messages it received
and converts only the matched set. Thread-safe.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from spatialvlm_ros.ros.convert import stamp_to_ns


@dataclass
class CameraSet:
    """Synchronised messages of one frame (depth/masks None when not synchronised)."""

    stamp_ns: int
    rgb: Any
    depth: Any | None
    camera_info: Any
    masks: Any | None = None


class CameraSynchronizer:
    """Approximate-time synchroniser of one RGB-D camera (policy in the module docstring).

    ``topics``: an object with ``rgb``, ``depth``, ``camera_info`` and ``masks``
    topic names (e.g. :class:`spatialvlm_ros.ros.bags.CameraTopics`).
    ``slop_ns``: the largest stamp difference to the colour image, nanoseconds.
    ``use_depth`` / ``use_masks``: whether depth / masks are part of a set.
    ``dropped`` counts the colour images and queue overflows that formed no set.
    """

    def __init__(self, topics: Any, slop_ns: int = 20_000_000, use_depth: bool = True,
                 use_masks: bool = False, queue_size: int = 10) -> None:
        if slop_ns < 0:
            raise ValueError(f"synchroniser slop must be >= 0 ns, got {slop_ns}")
        if queue_size < 1:
            raise ValueError(f"synchroniser queue size must be >= 1, got {queue_size}")
        self.topics = topics
        self.slop_ns = int(slop_ns)
        self.use_depth = use_depth
        self.use_masks = bool(use_masks and topics.masks)
        self.queue_size = int(queue_size)
        self._queues: dict[str, list[tuple[int, Any]]] = {"rgb": [], "depth": [], "camera_info": [], "masks": []}
        self._lock = threading.Lock()
        self.dropped = 0

    def _key(self, topic: str) -> str | None:
        t = self.topics
        if topic == t.rgb:
            return "rgb"
        if topic == t.depth and self.use_depth:
            return "depth"
        if topic == t.camera_info:
            return "camera_info"
        if self.use_masks and topic == t.masks:
            return "masks"
        return None

    def push(self, topic: str, msg: Any) -> list[CameraSet]:
        """Add one message of ``topic``; the sets it completed, oldest first (usually 0 or 1)."""
        key = self._key(topic)
        if key is None:
            return []
        with self._lock:
            q = self._queues[key]
            q.append((stamp_to_ns(msg.header.stamp), msg))
            if len(q) > self.queue_size:
                q.pop(0)
                self.dropped += 1
            return self._match()

    def reset(self) -> None:
        """Forget every queued message (e.g. when a node is deactivated)."""
        with self._lock:
            for q in self._queues.values():
                q.clear()

    def _match(self) -> list[CameraSet]:
        out = []
        keys = ["camera_info"] + (["depth"] if self.use_depth else []) + (["masks"] if self.use_masks else [])
        i = 0
        while i < len(self._queues["rgb"]):
            t, rgb = self._queues["rgb"][i]
            picks: dict[str, tuple[int, Any]] = {}
            for k in keys:
                near = [e for e in self._queues[k] if abs(e[0] - t) <= self.slop_ns]
                if not near:
                    break
                picks[k] = min(near, key=lambda e: abs(e[0] - t))
            else:
                for k, (tk, _m) in picks.items():
                    self._queues[k] = [e for e in self._queues[k] if e[0] > tk]
                self.dropped += i
                del self._queues["rgb"][: i + 1]
                i = 0
                out.append(CameraSet(t, rgb, picks["depth"][1] if "depth" in picks else None,
                                     picks["camera_info"][1], picks["masks"][1] if "masks" in picks else None))
                continue
            i += 1
        return out
