"""When the reward node publishes: on the first frame once a reward is due, or by a watchdog.

Times are the node clock in nanoseconds. Due times advance by one period per published
reward, so over any long window the rate never exceeds ``1 / period``; a frame up to a
quarter period early still counts (camera jitter: a 30 Hz camera and a 30 Hz reward would
otherwise skip every other frame). After a stall the next due time is at least half a
period away, so a late node does not publish a catch-up burst. The watchdog (a timer
that looks twice a period) publishes when no frame came by half a period past the due
time -- then the reward of the latest frame, or an invalid one once it is stale. Two
rewards are at least a quarter period apart (a watchdog reward, then an early frame). A
clock that jumps back by more than two periods (sim time reset, a bag replayed in a
loop) restarts the schedule instead of silencing it until the clock catches up.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class RewardSchedule:
    """Due times of the rewards; ``period_ns`` = 1e9 / rate_hz."""

    period_ns: int
    due_ns: int = 0

    @classmethod
    def from_rate(cls, rate_hz: float) -> RewardSchedule:
        return cls(round(1e9 / rate_hz))

    def frame_due(self, now_ns: int) -> bool:
        """A new frame at ``now_ns`` gets its reward now."""
        self._clock_check(now_ns)
        return now_ns >= self.due_ns - self.period_ns // 4

    def watchdog_due(self, now_ns: int) -> bool:
        """No frame came in time: the watchdog publishes now."""
        self._clock_check(now_ns)
        return now_ns >= self.due_ns + self.period_ns // 2

    def take(self, now_ns: int, by_frame: bool) -> bool:
        """Whether to publish at ``now_ns`` (a new frame, or the watchdog's look); when yes, the
        reward counts as published (call under the node's step lock: check and mark at once)."""
        if not (self.frame_due(now_ns) if by_frame else self.watchdog_due(now_ns)):
            return False
        self.published(now_ns)
        return True

    def published(self, now_ns: int) -> None:
        """A reward was published at ``now_ns``: the next one is due a period on."""
        self.due_ns = max(self.due_ns + self.period_ns, now_ns + self.period_ns // 2)

    def _clock_check(self, now_ns: int) -> None:
        if now_ns < self.due_ns - 2 * self.period_ns:  # the clock went back
            self.due_ns = now_ns
