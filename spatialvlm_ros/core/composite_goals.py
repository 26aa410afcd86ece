"""Composite goal references, planned on the goal's scene.

"move the gripper above the object closest to the mug", "put the cube next to the tallest
object": :func:`spatialvlm_ros.core.instructions.parse_instruction` leaves the reference to a
plan (``GoalSpec.composite``); :func:`resolve_reference` runs that plan
(:func:`~spatialvlm_ros.core.planner.plan_for`) over the scene the goal is computed in
(:class:`~spatialvlm_ros.core.scene_answers.SceneAnswers`) and returns the spec with
the chosen object as its reference, so the usual goal computation and workspace checks apply.
"put X halfway between Y and Z" / "move the gripper between Y and Z" (relation ``between``):
:func:`midpoint_position` plans the midpoint of Y's and Z's box centres.

Candidates of "closest to X" etc. are the scene's objects but the gripper, X and the moved
object. Scene frame, metres.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from spatialvlm_ros.core.frame import normalize_name
from spatialvlm_ros.core.goal_types import GRIPPER, GoalSpec
from spatialvlm_ros.core.plan import Plan, Step
from spatialvlm_ros.core.plan_exec import PlanResult, execute
from spatialvlm_ros.core.planner import CompositeQuery, plan_for
from spatialvlm_ros.core.scene import SceneGraph
from spatialvlm_ros.errors import SpatialVLMError, first_line
from spatialvlm_ros.core.scene_answers import SceneAnswers


def _run(plan: Plan, scene: SceneGraph) -> PlanResult:
    return execute(plan, SceneAnswers(scene), None, scene.names())


def resolve_reference(spec: GoalSpec, scene: SceneGraph) -> tuple[GoalSpec, PlanResult]:
    """``spec`` with ``reference`` set to the object its composite reference names, and the
    plan's result (invalid with the reason when it cannot be planned or answered)."""
    kind = spec.composite["kind"]
    objects = tuple(spec.composite.get("objects", ()))
    excluded = {GRIPPER, *(normalize_name(o) for o in objects)}
    if spec.is_placement:
        excluded.add(normalize_name(spec.moved))
    cands = tuple(n for n in scene.names() if normalize_name(n) not in excluded)
    try:
        cq = CompositeQuery(kind, objects, candidates=cands, question=spec.text)
        if not cands:
            raise SpatialVLMError(f"{kind}: no object to choose among")
        plan = plan_for(cq, scene.names())
    except SpatialVLMError as exc:
        empty = Plan([], "", kind=kind)
        return spec, PlanResult(empty, False, reason=first_line(exc))
    result = _run(plan, scene)
    if not result.valid:
        return spec, result
    return dataclasses.replace(spec, reference=str(result.value)), result


def midpoint_position(spec: GoalSpec, scene: SceneGraph) -> tuple[np.ndarray | None, PlanResult]:
    """The midpoint (scene frame, m) of the box centres of ``spec.composite["objects"]``."""
    y, z = spec.composite["objects"]
    plan = Plan([Step("answer", "midpoint", objects=(y, z))], "answer", kind="midpoint", question=spec.text)
    result = _run(plan, scene)
    return (np.asarray(result.value, dtype=float) if result.valid else None), result
