"""Configuration of the simulated tabletop (``config/sim.yaml``).

Lengths are metres and angles degrees in the YAML (converted where used).
The sections stay plain dicts apart from the noise model, which has its own
dataclass (:class:`spatialvlm_ros.sim.noise.NoiseConfig`).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spatialvlm_ros.errors import ConfigError
from spatialvlm_ros.resources import config_fields, load_config
from spatialvlm_ros.sim.noise import NoiseConfig

RENDERERS = ("auto", "egl", "tiny")
_SECTIONS = ("image", "table", "robot", "objects", "colors", "primitives", "meshes", "camera", "world")


@dataclass
class SimConfig:
    """Everything :func:`generate_scene` and :class:`SimWorld` need (see config/sim.yaml)."""

    renderer: str = "auto"
    image: dict = field(default_factory=dict)
    table: dict = field(default_factory=dict)
    robot: dict = field(default_factory=dict)
    objects: dict = field(default_factory=dict)
    colors: dict = field(default_factory=dict)
    primitives: dict = field(default_factory=dict)
    meshes: dict = field(default_factory=dict)
    camera: dict = field(default_factory=dict)
    noise: NoiseConfig = field(default_factory=NoiseConfig)
    world: dict = field(default_factory=dict)
    source: str = field(default="", init=False)  # which file it was read from (set by from_yaml)

    @classmethod
    def from_yaml(cls, path: str | Path | None = None) -> SimConfig:
        """Read ``path`` (default ``config/sim.yaml``); missing sections take the defaults' values."""
        defaults = load_config("sim.yaml")
        data = defaults if path is None else _merge(defaults, load_config(path))
        cfg = cls.from_dict(data)
        cfg.source = str(path) if path is not None else "sim.yaml"
        return cfg

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SimConfig:
        """Build from a mapping (the layout of ``config/sim.yaml``); keys and value types are read
        with :func:`~spatialvlm_ros.resources.config_fields` (an empty section is its default)."""
        kwargs = config_fields(cls, data, "sim", convert={"noise": lambda v: NoiseConfig.from_dict(v or {})})
        kwargs["renderer"] = kwargs.get("renderer", "auto").lower()
        for name in _SECTIONS:
            kwargs[name] = copy.deepcopy(kwargs.get(name, {}))
        cfg = cls(**kwargs)
        cfg.validate()
        return cfg

    def validate(self) -> None:
        """Raise :class:`ConfigError` naming the first bad value."""
        for key in ("width", "height", "fov_y_deg", "near", "far"):
            if key not in self.image:
                raise ConfigError(f"sim config: image.{key} is missing")
        if self.renderer not in RENDERERS:
            raise ConfigError(f"sim config: renderer {self.renderer!r} is not one of {', '.join(RENDERERS)}")
        wr = str(self.world.get("renderer", self.renderer)).lower()
        if wr not in RENDERERS:
            raise ConfigError(f"sim config: world.renderer {wr!r} is not one of {', '.join(RENDERERS)}")
        if not 0 < float(self.image["near"]) < float(self.image["far"]):
            raise ConfigError("sim config: image.near must be positive and below image.far")
        lo, hi = self.objects.get("count", [3, 6])
        if not 1 <= int(lo) <= int(hi):
            raise ConfigError(f"sim config: objects.count {lo}..{hi} is not a valid range")
        if not self.colors or not self.primitives:
            raise ConfigError("sim config: colors and primitives must not be empty")
        for name, spec in self.meshes.items():
            if "file" not in spec or "height" not in spec:
                raise ConfigError(f"sim config: mesh {name!r} needs 'file' and 'height'")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"renderer": self.renderer}
        for name in _SECTIONS:
            out[name] = copy.deepcopy(getattr(self, name))
        out["noise"] = self.noise.to_dict()
        return out


def _merge(base: dict, override: dict) -> dict:
    """Recursive dict merge: ``override`` wins, nested mappings are merged."""
    out = copy.deepcopy(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = _merge(out[k], v)
        else:
            out[k] = copy.deepcopy(v)
    return out
