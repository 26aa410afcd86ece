"""Settings of closed-loop episodes (``config/closed_loop.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spatialvlm_ros.closed_loop.tasks import LoopTask, load_tasks
from spatialvlm_ros.core.goal_types import GoalConfig
from spatialvlm_ros.errors import ConfigError
from spatialvlm_ros.resources import load_config
from spatialvlm_ros.sim.truth import TCP_FRAME as SIM_TCP_FRAME

#: The TF frame of the simulated gripper's tool centre point.
TCP_FRAME = SIM_TCP_FRAME
PIPELINES = ("ros_logic", "direct")


@dataclass
class EpisodeConfig:
    """Settings of closed-loop episodes (``config/closed_loop.yaml``); lengths in metres."""

    image_width: int = 320
    image_height: int = 240
    noisy: bool = True
    pipeline: str = "ros_logic"
    reward_task: str = "reach"
    object_sources: str = "camera"
    success_tolerance_m: float = 0.03
    min_valid_fraction: float = 0.5
    feasible_only: bool = True
    feasibility_margin_m: float = 0.02
    controller: dict[str, Any] = field(default_factory=dict)
    storage: str = "mcap"
    depth_encoding: str = "16UC1"
    markers: bool = True
    tasks: dict[str, LoopTask] = field(default_factory=dict)
    demo: dict[str, Any] = field(default_factory=dict)
    goals: GoalConfig = field(default_factory=GoalConfig)
    sim_world: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_yaml(cls, path: str | None = None, goals_path: str | None = None) -> EpisodeConfig:
        data = load_config(path or "closed_loop.yaml")
        known = {"image", "noisy", "pipeline", "reward_task", "object_sources", "success_tolerance_m", "min_valid_fraction", "feasible_only",
                 "feasibility_margin_m", "controller", "record", "tasks", "demo", "sim_world"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"closed-loop config: unknown key(s) {', '.join(unknown)}")
        image = data.get("image") or {}
        record = data.get("record") or {}
        cfg = cls(
            image_width=int(image.get("width", 320)),
            image_height=int(image.get("height", 240)),
            noisy=bool(data.get("noisy", True)),
            pipeline=str(data.get("pipeline", "ros_logic")),
            reward_task=str(data.get("reward_task", "reach")),
            object_sources=str(data.get("object_sources", "camera") or "camera"),
            success_tolerance_m=float(data.get("success_tolerance_m", 0.03)),
            min_valid_fraction=float(data.get("min_valid_fraction", 0.5)),
            feasible_only=bool(data.get("feasible_only", True)),
            feasibility_margin_m=float(data.get("feasibility_margin_m", 0.02)),
            controller=dict(data.get("controller") or {}),
            storage=str(record.get("storage", "mcap")),
            depth_encoding=str(record.get("depth_encoding", "16UC1")),
            markers=bool(record.get("markers", True)),
            tasks=load_tasks(data),
            demo=dict(data.get("demo") or {}),
            goals=GoalConfig.from_yaml(goals_path),
            sim_world=dict(data.get("sim_world") or {}),
        )
        if cfg.pipeline not in PIPELINES:
            raise ConfigError(f"closed-loop config: pipeline {cfg.pipeline!r} is not one of {', '.join(PIPELINES)}")
        if cfg.image_width < 32 or cfg.image_height < 24:
            raise ConfigError("closed-loop config: image must be at least 32x24")
        return cfg

    def sim_config(self) -> Any:
        """The simulator config with this episode's image size."""
        from spatialvlm_ros.sim.config import SimConfig

        sim = SimConfig.from_yaml()
        sim.image = dict(sim.image, width=self.image_width, height=self.image_height)
        sim.world = dict(sim.world, **self.sim_world)
        return sim
