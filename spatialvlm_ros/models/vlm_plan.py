"""Deciding how a VLM checkpoint will be loaded, before any weight is read.

:func:`plan_load` turns a :class:`~spatialvlm_ros.models.vlm.VLMConfig` into a
:class:`LoadPlan`: where the files are (local folder or hub id; an unreachable
hub fails at once instead of retrying for a minute), which family the
checkpoint is, how many parameters it has (counted on the meta device from
``config.json``), which device and dtype it will use, and whether that fits in
the free memory. Every problem is a one-line :class:`ModelError` /
:class:`ConfigError` naming the file, setting or figure, so a node can refuse
to configure and say why.

Rules:

- ``load_in_4bit``: needs CUDA *and* bitsandbytes; both are checked first and a
  missing one (or both) is named in one error.
- ``device: auto``: CUDA when available, else CPU with one warning.
- ``dtype: auto``: bfloat16 on CUDA; on CPU bfloat16 for models above
  :data:`CPU_BF16_ABOVE_PARAMS` parameters (fp32 doubles the memory of a 3B model
  and is no more useful for random-free inference), float32 below it. Ask for
  ``float32`` explicitly to get it.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from spatialvlm_ros.errors import ConfigError, ModelError, first_line
from spatialvlm_ros.models.common import hub_kwargs, resolve_device

log = logging.getLogger(__name__)

#: On CPU, ``dtype: auto`` means bfloat16 for models with more parameters than this (else float32).
CPU_BF16_ABOVE_PARAMS = 1_000_000_000
#: Bytes per parameter of each dtype (4-bit NF4: half a byte plus scales, rounded up).
BYTES_PER_PARAM = {"float32": 4.0, "bfloat16": 2.0, "float16": 2.0, "nf4": 0.6}
#: Headroom over the weights' size (activations, processor, allocator slack).
MEMORY_HEADROOM = 1.15


@dataclass(frozen=True)
class LoadPlan:
    """How a checkpoint will be loaded.

    - ``source``: the local folder (validated) or the hub id.
    - ``local_files_only``: as configured, or forced on when the hub is unreachable but cached.
    - ``model_type``: ``config.json``'s family (``qwen2_5_vl``, ``qwen2_vl``, ``llava``, ...).
    - ``parameters``: number of parameters (tied weights once), from ``config.json``.
    - ``device`` / ``dtype``: the torch device and dtype name; ``quantized``: NF4 4-bit.
    - ``notes``: why (e.g. "CUDA is not available: CPU").
    """

    source: str
    local_files_only: bool
    model_type: str
    parameters: int
    device: str
    dtype: str
    quantized: bool
    notes: tuple[str, ...] = ()

    @property
    def weight_bytes(self) -> float:
        return self.parameters * BYTES_PER_PARAM["nf4" if self.quantized else self.dtype]

    def summary(self) -> str:
        """One line for logs: "qwen2_5_vl, 3.75 B parameters, device cpu, dtype bfloat16 (7.5 GB) [...]"."""
        quant = " in 4-bit NF4" if self.quantized else ""
        text = (
            f"{self.model_type}, {self.parameters / 1e9:.2f} B parameters, device {self.device}, "
            f"dtype {self.dtype}{quant} ({self.weight_bytes / 1e9:.1f} GB of weights)"
        )
        return text + (f" [{'; '.join(self.notes)}]" if self.notes else "")


def check_four_bit() -> None:
    """:class:`ModelError` naming every missing requirement of 4-bit loading (CUDA, bitsandbytes)."""
    import torch

    missing = []
    if not torch.cuda.is_available():
        missing.append("CUDA is not available here")
    if importlib.util.find_spec("bitsandbytes") is None:
        missing.append("bitsandbytes is not installed (pip install bitsandbytes)")
    if missing:
        raise ModelError(
            "load_in_4bit needs a CUDA GPU and the bitsandbytes package: " + " and ".join(missing)
            + "; set load_in_4bit: false to load unquantised"
        )


def check_model_folder(path: Path) -> dict:
    """Validate a local checkpoint folder and return its ``config.json``.

    Raises :class:`ModelError` naming what is missing: the folder, ``config.json``,
    safetensors weights (``*.safetensors``), a weight shard, or a processor/tokenizer file.
    """
    import json

    if not path.is_dir():
        raise ModelError(f"model folder {path} does not exist")
    cfg_file = path / "config.json"
    if not cfg_file.is_file():
        raise ModelError(f"model folder {path} has no config.json (not a transformers checkpoint)")
    try:
        cfg = json.loads(cfg_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"model folder {path}: config.json is unreadable ({exc})") from None
    if not any(path.glob("*.safetensors")):
        extra = (
            " (only .bin/.pt weights found; convert them to safetensors)" if any(path.glob("*.bin")) else ""
        )
        raise ModelError(f"model folder {path} has no *.safetensors weights{extra}")
    index = path / "model.safetensors.index.json"
    if index.is_file():
        try:
            shards = set(json.loads(index.read_text(encoding="utf-8"))["weight_map"].values())
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(
                f"model folder {path}: model.safetensors.index.json is unreadable ({exc})"
            ) from None
        missing = sorted(s for s in shards if not (path / s).is_file())
        if missing:
            raise ModelError(f"model folder {path} is incomplete: missing weight shard {missing[0]}")
    if not any((path / f).is_file() for f in ("tokenizer.json", "tokenizer_config.json", "tokenizer.model")):
        raise ModelError(f"model folder {path} has no tokenizer (tokenizer.json / tokenizer_config.json)")
    if not any((path / f).is_file() for f in ("processor_config.json", "preprocessor_config.json")):
        raise ModelError(f"model folder {path} has no image processor (preprocessor_config.json)")
    return cfg


def hub_unreachable_reason() -> str | None:
    """Why the model hub cannot be reached right now (``None``: it may be reachable).

    Only the hub's host name is resolved; nothing is sent to the hub.
    """
    from huggingface_hub import constants

    if constants.HF_HUB_OFFLINE:
        return "HF_HUB_OFFLINE is set"
    endpoint = os.environ.get("HF_ENDPOINT") or constants.ENDPOINT
    host = urlparse(endpoint).hostname
    if not host:
        return f"the hub endpoint {endpoint!r} has no host name"
    try:
        socket.getaddrinfo(host, 443)
    except (socket.gaierror, UnicodeError) as exc:
        return f"cannot resolve {host} ({getattr(exc, 'strerror', None) or exc})"
    return None


def resolve_source(model: str, local_files_only: bool) -> tuple[str, bool]:
    """``(source, local_files_only)``: a validated local folder, or a hub id that can be fetched.

    A hub id while the hub is unreachable: the hub cache is used if it holds the
    checkpoint (``local_files_only`` forced on), else :class:`ModelError` at once.
    """
    path = Path(os.path.expanduser(model))
    if path.exists() or model.startswith((".", "/", "~")):
        check_model_folder(path)
        return str(path), local_files_only
    if local_files_only:
        return model, True
    reason = hub_unreachable_reason()
    if reason is None:
        return model, False
    from huggingface_hub import constants, try_to_load_from_cache

    cached = try_to_load_from_cache(model, "config.json")
    if isinstance(cached, str):
        log.warning("model hub unreachable (%s): using the cached copy of %s", reason, model)
        return model, True
    raise ModelError(
        f"cannot load VLM {model!r}: the model hub is unreachable ({reason}) and the hub cache "
        f"{constants.HF_HUB_CACHE} has no copy; download it on a connected machine or set model "
        "to a local folder"
    )


def count_parameters(config: Any) -> int:
    """Parameters of the image-text-to-text model ``config`` describes (built on the meta device)."""
    import torch
    from transformers import AutoModelForImageTextToText

    with torch.device("meta"):
        model = AutoModelForImageTextToText.from_config(config)
    return int(sum(p.numel() for p in model.parameters()))


def free_memory_bytes(device: str) -> float | None:
    """Free memory of ``device`` in bytes (CPU: MemAvailable; CUDA: free device memory); ``None``: unknown."""
    if device.startswith("cuda"):
        import torch

        index = int(device.split(":")[1]) if ":" in device else 0
        return float(torch.cuda.mem_get_info(index)[0])
    try:
        with open("/proc/meminfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return float(line.split()[1]) * 1024.0
    except OSError:
        pass
    return None


def choose_dtype(requested: str, device: str, parameters: int) -> tuple[str, str | None]:
    """``(dtype name, note)`` for ``requested`` ("auto" or a dtype name) on ``device``."""
    if requested != "auto":
        return requested, None
    if device.startswith("cuda"):
        return "bfloat16", None
    if parameters > CPU_BF16_ABOVE_PARAMS:
        return "bfloat16", f"bfloat16 on CPU above {CPU_BF16_ABOVE_PARAMS / 1e9:g} B parameters"
    return "float32", None


def plan_load(config: Any, warn_cpu_fallback: bool = True) -> LoadPlan:
    """The :class:`LoadPlan` of a :class:`VLMConfig`; raises :class:`ModelError` / :class:`ConfigError`.

    Reads ``config.json`` only (local folder, hub cache or hub); no weights.
    """
    from transformers import AutoConfig
    from transformers.models.auto.modeling_auto import MODEL_FOR_IMAGE_TEXT_TO_TEXT_MAPPING_NAMES

    from spatialvlm_ros.models.processors import check_caps_apply, split_image_caps

    c = config
    if c.load_in_4bit:
        check_four_bit()
    notes: list[str] = []
    device = resolve_device(c.device)
    if c.device == "auto" and device == "cpu":
        notes.append("CUDA is not available: CPU")
        if warn_cpu_fallback:
            log.warning("CUDA is not available: the VLM %s runs on the CPU (slow; see README 'models')", c.model)
    _, caps = split_image_caps(c.processor_kwargs)
    source, local_only = resolve_source(c.model, c.local_files_only)
    try:
        hf_config = AutoConfig.from_pretrained(
            source, trust_remote_code=c.trust_remote_code, **hub_kwargs(local_only, c.revision)
        )
    except Exception as exc:  # noqa: BLE001 - any failure to read config.json is a ModelError
        raise ModelError(f"cannot load VLM {c.model!r}: {first_line(exc)}") from None
    model_type = str(getattr(hf_config, "model_type", ""))
    if model_type not in MODEL_FOR_IMAGE_TEXT_TO_TEXT_MAPPING_NAMES:
        raise ModelError(
            f"VLM {c.model!r} is a {model_type or 'unknown'!r} checkpoint (config.json), not an "
            "image-text-to-text model such as llava, qwen2_vl or qwen2_5_vl"
        )
    check_caps_apply(model_type, caps)
    try:
        parameters = count_parameters(hf_config)
    except Exception as exc:  # noqa: BLE001 - an inconsistent config.json
        raise ModelError(f"cannot build VLM {c.model!r} from its config.json: {first_line(exc)}") from None
    dtype, note = choose_dtype(c.dtype, device, parameters)
    if note:
        notes.append(note)
    if c.load_in_4bit and dtype == "float32":
        raise ConfigError("vlm config: load_in_4bit computes in bfloat16 or float16, not float32")
    plan = LoadPlan(source, local_only, model_type, parameters, device, dtype, bool(c.load_in_4bit), tuple(notes))
    free = free_memory_bytes(device)
    need = plan.weight_bytes * MEMORY_HEADROOM
    if free is not None and need > free:
        where = "GPU memory" if device.startswith("cuda") else "memory"
        hint = " (try dtype: bfloat16)" if dtype == "float32" else " (try load_in_4bit or a smaller model)"
        raise ModelError(
            f"VLM {c.model!r} needs about {need / 1e9:.1f} GB for {parameters / 1e9:.2f} B parameters in "
            f"{'4-bit' if plan.quantized else dtype} but only {free / 1e9:.1f} GB of {where} is free{hint}"
        )
    return plan
