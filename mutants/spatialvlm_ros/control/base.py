"""The controller interface: execute a :class:`GoalPose`, never outside the workspace.

Every controller re-checks the goal itself before moving (defence in depth):
an invalid goal, a goal in another frame than the limits, or a position
outside :class:`WorkspaceLimits` is refused with ``success=False`` and the
reason, and the robot is not moved. Controllers never raise for a goal they
cannot reach: they return a failed :class:`ControlResult`.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from spatialvlm_ros.core.goal_types import GoalPose, WorkspaceLimits

log = logging.getLogger(__name__)


@dataclass
class ControlResult:
    """Outcome of one :meth:`Controller.move_to`.

    - ``success``: the goal was reached within the controller's tolerance.
    - ``reason``: one line saying why not (empty on success).
    - ``final_position``: where the controlled point ended, in the goal's
      frame (metres): the tool centre point for gripper goals, the moved
      object's centre for placement goals; None when nothing moved or it is unknown.
    - ``executed``: False when the goal was refused before any motion.
    - ``details``: controller extras (steps, error_m, ...).
    """

    success: bool
    reason: str = ""
    final_position: np.ndarray | None = None
    executed: bool = True
    details: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def refused(cls, reason: str) -> ControlResult:
        return cls(success=False, reason=reason, final_position=None, executed=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "success": self.success,
            "reason": self.reason,
            "final_position": None if self.final_position is None else [float(x) for x in self.final_position],
            "executed": self.executed,
            "details": self.details,
        }


def refusal(goal: GoalPose, limits: WorkspaceLimits | None) -> str:
    """Why ``goal`` must not be executed ("" when it may): invalid, wrong frame, outside the limits."""
    if not goal.valid:
        return f"invalid goal: {goal.reason or 'no reason given'}"
    if goal.position is None or goal.orientation_xyzw is None:
        return "goal has no pose"
    q = np.asarray(goal.orientation_xyzw, dtype=float)
    if q.shape != (4,) or not np.all(np.isfinite(q)) or abs(float(np.linalg.norm(q)) - 1.0) > 1e-3:
        return f"goal orientation {q.tolist()} is not a unit quaternion"
    if limits is None:
        return ""
    if goal.frame_id != limits.frame_id:
        return f"goal is in frame {goal.frame_id!r} but the workspace limits are in {limits.frame_id!r}"
    problem = limits.violation(goal.position)
    return f"outside the workspace: {problem}" if problem else ""


class Controller(ABC):
    """Moves the robot (or an object, for placement goals) to a :class:`GoalPose`.

    Subclasses implement :meth:`_execute`; :meth:`move_to` does the checks.
    ``limits`` None disables the check (only for tests of the checks themselves).
    """

    def __init__(self, limits: WorkspaceLimits | None) -> None:
        self.limits = limits

    def move_to(self, goal: GoalPose) -> ControlResult:
        """Check ``goal`` against the limits, then execute it."""
        problem = refusal(goal, self.limits)
        if problem:
            log.warning("refusing goal %r: %s", goal.spec.text, problem)
            return ControlResult.refused(problem)
        return self._execute(goal)

    @abstractmethod
    def _execute(self, goal: GoalPose) -> ControlResult:
        """Move to a goal that passed the checks."""

    def close(self) -> None:
        """Release resources (processes, connections)."""
