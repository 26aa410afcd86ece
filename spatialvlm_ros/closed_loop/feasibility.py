"""Which tasks an episode poses: the true goal must lie in the workspace with a margin."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

import numpy as np

from spatialvlm_ros.closed_loop.config import EpisodeConfig
from spatialvlm_ros.closed_loop.tasks import LoopTask
from spatialvlm_ros.core.goal_geometry import compute_goal
from spatialvlm_ros.core.instructions import parse_instruction

log = logging.getLogger(__name__)


def feasible(task: LoopTask, objects: dict[str, str], world: Any, cfg: EpisodeConfig) -> bool:
    """Whether the task's TRUE goal (and, for placement, the true pick approach) lies in the workspace
    with ``cfg.feasibility_margin_m`` to spare (limits and placement clearance): a task whose
    feasibility would flip on millimetres of estimation error is not posed."""
    from spatialvlm_ros.sim.truth import truth_scene_graph

    margin = cfg.feasibility_margin_m
    goals = replace(cfg.goals, placement_clearance_m=cfg.goals.placement_clearance_m + margin)
    sg = truth_scene_graph(world.truth(), world.T_world_camera)
    goal = compute_goal(parse_instruction(task.instruction_for(objects), sg.names()), sg, goals,
                        gripper_position=world.gripper_position())
    if not goal.valid or cfg.goals.limits.violation(goal.position, margin):
        return False
    if task.kind == "place":
        clearance = float(cfg.controller.get("carry_clearance_m", 0.05))
        for p in (goal.moved_position, goal.position):
            if cfg.goals.limits.violation(np.asarray(p) + [0.0, 0.0, goal.moved_size[2] / 2 + clearance], margin):
                return False
    return True


def draw_objects(task: LoopTask, world: Any, rng: np.random.Generator, cfg: EpisodeConfig,
                  tries: int = 30) -> tuple[dict[str, str], int, bool | None]:
    """The task's objects; with ``feasible_only`` re-drawn (up to ``tries``) until the task is
    feasible on the true scene (the benchmark poses tasks the arm can do).

    Returns (objects, rejected draws, feasible): ``feasible`` is None when not checked, False when
    no draw was feasible (the first draw is returned and the episode records the refusal).
    """
    first = task.choose_objects(world.object_names(), rng)
    if not cfg.feasible_only:
        return first, 0, None
    objects = first
    for i in range(tries):
        if feasible(task, objects, world, cfg):
            return objects, i, True
        sub = np.random.default_rng([int(rng.integers(1 << 31)), i])
        objects = task.choose_objects(world.object_names(), sub, use_prefer=False)
    log.info("no task of %s is feasible in world %s after %d draws", task.name, getattr(world, "seed", "?"), tries)
    return first, tries, False
