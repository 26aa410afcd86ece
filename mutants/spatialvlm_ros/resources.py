"""Where the package's YAML configuration and data files live, and how to read them.

Lookup order for the ``config/`` directory:

1. ``$SPATIALVLM_CONFIG_DIR`` if set;
2. the source checkout's ``config/`` (editable installs, running from a clone);
3. ``<prefix>/share/spatialvlm_ros/config`` for each prefix in ``$AMENT_PREFIX_PATH``
   (colcon/ament installs) and ``sys.prefix`` (pip installs, via ``data_files``).
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from spatialvlm_ros.errors import ConfigError

PACKAGE_NAME = "spatialvlm_ros"


@lru_cache(maxsize=1)
def config_dir() -> Path:
    """The directory holding the package's YAML configuration files."""
    env = os.environ.get("SPATIALVLM_CONFIG_DIR")
    candidates: list[Path] = [Path(env)] if env else []
    candidates.append(Path(__file__).resolve().parent.parent / "config")
    prefixes = [p for p in os.environ.get("AMENT_PREFIX_PATH", "").split(os.pathsep) if p]
    prefixes.append(sys.prefix)
    candidates += [Path(p) / "share" / PACKAGE_NAME / "config" for p in prefixes]
    for c in candidates:
        if c.is_dir():
            return c
    raise ConfigError("cannot find the spatialvlm_ros config directory; set SPATIALVLM_CONFIG_DIR")


def config_path(name: str) -> Path:
    """Path of a file under ``config/`` (``name`` may contain sub-directories)."""
    return config_dir() / name


def load_yaml(path: str | os.PathLike[str]) -> Any:
    """Read a YAML file; a missing or malformed file raises :class:`ConfigError`."""
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"config file not found: {p}")
    try:
        with p.open("r", encoding="utf-8") as f:
            return yaml.safe_load(f)
    except yaml.YAMLError as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ConfigError(f"config file {p} is not valid YAML: {first}") from None


def load_config(name_or_path: str | os.PathLike[str]) -> dict:
    """Load a YAML mapping: a path to a file, or a name under ``config/``.

    A ROS 2 parameter file (``node: {ros__parameters: {...}}``) is unwrapped to
    its parameters when it has exactly one node section.
    """
    p = Path(name_or_path)
    if not p.is_file():
        p = config_path(str(name_or_path))
    data = load_yaml(p)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"config file {p} must hold a mapping at the top level")
    if len(data) == 1:
        (only,) = data.values()
        if isinstance(only, dict) and "ros__parameters" in only:
            data = only["ros__parameters"] or {}
    return data
