"""The goal types: what an instruction asks (:class:`GoalSpec`), where the
arm may go (:class:`WorkspaceLimits`), the defaults of goal computation
(:class:`GoalConfig`, ``config/goals.yaml``) and the result (:class:`GoalPose`).

Instructions are parsed by :mod:`spatialvlm_ros.core.instructions`; goals are
computed by :mod:`spatialvlm_ros.core.goal_geometry`. Metres; poses in the scene
frame (right-handed, z up), quaternions (x, y, z, w).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from spatialvlm_ros.errors import ConfigError
from spatialvlm_ros.resources import load_config

GRIPPER = "gripper"
RELATIONS: tuple[str, ...] = (
    "above", "below", "left_of", "right_of", "in_front_of", "behind", "closer", "farther", "to", "on_top",
)
HORIZONTAL = ("left_of", "right_of", "in_front_of", "behind")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁGoalSpecǁinvalid__mutmut: MutantDict = {}  # type: ignore
mutants_xǁGoalSpecǁto_dict__mutmut: MutantDict = {}  # type: ignore


@dataclass
class GoalSpec:
    """A parsed instruction: move ``moved`` to ``relation`` of ``reference``.

    ``moved`` is ``"gripper"`` or an object name of the scene; ``offset_m`` the
    metric offset the instruction gave (metres) or None for the default.
    ``valid`` False means the text could not be understood or grounded;
    ``reason`` says why.
    """

    text: str
    moved: str = GRIPPER
    relation: str = ""
    reference: str = ""
    offset_m: float | None = None
    valid: bool = True
    reason: str = ""

    @property
    def is_placement(self) -> bool:
        """True when an object (not the gripper) is to be moved."""
        return self.moved != GRIPPER

    @classmethod
    @_mutmut_mutated(mutants_xǁGoalSpecǁinvalid__mutmut, is_classmethod = True)
    def invalid(cls, text: str, reason: str) -> GoalSpec:
        return cls(text=text, valid=False, reason=reason)

    @classmethod
    def xǁGoalSpecǁinvalid__mutmut_orig(cls, text: str, reason: str) -> GoalSpec:
        return cls(text=text, valid=False, reason=reason)

    @classmethod
    def xǁGoalSpecǁinvalid__mutmut_1(cls, text: str, reason: str) -> GoalSpec:
        return cls(text=None, valid=False, reason=reason)

    @classmethod
    def xǁGoalSpecǁinvalid__mutmut_2(cls, text: str, reason: str) -> GoalSpec:
        return cls(text=text, valid=None, reason=reason)

    @classmethod
    def xǁGoalSpecǁinvalid__mutmut_3(cls, text: str, reason: str) -> GoalSpec:
        return cls(text=text, valid=False, reason=None)

    @classmethod
    def xǁGoalSpecǁinvalid__mutmut_4(cls, text: str, reason: str) -> GoalSpec:
        return cls(valid=False, reason=reason)

    @classmethod
    def xǁGoalSpecǁinvalid__mutmut_5(cls, text: str, reason: str) -> GoalSpec:
        return cls(text=text, reason=reason)

    @classmethod
    def xǁGoalSpecǁinvalid__mutmut_6(cls, text: str, reason: str) -> GoalSpec:
        return cls(text=text, valid=False, )

    @classmethod
    def xǁGoalSpecǁinvalid__mutmut_7(cls, text: str, reason: str) -> GoalSpec:
        return cls(text=text, valid=True, reason=reason)

    @_mutmut_mutated(mutants_xǁGoalSpecǁto_dict__mutmut)
    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "moved": self.moved, "relation": self.relation, "reference": self.reference,
                "offset_m": self.offset_m, "valid": self.valid, "reason": self.reason}

    def xǁGoalSpecǁto_dict__mutmut_orig(self) -> dict[str, Any]:
        return {"text": self.text, "moved": self.moved, "relation": self.relation, "reference": self.reference,
                "offset_m": self.offset_m, "valid": self.valid, "reason": self.reason}

    def xǁGoalSpecǁto_dict__mutmut_1(self) -> dict[str, Any]:
        return {"XXtextXX": self.text, "moved": self.moved, "relation": self.relation, "reference": self.reference,
                "offset_m": self.offset_m, "valid": self.valid, "reason": self.reason}

    def xǁGoalSpecǁto_dict__mutmut_2(self) -> dict[str, Any]:
        return {"TEXT": self.text, "moved": self.moved, "relation": self.relation, "reference": self.reference,
                "offset_m": self.offset_m, "valid": self.valid, "reason": self.reason}

    def xǁGoalSpecǁto_dict__mutmut_3(self) -> dict[str, Any]:
        return {"text": self.text, "XXmovedXX": self.moved, "relation": self.relation, "reference": self.reference,
                "offset_m": self.offset_m, "valid": self.valid, "reason": self.reason}

    def xǁGoalSpecǁto_dict__mutmut_4(self) -> dict[str, Any]:
        return {"text": self.text, "MOVED": self.moved, "relation": self.relation, "reference": self.reference,
                "offset_m": self.offset_m, "valid": self.valid, "reason": self.reason}

    def xǁGoalSpecǁto_dict__mutmut_5(self) -> dict[str, Any]:
        return {"text": self.text, "moved": self.moved, "XXrelationXX": self.relation, "reference": self.reference,
                "offset_m": self.offset_m, "valid": self.valid, "reason": self.reason}

    def xǁGoalSpecǁto_dict__mutmut_6(self) -> dict[str, Any]:
        return {"text": self.text, "moved": self.moved, "RELATION": self.relation, "reference": self.reference,
                "offset_m": self.offset_m, "valid": self.valid, "reason": self.reason}

    def xǁGoalSpecǁto_dict__mutmut_7(self) -> dict[str, Any]:
        return {"text": self.text, "moved": self.moved, "relation": self.relation, "XXreferenceXX": self.reference,
                "offset_m": self.offset_m, "valid": self.valid, "reason": self.reason}

    def xǁGoalSpecǁto_dict__mutmut_8(self) -> dict[str, Any]:
        return {"text": self.text, "moved": self.moved, "relation": self.relation, "REFERENCE": self.reference,
                "offset_m": self.offset_m, "valid": self.valid, "reason": self.reason}

    def xǁGoalSpecǁto_dict__mutmut_9(self) -> dict[str, Any]:
        return {"text": self.text, "moved": self.moved, "relation": self.relation, "reference": self.reference,
                "XXoffset_mXX": self.offset_m, "valid": self.valid, "reason": self.reason}

    def xǁGoalSpecǁto_dict__mutmut_10(self) -> dict[str, Any]:
        return {"text": self.text, "moved": self.moved, "relation": self.relation, "reference": self.reference,
                "OFFSET_M": self.offset_m, "valid": self.valid, "reason": self.reason}

    def xǁGoalSpecǁto_dict__mutmut_11(self) -> dict[str, Any]:
        return {"text": self.text, "moved": self.moved, "relation": self.relation, "reference": self.reference,
                "offset_m": self.offset_m, "XXvalidXX": self.valid, "reason": self.reason}

    def xǁGoalSpecǁto_dict__mutmut_12(self) -> dict[str, Any]:
        return {"text": self.text, "moved": self.moved, "relation": self.relation, "reference": self.reference,
                "offset_m": self.offset_m, "VALID": self.valid, "reason": self.reason}

    def xǁGoalSpecǁto_dict__mutmut_13(self) -> dict[str, Any]:
        return {"text": self.text, "moved": self.moved, "relation": self.relation, "reference": self.reference,
                "offset_m": self.offset_m, "valid": self.valid, "XXreasonXX": self.reason}

    def xǁGoalSpecǁto_dict__mutmut_14(self) -> dict[str, Any]:
        return {"text": self.text, "moved": self.moved, "relation": self.relation, "reference": self.reference,
                "offset_m": self.offset_m, "valid": self.valid, "REASON": self.reason}

mutants_xǁGoalSpecǁinvalid__mutmut['_mutmut_orig'] = GoalSpec.xǁGoalSpecǁinvalid__mutmut_orig # type: ignore # mutmut generated
mutants_xǁGoalSpecǁinvalid__mutmut['xǁGoalSpecǁinvalid__mutmut_1'] = GoalSpec.xǁGoalSpecǁinvalid__mutmut_1 # type: ignore # mutmut generated
mutants_xǁGoalSpecǁinvalid__mutmut['xǁGoalSpecǁinvalid__mutmut_2'] = GoalSpec.xǁGoalSpecǁinvalid__mutmut_2 # type: ignore # mutmut generated
mutants_xǁGoalSpecǁinvalid__mutmut['xǁGoalSpecǁinvalid__mutmut_3'] = GoalSpec.xǁGoalSpecǁinvalid__mutmut_3 # type: ignore # mutmut generated
mutants_xǁGoalSpecǁinvalid__mutmut['xǁGoalSpecǁinvalid__mutmut_4'] = GoalSpec.xǁGoalSpecǁinvalid__mutmut_4 # type: ignore # mutmut generated
mutants_xǁGoalSpecǁinvalid__mutmut['xǁGoalSpecǁinvalid__mutmut_5'] = GoalSpec.xǁGoalSpecǁinvalid__mutmut_5 # type: ignore # mutmut generated
mutants_xǁGoalSpecǁinvalid__mutmut['xǁGoalSpecǁinvalid__mutmut_6'] = GoalSpec.xǁGoalSpecǁinvalid__mutmut_6 # type: ignore # mutmut generated
mutants_xǁGoalSpecǁinvalid__mutmut['xǁGoalSpecǁinvalid__mutmut_7'] = GoalSpec.xǁGoalSpecǁinvalid__mutmut_7 # type: ignore # mutmut generated

mutants_xǁGoalSpecǁto_dict__mutmut['_mutmut_orig'] = GoalSpec.xǁGoalSpecǁto_dict__mutmut_orig # type: ignore # mutmut generated
mutants_xǁGoalSpecǁto_dict__mutmut['xǁGoalSpecǁto_dict__mutmut_1'] = GoalSpec.xǁGoalSpecǁto_dict__mutmut_1 # type: ignore # mutmut generated
mutants_xǁGoalSpecǁto_dict__mutmut['xǁGoalSpecǁto_dict__mutmut_2'] = GoalSpec.xǁGoalSpecǁto_dict__mutmut_2 # type: ignore # mutmut generated
mutants_xǁGoalSpecǁto_dict__mutmut['xǁGoalSpecǁto_dict__mutmut_3'] = GoalSpec.xǁGoalSpecǁto_dict__mutmut_3 # type: ignore # mutmut generated
mutants_xǁGoalSpecǁto_dict__mutmut['xǁGoalSpecǁto_dict__mutmut_4'] = GoalSpec.xǁGoalSpecǁto_dict__mutmut_4 # type: ignore # mutmut generated
mutants_xǁGoalSpecǁto_dict__mutmut['xǁGoalSpecǁto_dict__mutmut_5'] = GoalSpec.xǁGoalSpecǁto_dict__mutmut_5 # type: ignore # mutmut generated
mutants_xǁGoalSpecǁto_dict__mutmut['xǁGoalSpecǁto_dict__mutmut_6'] = GoalSpec.xǁGoalSpecǁto_dict__mutmut_6 # type: ignore # mutmut generated
mutants_xǁGoalSpecǁto_dict__mutmut['xǁGoalSpecǁto_dict__mutmut_7'] = GoalSpec.xǁGoalSpecǁto_dict__mutmut_7 # type: ignore # mutmut generated
mutants_xǁGoalSpecǁto_dict__mutmut['xǁGoalSpecǁto_dict__mutmut_8'] = GoalSpec.xǁGoalSpecǁto_dict__mutmut_8 # type: ignore # mutmut generated
mutants_xǁGoalSpecǁto_dict__mutmut['xǁGoalSpecǁto_dict__mutmut_9'] = GoalSpec.xǁGoalSpecǁto_dict__mutmut_9 # type: ignore # mutmut generated
mutants_xǁGoalSpecǁto_dict__mutmut['xǁGoalSpecǁto_dict__mutmut_10'] = GoalSpec.xǁGoalSpecǁto_dict__mutmut_10 # type: ignore # mutmut generated
mutants_xǁGoalSpecǁto_dict__mutmut['xǁGoalSpecǁto_dict__mutmut_11'] = GoalSpec.xǁGoalSpecǁto_dict__mutmut_11 # type: ignore # mutmut generated
mutants_xǁGoalSpecǁto_dict__mutmut['xǁGoalSpecǁto_dict__mutmut_12'] = GoalSpec.xǁGoalSpecǁto_dict__mutmut_12 # type: ignore # mutmut generated
mutants_xǁGoalSpecǁto_dict__mutmut['xǁGoalSpecǁto_dict__mutmut_13'] = GoalSpec.xǁGoalSpecǁto_dict__mutmut_13 # type: ignore # mutmut generated
mutants_xǁGoalSpecǁto_dict__mutmut['xǁGoalSpecǁto_dict__mutmut_14'] = GoalSpec.xǁGoalSpecǁto_dict__mutmut_14 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁWorkspaceLimitsǁcontains__mutmut: MutantDict = {}  # type: ignore
mutants_xǁWorkspaceLimitsǁviolation__mutmut: MutantDict = {}  # type: ignore
mutants_xǁWorkspaceLimitsǁclip__mutmut: MutantDict = {}  # type: ignore
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut: MutantDict = {}  # type: ignore
mutants_xǁWorkspaceLimitsǁto_dict__mutmut: MutantDict = {}  # type: ignore


@dataclass
class WorkspaceLimits:
    """Allowed goal positions in ``frame_id`` (metres): an axis-aligned box and,
    optionally, a maximum horizontal distance ``max_radius_m`` from the frame's z
    axis (the arm's reach when the frame is the robot base frame)."""

    min_xyz: np.ndarray
    max_xyz: np.ndarray
    frame_id: str = "world"
    max_radius_m: float | None = None

    @_mutmut_mutated(mutants_xǁWorkspaceLimitsǁ__post_init____mutmut)
    def __post_init__(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_orig(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_1(self) -> None:
        self.min_xyz = None
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_2(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(None)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_3(self) -> None:
        self.min_xyz = np.asarray(None, dtype=float).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_4(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=None).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_5(self) -> None:
        self.min_xyz = np.asarray(dtype=float).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_6(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, ).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_7(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(4)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_8(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = None
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_9(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(None)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_10(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = np.asarray(None, dtype=float).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_11(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=None).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_12(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = np.asarray(dtype=float).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_13(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, ).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_14(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(4)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_15(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_16(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) or np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_17(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if not (np.all(None) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_18(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if not (np.all(np.isfinite(None)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_19(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(None)):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_20(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(None))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_21(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError(None)
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_22(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("XXworkspace limits must be finiteXX")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_23(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("WORKSPACE LIMITS MUST BE FINITE")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_24(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(None):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_25(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz > self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_26(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(None)
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_27(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_28(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = None
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_29(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(None)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_30(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_31(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) or self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_32(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(None) and self.max_radius_m > 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_33(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m >= 0):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_34(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 1):
                raise ConfigError("workspace limits: max_radius_m must be a positive number")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_35(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError(None)

    def xǁWorkspaceLimitsǁ__post_init____mutmut_36(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("XXworkspace limits: max_radius_m must be a positive numberXX")

    def xǁWorkspaceLimitsǁ__post_init____mutmut_37(self) -> None:
        self.min_xyz = np.asarray(self.min_xyz, dtype=float).reshape(3)
        self.max_xyz = np.asarray(self.max_xyz, dtype=float).reshape(3)
        if not (np.all(np.isfinite(self.min_xyz)) and np.all(np.isfinite(self.max_xyz))):
            raise ConfigError("workspace limits must be finite")
        if np.any(self.min_xyz >= self.max_xyz):
            raise ConfigError(f"workspace limits: min {self.min_xyz.tolist()} must be below max {self.max_xyz.tolist()}")
        if self.max_radius_m is not None:
            self.max_radius_m = float(self.max_radius_m)
            if not (math.isfinite(self.max_radius_m) and self.max_radius_m > 0):
                raise ConfigError("WORKSPACE LIMITS: MAX_RADIUS_M MUST BE A POSITIVE NUMBER")

    @_mutmut_mutated(mutants_xǁWorkspaceLimitsǁcontains__mutmut)
    def contains(self, position: np.ndarray, margin_m: float = 0.0) -> bool:
        """True when ``position`` lies inside the box shrunk by ``margin_m``."""
        return not self.violation(position, margin_m)

    def xǁWorkspaceLimitsǁcontains__mutmut_orig(self, position: np.ndarray, margin_m: float = 0.0) -> bool:
        """True when ``position`` lies inside the box shrunk by ``margin_m``."""
        return not self.violation(position, margin_m)

    def xǁWorkspaceLimitsǁcontains__mutmut_1(self, position: np.ndarray, margin_m: float = 1.0) -> bool:
        """True when ``position`` lies inside the box shrunk by ``margin_m``."""
        return not self.violation(position, margin_m)

    def xǁWorkspaceLimitsǁcontains__mutmut_2(self, position: np.ndarray, margin_m: float = 0.0) -> bool:
        """True when ``position`` lies inside the box shrunk by ``margin_m``."""
        return self.violation(position, margin_m)

    def xǁWorkspaceLimitsǁcontains__mutmut_3(self, position: np.ndarray, margin_m: float = 0.0) -> bool:
        """True when ``position`` lies inside the box shrunk by ``margin_m``."""
        return not self.violation(None, margin_m)

    def xǁWorkspaceLimitsǁcontains__mutmut_4(self, position: np.ndarray, margin_m: float = 0.0) -> bool:
        """True when ``position`` lies inside the box shrunk by ``margin_m``."""
        return not self.violation(position, None)

    def xǁWorkspaceLimitsǁcontains__mutmut_5(self, position: np.ndarray, margin_m: float = 0.0) -> bool:
        """True when ``position`` lies inside the box shrunk by ``margin_m``."""
        return not self.violation(margin_m)

    def xǁWorkspaceLimitsǁcontains__mutmut_6(self, position: np.ndarray, margin_m: float = 0.0) -> bool:
        """True when ``position`` lies inside the box shrunk by ``margin_m``."""
        return not self.violation(position, )

    @_mutmut_mutated(mutants_xǁWorkspaceLimitsǁviolation__mutmut)
    def violation(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(-1)
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], p[1]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_orig(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(-1)
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], p[1]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_1(self, position: np.ndarray, margin_m: float = 1.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(-1)
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], p[1]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_2(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = None
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], p[1]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_3(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(None)
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], p[1]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_4(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(None, dtype=float).reshape(-1)
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], p[1]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_5(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=None).reshape(-1)
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], p[1]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_6(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(dtype=float).reshape(-1)
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], p[1]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_7(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, ).reshape(-1)
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], p[1]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_8(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(+1)
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], p[1]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_9(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(-2)
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], p[1]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_10(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(-1)
        if p.size != 3 and not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], p[1]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_11(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(-1)
        if p.size == 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], p[1]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_12(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(-1)
        if p.size != 4 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], p[1]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_13(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(-1)
        if p.size != 3 or np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], p[1]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_14(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(-1)
        if p.size != 3 or not np.all(None):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], p[1]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_15(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(-1)
        if p.size != 3 or not np.all(np.isfinite(None)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], p[1]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_16(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(-1)
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate(None):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], p[1]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_17(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(-1)
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("XXxyzXX"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], p[1]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_18(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(-1)
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("XYZ"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], p[1]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_19(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(-1)
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = None
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], p[1]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_20(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(-1)
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] - margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], p[1]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_21(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(-1)
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] + margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], p[1]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_22(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(-1)
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] <= lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], p[1]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_23(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(-1)
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] >= hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], p[1]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_24(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(-1)
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is None:
            r = float(np.hypot(p[0], p[1]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_25(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(-1)
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = None
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_26(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(-1)
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(None)
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_27(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(-1)
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(None, p[1]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_28(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(-1)
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], None))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_29(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(-1)
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[1]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_30(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(-1)
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], ))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_31(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(-1)
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[1], p[1]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_32(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(-1)
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], p[2]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_33(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(-1)
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], p[1]))
            if r >= self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_34(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(-1)
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], p[1]))
            if r > self.max_radius_m + margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_35(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(-1)
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], p[1]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m + margin_m:.3f} m")
        return ""

    def xǁWorkspaceLimitsǁviolation__mutmut_36(self, position: np.ndarray, margin_m: float = 0.0) -> str:
        """Why ``position`` is outside the limits ("" when inside)."""
        p = np.asarray(position, dtype=float).reshape(-1)
        if p.size != 3 or not np.all(np.isfinite(p)):
            return f"goal position {p.tolist()} is not a finite 3-vector"
        for i, axis in enumerate("xyz"):
            lo, hi = self.min_xyz[i] + margin_m, self.max_xyz[i] - margin_m
            if p[i] < lo:
                return f"goal {axis}={p[i]:.3f} m is below the workspace limit {lo:.3f} m ({self.frame_id})"
            if p[i] > hi:
                return f"goal {axis}={p[i]:.3f} m is above the workspace limit {hi:.3f} m ({self.frame_id})"
        if self.max_radius_m is not None:
            r = float(np.hypot(p[0], p[1]))
            if r > self.max_radius_m - margin_m:
                return (f"goal is {r:.3f} m from the {self.frame_id} z axis, beyond the reach limit"
                        f" {self.max_radius_m - margin_m:.3f} m")
        return "XXXX"

    @_mutmut_mutated(mutants_xǁWorkspaceLimitsǁclip__mutmut)
    def clip(self, position: np.ndarray) -> np.ndarray:
        return np.clip(np.asarray(position, dtype=float), self.min_xyz, self.max_xyz)

    def xǁWorkspaceLimitsǁclip__mutmut_orig(self, position: np.ndarray) -> np.ndarray:
        return np.clip(np.asarray(position, dtype=float), self.min_xyz, self.max_xyz)

    def xǁWorkspaceLimitsǁclip__mutmut_1(self, position: np.ndarray) -> np.ndarray:
        return np.clip(None, self.min_xyz, self.max_xyz)

    def xǁWorkspaceLimitsǁclip__mutmut_2(self, position: np.ndarray) -> np.ndarray:
        return np.clip(np.asarray(position, dtype=float), None, self.max_xyz)

    def xǁWorkspaceLimitsǁclip__mutmut_3(self, position: np.ndarray) -> np.ndarray:
        return np.clip(np.asarray(position, dtype=float), self.min_xyz, None)

    def xǁWorkspaceLimitsǁclip__mutmut_4(self, position: np.ndarray) -> np.ndarray:
        return np.clip(self.min_xyz, self.max_xyz)

    def xǁWorkspaceLimitsǁclip__mutmut_5(self, position: np.ndarray) -> np.ndarray:
        return np.clip(np.asarray(position, dtype=float), self.max_xyz)

    def xǁWorkspaceLimitsǁclip__mutmut_6(self, position: np.ndarray) -> np.ndarray:
        return np.clip(np.asarray(position, dtype=float), self.min_xyz, )

    def xǁWorkspaceLimitsǁclip__mutmut_7(self, position: np.ndarray) -> np.ndarray:
        return np.clip(np.asarray(None, dtype=float), self.min_xyz, self.max_xyz)

    def xǁWorkspaceLimitsǁclip__mutmut_8(self, position: np.ndarray) -> np.ndarray:
        return np.clip(np.asarray(position, dtype=None), self.min_xyz, self.max_xyz)

    def xǁWorkspaceLimitsǁclip__mutmut_9(self, position: np.ndarray) -> np.ndarray:
        return np.clip(np.asarray(dtype=float), self.min_xyz, self.max_xyz)

    def xǁWorkspaceLimitsǁclip__mutmut_10(self, position: np.ndarray) -> np.ndarray:
        return np.clip(np.asarray(position, ), self.min_xyz, self.max_xyz)

    @classmethod
    @_mutmut_mutated(mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut, is_classmethod = True)
    def from_dict(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(data["max_xyz"], dtype=float),
                       str(data.get("frame_id", "world")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_orig(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(data["max_xyz"], dtype=float),
                       str(data.get("frame_id", "world")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_1(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = None
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(data["max_xyz"], dtype=float),
                       str(data.get("frame_id", "world")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_2(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get(None)
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(data["max_xyz"], dtype=float),
                       str(data.get("frame_id", "world")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_3(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("XXmax_radius_mXX")
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(data["max_xyz"], dtype=float),
                       str(data.get("frame_id", "world")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_4(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("MAX_RADIUS_M")
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(data["max_xyz"], dtype=float),
                       str(data.get("frame_id", "world")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_5(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(None, np.asarray(data["max_xyz"], dtype=float),
                       str(data.get("frame_id", "world")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_6(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=float), None,
                       str(data.get("frame_id", "world")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_7(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(data["max_xyz"], dtype=float),
                       None, None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_8(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(data["max_xyz"], dtype=float),
                       str(data.get("frame_id", "world")), None)
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_9(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["max_xyz"], dtype=float),
                       str(data.get("frame_id", "world")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_10(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=float), str(data.get("frame_id", "world")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_11(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(data["max_xyz"], dtype=float),
                       None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_12(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(data["max_xyz"], dtype=float),
                       str(data.get("frame_id", "world")), )
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_13(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(None, dtype=float), np.asarray(data["max_xyz"], dtype=float),
                       str(data.get("frame_id", "world")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_14(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=None), np.asarray(data["max_xyz"], dtype=float),
                       str(data.get("frame_id", "world")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_15(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(dtype=float), np.asarray(data["max_xyz"], dtype=float),
                       str(data.get("frame_id", "world")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_16(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], ), np.asarray(data["max_xyz"], dtype=float),
                       str(data.get("frame_id", "world")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_17(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["XXmin_xyzXX"], dtype=float), np.asarray(data["max_xyz"], dtype=float),
                       str(data.get("frame_id", "world")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_18(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["MIN_XYZ"], dtype=float), np.asarray(data["max_xyz"], dtype=float),
                       str(data.get("frame_id", "world")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_19(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(None, dtype=float),
                       str(data.get("frame_id", "world")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_20(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(data["max_xyz"], dtype=None),
                       str(data.get("frame_id", "world")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_21(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(dtype=float),
                       str(data.get("frame_id", "world")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_22(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(data["max_xyz"], ),
                       str(data.get("frame_id", "world")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_23(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(data["XXmax_xyzXX"], dtype=float),
                       str(data.get("frame_id", "world")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_24(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(data["MAX_XYZ"], dtype=float),
                       str(data.get("frame_id", "world")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_25(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(data["max_xyz"], dtype=float),
                       str(None), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_26(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(data["max_xyz"], dtype=float),
                       str(data.get(None, "world")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_27(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(data["max_xyz"], dtype=float),
                       str(data.get("frame_id", None)), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_28(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(data["max_xyz"], dtype=float),
                       str(data.get("world")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_29(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(data["max_xyz"], dtype=float),
                       str(data.get("frame_id", )), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_30(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(data["max_xyz"], dtype=float),
                       str(data.get("XXframe_idXX", "world")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_31(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(data["max_xyz"], dtype=float),
                       str(data.get("FRAME_ID", "world")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_32(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(data["max_xyz"], dtype=float),
                       str(data.get("frame_id", "XXworldXX")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_33(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(data["max_xyz"], dtype=float),
                       str(data.get("frame_id", "WORLD")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_34(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(data["max_xyz"], dtype=float),
                       str(data.get("frame_id", "world")), None if (radius is None) and False else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_35(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(data["max_xyz"], dtype=float),
                       str(data.get("frame_id", "world")), None if (radius is None) or True else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_36(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(data["max_xyz"], dtype=float),
                       str(data.get("frame_id", "world")), None if radius is not None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_37(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(data["max_xyz"], dtype=float),
                       str(data.get("frame_id", "world")), None if radius is None else float(None))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_38(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(data["max_xyz"], dtype=float),
                       str(data.get("frame_id", "world")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(None) from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_39(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(data["max_xyz"], dtype=float),
                       str(data.get("frame_id", "world")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[1]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    @classmethod
    def xǁWorkspaceLimitsǁfrom_dict__mutmut_40(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(data["max_xyz"], dtype=float),
                       str(data.get("frame_id", "world")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(None) from None

    @_mutmut_mutated(mutants_xǁWorkspaceLimitsǁto_dict__mutmut)
    def to_dict(self) -> dict[str, Any]:
        return {"min_xyz": self.min_xyz.tolist(), "max_xyz": self.max_xyz.tolist(), "frame_id": self.frame_id,
                "max_radius_m": self.max_radius_m}

    def xǁWorkspaceLimitsǁto_dict__mutmut_orig(self) -> dict[str, Any]:
        return {"min_xyz": self.min_xyz.tolist(), "max_xyz": self.max_xyz.tolist(), "frame_id": self.frame_id,
                "max_radius_m": self.max_radius_m}

    def xǁWorkspaceLimitsǁto_dict__mutmut_1(self) -> dict[str, Any]:
        return {"XXmin_xyzXX": self.min_xyz.tolist(), "max_xyz": self.max_xyz.tolist(), "frame_id": self.frame_id,
                "max_radius_m": self.max_radius_m}

    def xǁWorkspaceLimitsǁto_dict__mutmut_2(self) -> dict[str, Any]:
        return {"MIN_XYZ": self.min_xyz.tolist(), "max_xyz": self.max_xyz.tolist(), "frame_id": self.frame_id,
                "max_radius_m": self.max_radius_m}

    def xǁWorkspaceLimitsǁto_dict__mutmut_3(self) -> dict[str, Any]:
        return {"min_xyz": self.min_xyz.tolist(), "XXmax_xyzXX": self.max_xyz.tolist(), "frame_id": self.frame_id,
                "max_radius_m": self.max_radius_m}

    def xǁWorkspaceLimitsǁto_dict__mutmut_4(self) -> dict[str, Any]:
        return {"min_xyz": self.min_xyz.tolist(), "MAX_XYZ": self.max_xyz.tolist(), "frame_id": self.frame_id,
                "max_radius_m": self.max_radius_m}

    def xǁWorkspaceLimitsǁto_dict__mutmut_5(self) -> dict[str, Any]:
        return {"min_xyz": self.min_xyz.tolist(), "max_xyz": self.max_xyz.tolist(), "XXframe_idXX": self.frame_id,
                "max_radius_m": self.max_radius_m}

    def xǁWorkspaceLimitsǁto_dict__mutmut_6(self) -> dict[str, Any]:
        return {"min_xyz": self.min_xyz.tolist(), "max_xyz": self.max_xyz.tolist(), "FRAME_ID": self.frame_id,
                "max_radius_m": self.max_radius_m}

    def xǁWorkspaceLimitsǁto_dict__mutmut_7(self) -> dict[str, Any]:
        return {"min_xyz": self.min_xyz.tolist(), "max_xyz": self.max_xyz.tolist(), "frame_id": self.frame_id,
                "XXmax_radius_mXX": self.max_radius_m}

    def xǁWorkspaceLimitsǁto_dict__mutmut_8(self) -> dict[str, Any]:
        return {"min_xyz": self.min_xyz.tolist(), "max_xyz": self.max_xyz.tolist(), "frame_id": self.frame_id,
                "MAX_RADIUS_M": self.max_radius_m}

mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['_mutmut_orig'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_1'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_2'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_3'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_4'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_5'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_6'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_7'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_8'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_9'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_10'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_11'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_12'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_13'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_14'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_15'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_16'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_17'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_18'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_19'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_20'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_21'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_22'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_23'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_24'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_25'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_26'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_26 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_27'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_27 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_28'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_28 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_29'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_29 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_30'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_30 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_31'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_31 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_32'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_32 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_33'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_33 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_34'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_34 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_35'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_35 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_36'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_36 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁ__post_init____mutmut['xǁWorkspaceLimitsǁ__post_init____mutmut_37'] = WorkspaceLimits.xǁWorkspaceLimitsǁ__post_init____mutmut_37 # type: ignore # mutmut generated

mutants_xǁWorkspaceLimitsǁcontains__mutmut['_mutmut_orig'] = WorkspaceLimits.xǁWorkspaceLimitsǁcontains__mutmut_orig # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁcontains__mutmut['xǁWorkspaceLimitsǁcontains__mutmut_1'] = WorkspaceLimits.xǁWorkspaceLimitsǁcontains__mutmut_1 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁcontains__mutmut['xǁWorkspaceLimitsǁcontains__mutmut_2'] = WorkspaceLimits.xǁWorkspaceLimitsǁcontains__mutmut_2 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁcontains__mutmut['xǁWorkspaceLimitsǁcontains__mutmut_3'] = WorkspaceLimits.xǁWorkspaceLimitsǁcontains__mutmut_3 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁcontains__mutmut['xǁWorkspaceLimitsǁcontains__mutmut_4'] = WorkspaceLimits.xǁWorkspaceLimitsǁcontains__mutmut_4 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁcontains__mutmut['xǁWorkspaceLimitsǁcontains__mutmut_5'] = WorkspaceLimits.xǁWorkspaceLimitsǁcontains__mutmut_5 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁcontains__mutmut['xǁWorkspaceLimitsǁcontains__mutmut_6'] = WorkspaceLimits.xǁWorkspaceLimitsǁcontains__mutmut_6 # type: ignore # mutmut generated

mutants_xǁWorkspaceLimitsǁviolation__mutmut['_mutmut_orig'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_orig # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_1'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_1 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_2'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_2 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_3'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_3 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_4'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_4 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_5'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_5 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_6'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_6 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_7'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_7 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_8'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_8 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_9'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_9 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_10'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_10 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_11'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_11 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_12'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_12 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_13'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_13 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_14'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_14 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_15'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_15 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_16'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_16 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_17'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_17 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_18'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_18 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_19'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_19 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_20'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_20 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_21'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_21 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_22'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_22 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_23'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_23 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_24'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_24 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_25'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_25 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_26'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_26 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_27'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_27 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_28'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_28 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_29'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_29 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_30'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_30 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_31'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_31 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_32'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_32 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_33'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_33 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_34'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_34 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_35'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_35 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁviolation__mutmut['xǁWorkspaceLimitsǁviolation__mutmut_36'] = WorkspaceLimits.xǁWorkspaceLimitsǁviolation__mutmut_36 # type: ignore # mutmut generated

mutants_xǁWorkspaceLimitsǁclip__mutmut['_mutmut_orig'] = WorkspaceLimits.xǁWorkspaceLimitsǁclip__mutmut_orig # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁclip__mutmut['xǁWorkspaceLimitsǁclip__mutmut_1'] = WorkspaceLimits.xǁWorkspaceLimitsǁclip__mutmut_1 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁclip__mutmut['xǁWorkspaceLimitsǁclip__mutmut_2'] = WorkspaceLimits.xǁWorkspaceLimitsǁclip__mutmut_2 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁclip__mutmut['xǁWorkspaceLimitsǁclip__mutmut_3'] = WorkspaceLimits.xǁWorkspaceLimitsǁclip__mutmut_3 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁclip__mutmut['xǁWorkspaceLimitsǁclip__mutmut_4'] = WorkspaceLimits.xǁWorkspaceLimitsǁclip__mutmut_4 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁclip__mutmut['xǁWorkspaceLimitsǁclip__mutmut_5'] = WorkspaceLimits.xǁWorkspaceLimitsǁclip__mutmut_5 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁclip__mutmut['xǁWorkspaceLimitsǁclip__mutmut_6'] = WorkspaceLimits.xǁWorkspaceLimitsǁclip__mutmut_6 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁclip__mutmut['xǁWorkspaceLimitsǁclip__mutmut_7'] = WorkspaceLimits.xǁWorkspaceLimitsǁclip__mutmut_7 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁclip__mutmut['xǁWorkspaceLimitsǁclip__mutmut_8'] = WorkspaceLimits.xǁWorkspaceLimitsǁclip__mutmut_8 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁclip__mutmut['xǁWorkspaceLimitsǁclip__mutmut_9'] = WorkspaceLimits.xǁWorkspaceLimitsǁclip__mutmut_9 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁclip__mutmut['xǁWorkspaceLimitsǁclip__mutmut_10'] = WorkspaceLimits.xǁWorkspaceLimitsǁclip__mutmut_10 # type: ignore # mutmut generated

mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['_mutmut_orig'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_orig # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_1'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_1 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_2'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_2 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_3'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_3 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_4'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_4 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_5'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_5 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_6'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_6 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_7'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_7 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_8'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_8 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_9'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_9 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_10'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_10 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_11'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_11 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_12'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_12 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_13'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_13 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_14'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_14 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_15'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_15 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_16'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_16 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_17'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_17 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_18'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_18 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_19'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_19 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_20'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_20 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_21'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_21 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_22'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_22 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_23'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_23 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_24'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_24 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_25'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_25 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_26'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_26 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_27'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_27 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_28'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_28 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_29'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_29 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_30'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_30 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_31'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_31 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_32'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_32 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_33'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_33 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_34'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_34 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_35'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_35 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_36'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_36 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_37'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_37 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_38'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_38 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_39'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_39 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁfrom_dict__mutmut['xǁWorkspaceLimitsǁfrom_dict__mutmut_40'] = WorkspaceLimits.xǁWorkspaceLimitsǁfrom_dict__mutmut_40 # type: ignore # mutmut generated

mutants_xǁWorkspaceLimitsǁto_dict__mutmut['_mutmut_orig'] = WorkspaceLimits.xǁWorkspaceLimitsǁto_dict__mutmut_orig # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁto_dict__mutmut['xǁWorkspaceLimitsǁto_dict__mutmut_1'] = WorkspaceLimits.xǁWorkspaceLimitsǁto_dict__mutmut_1 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁto_dict__mutmut['xǁWorkspaceLimitsǁto_dict__mutmut_2'] = WorkspaceLimits.xǁWorkspaceLimitsǁto_dict__mutmut_2 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁto_dict__mutmut['xǁWorkspaceLimitsǁto_dict__mutmut_3'] = WorkspaceLimits.xǁWorkspaceLimitsǁto_dict__mutmut_3 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁto_dict__mutmut['xǁWorkspaceLimitsǁto_dict__mutmut_4'] = WorkspaceLimits.xǁWorkspaceLimitsǁto_dict__mutmut_4 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁto_dict__mutmut['xǁWorkspaceLimitsǁto_dict__mutmut_5'] = WorkspaceLimits.xǁWorkspaceLimitsǁto_dict__mutmut_5 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁto_dict__mutmut['xǁWorkspaceLimitsǁto_dict__mutmut_6'] = WorkspaceLimits.xǁWorkspaceLimitsǁto_dict__mutmut_6 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁto_dict__mutmut['xǁWorkspaceLimitsǁto_dict__mutmut_7'] = WorkspaceLimits.xǁWorkspaceLimitsǁto_dict__mutmut_7 # type: ignore # mutmut generated
mutants_xǁWorkspaceLimitsǁto_dict__mutmut['xǁWorkspaceLimitsǁto_dict__mutmut_8'] = WorkspaceLimits.xǁWorkspaceLimitsǁto_dict__mutmut_8 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut: MutantDict = {}  # type: ignore
mutants_xǁGoalConfigǁfrom_yaml__mutmut: MutantDict = {}  # type: ignore


@dataclass
class GoalConfig:
    """Defaults of goal computation (``config/goals.yaml``); lengths in metres."""

    limits: WorkspaceLimits = field(default_factory=lambda: WorkspaceLimits([0.2, -0.5, 0.0], [0.8, 0.5, 0.7]))
    default_clearance_m: float = 0.10
    reach_clearance_m: float = 0.03
    default_gap_m: float = 0.05
    default_step_m: float = 0.05
    min_approach_m: float = 0.03
    placement_clearance_m: float = 0.005
    grasp_orientation_xyzw: tuple[float, float, float, float] = (1.0, 0.0, 0.0, 0.0)
    align_yaw: bool = True

    @classmethod
    @_mutmut_mutated(mutants_xǁGoalConfigǁfrom_dict__mutmut, is_classmethod = True)
    def from_dict(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_orig(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_1(cls, data: dict[str, Any]) -> GoalConfig:
        data = None
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_2(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(None)
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_3(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data and {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_4(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = None
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_5(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "XXlimitsXX" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_6(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "LIMITS" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_7(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" not in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_8(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = None
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_9(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["XXlimitsXX"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_10(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["LIMITS"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_11(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(None)
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_12(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop(None))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_13(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("XXlimitsXX"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_14(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("LIMITS"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_15(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = None
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_16(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"XXdefault_clearance_mXX", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_17(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"DEFAULT_CLEARANCE_M", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_18(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "XXreach_clearance_mXX", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_19(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "REACH_CLEARANCE_M", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_20(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "XXdefault_gap_mXX", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_21(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "DEFAULT_GAP_M", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_22(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "XXdefault_step_mXX",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_23(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "DEFAULT_STEP_M",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_24(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "XXmin_approach_mXX", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_25(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "MIN_APPROACH_M", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_26(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "XXplacement_clearance_mXX", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_27(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "PLACEMENT_CLEARANCE_M", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_28(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "XXgrasp_orientation_xyzwXX", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_29(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "GRASP_ORIENTATION_XYZW", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_30(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "XXalign_yawXX"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_31(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "ALIGN_YAW"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_32(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = None
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_33(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(None)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_34(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) + known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_35(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(None) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_36(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(None)
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_37(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(None)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_38(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {'XX, XX'.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_39(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k != "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_40(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "XXgrasp_orientation_xyzwXX":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_41(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "GRASP_ORIENTATION_XYZW":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_42(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = None
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_43(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(None)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_44(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(None, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_45(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=None).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_46(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_47(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, ).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_48(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(+1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_49(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-2)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_50(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 and not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_51(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size == 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_52(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 5 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_53(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_54(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(None, 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_55(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), None, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_56(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=None):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_57(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_58(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_59(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, ):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_60(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(None), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_61(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 2.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_62(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1.001):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_63(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError(None)
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_64(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("XXgoal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)XX")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_65(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("GOAL CONFIG: GRASP_ORIENTATION_XYZW MUST BE A UNIT QUATERNION (X, Y, Z, W)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_66(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = None
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_67(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(None)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_68(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(None) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_69(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k != "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_70(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "XXalign_yawXX":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_71(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "ALIGN_YAW":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_72(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = None
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_73(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(None)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_74(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = None
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_75(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(None)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_76(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(None) from None
                if kwargs[k] < 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_77(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] <= 0:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_78(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 1:
                    raise ConfigError(f"goal config: {k} must be >= 0")
        return cls(**kwargs)

    @classmethod
    def xǁGoalConfigǁfrom_dict__mutmut_79(cls, data: dict[str, Any]) -> GoalConfig:
        data = dict(data or {})
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
        known = {"default_clearance_m", "reach_clearance_m", "default_gap_m", "default_step_m",
                 "min_approach_m", "placement_clearance_m", "grasp_orientation_xyzw", "align_yaw"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"goal config: unknown key(s) {', '.join(unknown)}")
        for k, v in data.items():
            if k == "grasp_orientation_xyzw":
                q = np.asarray(v, dtype=float).reshape(-1)
                if q.size != 4 or not np.isclose(np.linalg.norm(q), 1.0, atol=1e-3):
                    raise ConfigError("goal config: grasp_orientation_xyzw must be a unit quaternion (x, y, z, w)")
                kwargs[k] = tuple(float(x) for x in q)
            elif k == "align_yaw":
                kwargs[k] = bool(v)
            else:
                try:
                    kwargs[k] = float(v)
                except (TypeError, ValueError):
                    raise ConfigError(f"goal config: {k} must be a number, got {v!r}") from None
                if kwargs[k] < 0:
                    raise ConfigError(None)
        return cls(**kwargs)

    @classmethod
    @_mutmut_mutated(mutants_xǁGoalConfigǁfrom_yaml__mutmut, is_classmethod = True)
    def from_yaml(cls, path: str | None = None) -> GoalConfig:
        return cls.from_dict(load_config(path or "goals.yaml"))

    @classmethod
    def xǁGoalConfigǁfrom_yaml__mutmut_orig(cls, path: str | None = None) -> GoalConfig:
        return cls.from_dict(load_config(path or "goals.yaml"))

    @classmethod
    def xǁGoalConfigǁfrom_yaml__mutmut_1(cls, path: str | None = None) -> GoalConfig:
        return cls.from_dict(None)

    @classmethod
    def xǁGoalConfigǁfrom_yaml__mutmut_2(cls, path: str | None = None) -> GoalConfig:
        return cls.from_dict(load_config(None))

    @classmethod
    def xǁGoalConfigǁfrom_yaml__mutmut_3(cls, path: str | None = None) -> GoalConfig:
        return cls.from_dict(load_config(path and "goals.yaml"))

    @classmethod
    def xǁGoalConfigǁfrom_yaml__mutmut_4(cls, path: str | None = None) -> GoalConfig:
        return cls.from_dict(load_config(path or "XXgoals.yamlXX"))

    @classmethod
    def xǁGoalConfigǁfrom_yaml__mutmut_5(cls, path: str | None = None) -> GoalConfig:
        return cls.from_dict(load_config(path or "GOALS.YAML"))

mutants_xǁGoalConfigǁfrom_dict__mutmut['_mutmut_orig'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_orig # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_1'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_1 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_2'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_2 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_3'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_3 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_4'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_4 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_5'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_5 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_6'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_6 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_7'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_7 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_8'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_8 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_9'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_9 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_10'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_10 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_11'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_11 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_12'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_12 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_13'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_13 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_14'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_14 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_15'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_15 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_16'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_16 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_17'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_17 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_18'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_18 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_19'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_19 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_20'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_20 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_21'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_21 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_22'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_22 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_23'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_23 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_24'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_24 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_25'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_25 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_26'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_26 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_27'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_27 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_28'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_28 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_29'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_29 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_30'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_30 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_31'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_31 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_32'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_32 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_33'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_33 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_34'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_34 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_35'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_35 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_36'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_36 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_37'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_37 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_38'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_38 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_39'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_39 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_40'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_40 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_41'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_41 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_42'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_42 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_43'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_43 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_44'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_44 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_45'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_45 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_46'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_46 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_47'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_47 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_48'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_48 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_49'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_49 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_50'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_50 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_51'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_51 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_52'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_52 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_53'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_53 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_54'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_54 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_55'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_55 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_56'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_56 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_57'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_57 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_58'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_58 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_59'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_59 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_60'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_60 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_61'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_61 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_62'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_62 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_63'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_63 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_64'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_64 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_65'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_65 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_66'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_66 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_67'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_67 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_68'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_68 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_69'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_69 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_70'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_70 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_71'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_71 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_72'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_72 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_73'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_73 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_74'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_74 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_75'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_75 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_76'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_76 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_77'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_77 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_78'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_78 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_dict__mutmut['xǁGoalConfigǁfrom_dict__mutmut_79'] = GoalConfig.xǁGoalConfigǁfrom_dict__mutmut_79 # type: ignore # mutmut generated

mutants_xǁGoalConfigǁfrom_yaml__mutmut['_mutmut_orig'] = GoalConfig.xǁGoalConfigǁfrom_yaml__mutmut_orig # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_yaml__mutmut['xǁGoalConfigǁfrom_yaml__mutmut_1'] = GoalConfig.xǁGoalConfigǁfrom_yaml__mutmut_1 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_yaml__mutmut['xǁGoalConfigǁfrom_yaml__mutmut_2'] = GoalConfig.xǁGoalConfigǁfrom_yaml__mutmut_2 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_yaml__mutmut['xǁGoalConfigǁfrom_yaml__mutmut_3'] = GoalConfig.xǁGoalConfigǁfrom_yaml__mutmut_3 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_yaml__mutmut['xǁGoalConfigǁfrom_yaml__mutmut_4'] = GoalConfig.xǁGoalConfigǁfrom_yaml__mutmut_4 # type: ignore # mutmut generated
mutants_xǁGoalConfigǁfrom_yaml__mutmut['xǁGoalConfigǁfrom_yaml__mutmut_5'] = GoalConfig.xǁGoalConfigǁfrom_yaml__mutmut_5 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁinvalid__mutmut: MutantDict = {}  # type: ignore
mutants_xǁGoalPoseǁto_dict__mutmut: MutantDict = {}  # type: ignore


@dataclass
class GoalPose:
    """A goal in ``frame_id`` (the scene frame): position (m) and orientation (x, y, z, w).

    For gripper goals ``position`` is the tool centre point; for placement goals
    the moved object's box centre. ``valid`` False: ``reason`` says why and
    the goal must not be executed (position/orientation may then be None).
    For placement goals ``moved_position``/``moved_size`` are the moved
    object's current (estimated) box centre and size in the same frame, so a
    controller knows where to pick it up.
    """

    frame_id: str
    position: np.ndarray | None
    orientation_xyzw: np.ndarray | None
    valid: bool
    reason: str
    spec: GoalSpec
    moved_position: np.ndarray | None = None
    moved_size: np.ndarray | None = None

    @classmethod
    @_mutmut_mutated(mutants_xǁGoalPoseǁinvalid__mutmut, is_classmethod = True)
    def invalid(cls, spec: GoalSpec, reason: str, frame_id: str = "", position: np.ndarray | None = None,
                orientation_xyzw: np.ndarray | None = None) -> GoalPose:
        return cls(frame_id, position, orientation_xyzw, False, reason, spec)

    @classmethod
    def xǁGoalPoseǁinvalid__mutmut_orig(cls, spec: GoalSpec, reason: str, frame_id: str = "", position: np.ndarray | None = None,
                orientation_xyzw: np.ndarray | None = None) -> GoalPose:
        return cls(frame_id, position, orientation_xyzw, False, reason, spec)

    @classmethod
    def xǁGoalPoseǁinvalid__mutmut_1(cls, spec: GoalSpec, reason: str, frame_id: str = "XXXX", position: np.ndarray | None = None,
                orientation_xyzw: np.ndarray | None = None) -> GoalPose:
        return cls(frame_id, position, orientation_xyzw, False, reason, spec)

    @classmethod
    def xǁGoalPoseǁinvalid__mutmut_2(cls, spec: GoalSpec, reason: str, frame_id: str = "", position: np.ndarray | None = None,
                orientation_xyzw: np.ndarray | None = None) -> GoalPose:
        return cls(None, position, orientation_xyzw, False, reason, spec)

    @classmethod
    def xǁGoalPoseǁinvalid__mutmut_3(cls, spec: GoalSpec, reason: str, frame_id: str = "", position: np.ndarray | None = None,
                orientation_xyzw: np.ndarray | None = None) -> GoalPose:
        return cls(frame_id, None, orientation_xyzw, False, reason, spec)

    @classmethod
    def xǁGoalPoseǁinvalid__mutmut_4(cls, spec: GoalSpec, reason: str, frame_id: str = "", position: np.ndarray | None = None,
                orientation_xyzw: np.ndarray | None = None) -> GoalPose:
        return cls(frame_id, position, None, False, reason, spec)

    @classmethod
    def xǁGoalPoseǁinvalid__mutmut_5(cls, spec: GoalSpec, reason: str, frame_id: str = "", position: np.ndarray | None = None,
                orientation_xyzw: np.ndarray | None = None) -> GoalPose:
        return cls(frame_id, position, orientation_xyzw, None, reason, spec)

    @classmethod
    def xǁGoalPoseǁinvalid__mutmut_6(cls, spec: GoalSpec, reason: str, frame_id: str = "", position: np.ndarray | None = None,
                orientation_xyzw: np.ndarray | None = None) -> GoalPose:
        return cls(frame_id, position, orientation_xyzw, False, None, spec)

    @classmethod
    def xǁGoalPoseǁinvalid__mutmut_7(cls, spec: GoalSpec, reason: str, frame_id: str = "", position: np.ndarray | None = None,
                orientation_xyzw: np.ndarray | None = None) -> GoalPose:
        return cls(frame_id, position, orientation_xyzw, False, reason, None)

    @classmethod
    def xǁGoalPoseǁinvalid__mutmut_8(cls, spec: GoalSpec, reason: str, frame_id: str = "", position: np.ndarray | None = None,
                orientation_xyzw: np.ndarray | None = None) -> GoalPose:
        return cls(position, orientation_xyzw, False, reason, spec)

    @classmethod
    def xǁGoalPoseǁinvalid__mutmut_9(cls, spec: GoalSpec, reason: str, frame_id: str = "", position: np.ndarray | None = None,
                orientation_xyzw: np.ndarray | None = None) -> GoalPose:
        return cls(frame_id, orientation_xyzw, False, reason, spec)

    @classmethod
    def xǁGoalPoseǁinvalid__mutmut_10(cls, spec: GoalSpec, reason: str, frame_id: str = "", position: np.ndarray | None = None,
                orientation_xyzw: np.ndarray | None = None) -> GoalPose:
        return cls(frame_id, position, False, reason, spec)

    @classmethod
    def xǁGoalPoseǁinvalid__mutmut_11(cls, spec: GoalSpec, reason: str, frame_id: str = "", position: np.ndarray | None = None,
                orientation_xyzw: np.ndarray | None = None) -> GoalPose:
        return cls(frame_id, position, orientation_xyzw, reason, spec)

    @classmethod
    def xǁGoalPoseǁinvalid__mutmut_12(cls, spec: GoalSpec, reason: str, frame_id: str = "", position: np.ndarray | None = None,
                orientation_xyzw: np.ndarray | None = None) -> GoalPose:
        return cls(frame_id, position, orientation_xyzw, False, spec)

    @classmethod
    def xǁGoalPoseǁinvalid__mutmut_13(cls, spec: GoalSpec, reason: str, frame_id: str = "", position: np.ndarray | None = None,
                orientation_xyzw: np.ndarray | None = None) -> GoalPose:
        return cls(frame_id, position, orientation_xyzw, False, reason, )

    @classmethod
    def xǁGoalPoseǁinvalid__mutmut_14(cls, spec: GoalSpec, reason: str, frame_id: str = "", position: np.ndarray | None = None,
                orientation_xyzw: np.ndarray | None = None) -> GoalPose:
        return cls(frame_id, position, orientation_xyzw, True, reason, spec)

    @property
    def moved(self) -> str:
        return self.spec.moved

    @_mutmut_mutated(mutants_xǁGoalPoseǁto_dict__mutmut)
    def to_dict(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "position": None if self.position is None else [float(x) for x in self.position],
            "orientation_xyzw": None if self.orientation_xyzw is None else [float(x) for x in self.orientation_xyzw],
            "valid": self.valid,
            "reason": self.reason,
            "spec": self.spec.to_dict(),
            "moved_position": None if self.moved_position is None else [float(x) for x in self.moved_position],
            "moved_size": None if self.moved_size is None else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_orig(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "position": None if self.position is None else [float(x) for x in self.position],
            "orientation_xyzw": None if self.orientation_xyzw is None else [float(x) for x in self.orientation_xyzw],
            "valid": self.valid,
            "reason": self.reason,
            "spec": self.spec.to_dict(),
            "moved_position": None if self.moved_position is None else [float(x) for x in self.moved_position],
            "moved_size": None if self.moved_size is None else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_1(self) -> dict[str, Any]:
        return {
            "XXframe_idXX": self.frame_id,
            "position": None if self.position is None else [float(x) for x in self.position],
            "orientation_xyzw": None if self.orientation_xyzw is None else [float(x) for x in self.orientation_xyzw],
            "valid": self.valid,
            "reason": self.reason,
            "spec": self.spec.to_dict(),
            "moved_position": None if self.moved_position is None else [float(x) for x in self.moved_position],
            "moved_size": None if self.moved_size is None else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_2(self) -> dict[str, Any]:
        return {
            "FRAME_ID": self.frame_id,
            "position": None if self.position is None else [float(x) for x in self.position],
            "orientation_xyzw": None if self.orientation_xyzw is None else [float(x) for x in self.orientation_xyzw],
            "valid": self.valid,
            "reason": self.reason,
            "spec": self.spec.to_dict(),
            "moved_position": None if self.moved_position is None else [float(x) for x in self.moved_position],
            "moved_size": None if self.moved_size is None else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_3(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "XXpositionXX": None if self.position is None else [float(x) for x in self.position],
            "orientation_xyzw": None if self.orientation_xyzw is None else [float(x) for x in self.orientation_xyzw],
            "valid": self.valid,
            "reason": self.reason,
            "spec": self.spec.to_dict(),
            "moved_position": None if self.moved_position is None else [float(x) for x in self.moved_position],
            "moved_size": None if self.moved_size is None else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_4(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "POSITION": None if self.position is None else [float(x) for x in self.position],
            "orientation_xyzw": None if self.orientation_xyzw is None else [float(x) for x in self.orientation_xyzw],
            "valid": self.valid,
            "reason": self.reason,
            "spec": self.spec.to_dict(),
            "moved_position": None if self.moved_position is None else [float(x) for x in self.moved_position],
            "moved_size": None if self.moved_size is None else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_5(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "position": None if (self.position is None) and False else [float(x) for x in self.position],
            "orientation_xyzw": None if self.orientation_xyzw is None else [float(x) for x in self.orientation_xyzw],
            "valid": self.valid,
            "reason": self.reason,
            "spec": self.spec.to_dict(),
            "moved_position": None if self.moved_position is None else [float(x) for x in self.moved_position],
            "moved_size": None if self.moved_size is None else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_6(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "position": None if (self.position is None) or True else [float(x) for x in self.position],
            "orientation_xyzw": None if self.orientation_xyzw is None else [float(x) for x in self.orientation_xyzw],
            "valid": self.valid,
            "reason": self.reason,
            "spec": self.spec.to_dict(),
            "moved_position": None if self.moved_position is None else [float(x) for x in self.moved_position],
            "moved_size": None if self.moved_size is None else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_7(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "position": None if self.position is not None else [float(x) for x in self.position],
            "orientation_xyzw": None if self.orientation_xyzw is None else [float(x) for x in self.orientation_xyzw],
            "valid": self.valid,
            "reason": self.reason,
            "spec": self.spec.to_dict(),
            "moved_position": None if self.moved_position is None else [float(x) for x in self.moved_position],
            "moved_size": None if self.moved_size is None else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_8(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "position": None if self.position is None else [float(None) for x in self.position],
            "orientation_xyzw": None if self.orientation_xyzw is None else [float(x) for x in self.orientation_xyzw],
            "valid": self.valid,
            "reason": self.reason,
            "spec": self.spec.to_dict(),
            "moved_position": None if self.moved_position is None else [float(x) for x in self.moved_position],
            "moved_size": None if self.moved_size is None else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_9(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "position": None if self.position is None else [float(x) for x in self.position],
            "XXorientation_xyzwXX": None if self.orientation_xyzw is None else [float(x) for x in self.orientation_xyzw],
            "valid": self.valid,
            "reason": self.reason,
            "spec": self.spec.to_dict(),
            "moved_position": None if self.moved_position is None else [float(x) for x in self.moved_position],
            "moved_size": None if self.moved_size is None else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_10(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "position": None if self.position is None else [float(x) for x in self.position],
            "ORIENTATION_XYZW": None if self.orientation_xyzw is None else [float(x) for x in self.orientation_xyzw],
            "valid": self.valid,
            "reason": self.reason,
            "spec": self.spec.to_dict(),
            "moved_position": None if self.moved_position is None else [float(x) for x in self.moved_position],
            "moved_size": None if self.moved_size is None else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_11(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "position": None if self.position is None else [float(x) for x in self.position],
            "orientation_xyzw": None if (self.orientation_xyzw is None) and False else [float(x) for x in self.orientation_xyzw],
            "valid": self.valid,
            "reason": self.reason,
            "spec": self.spec.to_dict(),
            "moved_position": None if self.moved_position is None else [float(x) for x in self.moved_position],
            "moved_size": None if self.moved_size is None else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_12(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "position": None if self.position is None else [float(x) for x in self.position],
            "orientation_xyzw": None if (self.orientation_xyzw is None) or True else [float(x) for x in self.orientation_xyzw],
            "valid": self.valid,
            "reason": self.reason,
            "spec": self.spec.to_dict(),
            "moved_position": None if self.moved_position is None else [float(x) for x in self.moved_position],
            "moved_size": None if self.moved_size is None else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_13(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "position": None if self.position is None else [float(x) for x in self.position],
            "orientation_xyzw": None if self.orientation_xyzw is not None else [float(x) for x in self.orientation_xyzw],
            "valid": self.valid,
            "reason": self.reason,
            "spec": self.spec.to_dict(),
            "moved_position": None if self.moved_position is None else [float(x) for x in self.moved_position],
            "moved_size": None if self.moved_size is None else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_14(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "position": None if self.position is None else [float(x) for x in self.position],
            "orientation_xyzw": None if self.orientation_xyzw is None else [float(None) for x in self.orientation_xyzw],
            "valid": self.valid,
            "reason": self.reason,
            "spec": self.spec.to_dict(),
            "moved_position": None if self.moved_position is None else [float(x) for x in self.moved_position],
            "moved_size": None if self.moved_size is None else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_15(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "position": None if self.position is None else [float(x) for x in self.position],
            "orientation_xyzw": None if self.orientation_xyzw is None else [float(x) for x in self.orientation_xyzw],
            "XXvalidXX": self.valid,
            "reason": self.reason,
            "spec": self.spec.to_dict(),
            "moved_position": None if self.moved_position is None else [float(x) for x in self.moved_position],
            "moved_size": None if self.moved_size is None else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_16(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "position": None if self.position is None else [float(x) for x in self.position],
            "orientation_xyzw": None if self.orientation_xyzw is None else [float(x) for x in self.orientation_xyzw],
            "VALID": self.valid,
            "reason": self.reason,
            "spec": self.spec.to_dict(),
            "moved_position": None if self.moved_position is None else [float(x) for x in self.moved_position],
            "moved_size": None if self.moved_size is None else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_17(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "position": None if self.position is None else [float(x) for x in self.position],
            "orientation_xyzw": None if self.orientation_xyzw is None else [float(x) for x in self.orientation_xyzw],
            "valid": self.valid,
            "XXreasonXX": self.reason,
            "spec": self.spec.to_dict(),
            "moved_position": None if self.moved_position is None else [float(x) for x in self.moved_position],
            "moved_size": None if self.moved_size is None else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_18(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "position": None if self.position is None else [float(x) for x in self.position],
            "orientation_xyzw": None if self.orientation_xyzw is None else [float(x) for x in self.orientation_xyzw],
            "valid": self.valid,
            "REASON": self.reason,
            "spec": self.spec.to_dict(),
            "moved_position": None if self.moved_position is None else [float(x) for x in self.moved_position],
            "moved_size": None if self.moved_size is None else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_19(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "position": None if self.position is None else [float(x) for x in self.position],
            "orientation_xyzw": None if self.orientation_xyzw is None else [float(x) for x in self.orientation_xyzw],
            "valid": self.valid,
            "reason": self.reason,
            "XXspecXX": self.spec.to_dict(),
            "moved_position": None if self.moved_position is None else [float(x) for x in self.moved_position],
            "moved_size": None if self.moved_size is None else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_20(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "position": None if self.position is None else [float(x) for x in self.position],
            "orientation_xyzw": None if self.orientation_xyzw is None else [float(x) for x in self.orientation_xyzw],
            "valid": self.valid,
            "reason": self.reason,
            "SPEC": self.spec.to_dict(),
            "moved_position": None if self.moved_position is None else [float(x) for x in self.moved_position],
            "moved_size": None if self.moved_size is None else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_21(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "position": None if self.position is None else [float(x) for x in self.position],
            "orientation_xyzw": None if self.orientation_xyzw is None else [float(x) for x in self.orientation_xyzw],
            "valid": self.valid,
            "reason": self.reason,
            "spec": self.spec.to_dict(),
            "XXmoved_positionXX": None if self.moved_position is None else [float(x) for x in self.moved_position],
            "moved_size": None if self.moved_size is None else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_22(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "position": None if self.position is None else [float(x) for x in self.position],
            "orientation_xyzw": None if self.orientation_xyzw is None else [float(x) for x in self.orientation_xyzw],
            "valid": self.valid,
            "reason": self.reason,
            "spec": self.spec.to_dict(),
            "MOVED_POSITION": None if self.moved_position is None else [float(x) for x in self.moved_position],
            "moved_size": None if self.moved_size is None else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_23(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "position": None if self.position is None else [float(x) for x in self.position],
            "orientation_xyzw": None if self.orientation_xyzw is None else [float(x) for x in self.orientation_xyzw],
            "valid": self.valid,
            "reason": self.reason,
            "spec": self.spec.to_dict(),
            "moved_position": None if (self.moved_position is None) and False else [float(x) for x in self.moved_position],
            "moved_size": None if self.moved_size is None else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_24(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "position": None if self.position is None else [float(x) for x in self.position],
            "orientation_xyzw": None if self.orientation_xyzw is None else [float(x) for x in self.orientation_xyzw],
            "valid": self.valid,
            "reason": self.reason,
            "spec": self.spec.to_dict(),
            "moved_position": None if (self.moved_position is None) or True else [float(x) for x in self.moved_position],
            "moved_size": None if self.moved_size is None else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_25(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "position": None if self.position is None else [float(x) for x in self.position],
            "orientation_xyzw": None if self.orientation_xyzw is None else [float(x) for x in self.orientation_xyzw],
            "valid": self.valid,
            "reason": self.reason,
            "spec": self.spec.to_dict(),
            "moved_position": None if self.moved_position is not None else [float(x) for x in self.moved_position],
            "moved_size": None if self.moved_size is None else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_26(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "position": None if self.position is None else [float(x) for x in self.position],
            "orientation_xyzw": None if self.orientation_xyzw is None else [float(x) for x in self.orientation_xyzw],
            "valid": self.valid,
            "reason": self.reason,
            "spec": self.spec.to_dict(),
            "moved_position": None if self.moved_position is None else [float(None) for x in self.moved_position],
            "moved_size": None if self.moved_size is None else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_27(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "position": None if self.position is None else [float(x) for x in self.position],
            "orientation_xyzw": None if self.orientation_xyzw is None else [float(x) for x in self.orientation_xyzw],
            "valid": self.valid,
            "reason": self.reason,
            "spec": self.spec.to_dict(),
            "moved_position": None if self.moved_position is None else [float(x) for x in self.moved_position],
            "XXmoved_sizeXX": None if self.moved_size is None else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_28(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "position": None if self.position is None else [float(x) for x in self.position],
            "orientation_xyzw": None if self.orientation_xyzw is None else [float(x) for x in self.orientation_xyzw],
            "valid": self.valid,
            "reason": self.reason,
            "spec": self.spec.to_dict(),
            "moved_position": None if self.moved_position is None else [float(x) for x in self.moved_position],
            "MOVED_SIZE": None if self.moved_size is None else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_29(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "position": None if self.position is None else [float(x) for x in self.position],
            "orientation_xyzw": None if self.orientation_xyzw is None else [float(x) for x in self.orientation_xyzw],
            "valid": self.valid,
            "reason": self.reason,
            "spec": self.spec.to_dict(),
            "moved_position": None if self.moved_position is None else [float(x) for x in self.moved_position],
            "moved_size": None if (self.moved_size is None) and False else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_30(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "position": None if self.position is None else [float(x) for x in self.position],
            "orientation_xyzw": None if self.orientation_xyzw is None else [float(x) for x in self.orientation_xyzw],
            "valid": self.valid,
            "reason": self.reason,
            "spec": self.spec.to_dict(),
            "moved_position": None if self.moved_position is None else [float(x) for x in self.moved_position],
            "moved_size": None if (self.moved_size is None) or True else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_31(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "position": None if self.position is None else [float(x) for x in self.position],
            "orientation_xyzw": None if self.orientation_xyzw is None else [float(x) for x in self.orientation_xyzw],
            "valid": self.valid,
            "reason": self.reason,
            "spec": self.spec.to_dict(),
            "moved_position": None if self.moved_position is None else [float(x) for x in self.moved_position],
            "moved_size": None if self.moved_size is not None else [float(x) for x in self.moved_size],
        }

    def xǁGoalPoseǁto_dict__mutmut_32(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "position": None if self.position is None else [float(x) for x in self.position],
            "orientation_xyzw": None if self.orientation_xyzw is None else [float(x) for x in self.orientation_xyzw],
            "valid": self.valid,
            "reason": self.reason,
            "spec": self.spec.to_dict(),
            "moved_position": None if self.moved_position is None else [float(x) for x in self.moved_position],
            "moved_size": None if self.moved_size is None else [float(None) for x in self.moved_size],
        }

mutants_xǁGoalPoseǁinvalid__mutmut['_mutmut_orig'] = GoalPose.xǁGoalPoseǁinvalid__mutmut_orig # type: ignore # mutmut generated
mutants_xǁGoalPoseǁinvalid__mutmut['xǁGoalPoseǁinvalid__mutmut_1'] = GoalPose.xǁGoalPoseǁinvalid__mutmut_1 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁinvalid__mutmut['xǁGoalPoseǁinvalid__mutmut_2'] = GoalPose.xǁGoalPoseǁinvalid__mutmut_2 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁinvalid__mutmut['xǁGoalPoseǁinvalid__mutmut_3'] = GoalPose.xǁGoalPoseǁinvalid__mutmut_3 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁinvalid__mutmut['xǁGoalPoseǁinvalid__mutmut_4'] = GoalPose.xǁGoalPoseǁinvalid__mutmut_4 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁinvalid__mutmut['xǁGoalPoseǁinvalid__mutmut_5'] = GoalPose.xǁGoalPoseǁinvalid__mutmut_5 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁinvalid__mutmut['xǁGoalPoseǁinvalid__mutmut_6'] = GoalPose.xǁGoalPoseǁinvalid__mutmut_6 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁinvalid__mutmut['xǁGoalPoseǁinvalid__mutmut_7'] = GoalPose.xǁGoalPoseǁinvalid__mutmut_7 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁinvalid__mutmut['xǁGoalPoseǁinvalid__mutmut_8'] = GoalPose.xǁGoalPoseǁinvalid__mutmut_8 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁinvalid__mutmut['xǁGoalPoseǁinvalid__mutmut_9'] = GoalPose.xǁGoalPoseǁinvalid__mutmut_9 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁinvalid__mutmut['xǁGoalPoseǁinvalid__mutmut_10'] = GoalPose.xǁGoalPoseǁinvalid__mutmut_10 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁinvalid__mutmut['xǁGoalPoseǁinvalid__mutmut_11'] = GoalPose.xǁGoalPoseǁinvalid__mutmut_11 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁinvalid__mutmut['xǁGoalPoseǁinvalid__mutmut_12'] = GoalPose.xǁGoalPoseǁinvalid__mutmut_12 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁinvalid__mutmut['xǁGoalPoseǁinvalid__mutmut_13'] = GoalPose.xǁGoalPoseǁinvalid__mutmut_13 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁinvalid__mutmut['xǁGoalPoseǁinvalid__mutmut_14'] = GoalPose.xǁGoalPoseǁinvalid__mutmut_14 # type: ignore # mutmut generated

mutants_xǁGoalPoseǁto_dict__mutmut['_mutmut_orig'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_orig # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_1'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_1 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_2'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_2 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_3'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_3 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_4'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_4 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_5'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_5 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_6'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_6 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_7'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_7 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_8'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_8 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_9'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_9 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_10'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_10 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_11'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_11 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_12'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_12 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_13'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_13 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_14'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_14 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_15'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_15 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_16'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_16 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_17'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_17 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_18'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_18 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_19'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_19 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_20'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_20 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_21'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_21 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_22'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_22 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_23'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_23 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_24'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_24 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_25'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_25 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_26'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_26 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_27'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_27 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_28'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_28 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_29'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_29 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_30'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_30 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_31'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_31 # type: ignore # mutmut generated
mutants_xǁGoalPoseǁto_dict__mutmut['xǁGoalPoseǁto_dict__mutmut_32'] = GoalPose.xǁGoalPoseǁto_dict__mutmut_32 # type: ignore # mutmut generated
