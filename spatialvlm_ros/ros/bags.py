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
import os
import signal
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from spatialvlm_ros.core.frame import RGBDFrame
from spatialvlm_ros.errors import InputError, UnreadableInputError, first_line
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


#: Longest time a written message stays only in memory (seconds): the sync thread makes it durable.
SYNC_INTERVAL_S = 0.25


@contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold SIGINT/SIGTERM while a message is written, then deliver them.

    A KeyboardInterrupt (or the CLI's SIGTERM exception) raised half-way through
    a write would leave the storage and the writer's counts disagreeing; held
    here, it arrives between two messages and the bag closes consistently.
    Only the main thread receives signals, so other threads just proceed.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pending: list[tuple[int, Any]] = []
    sigs = (signal.SIGINT, signal.SIGTERM)
    old = {sig: signal.signal(sig, lambda signum, frame: pending.append((signum, frame))) for sig in sigs}
    try:
        yield
    finally:
        for sig, handler in old.items():
            signal.signal(sig, handler if handler is not None else signal.SIG_DFL)
        for signum, frame in pending:
            handler = old[signum]
            if callable(handler):
                handler(signum, frame)
            elif handler in (signal.SIG_DFL, None):
                signal.raise_signal(signum)


class BagWriter:
    """A crash-safe rosbag2 writer (version 8) that serialises rosbags message objects.

    Use as a context manager; :meth:`write` adds a topic on first use. On an
    exception inside the ``with`` block (including KeyboardInterrupt and the
    CLI's SIGTERM) the bag is closed normally, so what was written stays readable.

    Crash safety (SIGKILL, power cut): every ``sync_interval_s`` seconds (default
    :data:`SYNC_INTERVAL_S`) a background thread makes everything written so
    far durable in the storage - mcap: the pending chunk is closed and the file
    flushed; sqlite3: the transaction is committed - and rewrites
    ``metadata.yaml`` (atomically) with the current topics and counts. A killed
    recording therefore keeps every message written more than
    ``sync_interval_s`` (plus the time one sync takes) before the kill: the
    sqlite3 bag opens directly (its metadata.yaml may count up to one sync
    interval less than the database holds until reindexed); the mcap bag lacks its summary and footer and
    opens after ``spatialvlm reindex BAG`` (or through :class:`BagReader`,
    which reads it up to its last complete chunk). ``sync_interval_s=None``
    disables the thread (a bag that is closed anyway, e.g. a salvage copy).
    """

    def __init__(self, path: str | Path, storage: str = "mcap",
                 sync_interval_s: float | None = SYNC_INTERVAL_S) -> None:
        from rosbags.rosbag2 import Writer

        self.path = Path(path)
        if self.path.exists():
            raise InputError(f"output bag {self.path} exists already; choose another path")
        if self.path.suffix in (".mcap", ".db3"):
            raise InputError(f"output bag {self.path}: give a directory name, not a {self.path.suffix} file "
                             "(the bag directory holds the storage file and metadata.yaml)")
        self.storage = storage
        self._writer = Writer(self.path, version=BAG_VERSION, storage_plugin=_storage_plugin(storage))
        self._connections: dict[str, Any] = {}
        self._types: dict[str, str] = {}
        self._digests: dict[str, str] = {}
        self.counts: dict[str, int] = {}
        self._durable: dict[str, int] = {}
        self._t_min, self._t_max = 2**63 - 1, 0
        self._dirty = False
        self._lock = threading.RLock()
        self._interval = sync_interval_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.syncs = 0

    def __enter__(self) -> BagWriter:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def open(self) -> None:
        """Create the bag directory and storage; start the sync thread."""
        self._writer.open()
        st = self._writer.storage
        if self.storage == "sqlite3":
            # rosbags opens the database for its own thread only; the sync thread commits too (under the lock)
            st.conn.close()
            st.conn = sqlite3.connect(f"file:{st.path}", uri=True, check_same_thread=False)
            st.cursor = st.conn.cursor()
        self._sync_locked()
        if self._interval is not None:
            self._thread = threading.Thread(target=self._run_sync, name=f"bag-sync {self.path.name}", daemon=True)
            self._thread.start()

    def close(self) -> None:
        """Stop the sync thread and close the bag (summary, footer, final metadata.yaml)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        with _signals_deferred(), self._lock:
            if self._writer.storage is not None:
                self._writer.close()

    def _run_sync(self) -> None:
        assert self._interval is not None
        while not self._stop.wait(self._interval):
            if self._dirty:
                try:
                    self.sync()
                except Exception as exc:  # noqa: BLE001 - a failed sync must not kill the recording
                    log.warning("bag %s: periodic sync failed: %s", self.path, first_line(exc))

    def sync(self) -> None:
        """Make everything written so far durable and rewrite metadata.yaml (see the class docstring)."""
        with self._lock:
            self._sync_locked()

    def _sync_locked(self) -> None:
        st = self._writer.storage
        if st is None:
            return
        if self.storage == "mcap":
            if st.chunk.bio.tell():
                st.close_chunk()
            st.bio.flush()
        else:
            st.conn.commit()
        self._durable = dict(self.counts)
        self._dirty = False
        self.syncs += 1
        self._write_metadata()

    def _write_metadata(self) -> None:
        st = self._writer.storage
        tmp = self.path / "metadata.yaml.tmp"
        items = [(c, self._digests[topic], self._durable.get(topic, 0)) for topic, c in self._connections.items()]
        start = self._t_min if self._t_max else 0
        write_metadata(tmp, self.storage, st.path.name, items, start, max(start, self._t_max))
        os.replace(tmp, self.path / "metadata.yaml")

    def add_topic(self, topic: str, msgtype: str, latched: bool = False) -> None:
        """Declare a topic (done implicitly by :meth:`write`)."""
        if topic in self._connections:
            if self._types[topic] != msgtype:
                raise InputError(f"topic {topic} already has type {self._types[topic]}, not {msgtype}")
            return
        ts = typestore()
        msgdef, _ = ts.generate_msgdef(msgtype, ros_version=2)
        self.declare_raw(topic, msgtype, msgdef, ts.hash_rihs01(msgtype), _latched_qos() if latched else [])

    def declare_raw(self, topic: str, msgtype: str, msgdef: str, rihs01: str, qos: list[Any] | None = None) -> None:
        """Declare a topic from its recorded definition and type hash (for copied messages)."""
        if topic in self._connections:
            return
        if not rihs01:
            from spatialvlm_ros.ros.bag_recovery import _rihs01

            rihs01 = _rihs01(msgtype, msgdef, {})
        with _signals_deferred(), self._lock:
            self._connections[topic] = self._writer.add_connection(
                topic, msgtype, msgdef=msgdef, rihs01=rihs01, offered_qos_profiles=qos or [])
            self._types[topic] = msgtype
            self._digests[topic] = rihs01
            self.counts[topic] = 0
            self._dirty = True

    def write(self, topic: str, msg: Any, t_ns: int) -> None:
        """Serialise ``msg`` (a rosbags object; its type from ``__msgtype__``) at time ``t_ns``."""
        msgtype = msg.__msgtype__
        self.add_topic(topic, msgtype, latched=topic == TOPIC_TF_STATIC)
        self.write_bytes(topic, typestore().serialize_cdr(msg, msgtype), t_ns)

    def write_raw(self, topic: str, msgtype: str, msgdef: str, rihs01: str, data: bytes, t_ns: int,
                  qos: list[Any] | None = None) -> None:
        """Copy an already-serialised message (replay copies input topics unchanged).

        ``rihs01`` may be empty (a bare mcap has no type hashes): it is then
        taken from the type store or rebuilt from ``msgdef``.
        """
        self.declare_raw(topic, msgtype, msgdef, rihs01, qos)
        self.write_bytes(topic, data, t_ns)

    def write_bytes(self, topic: str, data: bytes, t_ns: int) -> None:
        """Write serialised bytes on a declared topic."""
        t = int(t_ns)
        if not 0 <= t < 2**63:
            raise InputError(f"bag {self.path}: time stamp {t_ns} on {topic} is outside 0..2^63")
        with _signals_deferred(), self._lock:
            self._writer.write(self._connections[topic], t, data)
            self.counts[topic] += 1
            self._t_min, self._t_max = min(self._t_min, t), max(self._t_max, t)
            self._dirty = True


def write_metadata(path: Path, storage: str, filename: str, items: list[tuple[Any, str, int]],
                   start_ns: int, end_ns: int) -> None:
    """Write a rosbag2 version-8 ``metadata.yaml`` to ``path``.

    ``items``: (rosbags Connection, type hash, message count) per topic;
    ``start_ns``/``end_ns``: first and last message time stamps.
    """
    from rosbags.rosbag2.metadata import dump_qos_v8

    count = sum(n for _, _, n in items)
    duration = max(0, end_ns - start_ns)
    info = {
        "version": BAG_VERSION,
        "storage_identifier": storage,
        "relative_file_paths": [filename],
        "duration": {"nanoseconds": duration},
        "starting_time": {"nanoseconds_since_epoch": start_ns},
        "message_count": count,
        "topics_with_message_count": [
            {"topic_metadata": {"name": c.topic, "type": c.msgtype,
                                "serialization_format": c.ext.serialization_format,
                                "offered_qos_profiles": dump_qos_v8(list(c.ext.offered_qos_profiles)),
                                "type_description_hash": digest},
             "message_count": n}
            for c, digest, n in items
        ],
        "compression_format": "",
        "compression_mode": "",
        "files": [{"path": filename, "starting_time": {"nanoseconds_since_epoch": start_ns},
                   "duration": {"nanoseconds": duration}, "message_count": count}],
        "custom_data": None,
        "ros_distro": "rosbags",
    }
    with path.open("w", encoding="utf-8") as f:
        yaml.safe_dump({"rosbag2_bagfile_information": info}, f, sort_keys=False)
        f.flush()
        os.fsync(f.fileno())


class BagReader:
    """A rosbag2 reader with one-line errors and deserialised messages.

    ``path`` is a bag directory (metadata.yaml + storage file) or a single
    ``.mcap``/``.db3`` file. Interrupted recordings are read as far as they are
    intact, with a warning: a directory without metadata.yaml is read through
    its storage file; a truncated mcap (no footer, a cut-off last record) is
    salvaged up to its last complete chunk into a temporary bag (the warning
    says how many bytes were dropped; ``recovered`` holds the scan); a sqlite3
    database with an uncommitted transaction is read from a temporary copy
    with that transaction rolled back. The input is never modified.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.recovered: Any = None
        self._tmp: Any = None
        if not self.path.exists():
            raise UnreadableInputError(f"bag {self.path} does not exist")
        if self.path.is_file() and self.path.suffix not in (".mcap", ".db3"):
            raise InputError(f"bag {self.path}: not a bag (expected a directory, a .mcap or a .db3 file)")
        target = self.path
        if self.path.is_dir() and not (self.path / "metadata.yaml").is_file():
            from spatialvlm_ros.ros.bag_recovery import find_storage_file

            target = find_storage_file(self.path)
            log.warning("bag %s has no metadata.yaml (an interrupted recording?): reading %s directly; "
                        "'spatialvlm reindex %s' rebuilds it", self.path, target.name, self.path)
        try:
            self._reader = self._open(target)
        except InputError:
            raise
        except Exception as exc:  # rosbags raises ReaderError, yaml, sqlite3, struct errors...
            try:
                self._reader = self._open_recovered(target, exc)
            except InputError:
                self._cleanup()
                raise
            except Exception as exc2:  # noqa: BLE001
                self._cleanup()
                raise UnreadableInputError(f"cannot open bag {self.path} (not a rosbag2, or truncated/corrupt): "
                                 f"{first_line(exc2)}") from None

    @staticmethod
    def _open(target: Path) -> Any:
        from rosbags.rosbag2 import Reader

        reader = Reader(target)
        reader.open()
        return reader

    def _open_recovered(self, target: Path, exc: BaseException) -> Any:
        """Second try after rosbags refused ``target``: salvage an mcap, roll back a sqlite3 copy."""
        import shutil
        import tempfile

        from spatialvlm_ros.ros import bag_recovery

        store = bag_recovery.find_storage_file(target) if target.is_dir() else target
        if store.suffix == ".mcap":
            self._tmp = tempfile.TemporaryDirectory(prefix="spatialvlm-salvage-")
            dst = Path(self._tmp.name) / "bag"
            scan = bag_recovery.salvage_mcap(store, dst)
            if scan.complete:
                raise UnreadableInputError(f"cannot open bag {self.path} (not a rosbag2, or corrupt): {first_line(exc)}")
            if scan.messages == 0:
                raise UnreadableInputError(f"cannot open bag {self.path}: truncated mcap with no complete chunk "
                                 f"({scan.total_bytes} bytes, {scan.stop_reason})")
            self.recovered = scan
            log.warning("bag %s: mcap %s is truncated (%s): %s", self.path, store.name, first_line(exc),
                        scan.summary())
            return self._open(dst)
        if store.suffix == ".db3":
            self._tmp = tempfile.TemporaryDirectory(prefix="spatialvlm-salvage-")
            copy = Path(self._tmp.name) / store.name
            shutil.copyfile(store, copy)
            for side in ("-journal", "-wal"):
                if Path(f"{store}{side}").is_file():
                    shutil.copyfile(f"{store}{side}", f"{copy}{side}")
            bag_recovery.rollback_sqlite(copy)
            log.warning("bag %s: sqlite3 database %s was not closed (%s); read with its last uncommitted "
                        "transaction rolled back", self.path, store.name, first_line(exc))
            self.recovered = True
            return self._open(copy)
        raise UnreadableInputError(f"cannot open bag {self.path} (not a rosbag2, or truncated/corrupt): {first_line(exc)}")

    def _cleanup(self) -> None:
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def __enter__(self) -> BagReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._reader.is_open:
            self._reader.close()
        self._cleanup()

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
            raise UnreadableInputError(
                f"bag {self.path} has no topic {', '.join(missing)} (it has: {have})"
            )

    def raw_messages(self, topics: Iterable[str] | None = None) -> Iterator[tuple[Any, int, bytes]]:
        """(connection, t_ns, raw CDR bytes) in time order; corrupt data -> InputError."""
        conns = self.connections if topics is None else [c for c in self.connections if c.topic in set(topics)]
        if not conns:  # rosbags reads every topic when given none
            return
        try:
            yield from self._reader.messages(connections=conns)
        except InputError:
            raise
        except Exception as exc:
            raise UnreadableInputError(f"bag {self.path} is truncated or corrupt: {first_line(exc)}") from None

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
                raise UnreadableInputError(
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


class CameraBagStream:
    """A camera bag written frame by frame (crash-safe like :class:`BagWriter`).

    :meth:`write_frame` writes one frame's image, aligned depth, camera_info and
    masks stamped ``frame.stamp_ns`` with ``frame.frame_id``, and (with
    ``write_tf`` and a ``frame.T_world_camera``) the camera pose
    ``frame.world_frame_id`` -> ``frame.frame_id``: on ``/tf_static`` once
    (latched) while ``static_tf`` holds and the pose equals the first one,
    otherwise on ``/tf``. :meth:`write` adds any other message (gripper TF,
    truth, rewards) as it happens, so a killed recording keeps what it recorded.
    """

    def __init__(self, path: str | Path, topics: CameraTopics = CameraTopics(), storage: str = "mcap",
                 depth_encoding: str = "16UC1", color_encoding: str = "rgb8", write_tf: bool = True,
                 static_tf: bool = True) -> None:
        self.topics = topics
        self.depth_encoding, self.color_encoding = depth_encoding, color_encoding
        self.write_tf, self.static_tf = write_tf, static_tf
        self.bag = BagWriter(path, storage)
        self.frames = 0
        self._first_pose: np.ndarray | None = None

    def __enter__(self) -> CameraBagStream:
        self.bag.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.bag.close()

    @property
    def path(self) -> Path:
        return self.bag.path

    def write(self, topic: str, msg: Any, t_ns: int) -> None:
        self.bag.write(topic, msg, t_ns)

    def write_frame(self, f: RGBDFrame) -> None:
        msgs = convert.frame_to_messages(f, depth_encoding=self.depth_encoding, color_encoding=self.color_encoding)
        t = f.stamp_ns
        if self.write_tf and f.T_world_camera is not None:
            tf = convert.transform_stamped(f.T_world_camera, f.world_frame_id, f.frame_id, t)
            pose = np.asarray(f.T_world_camera, float)
            if self._first_pose is None and self.static_tf:
                self._first_pose = pose
                self.bag.write(TOPIC_TF_STATIC, tf_message([tf]), t)
            elif self._first_pose is None or not np.allclose(pose, self._first_pose):
                self.bag.write(TOPIC_TF, tf_message([tf]), t)
        self.bag.write(self.topics.camera_info, msgs["camera_info"], t)
        self.bag.write(self.topics.rgb, msgs["rgb"], t)
        if msgs["depth"] is not None:
            self.bag.write(self.topics.depth, msgs["depth"], t)
        if msgs["masks"] is not None and self.topics.masks:
            self.bag.write(self.topics.masks, msgs["masks"], t)
        self.frames += 1


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

    Frames held in memory are lost if the process dies before this returns:
    a recording loop should use :class:`CameraBagStream` instead.
    """
    frames = list(frames)
    if not frames:
        raise InputError("no frames to write")
    poses = [f.T_world_camera for f in frames]
    static = all(p is not None for p in poses) and all(np.allclose(p, poses[0]) for p in poses)
    with CameraBagStream(path, topics, storage, depth_encoding, color_encoding, write_tf, static) as bag:
        for f in frames:
            bag.write_frame(f)
        for topic, t, msg in sorted(extra, key=lambda x: x[1]):
            bag.write(topic, msg, t)
    log.info("wrote %d frames to %s (%s)", len(frames), path, storage)
    return Path(path)


# The camera synchroniser lives in spatialvlm_ros.ros.sync (one for the live nodes and the replay);
# FrameSynchronizer is its historical name here.
FrameSynchronizer = CameraSynchronizer
