"""Goal poses from spatial instructions ("move the gripper 5 cm closer to the mug").

Two steps, both transport-free:

1. :func:`spatialvlm_ros.core.instructions.parse_instruction` turns text into a
   :class:`~spatialvlm_ros.core.goal_types.GoalSpec` (an invalid spec with the
   reason when the text is not understood).
2. :func:`compute_goal` (this module) grounds the spec in a :class:`SceneGraph` and
   returns a :class:`GoalPose` in the scene frame, checked against
   :class:`WorkspaceLimits`. :func:`goal_for_instruction` does both.

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

import math

import numpy as np
from scipy.spatial.transform import Rotation

from spatialvlm_ros.core.frame import normalize_name
from spatialvlm_ros.core.goal_types import GRIPPER, HORIZONTAL, GoalConfig, GoalPose, GoalSpec
from spatialvlm_ros.core.instructions import parse_instruction
from spatialvlm_ros.core.scene import Box3D, SceneGraph, SceneObject
from spatialvlm_ros.errors import SpatialVLMError


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
