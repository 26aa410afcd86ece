"""Dense rewards from quantitative spatial estimates (SpatialVLM, section "robotics").

The paper's observation: the *estimated* distance between the gripper and an
object falls monotonically as the gripper approaches, so it can be used as a
dense reward. This module turns a stream of :class:`SpatialEstimate` (one
distance query per camera frame) into a stream of :class:`RewardSignal`.

Conventions
-----------
- ``distance_m`` is the estimated quantity (``RewardTask.kind``, default the
  centre-to-centre ``distance`` between ``objects[0]`` and ``objects[1]``), metres.
- The *error* is ``e = |distance_m - target_m|`` (metres, >= 0); every shaping
  rewards a smaller error with a larger number.
- Shapings of the ``distance`` component (``scale_m`` > 0 sets the length scale):

  ``exp``        ``exp(-e / scale_m)`` in (0, 1], 1 at the target.
  ``linear``     ``-e / scale_m`` (a cost, 0 at the target, unbounded below).
  ``potential``  ``gamma * Phi(s') - Phi(s)`` with ``Phi = -e / scale_m``
                 (potential-based shaping, Ng et al. 1999): positive when the
                 error shrinks, 0 on the first step after a reset.

- Components (each already weighted; ``total`` is their sum):
  ``distance`` (the shaping term above), ``progress``
  (``progress_weight * (e_prev - e) / scale_m``, positive when approaching, 0 on
  the first step), ``success`` (``success_bonus`` when ``e <= success_tolerance_m``).
- Time stamps are integer nanoseconds.

Invalid estimates give an invalid reward (``valid=False``, ``total=nan``,
``distance_m=None``) with the estimate's reason: no number is made up. Only when
``hold_last`` is set explicitly does the shaper reuse the last valid distance,
for at most ``hold_max_s`` seconds, and it then flags the signal ``held=True``
and says so in ``reason``.

numpy/scipy only; no transport.
"""

from __future__ import annotations

import logging
import math
from dataclasses import asdict, dataclass, field
from typing import Any

from spatialvlm_ros.core.estimate import SpatialEstimate
from spatialvlm_ros.core.frame import normalize_name
from spatialvlm_ros.core.object_sources import object_sources_of
from spatialvlm_ros.core.plain import finite_or_none
from spatialvlm_ros.core.query import QUANTITIES, SINGLE_OBJECT_QUANTITIES, SpatialQuery
from spatialvlm_ros.errors import ConfigError
from spatialvlm_ros.resources import config_fields, load_config

log = logging.getLogger(__name__)

SHAPINGS: tuple[str, ...] = ("exp", "linear", "potential")
#: Quantities a reward can be built on (metric, two objects).
REWARD_KINDS: tuple[str, ...] = tuple(k for k in QUANTITIES if k not in SINGLE_OBJECT_QUANTITIES and k != "direction")


@dataclass
class RewardTask:
    """What is rewarded: bring the ``kind`` between ``objects`` to ``target_m``.

    - ``objects``: (A, B) names, e.g. ("gripper", "red cube").
    - ``target_m``: desired value of the quantity, metres (0 = touch/coincide).
    - ``shaping``: one of :data:`SHAPINGS`; ``scale_m`` its length scale (m, > 0).
    - ``success_tolerance_m``: success when ``|d - target_m| <= tolerance``.
    - ``kind``: the quantity measured, one of :data:`REWARD_KINDS`.
    - ``gamma``: discount of the potential shaping, in (0, 1].
    - ``distance_weight``, ``progress_weight``, ``success_bonus``: weights of
      the three components.
    - ``hold_last``: reuse the last valid distance when an estimate is invalid
      (explicitly flagged), for at most ``hold_max_s`` seconds.
    """

    name: str = "reach"
    objects: tuple[str, ...] = ("gripper", "red cube")
    target_m: float = 0.0
    shaping: str = "exp"
    scale_m: float = 0.1
    success_tolerance_m: float = 0.02
    kind: str = "distance"
    gamma: float = 0.99
    distance_weight: float = 1.0
    progress_weight: float = 0.0
    success_bonus: float = 0.0
    hold_last: bool = False
    hold_max_s: float = 0.5

    def __post_init__(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 2:
            raise ConfigError(f"reward task {self.name!r}: objects must name 2 objects, got {len(self.objects)}")
        if self.shaping not in SHAPINGS:
            raise ConfigError(f"reward task {self.name!r}: unknown shaping {self.shaping!r} (one of {', '.join(SHAPINGS)})")
        if self.kind not in REWARD_KINDS:
            raise ConfigError(f"reward task {self.name!r}: kind {self.kind!r} is not one of {', '.join(REWARD_KINDS)}")
        for key in ("target_m", "scale_m", "success_tolerance_m", "gamma", "hold_max_s",
                    "distance_weight", "progress_weight", "success_bonus"):
            value = getattr(self, key)
            try:
                value = float(value)
            except (TypeError, ValueError):
                raise ConfigError(f"reward task {self.name!r}: {key} must be a number, got {value!r}") from None
            if not math.isfinite(value):
                raise ConfigError(f"reward task {self.name!r}: {key} must be finite")
            setattr(self, key, value)
        if self.scale_m <= 0:
            raise ConfigError(f"reward task {self.name!r}: scale_m must be > 0, got {self.scale_m}")
        if self.target_m < 0 or self.success_tolerance_m < 0 or self.hold_max_s < 0:
            raise ConfigError(f"reward task {self.name!r}: target_m, success_tolerance_m and hold_max_s must be >= 0")
        if not 0.0 < self.gamma <= 1.0:
            raise ConfigError(f"reward task {self.name!r}: gamma must be in (0, 1], got {self.gamma}")
        self.hold_last = bool(self.hold_last)

    @classmethod
    def from_dict(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``), read with
        :func:`~spatialvlm_ros.resources.config_fields`; ``name`` is the default name."""
        kwargs = config_fields(cls, data, "reward task")
        if name is not None:
            kwargs.setdefault("name", name)
        return cls(**kwargs)

    @classmethod
    def from_yaml(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "reward.yaml")
        tasks = cfg.get("tasks") or {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'reward.yaml'} (has: {', '.join(sorted(tasks)) or 'none'})")
        merged = dict(cfg.get("defaults") or {})
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(merged, name=preset)

    def query(self, question: str = "") -> SpatialQuery:
        """The spatial query whose estimates feed this task."""
        return SpatialQuery(self.kind, tuple(self.objects), "value", question)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["objects"] = list(self.objects)
        return d


@dataclass
class RewardSignal:
    """One reward, at the time of the estimate it was computed from.

    ``total`` is NaN and ``components`` empty when ``valid`` is False; then
    ``reason`` says why. ``held`` marks a reward computed from a previous
    (held) distance because the current estimate was invalid. ``sources``: where each
    of the task's objects came from (``{name: label}``, labels of
    :mod:`spatialvlm_ros.core.object_sources`: ``camera``, ``tf:<frame>``, ``camera_fallback``).
    """

    stamp_ns: int
    total: float
    components: dict[str, float] = field(default_factory=dict)
    distance_m: float | None = None
    valid: bool = True
    reason: str = ""
    success: bool = False
    held: bool = False
    error_m: float | None = None
    task: str = ""
    sources: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "stamp_ns": int(self.stamp_ns),
            "total": finite_or_none(self.total),
            "components": {k: float(v) for k, v in self.components.items()},
            "distance_m": finite_or_none(self.distance_m),
            "valid": self.valid,
            "reason": self.reason,
            "success": self.success,
            "held": self.held,
            "error_m": finite_or_none(self.error_m),
            "task": self.task,
            "sources": dict(self.sources),
        }


def shaped(error_m: float, shaping: str, scale_m: float) -> float:
    """The ``exp``/``linear`` shaping of an error (metres) — see the module docstring.

    For ``potential`` this returns the potential ``Phi = -error_m / scale_m``.
    """
    if error_m < 0 or not math.isfinite(error_m):
        raise ValueError(f"error must be a finite non-negative length, got {error_m}")
    if shaping == "exp":
        return math.exp(-error_m / scale_m)
    if shaping in ("linear", "potential"):
        return -error_m / scale_m
    raise ConfigError(f"unknown shaping {shaping!r}")


class RewardShaper:
    """Stateful reward computation for one episode of one :class:`RewardTask`.

    Call :meth:`reset` at the start of each episode, then :meth:`step` once per
    estimate, in time order.
    """

    def __init__(self, task: RewardTask) -> None:
        self.task = task
        self._last_error: float | None = None
        self._last_distance: float | None = None
        self._last_valid_stamp: int | None = None
        self._last_stamp: int | None = None
        self.steps = 0

    def reset(self) -> None:
        """Forget the previous step (progress and potential start from scratch)."""
        self._last_error = None
        self._last_distance = None
        self._last_valid_stamp = None
        self._last_stamp = None
        self.steps = 0

    def _invalid(self, stamp_ns: int, reason: str) -> RewardSignal:
        return RewardSignal(stamp_ns=int(stamp_ns), total=float("nan"), components={}, distance_m=None,
                            valid=False, reason=reason, success=False, task=self.task.name)

    def _check(self, estimate: SpatialEstimate) -> str:
        """Why ``estimate`` cannot feed this task ("" when it can)."""
        if not estimate.valid:
            return f"invalid estimate: {estimate.reason or 'no reason given'}"
        q = estimate.query
        if q.kind != self.task.kind:
            return f"estimate is a {q.kind!r}, task {self.task.name!r} needs {self.task.kind!r}"
        want = sorted(normalize_name(o) for o in self.task.objects)
        got = sorted(normalize_name(o) for o in q.objects)
        if want != got:
            return f"estimate is about {list(q.objects)}, task needs {list(self.task.objects)}"
        v = estimate.value_m
        if v is None or not math.isfinite(float(v)) or float(v) < 0:
            return f"estimate has no usable value ({v!r})"
        return ""

    def step(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns); its ``sources``
        are the estimate's ``details["object_sources"]`` (default: every task object from the camera)."""
        signal = self._step(estimate, int(stamp_ns))
        signal.sources = object_sources_of(estimate, self.task.objects)
        return signal

    def _step(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        if self._last_stamp is not None and stamp_ns < self._last_stamp:
            return self._invalid(stamp_ns, f"estimate stamp {stamp_ns} is older than the previous one {self._last_stamp}")
        problem = self._check(estimate)
        held = False
        if problem:
            t = self.task
            if (t.hold_last and self._last_distance is not None and self._last_valid_stamp is not None
                    and (stamp_ns - self._last_valid_stamp) <= t.hold_max_s * 1e9):
                distance = self._last_distance
                held = True
            else:
                self._last_stamp = stamp_ns
                return self._invalid(stamp_ns, problem)
        else:
            distance = float(estimate.value_m)
        signal = self._reward(distance, stamp_ns, held)
        if held:
            signal.reason = f"held last distance from t={self._last_valid_stamp} ns ({problem})"
        else:
            self._last_distance = distance
            self._last_valid_stamp = stamp_ns
        self._last_stamp = stamp_ns
        self.steps += 1
        return signal

    def _reward(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 0.0 if prev is None else t.gamma * phi - shaped(prev, "potential", t.scale_m)
        else:
            term = shaped(error, t.shaping, t.scale_m)
        progress = 0.0 if (prev is None or held) else (prev - error) / t.scale_m
        success = error <= t.success_tolerance_m
        components = {
            "distance": t.distance_weight * term,
            "progress": t.progress_weight * progress,
            "success": t.success_bonus if success else 0.0,
        }
        if not held:
            self._last_error = error
        return RewardSignal(
            stamp_ns=stamp_ns,
            total=float(sum(components.values())),
            components=components,
            distance_m=distance,
            valid=True,
            reason="",
            success=success,
            held=held,
            error_m=error,
            task=t.name,
        )
