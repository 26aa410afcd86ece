"""What one closed-loop episode measured: :class:`StepRecord` per frame, :class:`EpisodeResult`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spatialvlm_ros.control.base import ControlResult
from spatialvlm_ros.core.goal_types import GoalPose
from spatialvlm_ros.core.plain import finite_or_none


@dataclass
class StepRecord:
    """One camera frame of the episode (times in ns, lengths in m; None/NaN when invalid)."""

    stamp_ns: int
    phase: str
    estimated_m: float | None
    true_m: float
    reward: float
    reward_valid: bool
    reason: str
    tcp: list[float]
    sources: dict[str, str] = field(default_factory=dict)


@dataclass
class EpisodeResult:
    """Outcome and measurements of one episode (JSON via :meth:`to_dict`)."""

    task: str
    kind: str
    seed: int
    instruction: str
    objects: dict[str, str]
    pipeline: str
    object_sources: str = "camera"
    success: bool = False
    failures: list[str] = field(default_factory=list)
    goal: GoalPose | None = None
    true_goal: GoalPose | None = None
    goal_error_m: float | None = None
    final_error_m: float | None = None
    control: ControlResult | None = None
    steps: list[StepRecord] = field(default_factory=list)
    spearman: float | None = None
    valid_fraction: float = 0.0
    reward_first: float | None = None
    reward_last: float | None = None
    reward_hz: float | None = None
    max_limit_violation_m: float = 0.0
    draws_rejected: int = 0
    task_feasible: bool | None = None
    bag_path: str | None = None
    plot_path: str | None = None
    wall_s: float = 0.0

    @property
    def reason(self) -> str:
        return "; ".join(self.failures)

    def to_dict(self) -> dict[str, Any]:
        return {
            "task": self.task, "kind": self.kind, "seed": self.seed, "instruction": self.instruction,
            "objects": self.objects, "pipeline": self.pipeline, "object_sources": self.object_sources,
            "success": self.success,
            "failures": self.failures,
            "goal": None if self.goal is None else self.goal.to_dict(),
            "true_goal": None if self.true_goal is None else self.true_goal.to_dict(),
            "goal_error_m": finite_or_none(self.goal_error_m),
            "final_error_m": finite_or_none(self.final_error_m),
            "control": None if self.control is None else self.control.to_dict(),
            "spearman": finite_or_none(self.spearman), "valid_fraction": self.valid_fraction,
            "reward_first": finite_or_none(self.reward_first), "reward_last": finite_or_none(self.reward_last),
            "reward_hz": finite_or_none(self.reward_hz), "max_limit_violation_m": self.max_limit_violation_m,
            "draws_rejected": self.draws_rejected, "task_feasible": self.task_feasible,
            "bag_path": self.bag_path, "plot_path": self.plot_path, "wall_s": self.wall_s,
            "steps": [
                {"stamp_ns": s.stamp_ns, "phase": s.phase, "estimated_m": finite_or_none(s.estimated_m),
                 "true_m": finite_or_none(s.true_m), "reward": finite_or_none(s.reward),
                 "reward_valid": s.reward_valid, "reason": s.reason, "tcp": s.tcp,
                 "sources": s.sources}
                for s in self.steps
            ],
        }
