"""The model layer on tiny random models loaded through from_pretrained: VLM backend (both
families by config), prompting, loading errors, OOM handling, grounding and monocular depth."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest
import torch
from helpers_models import ANSWER, NO_NUMBER, build_vlm_folders, rgb_frame

from spatialvlm_ros.core.camera import CameraIntrinsics
from spatialvlm_ros.errors import ConfigError, InputError, ModelError, UnknownObjectError
from spatialvlm_ros.models.prompting import THINK_SYSTEM_PROMPT, PromptStyle, chat_messages
from spatialvlm_ros.models.vlm import VLMBackend, VLMConfig
from spatialvlm_ros.testing import tiny_models as tiny


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    root = tmp_path_factory.mktemp("tiny_models")
    out = build_vlm_folders(root)
    out["qwen2"] = tiny.build_tiny_qwen2_vl(root / "qwen2", scripted_answer=ANSWER)
    out["owl"] = tiny.build_tiny_owlv2(root / "owl")
    out["sam"] = tiny.build_tiny_sam(root / "sam")
    out["depth"] = tiny.build_tiny_depth_anything(root / "depth", max_depth=10)
    return out


@pytest.fixture(scope="module")
def qwen(folders):
    b = VLMBackend.from_config(
        {"model": str(folders["qwen"]), "local_files_only": True, "batch_size": 2, "max_new_tokens": 8}
    )
    b.load()
    return b


# ------------------------------------------------------------------ prompting / tokenizer


def test_chat_messages_layout():
    img = tiny.random_rgb()
    m = chat_messages(img, "How far?", answer="35 cm", system="sys")
    assert [x["role"] for x in m] == ["system", "user", "assistant"]
    assert m[1]["content"][0]["type"] == "image" and m[1]["content"][0]["image"] is img
    assert m[1]["content"][1] == {"type": "text", "text": "How far?"}
    assert m[2]["content"] == [{"type": "text", "text": "35 cm"}]
    bare = chat_messages(None, "Q")
    assert bare == [{"role": "user", "content": [{"type": "image"}, {"type": "text", "text": "Q"}]}]


def test_prompt_style_config():
    assert PromptStyle.from_dict({"name": "think"}).system == THINK_SYSTEM_PROMPT
    assert PromptStyle.from_dict(None).system is None
    with pytest.raises(ConfigError, match="unknown prompt style"):
        PromptStyle.from_dict({"name": "cot"})
    with pytest.raises(ConfigError, match="prompt config: unknown key.*sufix"):
        PromptStyle.from_dict({"name": "plain", "sufix": "x"})
    with pytest.raises(ConfigError, match="prompt config: quantitative_suffix = 3 is not a string"):
        PromptStyle.from_dict({"quantitative_suffix": 3})


@pytest.mark.parametrize("family", ["qwen", "llava"])
def test_tiny_tokenizer_round_trips_spatial_text(family):
    tok = tiny.build_tokenizer(family)
    for text in ["About 35 cm", "<think>close</think> <answer>2-3 feet</answer>", "0.35 m, 14 inches"]:
        assert tok.decode(tok(text, add_special_tokens=False)["input_ids"]) == text


# ----------------------------------------------------------------------------- VLM backend


@pytest.mark.parametrize(
    "family,model_type", [("qwen", "qwen2_5_vl"), ("qwen2", "qwen2_vl"), ("llava", "llava")]
)
def test_both_families_load_by_config_and_generate(folders, family, model_type):
    b = VLMBackend.from_config(
        {"model": str(folders[family]), "local_files_only": True, "batch_size": 2, "max_new_tokens": 8}
    )
    b.load()
    assert b.model_type == model_type and b.device == "cpu"
    assert next(b.model.parameters()).dtype == torch.float32  # dtype auto on CPU
    prompts = [
        "How far is the red cup from the gripper?",
        "Width?",
        "How tall is the blue bottle on the table?",
    ]
    gens = b.generate([tiny.random_rgb()] * 3, prompts)
    # left padding: rows of different prompt lengths all continue from their own last token
    assert [g.text for g in gens] == [ANSWER] * 3
    assert [g.batch_size for g in gens] == [2, 2, 1]
    assert all(g.new_tokens >= 2 and 0.0 < g.mean_token_prob <= 1.0 and g.latency_s > 0 for g in gens)


def test_max_new_tokens_bounds_the_answer(qwen):
    (g,) = qwen.generate([tiny.random_rgb()], ["How far?"], max_new_tokens=1)
    assert g.new_tokens == 1 and g.text == "About"


def test_processor_kwargs_bound_the_image_tokens(folders, qwen):
    small = VLMBackend.from_config(
        {
            "model": str(folders["qwen"]),
            "processor_kwargs": {"size": {"shortest_edge": 3136, "longest_edge": 3136}},
        }
    )
    big_image = tiny.random_rgb(96, 128)
    (g_small,) = small.generate([big_image], ["How far?"])
    (g_default,) = qwen.generate([big_image], ["How far?"])
    # at most 3136 pixels (4 merged 28x28 tokens) instead of the tiny default's 12544 (16 tokens)
    assert g_small.prompt_tokens < g_default.prompt_tokens
    assert g_small.prompt_tokens - 4 <= g_default.prompt_tokens - 16
    assert g_small.text == ANSWER


def test_think_style_puts_the_system_prompt_in_the_chat(folders):
    b = VLMBackend.from_config({"model": str(folders["qwen"]), "prompt": {"name": "think"}})
    text = b.prompt_text("How far is the cup?")
    assert text.startswith("<|im_start|>system\n" + THINK_SYSTEM_PROMPT)
    assert text.endswith("<|im_start|>assistant\n") and "<|image_pad|>" in text


def test_wrong_image_shape_is_an_input_error(qwen):
    with pytest.raises(InputError, match="expected HxWx3"):
        qwen.generate([np.zeros((48, 64), np.uint8)], ["How far?"])
    with pytest.raises(InputError, match="dtype float32"):
        qwen.generate([np.zeros((48, 64, 3), np.float32)], ["How far?"])


def _copy_without(src, dst, *patterns):
    shutil.copytree(src, dst)
    for pat in patterns:
        for f in dst.glob(pat):
            f.unlink()
    return dst


def test_missing_or_incomplete_model_folder_is_a_model_error(folders, tmp_path):
    def load(path):
        VLMBackend.from_config({"model": str(path), "local_files_only": True}).load()

    with pytest.raises(ModelError, match="does not exist"):
        load(tmp_path / "nope")
    with pytest.raises(ModelError, match="no config.json"):
        load(_copy_without(folders["qwen"], tmp_path / "a", "config.json"))
    with pytest.raises(ModelError, match=r"no \*\.safetensors"):
        load(_copy_without(folders["qwen"], tmp_path / "b", "*.safetensors"))
    with pytest.raises(ModelError, match="no tokenizer"):
        load(_copy_without(folders["qwen"], tmp_path / "c", "tokenizer*.json"))
    shard = _copy_without(folders["qwen"], tmp_path / "d")
    (shard / "model.safetensors.index.json").write_text(
        json.dumps({"weight_map": {"x": "model-00002.safetensors"}})
    )
    with pytest.raises(ModelError, match="missing weight shard model-00002"):
        load(shard)
    corrupt = _copy_without(folders["qwen"], tmp_path / "e")
    (corrupt / "model.safetensors").write_bytes(b"not a safetensors file")
    with pytest.raises(ModelError, match="cannot load VLM"):
        load(corrupt)


def test_hub_id_offline_is_a_model_error(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path))  # an empty cache: nothing to find offline
    b = VLMBackend.from_config({"model": "remyxai/SpaceQwen2.5-VL-3B-Instruct", "local_files_only": True})
    with pytest.raises(ModelError, match="cannot load VLM 'remyxai/SpaceQwen2.5-VL-3B-Instruct'"):
        b.load()


def test_device_and_quantisation_errors(folders):
    if torch.cuda.is_available():  # pragma: no cover - this machine has no GPU
        pytest.skip("checks the CPU-only messages")
    with pytest.raises(ModelError, match="CUDA is not available"):
        VLMBackend.from_config({"model": str(folders["qwen"]), "device": "cuda"}).load()
    with pytest.raises(ModelError, match="load_in_4bit needs a CUDA GPU"):
        VLMBackend.from_config({"model": str(folders["qwen"]), "load_in_4bit": True}).load()


def test_config_validation():
    with pytest.raises(ConfigError, match="unknown key"):
        VLMConfig.from_dict({"model": "x", "temperature": 0.7})
    with pytest.raises(ConfigError, match="dtype"):
        VLMConfig.from_dict({"model": "x", "dtype": "int8"})
    with pytest.raises(ConfigError, match="device"):
        VLMConfig.from_dict({"model": "x", "device": "tpu"})
    with pytest.raises(ConfigError, match="'model'"):
        VLMConfig.from_dict({"model": ""})
    with pytest.raises(ConfigError, match="vlm config: missing key.*model"):
        VLMConfig.from_dict({})
    with pytest.raises(ConfigError, match="vlm config: batch_size = 'many' is not an integer"):
        VLMConfig.from_dict({"model": "x", "batch_size": "many"})
    c = VLMConfig.from_dict({"model": "x"})
    assert c.trust_remote_code is False and c.device == "auto" and c.dtype == "auto"


def test_cuda_oom_retries_in_halves_then_fails_clearly(folders):
    b = VLMBackend.from_config({"model": str(folders["qwen"]), "batch_size": 4, "max_new_tokens": 8})
    b.load()
    seen: list[int] = []

    def oom_on_batches(module, args, kwargs):
        n = kwargs["input_ids"].shape[0] if kwargs.get("input_ids") is not None else 1
        seen.append(n)
        if n > 1:
            raise torch.cuda.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")

    h = b.model.register_forward_pre_hook(oom_on_batches, with_kwargs=True)
    try:
        gens = b.generate([tiny.random_rgb()] * 3, ["How far?"] * 3)
        assert [g.text for g in gens] == [ANSWER] * 3 and [g.batch_size for g in gens] == [1, 1, 1]
        assert seen[0] == 3
    finally:
        h.remove()

    def always_oom(module, args, kwargs):
        raise torch.cuda.OutOfMemoryError("CUDA out of memory.")

    h = b.model.register_forward_pre_hook(always_oom, with_kwargs=True)
    try:
        with pytest.raises(ModelError, match="out of GPU memory"):
            b.generate([tiny.random_rgb()] * 2, ["How far?"] * 2)
    finally:
        h.remove()


def test_no_number_model_says_so(folders):
    b = VLMBackend.from_config({"model": str(folders["qwen_no_number"]), "max_new_tokens": 8})
    assert [g.text for g in b.generate([tiny.random_rgb()], ["How far?"])] == [NO_NUMBER]


@pytest.mark.gpu
def test_generates_on_cuda_in_bfloat16(folders):  # pragma: no cover - needs a GPU
    b = VLMBackend.from_config({"model": str(folders["qwen"]), "device": "cuda", "max_new_tokens": 8})
    b.load()
    assert next(b.model.parameters()).dtype == torch.bfloat16
    assert b.generate([tiny.random_rgb()], ["How far?"])[0].text == ANSWER


# ------------------------------------------------------------------------------- grounding


@pytest.fixture(scope="module")
def grounder(folders):
    from spatialvlm_ros.models.grounding import Grounder

    return Grounder(
        {
            "detector": str(folders["owl"]),
            "segmenter": str(folders["sam"]),
            "score_threshold": 0.0,
            "device": "cpu",
        }
    )


def test_grounder_masks_each_name_inside_its_box(grounder):
    frame = rgb_frame()
    names = ["red cube", "blue cube"]
    dets = grounder.detect(frame.rgb, names)
    seg = grounder.segment(frame, names)
    assert seg.names == {1: "red cube", 2: "blue cube"}
    assert seg.labels.shape == (48, 64) and seg.labels.dtype == np.uint16
    for i, n in seg.names.items():
        m = seg.mask(i)
        assert m.any()
        x0, y0, x1, y1 = dets[n].box
        v, u = np.nonzero(m)
        assert u.min() >= np.floor(x0) and u.max() < np.ceil(x1) + 1
        assert v.min() >= np.floor(y0) and v.max() < np.ceil(y1) + 1
        assert 0.0 <= dets[n].score <= 1.0


def test_grounder_without_segmenter_uses_boxes(folders):
    from spatialvlm_ros.models.grounding import Grounder

    g = Grounder({"detector": str(folders["owl"]), "score_threshold": 0.0})
    frame = rgb_frame()
    seg = g.segment(frame, ["red cube"])
    x0, y0, x1, y1 = (round(v) for v in g.detect(frame.rgb, ["red cube"])["red cube"].box)
    assert seg.mask(1).sum() == (x1 - x0) * (y1 - y0)


def test_grounder_reports_a_name_it_cannot_find(folders):
    from spatialvlm_ros.models.grounding import Grounder

    g = Grounder({"detector": str(folders["owl"]), "score_threshold": 1.0})
    assert g.detect(rgb_frame().rgb, ["red cube"]) == {"red cube": None}
    with pytest.raises(UnknownObjectError, match="found no 'red cube'") as err:
        g.segment(rgb_frame(), ["red cube"])
    assert err.value.names == ("red cube",)  # callers read the name from the error, not its text


def test_grounder_rejects_bad_images_and_configs(grounder, folders):
    from spatialvlm_ros.models.grounding import Grounder

    f = rgb_frame()
    f.rgb = np.zeros((48, 64, 4), np.uint8)
    with pytest.raises(InputError, match="expected HxWx3"):
        grounder.segment(f, ["red cube"])
    with pytest.raises(ConfigError, match="detector_type"):
        Grounder({"detector": "x", "detector_type": "yolo"})
    with pytest.raises(ModelError, match="does not exist"):
        Grounder({"detector": "/nonexistent/owl"}).load()


def test_grounding_dino_option(tmp_path):
    from spatialvlm_ros.models.grounding import Grounder

    folder = tiny.build_tiny_grounding_dino(tmp_path / "gdino")
    names = ["red cube", "blue box"]
    g = Grounder(
        {
            "detector": str(folder),
            "detector_type": "grounding_dino",
            "score_threshold": 0.0,
            "text_threshold": 0.0,
        }
    )
    dets = g.detect(rgb_frame().rgb, names)
    assert set(dets) == set(names)
    for d in dets.values():
        x0, y0, x1, y1 = d.box
        assert 0 <= x0 <= x1 <= 64 and 0 <= y0 <= y1 <= 48 and 0.0 <= d.score <= 1.0
    strict = Grounder({"detector": str(folder), "detector_type": "grounding_dino", "score_threshold": 1.0})
    with pytest.raises(UnknownObjectError, match="found no 'red cube'"):
        strict.segment(rgb_frame(), names)


# ----------------------------------------------------------------------------------- depth


def test_mono_depth_is_metric_at_image_resolution(folders):
    from spatialvlm_ros.models.depth import MonoDepthModel

    K = CameraIntrinsics.from_fov(64, 48, 60.0)
    rgb = tiny.random_rgb()
    z = MonoDepthModel({"model": str(folders["depth"]), "max_depth_m": 100.0}).predict(rgb, K)
    assert z.shape == (48, 64) and z.dtype == np.float32
    assert np.all(z > 0) and np.all(z < 10.0) and z.std() > 0  # sigmoid head * max_depth 10 m
    # canonical-camera correction: twice the reference focal length -> twice the depth
    z2 = MonoDepthModel(
        {"model": str(folders["depth"]), "max_depth_m": 100.0, "reference_fx_px": K.fx / 2}
    ).predict(rgb, K)
    np.testing.assert_allclose(z2, 2 * z, rtol=1e-5)
    # beyond max_depth_m is invalid (0)
    z3 = MonoDepthModel({"model": str(folders["depth"]), "max_depth_m": float(np.median(z))}).predict(rgb, K)
    assert np.array_equal(z3 == 0, z > np.median(z))


def test_mono_depth_checks_the_image_against_the_intrinsics(folders):
    from spatialvlm_ros.models.depth import MonoDepthModel

    m = MonoDepthModel({"model": str(folders["depth"])})
    with pytest.raises(InputError, match="camera info says 32x24"):
        m.predict(tiny.random_rgb(), CameraIntrinsics.from_fov(32, 24, 60.0))
    with pytest.raises(ConfigError, match="max_depth_m"):
        MonoDepthModel({"model": "x", "max_depth_m": 0})
