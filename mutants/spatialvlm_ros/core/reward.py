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
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from spatialvlm_ros.core.estimate import SpatialEstimate
from spatialvlm_ros.core.frame import normalize_name
from spatialvlm_ros.core.query import QUANTITIES, SINGLE_OBJECT_QUANTITIES, SpatialQuery
from spatialvlm_ros.errors import ConfigError
from spatialvlm_ros.resources import load_config

log = logging.getLogger(__name__)

SHAPINGS: tuple[str, ...] = ("exp", "linear", "potential")
#: Quantities a reward can be built on (metric, two objects).
REWARD_KINDS: tuple[str, ...] = tuple(k for k in QUANTITIES if k not in SINGLE_OBJECT_QUANTITIES and k != "direction")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁRewardTaskǁ__post_init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁRewardTaskǁfrom_dict__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRewardTaskǁfrom_yaml__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRewardTaskǁquery__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRewardTaskǁto_dict__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁRewardTaskǁ__post_init____mutmut)
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

    def xǁRewardTaskǁ__post_init____mutmut_orig(self) -> None:
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

    def xǁRewardTaskǁ__post_init____mutmut_1(self) -> None:
        self.objects = None
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

    def xǁRewardTaskǁ__post_init____mutmut_2(self) -> None:
        self.objects = tuple(None)
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

    def xǁRewardTaskǁ__post_init____mutmut_3(self) -> None:
        self.objects = tuple(str(None) for o in self.objects)
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

    def xǁRewardTaskǁ__post_init____mutmut_4(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) == 2:
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

    def xǁRewardTaskǁ__post_init____mutmut_5(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 3:
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

    def xǁRewardTaskǁ__post_init____mutmut_6(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 2:
            raise ConfigError(None)
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

    def xǁRewardTaskǁ__post_init____mutmut_7(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 2:
            raise ConfigError(f"reward task {self.name!r}: objects must name 2 objects, got {len(self.objects)}")
        if self.shaping in SHAPINGS:
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

    def xǁRewardTaskǁ__post_init____mutmut_8(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 2:
            raise ConfigError(f"reward task {self.name!r}: objects must name 2 objects, got {len(self.objects)}")
        if self.shaping not in SHAPINGS:
            raise ConfigError(None)
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

    def xǁRewardTaskǁ__post_init____mutmut_9(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 2:
            raise ConfigError(f"reward task {self.name!r}: objects must name 2 objects, got {len(self.objects)}")
        if self.shaping not in SHAPINGS:
            raise ConfigError(f"reward task {self.name!r}: unknown shaping {self.shaping!r} (one of {', '.join(None)})")
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

    def xǁRewardTaskǁ__post_init____mutmut_10(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 2:
            raise ConfigError(f"reward task {self.name!r}: objects must name 2 objects, got {len(self.objects)}")
        if self.shaping not in SHAPINGS:
            raise ConfigError(f"reward task {self.name!r}: unknown shaping {self.shaping!r} (one of {'XX, XX'.join(SHAPINGS)})")
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

    def xǁRewardTaskǁ__post_init____mutmut_11(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 2:
            raise ConfigError(f"reward task {self.name!r}: objects must name 2 objects, got {len(self.objects)}")
        if self.shaping not in SHAPINGS:
            raise ConfigError(f"reward task {self.name!r}: unknown shaping {self.shaping!r} (one of {', '.join(SHAPINGS)})")
        if self.kind in REWARD_KINDS:
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

    def xǁRewardTaskǁ__post_init____mutmut_12(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 2:
            raise ConfigError(f"reward task {self.name!r}: objects must name 2 objects, got {len(self.objects)}")
        if self.shaping not in SHAPINGS:
            raise ConfigError(f"reward task {self.name!r}: unknown shaping {self.shaping!r} (one of {', '.join(SHAPINGS)})")
        if self.kind not in REWARD_KINDS:
            raise ConfigError(None)
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

    def xǁRewardTaskǁ__post_init____mutmut_13(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 2:
            raise ConfigError(f"reward task {self.name!r}: objects must name 2 objects, got {len(self.objects)}")
        if self.shaping not in SHAPINGS:
            raise ConfigError(f"reward task {self.name!r}: unknown shaping {self.shaping!r} (one of {', '.join(SHAPINGS)})")
        if self.kind not in REWARD_KINDS:
            raise ConfigError(f"reward task {self.name!r}: kind {self.kind!r} is not one of {', '.join(None)}")
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

    def xǁRewardTaskǁ__post_init____mutmut_14(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 2:
            raise ConfigError(f"reward task {self.name!r}: objects must name 2 objects, got {len(self.objects)}")
        if self.shaping not in SHAPINGS:
            raise ConfigError(f"reward task {self.name!r}: unknown shaping {self.shaping!r} (one of {', '.join(SHAPINGS)})")
        if self.kind not in REWARD_KINDS:
            raise ConfigError(f"reward task {self.name!r}: kind {self.kind!r} is not one of {'XX, XX'.join(REWARD_KINDS)}")
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

    def xǁRewardTaskǁ__post_init____mutmut_15(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 2:
            raise ConfigError(f"reward task {self.name!r}: objects must name 2 objects, got {len(self.objects)}")
        if self.shaping not in SHAPINGS:
            raise ConfigError(f"reward task {self.name!r}: unknown shaping {self.shaping!r} (one of {', '.join(SHAPINGS)})")
        if self.kind not in REWARD_KINDS:
            raise ConfigError(f"reward task {self.name!r}: kind {self.kind!r} is not one of {', '.join(REWARD_KINDS)}")
        for key in ("XXtarget_mXX", "scale_m", "success_tolerance_m", "gamma", "hold_max_s",
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

    def xǁRewardTaskǁ__post_init____mutmut_16(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 2:
            raise ConfigError(f"reward task {self.name!r}: objects must name 2 objects, got {len(self.objects)}")
        if self.shaping not in SHAPINGS:
            raise ConfigError(f"reward task {self.name!r}: unknown shaping {self.shaping!r} (one of {', '.join(SHAPINGS)})")
        if self.kind not in REWARD_KINDS:
            raise ConfigError(f"reward task {self.name!r}: kind {self.kind!r} is not one of {', '.join(REWARD_KINDS)}")
        for key in ("TARGET_M", "scale_m", "success_tolerance_m", "gamma", "hold_max_s",
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

    def xǁRewardTaskǁ__post_init____mutmut_17(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 2:
            raise ConfigError(f"reward task {self.name!r}: objects must name 2 objects, got {len(self.objects)}")
        if self.shaping not in SHAPINGS:
            raise ConfigError(f"reward task {self.name!r}: unknown shaping {self.shaping!r} (one of {', '.join(SHAPINGS)})")
        if self.kind not in REWARD_KINDS:
            raise ConfigError(f"reward task {self.name!r}: kind {self.kind!r} is not one of {', '.join(REWARD_KINDS)}")
        for key in ("target_m", "XXscale_mXX", "success_tolerance_m", "gamma", "hold_max_s",
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

    def xǁRewardTaskǁ__post_init____mutmut_18(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 2:
            raise ConfigError(f"reward task {self.name!r}: objects must name 2 objects, got {len(self.objects)}")
        if self.shaping not in SHAPINGS:
            raise ConfigError(f"reward task {self.name!r}: unknown shaping {self.shaping!r} (one of {', '.join(SHAPINGS)})")
        if self.kind not in REWARD_KINDS:
            raise ConfigError(f"reward task {self.name!r}: kind {self.kind!r} is not one of {', '.join(REWARD_KINDS)}")
        for key in ("target_m", "SCALE_M", "success_tolerance_m", "gamma", "hold_max_s",
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

    def xǁRewardTaskǁ__post_init____mutmut_19(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 2:
            raise ConfigError(f"reward task {self.name!r}: objects must name 2 objects, got {len(self.objects)}")
        if self.shaping not in SHAPINGS:
            raise ConfigError(f"reward task {self.name!r}: unknown shaping {self.shaping!r} (one of {', '.join(SHAPINGS)})")
        if self.kind not in REWARD_KINDS:
            raise ConfigError(f"reward task {self.name!r}: kind {self.kind!r} is not one of {', '.join(REWARD_KINDS)}")
        for key in ("target_m", "scale_m", "XXsuccess_tolerance_mXX", "gamma", "hold_max_s",
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

    def xǁRewardTaskǁ__post_init____mutmut_20(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 2:
            raise ConfigError(f"reward task {self.name!r}: objects must name 2 objects, got {len(self.objects)}")
        if self.shaping not in SHAPINGS:
            raise ConfigError(f"reward task {self.name!r}: unknown shaping {self.shaping!r} (one of {', '.join(SHAPINGS)})")
        if self.kind not in REWARD_KINDS:
            raise ConfigError(f"reward task {self.name!r}: kind {self.kind!r} is not one of {', '.join(REWARD_KINDS)}")
        for key in ("target_m", "scale_m", "SUCCESS_TOLERANCE_M", "gamma", "hold_max_s",
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

    def xǁRewardTaskǁ__post_init____mutmut_21(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 2:
            raise ConfigError(f"reward task {self.name!r}: objects must name 2 objects, got {len(self.objects)}")
        if self.shaping not in SHAPINGS:
            raise ConfigError(f"reward task {self.name!r}: unknown shaping {self.shaping!r} (one of {', '.join(SHAPINGS)})")
        if self.kind not in REWARD_KINDS:
            raise ConfigError(f"reward task {self.name!r}: kind {self.kind!r} is not one of {', '.join(REWARD_KINDS)}")
        for key in ("target_m", "scale_m", "success_tolerance_m", "XXgammaXX", "hold_max_s",
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

    def xǁRewardTaskǁ__post_init____mutmut_22(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 2:
            raise ConfigError(f"reward task {self.name!r}: objects must name 2 objects, got {len(self.objects)}")
        if self.shaping not in SHAPINGS:
            raise ConfigError(f"reward task {self.name!r}: unknown shaping {self.shaping!r} (one of {', '.join(SHAPINGS)})")
        if self.kind not in REWARD_KINDS:
            raise ConfigError(f"reward task {self.name!r}: kind {self.kind!r} is not one of {', '.join(REWARD_KINDS)}")
        for key in ("target_m", "scale_m", "success_tolerance_m", "GAMMA", "hold_max_s",
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

    def xǁRewardTaskǁ__post_init____mutmut_23(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 2:
            raise ConfigError(f"reward task {self.name!r}: objects must name 2 objects, got {len(self.objects)}")
        if self.shaping not in SHAPINGS:
            raise ConfigError(f"reward task {self.name!r}: unknown shaping {self.shaping!r} (one of {', '.join(SHAPINGS)})")
        if self.kind not in REWARD_KINDS:
            raise ConfigError(f"reward task {self.name!r}: kind {self.kind!r} is not one of {', '.join(REWARD_KINDS)}")
        for key in ("target_m", "scale_m", "success_tolerance_m", "gamma", "XXhold_max_sXX",
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

    def xǁRewardTaskǁ__post_init____mutmut_24(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 2:
            raise ConfigError(f"reward task {self.name!r}: objects must name 2 objects, got {len(self.objects)}")
        if self.shaping not in SHAPINGS:
            raise ConfigError(f"reward task {self.name!r}: unknown shaping {self.shaping!r} (one of {', '.join(SHAPINGS)})")
        if self.kind not in REWARD_KINDS:
            raise ConfigError(f"reward task {self.name!r}: kind {self.kind!r} is not one of {', '.join(REWARD_KINDS)}")
        for key in ("target_m", "scale_m", "success_tolerance_m", "gamma", "HOLD_MAX_S",
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

    def xǁRewardTaskǁ__post_init____mutmut_25(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 2:
            raise ConfigError(f"reward task {self.name!r}: objects must name 2 objects, got {len(self.objects)}")
        if self.shaping not in SHAPINGS:
            raise ConfigError(f"reward task {self.name!r}: unknown shaping {self.shaping!r} (one of {', '.join(SHAPINGS)})")
        if self.kind not in REWARD_KINDS:
            raise ConfigError(f"reward task {self.name!r}: kind {self.kind!r} is not one of {', '.join(REWARD_KINDS)}")
        for key in ("target_m", "scale_m", "success_tolerance_m", "gamma", "hold_max_s",
                    "XXdistance_weightXX", "progress_weight", "success_bonus"):
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

    def xǁRewardTaskǁ__post_init____mutmut_26(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 2:
            raise ConfigError(f"reward task {self.name!r}: objects must name 2 objects, got {len(self.objects)}")
        if self.shaping not in SHAPINGS:
            raise ConfigError(f"reward task {self.name!r}: unknown shaping {self.shaping!r} (one of {', '.join(SHAPINGS)})")
        if self.kind not in REWARD_KINDS:
            raise ConfigError(f"reward task {self.name!r}: kind {self.kind!r} is not one of {', '.join(REWARD_KINDS)}")
        for key in ("target_m", "scale_m", "success_tolerance_m", "gamma", "hold_max_s",
                    "DISTANCE_WEIGHT", "progress_weight", "success_bonus"):
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

    def xǁRewardTaskǁ__post_init____mutmut_27(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 2:
            raise ConfigError(f"reward task {self.name!r}: objects must name 2 objects, got {len(self.objects)}")
        if self.shaping not in SHAPINGS:
            raise ConfigError(f"reward task {self.name!r}: unknown shaping {self.shaping!r} (one of {', '.join(SHAPINGS)})")
        if self.kind not in REWARD_KINDS:
            raise ConfigError(f"reward task {self.name!r}: kind {self.kind!r} is not one of {', '.join(REWARD_KINDS)}")
        for key in ("target_m", "scale_m", "success_tolerance_m", "gamma", "hold_max_s",
                    "distance_weight", "XXprogress_weightXX", "success_bonus"):
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

    def xǁRewardTaskǁ__post_init____mutmut_28(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 2:
            raise ConfigError(f"reward task {self.name!r}: objects must name 2 objects, got {len(self.objects)}")
        if self.shaping not in SHAPINGS:
            raise ConfigError(f"reward task {self.name!r}: unknown shaping {self.shaping!r} (one of {', '.join(SHAPINGS)})")
        if self.kind not in REWARD_KINDS:
            raise ConfigError(f"reward task {self.name!r}: kind {self.kind!r} is not one of {', '.join(REWARD_KINDS)}")
        for key in ("target_m", "scale_m", "success_tolerance_m", "gamma", "hold_max_s",
                    "distance_weight", "PROGRESS_WEIGHT", "success_bonus"):
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

    def xǁRewardTaskǁ__post_init____mutmut_29(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 2:
            raise ConfigError(f"reward task {self.name!r}: objects must name 2 objects, got {len(self.objects)}")
        if self.shaping not in SHAPINGS:
            raise ConfigError(f"reward task {self.name!r}: unknown shaping {self.shaping!r} (one of {', '.join(SHAPINGS)})")
        if self.kind not in REWARD_KINDS:
            raise ConfigError(f"reward task {self.name!r}: kind {self.kind!r} is not one of {', '.join(REWARD_KINDS)}")
        for key in ("target_m", "scale_m", "success_tolerance_m", "gamma", "hold_max_s",
                    "distance_weight", "progress_weight", "XXsuccess_bonusXX"):
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

    def xǁRewardTaskǁ__post_init____mutmut_30(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 2:
            raise ConfigError(f"reward task {self.name!r}: objects must name 2 objects, got {len(self.objects)}")
        if self.shaping not in SHAPINGS:
            raise ConfigError(f"reward task {self.name!r}: unknown shaping {self.shaping!r} (one of {', '.join(SHAPINGS)})")
        if self.kind not in REWARD_KINDS:
            raise ConfigError(f"reward task {self.name!r}: kind {self.kind!r} is not one of {', '.join(REWARD_KINDS)}")
        for key in ("target_m", "scale_m", "success_tolerance_m", "gamma", "hold_max_s",
                    "distance_weight", "progress_weight", "SUCCESS_BONUS"):
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

    def xǁRewardTaskǁ__post_init____mutmut_31(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 2:
            raise ConfigError(f"reward task {self.name!r}: objects must name 2 objects, got {len(self.objects)}")
        if self.shaping not in SHAPINGS:
            raise ConfigError(f"reward task {self.name!r}: unknown shaping {self.shaping!r} (one of {', '.join(SHAPINGS)})")
        if self.kind not in REWARD_KINDS:
            raise ConfigError(f"reward task {self.name!r}: kind {self.kind!r} is not one of {', '.join(REWARD_KINDS)}")
        for key in ("target_m", "scale_m", "success_tolerance_m", "gamma", "hold_max_s",
                    "distance_weight", "progress_weight", "success_bonus"):
            value = None
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

    def xǁRewardTaskǁ__post_init____mutmut_32(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 2:
            raise ConfigError(f"reward task {self.name!r}: objects must name 2 objects, got {len(self.objects)}")
        if self.shaping not in SHAPINGS:
            raise ConfigError(f"reward task {self.name!r}: unknown shaping {self.shaping!r} (one of {', '.join(SHAPINGS)})")
        if self.kind not in REWARD_KINDS:
            raise ConfigError(f"reward task {self.name!r}: kind {self.kind!r} is not one of {', '.join(REWARD_KINDS)}")
        for key in ("target_m", "scale_m", "success_tolerance_m", "gamma", "hold_max_s",
                    "distance_weight", "progress_weight", "success_bonus"):
            value = getattr(None, key)
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

    def xǁRewardTaskǁ__post_init____mutmut_33(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 2:
            raise ConfigError(f"reward task {self.name!r}: objects must name 2 objects, got {len(self.objects)}")
        if self.shaping not in SHAPINGS:
            raise ConfigError(f"reward task {self.name!r}: unknown shaping {self.shaping!r} (one of {', '.join(SHAPINGS)})")
        if self.kind not in REWARD_KINDS:
            raise ConfigError(f"reward task {self.name!r}: kind {self.kind!r} is not one of {', '.join(REWARD_KINDS)}")
        for key in ("target_m", "scale_m", "success_tolerance_m", "gamma", "hold_max_s",
                    "distance_weight", "progress_weight", "success_bonus"):
            value = getattr(self, None)
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

    def xǁRewardTaskǁ__post_init____mutmut_34(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 2:
            raise ConfigError(f"reward task {self.name!r}: objects must name 2 objects, got {len(self.objects)}")
        if self.shaping not in SHAPINGS:
            raise ConfigError(f"reward task {self.name!r}: unknown shaping {self.shaping!r} (one of {', '.join(SHAPINGS)})")
        if self.kind not in REWARD_KINDS:
            raise ConfigError(f"reward task {self.name!r}: kind {self.kind!r} is not one of {', '.join(REWARD_KINDS)}")
        for key in ("target_m", "scale_m", "success_tolerance_m", "gamma", "hold_max_s",
                    "distance_weight", "progress_weight", "success_bonus"):
            value = getattr(key)
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

    def xǁRewardTaskǁ__post_init____mutmut_35(self) -> None:
        self.objects = tuple(str(o) for o in self.objects)
        if len(self.objects) != 2:
            raise ConfigError(f"reward task {self.name!r}: objects must name 2 objects, got {len(self.objects)}")
        if self.shaping not in SHAPINGS:
            raise ConfigError(f"reward task {self.name!r}: unknown shaping {self.shaping!r} (one of {', '.join(SHAPINGS)})")
        if self.kind not in REWARD_KINDS:
            raise ConfigError(f"reward task {self.name!r}: kind {self.kind!r} is not one of {', '.join(REWARD_KINDS)}")
        for key in ("target_m", "scale_m", "success_tolerance_m", "gamma", "hold_max_s",
                    "distance_weight", "progress_weight", "success_bonus"):
            value = getattr(self, )
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

    def xǁRewardTaskǁ__post_init____mutmut_36(self) -> None:
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
                value = None
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

    def xǁRewardTaskǁ__post_init____mutmut_37(self) -> None:
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
                value = float(None)
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

    def xǁRewardTaskǁ__post_init____mutmut_38(self) -> None:
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
                raise ConfigError(None) from None
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

    def xǁRewardTaskǁ__post_init____mutmut_39(self) -> None:
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
            if math.isfinite(value):
                raise ConfigError(f"reward task {self.name!r}: {key} must be finite")
            setattr(self, key, value)
        if self.scale_m <= 0:
            raise ConfigError(f"reward task {self.name!r}: scale_m must be > 0, got {self.scale_m}")
        if self.target_m < 0 or self.success_tolerance_m < 0 or self.hold_max_s < 0:
            raise ConfigError(f"reward task {self.name!r}: target_m, success_tolerance_m and hold_max_s must be >= 0")
        if not 0.0 < self.gamma <= 1.0:
            raise ConfigError(f"reward task {self.name!r}: gamma must be in (0, 1], got {self.gamma}")
        self.hold_last = bool(self.hold_last)

    def xǁRewardTaskǁ__post_init____mutmut_40(self) -> None:
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
            if not math.isfinite(None):
                raise ConfigError(f"reward task {self.name!r}: {key} must be finite")
            setattr(self, key, value)
        if self.scale_m <= 0:
            raise ConfigError(f"reward task {self.name!r}: scale_m must be > 0, got {self.scale_m}")
        if self.target_m < 0 or self.success_tolerance_m < 0 or self.hold_max_s < 0:
            raise ConfigError(f"reward task {self.name!r}: target_m, success_tolerance_m and hold_max_s must be >= 0")
        if not 0.0 < self.gamma <= 1.0:
            raise ConfigError(f"reward task {self.name!r}: gamma must be in (0, 1], got {self.gamma}")
        self.hold_last = bool(self.hold_last)

    def xǁRewardTaskǁ__post_init____mutmut_41(self) -> None:
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
                raise ConfigError(None)
            setattr(self, key, value)
        if self.scale_m <= 0:
            raise ConfigError(f"reward task {self.name!r}: scale_m must be > 0, got {self.scale_m}")
        if self.target_m < 0 or self.success_tolerance_m < 0 or self.hold_max_s < 0:
            raise ConfigError(f"reward task {self.name!r}: target_m, success_tolerance_m and hold_max_s must be >= 0")
        if not 0.0 < self.gamma <= 1.0:
            raise ConfigError(f"reward task {self.name!r}: gamma must be in (0, 1], got {self.gamma}")
        self.hold_last = bool(self.hold_last)

    def xǁRewardTaskǁ__post_init____mutmut_42(self) -> None:
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
            setattr(None, key, value)
        if self.scale_m <= 0:
            raise ConfigError(f"reward task {self.name!r}: scale_m must be > 0, got {self.scale_m}")
        if self.target_m < 0 or self.success_tolerance_m < 0 or self.hold_max_s < 0:
            raise ConfigError(f"reward task {self.name!r}: target_m, success_tolerance_m and hold_max_s must be >= 0")
        if not 0.0 < self.gamma <= 1.0:
            raise ConfigError(f"reward task {self.name!r}: gamma must be in (0, 1], got {self.gamma}")
        self.hold_last = bool(self.hold_last)

    def xǁRewardTaskǁ__post_init____mutmut_43(self) -> None:
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
            setattr(self, None, value)
        if self.scale_m <= 0:
            raise ConfigError(f"reward task {self.name!r}: scale_m must be > 0, got {self.scale_m}")
        if self.target_m < 0 or self.success_tolerance_m < 0 or self.hold_max_s < 0:
            raise ConfigError(f"reward task {self.name!r}: target_m, success_tolerance_m and hold_max_s must be >= 0")
        if not 0.0 < self.gamma <= 1.0:
            raise ConfigError(f"reward task {self.name!r}: gamma must be in (0, 1], got {self.gamma}")
        self.hold_last = bool(self.hold_last)

    def xǁRewardTaskǁ__post_init____mutmut_44(self) -> None:
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
            setattr(self, key, None)
        if self.scale_m <= 0:
            raise ConfigError(f"reward task {self.name!r}: scale_m must be > 0, got {self.scale_m}")
        if self.target_m < 0 or self.success_tolerance_m < 0 or self.hold_max_s < 0:
            raise ConfigError(f"reward task {self.name!r}: target_m, success_tolerance_m and hold_max_s must be >= 0")
        if not 0.0 < self.gamma <= 1.0:
            raise ConfigError(f"reward task {self.name!r}: gamma must be in (0, 1], got {self.gamma}")
        self.hold_last = bool(self.hold_last)

    def xǁRewardTaskǁ__post_init____mutmut_45(self) -> None:
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
            setattr(key, value)
        if self.scale_m <= 0:
            raise ConfigError(f"reward task {self.name!r}: scale_m must be > 0, got {self.scale_m}")
        if self.target_m < 0 or self.success_tolerance_m < 0 or self.hold_max_s < 0:
            raise ConfigError(f"reward task {self.name!r}: target_m, success_tolerance_m and hold_max_s must be >= 0")
        if not 0.0 < self.gamma <= 1.0:
            raise ConfigError(f"reward task {self.name!r}: gamma must be in (0, 1], got {self.gamma}")
        self.hold_last = bool(self.hold_last)

    def xǁRewardTaskǁ__post_init____mutmut_46(self) -> None:
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
            setattr(self, value)
        if self.scale_m <= 0:
            raise ConfigError(f"reward task {self.name!r}: scale_m must be > 0, got {self.scale_m}")
        if self.target_m < 0 or self.success_tolerance_m < 0 or self.hold_max_s < 0:
            raise ConfigError(f"reward task {self.name!r}: target_m, success_tolerance_m and hold_max_s must be >= 0")
        if not 0.0 < self.gamma <= 1.0:
            raise ConfigError(f"reward task {self.name!r}: gamma must be in (0, 1], got {self.gamma}")
        self.hold_last = bool(self.hold_last)

    def xǁRewardTaskǁ__post_init____mutmut_47(self) -> None:
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
            setattr(self, key, )
        if self.scale_m <= 0:
            raise ConfigError(f"reward task {self.name!r}: scale_m must be > 0, got {self.scale_m}")
        if self.target_m < 0 or self.success_tolerance_m < 0 or self.hold_max_s < 0:
            raise ConfigError(f"reward task {self.name!r}: target_m, success_tolerance_m and hold_max_s must be >= 0")
        if not 0.0 < self.gamma <= 1.0:
            raise ConfigError(f"reward task {self.name!r}: gamma must be in (0, 1], got {self.gamma}")
        self.hold_last = bool(self.hold_last)

    def xǁRewardTaskǁ__post_init____mutmut_48(self) -> None:
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
        if self.scale_m < 0:
            raise ConfigError(f"reward task {self.name!r}: scale_m must be > 0, got {self.scale_m}")
        if self.target_m < 0 or self.success_tolerance_m < 0 or self.hold_max_s < 0:
            raise ConfigError(f"reward task {self.name!r}: target_m, success_tolerance_m and hold_max_s must be >= 0")
        if not 0.0 < self.gamma <= 1.0:
            raise ConfigError(f"reward task {self.name!r}: gamma must be in (0, 1], got {self.gamma}")
        self.hold_last = bool(self.hold_last)

    def xǁRewardTaskǁ__post_init____mutmut_49(self) -> None:
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
        if self.scale_m <= 1:
            raise ConfigError(f"reward task {self.name!r}: scale_m must be > 0, got {self.scale_m}")
        if self.target_m < 0 or self.success_tolerance_m < 0 or self.hold_max_s < 0:
            raise ConfigError(f"reward task {self.name!r}: target_m, success_tolerance_m and hold_max_s must be >= 0")
        if not 0.0 < self.gamma <= 1.0:
            raise ConfigError(f"reward task {self.name!r}: gamma must be in (0, 1], got {self.gamma}")
        self.hold_last = bool(self.hold_last)

    def xǁRewardTaskǁ__post_init____mutmut_50(self) -> None:
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
            raise ConfigError(None)
        if self.target_m < 0 or self.success_tolerance_m < 0 or self.hold_max_s < 0:
            raise ConfigError(f"reward task {self.name!r}: target_m, success_tolerance_m and hold_max_s must be >= 0")
        if not 0.0 < self.gamma <= 1.0:
            raise ConfigError(f"reward task {self.name!r}: gamma must be in (0, 1], got {self.gamma}")
        self.hold_last = bool(self.hold_last)

    def xǁRewardTaskǁ__post_init____mutmut_51(self) -> None:
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
        if self.target_m < 0 or self.success_tolerance_m < 0 and self.hold_max_s < 0:
            raise ConfigError(f"reward task {self.name!r}: target_m, success_tolerance_m and hold_max_s must be >= 0")
        if not 0.0 < self.gamma <= 1.0:
            raise ConfigError(f"reward task {self.name!r}: gamma must be in (0, 1], got {self.gamma}")
        self.hold_last = bool(self.hold_last)

    def xǁRewardTaskǁ__post_init____mutmut_52(self) -> None:
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
        if self.target_m < 0 and self.success_tolerance_m < 0 or self.hold_max_s < 0:
            raise ConfigError(f"reward task {self.name!r}: target_m, success_tolerance_m and hold_max_s must be >= 0")
        if not 0.0 < self.gamma <= 1.0:
            raise ConfigError(f"reward task {self.name!r}: gamma must be in (0, 1], got {self.gamma}")
        self.hold_last = bool(self.hold_last)

    def xǁRewardTaskǁ__post_init____mutmut_53(self) -> None:
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
        if self.target_m <= 0 or self.success_tolerance_m < 0 or self.hold_max_s < 0:
            raise ConfigError(f"reward task {self.name!r}: target_m, success_tolerance_m and hold_max_s must be >= 0")
        if not 0.0 < self.gamma <= 1.0:
            raise ConfigError(f"reward task {self.name!r}: gamma must be in (0, 1], got {self.gamma}")
        self.hold_last = bool(self.hold_last)

    def xǁRewardTaskǁ__post_init____mutmut_54(self) -> None:
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
        if self.target_m < 1 or self.success_tolerance_m < 0 or self.hold_max_s < 0:
            raise ConfigError(f"reward task {self.name!r}: target_m, success_tolerance_m and hold_max_s must be >= 0")
        if not 0.0 < self.gamma <= 1.0:
            raise ConfigError(f"reward task {self.name!r}: gamma must be in (0, 1], got {self.gamma}")
        self.hold_last = bool(self.hold_last)

    def xǁRewardTaskǁ__post_init____mutmut_55(self) -> None:
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
        if self.target_m < 0 or self.success_tolerance_m <= 0 or self.hold_max_s < 0:
            raise ConfigError(f"reward task {self.name!r}: target_m, success_tolerance_m and hold_max_s must be >= 0")
        if not 0.0 < self.gamma <= 1.0:
            raise ConfigError(f"reward task {self.name!r}: gamma must be in (0, 1], got {self.gamma}")
        self.hold_last = bool(self.hold_last)

    def xǁRewardTaskǁ__post_init____mutmut_56(self) -> None:
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
        if self.target_m < 0 or self.success_tolerance_m < 1 or self.hold_max_s < 0:
            raise ConfigError(f"reward task {self.name!r}: target_m, success_tolerance_m and hold_max_s must be >= 0")
        if not 0.0 < self.gamma <= 1.0:
            raise ConfigError(f"reward task {self.name!r}: gamma must be in (0, 1], got {self.gamma}")
        self.hold_last = bool(self.hold_last)

    def xǁRewardTaskǁ__post_init____mutmut_57(self) -> None:
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
        if self.target_m < 0 or self.success_tolerance_m < 0 or self.hold_max_s <= 0:
            raise ConfigError(f"reward task {self.name!r}: target_m, success_tolerance_m and hold_max_s must be >= 0")
        if not 0.0 < self.gamma <= 1.0:
            raise ConfigError(f"reward task {self.name!r}: gamma must be in (0, 1], got {self.gamma}")
        self.hold_last = bool(self.hold_last)

    def xǁRewardTaskǁ__post_init____mutmut_58(self) -> None:
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
        if self.target_m < 0 or self.success_tolerance_m < 0 or self.hold_max_s < 1:
            raise ConfigError(f"reward task {self.name!r}: target_m, success_tolerance_m and hold_max_s must be >= 0")
        if not 0.0 < self.gamma <= 1.0:
            raise ConfigError(f"reward task {self.name!r}: gamma must be in (0, 1], got {self.gamma}")
        self.hold_last = bool(self.hold_last)

    def xǁRewardTaskǁ__post_init____mutmut_59(self) -> None:
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
            raise ConfigError(None)
        if not 0.0 < self.gamma <= 1.0:
            raise ConfigError(f"reward task {self.name!r}: gamma must be in (0, 1], got {self.gamma}")
        self.hold_last = bool(self.hold_last)

    def xǁRewardTaskǁ__post_init____mutmut_60(self) -> None:
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
        if 0.0 < self.gamma <= 1.0:
            raise ConfigError(f"reward task {self.name!r}: gamma must be in (0, 1], got {self.gamma}")
        self.hold_last = bool(self.hold_last)

    def xǁRewardTaskǁ__post_init____mutmut_61(self) -> None:
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
        if not 1.0 < self.gamma <= 1.0:
            raise ConfigError(f"reward task {self.name!r}: gamma must be in (0, 1], got {self.gamma}")
        self.hold_last = bool(self.hold_last)

    def xǁRewardTaskǁ__post_init____mutmut_62(self) -> None:
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
        if not 0.0 <= self.gamma <= 1.0:
            raise ConfigError(f"reward task {self.name!r}: gamma must be in (0, 1], got {self.gamma}")
        self.hold_last = bool(self.hold_last)

    def xǁRewardTaskǁ__post_init____mutmut_63(self) -> None:
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
        if not 0.0 < self.gamma < 1.0:
            raise ConfigError(f"reward task {self.name!r}: gamma must be in (0, 1], got {self.gamma}")
        self.hold_last = bool(self.hold_last)

    def xǁRewardTaskǁ__post_init____mutmut_64(self) -> None:
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
        if not 0.0 < self.gamma <= 2.0:
            raise ConfigError(f"reward task {self.name!r}: gamma must be in (0, 1], got {self.gamma}")
        self.hold_last = bool(self.hold_last)

    def xǁRewardTaskǁ__post_init____mutmut_65(self) -> None:
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
            raise ConfigError(None)
        self.hold_last = bool(self.hold_last)

    def xǁRewardTaskǁ__post_init____mutmut_66(self) -> None:
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
        self.hold_last = None

    def xǁRewardTaskǁ__post_init____mutmut_67(self) -> None:
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
        self.hold_last = bool(None)

    @classmethod
    @_mutmut_mutated(mutants_xǁRewardTaskǁfrom_dict__mutmut, is_classmethod = True)
    def from_dict(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_orig(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_1(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_2(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError(None)
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_3(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("XXreward task must be a mappingXX")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_4(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("REWARD TASK MUST BE A MAPPING")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_5(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = None
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_6(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(None)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_7(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = None
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_8(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(None)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_9(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) + known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_10(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(None) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_11(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(None)
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_12(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(None)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_13(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {'XX, XX'.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_14(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = None
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_15(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(None)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_16(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_17(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault(None, name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_18(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", None)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_19(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault(name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_20(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", )
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_21(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("XXnameXX", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_22(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("NAME", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_23(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "XXobjectsXX" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_24(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "OBJECTS" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_25(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" not in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_26(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = None
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_27(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["XXobjectsXX"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_28(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["OBJECTS"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_29(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) and not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_30(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_31(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(None, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_32(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, None):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_33(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr("__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_34(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, ):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_35(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "XX__iter__XX"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_36(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__ITER__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_37(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError(None)
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_38(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("XXreward task: objects must be a list of 2 namesXX")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_39(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("REWARD TASK: OBJECTS MUST BE A LIST OF 2 NAMES")
            kwargs["objects"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_40(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = None
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_41(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["XXobjectsXX"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_42(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["OBJECTS"] = tuple(objs)
        return cls(**kwargs)

    @classmethod
    def xǁRewardTaskǁfrom_dict__mutmut_43(cls, data: dict[str, Any], name: str | None = None) -> RewardTask:
        """Build from a mapping (a task of ``config/reward.yaml``); unknown keys raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError("reward task must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"reward task: unknown key(s) {', '.join(unknown)}")
        kwargs = dict(data)
        if name is not None:
            kwargs.setdefault("name", name)
        if "objects" in kwargs:
            objs = kwargs["objects"]
            if isinstance(objs, str) or not hasattr(objs, "__iter__"):
                raise ConfigError("reward task: objects must be a list of 2 names")
            kwargs["objects"] = tuple(None)
        return cls(**kwargs)

    @classmethod
    @_mutmut_mutated(mutants_xǁRewardTaskǁfrom_yaml__mutmut, is_classmethod = True)
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

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_orig(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
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

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_1(cls, preset: str = "XXreachXX", path: str | None = None, **overrides: Any) -> RewardTask:
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

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_2(cls, preset: str = "REACH", path: str | None = None, **overrides: Any) -> RewardTask:
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

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_3(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = None
        tasks = cfg.get("tasks") or {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'reward.yaml'} (has: {', '.join(sorted(tasks)) or 'none'})")
        merged = dict(cfg.get("defaults") or {})
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(merged, name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_4(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(None)
        tasks = cfg.get("tasks") or {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'reward.yaml'} (has: {', '.join(sorted(tasks)) or 'none'})")
        merged = dict(cfg.get("defaults") or {})
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(merged, name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_5(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path and "reward.yaml")
        tasks = cfg.get("tasks") or {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'reward.yaml'} (has: {', '.join(sorted(tasks)) or 'none'})")
        merged = dict(cfg.get("defaults") or {})
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(merged, name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_6(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "XXreward.yamlXX")
        tasks = cfg.get("tasks") or {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'reward.yaml'} (has: {', '.join(sorted(tasks)) or 'none'})")
        merged = dict(cfg.get("defaults") or {})
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(merged, name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_7(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "REWARD.YAML")
        tasks = cfg.get("tasks") or {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'reward.yaml'} (has: {', '.join(sorted(tasks)) or 'none'})")
        merged = dict(cfg.get("defaults") or {})
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(merged, name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_8(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "reward.yaml")
        tasks = None
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'reward.yaml'} (has: {', '.join(sorted(tasks)) or 'none'})")
        merged = dict(cfg.get("defaults") or {})
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(merged, name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_9(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "reward.yaml")
        tasks = cfg.get("tasks") and {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'reward.yaml'} (has: {', '.join(sorted(tasks)) or 'none'})")
        merged = dict(cfg.get("defaults") or {})
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(merged, name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_10(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "reward.yaml")
        tasks = cfg.get(None) or {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'reward.yaml'} (has: {', '.join(sorted(tasks)) or 'none'})")
        merged = dict(cfg.get("defaults") or {})
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(merged, name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_11(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "reward.yaml")
        tasks = cfg.get("XXtasksXX") or {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'reward.yaml'} (has: {', '.join(sorted(tasks)) or 'none'})")
        merged = dict(cfg.get("defaults") or {})
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(merged, name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_12(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "reward.yaml")
        tasks = cfg.get("TASKS") or {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'reward.yaml'} (has: {', '.join(sorted(tasks)) or 'none'})")
        merged = dict(cfg.get("defaults") or {})
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(merged, name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_13(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "reward.yaml")
        tasks = cfg.get("tasks") or {}
        if preset in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'reward.yaml'} (has: {', '.join(sorted(tasks)) or 'none'})")
        merged = dict(cfg.get("defaults") or {})
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(merged, name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_14(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "reward.yaml")
        tasks = cfg.get("tasks") or {}
        if preset not in tasks:
            raise ConfigError(None)
        merged = dict(cfg.get("defaults") or {})
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(merged, name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_15(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "reward.yaml")
        tasks = cfg.get("tasks") or {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path and 'reward.yaml'} (has: {', '.join(sorted(tasks)) or 'none'})")
        merged = dict(cfg.get("defaults") or {})
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(merged, name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_16(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "reward.yaml")
        tasks = cfg.get("tasks") or {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'XXreward.yamlXX'} (has: {', '.join(sorted(tasks)) or 'none'})")
        merged = dict(cfg.get("defaults") or {})
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(merged, name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_17(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "reward.yaml")
        tasks = cfg.get("tasks") or {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'REWARD.YAML'} (has: {', '.join(sorted(tasks)) or 'none'})")
        merged = dict(cfg.get("defaults") or {})
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(merged, name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_18(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "reward.yaml")
        tasks = cfg.get("tasks") or {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'reward.yaml'} (has: {', '.join(sorted(tasks)) and 'none'})")
        merged = dict(cfg.get("defaults") or {})
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(merged, name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_19(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "reward.yaml")
        tasks = cfg.get("tasks") or {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'reward.yaml'} (has: {', '.join(None) or 'none'})")
        merged = dict(cfg.get("defaults") or {})
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(merged, name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_20(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "reward.yaml")
        tasks = cfg.get("tasks") or {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'reward.yaml'} (has: {'XX, XX'.join(sorted(tasks)) or 'none'})")
        merged = dict(cfg.get("defaults") or {})
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(merged, name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_21(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "reward.yaml")
        tasks = cfg.get("tasks") or {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'reward.yaml'} (has: {', '.join(sorted(None)) or 'none'})")
        merged = dict(cfg.get("defaults") or {})
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(merged, name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_22(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "reward.yaml")
        tasks = cfg.get("tasks") or {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'reward.yaml'} (has: {', '.join(sorted(tasks)) or 'XXnoneXX'})")
        merged = dict(cfg.get("defaults") or {})
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(merged, name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_23(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "reward.yaml")
        tasks = cfg.get("tasks") or {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'reward.yaml'} (has: {', '.join(sorted(tasks)) or 'NONE'})")
        merged = dict(cfg.get("defaults") or {})
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(merged, name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_24(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "reward.yaml")
        tasks = cfg.get("tasks") or {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'reward.yaml'} (has: {', '.join(sorted(tasks)) or 'none'})")
        merged = None
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(merged, name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_25(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "reward.yaml")
        tasks = cfg.get("tasks") or {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'reward.yaml'} (has: {', '.join(sorted(tasks)) or 'none'})")
        merged = dict(None)
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(merged, name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_26(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "reward.yaml")
        tasks = cfg.get("tasks") or {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'reward.yaml'} (has: {', '.join(sorted(tasks)) or 'none'})")
        merged = dict(cfg.get("defaults") and {})
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(merged, name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_27(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "reward.yaml")
        tasks = cfg.get("tasks") or {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'reward.yaml'} (has: {', '.join(sorted(tasks)) or 'none'})")
        merged = dict(cfg.get(None) or {})
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(merged, name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_28(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "reward.yaml")
        tasks = cfg.get("tasks") or {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'reward.yaml'} (has: {', '.join(sorted(tasks)) or 'none'})")
        merged = dict(cfg.get("XXdefaultsXX") or {})
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(merged, name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_29(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "reward.yaml")
        tasks = cfg.get("tasks") or {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'reward.yaml'} (has: {', '.join(sorted(tasks)) or 'none'})")
        merged = dict(cfg.get("DEFAULTS") or {})
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(merged, name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_30(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "reward.yaml")
        tasks = cfg.get("tasks") or {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'reward.yaml'} (has: {', '.join(sorted(tasks)) or 'none'})")
        merged = dict(cfg.get("defaults") or {})
        merged.update(None)
        merged.update(overrides)
        return cls.from_dict(merged, name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_31(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "reward.yaml")
        tasks = cfg.get("tasks") or {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'reward.yaml'} (has: {', '.join(sorted(tasks)) or 'none'})")
        merged = dict(cfg.get("defaults") or {})
        merged.update(tasks[preset] and {})
        merged.update(overrides)
        return cls.from_dict(merged, name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_32(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "reward.yaml")
        tasks = cfg.get("tasks") or {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'reward.yaml'} (has: {', '.join(sorted(tasks)) or 'none'})")
        merged = dict(cfg.get("defaults") or {})
        merged.update(tasks[preset] or {})
        merged.update(None)
        return cls.from_dict(merged, name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_33(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "reward.yaml")
        tasks = cfg.get("tasks") or {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'reward.yaml'} (has: {', '.join(sorted(tasks)) or 'none'})")
        merged = dict(cfg.get("defaults") or {})
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(None, name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_34(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "reward.yaml")
        tasks = cfg.get("tasks") or {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'reward.yaml'} (has: {', '.join(sorted(tasks)) or 'none'})")
        merged = dict(cfg.get("defaults") or {})
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(merged, name=None)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_35(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "reward.yaml")
        tasks = cfg.get("tasks") or {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'reward.yaml'} (has: {', '.join(sorted(tasks)) or 'none'})")
        merged = dict(cfg.get("defaults") or {})
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(name=preset)

    @classmethod
    def xǁRewardTaskǁfrom_yaml__mutmut_36(cls, preset: str = "reach", path: str | None = None, **overrides: Any) -> RewardTask:
        """Task ``preset`` of ``config/reward.yaml`` (or ``path``): ``defaults`` merged with
        ``tasks[preset]``, then ``overrides`` (which may include ``name``; default the preset's name)."""
        cfg = load_config(path or "reward.yaml")
        tasks = cfg.get("tasks") or {}
        if preset not in tasks:
            raise ConfigError(f"reward task {preset!r} not in {path or 'reward.yaml'} (has: {', '.join(sorted(tasks)) or 'none'})")
        merged = dict(cfg.get("defaults") or {})
        merged.update(tasks[preset] or {})
        merged.update(overrides)
        return cls.from_dict(merged, )

    @_mutmut_mutated(mutants_xǁRewardTaskǁquery__mutmut)
    def query(self, question: str = "") -> SpatialQuery:
        """The spatial query whose estimates feed this task."""
        return SpatialQuery(self.kind, tuple(self.objects), "value", question)

    def xǁRewardTaskǁquery__mutmut_orig(self, question: str = "") -> SpatialQuery:
        """The spatial query whose estimates feed this task."""
        return SpatialQuery(self.kind, tuple(self.objects), "value", question)

    def xǁRewardTaskǁquery__mutmut_1(self, question: str = "XXXX") -> SpatialQuery:
        """The spatial query whose estimates feed this task."""
        return SpatialQuery(self.kind, tuple(self.objects), "value", question)

    def xǁRewardTaskǁquery__mutmut_2(self, question: str = "") -> SpatialQuery:
        """The spatial query whose estimates feed this task."""
        return SpatialQuery(None, tuple(self.objects), "value", question)

    def xǁRewardTaskǁquery__mutmut_3(self, question: str = "") -> SpatialQuery:
        """The spatial query whose estimates feed this task."""
        return SpatialQuery(self.kind, None, "value", question)

    def xǁRewardTaskǁquery__mutmut_4(self, question: str = "") -> SpatialQuery:
        """The spatial query whose estimates feed this task."""
        return SpatialQuery(self.kind, tuple(self.objects), None, question)

    def xǁRewardTaskǁquery__mutmut_5(self, question: str = "") -> SpatialQuery:
        """The spatial query whose estimates feed this task."""
        return SpatialQuery(self.kind, tuple(self.objects), "value", None)

    def xǁRewardTaskǁquery__mutmut_6(self, question: str = "") -> SpatialQuery:
        """The spatial query whose estimates feed this task."""
        return SpatialQuery(tuple(self.objects), "value", question)

    def xǁRewardTaskǁquery__mutmut_7(self, question: str = "") -> SpatialQuery:
        """The spatial query whose estimates feed this task."""
        return SpatialQuery(self.kind, "value", question)

    def xǁRewardTaskǁquery__mutmut_8(self, question: str = "") -> SpatialQuery:
        """The spatial query whose estimates feed this task."""
        return SpatialQuery(self.kind, tuple(self.objects), question)

    def xǁRewardTaskǁquery__mutmut_9(self, question: str = "") -> SpatialQuery:
        """The spatial query whose estimates feed this task."""
        return SpatialQuery(self.kind, tuple(self.objects), "value", )

    def xǁRewardTaskǁquery__mutmut_10(self, question: str = "") -> SpatialQuery:
        """The spatial query whose estimates feed this task."""
        return SpatialQuery(self.kind, tuple(None), "value", question)

    def xǁRewardTaskǁquery__mutmut_11(self, question: str = "") -> SpatialQuery:
        """The spatial query whose estimates feed this task."""
        return SpatialQuery(self.kind, tuple(self.objects), "XXvalueXX", question)

    def xǁRewardTaskǁquery__mutmut_12(self, question: str = "") -> SpatialQuery:
        """The spatial query whose estimates feed this task."""
        return SpatialQuery(self.kind, tuple(self.objects), "VALUE", question)

    @_mutmut_mutated(mutants_xǁRewardTaskǁto_dict__mutmut)
    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["objects"] = list(self.objects)
        return d

    def xǁRewardTaskǁto_dict__mutmut_orig(self) -> dict[str, Any]:
        d = asdict(self)
        d["objects"] = list(self.objects)
        return d

    def xǁRewardTaskǁto_dict__mutmut_1(self) -> dict[str, Any]:
        d = None
        d["objects"] = list(self.objects)
        return d

    def xǁRewardTaskǁto_dict__mutmut_2(self) -> dict[str, Any]:
        d = asdict(None)
        d["objects"] = list(self.objects)
        return d

    def xǁRewardTaskǁto_dict__mutmut_3(self) -> dict[str, Any]:
        d = asdict(self)
        d["objects"] = None
        return d

    def xǁRewardTaskǁto_dict__mutmut_4(self) -> dict[str, Any]:
        d = asdict(self)
        d["XXobjectsXX"] = list(self.objects)
        return d

    def xǁRewardTaskǁto_dict__mutmut_5(self) -> dict[str, Any]:
        d = asdict(self)
        d["OBJECTS"] = list(self.objects)
        return d

    def xǁRewardTaskǁto_dict__mutmut_6(self) -> dict[str, Any]:
        d = asdict(self)
        d["objects"] = list(None)
        return d

mutants_xǁRewardTaskǁ__post_init____mutmut['_mutmut_orig'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_1'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_2'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_3'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_4'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_5'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_6'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_7'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_8'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_9'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_10'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_11'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_12'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_13'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_14'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_15'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_16'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_17'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_18'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_19'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_20'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_21'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_22'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_23'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_24'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_25'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_26'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_26 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_27'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_27 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_28'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_28 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_29'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_29 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_30'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_30 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_31'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_31 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_32'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_32 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_33'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_33 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_34'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_34 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_35'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_35 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_36'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_36 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_37'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_37 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_38'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_38 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_39'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_39 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_40'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_40 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_41'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_41 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_42'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_42 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_43'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_43 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_44'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_44 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_45'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_45 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_46'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_46 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_47'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_47 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_48'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_48 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_49'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_49 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_50'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_50 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_51'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_51 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_52'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_52 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_53'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_53 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_54'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_54 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_55'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_55 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_56'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_56 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_57'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_57 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_58'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_58 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_59'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_59 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_60'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_60 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_61'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_61 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_62'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_62 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_63'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_63 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_64'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_64 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_65'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_65 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_66'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_66 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁ__post_init____mutmut['xǁRewardTaskǁ__post_init____mutmut_67'] = RewardTask.xǁRewardTaskǁ__post_init____mutmut_67 # type: ignore # mutmut generated

mutants_xǁRewardTaskǁfrom_dict__mutmut['_mutmut_orig'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_1'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_2'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_3'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_4'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_5'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_6'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_7'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_8'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_9'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_10'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_11'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_12'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_13'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_14'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_15'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_16'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_16 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_17'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_17 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_18'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_18 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_19'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_19 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_20'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_20 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_21'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_21 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_22'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_22 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_23'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_23 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_24'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_24 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_25'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_25 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_26'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_26 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_27'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_27 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_28'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_28 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_29'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_29 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_30'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_30 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_31'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_31 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_32'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_32 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_33'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_33 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_34'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_34 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_35'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_35 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_36'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_36 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_37'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_37 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_38'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_38 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_39'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_39 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_40'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_40 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_41'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_41 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_42'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_42 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_dict__mutmut['xǁRewardTaskǁfrom_dict__mutmut_43'] = RewardTask.xǁRewardTaskǁfrom_dict__mutmut_43 # type: ignore # mutmut generated

mutants_xǁRewardTaskǁfrom_yaml__mutmut['_mutmut_orig'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_1'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_2'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_3'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_4'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_5'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_6'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_7'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_8'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_9'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_10'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_11'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_12'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_13'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_14'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_15'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_16'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_16 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_17'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_17 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_18'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_18 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_19'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_19 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_20'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_20 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_21'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_21 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_22'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_22 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_23'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_23 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_24'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_24 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_25'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_25 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_26'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_26 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_27'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_27 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_28'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_28 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_29'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_29 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_30'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_30 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_31'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_31 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_32'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_32 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_33'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_33 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_34'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_34 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_35'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_35 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁfrom_yaml__mutmut['xǁRewardTaskǁfrom_yaml__mutmut_36'] = RewardTask.xǁRewardTaskǁfrom_yaml__mutmut_36 # type: ignore # mutmut generated

mutants_xǁRewardTaskǁquery__mutmut['_mutmut_orig'] = RewardTask.xǁRewardTaskǁquery__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRewardTaskǁquery__mutmut['xǁRewardTaskǁquery__mutmut_1'] = RewardTask.xǁRewardTaskǁquery__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁquery__mutmut['xǁRewardTaskǁquery__mutmut_2'] = RewardTask.xǁRewardTaskǁquery__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁquery__mutmut['xǁRewardTaskǁquery__mutmut_3'] = RewardTask.xǁRewardTaskǁquery__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁquery__mutmut['xǁRewardTaskǁquery__mutmut_4'] = RewardTask.xǁRewardTaskǁquery__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁquery__mutmut['xǁRewardTaskǁquery__mutmut_5'] = RewardTask.xǁRewardTaskǁquery__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁquery__mutmut['xǁRewardTaskǁquery__mutmut_6'] = RewardTask.xǁRewardTaskǁquery__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁquery__mutmut['xǁRewardTaskǁquery__mutmut_7'] = RewardTask.xǁRewardTaskǁquery__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁquery__mutmut['xǁRewardTaskǁquery__mutmut_8'] = RewardTask.xǁRewardTaskǁquery__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁquery__mutmut['xǁRewardTaskǁquery__mutmut_9'] = RewardTask.xǁRewardTaskǁquery__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁquery__mutmut['xǁRewardTaskǁquery__mutmut_10'] = RewardTask.xǁRewardTaskǁquery__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁquery__mutmut['xǁRewardTaskǁquery__mutmut_11'] = RewardTask.xǁRewardTaskǁquery__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁquery__mutmut['xǁRewardTaskǁquery__mutmut_12'] = RewardTask.xǁRewardTaskǁquery__mutmut_12 # type: ignore # mutmut generated

mutants_xǁRewardTaskǁto_dict__mutmut['_mutmut_orig'] = RewardTask.xǁRewardTaskǁto_dict__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRewardTaskǁto_dict__mutmut['xǁRewardTaskǁto_dict__mutmut_1'] = RewardTask.xǁRewardTaskǁto_dict__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁto_dict__mutmut['xǁRewardTaskǁto_dict__mutmut_2'] = RewardTask.xǁRewardTaskǁto_dict__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁto_dict__mutmut['xǁRewardTaskǁto_dict__mutmut_3'] = RewardTask.xǁRewardTaskǁto_dict__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁto_dict__mutmut['xǁRewardTaskǁto_dict__mutmut_4'] = RewardTask.xǁRewardTaskǁto_dict__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁto_dict__mutmut['xǁRewardTaskǁto_dict__mutmut_5'] = RewardTask.xǁRewardTaskǁto_dict__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRewardTaskǁto_dict__mutmut['xǁRewardTaskǁto_dict__mutmut_6'] = RewardTask.xǁRewardTaskǁto_dict__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut: MutantDict = {}  # type: ignore


@dataclass
class RewardSignal:
    """One reward, at the time of the estimate it was computed from.

    ``total`` is NaN and ``components`` empty when ``valid`` is False; then
    ``reason`` says why. ``held`` marks a reward computed from a previous
    (held) distance because the current estimate was invalid.
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

    @_mutmut_mutated(mutants_xǁRewardSignalǁto_dict__mutmut)
    def to_dict(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(x) else float(x)

        return {
            "stamp_ns": int(self.stamp_ns),
            "total": num(self.total),
            "components": {k: float(v) for k, v in self.components.items()},
            "distance_m": num(self.distance_m),
            "valid": self.valid,
            "reason": self.reason,
            "success": self.success,
            "held": self.held,
            "error_m": num(self.error_m),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_orig(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(x) else float(x)

        return {
            "stamp_ns": int(self.stamp_ns),
            "total": num(self.total),
            "components": {k: float(v) for k, v in self.components.items()},
            "distance_m": num(self.distance_m),
            "valid": self.valid,
            "reason": self.reason,
            "success": self.success,
            "held": self.held,
            "error_m": num(self.error_m),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_1(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if (x is None or not math.isfinite(x)) and False else float(x)

        return {
            "stamp_ns": int(self.stamp_ns),
            "total": num(self.total),
            "components": {k: float(v) for k, v in self.components.items()},
            "distance_m": num(self.distance_m),
            "valid": self.valid,
            "reason": self.reason,
            "success": self.success,
            "held": self.held,
            "error_m": num(self.error_m),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_2(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if (x is None or not math.isfinite(x)) or True else float(x)

        return {
            "stamp_ns": int(self.stamp_ns),
            "total": num(self.total),
            "components": {k: float(v) for k, v in self.components.items()},
            "distance_m": num(self.distance_m),
            "valid": self.valid,
            "reason": self.reason,
            "success": self.success,
            "held": self.held,
            "error_m": num(self.error_m),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_3(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None and not math.isfinite(x) else float(x)

        return {
            "stamp_ns": int(self.stamp_ns),
            "total": num(self.total),
            "components": {k: float(v) for k, v in self.components.items()},
            "distance_m": num(self.distance_m),
            "valid": self.valid,
            "reason": self.reason,
            "success": self.success,
            "held": self.held,
            "error_m": num(self.error_m),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_4(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is not None or not math.isfinite(x) else float(x)

        return {
            "stamp_ns": int(self.stamp_ns),
            "total": num(self.total),
            "components": {k: float(v) for k, v in self.components.items()},
            "distance_m": num(self.distance_m),
            "valid": self.valid,
            "reason": self.reason,
            "success": self.success,
            "held": self.held,
            "error_m": num(self.error_m),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_5(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or math.isfinite(x) else float(x)

        return {
            "stamp_ns": int(self.stamp_ns),
            "total": num(self.total),
            "components": {k: float(v) for k, v in self.components.items()},
            "distance_m": num(self.distance_m),
            "valid": self.valid,
            "reason": self.reason,
            "success": self.success,
            "held": self.held,
            "error_m": num(self.error_m),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_6(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(None) else float(x)

        return {
            "stamp_ns": int(self.stamp_ns),
            "total": num(self.total),
            "components": {k: float(v) for k, v in self.components.items()},
            "distance_m": num(self.distance_m),
            "valid": self.valid,
            "reason": self.reason,
            "success": self.success,
            "held": self.held,
            "error_m": num(self.error_m),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_7(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(x) else float(None)

        return {
            "stamp_ns": int(self.stamp_ns),
            "total": num(self.total),
            "components": {k: float(v) for k, v in self.components.items()},
            "distance_m": num(self.distance_m),
            "valid": self.valid,
            "reason": self.reason,
            "success": self.success,
            "held": self.held,
            "error_m": num(self.error_m),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_8(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(x) else float(x)

        return {
            "XXstamp_nsXX": int(self.stamp_ns),
            "total": num(self.total),
            "components": {k: float(v) for k, v in self.components.items()},
            "distance_m": num(self.distance_m),
            "valid": self.valid,
            "reason": self.reason,
            "success": self.success,
            "held": self.held,
            "error_m": num(self.error_m),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_9(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(x) else float(x)

        return {
            "STAMP_NS": int(self.stamp_ns),
            "total": num(self.total),
            "components": {k: float(v) for k, v in self.components.items()},
            "distance_m": num(self.distance_m),
            "valid": self.valid,
            "reason": self.reason,
            "success": self.success,
            "held": self.held,
            "error_m": num(self.error_m),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_10(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(x) else float(x)

        return {
            "stamp_ns": int(None),
            "total": num(self.total),
            "components": {k: float(v) for k, v in self.components.items()},
            "distance_m": num(self.distance_m),
            "valid": self.valid,
            "reason": self.reason,
            "success": self.success,
            "held": self.held,
            "error_m": num(self.error_m),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_11(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(x) else float(x)

        return {
            "stamp_ns": int(self.stamp_ns),
            "XXtotalXX": num(self.total),
            "components": {k: float(v) for k, v in self.components.items()},
            "distance_m": num(self.distance_m),
            "valid": self.valid,
            "reason": self.reason,
            "success": self.success,
            "held": self.held,
            "error_m": num(self.error_m),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_12(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(x) else float(x)

        return {
            "stamp_ns": int(self.stamp_ns),
            "TOTAL": num(self.total),
            "components": {k: float(v) for k, v in self.components.items()},
            "distance_m": num(self.distance_m),
            "valid": self.valid,
            "reason": self.reason,
            "success": self.success,
            "held": self.held,
            "error_m": num(self.error_m),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_13(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(x) else float(x)

        return {
            "stamp_ns": int(self.stamp_ns),
            "total": num(None),
            "components": {k: float(v) for k, v in self.components.items()},
            "distance_m": num(self.distance_m),
            "valid": self.valid,
            "reason": self.reason,
            "success": self.success,
            "held": self.held,
            "error_m": num(self.error_m),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_14(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(x) else float(x)

        return {
            "stamp_ns": int(self.stamp_ns),
            "total": num(self.total),
            "XXcomponentsXX": {k: float(v) for k, v in self.components.items()},
            "distance_m": num(self.distance_m),
            "valid": self.valid,
            "reason": self.reason,
            "success": self.success,
            "held": self.held,
            "error_m": num(self.error_m),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_15(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(x) else float(x)

        return {
            "stamp_ns": int(self.stamp_ns),
            "total": num(self.total),
            "COMPONENTS": {k: float(v) for k, v in self.components.items()},
            "distance_m": num(self.distance_m),
            "valid": self.valid,
            "reason": self.reason,
            "success": self.success,
            "held": self.held,
            "error_m": num(self.error_m),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_16(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(x) else float(x)

        return {
            "stamp_ns": int(self.stamp_ns),
            "total": num(self.total),
            "components": {k: float(None) for k, v in self.components.items()},
            "distance_m": num(self.distance_m),
            "valid": self.valid,
            "reason": self.reason,
            "success": self.success,
            "held": self.held,
            "error_m": num(self.error_m),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_17(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(x) else float(x)

        return {
            "stamp_ns": int(self.stamp_ns),
            "total": num(self.total),
            "components": {k: float(v) for k, v in self.components.items()},
            "XXdistance_mXX": num(self.distance_m),
            "valid": self.valid,
            "reason": self.reason,
            "success": self.success,
            "held": self.held,
            "error_m": num(self.error_m),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_18(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(x) else float(x)

        return {
            "stamp_ns": int(self.stamp_ns),
            "total": num(self.total),
            "components": {k: float(v) for k, v in self.components.items()},
            "DISTANCE_M": num(self.distance_m),
            "valid": self.valid,
            "reason": self.reason,
            "success": self.success,
            "held": self.held,
            "error_m": num(self.error_m),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_19(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(x) else float(x)

        return {
            "stamp_ns": int(self.stamp_ns),
            "total": num(self.total),
            "components": {k: float(v) for k, v in self.components.items()},
            "distance_m": num(None),
            "valid": self.valid,
            "reason": self.reason,
            "success": self.success,
            "held": self.held,
            "error_m": num(self.error_m),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_20(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(x) else float(x)

        return {
            "stamp_ns": int(self.stamp_ns),
            "total": num(self.total),
            "components": {k: float(v) for k, v in self.components.items()},
            "distance_m": num(self.distance_m),
            "XXvalidXX": self.valid,
            "reason": self.reason,
            "success": self.success,
            "held": self.held,
            "error_m": num(self.error_m),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_21(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(x) else float(x)

        return {
            "stamp_ns": int(self.stamp_ns),
            "total": num(self.total),
            "components": {k: float(v) for k, v in self.components.items()},
            "distance_m": num(self.distance_m),
            "VALID": self.valid,
            "reason": self.reason,
            "success": self.success,
            "held": self.held,
            "error_m": num(self.error_m),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_22(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(x) else float(x)

        return {
            "stamp_ns": int(self.stamp_ns),
            "total": num(self.total),
            "components": {k: float(v) for k, v in self.components.items()},
            "distance_m": num(self.distance_m),
            "valid": self.valid,
            "XXreasonXX": self.reason,
            "success": self.success,
            "held": self.held,
            "error_m": num(self.error_m),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_23(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(x) else float(x)

        return {
            "stamp_ns": int(self.stamp_ns),
            "total": num(self.total),
            "components": {k: float(v) for k, v in self.components.items()},
            "distance_m": num(self.distance_m),
            "valid": self.valid,
            "REASON": self.reason,
            "success": self.success,
            "held": self.held,
            "error_m": num(self.error_m),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_24(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(x) else float(x)

        return {
            "stamp_ns": int(self.stamp_ns),
            "total": num(self.total),
            "components": {k: float(v) for k, v in self.components.items()},
            "distance_m": num(self.distance_m),
            "valid": self.valid,
            "reason": self.reason,
            "XXsuccessXX": self.success,
            "held": self.held,
            "error_m": num(self.error_m),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_25(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(x) else float(x)

        return {
            "stamp_ns": int(self.stamp_ns),
            "total": num(self.total),
            "components": {k: float(v) for k, v in self.components.items()},
            "distance_m": num(self.distance_m),
            "valid": self.valid,
            "reason": self.reason,
            "SUCCESS": self.success,
            "held": self.held,
            "error_m": num(self.error_m),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_26(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(x) else float(x)

        return {
            "stamp_ns": int(self.stamp_ns),
            "total": num(self.total),
            "components": {k: float(v) for k, v in self.components.items()},
            "distance_m": num(self.distance_m),
            "valid": self.valid,
            "reason": self.reason,
            "success": self.success,
            "XXheldXX": self.held,
            "error_m": num(self.error_m),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_27(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(x) else float(x)

        return {
            "stamp_ns": int(self.stamp_ns),
            "total": num(self.total),
            "components": {k: float(v) for k, v in self.components.items()},
            "distance_m": num(self.distance_m),
            "valid": self.valid,
            "reason": self.reason,
            "success": self.success,
            "HELD": self.held,
            "error_m": num(self.error_m),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_28(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(x) else float(x)

        return {
            "stamp_ns": int(self.stamp_ns),
            "total": num(self.total),
            "components": {k: float(v) for k, v in self.components.items()},
            "distance_m": num(self.distance_m),
            "valid": self.valid,
            "reason": self.reason,
            "success": self.success,
            "held": self.held,
            "XXerror_mXX": num(self.error_m),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_29(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(x) else float(x)

        return {
            "stamp_ns": int(self.stamp_ns),
            "total": num(self.total),
            "components": {k: float(v) for k, v in self.components.items()},
            "distance_m": num(self.distance_m),
            "valid": self.valid,
            "reason": self.reason,
            "success": self.success,
            "held": self.held,
            "ERROR_M": num(self.error_m),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_30(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(x) else float(x)

        return {
            "stamp_ns": int(self.stamp_ns),
            "total": num(self.total),
            "components": {k: float(v) for k, v in self.components.items()},
            "distance_m": num(self.distance_m),
            "valid": self.valid,
            "reason": self.reason,
            "success": self.success,
            "held": self.held,
            "error_m": num(None),
            "task": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_31(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(x) else float(x)

        return {
            "stamp_ns": int(self.stamp_ns),
            "total": num(self.total),
            "components": {k: float(v) for k, v in self.components.items()},
            "distance_m": num(self.distance_m),
            "valid": self.valid,
            "reason": self.reason,
            "success": self.success,
            "held": self.held,
            "error_m": num(self.error_m),
            "XXtaskXX": self.task,
        }

    def xǁRewardSignalǁto_dict__mutmut_32(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(x) else float(x)

        return {
            "stamp_ns": int(self.stamp_ns),
            "total": num(self.total),
            "components": {k: float(v) for k, v in self.components.items()},
            "distance_m": num(self.distance_m),
            "valid": self.valid,
            "reason": self.reason,
            "success": self.success,
            "held": self.held,
            "error_m": num(self.error_m),
            "TASK": self.task,
        }

mutants_xǁRewardSignalǁto_dict__mutmut['_mutmut_orig'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_1'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_2'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_3'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_4'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_5'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_6'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_7'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_8'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_9'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_10'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_11'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_12'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_13'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_14'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_15'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_16'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_16 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_17'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_17 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_18'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_18 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_19'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_19 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_20'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_20 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_21'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_21 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_22'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_22 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_23'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_23 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_24'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_24 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_25'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_25 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_26'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_26 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_27'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_27 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_28'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_28 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_29'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_29 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_30'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_30 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_31'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_31 # type: ignore # mutmut generated
mutants_xǁRewardSignalǁto_dict__mutmut['xǁRewardSignalǁto_dict__mutmut_32'] = RewardSignal.xǁRewardSignalǁto_dict__mutmut_32 # type: ignore # mutmut generated
mutants_x_shaped__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_shaped__mutmut)
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


def x_shaped__mutmut_orig(error_m: float, shaping: str, scale_m: float) -> float:
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


def x_shaped__mutmut_1(error_m: float, shaping: str, scale_m: float) -> float:
    """The ``exp``/``linear`` shaping of an error (metres) — see the module docstring.

    For ``potential`` this returns the potential ``Phi = -error_m / scale_m``.
    """
    if error_m < 0 and not math.isfinite(error_m):
        raise ValueError(f"error must be a finite non-negative length, got {error_m}")
    if shaping == "exp":
        return math.exp(-error_m / scale_m)
    if shaping in ("linear", "potential"):
        return -error_m / scale_m
    raise ConfigError(f"unknown shaping {shaping!r}")


def x_shaped__mutmut_2(error_m: float, shaping: str, scale_m: float) -> float:
    """The ``exp``/``linear`` shaping of an error (metres) — see the module docstring.

    For ``potential`` this returns the potential ``Phi = -error_m / scale_m``.
    """
    if error_m <= 0 or not math.isfinite(error_m):
        raise ValueError(f"error must be a finite non-negative length, got {error_m}")
    if shaping == "exp":
        return math.exp(-error_m / scale_m)
    if shaping in ("linear", "potential"):
        return -error_m / scale_m
    raise ConfigError(f"unknown shaping {shaping!r}")


def x_shaped__mutmut_3(error_m: float, shaping: str, scale_m: float) -> float:
    """The ``exp``/``linear`` shaping of an error (metres) — see the module docstring.

    For ``potential`` this returns the potential ``Phi = -error_m / scale_m``.
    """
    if error_m < 1 or not math.isfinite(error_m):
        raise ValueError(f"error must be a finite non-negative length, got {error_m}")
    if shaping == "exp":
        return math.exp(-error_m / scale_m)
    if shaping in ("linear", "potential"):
        return -error_m / scale_m
    raise ConfigError(f"unknown shaping {shaping!r}")


def x_shaped__mutmut_4(error_m: float, shaping: str, scale_m: float) -> float:
    """The ``exp``/``linear`` shaping of an error (metres) — see the module docstring.

    For ``potential`` this returns the potential ``Phi = -error_m / scale_m``.
    """
    if error_m < 0 or math.isfinite(error_m):
        raise ValueError(f"error must be a finite non-negative length, got {error_m}")
    if shaping == "exp":
        return math.exp(-error_m / scale_m)
    if shaping in ("linear", "potential"):
        return -error_m / scale_m
    raise ConfigError(f"unknown shaping {shaping!r}")


def x_shaped__mutmut_5(error_m: float, shaping: str, scale_m: float) -> float:
    """The ``exp``/``linear`` shaping of an error (metres) — see the module docstring.

    For ``potential`` this returns the potential ``Phi = -error_m / scale_m``.
    """
    if error_m < 0 or not math.isfinite(None):
        raise ValueError(f"error must be a finite non-negative length, got {error_m}")
    if shaping == "exp":
        return math.exp(-error_m / scale_m)
    if shaping in ("linear", "potential"):
        return -error_m / scale_m
    raise ConfigError(f"unknown shaping {shaping!r}")


def x_shaped__mutmut_6(error_m: float, shaping: str, scale_m: float) -> float:
    """The ``exp``/``linear`` shaping of an error (metres) — see the module docstring.

    For ``potential`` this returns the potential ``Phi = -error_m / scale_m``.
    """
    if error_m < 0 or not math.isfinite(error_m):
        raise ValueError(None)
    if shaping == "exp":
        return math.exp(-error_m / scale_m)
    if shaping in ("linear", "potential"):
        return -error_m / scale_m
    raise ConfigError(f"unknown shaping {shaping!r}")


def x_shaped__mutmut_7(error_m: float, shaping: str, scale_m: float) -> float:
    """The ``exp``/``linear`` shaping of an error (metres) — see the module docstring.

    For ``potential`` this returns the potential ``Phi = -error_m / scale_m``.
    """
    if error_m < 0 or not math.isfinite(error_m):
        raise ValueError(f"error must be a finite non-negative length, got {error_m}")
    if shaping != "exp":
        return math.exp(-error_m / scale_m)
    if shaping in ("linear", "potential"):
        return -error_m / scale_m
    raise ConfigError(f"unknown shaping {shaping!r}")


def x_shaped__mutmut_8(error_m: float, shaping: str, scale_m: float) -> float:
    """The ``exp``/``linear`` shaping of an error (metres) — see the module docstring.

    For ``potential`` this returns the potential ``Phi = -error_m / scale_m``.
    """
    if error_m < 0 or not math.isfinite(error_m):
        raise ValueError(f"error must be a finite non-negative length, got {error_m}")
    if shaping == "XXexpXX":
        return math.exp(-error_m / scale_m)
    if shaping in ("linear", "potential"):
        return -error_m / scale_m
    raise ConfigError(f"unknown shaping {shaping!r}")


def x_shaped__mutmut_9(error_m: float, shaping: str, scale_m: float) -> float:
    """The ``exp``/``linear`` shaping of an error (metres) — see the module docstring.

    For ``potential`` this returns the potential ``Phi = -error_m / scale_m``.
    """
    if error_m < 0 or not math.isfinite(error_m):
        raise ValueError(f"error must be a finite non-negative length, got {error_m}")
    if shaping == "EXP":
        return math.exp(-error_m / scale_m)
    if shaping in ("linear", "potential"):
        return -error_m / scale_m
    raise ConfigError(f"unknown shaping {shaping!r}")


def x_shaped__mutmut_10(error_m: float, shaping: str, scale_m: float) -> float:
    """The ``exp``/``linear`` shaping of an error (metres) — see the module docstring.

    For ``potential`` this returns the potential ``Phi = -error_m / scale_m``.
    """
    if error_m < 0 or not math.isfinite(error_m):
        raise ValueError(f"error must be a finite non-negative length, got {error_m}")
    if shaping == "exp":
        return math.exp(None)
    if shaping in ("linear", "potential"):
        return -error_m / scale_m
    raise ConfigError(f"unknown shaping {shaping!r}")


def x_shaped__mutmut_11(error_m: float, shaping: str, scale_m: float) -> float:
    """The ``exp``/``linear`` shaping of an error (metres) — see the module docstring.

    For ``potential`` this returns the potential ``Phi = -error_m / scale_m``.
    """
    if error_m < 0 or not math.isfinite(error_m):
        raise ValueError(f"error must be a finite non-negative length, got {error_m}")
    if shaping == "exp":
        return math.exp(-error_m * scale_m)
    if shaping in ("linear", "potential"):
        return -error_m / scale_m
    raise ConfigError(f"unknown shaping {shaping!r}")


def x_shaped__mutmut_12(error_m: float, shaping: str, scale_m: float) -> float:
    """The ``exp``/``linear`` shaping of an error (metres) — see the module docstring.

    For ``potential`` this returns the potential ``Phi = -error_m / scale_m``.
    """
    if error_m < 0 or not math.isfinite(error_m):
        raise ValueError(f"error must be a finite non-negative length, got {error_m}")
    if shaping == "exp":
        return math.exp(+error_m / scale_m)
    if shaping in ("linear", "potential"):
        return -error_m / scale_m
    raise ConfigError(f"unknown shaping {shaping!r}")


def x_shaped__mutmut_13(error_m: float, shaping: str, scale_m: float) -> float:
    """The ``exp``/``linear`` shaping of an error (metres) — see the module docstring.

    For ``potential`` this returns the potential ``Phi = -error_m / scale_m``.
    """
    if error_m < 0 or not math.isfinite(error_m):
        raise ValueError(f"error must be a finite non-negative length, got {error_m}")
    if shaping == "exp":
        return math.exp(-error_m / scale_m)
    if shaping not in ("linear", "potential"):
        return -error_m / scale_m
    raise ConfigError(f"unknown shaping {shaping!r}")


def x_shaped__mutmut_14(error_m: float, shaping: str, scale_m: float) -> float:
    """The ``exp``/``linear`` shaping of an error (metres) — see the module docstring.

    For ``potential`` this returns the potential ``Phi = -error_m / scale_m``.
    """
    if error_m < 0 or not math.isfinite(error_m):
        raise ValueError(f"error must be a finite non-negative length, got {error_m}")
    if shaping == "exp":
        return math.exp(-error_m / scale_m)
    if shaping in ("XXlinearXX", "potential"):
        return -error_m / scale_m
    raise ConfigError(f"unknown shaping {shaping!r}")


def x_shaped__mutmut_15(error_m: float, shaping: str, scale_m: float) -> float:
    """The ``exp``/``linear`` shaping of an error (metres) — see the module docstring.

    For ``potential`` this returns the potential ``Phi = -error_m / scale_m``.
    """
    if error_m < 0 or not math.isfinite(error_m):
        raise ValueError(f"error must be a finite non-negative length, got {error_m}")
    if shaping == "exp":
        return math.exp(-error_m / scale_m)
    if shaping in ("LINEAR", "potential"):
        return -error_m / scale_m
    raise ConfigError(f"unknown shaping {shaping!r}")


def x_shaped__mutmut_16(error_m: float, shaping: str, scale_m: float) -> float:
    """The ``exp``/``linear`` shaping of an error (metres) — see the module docstring.

    For ``potential`` this returns the potential ``Phi = -error_m / scale_m``.
    """
    if error_m < 0 or not math.isfinite(error_m):
        raise ValueError(f"error must be a finite non-negative length, got {error_m}")
    if shaping == "exp":
        return math.exp(-error_m / scale_m)
    if shaping in ("linear", "XXpotentialXX"):
        return -error_m / scale_m
    raise ConfigError(f"unknown shaping {shaping!r}")


def x_shaped__mutmut_17(error_m: float, shaping: str, scale_m: float) -> float:
    """The ``exp``/``linear`` shaping of an error (metres) — see the module docstring.

    For ``potential`` this returns the potential ``Phi = -error_m / scale_m``.
    """
    if error_m < 0 or not math.isfinite(error_m):
        raise ValueError(f"error must be a finite non-negative length, got {error_m}")
    if shaping == "exp":
        return math.exp(-error_m / scale_m)
    if shaping in ("linear", "POTENTIAL"):
        return -error_m / scale_m
    raise ConfigError(f"unknown shaping {shaping!r}")


def x_shaped__mutmut_18(error_m: float, shaping: str, scale_m: float) -> float:
    """The ``exp``/``linear`` shaping of an error (metres) — see the module docstring.

    For ``potential`` this returns the potential ``Phi = -error_m / scale_m``.
    """
    if error_m < 0 or not math.isfinite(error_m):
        raise ValueError(f"error must be a finite non-negative length, got {error_m}")
    if shaping == "exp":
        return math.exp(-error_m / scale_m)
    if shaping in ("linear", "potential"):
        return -error_m * scale_m
    raise ConfigError(f"unknown shaping {shaping!r}")


def x_shaped__mutmut_19(error_m: float, shaping: str, scale_m: float) -> float:
    """The ``exp``/``linear`` shaping of an error (metres) — see the module docstring.

    For ``potential`` this returns the potential ``Phi = -error_m / scale_m``.
    """
    if error_m < 0 or not math.isfinite(error_m):
        raise ValueError(f"error must be a finite non-negative length, got {error_m}")
    if shaping == "exp":
        return math.exp(-error_m / scale_m)
    if shaping in ("linear", "potential"):
        return +error_m / scale_m
    raise ConfigError(f"unknown shaping {shaping!r}")


def x_shaped__mutmut_20(error_m: float, shaping: str, scale_m: float) -> float:
    """The ``exp``/``linear`` shaping of an error (metres) — see the module docstring.

    For ``potential`` this returns the potential ``Phi = -error_m / scale_m``.
    """
    if error_m < 0 or not math.isfinite(error_m):
        raise ValueError(f"error must be a finite non-negative length, got {error_m}")
    if shaping == "exp":
        return math.exp(-error_m / scale_m)
    if shaping in ("linear", "potential"):
        return -error_m / scale_m
    raise ConfigError(None)

mutants_x_shaped__mutmut['_mutmut_orig'] = x_shaped__mutmut_orig # type: ignore # mutmut generated
mutants_x_shaped__mutmut['x_shaped__mutmut_1'] = x_shaped__mutmut_1 # type: ignore # mutmut generated
mutants_x_shaped__mutmut['x_shaped__mutmut_2'] = x_shaped__mutmut_2 # type: ignore # mutmut generated
mutants_x_shaped__mutmut['x_shaped__mutmut_3'] = x_shaped__mutmut_3 # type: ignore # mutmut generated
mutants_x_shaped__mutmut['x_shaped__mutmut_4'] = x_shaped__mutmut_4 # type: ignore # mutmut generated
mutants_x_shaped__mutmut['x_shaped__mutmut_5'] = x_shaped__mutmut_5 # type: ignore # mutmut generated
mutants_x_shaped__mutmut['x_shaped__mutmut_6'] = x_shaped__mutmut_6 # type: ignore # mutmut generated
mutants_x_shaped__mutmut['x_shaped__mutmut_7'] = x_shaped__mutmut_7 # type: ignore # mutmut generated
mutants_x_shaped__mutmut['x_shaped__mutmut_8'] = x_shaped__mutmut_8 # type: ignore # mutmut generated
mutants_x_shaped__mutmut['x_shaped__mutmut_9'] = x_shaped__mutmut_9 # type: ignore # mutmut generated
mutants_x_shaped__mutmut['x_shaped__mutmut_10'] = x_shaped__mutmut_10 # type: ignore # mutmut generated
mutants_x_shaped__mutmut['x_shaped__mutmut_11'] = x_shaped__mutmut_11 # type: ignore # mutmut generated
mutants_x_shaped__mutmut['x_shaped__mutmut_12'] = x_shaped__mutmut_12 # type: ignore # mutmut generated
mutants_x_shaped__mutmut['x_shaped__mutmut_13'] = x_shaped__mutmut_13 # type: ignore # mutmut generated
mutants_x_shaped__mutmut['x_shaped__mutmut_14'] = x_shaped__mutmut_14 # type: ignore # mutmut generated
mutants_x_shaped__mutmut['x_shaped__mutmut_15'] = x_shaped__mutmut_15 # type: ignore # mutmut generated
mutants_x_shaped__mutmut['x_shaped__mutmut_16'] = x_shaped__mutmut_16 # type: ignore # mutmut generated
mutants_x_shaped__mutmut['x_shaped__mutmut_17'] = x_shaped__mutmut_17 # type: ignore # mutmut generated
mutants_x_shaped__mutmut['x_shaped__mutmut_18'] = x_shaped__mutmut_18 # type: ignore # mutmut generated
mutants_x_shaped__mutmut['x_shaped__mutmut_19'] = x_shaped__mutmut_19 # type: ignore # mutmut generated
mutants_x_shaped__mutmut['x_shaped__mutmut_20'] = x_shaped__mutmut_20 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁRewardShaperǁreset__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRewardShaperǁ_invalid__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRewardShaperǁ_check__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRewardShaperǁstep__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRewardShaperǁ_reward__mutmut: MutantDict = {}  # type: ignore


class RewardShaper:
    """Stateful reward computation for one episode of one :class:`RewardTask`.

    Call :meth:`reset` at the start of each episode, then :meth:`step` once per
    estimate, in time order.
    """

    @_mutmut_mutated(mutants_xǁRewardShaperǁ__init____mutmut)
    def __init__(self, task: RewardTask) -> None:
        self.task = task
        self._last_error: float | None = None
        self._last_distance: float | None = None
        self._last_valid_stamp: int | None = None
        self._last_stamp: int | None = None
        self.steps = 0

    def xǁRewardShaperǁ__init____mutmut_orig(self, task: RewardTask) -> None:
        self.task = task
        self._last_error: float | None = None
        self._last_distance: float | None = None
        self._last_valid_stamp: int | None = None
        self._last_stamp: int | None = None
        self.steps = 0

    def xǁRewardShaperǁ__init____mutmut_1(self, task: RewardTask) -> None:
        self.task = None
        self._last_error: float | None = None
        self._last_distance: float | None = None
        self._last_valid_stamp: int | None = None
        self._last_stamp: int | None = None
        self.steps = 0

    def xǁRewardShaperǁ__init____mutmut_2(self, task: RewardTask) -> None:
        self.task = task
        self._last_error: float | None = ""
        self._last_distance: float | None = None
        self._last_valid_stamp: int | None = None
        self._last_stamp: int | None = None
        self.steps = 0

    def xǁRewardShaperǁ__init____mutmut_3(self, task: RewardTask) -> None:
        self.task = task
        self._last_error: float | None = None
        self._last_distance: float | None = ""
        self._last_valid_stamp: int | None = None
        self._last_stamp: int | None = None
        self.steps = 0

    def xǁRewardShaperǁ__init____mutmut_4(self, task: RewardTask) -> None:
        self.task = task
        self._last_error: float | None = None
        self._last_distance: float | None = None
        self._last_valid_stamp: int | None = ""
        self._last_stamp: int | None = None
        self.steps = 0

    def xǁRewardShaperǁ__init____mutmut_5(self, task: RewardTask) -> None:
        self.task = task
        self._last_error: float | None = None
        self._last_distance: float | None = None
        self._last_valid_stamp: int | None = None
        self._last_stamp: int | None = ""
        self.steps = 0

    def xǁRewardShaperǁ__init____mutmut_6(self, task: RewardTask) -> None:
        self.task = task
        self._last_error: float | None = None
        self._last_distance: float | None = None
        self._last_valid_stamp: int | None = None
        self._last_stamp: int | None = None
        self.steps = None

    def xǁRewardShaperǁ__init____mutmut_7(self, task: RewardTask) -> None:
        self.task = task
        self._last_error: float | None = None
        self._last_distance: float | None = None
        self._last_valid_stamp: int | None = None
        self._last_stamp: int | None = None
        self.steps = 1

    @_mutmut_mutated(mutants_xǁRewardShaperǁreset__mutmut)
    def reset(self) -> None:
        """Forget the previous step (progress and potential start from scratch)."""
        self._last_error = None
        self._last_distance = None
        self._last_valid_stamp = None
        self._last_stamp = None
        self.steps = 0

    def xǁRewardShaperǁreset__mutmut_orig(self) -> None:
        """Forget the previous step (progress and potential start from scratch)."""
        self._last_error = None
        self._last_distance = None
        self._last_valid_stamp = None
        self._last_stamp = None
        self.steps = 0

    def xǁRewardShaperǁreset__mutmut_1(self) -> None:
        """Forget the previous step (progress and potential start from scratch)."""
        self._last_error = ""
        self._last_distance = None
        self._last_valid_stamp = None
        self._last_stamp = None
        self.steps = 0

    def xǁRewardShaperǁreset__mutmut_2(self) -> None:
        """Forget the previous step (progress and potential start from scratch)."""
        self._last_error = None
        self._last_distance = ""
        self._last_valid_stamp = None
        self._last_stamp = None
        self.steps = 0

    def xǁRewardShaperǁreset__mutmut_3(self) -> None:
        """Forget the previous step (progress and potential start from scratch)."""
        self._last_error = None
        self._last_distance = None
        self._last_valid_stamp = ""
        self._last_stamp = None
        self.steps = 0

    def xǁRewardShaperǁreset__mutmut_4(self) -> None:
        """Forget the previous step (progress and potential start from scratch)."""
        self._last_error = None
        self._last_distance = None
        self._last_valid_stamp = None
        self._last_stamp = ""
        self.steps = 0

    def xǁRewardShaperǁreset__mutmut_5(self) -> None:
        """Forget the previous step (progress and potential start from scratch)."""
        self._last_error = None
        self._last_distance = None
        self._last_valid_stamp = None
        self._last_stamp = None
        self.steps = None

    def xǁRewardShaperǁreset__mutmut_6(self) -> None:
        """Forget the previous step (progress and potential start from scratch)."""
        self._last_error = None
        self._last_distance = None
        self._last_valid_stamp = None
        self._last_stamp = None
        self.steps = 1

    @_mutmut_mutated(mutants_xǁRewardShaperǁ_invalid__mutmut)
    def _invalid(self, stamp_ns: int, reason: str) -> RewardSignal:
        return RewardSignal(stamp_ns=int(stamp_ns), total=float("nan"), components={}, distance_m=None,
                            valid=False, reason=reason, success=False, task=self.task.name)

    def xǁRewardShaperǁ_invalid__mutmut_orig(self, stamp_ns: int, reason: str) -> RewardSignal:
        return RewardSignal(stamp_ns=int(stamp_ns), total=float("nan"), components={}, distance_m=None,
                            valid=False, reason=reason, success=False, task=self.task.name)

    def xǁRewardShaperǁ_invalid__mutmut_1(self, stamp_ns: int, reason: str) -> RewardSignal:
        return RewardSignal(stamp_ns=None, total=float("nan"), components={}, distance_m=None,
                            valid=False, reason=reason, success=False, task=self.task.name)

    def xǁRewardShaperǁ_invalid__mutmut_2(self, stamp_ns: int, reason: str) -> RewardSignal:
        return RewardSignal(stamp_ns=int(stamp_ns), total=None, components={}, distance_m=None,
                            valid=False, reason=reason, success=False, task=self.task.name)

    def xǁRewardShaperǁ_invalid__mutmut_3(self, stamp_ns: int, reason: str) -> RewardSignal:
        return RewardSignal(stamp_ns=int(stamp_ns), total=float("nan"), components=None, distance_m=None,
                            valid=False, reason=reason, success=False, task=self.task.name)

    def xǁRewardShaperǁ_invalid__mutmut_4(self, stamp_ns: int, reason: str) -> RewardSignal:
        return RewardSignal(stamp_ns=int(stamp_ns), total=float("nan"), components={}, distance_m=None,
                            valid=None, reason=reason, success=False, task=self.task.name)

    def xǁRewardShaperǁ_invalid__mutmut_5(self, stamp_ns: int, reason: str) -> RewardSignal:
        return RewardSignal(stamp_ns=int(stamp_ns), total=float("nan"), components={}, distance_m=None,
                            valid=False, reason=None, success=False, task=self.task.name)

    def xǁRewardShaperǁ_invalid__mutmut_6(self, stamp_ns: int, reason: str) -> RewardSignal:
        return RewardSignal(stamp_ns=int(stamp_ns), total=float("nan"), components={}, distance_m=None,
                            valid=False, reason=reason, success=None, task=self.task.name)

    def xǁRewardShaperǁ_invalid__mutmut_7(self, stamp_ns: int, reason: str) -> RewardSignal:
        return RewardSignal(stamp_ns=int(stamp_ns), total=float("nan"), components={}, distance_m=None,
                            valid=False, reason=reason, success=False, task=None)

    def xǁRewardShaperǁ_invalid__mutmut_8(self, stamp_ns: int, reason: str) -> RewardSignal:
        return RewardSignal(total=float("nan"), components={}, distance_m=None,
                            valid=False, reason=reason, success=False, task=self.task.name)

    def xǁRewardShaperǁ_invalid__mutmut_9(self, stamp_ns: int, reason: str) -> RewardSignal:
        return RewardSignal(stamp_ns=int(stamp_ns), components={}, distance_m=None,
                            valid=False, reason=reason, success=False, task=self.task.name)

    def xǁRewardShaperǁ_invalid__mutmut_10(self, stamp_ns: int, reason: str) -> RewardSignal:
        return RewardSignal(stamp_ns=int(stamp_ns), total=float("nan"), distance_m=None,
                            valid=False, reason=reason, success=False, task=self.task.name)

    def xǁRewardShaperǁ_invalid__mutmut_11(self, stamp_ns: int, reason: str) -> RewardSignal:
        return RewardSignal(stamp_ns=int(stamp_ns), total=float("nan"), components={}, valid=False, reason=reason, success=False, task=self.task.name)

    def xǁRewardShaperǁ_invalid__mutmut_12(self, stamp_ns: int, reason: str) -> RewardSignal:
        return RewardSignal(stamp_ns=int(stamp_ns), total=float("nan"), components={}, distance_m=None,
                            reason=reason, success=False, task=self.task.name)

    def xǁRewardShaperǁ_invalid__mutmut_13(self, stamp_ns: int, reason: str) -> RewardSignal:
        return RewardSignal(stamp_ns=int(stamp_ns), total=float("nan"), components={}, distance_m=None,
                            valid=False, success=False, task=self.task.name)

    def xǁRewardShaperǁ_invalid__mutmut_14(self, stamp_ns: int, reason: str) -> RewardSignal:
        return RewardSignal(stamp_ns=int(stamp_ns), total=float("nan"), components={}, distance_m=None,
                            valid=False, reason=reason, task=self.task.name)

    def xǁRewardShaperǁ_invalid__mutmut_15(self, stamp_ns: int, reason: str) -> RewardSignal:
        return RewardSignal(stamp_ns=int(stamp_ns), total=float("nan"), components={}, distance_m=None,
                            valid=False, reason=reason, success=False, )

    def xǁRewardShaperǁ_invalid__mutmut_16(self, stamp_ns: int, reason: str) -> RewardSignal:
        return RewardSignal(stamp_ns=int(None), total=float("nan"), components={}, distance_m=None,
                            valid=False, reason=reason, success=False, task=self.task.name)

    def xǁRewardShaperǁ_invalid__mutmut_17(self, stamp_ns: int, reason: str) -> RewardSignal:
        return RewardSignal(stamp_ns=int(stamp_ns), total=float(None), components={}, distance_m=None,
                            valid=False, reason=reason, success=False, task=self.task.name)

    def xǁRewardShaperǁ_invalid__mutmut_18(self, stamp_ns: int, reason: str) -> RewardSignal:
        return RewardSignal(stamp_ns=int(stamp_ns), total=float("XXnanXX"), components={}, distance_m=None,
                            valid=False, reason=reason, success=False, task=self.task.name)

    def xǁRewardShaperǁ_invalid__mutmut_19(self, stamp_ns: int, reason: str) -> RewardSignal:
        return RewardSignal(stamp_ns=int(stamp_ns), total=float("NAN"), components={}, distance_m=None,
                            valid=False, reason=reason, success=False, task=self.task.name)

    def xǁRewardShaperǁ_invalid__mutmut_20(self, stamp_ns: int, reason: str) -> RewardSignal:
        return RewardSignal(stamp_ns=int(stamp_ns), total=float("nan"), components={}, distance_m=None,
                            valid=True, reason=reason, success=False, task=self.task.name)

    def xǁRewardShaperǁ_invalid__mutmut_21(self, stamp_ns: int, reason: str) -> RewardSignal:
        return RewardSignal(stamp_ns=int(stamp_ns), total=float("nan"), components={}, distance_m=None,
                            valid=False, reason=reason, success=True, task=self.task.name)

    @_mutmut_mutated(mutants_xǁRewardShaperǁ_check__mutmut)
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

    def xǁRewardShaperǁ_check__mutmut_orig(self, estimate: SpatialEstimate) -> str:
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

    def xǁRewardShaperǁ_check__mutmut_1(self, estimate: SpatialEstimate) -> str:
        """Why ``estimate`` cannot feed this task ("" when it can)."""
        if estimate.valid:
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

    def xǁRewardShaperǁ_check__mutmut_2(self, estimate: SpatialEstimate) -> str:
        """Why ``estimate`` cannot feed this task ("" when it can)."""
        if not estimate.valid:
            return f"invalid estimate: {estimate.reason and 'no reason given'}"
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

    def xǁRewardShaperǁ_check__mutmut_3(self, estimate: SpatialEstimate) -> str:
        """Why ``estimate`` cannot feed this task ("" when it can)."""
        if not estimate.valid:
            return f"invalid estimate: {estimate.reason or 'XXno reason givenXX'}"
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

    def xǁRewardShaperǁ_check__mutmut_4(self, estimate: SpatialEstimate) -> str:
        """Why ``estimate`` cannot feed this task ("" when it can)."""
        if not estimate.valid:
            return f"invalid estimate: {estimate.reason or 'NO REASON GIVEN'}"
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

    def xǁRewardShaperǁ_check__mutmut_5(self, estimate: SpatialEstimate) -> str:
        """Why ``estimate`` cannot feed this task ("" when it can)."""
        if not estimate.valid:
            return f"invalid estimate: {estimate.reason or 'no reason given'}"
        q = None
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

    def xǁRewardShaperǁ_check__mutmut_6(self, estimate: SpatialEstimate) -> str:
        """Why ``estimate`` cannot feed this task ("" when it can)."""
        if not estimate.valid:
            return f"invalid estimate: {estimate.reason or 'no reason given'}"
        q = estimate.query
        if q.kind == self.task.kind:
            return f"estimate is a {q.kind!r}, task {self.task.name!r} needs {self.task.kind!r}"
        want = sorted(normalize_name(o) for o in self.task.objects)
        got = sorted(normalize_name(o) for o in q.objects)
        if want != got:
            return f"estimate is about {list(q.objects)}, task needs {list(self.task.objects)}"
        v = estimate.value_m
        if v is None or not math.isfinite(float(v)) or float(v) < 0:
            return f"estimate has no usable value ({v!r})"
        return ""

    def xǁRewardShaperǁ_check__mutmut_7(self, estimate: SpatialEstimate) -> str:
        """Why ``estimate`` cannot feed this task ("" when it can)."""
        if not estimate.valid:
            return f"invalid estimate: {estimate.reason or 'no reason given'}"
        q = estimate.query
        if q.kind != self.task.kind:
            return f"estimate is a {q.kind!r}, task {self.task.name!r} needs {self.task.kind!r}"
        want = None
        got = sorted(normalize_name(o) for o in q.objects)
        if want != got:
            return f"estimate is about {list(q.objects)}, task needs {list(self.task.objects)}"
        v = estimate.value_m
        if v is None or not math.isfinite(float(v)) or float(v) < 0:
            return f"estimate has no usable value ({v!r})"
        return ""

    def xǁRewardShaperǁ_check__mutmut_8(self, estimate: SpatialEstimate) -> str:
        """Why ``estimate`` cannot feed this task ("" when it can)."""
        if not estimate.valid:
            return f"invalid estimate: {estimate.reason or 'no reason given'}"
        q = estimate.query
        if q.kind != self.task.kind:
            return f"estimate is a {q.kind!r}, task {self.task.name!r} needs {self.task.kind!r}"
        want = sorted(None)
        got = sorted(normalize_name(o) for o in q.objects)
        if want != got:
            return f"estimate is about {list(q.objects)}, task needs {list(self.task.objects)}"
        v = estimate.value_m
        if v is None or not math.isfinite(float(v)) or float(v) < 0:
            return f"estimate has no usable value ({v!r})"
        return ""

    def xǁRewardShaperǁ_check__mutmut_9(self, estimate: SpatialEstimate) -> str:
        """Why ``estimate`` cannot feed this task ("" when it can)."""
        if not estimate.valid:
            return f"invalid estimate: {estimate.reason or 'no reason given'}"
        q = estimate.query
        if q.kind != self.task.kind:
            return f"estimate is a {q.kind!r}, task {self.task.name!r} needs {self.task.kind!r}"
        want = sorted(normalize_name(None) for o in self.task.objects)
        got = sorted(normalize_name(o) for o in q.objects)
        if want != got:
            return f"estimate is about {list(q.objects)}, task needs {list(self.task.objects)}"
        v = estimate.value_m
        if v is None or not math.isfinite(float(v)) or float(v) < 0:
            return f"estimate has no usable value ({v!r})"
        return ""

    def xǁRewardShaperǁ_check__mutmut_10(self, estimate: SpatialEstimate) -> str:
        """Why ``estimate`` cannot feed this task ("" when it can)."""
        if not estimate.valid:
            return f"invalid estimate: {estimate.reason or 'no reason given'}"
        q = estimate.query
        if q.kind != self.task.kind:
            return f"estimate is a {q.kind!r}, task {self.task.name!r} needs {self.task.kind!r}"
        want = sorted(normalize_name(o) for o in self.task.objects)
        got = None
        if want != got:
            return f"estimate is about {list(q.objects)}, task needs {list(self.task.objects)}"
        v = estimate.value_m
        if v is None or not math.isfinite(float(v)) or float(v) < 0:
            return f"estimate has no usable value ({v!r})"
        return ""

    def xǁRewardShaperǁ_check__mutmut_11(self, estimate: SpatialEstimate) -> str:
        """Why ``estimate`` cannot feed this task ("" when it can)."""
        if not estimate.valid:
            return f"invalid estimate: {estimate.reason or 'no reason given'}"
        q = estimate.query
        if q.kind != self.task.kind:
            return f"estimate is a {q.kind!r}, task {self.task.name!r} needs {self.task.kind!r}"
        want = sorted(normalize_name(o) for o in self.task.objects)
        got = sorted(None)
        if want != got:
            return f"estimate is about {list(q.objects)}, task needs {list(self.task.objects)}"
        v = estimate.value_m
        if v is None or not math.isfinite(float(v)) or float(v) < 0:
            return f"estimate has no usable value ({v!r})"
        return ""

    def xǁRewardShaperǁ_check__mutmut_12(self, estimate: SpatialEstimate) -> str:
        """Why ``estimate`` cannot feed this task ("" when it can)."""
        if not estimate.valid:
            return f"invalid estimate: {estimate.reason or 'no reason given'}"
        q = estimate.query
        if q.kind != self.task.kind:
            return f"estimate is a {q.kind!r}, task {self.task.name!r} needs {self.task.kind!r}"
        want = sorted(normalize_name(o) for o in self.task.objects)
        got = sorted(normalize_name(None) for o in q.objects)
        if want != got:
            return f"estimate is about {list(q.objects)}, task needs {list(self.task.objects)}"
        v = estimate.value_m
        if v is None or not math.isfinite(float(v)) or float(v) < 0:
            return f"estimate has no usable value ({v!r})"
        return ""

    def xǁRewardShaperǁ_check__mutmut_13(self, estimate: SpatialEstimate) -> str:
        """Why ``estimate`` cannot feed this task ("" when it can)."""
        if not estimate.valid:
            return f"invalid estimate: {estimate.reason or 'no reason given'}"
        q = estimate.query
        if q.kind != self.task.kind:
            return f"estimate is a {q.kind!r}, task {self.task.name!r} needs {self.task.kind!r}"
        want = sorted(normalize_name(o) for o in self.task.objects)
        got = sorted(normalize_name(o) for o in q.objects)
        if want == got:
            return f"estimate is about {list(q.objects)}, task needs {list(self.task.objects)}"
        v = estimate.value_m
        if v is None or not math.isfinite(float(v)) or float(v) < 0:
            return f"estimate has no usable value ({v!r})"
        return ""

    def xǁRewardShaperǁ_check__mutmut_14(self, estimate: SpatialEstimate) -> str:
        """Why ``estimate`` cannot feed this task ("" when it can)."""
        if not estimate.valid:
            return f"invalid estimate: {estimate.reason or 'no reason given'}"
        q = estimate.query
        if q.kind != self.task.kind:
            return f"estimate is a {q.kind!r}, task {self.task.name!r} needs {self.task.kind!r}"
        want = sorted(normalize_name(o) for o in self.task.objects)
        got = sorted(normalize_name(o) for o in q.objects)
        if want != got:
            return f"estimate is about {list(None)}, task needs {list(self.task.objects)}"
        v = estimate.value_m
        if v is None or not math.isfinite(float(v)) or float(v) < 0:
            return f"estimate has no usable value ({v!r})"
        return ""

    def xǁRewardShaperǁ_check__mutmut_15(self, estimate: SpatialEstimate) -> str:
        """Why ``estimate`` cannot feed this task ("" when it can)."""
        if not estimate.valid:
            return f"invalid estimate: {estimate.reason or 'no reason given'}"
        q = estimate.query
        if q.kind != self.task.kind:
            return f"estimate is a {q.kind!r}, task {self.task.name!r} needs {self.task.kind!r}"
        want = sorted(normalize_name(o) for o in self.task.objects)
        got = sorted(normalize_name(o) for o in q.objects)
        if want != got:
            return f"estimate is about {list(q.objects)}, task needs {list(None)}"
        v = estimate.value_m
        if v is None or not math.isfinite(float(v)) or float(v) < 0:
            return f"estimate has no usable value ({v!r})"
        return ""

    def xǁRewardShaperǁ_check__mutmut_16(self, estimate: SpatialEstimate) -> str:
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
        v = None
        if v is None or not math.isfinite(float(v)) or float(v) < 0:
            return f"estimate has no usable value ({v!r})"
        return ""

    def xǁRewardShaperǁ_check__mutmut_17(self, estimate: SpatialEstimate) -> str:
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
        if v is None or not math.isfinite(float(v)) and float(v) < 0:
            return f"estimate has no usable value ({v!r})"
        return ""

    def xǁRewardShaperǁ_check__mutmut_18(self, estimate: SpatialEstimate) -> str:
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
        if v is None and not math.isfinite(float(v)) or float(v) < 0:
            return f"estimate has no usable value ({v!r})"
        return ""

    def xǁRewardShaperǁ_check__mutmut_19(self, estimate: SpatialEstimate) -> str:
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
        if v is not None or not math.isfinite(float(v)) or float(v) < 0:
            return f"estimate has no usable value ({v!r})"
        return ""

    def xǁRewardShaperǁ_check__mutmut_20(self, estimate: SpatialEstimate) -> str:
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
        if v is None or math.isfinite(float(v)) or float(v) < 0:
            return f"estimate has no usable value ({v!r})"
        return ""

    def xǁRewardShaperǁ_check__mutmut_21(self, estimate: SpatialEstimate) -> str:
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
        if v is None or not math.isfinite(None) or float(v) < 0:
            return f"estimate has no usable value ({v!r})"
        return ""

    def xǁRewardShaperǁ_check__mutmut_22(self, estimate: SpatialEstimate) -> str:
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
        if v is None or not math.isfinite(float(None)) or float(v) < 0:
            return f"estimate has no usable value ({v!r})"
        return ""

    def xǁRewardShaperǁ_check__mutmut_23(self, estimate: SpatialEstimate) -> str:
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
        if v is None or not math.isfinite(float(v)) or float(None) < 0:
            return f"estimate has no usable value ({v!r})"
        return ""

    def xǁRewardShaperǁ_check__mutmut_24(self, estimate: SpatialEstimate) -> str:
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
        if v is None or not math.isfinite(float(v)) or float(v) <= 0:
            return f"estimate has no usable value ({v!r})"
        return ""

    def xǁRewardShaperǁ_check__mutmut_25(self, estimate: SpatialEstimate) -> str:
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
        if v is None or not math.isfinite(float(v)) or float(v) < 1:
            return f"estimate has no usable value ({v!r})"
        return ""

    def xǁRewardShaperǁ_check__mutmut_26(self, estimate: SpatialEstimate) -> str:
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
        return "XXXX"

    @_mutmut_mutated(mutants_xǁRewardShaperǁstep__mutmut)
    def step(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
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

    def xǁRewardShaperǁstep__mutmut_orig(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
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

    def xǁRewardShaperǁstep__mutmut_1(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = None
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

    def xǁRewardShaperǁstep__mutmut_2(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(None)
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

    def xǁRewardShaperǁstep__mutmut_3(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
        if self._last_stamp is not None or stamp_ns < self._last_stamp:
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

    def xǁRewardShaperǁstep__mutmut_4(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
        if self._last_stamp is None and stamp_ns < self._last_stamp:
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

    def xǁRewardShaperǁstep__mutmut_5(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
        if self._last_stamp is not None and stamp_ns <= self._last_stamp:
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

    def xǁRewardShaperǁstep__mutmut_6(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
        if self._last_stamp is not None and stamp_ns < self._last_stamp:
            return self._invalid(None, f"estimate stamp {stamp_ns} is older than the previous one {self._last_stamp}")
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

    def xǁRewardShaperǁstep__mutmut_7(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
        if self._last_stamp is not None and stamp_ns < self._last_stamp:
            return self._invalid(stamp_ns, None)
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

    def xǁRewardShaperǁstep__mutmut_8(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
        if self._last_stamp is not None and stamp_ns < self._last_stamp:
            return self._invalid(f"estimate stamp {stamp_ns} is older than the previous one {self._last_stamp}")
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

    def xǁRewardShaperǁstep__mutmut_9(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
        if self._last_stamp is not None and stamp_ns < self._last_stamp:
            return self._invalid(stamp_ns, )
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

    def xǁRewardShaperǁstep__mutmut_10(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
        if self._last_stamp is not None and stamp_ns < self._last_stamp:
            return self._invalid(stamp_ns, f"estimate stamp {stamp_ns} is older than the previous one {self._last_stamp}")
        problem = None
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

    def xǁRewardShaperǁstep__mutmut_11(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
        if self._last_stamp is not None and stamp_ns < self._last_stamp:
            return self._invalid(stamp_ns, f"estimate stamp {stamp_ns} is older than the previous one {self._last_stamp}")
        problem = self._check(None)
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

    def xǁRewardShaperǁstep__mutmut_12(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
        if self._last_stamp is not None and stamp_ns < self._last_stamp:
            return self._invalid(stamp_ns, f"estimate stamp {stamp_ns} is older than the previous one {self._last_stamp}")
        problem = self._check(estimate)
        held = None
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

    def xǁRewardShaperǁstep__mutmut_13(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
        if self._last_stamp is not None and stamp_ns < self._last_stamp:
            return self._invalid(stamp_ns, f"estimate stamp {stamp_ns} is older than the previous one {self._last_stamp}")
        problem = self._check(estimate)
        held = True
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

    def xǁRewardShaperǁstep__mutmut_14(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
        if self._last_stamp is not None and stamp_ns < self._last_stamp:
            return self._invalid(stamp_ns, f"estimate stamp {stamp_ns} is older than the previous one {self._last_stamp}")
        problem = self._check(estimate)
        held = False
        if problem:
            t = None
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

    def xǁRewardShaperǁstep__mutmut_15(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
        if self._last_stamp is not None and stamp_ns < self._last_stamp:
            return self._invalid(stamp_ns, f"estimate stamp {stamp_ns} is older than the previous one {self._last_stamp}")
        problem = self._check(estimate)
        held = False
        if problem:
            t = self.task
            if (t.hold_last and self._last_distance is not None and self._last_valid_stamp is not None or (stamp_ns - self._last_valid_stamp) <= t.hold_max_s * 1e9):
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

    def xǁRewardShaperǁstep__mutmut_16(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
        if self._last_stamp is not None and stamp_ns < self._last_stamp:
            return self._invalid(stamp_ns, f"estimate stamp {stamp_ns} is older than the previous one {self._last_stamp}")
        problem = self._check(estimate)
        held = False
        if problem:
            t = self.task
            if (t.hold_last and self._last_distance is not None or self._last_valid_stamp is not None
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

    def xǁRewardShaperǁstep__mutmut_17(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
        if self._last_stamp is not None and stamp_ns < self._last_stamp:
            return self._invalid(stamp_ns, f"estimate stamp {stamp_ns} is older than the previous one {self._last_stamp}")
        problem = self._check(estimate)
        held = False
        if problem:
            t = self.task
            if (t.hold_last or self._last_distance is not None and self._last_valid_stamp is not None
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

    def xǁRewardShaperǁstep__mutmut_18(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
        if self._last_stamp is not None and stamp_ns < self._last_stamp:
            return self._invalid(stamp_ns, f"estimate stamp {stamp_ns} is older than the previous one {self._last_stamp}")
        problem = self._check(estimate)
        held = False
        if problem:
            t = self.task
            if (t.hold_last and self._last_distance is None and self._last_valid_stamp is not None
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

    def xǁRewardShaperǁstep__mutmut_19(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
        if self._last_stamp is not None and stamp_ns < self._last_stamp:
            return self._invalid(stamp_ns, f"estimate stamp {stamp_ns} is older than the previous one {self._last_stamp}")
        problem = self._check(estimate)
        held = False
        if problem:
            t = self.task
            if (t.hold_last and self._last_distance is not None and self._last_valid_stamp is None
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

    def xǁRewardShaperǁstep__mutmut_20(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
        if self._last_stamp is not None and stamp_ns < self._last_stamp:
            return self._invalid(stamp_ns, f"estimate stamp {stamp_ns} is older than the previous one {self._last_stamp}")
        problem = self._check(estimate)
        held = False
        if problem:
            t = self.task
            if (t.hold_last and self._last_distance is not None and self._last_valid_stamp is not None
                    and (stamp_ns + self._last_valid_stamp) <= t.hold_max_s * 1e9):
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

    def xǁRewardShaperǁstep__mutmut_21(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
        if self._last_stamp is not None and stamp_ns < self._last_stamp:
            return self._invalid(stamp_ns, f"estimate stamp {stamp_ns} is older than the previous one {self._last_stamp}")
        problem = self._check(estimate)
        held = False
        if problem:
            t = self.task
            if (t.hold_last and self._last_distance is not None and self._last_valid_stamp is not None
                    and (stamp_ns - self._last_valid_stamp) < t.hold_max_s * 1e9):
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

    def xǁRewardShaperǁstep__mutmut_22(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
        if self._last_stamp is not None and stamp_ns < self._last_stamp:
            return self._invalid(stamp_ns, f"estimate stamp {stamp_ns} is older than the previous one {self._last_stamp}")
        problem = self._check(estimate)
        held = False
        if problem:
            t = self.task
            if (t.hold_last and self._last_distance is not None and self._last_valid_stamp is not None
                    and (stamp_ns - self._last_valid_stamp) <= t.hold_max_s / 1e9):
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

    def xǁRewardShaperǁstep__mutmut_23(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
        if self._last_stamp is not None and stamp_ns < self._last_stamp:
            return self._invalid(stamp_ns, f"estimate stamp {stamp_ns} is older than the previous one {self._last_stamp}")
        problem = self._check(estimate)
        held = False
        if problem:
            t = self.task
            if (t.hold_last and self._last_distance is not None and self._last_valid_stamp is not None
                    and (stamp_ns - self._last_valid_stamp) <= t.hold_max_s * 1000000001.0):
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

    def xǁRewardShaperǁstep__mutmut_24(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
        if self._last_stamp is not None and stamp_ns < self._last_stamp:
            return self._invalid(stamp_ns, f"estimate stamp {stamp_ns} is older than the previous one {self._last_stamp}")
        problem = self._check(estimate)
        held = False
        if problem:
            t = self.task
            if (t.hold_last and self._last_distance is not None and self._last_valid_stamp is not None
                    and (stamp_ns - self._last_valid_stamp) <= t.hold_max_s * 1e9):
                distance = None
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

    def xǁRewardShaperǁstep__mutmut_25(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
        if self._last_stamp is not None and stamp_ns < self._last_stamp:
            return self._invalid(stamp_ns, f"estimate stamp {stamp_ns} is older than the previous one {self._last_stamp}")
        problem = self._check(estimate)
        held = False
        if problem:
            t = self.task
            if (t.hold_last and self._last_distance is not None and self._last_valid_stamp is not None
                    and (stamp_ns - self._last_valid_stamp) <= t.hold_max_s * 1e9):
                distance = self._last_distance
                held = None
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

    def xǁRewardShaperǁstep__mutmut_26(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
        if self._last_stamp is not None and stamp_ns < self._last_stamp:
            return self._invalid(stamp_ns, f"estimate stamp {stamp_ns} is older than the previous one {self._last_stamp}")
        problem = self._check(estimate)
        held = False
        if problem:
            t = self.task
            if (t.hold_last and self._last_distance is not None and self._last_valid_stamp is not None
                    and (stamp_ns - self._last_valid_stamp) <= t.hold_max_s * 1e9):
                distance = self._last_distance
                held = False
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

    def xǁRewardShaperǁstep__mutmut_27(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
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
                self._last_stamp = None
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

    def xǁRewardShaperǁstep__mutmut_28(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
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
                return self._invalid(None, problem)
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

    def xǁRewardShaperǁstep__mutmut_29(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
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
                return self._invalid(stamp_ns, None)
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

    def xǁRewardShaperǁstep__mutmut_30(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
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
                return self._invalid(problem)
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

    def xǁRewardShaperǁstep__mutmut_31(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
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
                return self._invalid(stamp_ns, )
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

    def xǁRewardShaperǁstep__mutmut_32(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
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
            distance = None
        signal = self._reward(distance, stamp_ns, held)
        if held:
            signal.reason = f"held last distance from t={self._last_valid_stamp} ns ({problem})"
        else:
            self._last_distance = distance
            self._last_valid_stamp = stamp_ns
        self._last_stamp = stamp_ns
        self.steps += 1
        return signal

    def xǁRewardShaperǁstep__mutmut_33(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
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
            distance = float(None)
        signal = self._reward(distance, stamp_ns, held)
        if held:
            signal.reason = f"held last distance from t={self._last_valid_stamp} ns ({problem})"
        else:
            self._last_distance = distance
            self._last_valid_stamp = stamp_ns
        self._last_stamp = stamp_ns
        self.steps += 1
        return signal

    def xǁRewardShaperǁstep__mutmut_34(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
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
        signal = None
        if held:
            signal.reason = f"held last distance from t={self._last_valid_stamp} ns ({problem})"
        else:
            self._last_distance = distance
            self._last_valid_stamp = stamp_ns
        self._last_stamp = stamp_ns
        self.steps += 1
        return signal

    def xǁRewardShaperǁstep__mutmut_35(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
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
        signal = self._reward(None, stamp_ns, held)
        if held:
            signal.reason = f"held last distance from t={self._last_valid_stamp} ns ({problem})"
        else:
            self._last_distance = distance
            self._last_valid_stamp = stamp_ns
        self._last_stamp = stamp_ns
        self.steps += 1
        return signal

    def xǁRewardShaperǁstep__mutmut_36(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
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
        signal = self._reward(distance, None, held)
        if held:
            signal.reason = f"held last distance from t={self._last_valid_stamp} ns ({problem})"
        else:
            self._last_distance = distance
            self._last_valid_stamp = stamp_ns
        self._last_stamp = stamp_ns
        self.steps += 1
        return signal

    def xǁRewardShaperǁstep__mutmut_37(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
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
        signal = self._reward(distance, stamp_ns, None)
        if held:
            signal.reason = f"held last distance from t={self._last_valid_stamp} ns ({problem})"
        else:
            self._last_distance = distance
            self._last_valid_stamp = stamp_ns
        self._last_stamp = stamp_ns
        self.steps += 1
        return signal

    def xǁRewardShaperǁstep__mutmut_38(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
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
        signal = self._reward(stamp_ns, held)
        if held:
            signal.reason = f"held last distance from t={self._last_valid_stamp} ns ({problem})"
        else:
            self._last_distance = distance
            self._last_valid_stamp = stamp_ns
        self._last_stamp = stamp_ns
        self.steps += 1
        return signal

    def xǁRewardShaperǁstep__mutmut_39(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
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
        signal = self._reward(distance, held)
        if held:
            signal.reason = f"held last distance from t={self._last_valid_stamp} ns ({problem})"
        else:
            self._last_distance = distance
            self._last_valid_stamp = stamp_ns
        self._last_stamp = stamp_ns
        self.steps += 1
        return signal

    def xǁRewardShaperǁstep__mutmut_40(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
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
        signal = self._reward(distance, stamp_ns, )
        if held:
            signal.reason = f"held last distance from t={self._last_valid_stamp} ns ({problem})"
        else:
            self._last_distance = distance
            self._last_valid_stamp = stamp_ns
        self._last_stamp = stamp_ns
        self.steps += 1
        return signal

    def xǁRewardShaperǁstep__mutmut_41(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
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
            signal.reason = None
        else:
            self._last_distance = distance
            self._last_valid_stamp = stamp_ns
        self._last_stamp = stamp_ns
        self.steps += 1
        return signal

    def xǁRewardShaperǁstep__mutmut_42(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
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
            self._last_distance = None
            self._last_valid_stamp = stamp_ns
        self._last_stamp = stamp_ns
        self.steps += 1
        return signal

    def xǁRewardShaperǁstep__mutmut_43(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
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
            self._last_valid_stamp = None
        self._last_stamp = stamp_ns
        self.steps += 1
        return signal

    def xǁRewardShaperǁstep__mutmut_44(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
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
        self._last_stamp = None
        self.steps += 1
        return signal

    def xǁRewardShaperǁstep__mutmut_45(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
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
        self.steps = 1
        return signal

    def xǁRewardShaperǁstep__mutmut_46(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
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
        self.steps -= 1
        return signal

    def xǁRewardShaperǁstep__mutmut_47(self, estimate: SpatialEstimate, stamp_ns: int) -> RewardSignal:
        """The reward for one :class:`SpatialEstimate` taken at ``stamp_ns`` (ns)."""
        stamp_ns = int(stamp_ns)
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
        self.steps += 2
        return signal

    @_mutmut_mutated(mutants_xǁRewardShaperǁ_reward__mutmut)
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

    def xǁRewardShaperǁ_reward__mutmut_orig(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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

    def xǁRewardShaperǁ_reward__mutmut_1(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = None
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

    def xǁRewardShaperǁ_reward__mutmut_2(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = None
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

    def xǁRewardShaperǁ_reward__mutmut_3(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(None)
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

    def xǁRewardShaperǁ_reward__mutmut_4(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance + t.target_m)
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

    def xǁRewardShaperǁ_reward__mutmut_5(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = None
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

    def xǁRewardShaperǁ_reward__mutmut_6(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping != "potential":
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

    def xǁRewardShaperǁ_reward__mutmut_7(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "XXpotentialXX":
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

    def xǁRewardShaperǁ_reward__mutmut_8(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "POTENTIAL":
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

    def xǁRewardShaperǁ_reward__mutmut_9(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = None
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

    def xǁRewardShaperǁ_reward__mutmut_10(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(None, "potential", t.scale_m)
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

    def xǁRewardShaperǁ_reward__mutmut_11(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, None, t.scale_m)
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

    def xǁRewardShaperǁ_reward__mutmut_12(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", None)
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

    def xǁRewardShaperǁ_reward__mutmut_13(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped("potential", t.scale_m)
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

    def xǁRewardShaperǁ_reward__mutmut_14(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, t.scale_m)
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

    def xǁRewardShaperǁ_reward__mutmut_15(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", )
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

    def xǁRewardShaperǁ_reward__mutmut_16(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "XXpotentialXX", t.scale_m)
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

    def xǁRewardShaperǁ_reward__mutmut_17(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "POTENTIAL", t.scale_m)
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

    def xǁRewardShaperǁ_reward__mutmut_18(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = None
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

    def xǁRewardShaperǁ_reward__mutmut_19(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 0.0 if (prev is None) and False else t.gamma * phi - shaped(prev, "potential", t.scale_m)
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

    def xǁRewardShaperǁ_reward__mutmut_20(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 0.0 if (prev is None) or True else t.gamma * phi - shaped(prev, "potential", t.scale_m)
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

    def xǁRewardShaperǁ_reward__mutmut_21(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 1.0 if prev is None else t.gamma * phi - shaped(prev, "potential", t.scale_m)
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

    def xǁRewardShaperǁ_reward__mutmut_22(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 0.0 if prev is not None else t.gamma * phi - shaped(prev, "potential", t.scale_m)
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

    def xǁRewardShaperǁ_reward__mutmut_23(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 0.0 if prev is None else t.gamma * phi + shaped(prev, "potential", t.scale_m)
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

    def xǁRewardShaperǁ_reward__mutmut_24(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 0.0 if prev is None else t.gamma / phi - shaped(prev, "potential", t.scale_m)
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

    def xǁRewardShaperǁ_reward__mutmut_25(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 0.0 if prev is None else t.gamma * phi - shaped(None, "potential", t.scale_m)
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

    def xǁRewardShaperǁ_reward__mutmut_26(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 0.0 if prev is None else t.gamma * phi - shaped(prev, None, t.scale_m)
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

    def xǁRewardShaperǁ_reward__mutmut_27(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 0.0 if prev is None else t.gamma * phi - shaped(prev, "potential", None)
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

    def xǁRewardShaperǁ_reward__mutmut_28(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 0.0 if prev is None else t.gamma * phi - shaped("potential", t.scale_m)
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

    def xǁRewardShaperǁ_reward__mutmut_29(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 0.0 if prev is None else t.gamma * phi - shaped(prev, t.scale_m)
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

    def xǁRewardShaperǁ_reward__mutmut_30(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 0.0 if prev is None else t.gamma * phi - shaped(prev, "potential", )
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

    def xǁRewardShaperǁ_reward__mutmut_31(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 0.0 if prev is None else t.gamma * phi - shaped(prev, "XXpotentialXX", t.scale_m)
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

    def xǁRewardShaperǁ_reward__mutmut_32(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 0.0 if prev is None else t.gamma * phi - shaped(prev, "POTENTIAL", t.scale_m)
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

    def xǁRewardShaperǁ_reward__mutmut_33(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 0.0 if prev is None else t.gamma * phi - shaped(prev, "potential", t.scale_m)
        else:
            term = None
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

    def xǁRewardShaperǁ_reward__mutmut_34(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 0.0 if prev is None else t.gamma * phi - shaped(prev, "potential", t.scale_m)
        else:
            term = shaped(None, t.shaping, t.scale_m)
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

    def xǁRewardShaperǁ_reward__mutmut_35(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 0.0 if prev is None else t.gamma * phi - shaped(prev, "potential", t.scale_m)
        else:
            term = shaped(error, None, t.scale_m)
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

    def xǁRewardShaperǁ_reward__mutmut_36(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 0.0 if prev is None else t.gamma * phi - shaped(prev, "potential", t.scale_m)
        else:
            term = shaped(error, t.shaping, None)
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

    def xǁRewardShaperǁ_reward__mutmut_37(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 0.0 if prev is None else t.gamma * phi - shaped(prev, "potential", t.scale_m)
        else:
            term = shaped(t.shaping, t.scale_m)
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

    def xǁRewardShaperǁ_reward__mutmut_38(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 0.0 if prev is None else t.gamma * phi - shaped(prev, "potential", t.scale_m)
        else:
            term = shaped(error, t.scale_m)
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

    def xǁRewardShaperǁ_reward__mutmut_39(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 0.0 if prev is None else t.gamma * phi - shaped(prev, "potential", t.scale_m)
        else:
            term = shaped(error, t.shaping, )
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

    def xǁRewardShaperǁ_reward__mutmut_40(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 0.0 if prev is None else t.gamma * phi - shaped(prev, "potential", t.scale_m)
        else:
            term = shaped(error, t.shaping, t.scale_m)
        progress = None
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

    def xǁRewardShaperǁ_reward__mutmut_41(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 0.0 if prev is None else t.gamma * phi - shaped(prev, "potential", t.scale_m)
        else:
            term = shaped(error, t.shaping, t.scale_m)
        progress = 0.0 if (prev is None or held) and False else (prev - error) / t.scale_m
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

    def xǁRewardShaperǁ_reward__mutmut_42(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 0.0 if prev is None else t.gamma * phi - shaped(prev, "potential", t.scale_m)
        else:
            term = shaped(error, t.shaping, t.scale_m)
        progress = 0.0 if (prev is None or held) or True else (prev - error) / t.scale_m
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

    def xǁRewardShaperǁ_reward__mutmut_43(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 0.0 if prev is None else t.gamma * phi - shaped(prev, "potential", t.scale_m)
        else:
            term = shaped(error, t.shaping, t.scale_m)
        progress = 1.0 if (prev is None or held) else (prev - error) / t.scale_m
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

    def xǁRewardShaperǁ_reward__mutmut_44(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 0.0 if prev is None else t.gamma * phi - shaped(prev, "potential", t.scale_m)
        else:
            term = shaped(error, t.shaping, t.scale_m)
        progress = 0.0 if (prev is None and held) else (prev - error) / t.scale_m
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

    def xǁRewardShaperǁ_reward__mutmut_45(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 0.0 if prev is None else t.gamma * phi - shaped(prev, "potential", t.scale_m)
        else:
            term = shaped(error, t.shaping, t.scale_m)
        progress = 0.0 if (prev is not None or held) else (prev - error) / t.scale_m
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

    def xǁRewardShaperǁ_reward__mutmut_46(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 0.0 if prev is None else t.gamma * phi - shaped(prev, "potential", t.scale_m)
        else:
            term = shaped(error, t.shaping, t.scale_m)
        progress = 0.0 if (prev is None or held) else (prev - error) * t.scale_m
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

    def xǁRewardShaperǁ_reward__mutmut_47(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 0.0 if prev is None else t.gamma * phi - shaped(prev, "potential", t.scale_m)
        else:
            term = shaped(error, t.shaping, t.scale_m)
        progress = 0.0 if (prev is None or held) else (prev + error) / t.scale_m
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

    def xǁRewardShaperǁ_reward__mutmut_48(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 0.0 if prev is None else t.gamma * phi - shaped(prev, "potential", t.scale_m)
        else:
            term = shaped(error, t.shaping, t.scale_m)
        progress = 0.0 if (prev is None or held) else (prev - error) / t.scale_m
        success = None
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

    def xǁRewardShaperǁ_reward__mutmut_49(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
        t = self.task
        error = abs(distance - t.target_m)
        prev = self._last_error
        if t.shaping == "potential":
            phi = shaped(error, "potential", t.scale_m)
            term = 0.0 if prev is None else t.gamma * phi - shaped(prev, "potential", t.scale_m)
        else:
            term = shaped(error, t.shaping, t.scale_m)
        progress = 0.0 if (prev is None or held) else (prev - error) / t.scale_m
        success = error < t.success_tolerance_m
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

    def xǁRewardShaperǁ_reward__mutmut_50(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
        components = None
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

    def xǁRewardShaperǁ_reward__mutmut_51(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            "XXdistanceXX": t.distance_weight * term,
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

    def xǁRewardShaperǁ_reward__mutmut_52(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            "DISTANCE": t.distance_weight * term,
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

    def xǁRewardShaperǁ_reward__mutmut_53(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            "distance": t.distance_weight / term,
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

    def xǁRewardShaperǁ_reward__mutmut_54(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            "XXprogressXX": t.progress_weight * progress,
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

    def xǁRewardShaperǁ_reward__mutmut_55(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            "PROGRESS": t.progress_weight * progress,
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

    def xǁRewardShaperǁ_reward__mutmut_56(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            "progress": t.progress_weight / progress,
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

    def xǁRewardShaperǁ_reward__mutmut_57(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            "XXsuccessXX": t.success_bonus if success else 0.0,
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

    def xǁRewardShaperǁ_reward__mutmut_58(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            "SUCCESS": t.success_bonus if success else 0.0,
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

    def xǁRewardShaperǁ_reward__mutmut_59(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            "success": t.success_bonus if (success) and False else 0.0,
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

    def xǁRewardShaperǁ_reward__mutmut_60(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            "success": t.success_bonus if (success) or True else 0.0,
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

    def xǁRewardShaperǁ_reward__mutmut_61(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            "success": t.success_bonus if success else 1.0,
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

    def xǁRewardShaperǁ_reward__mutmut_62(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
        if held:
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

    def xǁRewardShaperǁ_reward__mutmut_63(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            self._last_error = None
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

    def xǁRewardShaperǁ_reward__mutmut_64(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            stamp_ns=None,
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

    def xǁRewardShaperǁ_reward__mutmut_65(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            total=None,
            components=components,
            distance_m=distance,
            valid=True,
            reason="",
            success=success,
            held=held,
            error_m=error,
            task=t.name,
        )

    def xǁRewardShaperǁ_reward__mutmut_66(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            components=None,
            distance_m=distance,
            valid=True,
            reason="",
            success=success,
            held=held,
            error_m=error,
            task=t.name,
        )

    def xǁRewardShaperǁ_reward__mutmut_67(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            distance_m=None,
            valid=True,
            reason="",
            success=success,
            held=held,
            error_m=error,
            task=t.name,
        )

    def xǁRewardShaperǁ_reward__mutmut_68(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            valid=None,
            reason="",
            success=success,
            held=held,
            error_m=error,
            task=t.name,
        )

    def xǁRewardShaperǁ_reward__mutmut_69(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            reason=None,
            success=success,
            held=held,
            error_m=error,
            task=t.name,
        )

    def xǁRewardShaperǁ_reward__mutmut_70(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            success=None,
            held=held,
            error_m=error,
            task=t.name,
        )

    def xǁRewardShaperǁ_reward__mutmut_71(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            held=None,
            error_m=error,
            task=t.name,
        )

    def xǁRewardShaperǁ_reward__mutmut_72(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            error_m=None,
            task=t.name,
        )

    def xǁRewardShaperǁ_reward__mutmut_73(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            task=None,
        )

    def xǁRewardShaperǁ_reward__mutmut_74(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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

    def xǁRewardShaperǁ_reward__mutmut_75(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            components=components,
            distance_m=distance,
            valid=True,
            reason="",
            success=success,
            held=held,
            error_m=error,
            task=t.name,
        )

    def xǁRewardShaperǁ_reward__mutmut_76(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            distance_m=distance,
            valid=True,
            reason="",
            success=success,
            held=held,
            error_m=error,
            task=t.name,
        )

    def xǁRewardShaperǁ_reward__mutmut_77(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            valid=True,
            reason="",
            success=success,
            held=held,
            error_m=error,
            task=t.name,
        )

    def xǁRewardShaperǁ_reward__mutmut_78(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            reason="",
            success=success,
            held=held,
            error_m=error,
            task=t.name,
        )

    def xǁRewardShaperǁ_reward__mutmut_79(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            success=success,
            held=held,
            error_m=error,
            task=t.name,
        )

    def xǁRewardShaperǁ_reward__mutmut_80(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            held=held,
            error_m=error,
            task=t.name,
        )

    def xǁRewardShaperǁ_reward__mutmut_81(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            error_m=error,
            task=t.name,
        )

    def xǁRewardShaperǁ_reward__mutmut_82(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            task=t.name,
        )

    def xǁRewardShaperǁ_reward__mutmut_83(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            )

    def xǁRewardShaperǁ_reward__mutmut_84(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            total=float(None),
            components=components,
            distance_m=distance,
            valid=True,
            reason="",
            success=success,
            held=held,
            error_m=error,
            task=t.name,
        )

    def xǁRewardShaperǁ_reward__mutmut_85(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            total=float(sum(None)),
            components=components,
            distance_m=distance,
            valid=True,
            reason="",
            success=success,
            held=held,
            error_m=error,
            task=t.name,
        )

    def xǁRewardShaperǁ_reward__mutmut_86(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            valid=False,
            reason="",
            success=success,
            held=held,
            error_m=error,
            task=t.name,
        )

    def xǁRewardShaperǁ_reward__mutmut_87(self, distance: float, stamp_ns: int, held: bool) -> RewardSignal:
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
            reason="XXXX",
            success=success,
            held=held,
            error_m=error,
            task=t.name,
        )

mutants_xǁRewardShaperǁ__init____mutmut['_mutmut_orig'] = RewardShaper.xǁRewardShaperǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ__init____mutmut['xǁRewardShaperǁ__init____mutmut_1'] = RewardShaper.xǁRewardShaperǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ__init____mutmut['xǁRewardShaperǁ__init____mutmut_2'] = RewardShaper.xǁRewardShaperǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ__init____mutmut['xǁRewardShaperǁ__init____mutmut_3'] = RewardShaper.xǁRewardShaperǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ__init____mutmut['xǁRewardShaperǁ__init____mutmut_4'] = RewardShaper.xǁRewardShaperǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ__init____mutmut['xǁRewardShaperǁ__init____mutmut_5'] = RewardShaper.xǁRewardShaperǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ__init____mutmut['xǁRewardShaperǁ__init____mutmut_6'] = RewardShaper.xǁRewardShaperǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ__init____mutmut['xǁRewardShaperǁ__init____mutmut_7'] = RewardShaper.xǁRewardShaperǁ__init____mutmut_7 # type: ignore # mutmut generated

mutants_xǁRewardShaperǁreset__mutmut['_mutmut_orig'] = RewardShaper.xǁRewardShaperǁreset__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRewardShaperǁreset__mutmut['xǁRewardShaperǁreset__mutmut_1'] = RewardShaper.xǁRewardShaperǁreset__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁreset__mutmut['xǁRewardShaperǁreset__mutmut_2'] = RewardShaper.xǁRewardShaperǁreset__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁreset__mutmut['xǁRewardShaperǁreset__mutmut_3'] = RewardShaper.xǁRewardShaperǁreset__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁreset__mutmut['xǁRewardShaperǁreset__mutmut_4'] = RewardShaper.xǁRewardShaperǁreset__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁreset__mutmut['xǁRewardShaperǁreset__mutmut_5'] = RewardShaper.xǁRewardShaperǁreset__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁreset__mutmut['xǁRewardShaperǁreset__mutmut_6'] = RewardShaper.xǁRewardShaperǁreset__mutmut_6 # type: ignore # mutmut generated

mutants_xǁRewardShaperǁ_invalid__mutmut['_mutmut_orig'] = RewardShaper.xǁRewardShaperǁ_invalid__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_invalid__mutmut['xǁRewardShaperǁ_invalid__mutmut_1'] = RewardShaper.xǁRewardShaperǁ_invalid__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_invalid__mutmut['xǁRewardShaperǁ_invalid__mutmut_2'] = RewardShaper.xǁRewardShaperǁ_invalid__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_invalid__mutmut['xǁRewardShaperǁ_invalid__mutmut_3'] = RewardShaper.xǁRewardShaperǁ_invalid__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_invalid__mutmut['xǁRewardShaperǁ_invalid__mutmut_4'] = RewardShaper.xǁRewardShaperǁ_invalid__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_invalid__mutmut['xǁRewardShaperǁ_invalid__mutmut_5'] = RewardShaper.xǁRewardShaperǁ_invalid__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_invalid__mutmut['xǁRewardShaperǁ_invalid__mutmut_6'] = RewardShaper.xǁRewardShaperǁ_invalid__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_invalid__mutmut['xǁRewardShaperǁ_invalid__mutmut_7'] = RewardShaper.xǁRewardShaperǁ_invalid__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_invalid__mutmut['xǁRewardShaperǁ_invalid__mutmut_8'] = RewardShaper.xǁRewardShaperǁ_invalid__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_invalid__mutmut['xǁRewardShaperǁ_invalid__mutmut_9'] = RewardShaper.xǁRewardShaperǁ_invalid__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_invalid__mutmut['xǁRewardShaperǁ_invalid__mutmut_10'] = RewardShaper.xǁRewardShaperǁ_invalid__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_invalid__mutmut['xǁRewardShaperǁ_invalid__mutmut_11'] = RewardShaper.xǁRewardShaperǁ_invalid__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_invalid__mutmut['xǁRewardShaperǁ_invalid__mutmut_12'] = RewardShaper.xǁRewardShaperǁ_invalid__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_invalid__mutmut['xǁRewardShaperǁ_invalid__mutmut_13'] = RewardShaper.xǁRewardShaperǁ_invalid__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_invalid__mutmut['xǁRewardShaperǁ_invalid__mutmut_14'] = RewardShaper.xǁRewardShaperǁ_invalid__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_invalid__mutmut['xǁRewardShaperǁ_invalid__mutmut_15'] = RewardShaper.xǁRewardShaperǁ_invalid__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_invalid__mutmut['xǁRewardShaperǁ_invalid__mutmut_16'] = RewardShaper.xǁRewardShaperǁ_invalid__mutmut_16 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_invalid__mutmut['xǁRewardShaperǁ_invalid__mutmut_17'] = RewardShaper.xǁRewardShaperǁ_invalid__mutmut_17 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_invalid__mutmut['xǁRewardShaperǁ_invalid__mutmut_18'] = RewardShaper.xǁRewardShaperǁ_invalid__mutmut_18 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_invalid__mutmut['xǁRewardShaperǁ_invalid__mutmut_19'] = RewardShaper.xǁRewardShaperǁ_invalid__mutmut_19 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_invalid__mutmut['xǁRewardShaperǁ_invalid__mutmut_20'] = RewardShaper.xǁRewardShaperǁ_invalid__mutmut_20 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_invalid__mutmut['xǁRewardShaperǁ_invalid__mutmut_21'] = RewardShaper.xǁRewardShaperǁ_invalid__mutmut_21 # type: ignore # mutmut generated

mutants_xǁRewardShaperǁ_check__mutmut['_mutmut_orig'] = RewardShaper.xǁRewardShaperǁ_check__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_check__mutmut['xǁRewardShaperǁ_check__mutmut_1'] = RewardShaper.xǁRewardShaperǁ_check__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_check__mutmut['xǁRewardShaperǁ_check__mutmut_2'] = RewardShaper.xǁRewardShaperǁ_check__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_check__mutmut['xǁRewardShaperǁ_check__mutmut_3'] = RewardShaper.xǁRewardShaperǁ_check__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_check__mutmut['xǁRewardShaperǁ_check__mutmut_4'] = RewardShaper.xǁRewardShaperǁ_check__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_check__mutmut['xǁRewardShaperǁ_check__mutmut_5'] = RewardShaper.xǁRewardShaperǁ_check__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_check__mutmut['xǁRewardShaperǁ_check__mutmut_6'] = RewardShaper.xǁRewardShaperǁ_check__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_check__mutmut['xǁRewardShaperǁ_check__mutmut_7'] = RewardShaper.xǁRewardShaperǁ_check__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_check__mutmut['xǁRewardShaperǁ_check__mutmut_8'] = RewardShaper.xǁRewardShaperǁ_check__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_check__mutmut['xǁRewardShaperǁ_check__mutmut_9'] = RewardShaper.xǁRewardShaperǁ_check__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_check__mutmut['xǁRewardShaperǁ_check__mutmut_10'] = RewardShaper.xǁRewardShaperǁ_check__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_check__mutmut['xǁRewardShaperǁ_check__mutmut_11'] = RewardShaper.xǁRewardShaperǁ_check__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_check__mutmut['xǁRewardShaperǁ_check__mutmut_12'] = RewardShaper.xǁRewardShaperǁ_check__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_check__mutmut['xǁRewardShaperǁ_check__mutmut_13'] = RewardShaper.xǁRewardShaperǁ_check__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_check__mutmut['xǁRewardShaperǁ_check__mutmut_14'] = RewardShaper.xǁRewardShaperǁ_check__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_check__mutmut['xǁRewardShaperǁ_check__mutmut_15'] = RewardShaper.xǁRewardShaperǁ_check__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_check__mutmut['xǁRewardShaperǁ_check__mutmut_16'] = RewardShaper.xǁRewardShaperǁ_check__mutmut_16 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_check__mutmut['xǁRewardShaperǁ_check__mutmut_17'] = RewardShaper.xǁRewardShaperǁ_check__mutmut_17 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_check__mutmut['xǁRewardShaperǁ_check__mutmut_18'] = RewardShaper.xǁRewardShaperǁ_check__mutmut_18 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_check__mutmut['xǁRewardShaperǁ_check__mutmut_19'] = RewardShaper.xǁRewardShaperǁ_check__mutmut_19 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_check__mutmut['xǁRewardShaperǁ_check__mutmut_20'] = RewardShaper.xǁRewardShaperǁ_check__mutmut_20 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_check__mutmut['xǁRewardShaperǁ_check__mutmut_21'] = RewardShaper.xǁRewardShaperǁ_check__mutmut_21 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_check__mutmut['xǁRewardShaperǁ_check__mutmut_22'] = RewardShaper.xǁRewardShaperǁ_check__mutmut_22 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_check__mutmut['xǁRewardShaperǁ_check__mutmut_23'] = RewardShaper.xǁRewardShaperǁ_check__mutmut_23 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_check__mutmut['xǁRewardShaperǁ_check__mutmut_24'] = RewardShaper.xǁRewardShaperǁ_check__mutmut_24 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_check__mutmut['xǁRewardShaperǁ_check__mutmut_25'] = RewardShaper.xǁRewardShaperǁ_check__mutmut_25 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_check__mutmut['xǁRewardShaperǁ_check__mutmut_26'] = RewardShaper.xǁRewardShaperǁ_check__mutmut_26 # type: ignore # mutmut generated

mutants_xǁRewardShaperǁstep__mutmut['_mutmut_orig'] = RewardShaper.xǁRewardShaperǁstep__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_1'] = RewardShaper.xǁRewardShaperǁstep__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_2'] = RewardShaper.xǁRewardShaperǁstep__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_3'] = RewardShaper.xǁRewardShaperǁstep__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_4'] = RewardShaper.xǁRewardShaperǁstep__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_5'] = RewardShaper.xǁRewardShaperǁstep__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_6'] = RewardShaper.xǁRewardShaperǁstep__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_7'] = RewardShaper.xǁRewardShaperǁstep__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_8'] = RewardShaper.xǁRewardShaperǁstep__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_9'] = RewardShaper.xǁRewardShaperǁstep__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_10'] = RewardShaper.xǁRewardShaperǁstep__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_11'] = RewardShaper.xǁRewardShaperǁstep__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_12'] = RewardShaper.xǁRewardShaperǁstep__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_13'] = RewardShaper.xǁRewardShaperǁstep__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_14'] = RewardShaper.xǁRewardShaperǁstep__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_15'] = RewardShaper.xǁRewardShaperǁstep__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_16'] = RewardShaper.xǁRewardShaperǁstep__mutmut_16 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_17'] = RewardShaper.xǁRewardShaperǁstep__mutmut_17 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_18'] = RewardShaper.xǁRewardShaperǁstep__mutmut_18 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_19'] = RewardShaper.xǁRewardShaperǁstep__mutmut_19 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_20'] = RewardShaper.xǁRewardShaperǁstep__mutmut_20 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_21'] = RewardShaper.xǁRewardShaperǁstep__mutmut_21 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_22'] = RewardShaper.xǁRewardShaperǁstep__mutmut_22 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_23'] = RewardShaper.xǁRewardShaperǁstep__mutmut_23 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_24'] = RewardShaper.xǁRewardShaperǁstep__mutmut_24 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_25'] = RewardShaper.xǁRewardShaperǁstep__mutmut_25 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_26'] = RewardShaper.xǁRewardShaperǁstep__mutmut_26 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_27'] = RewardShaper.xǁRewardShaperǁstep__mutmut_27 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_28'] = RewardShaper.xǁRewardShaperǁstep__mutmut_28 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_29'] = RewardShaper.xǁRewardShaperǁstep__mutmut_29 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_30'] = RewardShaper.xǁRewardShaperǁstep__mutmut_30 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_31'] = RewardShaper.xǁRewardShaperǁstep__mutmut_31 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_32'] = RewardShaper.xǁRewardShaperǁstep__mutmut_32 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_33'] = RewardShaper.xǁRewardShaperǁstep__mutmut_33 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_34'] = RewardShaper.xǁRewardShaperǁstep__mutmut_34 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_35'] = RewardShaper.xǁRewardShaperǁstep__mutmut_35 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_36'] = RewardShaper.xǁRewardShaperǁstep__mutmut_36 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_37'] = RewardShaper.xǁRewardShaperǁstep__mutmut_37 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_38'] = RewardShaper.xǁRewardShaperǁstep__mutmut_38 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_39'] = RewardShaper.xǁRewardShaperǁstep__mutmut_39 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_40'] = RewardShaper.xǁRewardShaperǁstep__mutmut_40 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_41'] = RewardShaper.xǁRewardShaperǁstep__mutmut_41 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_42'] = RewardShaper.xǁRewardShaperǁstep__mutmut_42 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_43'] = RewardShaper.xǁRewardShaperǁstep__mutmut_43 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_44'] = RewardShaper.xǁRewardShaperǁstep__mutmut_44 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_45'] = RewardShaper.xǁRewardShaperǁstep__mutmut_45 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_46'] = RewardShaper.xǁRewardShaperǁstep__mutmut_46 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁstep__mutmut['xǁRewardShaperǁstep__mutmut_47'] = RewardShaper.xǁRewardShaperǁstep__mutmut_47 # type: ignore # mutmut generated

mutants_xǁRewardShaperǁ_reward__mutmut['_mutmut_orig'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_1'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_2'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_3'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_4'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_5'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_6'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_7'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_8'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_9'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_10'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_11'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_12'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_13'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_14'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_15'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_16'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_16 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_17'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_17 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_18'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_18 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_19'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_19 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_20'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_20 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_21'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_21 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_22'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_22 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_23'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_23 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_24'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_24 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_25'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_25 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_26'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_26 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_27'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_27 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_28'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_28 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_29'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_29 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_30'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_30 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_31'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_31 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_32'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_32 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_33'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_33 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_34'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_34 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_35'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_35 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_36'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_36 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_37'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_37 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_38'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_38 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_39'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_39 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_40'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_40 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_41'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_41 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_42'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_42 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_43'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_43 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_44'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_44 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_45'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_45 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_46'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_46 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_47'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_47 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_48'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_48 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_49'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_49 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_50'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_50 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_51'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_51 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_52'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_52 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_53'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_53 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_54'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_54 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_55'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_55 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_56'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_56 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_57'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_57 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_58'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_58 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_59'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_59 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_60'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_60 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_61'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_61 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_62'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_62 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_63'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_63 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_64'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_64 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_65'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_65 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_66'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_66 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_67'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_67 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_68'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_68 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_69'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_69 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_70'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_70 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_71'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_71 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_72'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_72 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_73'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_73 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_74'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_74 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_75'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_75 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_76'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_76 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_77'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_77 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_78'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_78 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_79'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_79 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_80'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_80 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_81'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_81 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_82'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_82 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_83'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_83 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_84'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_84 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_85'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_85 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_86'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_86 # type: ignore # mutmut generated
mutants_xǁRewardShaperǁ_reward__mutmut['xǁRewardShaperǁ_reward__mutmut_87'] = RewardShaper.xǁRewardShaperǁ_reward__mutmut_87 # type: ignore # mutmut generated
