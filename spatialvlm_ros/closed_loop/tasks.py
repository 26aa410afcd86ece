"""Closed-loop tasks: an instruction template, which objects it names, and what is rewarded.

A task (``config/closed_loop.yaml``, section ``tasks``) is

- ``kind``: ``reach`` (the gripper moves) or ``place`` (an object is moved);
- ``instruction``: a template with ``{target}`` (the reference object) and,
  for placement, ``{moved}`` (the object that moves), e.g.
  ``"put the {moved} 10 cm to the left of the {target}"``;
- ``reward_object``: which object's distance to the gripper is the dense
  reward (``target`` or ``moved``; default ``target`` for reach, ``moved`` for place).

Objects are drawn per episode from the world's objects whose names are unique
(an instruction naming one of two "red cube"s could not be grounded);
``prefer`` lists names tried first for the target (e.g. "red cube").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from spatialvlm_ros.core.frame import normalize_name
from spatialvlm_ros.errors import ConfigError, InputError
from spatialvlm_ros.resources import dataclass_from_dict

TASK_KINDS = ("reach", "place")


@dataclass
class LoopTask:
    """One closed-loop task (see the module docstring)."""

    name: str
    kind: str
    instruction: str
    reward_object: str = ""
    prefer: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.kind not in TASK_KINDS:
            raise ConfigError(f"closed-loop task {self.name!r}: kind {self.kind!r} is not one of {', '.join(TASK_KINDS)}")
        if "{target}" not in self.instruction:
            raise ConfigError(f"closed-loop task {self.name!r}: instruction must contain {{target}}")
        if self.kind == "place" and "{moved}" not in self.instruction:
            raise ConfigError(f"closed-loop task {self.name!r}: a place instruction must contain {{moved}}")
        if not self.reward_object:
            self.reward_object = "target" if self.kind == "reach" else "moved"
        if self.reward_object not in ("target", "moved") or (self.reward_object == "moved" and self.kind != "place"):
            raise ConfigError(f"closed-loop task {self.name!r}: reward_object must be 'target' (or 'moved' for place)")

    @classmethod
    def from_dict(cls, name: str, data: dict[str, Any]) -> LoopTask:
        """Task ``name`` from its mapping (a task of ``config/closed_loop.yaml``), read with
        :func:`~spatialvlm_ros.resources.config_fields`."""
        named = {"name": name, **data} if isinstance(data, dict) else data
        return dataclass_from_dict(cls, named, f"closed-loop task {name!r}")

    def choose_objects(self, names: list[str], rng: np.random.Generator, use_prefer: bool = True) -> dict[str, str]:
        """``{"target": ..., "moved": ...}`` drawn from the uniquely named ``names``
        (the target from ``prefer`` when one is there and ``use_prefer``)."""
        counts: dict[str, int] = {}
        for n in names:
            counts[normalize_name(n)] = counts.get(normalize_name(n), 0) + 1
        unique = [n for n in names if counts[normalize_name(n)] == 1 and normalize_name(n) != "gripper"]
        need = 2 if self.kind == "place" else 1
        if len(unique) < need:
            raise InputError(f"task {self.name!r} needs {need} uniquely named object(s); the scene has {len(unique)}")
        preferred = [n for p in self.prefer for n in unique if normalize_name(n) == normalize_name(p)] if use_prefer else []
        target = preferred[0] if preferred else unique[int(rng.integers(len(unique)))]
        out = {"target": target}
        if self.kind == "place":
            rest = [n for n in unique if n != target]
            out["moved"] = rest[int(rng.integers(len(rest)))]
        return out

    def instruction_for(self, objects: dict[str, str]) -> str:
        return self.instruction.format(**objects)

    def reward_objects(self, objects: dict[str, str]) -> tuple[str, str]:
        """The (gripper, object) pair whose distance is the dense reward."""
        return ("gripper", objects[self.reward_object])


def load_tasks(config: dict[str, Any]) -> dict[str, LoopTask]:
    """All tasks of a closed-loop config mapping (its ``tasks`` section)."""
    tasks = config.get("tasks") or {}
    if not isinstance(tasks, dict) or not tasks:
        raise ConfigError("closed-loop config has no tasks")
    return {name: LoopTask.from_dict(name, spec) for name, spec in tasks.items()}
