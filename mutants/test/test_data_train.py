"""LoRA fine-tuning on a real tiny Qwen2.5-VL: assistant-only labels, loss goes down, resume, adapter reload."""

from __future__ import annotations

import json

import numpy as np
import pytest
from helpers_data import make_sample

from spatialvlm_ros.data import train as T
from spatialvlm_ros.errors import InputError


@pytest.fixture(scope="module")
def tiny_qwen(tmp_path_factory):
    from spatialvlm_ros.testing.tiny_models import build_tiny_qwen2_5_vl

    return build_tiny_qwen2_5_vl(tmp_path_factory.mktemp("qwen") / "model")


@pytest.fixture(scope="module")
def samples():
    rng = np.random.default_rng(0)
    return [make_sample(i, rng, size=(56, 56))[0] for i in range(4)]


def test_labels_cover_exactly_the_assistant_turns(tiny_qwen, samples):
    _, processor = T.load_model_and_processor(tiny_qwen)
    batch = T.ChatCollator(processor)(samples[:2])
    ids, labels = batch["input_ids"], batch["labels"]
    assert ids.shape == labels.shape
    for r, s in enumerate(samples[:2]):
        kept = ids[r][labels[r] != -100]
        text = processor.tokenizer.decode(kept)
        expected = "".join(q.answer + "<|im_end|>\n" for q in s.qa)
        assert text == expected
        # every image token and every user token is masked
        image_id = processor.tokenizer.convert_tokens_to_ids("<|image_pad|>")
        assert (labels[r][ids[r] == image_id] == -100).all()
    # padding (right side) is masked too
    pad = batch["attention_mask"] == 0
    assert (labels[pad] == -100).all()


def test_split_turns_gives_single_question_conversations(samples):
    parts = T.split_sample(samples[0])
    assert len(parts) == 3
    for p, q in zip(parts, samples[0].qa):
        assert p.messages[0]["content"][0] == {"type": "image"}
        assert p.messages[0]["content"][1]["text"] == q.question
        assert p.messages[1]["content"][0]["text"] == q.answer and p.qa == [q]


def test_training_lowers_the_loss_and_resumes(tiny_qwen, samples, tmp_path):
    cfg = T.TrainConfig(max_steps=4, batch_size=2, learning_rate=1e-2, warmup_ratio=0.0, lr_scheduler="constant",
                        logging_steps=1, save_steps=2, lora={"r": 8, "alpha": 16, "dropout": 0.0})
    model, processor = T.load_model_and_processor(tiny_qwen)
    batch = T.ChatCollator(processor)(samples[:2])
    before = T.batch_loss(model, batch)
    out = tmp_path / "run"
    r = T.train(samples, out, tiny_qwen, cfg, progress=False)
    assert r.steps == 4
    # the same batch, through the saved merged model and through base + saved adapter
    merged, _ = T.load_model_and_processor(out / "merged")
    after = T.batch_loss(merged, batch)
    assert after < before - 0.2, (before, after)
    from peft import PeftModel

    base, _ = T.load_model_and_processor(tiny_qwen)
    with_adapter = PeftModel.from_pretrained(base, out / "adapter")
    assert T.batch_loss(with_adapter, batch) == pytest.approx(after, abs=1e-3)
    summary = json.loads((out / "train_summary.json").read_text())
    assert summary["steps"] == 4 and summary["trainable_parameters"] < summary["parameters"]
    # a rerun without --resume refuses to overwrite; with resume it continues from checkpoint-4
    with pytest.raises(InputError, match="--resume"):
        T.train(samples, out, tiny_qwen, cfg, progress=False)
    # (another learning rate: a rerun from scratch would log other losses for steps 2-4)
    cfg6 = T.TrainConfig(**{**cfg.__dict__, "max_steps": 6, "learning_rate": 1e-3})
    r2 = T.train(samples, out, tiny_qwen, cfg6, resume=True, progress=False)
    assert r2.steps == 6
    assert (out / "checkpoints" / "checkpoint-6").is_dir()
    # steps 1-4 come from the checkpoint's state (identical losses), 5-6 are new
    assert [h["step"] for h in r2.log_history] == [1, 2, 3, 4, 5, 6]
    assert [h["loss"] for h in r2.log_history[:4]] == [h["loss"] for h in r.log_history]


def test_llava_labels_cover_exactly_the_assistant_turns(samples, tmp_path):
    from spatialvlm_ros.testing.tiny_models import build_tiny_llava

    _, processor = T.load_model_and_processor(build_tiny_llava(tmp_path / "llava"))
    batch = T.ChatCollator(processor)(samples[:2])
    for r, s in enumerate(samples[:2]):
        kept = batch["input_ids"][r][batch["labels"][r] != -100]
        assert processor.tokenizer.decode(kept) == "".join(" " + q.answer + "</s>" for q in s.qa)


@pytest.mark.gpu
def test_training_on_cuda_in_bfloat16(tiny_qwen, samples, tmp_path):
    cfg = T.TrainConfig(max_steps=3, batch_size=2, learning_rate=1e-2, logging_steps=1, save_steps=100,
                        dtype="bfloat16", device="cuda", lora={"r": 8, "alpha": 16, "dropout": 0.0})
    r = T.train(samples, tmp_path / "run", tiny_qwen, cfg, progress=False)
    assert r.steps == 3 and r.loss_last is not None and np.isfinite(r.loss_last)
