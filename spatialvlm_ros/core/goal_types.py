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
from spatialvlm_ros.resources import config_keys, load_config

GRIPPER = "gripper"
RELATIONS: tuple[str, ...] = (
    "above", "below", "left_of", "right_of", "in_front_of", "behind", "closer", "farther", "to", "on_top",
    "next_to", "between",
)
HORIZONTAL = ("left_of", "right_of", "in_front_of", "behind")


@dataclass
class GoalSpec:
    """A parsed instruction: move ``moved`` to ``relation`` of ``reference``.

    ``moved`` is ``"gripper"`` or an object name of the scene; ``offset_m`` the
    metric offset the instruction gave (metres) or None for the default.
    ``valid`` False means the text could not be understood or grounded;
    ``reason`` says why. ``asked``: the object words as the instruction wrote
    them (``"reference"``, and ``"moved"`` when an object is moved), resolved to
    ``reference``/``moved`` by :func:`spatialvlm_ros.core.references.resolve`.
    ``composite``: a reference only a plan can name (``{"kind": "closest_to", "objects":
    ["mug"]}``: "the object closest to the mug"; ``{"kind": "midpoint", "objects": [Y, Z]}``
    with relation ``between``); :func:`~spatialvlm_ros.core.goal_geometry.compute_goal` plans
    it on the scene (:mod:`spatialvlm_ros.core.composite_goals`) and fills ``reference``.
    """

    text: str
    moved: str = GRIPPER
    relation: str = ""
    reference: str = ""
    offset_m: float | None = None
    valid: bool = True
    reason: str = ""
    asked: dict[str, str] = field(default_factory=dict)
    composite: dict[str, Any] = field(default_factory=dict)

    @property
    def is_placement(self) -> bool:
        """True when an object (not the gripper) is to be moved."""
        return self.moved != GRIPPER

    @classmethod
    def invalid(cls, text: str, reason: str) -> GoalSpec:
        return cls(text=text, valid=False, reason=reason)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "moved": self.moved, "relation": self.relation, "reference": self.reference,
                "offset_m": self.offset_m, "valid": self.valid, "reason": self.reason, "asked": dict(self.asked),
                **({"composite": dict(self.composite)} if self.composite else {})}


@dataclass
class WorkspaceLimits:
    """Allowed goal positions in ``frame_id`` (metres): an axis-aligned box and,
    optionally, a maximum horizontal distance ``max_radius_m`` from the frame's z
    axis (the arm's reach when the frame is the robot base frame)."""

    min_xyz: np.ndarray
    max_xyz: np.ndarray
    frame_id: str = "world"
    max_radius_m: float | None = None

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

    def contains(self, position: np.ndarray, margin_m: float = 0.0) -> bool:
        """True when ``position`` lies inside the box shrunk by ``margin_m``."""
        return not self.violation(position, margin_m)

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

    def clip(self, position: np.ndarray) -> np.ndarray:
        return np.clip(np.asarray(position, dtype=float), self.min_xyz, self.max_xyz)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> WorkspaceLimits:
        try:
            radius = data.get("max_radius_m")
            return cls(np.asarray(data["min_xyz"], dtype=float), np.asarray(data["max_xyz"], dtype=float),
                       str(data.get("frame_id", "world")), None if radius is None else float(radius))
        except KeyError as exc:
            raise ConfigError(f"workspace limits: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"workspace limits: bad value ({exc})") from None

    def to_dict(self) -> dict[str, Any]:
        return {"min_xyz": self.min_xyz.tolist(), "max_xyz": self.max_xyz.tolist(), "frame_id": self.frame_id,
                "max_radius_m": self.max_radius_m}


@dataclass
class GoalConfig:
    """Defaults of goal computation (``config/goals.yaml``); lengths in metres."""

    limits: WorkspaceLimits = field(
        default_factory=lambda: WorkspaceLimits(np.array([0.2, -0.5, 0.0]), np.array([0.8, 0.5, 0.7])))
    default_clearance_m: float = 0.10
    reach_clearance_m: float = 0.03
    default_gap_m: float = 0.05
    default_step_m: float = 0.05
    min_approach_m: float = 0.03
    placement_clearance_m: float = 0.005
    grasp_orientation_xyzw: tuple[float, float, float, float] = (1.0, 0.0, 0.0, 0.0)
    align_yaw: bool = True

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GoalConfig:
        data = config_keys(cls, data or {}, "goal")
        kwargs: dict[str, Any] = {}
        if "limits" in data:
            kwargs["limits"] = WorkspaceLimits.from_dict(data.pop("limits"))
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
    def from_yaml(cls, path: str | None = None) -> GoalConfig:
        return cls.from_dict(load_config(path or "goals.yaml"))


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
    trace: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def invalid(cls, spec: GoalSpec, reason: str, frame_id: str = "", position: np.ndarray | None = None,
                orientation_xyzw: np.ndarray | None = None) -> GoalPose:
        return cls(frame_id, position, orientation_xyzw, False, reason, spec)

    @property
    def moved(self) -> str:
        return self.spec.moved

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
            **({"trace": list(self.trace)} if self.trace else {}),
        }
