"""Shared loading helpers for the non-generative models (detector, segmenter, depth)."""

from __future__ import annotations

import os
from dataclasses import fields
from pathlib import Path
from typing import Any

from spatialvlm_ros.errors import ConfigError, ModelError


def first_line(exc: BaseException) -> str:
    """The first non-empty line of an exception's message (or its type name)."""
    lines = [ln.strip() for ln in str(exc).strip().splitlines() if ln.strip()]
    return lines[0] if lines else type(exc).__name__


def dataclass_from_dict(cls: type, data: dict, what: str) -> Any:
    """``cls(**data)`` with unknown keys reported as :class:`ConfigError`."""
    if not isinstance(data, dict):
        raise ConfigError(f"{what} config must be a mapping")
    known = {f.name for f in fields(cls)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ConfigError(f"{what} config: unknown key(s) {', '.join(unknown)}")
    return cls(**data)


def resolve_source(model: str) -> str:
    """A local folder (validated: config.json + safetensors) or a hub id, as given."""
    path = Path(os.path.expanduser(model))
    if path.exists() or model.startswith((".", "/", "~")):
        if not path.is_dir():
            raise ModelError(f"model folder {path} does not exist")
        if not (path / "config.json").is_file():
            raise ModelError(f"model folder {path} has no config.json (not a transformers checkpoint)")
        if not any(path.glob("*.safetensors")):
            raise ModelError(f"model folder {path} has no *.safetensors weights")
        return str(path)
    return model


def check_device(device: str) -> None:
    """:class:`ModelError` when CUDA is asked for and absent; :class:`ConfigError` for a bad name."""
    if device.split(":")[0] not in ("cpu", "cuda"):
        raise ConfigError(f"device {device!r} is not 'cpu', 'cuda' or 'cuda:N'")
    if device.startswith("cuda"):
        import torch

        if not torch.cuda.is_available():
            raise ModelError(f"device {device!r} requested but CUDA is not available (use device: cpu)")
