"""The data engine on unlabelled images: image filter, region captions, intrinsics source,
per-stage report, dry run; tiny models built here, saved and loaded with from_pretrained."""

from __future__ import annotations

import dataclasses
import json
import pickle

import numpy as np
import pytest
from PIL import Image

from spatialvlm_ros.cli.main import main
from spatialvlm_ros.data.dataset import read_dataset
from spatialvlm_ros.data.pipeline import SynthConfig, load_task, run_synthesis
from spatialvlm_ros.data.rows import make_row, row_info
from spatialvlm_ros.data.sources import expand_inputs
from spatialvlm_ros.data.vision_stages import CaptionStage, FilterStage
from spatialvlm_ros.errors import ModelError
from spatialvlm_ros.models.captioner import Captioner, RegionCaption, merge_regions, normalise_caption
from spatialvlm_ros.models.image_filter import ImageFilter
from spatialvlm_ros.testing import tiny_models as tiny

CAPTION_ANSWER = "Red cubes, blue bowl and one green mug"


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    root = tmp_path_factory.mktemp("models")
    return {
        "clip": tiny.build_tiny_clip(root / "clip"),
        "vlm": tiny.build_tiny_qwen2_5_vl(root / "vlm", scripted_answer=CAPTION_ANSWER),
        "owl": tiny.build_tiny_owlv2(root / "owl"),
        "sam": tiny.build_tiny_sam(root / "sam"),
        "depth": tiny.build_tiny_depth_anything(root / "depth"),
    }


@pytest.fixture(scope="module")
def photos(tmp_path_factory):
    """A folder of plain images (no names, no vocabulary, no camera info) and one broken file."""
    from spatialvlm_ros.sim.tabletop import generate_scene

    d = tmp_path_factory.mktemp("photos")
    for i in range(4):
        Image.fromarray(generate_scene(i).frame.rgb[::4, ::4]).save(d / f"photo{i}.png")
    (d / "broken.jpg").write_bytes(b"not a jpeg")
    return d


def _rows(paths, cfg):
    items = expand_inputs([str(p) for p in paths])
    return [load_task(make_row(it, "s", k), cfg) for k, it in enumerate(items)]


# ------------------------------------------------------------------------------------------ filter

def test_tiny_clip_filter_loads_and_scores(models, photos):
    f = ImageFilter({"model": str(models["clip"]), "device": "cpu"})
    imgs = [np.asarray(Image.open(p).convert("RGB")) for p in sorted(photos.glob("photo*.png"))]
    s = f.scores(imgs)
    assert len(s) == 4 and all(0.0 < x < 1.0 for x in s)
    assert s == ImageFilter({"model": str(models["clip"]), "device": "cpu"}).scores(imgs)  # deterministic
    assert len(set(np.round(s, 6))) > 1  # the image changes the score
    with pytest.raises(ModelError, match="config.json"):
        ImageFilter({"model": str(photos), "device": "cpu"}).load()


def test_filter_threshold_skips_low_scores_and_records_every_score(photos):
    cfg = SynthConfig.from_yaml()
    rows = _rows(sorted(photos.glob("photo*.png")), cfg)
    scripted = {r["key"]: s for r, s in zip(rows, (0.1, 0.45, 0.55, 0.9))}
    order = [r["key"] for r in rows]

    def scorer(images):  # scripted scores, in the row order of the batch
        return [scripted[k] for k in order[: len(images)]]

    for thr, kept in ((0.5, 2), (0.0, 4), (0.95, 0)):
        stage = FilterStage({"model": "unused", "threshold": thr}, scorer=scorer)
        out = stage.process_rows(rows)
        assert sum(r["status"] == "ok" for r in out) == kept
        for r in out:
            assert row_info(r)["filter_score"] == scripted[r["key"]]
            assert (r["status"] == "skip") == (scripted[r["key"]] < thr)
            if r["status"] == "skip":
                assert r["reason"] == "filtered" and "threshold" in r["detail"]
    # simulated inputs are not filtered by default
    sim = _rows(["sim:0-1"], cfg)
    assert FilterStage({"model": "unused", "threshold": 1.0}, scorer=scorer).process_rows(sim) == sim


# ---------------------------------------------------------------------------------------- captions

@pytest.mark.parametrize("raw,norm", [
    ("A red mug.", "red mug"), ("two Red Mugs", "red mug"), ("the boxes", "box"), ("glass", "glass"),
    ("3 strawberries", "strawberry"), ("a very long caption with far too many words", None), ("the", None),
])
def test_caption_normalisation(raw, norm):
    assert normalise_caption(raw) == norm


def test_near_duplicate_boxes_merge_and_separate_duplicates_stay():
    regs = [RegionCaption("a cup", (0, 0, 10, 10), 0.9), RegionCaption("mug", (0, 0, 10, 11), 0.5),
            RegionCaption("cups", (30, 0, 40, 10), 0.8), RegionCaption("plate", None), RegionCaption("plates", None)]
    out = merge_regions(regs, merge_iou=0.8, max_objects=10)
    assert [(r.caption, r.box) for r in out] == [("cup", (0.0, 0.0, 10.0, 10.0)), ("cup", (30.0, 0.0, 40.0, 10.0)),
                                                 ("plate", None)]


def test_vlm_captioner_through_the_real_loading_code(models):
    cap = Captioner({"kind": "vlm", "vlm": {"model": str(models["vlm"]), "device": "cpu", "max_new_tokens": 24}})
    out = cap.caption([tiny.random_rgb(48, 64, 0), tiny.random_rgb(48, 64, 1)])
    assert [[r.caption for r in regs] for regs in out] == [["red cube", "blue bowl", "green mug"]] * 2
    assert all(r.box is None for regs in out for r in regs)


def _truth_boxes(frame):
    seg = frame.segmentation
    out = {}
    for lid, name in seg.names.items():
        vs, us = np.nonzero(seg.labels == lid)
        if vs.size:
            out[name] = [float(us.min()), float(vs.min()), float(us.max()) + 1, float(vs.max()) + 1]
    return out


def test_scripted_captions_on_simulated_scenes_give_the_truth_answers(tmp_path):
    """Fixed captions (article + plural variants of the simulator's names, with each object's box)
    rename the simulator's masks: the QA equal those of the simulator's own names."""
    from spatialvlm_ros.sim.tabletop import generate_scene

    frame = generate_scene(3).frame
    boxes = _truth_boxes(frame)
    captions = [{"caption": f"the {n}s" if not n.endswith("s") else f"a {n}", "box": b} for n, b in boxes.items()]
    base = SynthConfig.from_yaml(max_qa_per_image=0)
    ref = run_synthesis(["sim:3-4"], tmp_path / "ref", base, engine="local", progress=False)
    capd = dataclasses.replace(base, captioner={"kind": "fixed", "captions": captions, "rename_masks": True})
    s = run_synthesis(["sim:3-4"], tmp_path / "cap", capd, engine="local", progress=False)
    assert ref.samples_out == s.samples_out == 1
    a, b = read_dataset(tmp_path / "ref")[0], read_dataset(tmp_path / "cap")[0]
    assert [(q.question, q.answer) for q in b.qa] == [(q.question, q.answer) for q in a.qa]
    assert a.qa
    # one caption for two different objects: they become one name, told apart or left out (counted)
    names = list(boxes)
    dup = [{"caption": "block" if n in names[:2] else n, "box": b} for n, b in boxes.items()]
    dcfg = dataclasses.replace(base, captioner={"kind": "fixed", "captions": dup, "rename_masks": True})
    s2 = run_synthesis(["sim:3-4"], tmp_path / "dup", dcfg, engine="local", progress=False)
    rep = json.loads((tmp_path / "dup" / "report.json").read_text())
    if s2.samples_out:
        x = read_dataset(tmp_path / "dup")[0]
        assert list(x.label_names.values()).count("block") == 2
        uses = [(o, n) for q in x.qa for o, n in zip(q.metadata["original_names"], q.metadata["objects"])
                if o == "block"]
        if rep["ambiguous_objects_left_out"] == 2:
            assert uses == []  # neither block is asked about
        else:  # told apart by position or size: never called plain "block" in a question
            assert rep["ambiguous_objects_left_out"] == 0 and uses and all(n != "block" for _, n in uses)
    else:
        assert s2.skipped == {"ambiguous": 1} and rep["ambiguous_objects_left_out"] == 2


def test_caption_stage_skips_images_without_captions(photos):
    cfg = SynthConfig.from_yaml()
    rows = _rows([photos / "photo0.png"], cfg)
    out = CaptionStage({"kind": "fixed", "captions": ["a"]}).process_rows(rows)
    assert out[0]["status"] == "skip" and out[0]["reason"] == "no_captions"
    out = CaptionStage({"kind": "fixed", "captions": ["cup", {"caption": "plate", "box": [0, 0, 5, 5]}]}).process_rows(rows)
    assert pickle.loads(out[0]["payload"]).names == ["cup", "plate"]


# ------------------------------------------------------------------------------------- intrinsics

def test_intrinsics_source(tmp_path):
    from spatialvlm_ros.data.readers import load_item

    cfg = SynthConfig.from_yaml()
    rgb = tiny.random_rgb(60, 80, 0)
    Image.fromarray(rgb).save(tmp_path / "plain.png")
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0xA405] = 28
    Image.fromarray(rgb).save(tmp_path / "exif.jpg", exif=exif)
    Image.fromarray(rgb).save(tmp_path / "cam.png")
    (tmp_path / "cam.png.camera_info.yaml").write_text(
        "image_width: 80\nimage_height: 60\ncamera_matrix: {rows: 3, cols: 3, data: [50.0, 0, 40, 0, 50.0, 30, 0, 0, 1]}\n")
    got = {it.path.split("/")[-1]: load_item(it, cfg) for it in expand_inputs([str(tmp_path)])}
    assert {k: w.intrinsics_source for k, w in got.items()} == {
        "plain.png": "default_fov", "exif.jpg": "exif", "cam.png": "camera_info"}
    assert got["exif.jpg"].frame.intrinsics.fx == pytest.approx(28 * 100.0 / np.hypot(36, 24))
    assert got["plain.png"].frame.intrinsics.fy == pytest.approx(30 / np.tan(np.radians(30)))
    no_exif = dataclasses.replace(cfg, image={**cfg.image, "use_exif": False})
    assert load_item(expand_inputs([str(tmp_path / "exif.jpg")])[0], no_exif).intrinsics_source == "default_fov"


# ----------------------------------------------------------------------------------- end to end

def _engine_cfg(models, threshold):
    return SynthConfig.from_yaml(
        shard_size=3, max_qa_per_image=4,
        filter={"model": str(models["clip"]), "threshold": threshold, "device": "cpu", "batch_size": 2},
        captioner={"kind": "vlm", "vlm": {"model": str(models["vlm"]), "device": "cpu", "max_new_tokens": 24},
                   "batch_size": 2},
        models={"grounding": {"detector": str(models["owl"]), "segmenter": str(models["sam"]),
                              "score_threshold": 0.0, "device": "cpu"},
                "depth": {"model": str(models["depth"]), "device": "cpu"}, "batch_size": 2},
    )


def test_synth_on_a_folder_of_plain_photos(models, photos, tmp_path, capsys):
    """`spatialvlm synth photos/ -o out`: no names anywhere; every image gives a sample or a reason
    from the stage that dropped it; the report is printed and written."""
    scores = ImageFilter({"model": str(models["clip"]), "device": "cpu"}).scores(
        [np.asarray(Image.open(p).convert("RGB")) for p in sorted(photos.glob("photo*.png"))])
    thr = float(np.median(scores))  # half the photos are filtered out
    cfg_file = tmp_path / "data.yaml"
    import yaml

    d = _engine_cfg(models, thr).to_dict()
    cfg_file.write_text(yaml.safe_dump(d))
    out = tmp_path / "out"
    rc = main(["synth", str(photos), "-o", str(out), "--config", str(cfg_file), "--engine", "local", "--no-progress"])
    assert rc == 0
    printed = capsys.readouterr().out
    assert "filter" in printed and "caption" in printed and "report.json" in printed
    rep = json.loads((out / "report.json").read_text())
    st = {s["stage"]: s for s in rep["stages"]}
    assert st["load"]["images_in"] == 5 and st["load"]["skipped"] == {"unreadable": 1}
    n_low = sum(s < thr for s in scores)
    assert n_low >= 1 and st["filter"]["skipped"] == {"filtered": n_low}
    assert sorted(rep["filter_scores"].values()) == sorted(round(s, 4) for s in scores)
    assert st["caption"]["skipped"] == {}
    last = st["synth"]
    assert last["kept"] == rep["samples"]
    assert sum(sum(s["skipped"].values()) for s in rep["stages"]) + rep["samples"] == 5
    xs = read_dataset(out)
    assert len(xs) == rep["samples"] >= 1
    for x in xs:
        assert set(x.label_names.values()) <= {"red cube", "blue bowl", "green mug"}
        assert x.camera["intrinsics_source"] == "default_fov" and x.depth_source == "monocular"
    assert rep["qa_per_image"] == pytest.approx(sum(len(x.qa) for x in xs) / len(xs))
    assert rep["objects_per_image"] == pytest.approx(np.mean([len(x.scene["objects"]) for x in xs]))


def test_dry_run_prints_the_plan_without_loading_models(models, photos, tmp_path, capsys):
    import yaml

    d = _engine_cfg(models, 0.5).to_dict()
    d["filter"].update(model="/nonexistent/clip", num_gpus=0.25, concurrency=2)
    (tmp_path / "c.yaml").write_text(yaml.safe_dump(d))
    rc = main(["synth", str(photos), "-o", str(tmp_path / "o"), "--config", str(tmp_path / "c.yaml"), "--dry-run"])
    out = capsys.readouterr().out
    assert rc == 0 and not (tmp_path / "o").exists()
    assert "5 input(s)" in out
    assert "filter   2 actor(s) x 0.25 GPU, batch 2  [/nonexistent/clip]" in out
    assert "caption  1 actor(s) x 0 GPU, batch 2  [vlm]" in out and "models   1 actor(s)" in out


def test_ray_and_local_engines_give_the_same_output(models, photos, tmp_path):
    import ray
    import torch

    cfg = _engine_cfg(models, 0.0)
    # each actor pool holds its CPU for its lifetime: 3 pools + the CPU tasks need 4 logical CPUs
    ray.init(num_cpus=4, include_dashboard=False, log_to_driver=False)
    try:
        s = run_synthesis([str(photos)], tmp_path / "ray", cfg, engine="ray", progress=False)
    finally:
        ray.shutdown()
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # as in the 1-CPU Ray worker, so the float kernels match
    try:
        s2 = run_synthesis([str(photos)], tmp_path / "local", cfg, engine="local", progress=False)
    finally:
        torch.set_num_threads(threads)
    assert s.skipped == s2.skipped and s.samples_out == s2.samples_out
    assert read_dataset(tmp_path / "ray") == read_dataset(tmp_path / "local")
    assert json.loads((tmp_path / "ray" / "report.json").read_text()) == \
        json.loads((tmp_path / "local" / "report.json").read_text())
