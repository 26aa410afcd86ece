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
from spatialvlm_ros.resources import load_config
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
    source: str = ""

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
        if not isinstance(data, dict):
            raise ConfigError("sim config: expected a mapping at the top level")
        unknown = set(data) - set(_SECTIONS) - {"renderer", "noise"}
        if unknown:
            raise ConfigError(f"sim config: unknown section(s) {', '.join(sorted(unknown))}")
        renderer = str(data.get("renderer", "auto")).lower()
        if renderer not in RENDERERS:
            raise ConfigError(f"sim config: renderer {renderer!r} is not one of {', '.join(RENDERERS)}")
        kwargs: dict[str, Any] = {"renderer": renderer}
        for name in _SECTIONS:
            section = data.get(name, {}) or {}
            if not isinstance(section, dict):
                raise ConfigError(f"sim config: section {name!r} must be a mapping")
            kwargs[name] = copy.deepcopy(section)
        kwargs["noise"] = NoiseConfig.from_dict(data.get("noise", {}) or {})
        cfg = cls(**kwargs)
        cfg.validate()
        return cfg

    def validate(self) -> None:
        """Raise :class:`ConfigError` naming the first bad value."""
        for key in ("width", "height", "fov_y_deg", "near", "far"):
            if key not in self.image:
                raise ConfigError(f"sim config: image.{key} is missing")
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
