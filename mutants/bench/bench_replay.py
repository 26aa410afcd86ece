"""Bag replay throughput: camera frames per second through the geometry estimator and the reward logic.

Writes a simulated approach bag (``spatialvlm sim-bag``; not timed), then times
``spatialvlm_ros.ros.replay.replay_bag`` on it -- reading and CDR-decoding the
colour/depth/camera_info/masks/TF messages, synchronising, assembling and
validating the frame, the geometry estimate of the task's distance, reward
shaping, and writing the estimate + reward (and a copy of every input message)
into a new bag -- pinned to ONE core with BLAS/OpenMP threads set to 1.
Target: >= 30 frames/s (a camera's rate) at 640x480.

It also splits one frame's cost into: decode (bag bytes -> messages), assemble
(messages -> validated RGBDFrame), estimate (geometry: scene of the 2 task
objects + distance), reward (shaping + messages), encode (messages -> CDR).

Usage::

    .venv/bin/python bench/bench_replay.py --frames 60 --width 640 --height 480
"""

from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse
import logging
import statistics
import tempfile
import time
from pathlib import Path

from machine import cpu_model


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--frames", type=int, default=60)
    ap.add_argument("--width", type=int, default=640)
    ap.add_argument("--height", type=int, default=480)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--storage", choices=("mcap", "sqlite3"), default="mcap")
    ap.add_argument("--repeats", type=int, default=3, help="timed replays (the best and the median are printed)")
    ap.add_argument("--core", type=int, default=0, help="CPU core to pin to (-1: do not pin)")
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)

    if args.core >= 0 and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.core})
    import numpy as np

    from spatialvlm_ros.cli.sim_bag import make_sim_bag
    from spatialvlm_ros.core.reward import RewardTask
    from spatialvlm_ros.estimators.factory import build_estimator
    from spatialvlm_ros.ros import bags
    from spatialvlm_ros.ros.convert import estimate_to_msg, reward_to_msg
    from spatialvlm_ros.ros.frames import FrameAssembler
    from spatialvlm_ros.ros.interfaces import typestore
    from spatialvlm_ros.ros.replay import ReplayConfig, replay_bag
    from spatialvlm_ros.ros.reward_logic import RewardLogic
    from spatialvlm_ros.ros.tf_buffer import TransformBuffer

    tmp = Path(tempfile.mkdtemp(prefix="bench_replay_"))
    t0 = time.perf_counter()
    sim = make_sim_bag(tmp / "in", seed=args.seed, frames=args.frames, width=args.width, height=args.height,
                       storage=args.storage, progress=False)
    t_sim = time.perf_counter() - t0
    task = RewardTask(objects=("gripper", sim.target))

    fps = []
    for i in range(args.repeats):
        est = build_estimator("geometry")
        stats = replay_bag(sim.path, tmp / f"out{i}", est, task, ReplayConfig(storage=args.storage), progress=False)
        assert stats.frames == args.frames, stats
        fps.append(stats.fps)
        valid = stats.valid_rewards

    # per-stage split on the same bag
    ts = typestore()
    topics = bags.CameraTopics()
    raw: dict[int, dict[str, tuple[str, bytes]]] = {}
    tf_msgs = []
    with bags.BagReader(sim.path) as r:
        for c, t, data in r.raw_messages():
            if c.topic in (bags.TOPIC_TF, bags.TOPIC_TF_STATIC):
                tf_msgs.append((c.topic, ts.deserialize_cdr(bytes(data), c.msgtype)))
            elif c.topic in (topics.rgb, topics.depth, topics.camera_info, topics.masks):
                raw.setdefault(t, {})[c.topic] = (c.msgtype, bytes(data))
    tf = TransformBuffer(cache_s=60.0)
    for topic, m in tf_msgs:
        tf.add_tf_message(m, static=topic == bags.TOPIC_TF_STATIC)
    asm = FrameAssembler(world_frame="world", tf=tf)
    logic = RewardLogic(build_estimator("geometry"), task, asm)
    stages: dict[str, list[float]] = {k: [] for k in ("decode", "assemble", "estimate", "reward", "encode")}
    for t in sorted(raw):
        a = time.perf_counter()
        m = {k: ts.deserialize_cdr(v[1], v[0]) for k, v in raw[t].items()}
        b = time.perf_counter()
        frame, _ = asm.assemble(m[topics.rgb], m[topics.depth], m[topics.camera_info], m.get(topics.masks))
        c = time.perf_counter()
        e = logic.query.estimate(frame, task.query())
        d = time.perf_counter()
        sig = logic.shaper.step(e, frame.stamp_ns)
        rmsg = reward_to_msg(sig, task.name, 0, frame.frame_id)
        emsg = estimate_to_msg(e, frame.stamp_ns, frame.frame_id)
        f = time.perf_counter()
        ts.serialize_cdr(rmsg, rmsg.__msgtype__)
        ts.serialize_cdr(emsg, emsg.__msgtype__)
        g = time.perf_counter()
        for k, v in zip(stages, (b - a, c - b, d - c, f - d, g - f)):
            stages[k].append(v)

    print(f"machine: {cpu_model()}, {os.cpu_count()} cores visible, pinned to core "
          f"{args.core if args.core >= 0 else 'none'}; numpy {np.__version__}")
    print(f"bag: {args.frames} frames {args.width}x{args.height} ({args.storage}), written in {t_sim:.1f} s (not timed)")
    print(f"replay: best {max(fps):.1f} frames/s, median {statistics.median(fps):.1f} frames/s over {args.repeats} "
          f"runs; valid rewards {valid}/{args.frames}; target >= 30 frames/s: "
          f"{'met' if max(fps) >= 30 else 'NOT met'}")
    total = sum(statistics.median(v) for v in stages.values())
    print("per frame (median ms): " + ", ".join(f"{k} {1e3 * statistics.median(v):.1f}" for k, v in stages.items())
          + f"; sum {1e3 * total:.1f} ms = {1 / total:.1f} frames/s without bag I/O")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
