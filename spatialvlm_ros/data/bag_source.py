"""RGB-D frames of a robot's own rosbag2 as data-engine inputs (via the ros helpers).

A bag input is the list of its synchronised (colour, depth, camera_info[, masks])
sets, found with :class:`spatialvlm_ros.ros.bags.FrameSynchronizer` on the
default :class:`~spatialvlm_ros.ros.bags.CameraTopics`; frame ``i`` is the
``i``-th set. The camera pose ``T_world_camera`` is taken from a ``/tf_static``
or ``/tf`` transform whose child is the colour image's frame id (the latest one
not after the frame; its parent names the world frame) - only a direct
transform is looked up, not a chain. Depth units come from the encoding
(16UC1 = mm, 32FC1 = m) through ``ros.convert``.

Reading frame ``i`` reads only the messages within a window around it
(``WINDOW_NS``), using the receive times recorded when the bag was indexed.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

import numpy as np

from spatialvlm_ros.core.frame import RGBDFrame
from spatialvlm_ros.errors import InputError, UnreadableInputError

log = logging.getLogger(__name__)

#: Messages this far (receive time) before/after a colour image are read to rebuild its set.
WINDOW_NS = 500_000_000


def _topics():
    from spatialvlm_ros.ros.bags import CameraTopics

    return CameraTopics()


@lru_cache(maxsize=8)
def _index(path: str) -> tuple[tuple[int, int], ...]:
    """(receive time of the colour image, its header stamp) of every synchronised set."""
    from spatialvlm_ros.ros import convert
    from spatialvlm_ros.ros.bags import BagReader, FrameSynchronizer

    topics = _topics()
    out: list[tuple[int, int]] = []
    with BagReader(path) as reader:
        reader.require(topics.required())
        use_masks = topics.masks in reader.topics
        sync = FrameSynchronizer(topics, use_masks=use_masks)
        recv: dict[int, int] = {}
        names = [topics.rgb, topics.depth, topics.camera_info] + ([topics.masks] if use_masks else [])
        for topic, t_ns, msg in reader.messages(names):
            if topic == topics.rgb:
                recv[convert.stamp_to_ns(msg.header.stamp)] = t_ns
            for s in sync.push(topic, msg):
                out.append((recv.get(s.stamp_ns, s.stamp_ns), s.stamp_ns))
    return tuple(out)


def count_frames(path: str | Path) -> int:
    """Number of synchronised RGB-D sets in the bag (InputError for a bad bag)."""
    return len(_index(str(Path(path).resolve())))


def read_frame(path: str | Path, index: int) -> RGBDFrame:
    """The ``index``-th synchronised frame of the bag, with its camera pose when TF has it."""
    from spatialvlm_ros.ros import convert
    from spatialvlm_ros.ros.bags import TOPIC_TF, TOPIC_TF_STATIC, BagReader, FrameSynchronizer

    key = str(Path(path).resolve())
    idx = _index(key)
    if not 0 <= index < len(idx):
        raise InputError(f"bag {path} has {len(idx)} synchronised frames, no frame {index}")
    recv_t, stamp = idx[index]
    topics = _topics()
    with BagReader(key) as reader:
        use_masks = topics.masks in reader.topics
        sync = FrameSynchronizer(topics, use_masks=use_masks)
        names = [topics.rgb, topics.depth, topics.camera_info] + ([topics.masks] if use_masks else [])
        conns = [c for c in reader.connections if c.topic in names]
        found = None
        from spatialvlm_ros.ros.interfaces import typestore

        ts = typestore()
        try:
            for conn, _t, raw in reader._reader.messages(connections=conns, start=max(0, recv_t - WINDOW_NS),
                                                           stop=recv_t + WINDOW_NS):
                msg = ts.deserialize_cdr(raw, conn.msgtype)
                for s in sync.push(conn.topic, msg):
                    if s.stamp_ns == stamp:
                        found = s
                if found is not None:
                    break
        except InputError:
            raise
        except Exception as exc:  # noqa: BLE001 - rosbags/CDR raise many types on corrupt data
            raise UnreadableInputError(f"bag {path} frame {index}: cannot decode ({type(exc).__name__}: {exc})") from None
        if found is None:
            raise InputError(f"bag {path}: frame {index} could not be re-synchronised")
        frame_id = str(found.rgb.header.frame_id)
        pose, world = _camera_pose(reader, frame_id, stamp, [TOPIC_TF_STATIC, TOPIC_TF])
    frame = convert.frame_from_messages(found.rgb, found.depth, found.camera_info, found.masks,
                                        T_world_camera=pose, world_frame_id=world or "world")
    frame.metadata["bag"] = key
    frame.metadata["bag_frame"] = int(index)
    return frame


def _camera_pose(reader, frame_id: str, stamp: int, tf_topics: list[str]) -> tuple[np.ndarray | None, str | None]:
    from spatialvlm_ros.ros import convert

    present = [t for t in tf_topics if t in reader.topics]
    if not present:
        return None, None
    static_tf = None
    dynamic: tuple[int, object] | None = None  # the latest /tf transform not after the frame
    for topic, _t, msg in reader.messages(present):
        for tr in msg.transforms:
            if str(tr.child_frame_id) != frame_id:
                continue
            if topic.endswith("tf_static"):
                static_tf = tr
                continue
            ts = convert.stamp_to_ns(tr.header.stamp)
            if ts <= stamp and (dynamic is None or ts >= dynamic[0]):
                dynamic = (ts, tr)
    best = (0, dynamic[1]) if dynamic is not None else ((0, static_tf) if static_tf is not None else None)
    if best is None:
        return None, None
    tr = best[1]
    return convert.transform_to_matrix(tr.transform), str(tr.header.frame_id)
