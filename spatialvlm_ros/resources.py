"""Where the package's YAML configuration and data files live, and how to read them.

Lookup order for the ``config/`` directory:

1. ``$SPATIALVLM_CONFIG_DIR`` if set;
2. the source checkout's ``config/`` (editable installs, running from a clone);
3. ``<prefix>/share/spatialvlm_ros/config`` for each prefix in ``$AMENT_PREFIX_PATH``
   (colcon/ament installs) and ``sys.prefix`` (pip installs, via ``data_files``).
"""

from __future__ import annotations

import dataclasses
import os
import sys
import types
import typing
from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from spatialvlm_ros.errors import ConfigError, first_line

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
        first = first_line(exc)
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


def config_keys(cls: type, data: Any, what: str) -> dict[str, Any]:
    """``data`` as a new dict, checked to be a mapping whose keys are init fields of the
    dataclass ``cls``: the one key rule every config dataclass reads its mapping with
    (``ConfigError`` naming the unknown keys; ``what`` names the config in the message)."""
    if not isinstance(data, Mapping):
        raise ConfigError(f"{what} config must be a mapping, got {type(data).__name__}")
    unknown = sorted(set(data) - {f.name for f in dataclasses.fields(cls) if f.init}, key=str)
    if unknown:
        raise ConfigError(f"{what} config: unknown key(s) {', '.join(map(str, unknown))}")
    return dict(data)


def config_fields(cls: type, data: Any, what: str,
                  convert: Mapping[str, Callable[[Any], Any]] | None = None) -> dict[str, Any]:
    """The keyword arguments of the dataclass ``cls`` read from the mapping ``data``: the rule
    every config dataclass reads YAML with.

    - keys: :func:`config_keys` (unknown keys are a :class:`ConfigError` naming them), and a
      field without a default that ``data`` lacks is one too;
    - values: checked against the field's annotation (``bool``, ``int``, ``float``, ``str``,
      ``dict``, ``list[X]``, ``tuple[X, ...]``, ``tuple[X, Y]``, ``X | None``, a class):
      a value of the wrong type is a :class:`ConfigError` ``"<what> config: <key> = <value>
      is not <type>"``. An ``int`` is a ``float``; a string that parses as a number is one
      too (PyYAML reads ``1e-3`` as a string); a list stands for a tuple.
      ``None`` (an empty YAML value) for a field that cannot be ``None`` means its default;
    - ``convert``: field name -> a reader used instead of the annotation (it raises
      :class:`ConfigError` itself), for fields whose YAML form differs from their type.

    Range and consistency checks stay with the dataclass (``__post_init__``/``validate``).
    """
    convert = dict(convert or {})
    hints = typing.get_type_hints(cls)
    out: dict[str, Any] = {}
    for key, value in config_keys(cls, data, what).items():
        if key in convert:
            out[key] = convert[key](value)
        elif value is None and not _admits_none(hints[key]):
            continue
        else:
            out[key] = config_value(hints[key], value, f"{what} config: {key}")
    missing = [f.name for f in dataclasses.fields(cls) if f.init and f.name not in out
               and f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    if missing:
        raise ConfigError(f"{what} config: missing key(s) {', '.join(missing)}")
    return out


def dataclass_from_dict(cls: type, data: Any, what: str,
                        convert: Mapping[str, Callable[[Any], Any]] | None = None) -> Any:
    """``cls(**config_fields(cls, data, what, convert))``."""
    return cls(**config_fields(cls, data, what, convert))


def _admits_none(tp: Any) -> bool:
    return tp is Any or tp is type(None) or (_is_union(tp) and type(None) in typing.get_args(tp))


def _is_union(tp: Any) -> bool:
    return typing.get_origin(tp) in (typing.Union, types.UnionType)


def config_value(tp: Any, value: Any, where: str) -> Any:
    """``value`` checked against the annotation ``tp`` and converted (int -> float, list -> tuple)
    by the rules of :func:`config_fields`; ``where`` starts the :class:`ConfigError` message."""

    def wrong(what: str) -> ConfigError:
        return ConfigError(f"{where} = {value!r} is not {what}")

    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if tp is Any:
        return value
    if _is_union(tp):
        if value is None and type(None) in args:
            return None
        options = [a for a in args if a is not type(None)]
        for option in options:
            try:
                return config_value(option, value, where)
            except ConfigError:
                continue
        raise wrong(" or ".join(_type_name(a) for a in args))
    if tp is bool:
        if not isinstance(value, bool):
            raise wrong("true or false")
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or int(value) != value:
            raise wrong("an integer")
        return int(value)
    if tp is float:
        if isinstance(value, bool):
            raise wrong("a number")
        try:
            return float(value)
        except (TypeError, ValueError):
            raise wrong("a number") from None
    if tp is str:
        if not isinstance(value, str):
            raise wrong("a string")
        return value
    if tp is dict or origin is dict:
        if not isinstance(value, Mapping):
            raise wrong("a mapping")
        return dict(value)
    if tp in (list, tuple) or origin in (list, tuple):
        if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, (list, tuple)):
            raise wrong("a list")
        if origin is tuple and args and args[-1] is not Ellipsis:
            if len(value) != len(args):
                raise wrong(f"a list of {len(args)}")
            return tuple(config_value(a, v, f"{where}[{i}]") for i, (a, v) in enumerate(zip(args, value)))
        item = args[0] if args else Any
        items = [config_value(item, v, f"{where}[{i}]") for i, v in enumerate(value)]
        return tuple(items) if (tp is tuple or origin is tuple) else items
    if isinstance(tp, type):
        if not isinstance(value, tp):
            raise wrong(f"a {tp.__name__}")
        return value
    return value


def _type_name(tp: Any) -> str:
    return "null" if tp is type(None) else getattr(tp, "__name__", str(tp))
