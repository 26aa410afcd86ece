"""Offline bag replay: run the reward (and query) node logic over a recorded camera bag.

Input: a rosbag2 (mcap or sqlite3) with colour, aligned depth and camera_info
topics (optionally instance masks, /tf and /tf_static). Output: a new rosbag2
(version 8, readable by Humble and newer) holding

- every input topic copied unchanged (same serialised bytes and time stamps),
- ``/spatialvlm/estimate`` (``spatialvlm_ros/SpatialEstimate``): the task's
  spatial estimate per synchronised frame,
- ``/spatialvlm/reward`` (``spatialvlm_ros/RewardSignal``): the reward per frame,
- ``/spatialvlm/markers`` (``visualization_msgs/MarkerArray``) when asked,
- ``/spatialvlm/query/estimate`` (``SpatialEstimate`` with the objects' boxes): the
  answers of the spatial query node's logic to ``questions``, asked about every frame.

Outputs are stamped (header and bag time) with the camera frame's stamp. The
same transport-free classes as the nodes do the work: :class:`FrameSynchronizer`
(message_filters' role), :class:`FrameAssembler`, :class:`RewardLogic`.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spatialvlm_ros.core.frame import RGBDFrame
from spatialvlm_ros.core.reward import RewardTask
from spatialvlm_ros.errors import InputError
from spatialvlm_ros.estimators.base import Estimator
from spatialvlm_ros.ros import bags, convert
from spatialvlm_ros.ros.frames import FrameAssembler
from spatialvlm_ros.ros.markers import estimate_markers
from spatialvlm_ros.ros.query_logic import QueryLogic, scene_objects
from spatialvlm_ros.ros.reward_logic import RewardLogic
from spatialvlm_ros.ros.tf_buffer import TransformBuffer
from spatialvlm_ros.ros.throttle import ThrottledLog

log = logging.getLogger(__name__)

TOPIC_QUERY_ESTIMATE = "/spatialvlm/query/estimate"


@dataclass
class ReplayConfig:
    """How to read the input bag and what to write.

    ``world_frame``: gravity-aligned TF frame for the camera pose ('' = do not use TF).
    ``slop_s``: synchroniser slop, seconds. ``copy_input``: copy every input topic.
    """

    topics: bags.CameraTopics = field(default_factory=bags.CameraTopics)
    world_frame: str = "world"
    slop_s: float = 0.02
    storage: str = "mcap"
    copy_input: bool = True
    markers: bool = False
    marker_lifetime_s: float = 0.5
    max_frames: int | None = None
    questions: list[str] = field(default_factory=list)


@dataclass
class ReplayStats:
    """What a replay did; ``fps`` = processed frames per second of wall time (reading+estimating+writing)."""

    frames: int = 0
    rejected: int = 0
    valid_rewards: int = 0
    invalid_rewards: int = 0
    copied: int = 0
    seconds: float = 0.0
    out_topics: dict[str, int] = field(default_factory=dict)
    reasons: dict[str, int] = field(default_factory=dict)

    @property
    def fps(self) -> float:
        return self.frames / self.seconds if self.seconds > 0 else 0.0


def replay_bag(in_bag: str | Path, out_bag: str | Path, estimator: Estimator, task: RewardTask,
               config: ReplayConfig | None = None, progress: bool = True) -> ReplayStats:
    """Replay ``in_bag`` through the reward logic into ``out_bag`` (see the module docstring).

    Raises :class:`InputError` for a missing/corrupt input bag, missing camera
    topics (naming the topics the bag has) or an existing output path.
    """
    cfg = config or ReplayConfig()
    out_bag = Path(out_bag)
    if out_bag.exists():
        raise InputError(f"output bag {out_bag} exists already; choose another path")
    stats = ReplayStats()
    t0 = time.perf_counter()
    throttle = ThrottledLog(log)
    tf = TransformBuffer(cache_s=30.0)
    with bags.BagReader(in_bag) as reader:
        reader.require(cfg.topics.required())
        have = reader.topics
        use_masks = bool(cfg.topics.masks) and cfg.topics.masks in have
        if not use_masks:
            log.info("bag has no masks topic %s: the estimator must ground objects itself", cfg.topics.masks)
        world = cfg.world_frame if (cfg.world_frame and (bags.TOPIC_TF in have or bags.TOPIC_TF_STATIC in have)) else ""
        assembler = FrameAssembler(world_frame=world, tf=tf, tf_timeout_s=0.0, require_pose=False, throttle=throttle)
        logic = RewardLogic(estimator, task, assembler=assembler, throttle=throttle)
        # the questions are asked about the frame just rewarded: both logics share one latest frame
        query = QueryLogic(estimator, marker_lifetime_s=cfg.marker_lifetime_s, throttle=throttle,
                           frames=logic.query.frames)
        sync = bags.FrameSynchronizer(cfg.topics, slop_ns=int(cfg.slop_s * 1e9), use_masks=use_masks)
        decode = set(cfg.topics.required()) | ({cfg.topics.masks} if use_masks else set()) | {
            bags.TOPIC_TF, bags.TOPIC_TF_STATIC}
        from spatialvlm_ros.ros.interfaces import typestore

        ts = typestore()
        n_images = have and sum(c.msgcount for c in reader.connections if c.topic == cfg.topics.rgb)
        bar = _progress(n_images, progress)
        try:
            with bags.BagWriter(out_bag, cfg.storage) as out:
                for conn, t_ns, raw in reader.raw_messages():
                    if cfg.copy_input:
                        out.write_raw(conn.topic, conn.msgtype, conn.msgdef.data, conn.digest, bytes(raw), t_ns,
                                      qos=list(conn.ext.offered_qos_profiles))
                        stats.copied += 1
                    if conn.topic not in decode:
                        continue
                    try:
                        msg = ts.deserialize_cdr(raw, conn.msgtype)
                    except Exception as exc:  # noqa: BLE001 - a corrupt message is skipped, not fatal
                        throttle.warning(f"cannot decode a {conn.msgtype} on {conn.topic}: {exc}", key=conn.topic)
                        continue
                    if conn.topic in (bags.TOPIC_TF, bags.TOPIC_TF_STATIC):
                        tf.add_tf_message(msg, static=conn.topic == bags.TOPIC_TF_STATIC)
                        continue
                    for s in sync.push(conn.topic, msg):
                        if cfg.max_frames is not None and stats.frames >= cfg.max_frames:
                            continue
                        frame = _process(s, logic, out, cfg, stats)
                        if frame is not None:
                            _questions(frame, query, out, cfg)
                        bar.update(1)
                stats.out_topics = dict(out.counts)
        except BaseException:
            bar.close()
            raise
        bar.close()
    stats.seconds = time.perf_counter() - t0
    if stats.frames == 0:
        log.warning("no synchronised frame in %s (slop %.3f s): nothing was rewarded", in_bag, cfg.slop_s)
    return stats


def _process(s: bags.CameraSet, logic: RewardLogic, out: bags.BagWriter, cfg: ReplayConfig,
             stats: ReplayStats) -> RGBDFrame | None:
    """Reward one synchronised set; the frame, or None when it was rejected."""
    if not logic.on_camera(s.rgb, s.depth, s.camera_info, s.masks):
        stats.rejected += 1
        stats.reasons[logic.query.last_rejection] = stats.reasons.get(logic.query.last_rejection, 0) + 1
        return None
    frame = logic.query.latest
    assert frame is not None
    step = logic.step(frame)
    stats.frames += 1
    if step.signal.valid:
        stats.valid_rewards += 1
    else:
        stats.invalid_rewards += 1
        stats.reasons[step.signal.reason] = stats.reasons.get(step.signal.reason, 0) + 1
    t = frame.stamp_ns
    if step.estimate is not None:
        out.write(bags.TOPIC_ESTIMATE, step.estimate, t)
    out.write(bags.TOPIC_REWARD, step.reward, t)
    if cfg.markers and step.estimate is not None:
        from spatialvlm_ros.ros.convert import msg_to_estimate

        est = msg_to_estimate(step.estimate)
        objs, t_cam_scene = scene_objects(logic.estimator, frame, est.query.objects) if est.valid else ([], None)
        out.write(bags.TOPIC_MARKERS, estimate_markers(est, objs, t_cam_scene, t, frame.frame_id,
                                                       cfg.marker_lifetime_s), t)
    return frame


def _questions(frame: RGBDFrame, query: QueryLogic, out: bags.BagWriter, cfg: ReplayConfig) -> None:
    """Ask every configured question about the frame just rewarded (what the query node would answer)."""
    if not cfg.questions:
        return
    Request = convert.msg_type("spatialvlm_ros/srv/QuerySpatial_Request")
    for question in cfg.questions:
        result = query.answer(Request(question=question, quantity="", objects=[], form=""))
        out.write(TOPIC_QUERY_ESTIMATE, result.estimate, frame.stamp_ns)


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(total: Any, enabled: bool) -> Any:
    if not enabled:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=int(total or 0) or None, unit="frame", desc="replay")
