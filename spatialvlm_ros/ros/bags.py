"""Reading and writing rosbag2 files (mcap or sqlite3) with real ROS 2 messages, without ROS.

Bags are written in rosbag2 format version 8 so that ROS 2 Humble and newer can
read them (``ros2 bag info/play``). Messages are CDR-serialised rosbags objects of
:func:`spatialvlm_ros.ros.typestore`; the receive time stamp of each message
written here is its header stamp (nanoseconds).

Errors (a missing path, a directory that is not a bag, a truncated or corrupt
file, missing topics) raise :class:`~spatialvlm_ros.errors.InputError` with one
line naming the bag and the problem.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from spatialvlm_ros.core.frame import RGBDFrame
from spatialvlm_ros.errors import InputError, first_line
from spatialvlm_ros.ros import convert
from spatialvlm_ros.ros.interfaces import typestore
from spatialvlm_ros.ros.sync import CameraSet, CameraSynchronizer  # noqa: F401 - re-exported

log = logging.getLogger(__name__)

STORAGES = ("mcap", "sqlite3")
BAG_VERSION = 8


@dataclass(frozen=True)
class CameraTopics:
    """Topic names of one RGB-D camera (RealSense-style defaults).

    ``masks`` (``spatialvlm_ros/InstanceMasks``) is optional: a segmenter or the
    simulator's ground-truth instance masks.
    """

    rgb: str = "/camera/camera/color/image_raw"
    depth: str = "/camera/camera/aligned_depth_to_color/image_raw"
    camera_info: str = "/camera/camera/color/camera_info"
    masks: str | None = "/camera/camera/instance_masks"

    def required(self) -> list[str]:
        """Topics a replay cannot do without."""
        return [self.rgb, self.depth, self.camera_info]


#: Topics written by sim-bag and replay besides the camera topics.
TOPIC_TF = "/tf"
TOPIC_TF_STATIC = "/tf_static"
TOPIC_TRUTH = "/spatialvlm/truth"
TOPIC_ESTIMATE = "/spatialvlm/estimate"
TOPIC_REWARD = "/spatialvlm/reward"
TOPIC_MARKERS = "/spatialvlm/markers"

TYPE_IMAGE = "sensor_msgs/msg/Image"
TYPE_CAMERA_INFO = "sensor_msgs/msg/CameraInfo"
TYPE_MASKS = "spatialvlm_ros/msg/InstanceMasks"
TYPE_TF = "tf2_msgs/msg/TFMessage"
TYPE_ESTIMATE = "spatialvlm_ros/msg/SpatialEstimate"
TYPE_REWARD = "spatialvlm_ros/msg/RewardSignal"
TYPE_MARKERS = "visualization_msgs/msg/MarkerArray"


def _storage_plugin(storage: str) -> Any:
    from rosbags.rosbag2 import StoragePlugin

    if storage not in STORAGES:
        raise InputError(f"unknown bag storage {storage!r}; use one of {', '.join(STORAGES)}")
    return StoragePlugin.MCAP if storage == "mcap" else StoragePlugin.SQLITE3


def _latched_qos() -> list[Any]:
    """transient_local QoS so that ``ros2 bag play`` re-publishes /tf_static as latched."""
    from rosbags.interfaces import Qos, QosDurability, QosHistory, QosLiveliness, QosReliability, QosTime

    never = QosTime(sec=0, nsec=0)
    return [Qos(QosHistory.KEEP_LAST, 1, QosReliability.RELIABLE, QosDurability.TRANSIENT_LOCAL,
                never, never, QosLiveliness.AUTOMATIC, never, False)]


class BagWriter:
    """A rosbag2 writer (version 8) that serialises rosbags message objects.

    Use as a context manager; :meth:`write` adds a topic on first use. On an
    exception inside the ``with`` block the partial bag is still closed (so what
    was written stays readable).
    """

    def __init__(self, path: str | Path, storage: str = "mcap") -> None:
        from rosbags.rosbag2 import Writer

        self.path = Path(path)
        if self.path.exists():
            raise InputError(f"output bag {self.path} exists already; choose another path")
        self._writer = Writer(self.path, version=BAG_VERSION, storage_plugin=_storage_plugin(storage))
        self._connections: dict[str, Any] = {}
        self._types: dict[str, str] = {}
        self.counts: dict[str, int] = {}

    def __enter__(self) -> BagWriter:
        self._writer.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self._writer.close()

    def add_topic(self, topic: str, msgtype: str, latched: bool = False) -> None:
        """Declare a topic (done implicitly by :meth:`write`)."""
        if topic in self._connections:
            if self._types[topic] != msgtype:
                raise InputError(f"topic {topic} already has type {self._types[topic]}, not {msgtype}")
            return
        qos = _latched_qos() if latched else []
        self._connections[topic] = self._writer.add_connection(
            topic, msgtype, typestore=typestore(), offered_qos_profiles=qos
        )
        self._types[topic] = msgtype
        self.counts[topic] = 0

    def write(self, topic: str, msg: Any, t_ns: int) -> None:
        """Serialise ``msg`` (a rosbags object; its type from ``__msgtype__``) at time ``t_ns``."""
        msgtype = msg.__msgtype__
        self.add_topic(topic, msgtype, latched=topic == TOPIC_TF_STATIC)
        self._writer.write(self._connections[topic], int(t_ns), typestore().serialize_cdr(msg, msgtype))
        self.counts[topic] += 1

    def write_raw(self, topic: str, msgtype: str, msgdef: str, rihs01: str, data: bytes, t_ns: int,
                  qos: list[Any] | None = None) -> None:
        """Copy an already-serialised message (replay copies input topics unchanged)."""
        if topic not in self._connections:
            self._connections[topic] = self._writer.add_connection(
                topic, msgtype, msgdef=msgdef, rihs01=rihs01, offered_qos_profiles=qos or []
            )
            self._types[topic] = msgtype
            self.counts[topic] = 0
        self._writer.write(self._connections[topic], int(t_ns), data)
        self.counts[topic] += 1


class BagReader:
    """A rosbag2 reader with one-line errors and deserialised messages.

    ``path`` is a bag directory (metadata.yaml + storage file) or a single
    ``.mcap``/``.db3`` file.
    """

    def __init__(self, path: str | Path) -> None:
        from rosbags.rosbag2 import Reader

        self.path = Path(path)
        if not self.path.exists():
            raise InputError(f"bag {self.path} does not exist")
        try:
            self._reader = Reader(self.path)
            self._reader.open()
        except InputError:
            raise
        except Exception as exc:  # rosbags raises ReaderError, yaml, sqlite3, struct errors...
            raise InputError(
                f"cannot open bag {self.path} (not a rosbag2, or truncated/corrupt): {first_line(exc)}") from None

    def __enter__(self) -> BagReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._reader.is_open:
            self._reader.close()

    @property
    def topics(self) -> dict[str, str]:
        """Topic name -> message type of every topic in the bag."""
        return {c.topic: c.msgtype for c in self._reader.connections}

    @property
    def connections(self) -> list[Any]:
        return list(self._reader.connections)

    @property
    def message_count(self) -> int:
        return int(self._reader.message_count)

    def require(self, topics: Iterable[str]) -> None:
        """Raise :class:`InputError` naming the missing topics and listing those the bag has."""
        missing = [t for t in topics if t not in self.topics]
        if missing:
            have = ", ".join(sorted(self.topics)) or "none"
            raise InputError(
                f"bag {self.path} has no topic {', '.join(missing)} (it has: {have})"
            )

    def raw_messages(self, topics: Iterable[str] | None = None) -> Iterator[tuple[Any, int, bytes]]:
        """(connection, t_ns, raw CDR bytes) in time order; corrupt data -> InputError."""
        conns = self.connections if topics is None else [c for c in self.connections if c.topic in set(topics)]
        try:
            yield from self._reader.messages(connections=conns)
        except InputError:
            raise
        except Exception as exc:
            raise InputError(f"bag {self.path} is truncated or corrupt: {first_line(exc)}") from None

    def messages(self, topics: Iterable[str] | None = None) -> Iterator[tuple[str, int, Any]]:
        """(topic, t_ns, message object) in time order.

        A message whose type the bag stores with another definition than this package's (a
        bag written before a field was appended, e.g. RewardSignal's object sources) is
        decoded with the bag's own definition: it lacks the newer fields.
        """
        ts = typestore()
        stores: dict[int, Any] = {}
        for conn, t_ns, raw in self.raw_messages(topics):
            if conn.id not in stores:
                stores[conn.id] = _store_for(conn, ts)
            try:
                msg = stores[conn.id].deserialize_cdr(raw, conn.msgtype)
            except KeyError:
                raise InputError(f"bag {self.path}: unknown message type {conn.msgtype} on {conn.topic}") from None
            except Exception as exc:
                raise InputError(
                    f"bag {self.path}: cannot decode a {conn.msgtype} message on {conn.topic}: {first_line(exc)}"
                ) from None
            yield conn.topic, t_ns, msg


def _store_for(conn: Any, ts: Any) -> Any:
    """``ts``, or a type store of the bag's own definition of ``conn.msgtype`` when that differs
    from ``ts``'s (its RIHS01 hash does not match the one the bag recorded)."""
    digest = str(getattr(conn, "digest", "") or "")
    data = str(getattr(getattr(conn, "msgdef", None), "data", "") or "")
    if not digest.startswith("RIHS01_") or not data or conn.msgtype not in ts.types:
        return ts
    try:
        if ts.hash_rihs01(conn.msgtype) == digest:
            return ts
        from rosbags.typesys import get_types_from_msg, get_typestore

        from spatialvlm_ros.ros.interfaces import STORE

        own = get_typestore(STORE)
        own.register(get_types_from_msg(data, conn.msgtype))
        return own
    except Exception as exc:  # noqa: BLE001 - an unparsable stored definition: try ours
        log.debug("cannot use the bag's definition of %s: %s", conn.msgtype, exc)
        return ts


# --------------------------------------------------------------------------- camera bags


def tf_message(transforms: list[Any]) -> Any:
    """``tf2_msgs/TFMessage`` of ``geometry_msgs/TransformStamped`` items."""
    return convert.msg_type(TYPE_TF)(transforms=list(transforms))


def write_camera_bag(
    path: str | Path,
    frames: Iterable[RGBDFrame],
    topics: CameraTopics = CameraTopics(),
    storage: str = "mcap",
    depth_encoding: str = "16UC1",
    color_encoding: str = "rgb8",
    write_tf: bool = True,
    extra: Iterable[tuple[str, int, Any]] = (),
) -> Path:
    """Write RGB-D frames as a camera bag: image, aligned depth, camera_info, masks, TF.

    - Each frame's messages are stamped ``frame.stamp_ns`` with ``frame.frame_id``.
    - With ``write_tf`` and a ``frame.T_world_camera``, the camera pose goes on
      ``/tf_static`` (once, latched) as ``frame.world_frame_id`` -> ``frame.frame_id``
      when it never changes, otherwise on ``/tf`` with every frame.
    - ``extra``: further ``(topic, t_ns, message)`` items (e.g. gripper TF, truth).
    """
    frames = list(frames)
    if not frames:
        raise InputError("no frames to write")
    poses = [f.T_world_camera for f in frames]
    static = all(p is not None for p in poses) and all(np.allclose(p, poses[0]) for p in poses)
    with BagWriter(path, storage) as bag:
        for i, f in enumerate(frames):
            msgs = convert.frame_to_messages(f, depth_encoding=depth_encoding, color_encoding=color_encoding)
            t = f.stamp_ns
            if write_tf and f.T_world_camera is not None:
                tf = convert.transform_stamped(f.T_world_camera, f.world_frame_id, f.frame_id, t)
                if not static:
                    bag.write(TOPIC_TF, tf_message([tf]), t)
                elif i == 0:
                    bag.write(TOPIC_TF_STATIC, tf_message([tf]), t)
            bag.write(topics.camera_info, msgs["camera_info"], t)
            bag.write(topics.rgb, msgs["rgb"], t)
            if msgs["depth"] is not None:
                bag.write(topics.depth, msgs["depth"], t)
            if msgs["masks"] is not None and topics.masks:
                bag.write(topics.masks, msgs["masks"], t)
        for topic, t, msg in sorted(extra, key=lambda x: x[1]):
            bag.write(topic, msg, t)
    log.info("wrote %d frames to %s (%s)", len(frames), path, storage)
    return Path(path)


# The camera synchroniser lives in spatialvlm_ros.ros.sync (one for the live nodes and the replay);
# FrameSynchronizer is its historical name here.
FrameSynchronizer = CameraSynchronizer
