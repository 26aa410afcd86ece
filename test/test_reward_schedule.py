"""The reward node's schedule: rewards on frames once due, never above rate_hz, a watchdog without frames."""

from __future__ import annotations

import numpy as np
import pytest

from spatialvlm_ros.ros.reward_schedule import RewardSchedule

MS = 1_000_000


def _run(rate_hz: float, frames_ns: list[int], end_ns: int,
         stalled: tuple[int, int] = (0, 0)) -> tuple[list[int], list[int]]:
    """Frames at ``frames_ns`` and the watchdog every half period until ``end_ns`` (none while the node is
    ``stalled``: [start, end) ns): publish times (by frames, by the watchdog)."""
    s = RewardSchedule.from_rate(rate_hz)
    ticks = [t for t in range(0, end_ns, s.period_ns // 2) if not stalled[0] <= t < stalled[1]]
    events = sorted([(t, "frame") for t in frames_ns] + [(t, "tick") for t in ticks])
    by_frame, by_watchdog = [], []
    for t, kind in events:
        if s.take(t, by_frame=kind == "frame"):
            (by_frame if kind == "frame" else by_watchdog).append(t)
    return by_frame, by_watchdog


def _camera(hz: float, seconds: float, jitter_ms: float, seed: int = 0) -> list[int]:
    rng = np.random.default_rng(seed)
    n = int(hz * seconds)
    return sorted(int(i * 1e9 / hz + rng.uniform(-jitter_ms, jitter_ms) * MS + 5 * MS) for i in range(n))


@pytest.mark.parametrize("rate_hz", [10.0, 15.0, 30.0])
def test_frames_faster_than_the_rate_give_rewards_at_the_rate_and_never_faster(rate_hz: float) -> None:
    frames = _camera(30.0, 10.0, jitter_ms=4.0)
    by_frame, by_watchdog = _run(rate_hz, frames, 10_000 * MS)
    assert not by_watchdog  # a camera at least as fast as the rate: every reward comes from a frame
    assert set(by_frame) <= set(frames)
    achieved = (len(by_frame) - 1) / ((by_frame[-1] - by_frame[0]) / 1e9)
    assert achieved == pytest.approx(rate_hz, rel=0.03)
    # over any window of a second, never more than rate_hz (+1 for the window's edge)
    t = np.array(by_frame)
    for start in t:
        assert np.sum((t >= start) & (t < start + 1e9)) <= rate_hz + 1


def test_a_30_hz_camera_and_a_30_hz_reward_with_jitter_reward_every_frame() -> None:
    frames = _camera(30.0, 5.0, jitter_ms=12.0)  # a frame up to 12 ms early or late
    by_frame, by_watchdog = _run(30.0, frames, 5_000 * MS)
    assert len(by_frame) >= 0.95 * len(frames) and not by_watchdog


def test_without_frames_the_watchdog_publishes_at_the_rate_and_after_a_stall_there_is_no_burst() -> None:
    frames = _camera(30.0, 2.0, jitter_ms=2.0) + [int(t + 4e9) for t in _camera(30.0, 2.0, jitter_ms=2.0)]
    by_frame, by_watchdog = _run(10.0, frames, 6_000 * MS)
    gap = [t for t in by_watchdog if 2.0e9 < t < 4.0e9]
    assert len(gap) >= 15  # ~10 Hz of (stale) rewards while the camera is silent for 2 s
    assert np.all(np.diff(gap) >= 100 * MS)
    after = [t for t in by_frame if t > 4.0e9]
    assert np.all(np.diff(after) >= 75 * MS)  # frames resume: no catch-up burst
    assert len(after) == pytest.approx(20, abs=2)


def test_a_stalled_node_resumes_at_the_rate_without_a_catch_up_burst() -> None:
    # the whole node descheduled for 1 s (no timer, no frames converted); then the frames come again
    frames = [t for t in _camera(30.0, 3.0, jitter_ms=2.0) if not 1.0e9 <= t < 2.0e9]
    by_frame, by_watchdog = _run(10.0, frames, 3_000 * MS, stalled=(int(1.0e9), int(2.0e9)))
    after = np.array([t for t in sorted(by_frame + by_watchdog) if t >= 2.0e9])
    assert np.all(np.diff(after) >= 25 * MS)  # a quarter period at the least (an early frame after a tick)
    assert len(after) == pytest.approx(10, abs=1)  # 10 Hz in the second after the stall, not the camera's 30


def test_a_clock_that_jumps_back_restarts_the_schedule() -> None:
    s = RewardSchedule.from_rate(10.0)
    t = 1_000 * 10**9  # sim time at 1000 s, a reward every 100 ms
    for i in range(20):
        assert s.take(t + i * 100 * MS, by_frame=True)
    # the simulation restarts: time is back at 0 s; the next frame is rewarded at once, then 10 Hz again
    got = [k * 33 * MS for k in range(31) if s.take(k * 33 * MS, by_frame=True)]
    assert got[0] == 0 and len(got) == pytest.approx(10, abs=1)
