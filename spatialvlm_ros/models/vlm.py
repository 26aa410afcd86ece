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

import logging
import time
from dataclasses import dataclass, field, fields
from typing import Any

import numpy as np

from spatialvlm_ros.errors import ConfigError, InputError, ModelError, first_line
from spatialvlm_ros.models.common import HubModelConfig, hub_kwargs, offline_adapter
from spatialvlm_ros.models.processors import (
    apply_image_caps,
    image_size_summary,
    image_token_id,
    split_image_caps,
)
from spatialvlm_ros.models.prompting import FALLBACK_CHAT_TEMPLATES, PromptStyle, chat_messages
from spatialvlm_ros.models.reasoning import ANSWER_CLOSE, AnswerBudget
from spatialvlm_ros.models.vlm_plan import LoadPlan, check_model_folder, plan_load

__all__ = ["Generation", "VLMBackend", "VLMConfig", "check_model_folder", "to_pil"]

log = logging.getLogger(__name__)

DTYPES = ("auto", "float32", "bfloat16", "float16")


@dataclass
class VLMConfig(HubModelConfig):
    """Configuration of :class:`VLMBackend` (the ``vlm:`` mapping of a model config file).

    - ``model``: local checkpoint folder or hub id (``remyxai/SpaceQwen2.5-VL-3B-Instruct``).
    - ``revision``, ``local_files_only``, ``device``: see :class:`HubModelConfig` (``"auto"``
      falls back to the CPU with a warning; ``"cuda"`` without CUDA is an error).
    - ``dtype``: ``"auto"`` (bfloat16 on CUDA; on CPU bfloat16 above 1 B parameters, else float32),
      ``"float32"``, ``"bfloat16"``, ``"float16"``.
    - ``load_in_4bit``: NF4 weights through bitsandbytes (CUDA only) for small GPUs such as a Jetson.
    - ``trust_remote_code``: run Python code shipped with the checkpoint (off by default).
    - ``max_new_tokens``: bound on the answer length; ``batch_size``: questions per forward pass.
    - ``answer_tokens``: ("think" prompt style) tokens kept for the answer (at most half of
      ``max_new_tokens``): a model still reasoning after ``max_new_tokens - answer_tokens`` tokens
      is made to close ``</think>`` and open ``<answer>``; generation stops at ``</answer>``.
    - ``max_value_m``: a parsed length above this (metres) is implausible: the estimate is invalid.
    - ``prompt``: the prompt style mapping (see :class:`PromptStyle`: name, system, suffixes).
    - ``processor_kwargs``: extra ``AutoProcessor.from_pretrained`` arguments. Image-size caps of
      Qwen-VL checkpoints: ``min_pixels`` / ``max_pixels`` (pixels; each 28x28 block is one image
      token, so ``max_pixels: 200704`` allows 256), applied over the checkpoint's own files.
      LLaVA checkpoints resize to the fixed size of their vision tower: caps are an error there.
    """

    model: str
    dtype: str = "auto"
    load_in_4bit: bool = False
    trust_remote_code: bool = False
    max_new_tokens: int = 64
    batch_size: int = 8
    answer_tokens: int = 32
    max_value_m: float = 100.0
    prompt: dict = field(default_factory=dict)
    processor_kwargs: dict = field(default_factory=dict)

    SECTION = "vlm"

    def __post_init__(self) -> None:
        super().__post_init__()
        if not self.model or not isinstance(self.model, str):
            raise ConfigError("vlm config: 'model' (a local folder or hub id) is required")
        if self.dtype not in DTYPES:
            raise ConfigError(f"vlm config: dtype {self.dtype!r} is not one of {', '.join(DTYPES)}")
        if int(self.max_new_tokens) < 1:
            raise ConfigError("vlm config: max_new_tokens must be at least 1")
        if not float(self.max_value_m) > 0:
            raise ConfigError("vlm config: max_value_m must be positive")
        if int(self.batch_size) < 1:
            raise ConfigError("vlm config: batch_size must be at least 1")
        self.max_new_tokens = int(self.max_new_tokens)
        self.batch_size = int(self.batch_size)
        self.answer_tokens = int(self.answer_tokens)
        self.prompt = dict(self.prompt or {})
        self.processor_kwargs = dict(self.processor_kwargs or {})
        if self.load_in_4bit and self.device == "cpu":
            raise ConfigError("vlm config: load_in_4bit needs a CUDA device, not device: cpu")
        split_image_caps(self.processor_kwargs)  # malformed caps fail here, not at load
        if self.answer_tokens < 1:
            raise ConfigError("vlm config: answer_tokens must be at least 1")

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
    - ``image_tokens``: image placeholder tokens in this row's prompt (what the image costs).
    - ``answer_forced``: ("think" style) the model was still reasoning when its budget ran out and
      was made to open ``<answer>``.
    """

    text: str
    prompt_tokens: int
    new_tokens: int
    mean_token_prob: float
    latency_s: float
    batch_size: int
    image_tokens: int = 0
    answer_forced: bool = False


def to_pil(image: Any):
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
        self.model: Any = None  # the transformers model, once loaded
        self.processor: Any = None
        self.model_type: str = ""
        self.device: str = ""  # resolved on load
        self.dtype: str = ""  # resolved on load
        self.image_token_id: int | None = None
        self.logits_processors: list = []
        self._plan: LoadPlan | None = None

    @classmethod
    def from_config(cls, config: dict | VLMConfig) -> VLMBackend:
        """A backend for ``config`` (a :class:`VLMConfig` or its mapping); call :meth:`load` to load it."""
        return cls(config if isinstance(config, VLMConfig) else VLMConfig.from_dict(config))

    # ------------------------------------------------------------------ loading
    @property
    def loaded(self) -> bool:
        return self.model is not None

    def plan(self) -> LoadPlan:
        """Where and how the model will load (device, dtype, size), without reading weights.

        Computed once (the CPU-fallback warning is logged once); raises
        :class:`ModelError` / :class:`ConfigError` with the reason (see :mod:`vlm_plan`).
        """
        if self._plan is None:
            self._plan = plan_load(self.config)
        return self._plan

    def load(self) -> None:
        """Load model and processor (idempotent). Raises :class:`ModelError` with the reason."""
        if self.loaded:
            return
        import torch
        from transformers import AutoModelForImageTextToText

        c = self.config
        t0 = time.perf_counter()
        plan = self.plan()
        self.device, self.dtype = plan.device, plan.dtype
        common: dict[str, Any] = dict(hub_kwargs(plan.local_files_only, c.revision),
                                      trust_remote_code=c.trust_remote_code)
        kwargs: dict[str, Any] = dict(common, use_safetensors=True, dtype=getattr(torch, plan.dtype),
                                      **offline_adapter(plan.local_files_only))
        if plan.quantized:
            kwargs.update(self._four_bit_kwargs(plan))
        else:  # tensors go from the (memory-mapped) file straight to the device: no second full copy
            kwargs["device_map"] = {"": plan.device}
        try:
            model = AutoModelForImageTextToText.from_pretrained(plan.source, **kwargs)
        except Exception as exc:  # noqa: BLE001 - any loading failure (bad files, unknown arch) is a ModelError
            raise ModelError(f"cannot load VLM {c.model!r}: {first_line(exc)}") from None
        self.model_type = str(getattr(model.config, "model_type", ""))
        self.processor = self._load_processor(plan.source, common)
        model.eval()
        self.model = model
        tok = self.processor.tokenizer
        tok.padding_side = "left"  # batched generation continues every row from its last token
        if tok.pad_token is None:
            tok.pad_token = tok.eos_token
        self.image_token_id = image_token_id(self.processor, model.config)
        log.info(
            "loaded VLM %s in %.1f s: %s; %s",
            c.model,
            time.perf_counter() - t0,
            plan.summary(),
            image_size_summary(self.processor, self.model_type),
        )

    def _four_bit_kwargs(self, plan: LoadPlan) -> dict:
        import torch
        from transformers import BitsAndBytesConfig

        quant = BitsAndBytesConfig(
            load_in_4bit=True,
            bnb_4bit_quant_type="nf4",
            bnb_4bit_compute_dtype=getattr(torch, plan.dtype),
            bnb_4bit_use_double_quant=True,
        )
        device_index = int(plan.device.split(":")[1]) if ":" in plan.device else 0
        return {"quantization_config": quant, "device_map": {"": device_index}}

    def _load_processor(self, source: str, common: dict):
        """The processor, with the config's image-size caps applied over the checkpoint's files."""
        from transformers import AutoProcessor

        from spatialvlm_ros.models.processors import IMAGE_ONLY_PROCESSORS

        other, caps = split_image_caps(self.config.processor_kwargs)  # copies: the config is not touched
        kw = dict(common, **other)
        try:
            processor = AutoProcessor.from_pretrained(source, **kw)
        except (OSError, ImportError, ValueError) as exc:
            fallback = IMAGE_ONLY_PROCESSORS.get(self.model_type)
            if fallback is None:
                raise ModelError(
                    f"cannot load the processor of {self.config.model!r}: {first_line(exc)}"
                ) from None
            # Qwen-VL processors need torchvision for their video half; images do not.
            log.info(
                "AutoProcessor failed (%s); using the image-only %s", first_line(exc), fallback.__name__
            )
            try:
                processor = fallback.from_pretrained(source, **kw)
            except (OSError, ImportError, ValueError) as exc2:
                raise ModelError(
                    f"cannot load the processor of {self.config.model!r}: {first_line(exc2)}"
                ) from None
        apply_image_caps(processor, self.model_type, caps)
        if not getattr(processor, "chat_template", None):
            template = FALLBACK_CHAT_TEMPLATES.get(self.model_type)
            if template is None:
                raise ModelError(
                    f"VLM {self.config.model!r} has no chat template (chat_template.json) and none is "
                    f"known for {self.model_type!r} checkpoints"
                )
            log.warning(
                "VLM %s has no chat template: using the %s prompt format", self.config.model, self.model_type
            )
            processor.chat_template = template
        return processor

    def unload(self) -> None:
        """Drop the model and free accelerator memory."""
        self.model = None
        self.processor = None
        self._plan = None  # re-planned on the next load (free memory may have changed)
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
        prompt_len = int(inputs["input_ids"].shape[1])
        limit = max_new_tokens or self.config.max_new_tokens
        probs = _ChosenTokenProbs()
        processors = [probs, *self.logits_processors]
        extra: dict[str, Any] = {}
        budget = None
        if self.config.prompt_style.name == "think":
            # keep the last answer_tokens for the answer; stop once it is closed
            budget = AnswerBudget(tok, prompt_len, limit - min(self.config.answer_tokens, limit // 2))
            processors.append(budget)
            extra = {"stop_strings": [ANSWER_CLOSE], "tokenizer": tok}
        try:
            with torch.inference_mode():
                sequences = self.model.generate(
                    **inputs,
                    max_new_tokens=limit,
                    do_sample=False,
                    num_beams=1,
                    pad_token_id=tok.pad_token_id,
                    logits_processor=LogitsProcessorList(processors),
                    **extra,
                )
        except torch.cuda.OutOfMemoryError:
            raise
        except (RuntimeError, ValueError, IndexError) as exc:
            raise ModelError(f"VLM generation failed: {first_line(exc)}") from None
        latency = time.perf_counter() - t0
        new = sequences[:, prompt_len:]
        logprobs = probs.finish(sequences)  # (rows, new tokens): log-probability of each chosen token
        n_image = (
            (inputs["input_ids"] == self.image_token_id).sum(dim=1).tolist()
            if self.image_token_id is not None
            else [0] * new.shape[0]
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
            prob = float(torch.exp(logprobs[row, :n].mean())) if logprobs is not None and n > 0 else 0.0
            text = tok.decode(ids[:n], skip_special_tokens=True).strip()
            gens.append(
                Generation(
                    text=text,
                    prompt_tokens=prompt_len,
                    new_tokens=n,
                    mean_token_prob=prob,
                    latency_s=latency,
                    batch_size=len(texts),
                    image_tokens=int(n_image[row]),
                    answer_forced=budget is not None and row in budget.forced_rows,
                )
            )
        return gens


class _ChosenTokenProbs:
    """Logits processor recording the model's log-probability of each token it then chose.

    Keeps one step of log-probabilities at a time (not the logits of every step:
    512 steps x a 152k vocabulary would be 300 MB per row).
    """

    def __init__(self) -> None:
        self._last = None
        self._chosen: list = []

    def __call__(self, input_ids, scores):
        import torch

        if self._last is not None:
            self._chosen.append(self._last.gather(1, input_ids[:, -1:]).squeeze(1))
        self._last = torch.log_softmax(scores.float(), dim=-1)
        return scores

    def finish(self, sequences):
        import torch

        if self._last is not None:
            self._chosen.append(self._last.gather(1, sequences[:, -1:]).squeeze(1))
            self._last = None
        return torch.stack(self._chosen, dim=1) if self._chosen else None


def _as_list(x: Any) -> list:
    if x is None:
        return []
    return list(x) if isinstance(x, (list, tuple)) else [x]
