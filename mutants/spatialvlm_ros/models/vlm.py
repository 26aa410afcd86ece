"""The on-robot VLM: a transformers image-text-to-text model answering spatial questions.

One backend for every supported family, chosen by configuration (never by code
edits): ``AutoModelForImageTextToText`` + ``AutoProcessor`` load LLaVA
(SpaceLLaVA), Qwen2-VL and Qwen2.5-VL (SpaceQwen2.5-VL-3B,
SpaceThinker-Qwen2.5VL-3B) checkpoints from a local folder or a hub id.

Loading is strict and safe: safetensors only (``use_safetensors=True``),
``trust_remote_code`` off unless the config turns it on, ``local_files_only``
for robots without network. Decoding is greedy with a ``max_new_tokens``
bound. Every failure to load raises :class:`ModelError` with a one-line
message; running out of GPU memory while generating raises
:class:`ModelError` ("out of GPU memory ...") after retrying the batch in
halves.

The configuration keys are those of :class:`VLMConfig` (see ``config/models/*.yaml``).
"""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import numpy as np

from spatialvlm_ros.errors import ConfigError, InputError, ModelError
from spatialvlm_ros.models.common import hub_kwargs, offline_adapter, resolve_device, validate_device_name
from spatialvlm_ros.models.prompting import PromptStyle, chat_messages

log = logging.getLogger(__name__)

DTYPES = ("auto", "float32", "bfloat16", "float16")


@dataclass
class VLMConfig:
    """Configuration of :class:`VLMBackend` (the ``vlm:`` mapping of a model config file).

    - ``model``: local checkpoint folder or hub id (``remyxai/SpaceQwen2.5-VL-3B-Instruct``).
    - ``revision``: hub revision (branch, tag or commit) - pin it on robots.
    - ``local_files_only``: never touch the network (the hub cache or the folder must hold the files).
    - ``device``: ``"auto"`` (CUDA when available, else CPU), ``"cpu"``, ``"cuda"`` or ``"cuda:N"``.
    - ``dtype``: ``"auto"`` (bfloat16 on CUDA, float32 on CPU), ``"float32"``, ``"bfloat16"``, ``"float16"``.
    - ``load_in_4bit``: NF4 weights through bitsandbytes (CUDA only) for small GPUs such as a Jetson.
    - ``trust_remote_code``: run Python code shipped with the checkpoint (off by default).
    - ``max_new_tokens``: bound on the answer length; ``batch_size``: questions per forward pass.
    - ``max_value_m``: a parsed length above this (metres) is implausible: the estimate is invalid.
    - ``prompt``: the prompt style mapping (see :class:`PromptStyle`: name, system, suffixes).
    - ``processor_kwargs``: extra ``AutoProcessor.from_pretrained`` arguments (e.g. Qwen's
      ``size: {shortest_edge, longest_edge}`` in pixels, bounding the number of image tokens).
    """

    model: str
    revision: str | None = None
    local_files_only: bool = False
    device: str = "auto"
    dtype: str = "auto"
    load_in_4bit: bool = False
    trust_remote_code: bool = False
    max_new_tokens: int = 64
    batch_size: int = 8
    max_value_m: float = 100.0
    prompt: dict = field(default_factory=dict)
    processor_kwargs: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.model or not isinstance(self.model, str):
            raise ConfigError("vlm config: 'model' (a local folder or hub id) is required")
        if self.dtype not in DTYPES:
            raise ConfigError(f"vlm config: dtype {self.dtype!r} is not one of {', '.join(DTYPES)}")
        validate_device_name(self.device)
        if int(self.max_new_tokens) < 1:
            raise ConfigError("vlm config: max_new_tokens must be at least 1")
        if not float(self.max_value_m) > 0:
            raise ConfigError("vlm config: max_value_m must be positive")
        if int(self.batch_size) < 1:
            raise ConfigError("vlm config: batch_size must be at least 1")
        self.max_new_tokens = int(self.max_new_tokens)
        self.batch_size = int(self.batch_size)
        self.prompt = dict(self.prompt or {})
        self.processor_kwargs = dict(self.processor_kwargs or {})

    @classmethod
    def from_dict(cls, data: dict) -> VLMConfig:
        """Build from a mapping; unknown keys raise :class:`ConfigError` naming them."""
        if not isinstance(data, dict):
            raise ConfigError("vlm config must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"vlm config: unknown key(s) {', '.join(unknown)}")
        return cls(**data)

    @property
    def prompt_style(self) -> PromptStyle:
        return PromptStyle.from_dict(self.prompt)


@dataclass
class Generation:
    """One generated answer.

    - ``text``: the decoded answer (special tokens removed, stripped).
    - ``prompt_tokens``: length of the (padded) prompt; ``new_tokens``: tokens generated for this row.
    - ``mean_token_prob``: geometric mean over the answer tokens of the probability the
      model gave each chosen token (a rough self-confidence, 0..1).
    - ``latency_s``: wall time of the batch this row was generated in; ``batch_size``: its size.
    """

    text: str
    prompt_tokens: int
    new_tokens: int
    mean_token_prob: float
    latency_s: float
    batch_size: int


def check_model_folder(path: Path) -> dict:
    """Validate a local checkpoint folder and return its ``config.json``.

    Raises :class:`ModelError` naming what is missing: the folder, ``config.json``,
    safetensors weights (``*.safetensors``) or a processor/tokenizer file.
    """
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


def to_pil(image: Any):  # type: ignore[no-untyped-def]
    """An RGB PIL image from a PIL image or an HxWx3 uint8 array (:class:`InputError` otherwise)."""
    from PIL import Image

    if isinstance(image, Image.Image):
        return image.convert("RGB")
    arr = np.asarray(image)
    if arr.ndim != 3 or arr.shape[2] != 3:
        raise InputError(f"image has shape {arr.shape}, expected HxWx3 RGB")
    if arr.shape[0] < 2 or arr.shape[1] < 2:
        raise InputError(f"image of {arr.shape[1]}x{arr.shape[0]} pixels is too small")
    if arr.dtype != np.uint8:
        raise InputError(f"image has dtype {arr.dtype}, expected uint8")
    return Image.fromarray(np.ascontiguousarray(arr), mode="RGB")


class VLMBackend:
    """A loaded (or lazily loaded) VLM answering text prompts about images.

    ``logits_processors``: extra ``transformers.LogitsProcessor`` objects applied
    on every generation (e.g. constrained decoding); empty by default.
    """

    def __init__(self, config: VLMConfig) -> None:
        self.config = config
        self.model = None
        self.processor = None
        self.model_type: str = ""
        self.device: str = ""  # resolved on load
        self.logits_processors: list = []

    @classmethod
    def from_config(cls, config: dict | VLMConfig) -> VLMBackend:
        """A backend for ``config`` (a :class:`VLMConfig` or its mapping); call :meth:`load` to load it."""
        return cls(config if isinstance(config, VLMConfig) else VLMConfig.from_dict(config))

    # ------------------------------------------------------------------ loading
    @property
    def loaded(self) -> bool:
        return self.model is not None

    def _torch_dtype(self):  # type: ignore[no-untyped-def]
        import torch

        name = self.config.dtype
        if name == "auto":
            name = "bfloat16" if self.device.startswith("cuda") else "float32"
        return getattr(torch, name)

    def load(self) -> None:
        """Load model and processor (idempotent). Raises :class:`ModelError` with the reason."""
        if self.loaded:
            return
        from transformers import AutoModelForImageTextToText

        c = self.config
        t0 = time.perf_counter()
        self.device = resolve_device(c.device)
        source = c.model
        path = Path(os.path.expanduser(source))
        if path.exists() or source.startswith((".", "/", "~")):
            check_model_folder(path)
            source = str(path)
        common: dict[str, Any] = dict(hub_kwargs(c.local_files_only, c.revision),
                                      trust_remote_code=c.trust_remote_code)
        kwargs: dict[str, Any] = dict(common, use_safetensors=True, dtype=self._torch_dtype(),
                                      **offline_adapter(c.local_files_only))
        if c.load_in_4bit:
            kwargs.update(self._four_bit_kwargs())
        else:  # weights go straight to the device (no full CPU copy first: matters on a Jetson)
            kwargs["device_map"] = {"": self.device}
        try:
            model = AutoModelForImageTextToText.from_pretrained(source, **kwargs)
        except Exception as exc:  # noqa: BLE001 - any loading failure (bad files, unknown arch) is a ModelError
            raise ModelError(f"cannot load VLM {c.model!r}: {_first_line(exc)}") from None
        self.model_type = str(getattr(model.config, "model_type", ""))
        self.processor = self._load_processor(source, common)
        model.eval()
        self.model = model
        tok = self.processor.tokenizer
        tok.padding_side = "left"  # batched generation continues every row from its last token
        if tok.pad_token is None:
            tok.pad_token = tok.eos_token
        log.info(
            "loaded VLM %s (%s) on %s in %.1f s",
            c.model,
            self.model_type,
            self.device,
            time.perf_counter() - t0,
        )

    def _four_bit_kwargs(self) -> dict:
        import importlib.util

        from transformers import BitsAndBytesConfig

        if not self.device.startswith("cuda"):
            raise ModelError("load_in_4bit needs a CUDA device (CUDA is not available here)")
        if importlib.util.find_spec("bitsandbytes") is None:
            raise ModelError("load_in_4bit needs the bitsandbytes package (pip install bitsandbytes)")
        quant = BitsAndBytesConfig(
            load_in_4bit=True,
            bnb_4bit_quant_type="nf4",
            bnb_4bit_compute_dtype=self._torch_dtype(),
            bnb_4bit_use_double_quant=True,
        )
        device_index = int(self.device.split(":")[1]) if ":" in self.device else 0
        return {"quantization_config": quant, "device_map": {"": device_index}}

    def _load_processor(self, source: str, common: dict):  # type: ignore[no-untyped-def]
        from transformers import AutoProcessor

        from spatialvlm_ros.models.processors import IMAGE_ONLY_PROCESSORS

        kw = dict(common, **self.config.processor_kwargs)
        try:
            return AutoProcessor.from_pretrained(source, **kw)
        except (OSError, ImportError, ValueError) as exc:
            fallback = IMAGE_ONLY_PROCESSORS.get(self.model_type)
            if fallback is None:
                raise ModelError(
                    f"cannot load the processor of {self.config.model!r}: {_first_line(exc)}"
                ) from None
            # Qwen-VL processors need torchvision for their video half; images do not.
            log.info(
                "AutoProcessor failed (%s); using the image-only %s", _first_line(exc), fallback.__name__
            )
            try:
                return fallback.from_pretrained(source, **kw)
            except (OSError, ImportError, ValueError) as exc2:
                raise ModelError(
                    f"cannot load the processor of {self.config.model!r}: {_first_line(exc2)}"
                ) from None

    def unload(self) -> None:
        """Drop the model and free accelerator memory."""
        self.model = None
        self.processor = None
        import gc

        gc.collect()
        try:
            import torch

            if torch.cuda.is_available():
                torch.cuda.empty_cache()
        except ImportError:  # pragma: no cover
            pass

    # --------------------------------------------------------------- generation
    def prompt_text(self, question: str) -> str:
        """The full prompt string (chat template applied) for one question."""
        if not self.loaded:
            self.load()
        style = self.config.prompt_style
        messages = chat_messages(None, question, system=style.system)
        return self.processor.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)

    def generate(
        self, images: list[Any], prompts: list[str], max_new_tokens: int | None = None
    ) -> list[Generation]:
        """Answer ``prompts[i]`` (user-turn text) about ``images[i]``, greedily, in batches.

        Images are PIL images or HxWx3 uint8 arrays (:class:`InputError` otherwise).
        Raises :class:`ModelError` when generation fails (e.g. "out of GPU memory"
        even for a batch of one).
        """
        if len(images) != len(prompts):
            raise InputError(f"{len(images)} images for {len(prompts)} prompts")
        if not prompts:
            return []
        pil = [to_pil(im) for im in images]
        if not self.loaded:
            self.load()
        texts = [self.prompt_text(p) for p in prompts]
        out: list[Generation] = []
        bs = self.config.batch_size
        for i in range(0, len(texts), bs):
            out += self._generate_split(pil[i : i + bs], texts[i : i + bs], max_new_tokens)
        return out

    def _generate_split(self, images: list, texts: list[str], max_new_tokens: int | None) -> list[Generation]:
        """Generate a batch; on CUDA OOM free the cache and retry the two halves."""
        import torch

        try:
            return self._generate_batch(images, texts, max_new_tokens)
        except torch.cuda.OutOfMemoryError:
            if torch.cuda.is_available():
                torch.cuda.empty_cache()
            if len(texts) == 1:
                raise ModelError(f"out of GPU memory generating with {self.config.model!r}") from None
            half = len(texts) // 2
            log.warning("out of GPU memory on a batch of %d; retrying in halves", len(texts))
            return self._generate_split(images[:half], texts[:half], max_new_tokens) + self._generate_split(
                images[half:], texts[half:], max_new_tokens
            )

    def _generate_batch(self, images: list, texts: list[str], max_new_tokens: int | None) -> list[Generation]:
        import torch
        from transformers import LogitsProcessorList

        assert self.model is not None and self.processor is not None
        t0 = time.perf_counter()
        inputs = self.processor(images=images, text=texts, return_tensors="pt", padding=True)
        device = self.model.device
        inputs = {k: (v.to(device) if hasattr(v, "to") else v) for k, v in inputs.items()}
        if "pixel_values" in inputs and inputs["pixel_values"].is_floating_point():
            inputs["pixel_values"] = inputs["pixel_values"].to(self.model.dtype)
        tok = self.processor.tokenizer
        try:
            with torch.inference_mode():
                result = self.model.generate(
                    **inputs,
                    max_new_tokens=max_new_tokens or self.config.max_new_tokens,
                    do_sample=False,
                    num_beams=1,
                    pad_token_id=tok.pad_token_id,
                    logits_processor=LogitsProcessorList(self.logits_processors),
                    return_dict_in_generate=True,
                    output_logits=True,
                )
        except torch.cuda.OutOfMemoryError:
            raise
        except (RuntimeError, ValueError, IndexError) as exc:
            raise ModelError(f"VLM generation failed: {_first_line(exc)}") from None
        latency = time.perf_counter() - t0
        prompt_len = int(inputs["input_ids"].shape[1])
        new = result.sequences[:, prompt_len:]
        logprobs = (
            torch.stack([torch.log_softmax(lg.float(), dim=-1) for lg in result.logits], dim=1)
            if result.logits
            else None
        )
        eos = set(_as_list(self.model.generation_config.eos_token_id)) | {tok.eos_token_id}
        gens: list[Generation] = []
        for row in range(new.shape[0]):
            ids = new[row].tolist()
            n = len(ids)
            for j, t in enumerate(ids):
                if t in eos or t == tok.pad_token_id:
                    n = j
                    break
            if logprobs is not None and n > 0:
                chosen = logprobs[row, torch.arange(n), new[row, :n]]
                prob = float(torch.exp(chosen.mean()))
            else:
                prob = 0.0
            text = tok.decode(ids[:n], skip_special_tokens=True).strip()
            gens.append(
                Generation(
                    text=text,
                    prompt_tokens=prompt_len,
                    new_tokens=n,
                    mean_token_prob=prob,
                    latency_s=latency,
                    batch_size=len(texts),
                )
            )
        return gens


def _as_list(x: Any) -> list:
    if x is None:
        return []
    return list(x) if isinstance(x, (list, tuple)) else [x]


def _first_line(exc: BaseException) -> str:
    lines = [ln.strip() for ln in str(exc).strip().splitlines() if ln.strip()]
    return lines[0] if lines else type(exc).__name__


def load_vlm_config(path_or_name: str | os.PathLike[str], model: str | None = None) -> VLMConfig:
    """Read the ``vlm:`` mapping of a model config file (a path or a name under ``config/``).

    ``model`` overrides the file's ``model`` key (the CLI's ``--model``).
    """
    from spatialvlm_ros.resources import load_config

    data = load_config(path_or_name)
    vlm = data.get("vlm")
    if not isinstance(vlm, dict):
        raise ConfigError(f"model config {path_or_name} has no 'vlm' mapping")
    vlm = dict(vlm)
    if model:
        vlm["model"] = model
    return VLMConfig.from_dict(vlm)
