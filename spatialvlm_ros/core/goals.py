"""Goal poses from spatial instructions ("move the gripper 5 cm closer to the mug").

Two steps, both transport-free:

1. :func:`parse_instruction` turns text into a :class:`GoalSpec`: what moves
   (``"gripper"`` or an object), the relation, the reference object and an
   optional metric offset (via ``core.answers.parse_quantity``). Text that is
   not understood or names no known object gives an *invalid* spec with the
   reason (nothing is raised).
2. :func:`compute_goal` grounds the spec in a :class:`SceneGraph` and returns a
   :class:`GoalPose` in the scene frame, checked against :class:`WorkspaceLimits`.

Conventions (scene frame: right-handed, z up, metres; see ``core/scene.py``)
-------------------------------------------------------------------------
- left/right/in front of/behind are *viewer-relative*: along ``-viewer.right``
  / ``+viewer.right`` / ``-viewer.forward`` (toward the camera) /
  ``+viewer.forward``. above/below = +z/-z.
- Gripper goals: ``position`` is the gripper's tool centre point (between the
  fingertips); ``orientation_xyzw`` a top-down grasp (the tool z axis pointing
  down, ``GoalConfig.grasp_orientation_xyzw``), optionally turned about z to
  the reference object's yaw (mod 90 degrees).

  * ``above`` X by h: (X centre x, y; X top + h); h defaults to
    ``default_clearance_m``. ``below`` X by h: X bottom - h.
  * left/right/front/behind X by h: X centre + h * direction, at X's centre
    height; h is the *centre-to-centre* offset, defaulting to the footprint
    half extents along the direction plus ``default_gap_m``.
  * ``closer``/``farther`` X by h: the current gripper position moved h along
    the line towards/away from X's centre (h defaults to ``default_step_m``);
    refused when it would end closer than ``min_approach_m`` to X's centre.
  * ``to`` X ("move the gripper to the X"): above X's top by ``reach_clearance_m``.
- Placement goals (an object moves): ``position`` is where the moved object's
  box centre should go, resting on the support: z = support height + half its
  height; ``orientation_xyzw`` keeps its current yaw.

  * left/right/front/behind Y by h: Y centre + h * direction (centre-to-centre
    horizontal offset), default as for the gripper with both objects' extents.
  * ``on_top`` of Y (also "above Y" without a number): Y centre x, y; Y top + half height.
  * ``closer``/``farther`` Y by h: horizontally along the line between the centres.

Goals outside the workspace limits (or in a scene frame other than the limits'
frame) are invalid with the reason and must never be sent to a controller.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy.spatial.transform import Rotation

from spatialvlm_ros.core.frame import normalize_name
from spatialvlm_ros.core.scene import Box3D, SceneGraph, SceneObject
from spatialvlm_ros.errors import AmbiguousObjectError, ConfigError, SpatialVLMError, UnknownObjectError
from spatialvlm_ros.resources import load_config

log = logging.getLogger(__name__)

GRIPPER = "gripper"
RELATIONS: tuple[str, ...] = (
    "above", "below", "left_of", "right_of", "in_front_of", "behind", "closer", "farther", "to", "on_top",
)
HORIZONTAL = ("left_of", "right_of", "in_front_of", "behind")

#: Relation phrases, longest first (matched on whole words).
_RELATION_PHRASES: tuple[tuple[str, str], ...] = (
    ("to the left of", "left_of"), ("on the left of", "left_of"), ("on the left side of", "left_of"),
    ("to the left side of", "left_of"), ("left of", "left_of"),
    ("to the right of", "right_of"), ("on the right of", "right_of"), ("on the right side of", "right_of"),
    ("to the right side of", "right_of"), ("right of", "right_of"),
    ("in front of", "in_front_of"), ("in back of", "behind"), ("behind", "behind"),
    ("on top of", "on_top"), ("onto", "on_top"),
    ("above", "above"), ("over", "above"),
    ("below", "below"), ("beneath", "below"), ("under", "below"),
    ("closer to", "closer"), ("nearer to", "closer"), ("towards", "closer"), ("toward", "closer"),
    ("farther from", "farther"), ("further from", "farther"), ("farther away from", "farther"),
    ("further away from", "farther"), ("away from", "farther"),
    ("on", "on_top"), ("to", "to"), ("at", "to"),
)
_VERBS = frozenset({
    "move", "put", "place", "bring", "position", "set", "go", "lower", "raise", "lift", "drop", "push",
    "slide", "take", "get", "shift", "reach", "hold", "hover",
})
_GRIPPER_WORDS = frozenset({
    "gripper", "the gripper", "hand", "the hand", "end effector", "the end effector", "robot", "the robot",
    "arm", "the arm", "your gripper", "your hand", "tool", "the tool", "robot gripper", "the robot gripper",
    "it", "yourself",
})


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
    def invalid(cls, text: str, reason: str) -> GoalSpec:
        return cls(text=text, valid=False, reason=reason)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "moved": self.moved, "relation": self.relation, "reference": self.reference,
                "offset_m": self.offset_m, "valid": self.valid, "reason": self.reason}


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
        }


# ----------------------------------------------------------------------------- parsing


def _parse_quantity(text: str) -> tuple[float, tuple[int, int]] | None:
    """(metres, (start, end) of the phrase in ``text``) of the first length, or None.

    Uses the language engineer's :func:`spatialvlm_ros.core.answers.parse_quantity`.
    """
    from spatialvlm_ros.core.answers import parse_quantity
    from spatialvlm_ros.errors import AnswerParseError

    try:
        q = parse_quantity(text)
    except AnswerParseError:
        return None
    idx = text.find(q.span) if q.span else -1
    if idx >= 0:
        return float(q.value_m), (idx, idx + len(q.span))
    # The parser normalised the text differently: drop the first "<number> <unit word(s)>".
    m = re.search(r"\d+(?:\.\d+)?\s*(?:[a-z\"']+\.?)?", text)
    return float(q.value_m), (m.span() if m else (0, 0))


def ground_name(mention: str, object_names: list[str]) -> str:
    """The one object name ``mention`` refers to (exact, else by its words).

    "cube" grounds to "red cube" when no other name contains the word "cube".
    Raises UnknownObjectError / AmbiguousObjectError with a one-line message.
    """
    key = normalize_name(mention)
    if not key:
        raise UnknownObjectError("instruction names no object")
    names = [n for n in object_names if normalize_name(n) != GRIPPER]
    exact = [n for n in names if normalize_name(n) == key]
    if len(exact) == 1:
        return exact[0]
    if len(exact) > 1:
        raise AmbiguousObjectError(f"object name {mention!r} matches {len(exact)} objects")
    words = set(key.split())
    partial = sorted({n for n in names if words <= set(normalize_name(n).split())})
    if len(partial) == 1:
        return partial[0]
    if len(partial) > 1:
        raise AmbiguousObjectError(f"{key!r} could be any of: {', '.join(partial)}")
    known = ", ".join(sorted(set(names))) or "none"
    raise UnknownObjectError(f"unknown object {key!r} (scene has: {known})")


def parse_instruction(text: str, object_names: list[str]) -> GoalSpec:
    """Parse a spatial instruction into a :class:`GoalSpec` grounded in ``object_names``.

    Understood: ``<verb> <the gripper | an object> [<length>] <relation> <object>``,
    e.g. "move the gripper above the red cube", "put the cube 10 cm to the left
    of the bowl", "move the gripper 5 cm closer to the mug". Lengths anywhere
    before the relation ("move the gripper above the duck by 20 cm" also works).
    Never raises: failures give ``GoalSpec(valid=False, reason=...)``.
    """
    raw = text
    t = re.sub(r"[.!?;,]+$", "", (text or "").strip().lower())
    t = re.sub(r"\s+", " ", t.replace(",", " "))
    if not t:
        return GoalSpec.invalid(raw, "empty instruction")
    # The offset: the first length in the text.
    q = _parse_quantity(t)
    offset = None
    if q is not None:
        offset, (s, e) = q
        if not math.isfinite(offset) or offset < 0:
            return GoalSpec.invalid(raw, f"bad length in instruction: {t[s:e]!r}")
        t = (t[:s] + " " + t[e:]).strip()
        t = re.sub(r"\s+", " ", t)
        t = re.sub(r"\bby\s*$", "", t).strip()
        t = re.sub(r"\bby (?=(to|on|in|above|below|over|under|closer|farther|further|nearer|away|left|right|behind)\b)", "", t)
        t = re.sub(r"\s+", " ", t).strip()
    words = t.split()
    if not words or words[0] not in _VERBS:
        return GoalSpec.invalid(raw, f"instruction not understood (expected a verb such as 'move' or 'put'): {raw!r}")
    rest = " ".join(words[1:])
    rel_match = None
    for phrase, relation in _RELATION_PHRASES:
        m = re.search(rf"\s{re.escape(phrase)}(?=\s)", " " + rest + " ")
        if m is None:
            continue
        start = m.start()  # index of the phrase in ``rest`` (the padding space shifts by one)
        if rel_match is None or start < rel_match[0] or (start == rel_match[0] and len(phrase) > len(rel_match[2])):
            rel_match = (start, relation, phrase)
    if rel_match is None:
        return GoalSpec.invalid(raw, f"instruction not understood (no spatial relation such as 'above' or 'left of'): {raw!r}")
    start, relation, phrase = rel_match
    moved_text = rest[:start].strip()
    ref_text = rest[start + len(phrase):].strip()
    # "move the gripper up/down" style leftovers are not supported: the reference must be an object.
    if not ref_text:
        return GoalSpec.invalid(raw, f"instruction names no reference object after {phrase!r}")
    try:
        reference = ground_name(ref_text, object_names)
    except SpatialVLMError as exc:
        return GoalSpec.invalid(raw, str(exc))
    key = normalize_name(moved_text) if moved_text else ""
    if not key or moved_text in _GRIPPER_WORDS or key in _GRIPPER_WORDS:
        moved = GRIPPER
    else:
        try:
            moved = ground_name(moved_text, object_names)
        except SpatialVLMError as exc:
            return GoalSpec.invalid(raw, str(exc))
        if normalize_name(moved) == normalize_name(reference):
            return GoalSpec.invalid(raw, f"instruction moves {moved!r} relative to itself")
    if moved != GRIPPER:
        if relation == "above" and offset is None:
            relation = "on_top"
        elif relation in ("above", "below"):
            return GoalSpec.invalid(raw, f"cannot place {moved!r} in the air ({phrase} by a distance); grasping is not modelled")
        elif relation == "to":
            return GoalSpec.invalid(raw, f"instruction not understood: where should {moved!r} go relative to {reference!r}?")
    elif relation == "on_top":
        relation = "above"
        offset = 0.0 if offset is None else offset
    if relation == "to" and offset is not None:
        return GoalSpec.invalid(raw, f"instruction not understood: a length with {phrase!r} ({raw!r})")
    return GoalSpec(text=raw, moved=moved, relation=relation, reference=reference, offset_m=offset)


# ----------------------------------------------------------------------------- goals


def _unit(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return v / n if n > 1e-12 else v * 0.0


def _direction(scene: SceneGraph, relation: str) -> np.ndarray:
    """Horizontal unit vector of a viewer-relative relation, scene frame."""
    right = _unit(np.array([scene.viewer.right[0], scene.viewer.right[1], 0.0]))
    fwd = _unit(np.array([scene.viewer.forward[0], scene.viewer.forward[1], 0.0]))
    return {"left_of": -right, "right_of": right, "in_front_of": -fwd, "behind": fwd}[relation]


def _support_height(scene: SceneGraph, ref: SceneObject, xy: np.ndarray) -> float:
    """Height (scene z) of the support surface at ``xy``: the fitted plane, else the reference's bottom."""
    if scene.support_plane is not None:
        n, d = scene.support_plane
        n = np.asarray(n, dtype=float)
        if abs(n[2]) > 0.9:
            return float(-(d + n[0] * xy[0] + n[1] * xy[1]) / n[2])
    return ref.box.bottom


def _quat_yaw(yaw: float) -> np.ndarray:
    return Rotation.from_euler("z", yaw).as_quat()


def grasp_orientation(config: GoalConfig, yaw: float | None = None) -> np.ndarray:
    """Top-down grasp quaternion (x, y, z, w), turned about z by ``yaw`` folded into [-45, 45] deg."""
    base = Rotation.from_quat(np.asarray(config.grasp_orientation_xyzw, dtype=float))
    if yaw is None or not config.align_yaw:
        return base.as_quat()
    folded = (yaw + math.pi / 4) % (math.pi / 2) - math.pi / 4
    return (Rotation.from_euler("z", folded) * base).as_quat()


def check_goal(goal: GoalPose, config: GoalConfig) -> GoalPose:
    """Mark ``goal`` invalid when it lies outside the workspace limits (or frames differ)."""
    if not goal.valid:
        return goal
    lim = config.limits
    if goal.frame_id != lim.frame_id:
        goal.valid = False
        goal.reason = (f"goal is in frame {goal.frame_id!r} but the workspace limits are in {lim.frame_id!r}"
                       " (the camera pose in the robot frame is needed)")
        return goal
    problem = lim.violation(goal.position)
    if problem:
        goal.valid = False
        goal.reason = f"outside the workspace: {problem}"
    return goal


def compute_goal(spec: GoalSpec, scene: SceneGraph, config: GoalConfig | None = None,
                 gripper_position: np.ndarray | None = None) -> GoalPose:
    """The goal pose of ``spec`` in ``scene``'s frame (see the module docstring).

    ``gripper_position`` is the current tool centre point in the scene frame
    (from the robot's kinematics); when None the centre of the scene's
    ``"gripper"`` object is used (needed only by closer/farther gripper goals).
    Never raises for ungroundable specs: returns an invalid GoalPose with the reason.
    """
    config = config or GoalConfig.from_yaml()
    if not spec.valid:
        return GoalPose.invalid(spec, spec.reason, scene.frame_id)
    try:
        ref = scene.find(spec.reference)
        moved_obj = scene.find(spec.moved) if spec.is_placement else None
    except SpatialVLMError as exc:
        return GoalPose.invalid(spec, str(exc), scene.frame_id)
    try:
        if spec.is_placement:
            position, orientation = _placement_goal(spec, scene, ref, moved_obj, config)
        else:
            position, orientation = _gripper_goal(spec, scene, ref, config, gripper_position)
    except _GoalError as exc:
        return GoalPose.invalid(spec, str(exc), scene.frame_id)
    goal = GoalPose(scene.frame_id, position, orientation, True, "", spec)
    if moved_obj is not None:
        goal.moved_position = moved_obj.center.copy()
        goal.moved_size = moved_obj.size.copy()
    return check_goal(goal, config)


class _GoalError(SpatialVLMError):
    pass


def _current_gripper(scene: SceneGraph, gripper_position: np.ndarray | None) -> np.ndarray:
    if gripper_position is not None:
        return np.asarray(gripper_position, dtype=float).reshape(3)
    try:
        return scene.find(GRIPPER).center.copy()
    except SpatialVLMError as exc:
        raise _GoalError(f"the gripper's position is unknown ({exc})") from None


def _along_line(start: np.ndarray, target: np.ndarray, spec: GoalSpec, config: GoalConfig) -> np.ndarray:
    """``start`` moved by the offset towards (closer) or away from (farther) ``target``."""
    step = config.default_step_m if spec.offset_m is None else spec.offset_m
    delta = target - start
    dist = float(np.linalg.norm(delta))
    if dist < 1e-6:
        raise _GoalError(f"already at {spec.reference!r}: no direction to move {spec.relation}")
    if spec.relation == "closer":
        if dist - step < config.min_approach_m:
            raise _GoalError(
                f"moving {step * 100:.1f} cm closer would end {max(dist - step, 0) * 100:.1f} cm from"
                f" {spec.reference!r} (distance now {dist * 100:.1f} cm, minimum {config.min_approach_m * 100:.1f} cm)")
        return start + step * delta / dist
    return start - step * delta / dist


def _gripper_goal(spec: GoalSpec, scene: SceneGraph, ref: SceneObject, config: GoalConfig,
                  gripper_position: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    c = ref.center
    orient = grasp_orientation(config, ref.box.yaw)
    r = spec.relation
    if r == "above":
        h = config.default_clearance_m if spec.offset_m is None else spec.offset_m
        return np.array([c[0], c[1], ref.box.top + h]), orient
    if r == "below":
        h = config.default_clearance_m if spec.offset_m is None else spec.offset_m
        return np.array([c[0], c[1], ref.box.bottom - h]), orient
    if r == "to":
        return np.array([c[0], c[1], ref.box.top + config.reach_clearance_m]), orient
    if r in HORIZONTAL:
        d = _direction(scene, r)
        h = spec.offset_m if spec.offset_m is not None else ref.box.extent_along(d[:2]) / 2 + config.default_gap_m
        return c + h * d, orient
    if r in ("closer", "farther"):
        g = _current_gripper(scene, gripper_position)
        return _along_line(g, c.copy(), spec, config), orient
    raise _GoalError(f"relation {r!r} is not supported for the gripper")


def _placement_goal(spec: GoalSpec, scene: SceneGraph, ref: SceneObject, obj: SceneObject,
                    config: GoalConfig) -> tuple[np.ndarray, np.ndarray]:
    c = ref.center
    orient = _quat_yaw(obj.box.yaw)
    half_h = obj.box.size[2] / 2
    r = spec.relation
    if r == "on_top":
        position = np.array([c[0], c[1], ref.box.top + half_h])
        _check_free(scene, obj, position, config, skip=(ref.name,))
        return position, orient
    if r in HORIZONTAL:
        d = _direction(scene, r)
        if spec.offset_m is not None:
            h = spec.offset_m
        else:
            h = ref.box.extent_along(d[:2]) / 2 + obj.box.extent_along(d[:2]) / 2 + config.default_gap_m
        xy = c[:2] + h * d[:2]
    elif r in ("closer", "farther"):
        start = np.array([obj.center[0], obj.center[1], 0.0])
        target = np.array([c[0], c[1], 0.0])
        xy = _along_line(start, target, spec, config)[:2]
    else:
        raise _GoalError(f"relation {r!r} is not supported for placing {spec.moved!r}")
    z = _support_height(scene, ref, xy) + half_h
    position = np.array([xy[0], xy[1], z])
    _check_free(scene, obj, position, config, skip=())
    return position, orient


def _check_free(scene: SceneGraph, obj: SceneObject, position: np.ndarray, config: GoalConfig,
                skip: tuple[str, ...]) -> None:
    """Raise when ``obj`` placed with its centre at ``position`` would come closer than
    ``placement_clearance_m`` to another object of the scene (the gripper excepted)."""
    from spatialvlm_ros.core.quantities import box_gap

    placed = Box3D(position, obj.box.size, obj.box.yaw)
    for other in scene.objects:
        if other is obj or normalize_name(other.name) in {GRIPPER, *map(normalize_name, skip)}:
            continue
        gap = box_gap(placed, other.box)
        if gap < config.placement_clearance_m:
            raise _GoalError(f"{obj.name!r} would {'overlap' if gap <= 0 else 'touch'} the {other.name!r} at the goal"
                             f" (gap {gap * 100:.1f} cm < {config.placement_clearance_m * 100:.1f} cm)")


def goal_for_instruction(text: str, scene: SceneGraph, config: GoalConfig | None = None,
                         gripper_position: np.ndarray | None = None) -> GoalPose:
    """:func:`parse_instruction` on the scene's names, then :func:`compute_goal`."""
    spec = parse_instruction(text, scene.names())
    return compute_goal(spec, scene, config, gripper_position)
