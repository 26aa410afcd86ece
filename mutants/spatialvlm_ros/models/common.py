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


def validate_device_name(device: str) -> None:
    """:class:`ConfigError` unless ``device`` is "auto", "cpu", "cuda" or "cuda:N"."""
    if device != "auto" and device.split(":")[0] not in ("cpu", "cuda"):
        raise ConfigError(f"device {device!r} is not 'auto', 'cpu', 'cuda' or 'cuda:N'")


def resolve_device(device: str) -> str:
    """The torch device for a configured name: "auto" is "cuda" when CUDA is available, else "cpu".

    :class:`ModelError` when CUDA is asked for and absent; :class:`ConfigError` for a bad name.
    """
    validate_device_name(device)
    import torch

    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device.startswith("cuda") and not torch.cuda.is_available():
        raise ModelError(f"device {device!r} requested but CUDA is not available (use device: cpu or auto)")
    return device


def offline_adapter(local_files_only: bool) -> dict:
    """Extra Auto-class ``from_pretrained`` kwargs for offline loading.

    transformers 5.x's Auto classes look for a PEFT ``adapter_config.json`` without
    passing ``local_files_only`` on; offline, that lookup retries the network for
    ~25 s before giving up. Passing it in ``adapter_kwargs`` avoids that.
    """
    return {"adapter_kwargs": {"local_files_only": True}} if local_files_only else {}


def hub_kwargs(local_files_only: bool, revision: str | None) -> dict:
    """``from_pretrained`` kwargs shared by every model: offline switch and pinned revision."""
    kwargs: dict[str, Any] = {"local_files_only": local_files_only}
    if revision:
        kwargs["revision"] = revision
    return kwargs
