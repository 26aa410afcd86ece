"""Reward and distance traces read back from a replay (or live-recorded) bag."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from spatialvlm_ros.errors import InputError
from spatialvlm_ros.ros import bags
from spatialvlm_ros.ros.convert import stamp_to_ns


@dataclass
class Traces:
    """Time series keyed by header stamp (ns). NaN marks invalid rewards/estimates.

    - ``reward_t``, ``reward``, ``distance_m``, ``valid``, ``success``: from RewardSignal.
    - ``truth_t``, ``truth_m``: from the truth topic (empty when the bag has none).
    - ``task``: the task name of the last reward.
    """

    reward_t: np.ndarray
    reward: np.ndarray
    distance_m: np.ndarray
    valid: np.ndarray
    success: np.ndarray
    truth_t: np.ndarray
    truth_m: np.ndarray
    task: str = ""

    def truth_at_rewards(self) -> np.ndarray:
        """The truth value with the same stamp as each reward (NaN where none)."""
        lookup = dict(zip(self.truth_t.tolist(), self.truth_m.tolist()))
        return np.array([lookup.get(t, np.nan) for t in self.reward_t.tolist()], dtype=float)


def read_traces(path: str | Path, reward_topic: str = bags.TOPIC_REWARD,
                truth_topic: str = bags.TOPIC_TRUTH) -> Traces:
    """Read the reward (required) and truth (optional) topics of a bag."""
    with bags.BagReader(path) as reader:
        reader.require([reward_topic])
        topics = [reward_topic] + ([truth_topic] if truth_topic in reader.topics else [])
        rt, r, d, v, s, tt, tm = [], [], [], [], [], [], []
        task = ""
        for topic, _, msg in reader.messages(topics):
            t = stamp_to_ns(msg.header.stamp)
            if topic == reward_topic:
                rt.append(t)
                r.append(msg.total)
                d.append(msg.distance_m)
                v.append(msg.valid)
                s.append(msg.success)
                task = msg.task
            else:
                tt.append(t)
                tm.append(msg.value_m if msg.valid else np.nan)
    if not rt:
        raise InputError(f"bag {path} has no message on {reward_topic}")
    order = np.argsort(rt, kind="stable")
    torder = np.argsort(tt, kind="stable")
    return Traces(
        reward_t=np.asarray(rt, dtype=np.int64)[order], reward=np.asarray(r, float)[order],
        distance_m=np.asarray(d, float)[order], valid=np.asarray(v, bool)[order],
        success=np.asarray(s, bool)[order], truth_t=np.asarray(tt, dtype=np.int64)[torder],
        truth_m=np.asarray(tm, float)[torder], task=task,
    )
