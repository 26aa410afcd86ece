"""VLM and hybrid estimators on tiny models loaded from disk, the factory, and
`spatialvlm ask --backend vlm|hybrid` end to end on a scene directory."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
import yaml
from helpers_geometry import look_at, make_frame, tabletop
from helpers_models import ANSWER, NO_NUMBER, bad_rgb_frame, build_vlm_folders, rgb_frame

from spatialvlm_ros.core.camera import CameraIntrinsics
from spatialvlm_ros.core.estimate import SpatialEstimate
from spatialvlm_ros.core.query import SpatialQuery
from spatialvlm_ros.errors import ConfigError, ModelError
from spatialvlm_ros.estimators.factory import build_estimator, estimator_from_cli
from spatialvlm_ros.estimators.hybrid import HybridConfig, HybridEstimator
from spatialvlm_ros.estimators.vlm import VLMEstimator
from spatialvlm_ros.testing import tiny_models as tiny

DIST = SpatialQuery(
    "distance", ("red cube", "blue box"), question="How far is the red cube from the blue box?"
)
WIDTH = SpatialQuery("width", ("red cube",))
THINKER = "<think>The cup is close.</think> <answer>2-3 feet</answer>"
LEFT = SpatialQuery("left_of", ("red cube", "blue box"), form="yesno")


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    root = tmp_path_factory.mktemp("tiny_vlms")
    out = build_vlm_folders(root)
    out["owl"] = tiny.build_tiny_owlv2(root / "owl")
    out["depth"] = tiny.build_tiny_depth_anything(root / "depth")
    out["thinker"] = tiny.build_tiny_qwen2_5_vl(root / "thinker", scripted_answer=THINKER)
    return out


@pytest.fixture(scope="module")
def vlm(folders):
    est = VLMEstimator({"model": str(folders["qwen"]), "local_files_only": True, "max_new_tokens": 8})
    est.load()
    return est


@pytest.fixture(scope="module")
def scene_frame():
    intr = CameraIntrinsics.from_fov(160, 120, 60.0)
    T = look_at(np.array([0.05, -0.75, 0.55]), np.array([0.02, 0.08, 0.05]))
    return make_frame(tabletop(), intr, T)


# ------------------------------------------------------------------------------ VLM alone


def test_vlm_answer_parsed_to_metres(vlm):
    e = vlm.estimate(rgb_frame(), DIST)
    assert e.valid and e.source == "vlm"
    assert e.value_m == pytest.approx(0.35) and e.unit == "cm"
    assert e.raw_text == ANSWER and e.answer == ANSWER
    assert 0.0 < e.confidence <= 1.0 and e.latency_s > 0
    assert e.details["prompt"] == DIST.question


def test_vlm_batch_mixes_valid_and_invalid_answers(vlm):
    es = vlm.estimate_many(rgb_frame(), [DIST, WIDTH, LEFT])
    assert [e.valid for e in es] == [True, True, False]
    assert es[1].details["prompt"] == "How wide is the red cube?"  # default wording of a bare query
    assert all(e.details["batch_size"] == 3 for e in es)
    # a yes/no question answered with a length: no truth value is invented
    assert es[2].truth is None and es[2].value_m is None and "About 35 cm" in es[2].reason


def test_vlm_answer_without_a_number_is_invalid(folders):
    est = VLMEstimator({"model": str(folders["qwen_no_number"]), "max_new_tokens": 8})
    e = est.estimate(rgb_frame(), DIST)
    assert not e.valid and e.value_m is None
    assert e.raw_text == NO_NUMBER and "I cannot tell" in e.reason


def test_vlm_implausible_length_is_invalid(folders):
    est = VLMEstimator({"model": str(folders["qwen"]), "max_new_tokens": 8, "max_value_m": 0.3})
    e = est.estimate(rgb_frame(), DIST)
    assert not e.valid and e.value_m is None and "outside the plausible 0..0.3 m" in e.reason


def test_vlm_llava_family_by_config_only(folders):
    e = VLMEstimator({"model": str(folders["llava"])}).estimate(rgb_frame(), DIST)
    assert e.valid and e.value_m == pytest.approx(0.35)


def test_spacethinker_style_reasoning_answer(folders):
    est = VLMEstimator({"model": str(folders["thinker"]), "prompt": {"name": "think"}, "max_new_tokens": 32})
    e = est.estimate(rgb_frame(), DIST)
    assert e.valid and e.raw_text == THINKER and e.answer == "2-3 feet"
    assert e.unit == "ft" and e.value_m == pytest.approx(2.5 * 0.3048)
    assert "<think>" in est.backend.prompt_text(DIST.question)  # the system prompt asks for the tags


def test_vlm_wrong_image_is_invalid_not_raised(vlm):
    e = vlm.estimate(bad_rgb_frame(), DIST)
    assert not e.valid and "expected HxWx3" in e.reason and e.value_m is None
    f = rgb_frame()
    f.rgb = f.rgb[:, :32]
    e = vlm.estimate(f, DIST)
    assert not e.valid and "camera info says 64x48" in e.reason


def test_vlm_out_of_gpu_memory_is_invalid(vlm):
    def oom(module, args, kwargs):
        raise torch.cuda.OutOfMemoryError("CUDA out of memory. Tried to allocate 1.00 GiB")

    h = vlm.backend.model.register_forward_pre_hook(oom, with_kwargs=True)
    try:
        e = vlm.estimate(rgb_frame(), DIST)
    finally:
        h.remove()
    assert not e.valid and "out of GPU memory" in e.reason and e.value_m is None


def test_missing_model_fails_at_load(tmp_path):
    est = VLMEstimator({"model": str(tmp_path / "missing")})
    with pytest.raises(ModelError, match="does not exist"):
        est.load()


# ----------------------------------------------------------------------------- fusion


def _est(q, source, value=None, truth=None, valid=True, conf=0.8, reason=""):
    if not valid:
        return SpatialEstimate.invalid(q, source, reason)
    return SpatialEstimate(
        query=q, valid=True, source=source, value_m=value, truth=truth, confidence=conf, answer="x", unit="cm"
    )


def test_fusion_agreeing_values_in_log_space():
    h = HybridEstimator(None, None, HybridConfig(geometry_weight=0.5, vlm_weight=0.5))
    vlm_est = _est(DIST, "vlm", 0.48, conf=1.0)
    vlm_est.raw_text = "About 48 cm"
    e = h.fuse(DIST, _est(DIST, "geometry", 0.30, conf=0.8), vlm_est)
    assert e.valid and e.source == "hybrid" and not e.details["disagreement"]
    assert e.confidence == pytest.approx(0.8) and e.raw_text == "About 48 cm"  # geometry's confidence
    assert e.value_m == pytest.approx(np.sqrt(0.30 * 0.48)) and e.details["ratio"] == pytest.approx(1.6)
    assert e.details["geometry"]["value_m"] == 0.30 and e.details["vlm"]["value_m"] == 0.48
    assert e.answer == "38 cm"


def test_fusion_flags_a_vlm_value_that_depth_contradicts():
    h = HybridEstimator(None, None, HybridConfig(disagreement_ratio=2.0, disagreement_confidence=0.25))
    e = h.fuse(DIST, _est(DIST, "geometry", 0.10, conf=0.8), _est(DIST, "vlm", 0.35))
    assert e.valid and e.details["disagreement"] and e.value_m == 0.10
    assert e.confidence == pytest.approx(0.2) and e.details["used"] == "geometry"
    strict = HybridEstimator(None, None, {"on_disagreement": "invalid"})
    e = strict.fuse(DIST, _est(DIST, "geometry", 0.10), _est(DIST, "vlm", 0.35))
    assert not e.valid and e.value_m is None and "disagree" in e.reason


def test_fusion_with_one_side_missing():
    h = HybridEstimator(None, None, HybridConfig(vlm_only_confidence=0.5))
    e = h.fuse(
        DIST, _est(DIST, "geometry", valid=False, reason="no depth"), _est(DIST, "vlm", 0.35, conf=0.6)
    )
    assert e.valid and e.value_m == 0.35 and e.confidence == pytest.approx(0.3) and e.details["used"] == "vlm"
    e = h.fuse(DIST, _est(DIST, "geometry", 0.2), _est(DIST, "vlm", valid=False, reason="no number"))
    assert e.valid and e.value_m == 0.2 and e.details["vlm"]["reason"] == "no number"
    e = h.fuse(
        DIST,
        _est(DIST, "geometry", valid=False, reason="no depth"),
        _est(DIST, "vlm", valid=False, reason="no number"),
    )
    assert not e.valid and e.reason == "geometry: no depth; vlm: no number"
    no_vlm_only = HybridEstimator(None, None, {"allow_vlm_only": False})
    e = no_vlm_only.fuse(
        DIST, _est(DIST, "geometry", valid=False, reason="no depth"), _est(DIST, "vlm", 0.35)
    )
    assert not e.valid and "no depth" in e.reason


def test_fusion_of_predicates_keeps_geometry_and_flags_contradiction():
    h = HybridEstimator(None, None, None)
    e = h.fuse(LEFT, _est(LEFT, "geometry", truth=True), _est(LEFT, "vlm", truth=False))
    assert e.valid and e.truth is True and e.details["disagreement"]
    e = h.fuse(LEFT, _est(LEFT, "geometry", truth=True), _est(LEFT, "vlm", truth=True))
    assert e.truth is True and not e.details["disagreement"]


def test_hybrid_config_validation():
    with pytest.raises(ConfigError, match="disagreement_ratio"):
        HybridConfig(disagreement_ratio=0.5)
    with pytest.raises(ConfigError, match="unknown key"):
        HybridConfig.from_dict({"ratio": 2})


# ------------------------------------------------------------------- hybrid on real frames


def test_hybrid_reports_geometry_and_vlm_on_a_scene(vlm, scene_frame):
    from spatialvlm_ros.estimators.geometry import GeometryEstimator

    geo = GeometryEstimator()
    truth = geo.estimate(scene_frame, DIST)
    assert truth.valid
    h = HybridEstimator(geo, vlm, {"disagreement_ratio": 2.0})
    (e,) = h.estimate_many(scene_frame, [DIST])
    assert e.valid and e.source == "hybrid"
    assert e.details["geometry"]["value_m"] == pytest.approx(truth.value_m)
    assert e.details["vlm"]["value_m"] == pytest.approx(0.35) and e.details["vlm"]["raw_text"] == ANSWER
    ratio = max(truth.value_m, 0.35) / min(truth.value_m, 0.35)
    assert e.details["disagreement"] == (ratio > 2.0)
    assert e.details["ratio"] == pytest.approx(ratio)


def test_geometry_uses_grounding_and_mono_depth_when_the_frame_lacks_them(folders, tmp_path):
    cfg = {
        "geometry": {
            "grounding": {"detector": str(folders["owl"]), "score_threshold": 1.0},
            "depth": {"model": str(folders["depth"])},
        }
    }
    path = tmp_path / "grounded.yaml"
    path.write_text(yaml.safe_dump(cfg))
    est = build_estimator("geometry", model_config=str(path))
    assert est.grounder is not None and est.depth_model is not None
    e = est.estimate(rgb_frame(), DIST)  # no masks, no depth: the models are asked
    assert not e.valid and e.value_m is None and ("found no 'red cube'" in e.reason or "found no 'blue box'" in e.reason)


def test_geometry_measures_on_detected_masks_and_predicted_depth(folders):
    import dataclasses

    from spatialvlm_ros.core.quantities import measure
    from spatialvlm_ros.core.scene_builder import build_scene_graph
    from spatialvlm_ros.estimators.geometry import GeometryEstimator
    from spatialvlm_ros.models.depth import MonoDepthModel
    from spatialvlm_ros.models.grounding import Grounder

    grounder = Grounder({"detector": str(folders["owl"]), "score_threshold": 0.0})
    depth_model = MonoDepthModel({"model": str(folders["depth"])})
    frame = rgb_frame(96, 128)  # boxes of the tiny detector are ~1/8 of the image: enough pixels to measure
    e = GeometryEstimator(grounder=grounder, depth_model=depth_model).estimate(frame, DIST)
    assert e.valid and e.details["depth_source"] == "monocular"
    # the same numbers by hand: masks from the grounder, depth from the model
    filled = dataclasses.replace(
        frame,
        depth=depth_model.predict(frame.rgb, frame.intrinsics),
        segmentation=grounder.segment(frame, list(DIST.objects)),
    )
    expected = measure(build_scene_graph(filled), DIST).value_m
    assert e.value_m == pytest.approx(expected, rel=1e-6) and e.value_m > 0


def test_hybrid_on_an_rgb_only_frame_with_grounding_and_mono_depth(folders, tmp_path):
    cfg = tmp_path / "rgb_only.yaml"
    cfg.write_text(
        yaml.safe_dump(
            {
                "vlm": {"model": str(folders["qwen"]), "max_new_tokens": 8},
                "geometry": {
                    "grounding": {"detector": str(folders["owl"]), "score_threshold": 0.0},
                    "depth": {"model": str(folders["depth"])},
                },
            }
        )
    )
    h = build_estimator("hybrid", model_config=str(cfg))
    h.load()  # loads the grounder and the depth model too, not on the first frame
    assert h.geometry.grounder.detector is not None and h.geometry.depth_model.model is not None
    e = h.estimate(rgb_frame(96, 128), DIST)  # no depth, no masks
    assert e.valid and e.source == "hybrid"
    assert e.details["geometry"]["valid"] and e.details["vlm"]["value_m"] == pytest.approx(0.35)
    h.unload()
    assert h.geometry.grounder.detector is None and h.vlm.backend.model is None


# ------------------------------------------------------------------------ factory and CLI


def test_factory_builds_vlm_and_hybrid_from_config_files(folders, tmp_path):
    est = build_estimator("vlm", checkpoint=str(folders["llava"]))
    assert isinstance(est, VLMEstimator) and est.backend.config.model == str(folders["llava"])
    assert est.backend.config.prompt_style.name == "plain"  # config/models/default.yaml
    cfg = tmp_path / "m.yaml"
    cfg.write_text(
        yaml.safe_dump(
            {
                "vlm": {"model": str(folders["qwen"]), "prompt": {"name": "think"}},
                "hybrid": {"disagreement_ratio": 3.0},
            }
        )
    )
    h = build_estimator("hybrid", model_config=str(cfg))
    assert isinstance(h, HybridEstimator) and h.config.disagreement_ratio == 3.0
    assert h.vlm.backend.config.prompt_style.name == "think"
    assert estimator_from_cli("vlm", model=str(cfg)).backend.config.model == str(folders["qwen"])
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump({"vlm": {"model": "x"}, "detector": {}}))
    with pytest.raises(ConfigError, match="unknown section"):
        build_estimator("vlm", model_config=str(bad))


def test_model_config_files_shipped_and_their_errors(tmp_path):
    from spatialvlm_ros.models.model_config import build_geometry_plugins, load_model_config
    from spatialvlm_ros.models.vlm import VLMConfig
    from spatialvlm_ros.resources import config_dir

    files = sorted((config_dir() / "models").glob("*.yaml"))
    assert len(files) >= 5
    for f in files:  # every shipped file is valid: its sections build their configs
        data = load_model_config(str(f))
        assert VLMConfig.from_dict(data["vlm"]).prompt_style.name in ("plain", "think")
        HybridConfig.from_dict(data.get("hybrid"))
        build_geometry_plugins(data)  # grounding/depth sections validate (nothing is loaded)
    grounder, depth_model = build_geometry_plugins(load_model_config("models/grounded_mono.yaml"))
    assert grounder.config.detector_type == "owlv2" and depth_model.config.max_depth_m == 20.0
    thinker = load_model_config("models/spacethinker_qwen2_5vl_3b.yaml")
    assert VLMConfig.from_dict(thinker["vlm"]).prompt_style.name == "think"
    assert load_model_config(None, "/models/x")["vlm"]["model"] == "/models/x"
    with pytest.raises(ConfigError, match="either as --model FILE.yaml or as --config"):
        load_model_config("models/default.yaml", str(files[0]))
    with pytest.raises(ConfigError, match="not found"):
        load_model_config(str(tmp_path / "missing.yaml"))
    empty = tmp_path / "novlm.yaml"
    empty.write_text("hybrid: {}\n")
    with pytest.raises(ConfigError, match="no 'vlm' section"):
        build_estimator("vlm", model_config=str(empty))


def _ask(capsys, *argv):
    from spatialvlm_ros.cli.main import main

    rc = main(["ask", *argv])
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_cli_ask_vlm_and_hybrid_end_to_end(folders, scene_frame, tmp_path, capsys):
    from spatialvlm_ros.io.scene_dir import write_scene_dir

    scene = write_scene_dir(tmp_path / "scene", scene_frame)
    q = "How far is the red cube from the blue box?"
    rc, out, _ = _ask(capsys, str(scene), q, "--backend", "vlm", "--model", str(folders["qwen"]), "--json")
    assert rc == 0
    doc = json.loads(out)
    assert doc["source"] == "vlm" and doc["valid"] and doc["value_m"] == pytest.approx(0.35)
    assert doc["raw_text"] == ANSWER and doc["objects"] == ["red cube", "blue box"]

    rc, out, _ = _ask(capsys, str(scene), q, "--json")
    geo = json.loads(out)
    assert rc == 0 and geo["source"] == "geometry"

    rc, out, _ = _ask(
        capsys, str(scene), q, "--backend", "hybrid", "--model", str(folders["llava"]), "--json"
    )
    assert rc == 0
    doc = json.loads(out)
    assert doc["source"] == "hybrid" and doc["valid"]
    assert doc["details"]["geometry"]["value_m"] == pytest.approx(geo["value_m"])
    assert doc["details"]["vlm"]["value_m"] == pytest.approx(0.35)

    rc, out, err = _ask(
        capsys, str(scene), q, "--backend", "vlm", "--model", str(folders["qwen_no_number"]), "--json"
    )
    assert rc == 2 and json.loads(out)["valid"] is False and "I cannot tell" in err

    rc, out, err = _ask(capsys, str(scene), q, "--backend", "vlm", "--model", str(tmp_path / "nope"))
    assert rc == 2 and "does not exist" in err and "Traceback" not in err
