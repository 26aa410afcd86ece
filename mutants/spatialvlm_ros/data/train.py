"""LoRA supervised fine-tuning of a VLM (Qwen2.5-VL, Qwen2-VL, LLaVA) on a spatial VQA dataset.

The dataset is what :mod:`spatialvlm_ros.data.pipeline` writes (``images`` +
chat ``messages``). Each sample is rendered with the model's own chat template
(the layout of ``models.prompting.chat_messages``, so training and inference
prompts match); the loss is on the **assistant tokens only** (their text and the
end-of-turn token) - every user/system/image token has label -100.

Training uses the transformers ``Trainer`` with a peft LoRA adapter on the
language model's projections (``lora.target_modules``), checkpoints every
``save_steps`` under ``OUT/checkpoints`` and resumes from the latest one with
``resume=True``. Outputs:

- ``OUT/adapter``: the LoRA adapter (``adapter_config.json``,
  ``adapter_model.safetensors``) + the processor - load with
  ``peft.PeftModel.from_pretrained(base, OUT/adapter)``;
- ``OUT/merged`` (``merge: true``): the base with the adapter merged in + the
  processor - a plain checkpoint any ``from_pretrained`` (and the models
  engineer's VLM backend) loads;
- ``OUT/train_summary.json``: configuration, steps, loss history.
"""

from __future__ import annotations

import json
import logging
import math
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from spatialvlm_ros.data.dataset import SpatialSample, decode_png, read_dataset
from spatialvlm_ros.errors import ConfigError, InputError, ModelError
from spatialvlm_ros.resources import load_config

log = logging.getLogger(__name__)

#: LoRA targets: the language model's attention and MLP projections (vision tower frozen).
DEFAULT_TARGETS = r".*language_model.*\.(q_proj|k_proj|v_proj|o_proj|gate_proj|up_proj|down_proj)"


@dataclass
class TrainConfig:
    """Fine-tuning settings (``config/train.yaml``; every key documented there)."""

    epochs: float = 3.0
    max_steps: int = -1
    learning_rate: float = 2e-4
    weight_decay: float = 0.0
    warmup_ratio: float = 0.03
    lr_scheduler: str = "cosine"
    batch_size: int = 4
    grad_accum: int = 1
    seed: int = 0
    logging_steps: int = 10
    save_steps: int = 200
    save_total_limit: int = 2
    use_lora: bool = True
    lora: dict = field(default_factory=lambda: {
        "r": 16, "alpha": 32, "dropout": 0.05, "target_modules": DEFAULT_TARGETS, "modules_to_save": []})
    train_vision: bool = False
    merge: bool = True
    system_prompt: str | None = None
    max_turns: int = 0
    split_turns: bool = False
    dtype: str = "float32"
    device: str = "auto"
    num_threads: int = 0

    @classmethod
    def from_yaml(cls, path: str | os.PathLike[str] | None = None, **overrides: Any) -> TrainConfig:
        data = load_config(path or "train.yaml")
        data.update({k: v for k, v in overrides.items() if v is not None})
        unknown = sorted(set(data) - set(cls.__dataclass_fields__))
        if unknown:
            raise ConfigError(f"train config: unknown key(s) {', '.join(unknown)}")
        if isinstance(data.get("lora"), dict):
            data["lora"] = {**cls().lora, **data["lora"]}
        cfg = cls(**data)
        if cfg.batch_size < 1 or cfg.grad_accum < 1:
            raise ConfigError("train config: batch_size and grad_accum must be >= 1")
        if cfg.dtype not in ("float32", "bfloat16", "float16"):
            raise ConfigError(f"train config: dtype {cfg.dtype!r} must be float32, bfloat16 or float16")
        return cfg


# -- model loading ---------------------------------------------------------------------
def load_model_and_processor(path: str | os.PathLike[str], dtype: str = "float32"):
    """``AutoModelForImageTextToText`` + its processor from a local checkpoint folder.

    Qwen-VL processors fall back to the image-only variants of
    ``models.processors`` where torchvision (their video path) is missing.
    """
    import torch
    from transformers import AutoConfig, AutoModelForImageTextToText, AutoProcessor

    p = Path(path)
    if not (p / "config.json").is_file():
        raise ModelError(f"model folder {p} has no config.json")
    try:
        processor = AutoProcessor.from_pretrained(p)
    except (ImportError, ValueError, OSError, TypeError):
        from spatialvlm_ros.models.processors import IMAGE_ONLY_PROCESSORS

        mtype = AutoConfig.from_pretrained(p).model_type
        if mtype not in IMAGE_ONLY_PROCESSORS:
            raise ModelError(f"cannot load the processor of {p} (model type {mtype})") from None
        processor = IMAGE_ONLY_PROCESSORS[mtype].from_pretrained(p)
    try:
        model = AutoModelForImageTextToText.from_pretrained(p, dtype=getattr(torch, dtype))
    except Exception as exc:  # noqa: BLE001 - any loader failure is a model error
        raise ModelError(f"cannot load model {p}: {type(exc).__name__}: {exc}") from None
    return model, processor


# -- examples: chat rendering and assistant-only labels ----------------------------------
def sample_messages(sample: SpatialSample, system: str | None = None, max_turns: int = 0) -> list[dict]:
    """The sample's chat turns (optionally a system turn first, at most ``max_turns`` QA turns)."""
    msgs = [m for m in sample.messages]
    if max_turns > 0:
        msgs = msgs[: 2 * max_turns]
    if system:
        msgs = [{"role": "system", "content": [{"type": "text", "text": system}]}] + msgs
    return msgs


def assistant_spans(processor, messages: list[dict]) -> tuple[str, list[tuple[int, int]]]:
    """The rendered conversation and the token spans of its assistant turns.

    Spans are in *text-tokenizer* ids (the image placeholder unexpanded):
    ``[len(tokens(prefix + generation prompt)), len(tokens(prefix + answer turn)))``
    for each assistant turn - its text and end-of-turn token(s).
    """
    tok = processor.tokenizer
    full = processor.apply_chat_template(messages, tokenize=False)
    full_ids = tok(full, add_special_tokens=False)["input_ids"]
    spans = []
    for i, m in enumerate(messages):
        if m["role"] != "assistant":
            continue
        head = processor.apply_chat_template(messages[:i], tokenize=False, add_generation_prompt=True)
        upto = processor.apply_chat_template(messages[: i + 1], tokenize=False)
        a = tok(head, add_special_tokens=False)["input_ids"]
        b = tok(upto, add_special_tokens=False)["input_ids"]
        if full_ids[: len(b)] != b or b[: len(a)] != a:
            raise ModelError("the chat template does not render conversations prefix-stably; "
                             "cannot find the assistant tokens")
        spans.append((len(a), len(b)))
    return full, spans


class ChatCollator:
    """Batches samples into model inputs with assistant-only ``labels``.

    Images sit in the first user turn, so the processor's expansion of the
    image placeholder shifts every assistant span by the same number of tokens
    (measured per sample as processor length - tokenizer length).
    """

    def __init__(self, processor, system: str | None = None, max_turns: int = 0) -> None:
        self.processor = processor
        self.system = system
        self.max_turns = max_turns
        processor.tokenizer.padding_side = "right"

    def encode(self, samples: list[SpatialSample]) -> dict:
        import torch
        from PIL import Image

        texts, images, spans, tok_lens = [], [], [], []
        for s in samples:
            text, sp = assistant_spans(self.processor, sample_messages(s, self.system, self.max_turns))
            texts.append(text)
            spans.append(sp)
            tok_lens.append(len(self.processor.tokenizer(text, add_special_tokens=False)["input_ids"]))
            images.append(Image.fromarray(decode_png(s.images[0], mode="RGB")))
        batch = self.processor(text=texts, images=images, padding=True, return_tensors="pt")
        ids = batch["input_ids"]
        labels = torch.full_like(ids, -100)
        mask = batch["attention_mask"]
        for r, sp in enumerate(spans):
            length = int(mask[r].sum())
            shift = length - tok_lens[r]
            for a, b in sp:
                labels[r, a + shift: b + shift] = ids[r, a + shift: b + shift]
        batch["labels"] = labels
        return dict(batch)

    def __call__(self, samples: list[SpatialSample]) -> dict:
        return self.encode(samples)


class SampleDataset:
    """A map-style dataset of :class:`SpatialSample` for the Trainer.

    ``split_turns``: every QA turn becomes its own one-question conversation
    (image + question -> answer), the layout the VLM estimator prompts with.
    """

    def __init__(self, samples: list[SpatialSample], split_turns: bool = False) -> None:
        self.samples = [t for s in samples for t in split_sample(s)] if split_turns else samples

    def __len__(self) -> int:
        return len(self.samples)

    def __getitem__(self, i: int) -> SpatialSample:
        return self.samples[i]


def split_sample(sample: SpatialSample) -> list[SpatialSample]:
    """One single-turn sample per QA turn (the image placeholder in each user turn)."""
    from dataclasses import replace

    out = []
    msgs = sample.messages
    for k in range(0, len(msgs) - 1, 2):
        user, assistant = msgs[k], msgs[k + 1]
        text = [c for c in user["content"] if c.get("type") != "image"]
        turn = [{"role": "user", "content": [{"type": "image"}] + text}, assistant]
        out.append(replace(sample, id=f"{sample.id}-{k // 2}", messages=turn, qa=sample.qa[k // 2: k // 2 + 1]))
    return out


def apply_lora(model, cfg: TrainConfig):
    """Wrap ``model`` in a peft LoRA adapter (the base frozen)."""
    from peft import LoraConfig, get_peft_model

    lcfg = cfg.lora
    targets = lcfg.get("target_modules") or DEFAULT_TARGETS
    modules_to_save = list(lcfg.get("modules_to_save") or [])
    if cfg.train_vision:
        modules_to_save += [n for n in ("visual", "vision_tower", "multi_modal_projector")
                            if _has_child(model, n)]
    peft_cfg = LoraConfig(r=int(lcfg.get("r", 16)), lora_alpha=int(lcfg.get("alpha", 32)),
                          lora_dropout=float(lcfg.get("dropout", 0.05)), target_modules=targets,
                          modules_to_save=modules_to_save or None, bias="none")
    try:
        return get_peft_model(model, peft_cfg)
    except ValueError as exc:
        raise ConfigError(f"train config: LoRA target_modules {targets!r} match nothing: {exc}") from None


def _has_child(model, name: str) -> bool:
    return any(n.split(".")[-1] == name for n, _ in model.named_modules())


def batch_loss(model, batch: dict) -> float:
    """Mean assistant-token cross-entropy of one batch (no gradient)."""
    import torch

    was_training = model.training
    model.eval()
    dev = next(model.parameters()).device
    with torch.no_grad():
        out = model(**{k: v.to(dev) if hasattr(v, "to") else v for k, v in batch.items()})
    if was_training:
        model.train()
    return float(out.loss)


@dataclass
class TrainResult:
    out_dir: str
    steps: int
    train_samples: int
    loss_first: float | None
    loss_last: float | None
    adapter_dir: str | None
    merged_dir: str | None
    seconds: float
    log_history: list = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def train(
    dataset: str | os.PathLike[str] | list[SpatialSample],
    out_dir: str | os.PathLike[str],
    model_path: str | os.PathLike[str],
    config: TrainConfig | None = None,
    resume: bool = False,
    progress: bool = True,
) -> TrainResult:
    """Fine-tune ``model_path`` on ``dataset`` into ``out_dir`` (see the module docstring)."""
    import torch
    from transformers import Trainer, TrainingArguments

    cfg = config or TrainConfig.from_yaml()
    if cfg.num_threads > 0:  # CPU threads of torch (a shared machine is faster with fewer)
        torch.set_num_threads(int(cfg.num_threads))
    t0 = time.perf_counter()
    samples = dataset if isinstance(dataset, list) else read_dataset(dataset)
    if not samples:
        raise InputError(f"dataset {dataset} holds no sample")
    out = Path(out_dir)
    ckpt_dir = out / "checkpoints"
    if ckpt_dir.is_dir() and any(ckpt_dir.glob("checkpoint-*")) and not resume:
        raise InputError(f"{out} already holds checkpoints; pass --resume to continue or use a new directory")
    model, processor = load_model_and_processor(model_path, cfg.dtype)
    if cfg.use_lora:
        model = apply_lora(model, cfg)
    elif not cfg.train_vision:
        for n, p in model.named_parameters():
            if any(k in n for k in ("visual", "vision_tower")):
                p.requires_grad_(False)
    n_train = sum(p.numel() for p in model.parameters() if p.requires_grad)
    n_all = sum(p.numel() for p in model.parameters())
    log.info("training %d of %d parameters (%.2f%%)", n_train, n_all, 100.0 * n_train / max(n_all, 1))
    use_cpu = cfg.device == "cpu" or (cfg.device == "auto" and not torch.cuda.is_available())
    n_examples = len(SampleDataset(samples, cfg.split_turns))
    steps_per_epoch = math.ceil(n_examples / (cfg.batch_size * cfg.grad_accum))
    args = TrainingArguments(
        output_dir=str(ckpt_dir),
        per_device_train_batch_size=cfg.batch_size,
        gradient_accumulation_steps=cfg.grad_accum,
        num_train_epochs=cfg.epochs,
        max_steps=cfg.max_steps,
        learning_rate=cfg.learning_rate,
        weight_decay=cfg.weight_decay,
        warmup_steps=int(cfg.warmup_ratio * (cfg.max_steps if cfg.max_steps > 0 else steps_per_epoch * cfg.epochs)),
        lr_scheduler_type=cfg.lr_scheduler,
        logging_steps=cfg.logging_steps,
        save_strategy="steps",
        save_steps=cfg.save_steps,
        save_total_limit=cfg.save_total_limit,
        report_to=[],
        remove_unused_columns=False,
        dataloader_num_workers=0,
        use_cpu=use_cpu,
        seed=cfg.seed,
        disable_tqdm=not progress,
        bf16=cfg.dtype == "bfloat16" and not use_cpu,
        fp16=cfg.dtype == "float16" and not use_cpu,
    )
    collator = ChatCollator(processor, cfg.system_prompt, cfg.max_turns)
    trainer = Trainer(model=model, args=args, train_dataset=SampleDataset(samples, cfg.split_turns), data_collator=collator)
    resume_arg = bool(resume and ckpt_dir.is_dir() and any(ckpt_dir.glob("checkpoint-*")))
    state = trainer.train(resume_from_checkpoint=resume_arg or None)
    history = [h for h in trainer.state.log_history if "loss" in h]
    adapter_dir = merged_dir = None
    if cfg.use_lora:
        adapter_dir = out / "adapter"
        model.save_pretrained(adapter_dir)
        processor.save_pretrained(adapter_dir)
        if cfg.merge:
            merged_dir = out / "merged"
            merged = model.merge_and_unload()
            merged.save_pretrained(merged_dir)
            processor.save_pretrained(merged_dir)
    else:
        merged_dir = out / "merged"
        model.save_pretrained(merged_dir)
        processor.save_pretrained(merged_dir)
    _copy_processor_class(Path(model_path), [d for d in (adapter_dir, merged_dir) if d is not None])
    result = TrainResult(
        out_dir=str(out), steps=int(state.global_step), train_samples=len(samples),
        loss_first=history[0]["loss"] if history else None, loss_last=history[-1]["loss"] if history else None,
        adapter_dir=None if adapter_dir is None else str(adapter_dir),
        merged_dir=None if merged_dir is None else str(merged_dir),
        seconds=time.perf_counter() - t0, log_history=history,
    )
    (out / "train_summary.json").write_text(json.dumps(
        {**result.to_dict(), "config": asdict(cfg), "model": str(model_path),
         "trainable_parameters": n_train, "parameters": n_all}, indent=1, default=str))
    return result


def _copy_processor_class(src: Path, dests: list[Path]) -> None:
    """Keep the base checkpoint's ``processor_class`` (an image-only processor saves its own name)."""
    f = src / "processor_config.json"
    if not f.is_file():
        return
    try:
        cls = json.loads(f.read_text()).get("processor_class")
    except json.JSONDecodeError:
        return
    for d in dests:
        g = d / "processor_config.json"
        if cls and g.is_file():
            data = json.loads(g.read_text())
            data["processor_class"] = cls
            g.write_text(json.dumps(data, indent=2))


def seed_everything(seed: int) -> None:
    import random

    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
