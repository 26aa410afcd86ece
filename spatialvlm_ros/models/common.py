"""Shared loading helpers for the models (VLM, detector, segmenter, depth, image filter)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from spatialvlm_ros.errors import ConfigError, ModelError, first_line
from spatialvlm_ros.resources import dataclass_from_dict

C = TypeVar("C", bound="HubModelConfig")


@dataclass(kw_only=True)
class HubModelConfig:
    """Where a model's files come from and where it runs: the fields every model config shares.

    - ``device``: ``"auto"`` (CUDA when available, else CPU), ``"cpu"``, ``"cuda"`` or ``"cuda:N"``.
    - ``local_files_only``: never touch the network (the hub cache or the folder must hold the files).
    - ``revision``: hub revision (branch, tag or commit) - pin it on robots.

    Subclasses name their config mapping in ``SECTION`` (used in error messages) and call
    ``super().__post_init__()`` from their own ``__post_init__``.
    """

    device: str = "auto"
    local_files_only: bool = False
    revision: str | None = None

    SECTION: ClassVar[str] = "model"

    def __post_init__(self) -> None:
        validate_device_name(self.device)

    @classmethod
    def from_dict(cls: type[C], data: dict) -> C:
        """The config from its YAML mapping, by the rules of :func:`spatialvlm_ros.resources.config_fields`."""
        return dataclass_from_dict(cls, data, cls.SECTION)

    def from_pretrained(self, loader: Any, name: str, what: str, **kwargs: Any) -> Any:
        """``loader.from_pretrained(name)`` (a folder, validated, or a hub id) with this config's
        offline switch and revision; any failure is a :class:`ModelError` naming ``what`` and ``name``."""
        src = resolve_source(name)
        try:
            return loader.from_pretrained(src, **hub_kwargs(self.local_files_only, self.revision), **kwargs)
        except Exception as exc:  # noqa: BLE001 - any loading failure is a ModelError
            raise ModelError(f"cannot load {what} {name!r}: {first_line(exc)}") from None

    def model_kwargs(self) -> dict:
        """Extra kwargs for a model's (not a processor's) ``from_pretrained``: safetensors only, offline lookups."""
        return {"use_safetensors": True, **offline_adapter(self.local_files_only)}


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
