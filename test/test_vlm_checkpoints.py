"""The VLM backend against checkpoints laid out like the public ones (Qwen2-VL, Qwen2.5-VL with
flat min/max pixels, llava-hf LLaVA-1.5 with CLIPImageProcessor, and one without a chat
template), loaded through the real from_pretrained code: image-size caps and image-token counts,
device/dtype planning, the one-line loading errors, and bounded reasoning answers."""

from __future__ import annotations

import copy
import json
import logging
import shutil

import numpy as np
import pytest
import torch
from helpers_models import ANSWER, rgb_frame

from spatialvlm_ros.core.query import SpatialQuery
from spatialvlm_ros.errors import ConfigError, ModelError
from spatialvlm_ros.estimators.vlm import VLMEstimator
from spatialvlm_ros.models import vlm_plan
from spatialvlm_ros.models.model_config import load_model_config
from spatialvlm_ros.models.processors import split_image_caps
from spatialvlm_ros.models.vlm import VLMBackend, VLMConfig
from spatialvlm_ros.resources import config_dir
from spatialvlm_ros.testing import tiny_models as tiny
from spatialvlm_ros.testing.hub_layouts import to_public_layout

#: The public Qwen2-VL / Qwen2.5-VL preprocessor_config.json bounds.
PUBLIC_MIN, PUBLIC_MAX = 3136, 12845056
FRAME = np.random.default_rng(1).integers(0, 256, (480, 640, 3), dtype=np.uint8)  # a 640x480 camera frame
# smart_resize of 480x640 with factor 28 (hand computed): within 12845056 pixels it is 476x644,
# 17 x 23 = 391 merged tokens; within 200704 (config/models/jetson_4bit.yaml) it is 364x504, 13 x 18 = 234;
# within 3136 it is 28x56, 1 x 2 = 2.
TOKENS_PUBLIC, TOKENS_JETSON, TOKENS_3136 = 391, 234, 2
THINK_THEN_MORE = "<think>Close</think> <answer>2-3 feet</answer> I cannot tell"
LONG_THINK = "<think>The gripper is near a red cup</think> <answer>2-3 feet</answer>"
DIST = SpatialQuery("distance", ("red cup", "gripper"), question="How far is the red cup from the gripper?")


@pytest.fixture(scope="module")
def public(tmp_path_factory):
    root = tmp_path_factory.mktemp("public_layouts")
    out = {
        "qwen2_5_vl": to_public_layout(
            tiny.build_tiny_qwen2_5_vl(root / "qwen25", scripted_answer=ANSWER), "qwen2_5_vl",
            min_pixels=PUBLIC_MIN, max_pixels=PUBLIC_MAX,
        ),
        "qwen2_vl": to_public_layout(
            tiny.build_tiny_qwen2_vl(root / "qwen2", scripted_answer=ANSWER), "qwen2_vl",
            min_pixels=PUBLIC_MIN, max_pixels=PUBLIC_MAX,
        ),
        "llava": to_public_layout(tiny.build_tiny_llava(root / "llava", scripted_answer=ANSWER), "llava"),
        "llava_no_template": to_public_layout(
            tiny.build_tiny_llava(root / "llava_nt", scripted_answer=ANSWER), "llava", chat_template=False
        ),
        "thinker": tiny.build_tiny_qwen2_5_vl(root / "thinker", scripted_answer=THINK_THEN_MORE),
        "long_thinker": tiny.build_tiny_qwen2_5_vl(root / "long_thinker", scripted_answer=LONG_THINK),
    }
    return out


def _backend(folder, **cfg):
    return VLMBackend.from_config({"model": str(folder), "local_files_only": True, "max_new_tokens": 8, **cfg})


# ------------------------------------------------------------------------ the public layouts


def test_the_layouts_are_those_of_the_public_checkpoints(public):
    q = public["qwen2_5_vl"]
    pre = json.loads((q / "preprocessor_config.json").read_text())
    assert (pre["min_pixels"], pre["max_pixels"]) == (PUBLIC_MIN, PUBLIC_MAX) and "size" not in pre
    assert pre["image_processor_type"] == "Qwen2VLImageProcessor"
    assert pre["processor_class"] == "Qwen2_5_VLProcessor"
    assert not (q / "processor_config.json").exists() and (q / "chat_template.json").is_file()
    assert json.loads((public["qwen2_vl"] / "preprocessor_config.json").read_text())["processor_class"] == (
        "Qwen2VLProcessor"
    )
    lv = json.loads((public["llava"] / "preprocessor_config.json").read_text())
    assert lv["image_processor_type"] == "CLIPImageProcessor" and lv["crop_size"] == {"height": 32, "width": 32}
    assert json.loads((public["llava"] / "processor_config.json").read_text())["num_additional_image_tokens"] == 1
    nt = public["llava_no_template"]
    assert not (nt / "chat_template.json").exists() and not (nt / "chat_template.jinja").exists()
    assert "chat_template" not in json.loads((nt / "tokenizer_config.json").read_text())


@pytest.mark.parametrize("family", ["qwen2_5_vl", "qwen2_vl"])
def test_qwen_caps_hold_over_the_flat_file_values(public, family):
    default = _backend(public[family])
    (g,) = default.generate([FRAME], ["How far?"])
    assert g.image_tokens == TOKENS_PUBLIC and g.text == ANSWER  # the file's own bounds
    jetson = load_model_config("models/jetson_4bit.yaml")["vlm"]["processor_kwargs"]
    for caps in (jetson, {"size": {"shortest_edge": 3136, "longest_edge": 200704}}):  # both spellings
        (g,) = _backend(public[family], processor_kwargs=caps).generate([FRAME], ["How far?"])
        assert g.image_tokens == TOKENS_JETSON and g.text == ANSWER
    (g,) = _backend(public[family], processor_kwargs={"max_pixels": 3136}).generate([FRAME], ["How far?"])
    assert g.image_tokens == TOKENS_3136
    assert g.prompt_tokens - g.image_tokens == default.generate([FRAME], ["How far?"])[0].prompt_tokens - TOKENS_PUBLIC


def test_caps_never_mutate_the_shared_config(public):
    caps = {"size": {"shortest_edge": 3136, "longest_edge": 200704}, "use_fast": False}
    data = {"model": str(public["qwen2_5_vl"]), "local_files_only": True, "processor_kwargs": caps}
    before = copy.deepcopy(data)
    b = VLMBackend.from_config(data)
    b.load()
    assert data == before and b.config.processor_kwargs == before["processor_kwargs"]
    rest, parsed = split_image_caps(caps)
    assert rest == {"use_fast": False} and (parsed.min_pixels, parsed.max_pixels) == (3136, 200704)
    assert caps == before["processor_kwargs"]


def test_image_tokens_are_reported_in_the_estimate(public):
    cfg = dict(load_model_config("models/jetson_4bit.yaml")["vlm"], model=str(public["qwen2_5_vl"]),
               load_in_4bit=False, dtype="auto", device="cpu")
    est = VLMEstimator(cfg)
    frame = rgb_frame(480, 640)
    e = est.estimate(frame, DIST)
    assert e.valid and e.value_m == pytest.approx(0.35)
    assert e.details["image_tokens"] == TOKENS_JETSON and e.details["prompt_tokens"] > TOKENS_JETSON


def test_llava_public_layout_has_its_fixed_image_size(public):
    b = _backend(public["llava"])
    b.load()
    assert type(b.processor.image_processor).__name__.startswith("CLIPImageProcessor")
    gens = b.generate([FRAME, tiny.random_rgb(48, 64)], ["How far?", "How far?"])
    # 32x32 crop, 8x8 patches, CLS dropped: 16 tokens whatever the input size
    assert [g.image_tokens for g in gens] == [16, 16] and [g.text for g in gens] == [ANSWER] * 2
    with pytest.raises(ConfigError, match="do not apply to llava"):
        _backend(public["llava"], processor_kwargs={"max_pixels": 200704}).load()


def test_llava_without_a_chat_template_uses_the_llava_1_5_format(public, caplog):
    b = _backend(public["llava_no_template"])
    with caplog.at_level(logging.WARNING):
        b.load()
    assert any("no chat template" in r.getMessage() for r in caplog.records)
    assert b.prompt_text("How far?") == "USER: <image>\nHow far? ASSISTANT:"
    e = VLMEstimator(b).estimate(rgb_frame(), DIST)
    assert e.valid and e.value_m == pytest.approx(0.35) and e.details["image_tokens"] == 16


# -------------------------------------------------------------------------- device and dtype


def test_device_auto_falls_back_to_cpu_with_one_warning(public, caplog):
    b = _backend(public["qwen2_5_vl"])
    with caplog.at_level(logging.WARNING):
        plan = b.plan()
        b.load()
        b.generate([tiny.random_rgb()], ["How far?"])
    warnings = [r for r in caplog.records if "CUDA is not available" in r.getMessage()]
    if torch.cuda.is_available():  # pragma: no cover - this machine has no GPU
        assert plan.device == "cuda" and plan.dtype == "bfloat16" and not warnings
    else:
        assert plan.device == "cpu" and len(warnings) == 1 and b.device == "cpu"
        assert plan.dtype == "float32" and next(b.model.parameters()).dtype == torch.float32  # tiny: fp32
    assert f"device {plan.device}, dtype {plan.dtype}" in plan.summary()
    assert plan.parameters == sum(p.numel() for p in b.model.parameters())


def test_cpu_dtype_is_bfloat16_above_the_size_threshold(public, monkeypatch):
    assert vlm_plan.choose_dtype("auto", "cpu", 3_755_000_000)[0] == "bfloat16"
    assert vlm_plan.choose_dtype("auto", "cpu", 300_000_000)[0] == "float32"
    assert vlm_plan.choose_dtype("float32", "cpu", 3_755_000_000)[0] == "float32"  # asked for: given
    assert vlm_plan.choose_dtype("auto", "cuda", 1000)[0] == "bfloat16"
    monkeypatch.setattr(vlm_plan, "CPU_BF16_ABOVE_PARAMS", 1000)  # the tiny model counts as "large"
    b = _backend(public["qwen2_5_vl"], device="cpu")
    b.load()
    assert b.dtype == "bfloat16" and next(b.model.parameters()).dtype == torch.bfloat16
    assert b.generate([tiny.random_rgb()], ["How far?"])[0].text == ANSWER
    asked = _backend(public["qwen2_5_vl"], device="cpu", dtype="float32")
    asked.load()
    assert next(asked.model.parameters()).dtype == torch.float32


def test_too_little_memory_for_the_dtype_is_one_line(public, tmp_path):
    big = shutil.copytree(public["llava"], tmp_path / "llava_400b")
    cfg = json.loads((big / "config.json").read_text())
    cfg["text_config"].update(hidden_size=16384, intermediate_size=53248, num_hidden_layers=126,
                              num_attention_heads=128, num_key_value_heads=8)
    (big / "config.json").write_text(json.dumps(cfg))
    with pytest.raises(ModelError) as err:
        _backend(big, device="cpu", dtype="float32").load()
    msg = str(err.value)
    assert "B parameters in float32 but only" in msg and "GB of memory is free" in msg and "\n" not in msg


def test_four_bit_requirements_are_named_together_before_anything_else(tmp_path):
    if torch.cuda.is_available():  # pragma: no cover - this machine has no GPU
        pytest.skip("checks the CPU-only message")
    missing_folder = str(tmp_path / "not_there")
    with pytest.raises(ModelError) as err:
        VLMBackend.from_config({"model": missing_folder, "load_in_4bit": True}).load()
    msg = str(err.value)
    assert msg.startswith("load_in_4bit needs a CUDA GPU and the bitsandbytes package")
    assert "CUDA is not available here" in msg
    if importlib_has("bitsandbytes"):  # pragma: no cover - not installed here
        assert "bitsandbytes is not installed" not in msg
    else:
        assert "CUDA is not available here and bitsandbytes is not installed" in msg
    with pytest.raises(ConfigError, match="not device: cpu"):
        VLMConfig.from_dict({"model": "x", "load_in_4bit": True, "device": "cpu"})


def importlib_has(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


# ---------------------------------------------------------------------------- bad checkpoints


def test_unreachable_hub_fails_at_once_without_retries(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("HF_ENDPOINT", "https://hub.invalid")  # .invalid never resolves (RFC 2606)
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path))
    b = VLMBackend.from_config({"model": "remyxai/SpaceQwen2.5-VL-3B-Instruct"})
    with caplog.at_level(logging.DEBUG), pytest.raises(ModelError) as err:
        b.load()
    msg = str(err.value)
    assert "'remyxai/SpaceQwen2.5-VL-3B-Instruct'" in msg and "hub is unreachable" in msg
    assert "cannot resolve hub.invalid" in msg
    assert not [r for r in caplog.records if "Retry" in r.getMessage()]


def test_a_checkpoint_of_the_wrong_family_is_named(public, tmp_path):
    text_only = shutil.copytree(public["llava"], tmp_path / "llama")
    cfg = json.loads((text_only / "config.json").read_text())["text_config"]
    cfg.update(model_type="llama", architectures=["LlamaForCausalLM"])
    (text_only / "config.json").write_text(json.dumps(cfg))
    with pytest.raises(ModelError, match="is a 'llama' checkpoint .*not an image-text-to-text model"):
        _backend(text_only).load()


def test_prepare_reports_device_and_dtype_without_loading(public):
    est = VLMEstimator({"model": str(public["qwen2_5_vl"]), "local_files_only": True})
    line = est.prepare()
    assert "qwen2_5_vl" in line and "device " in line and "dtype " in line and "B parameters" in line
    assert not est.backend.loaded


def test_every_shipped_model_config_starts_here(public):
    """Every config/models/*.yaml plans on this machine with its model pointed at a local checkpoint
    of its family: device auto everywhere; the 4-bit one names what it lacks."""
    for f in sorted((config_dir() / "models").glob("*.yaml")):
        vlm = dict(load_model_config(str(f))["vlm"])
        assert vlm.get("device", "auto") == "auto", f"{f.name} hard-codes device {vlm['device']}"
        family = "llava" if "llava" in f.name else "qwen2_5_vl"
        vlm.update(model=str(public[family]), local_files_only=True)
        est = VLMEstimator(vlm)
        if vlm.get("load_in_4bit") and not (torch.cuda.is_available() and importlib_has("bitsandbytes")):
            with pytest.raises(ModelError, match="load_in_4bit needs a CUDA GPU"):
                est.prepare()
            continue
        line = est.prepare()
        assert ("device cuda" if torch.cuda.is_available() else "device cpu") in line, f.name


# ------------------------------------------------------------------------------- reasoning


def test_reasoning_stops_at_the_closing_answer_tag(public):
    think = _backend(public["thinker"], prompt={"name": "think"}, max_new_tokens=40)
    plain = _backend(public["thinker"], max_new_tokens=40)
    (g,) = think.generate([tiny.random_rgb()], ["How far?"])
    (p,) = plain.generate([tiny.random_rgb()], ["How far?"])
    assert g.text == "<think>Close</think> <answer>2-3 feet</answer>" and not g.answer_forced
    assert p.text == THINK_THEN_MORE and p.new_tokens > g.new_tokens  # plain style runs on to EOS


def test_reasoning_past_its_budget_is_made_to_answer(public):
    est = VLMEstimator({"model": str(public["long_thinker"]), "prompt": {"name": "think"},
                        "max_new_tokens": 16, "answer_tokens": 8})
    e1, e2 = est.estimate_many(rgb_frame(), [DIST, DIST])
    for e in (e1, e2):
        assert e.valid and e.answer == "2-3 feet" and e.value_m == pytest.approx(2.5 * 0.3048)
        assert e.details["answer_forced"] and e.details["new_tokens"] <= 16
        assert e.raw_text.startswith("<think>The gripper is") and "near a red cup" not in e.raw_text
        assert e.raw_text.endswith("</think>\n<answer>2-3 feet</answer>")
    roomy = VLMEstimator({"model": str(public["long_thinker"]), "prompt": {"name": "think"}, "max_new_tokens": 40})
    e = roomy.estimate(rgb_frame(), DIST)
    assert e.raw_text == LONG_THINK and "answer_forced" not in e.details
