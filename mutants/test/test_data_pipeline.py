"""The synthesis pipeline on real simulated scenes: local and Ray engines, resume, skip accounting, CLI."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest
from PIL import Image

from spatialvlm_ros.cli.main import main
from spatialvlm_ros.data.dataset import completed_shards, read_dataset
from spatialvlm_ros.data.pipeline import SynthConfig, plan_shards, run_synthesis
from spatialvlm_ros.data.sources import expand_inputs
from spatialvlm_ros.errors import ConfigError, InputError


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """Three good scene dirs, a 2-frame rosbag and five bad inputs (one per skip reason)."""
    from spatialvlm_ros.io.scene_dir import write_scene_dir
    from spatialvlm_ros.ros.bags import write_camera_bag
    from spatialvlm_ros.sim.tabletop import generate_scene, write_sim_scene

    root = tmp_path_factory.mktemp("inputs")
    scenes = [generate_scene(s) for s in range(4)]
    good = root / "good"
    for i, sc in enumerate(scenes[:3]):
        write_sim_scene(good / f"scene{i}", sc)
    bad = root / "bad"
    bad.mkdir()
    (bad / "broken.png").write_bytes(b"this is not a png")                   # unreadable
    Image.fromarray(scenes[0].frame.rgb).save(bad / "plain.png")             # no depth, no model
    write_sim_scene(bad / "zero_depth", scenes[1])                           # no_depth
    Image.fromarray(np.zeros(scenes[1].frame.depth.shape, np.uint16)).save(bad / "zero_depth" / "depth.png")
    f = scenes[2].frame                                                      # too_few_objects
    keep = min(k for k, v in f.segmentation.names.items() if v != "gripper")
    labels = np.where(f.segmentation.labels == keep, keep, 0).astype(np.uint16)
    seg = dataclasses.replace(f.segmentation, labels=labels, names={keep: f.segmentation.names[keep]})
    write_scene_dir(bad / "one_object", dataclasses.replace(f, segmentation=seg))
    write_sim_scene(bad / "bad_rgb", scenes[3])                              # unreadable file inside a scene
    (bad / "bad_rgb" / "rgb.png").write_bytes(b"\x89PNG garbage")
    frames = []
    for k, sc in enumerate(scenes[:2]):
        fr = dataclasses.replace(sc.frame, stamp_ns=(k + 1) * 100_000_000)
        frames.append(fr)
    bag = root / "bag"
    write_camera_bag(bag, frames)
    return {"good": good, "bad": bad, "bag": bag}


@pytest.fixture(scope="module")
def cfg():
    return SynthConfig.from_yaml(shard_size=2, max_qa_per_image=6)


@pytest.fixture(scope="module")
def local_run(inputs, cfg, tmp_path_factory):
    out = tmp_path_factory.mktemp("local") / "ds"
    summary = run_synthesis([str(inputs["good"]), str(inputs["bad"])], out, cfg, engine="local", progress=False)
    return out, summary


def test_local_run_counts_every_skip_with_its_reason(local_run):
    out, s = local_run
    assert s.inputs_total == 8 and s.images_in == 8
    assert s.samples_out == 3
    assert s.skipped == {"no_depth": 2, "too_few_objects": 1, "unreadable": 2}, s.skip_examples
    assert "plain.png" in s.skip_examples["no_depth"] or "zero_depth" in s.skip_examples["no_depth"]
    # every shard has its marker; skipped inputs are listed with their reason
    done = completed_shards(out)
    assert len(done) == 4
    skipped_keys = {k: v for d in done.values() for k, v in d["skipped_keys"].items()}
    assert any(k.endswith("broken.png") and v.startswith("unreadable") for k, v in skipped_keys.items())
    assert any(k.endswith("one_object") and v.startswith("too_few_objects") for k, v in skipped_keys.items())
    assert sum(d["qa"] for d in done.values()) == s.qa_out


def test_samples_are_consistent_chat_records(local_run):
    out, s = local_run
    samples = read_dataset(out)
    assert len(samples) == 3 and sum(len(x.qa) for x in samples) == s.qa_out
    for x in samples:
        assert 1 <= len(x.qa) <= 6
        assert [m["role"] for m in x.messages] == ["user", "assistant"] * len(x.qa)
        assert x.messages[0]["content"][0] == {"type": "image"}
        assert all(c["type"] == "text" for m in x.messages[1:] for c in m["content"])
        for k, q in enumerate(x.qa):
            assert x.messages[2 * k]["content"][-1]["text"] == q.question
            assert x.messages[2 * k + 1]["content"][0]["text"] == q.answer
            if q.form == "value":
                assert (q.value_m if q.kind != "direction" else q.value_deg) is not None
            else:
                assert q.truth is not None
        frame = x.to_frame()  # the stored frame is complete enough for the geometry backend
        frame.validate()
        assert frame.depth is not None and frame.segmentation is not None and frame.T_world_camera is not None
        assert x.scene["gravity_source"] == "pose" and len(x.scene["objects"]) >= 2


@pytest.fixture(scope="module")
def ray_local():
    """One small local Ray instance shared by this module's Ray tests."""
    import ray

    ray.init(num_cpus=1, include_dashboard=False, log_to_driver=False)
    yield ray
    ray.shutdown()


def test_ray_engine_gives_the_same_dataset_and_resumes(ray_local, inputs, cfg, local_run, tmp_path):
    out = tmp_path / "ray"
    args = [str(inputs["good"]), str(inputs["bad"])]
    s1 = run_synthesis(args, out, cfg, engine="ray", progress=False)
    assert (s1.samples_out, s1.skipped) == (local_run[1].samples_out, local_run[1].skipped)
    assert read_dataset(out) == read_dataset(local_run[0])  # same records, whatever the engine
    files = {p.name: p.stat().st_mtime_ns for p in (out / "shards").iterdir()}
    s2 = run_synthesis(args, out, cfg, engine="ray", progress=False)
    assert s2.shards_written == 0 and s2.shards_resumed == 4 and s2.images_in == 0
    assert {p.name: p.stat().st_mtime_ns for p in (out / "shards").iterdir()} == files


def test_plain_images_through_model_actors(ray_local, inputs, cfg, tmp_path):
    """Grounding (tiny OWLv2 + SAM) and monocular depth (tiny Depth Anything) as a Ray actor stage."""
    from spatialvlm_ros.sim.tabletop import generate_scene
    from spatialvlm_ros.testing.tiny_models import build_tiny_depth_anything, build_tiny_owlv2, build_tiny_sam

    imgs = tmp_path / "imgs"
    imgs.mkdir()
    for i in range(2):
        f = generate_scene(i).frame
        Image.fromarray(f.rgb[::4, ::4]).save(imgs / f"img{i}.png")
        names = [n for n in f.segmentation.names.values() if n != "gripper"]
        (imgs / f"img{i}.png.names.txt").write_text("\n".join(names))
    Image.fromarray(f.rgb[::4, ::4]).save(imgs / "no_names.png")  # nothing to ground
    models = {
        "grounding": {"detector": str(build_tiny_owlv2(tmp_path / "owl")), "segmenter": str(build_tiny_sam(tmp_path / "sam")),
                      "score_threshold": 0.0, "device": "cpu"},
        "depth": {"model": str(build_tiny_depth_anything(tmp_path / "depth")), "device": "cpu"},
        "num_gpus": 0, "concurrency": 1, "batch_size": 2,
    }
    mcfg = dataclasses.replace(cfg, models=models)
    s = run_synthesis([str(imgs)], tmp_path / "ds", mcfg, engine="ray", progress=False)
    assert s.images_in == 3 and s.samples_out + sum(s.skipped.values()) == 3
    assert s.skipped.get("too_few_objects", 0) >= 1  # no_names.png
    assert s.samples_out >= 1, s.skip_examples
    xs = read_dataset(tmp_path / "ds")
    assert {x.depth_source for x in xs} == {"monocular"}
    for x in xs:  # masks come from the grounder, named from the sidecar list; gravity is not known
        assert set(x.label_names.values()) <= set((imgs / f"{x.source_key.split('/')[-1]}.names.txt").read_text().split("\n"))
        assert x.scene["gravity_source"] in ("assumed_level", "support_plane")
    # the in-process engine gives the same records (one torch thread, as in the 1-CPU Ray worker,
    # so the float kernels of the depth model match)
    import torch

    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        s2 = run_synthesis([str(imgs)], tmp_path / "ds_local", mcfg, engine="local", progress=False)
    finally:
        torch.set_num_threads(threads)
    assert s2.skipped == s.skipped
    assert read_dataset(tmp_path / "ds_local") == xs


def test_interrupted_shard_is_redone_and_nothing_else(inputs, cfg, tmp_path):
    out = tmp_path / "ds"
    args = [str(inputs["good"])]
    run_synthesis(args, out, cfg, engine="local", progress=False)
    markers = sorted((out / "shards").glob("*.done.json"))
    assert len(markers) == 2
    first = min((out / "shards").glob("*.parquet"))
    before = first.stat().st_mtime_ns
    markers[-1].unlink()  # as if the run died while writing the last shard
    s = run_synthesis(args, out, cfg, engine="local", progress=False)
    assert s.shards_written == 1 and s.shards_resumed == 1 and s.images_in == 1
    assert first.stat().st_mtime_ns == before
    assert len(read_dataset(out)) == 3


def test_another_config_into_the_same_output_is_refused(inputs, cfg, tmp_path):
    out = tmp_path / "ds"
    run_synthesis([str(inputs["good"] / "scene0")], out, cfg, engine="local", progress=False)
    with pytest.raises(ConfigError, match="another data config"):
        run_synthesis([str(inputs["good"] / "scene0")], out, dataclasses.replace(cfg, seed=7), engine="local",
                      progress=False)


def test_rosbag_and_sim_inputs(inputs, cfg, tmp_path):
    items = expand_inputs([str(inputs["bag"]), "sim:10-11"], bag_stride=1)
    assert [i.kind for i in items] == ["bag", "bag", "sim"]
    s = run_synthesis(items, tmp_path / "ds", dataclasses.replace(cfg, answers_from="truth"), engine="local",
                      progress=False)
    # bag frames have no simulator truth: skipped with that reason; the sim scene gives truth answers
    assert s.skipped == {"no_truth": 2} and s.samples_out == 1
    (x,) = read_dataset(tmp_path / "ds")
    assert x.source == "sim" and x.depth_source == "truth"
    s = run_synthesis(items[:2], tmp_path / "ds2", cfg, engine="local", progress=False)
    assert s.samples_out == 2 and s.skipped == {}
    xs = read_dataset(tmp_path / "ds2")
    assert {x.source for x in xs} == {"bag"} and {x.depth_source for x in xs} == {"measured"}
    assert all(x.camera["T_world_camera"] is not None for x in xs)  # camera pose from the bag's TF


def test_shard_ids_depend_only_on_the_inputs(inputs):
    a = plan_shards(expand_inputs([str(inputs["good"]), "sim:0-3"]), 2)
    b = plan_shards(expand_inputs(["sim:0-3", str(inputs["good"] / "scene2"), str(inputs["good"])]), 2)
    assert [s.id for s in a] == [s.id for s in b]
    with pytest.raises(InputError, match="not found"):
        expand_inputs([str(inputs["good"] / "nope")])


def test_cli_synth(inputs, tmp_path, capsys):
    out = tmp_path / "cli"
    rc = main(["synth", str(inputs["good"] / "scene1"), "-o", str(out), "--engine", "local", "--json",
               "--no-progress", "--shard-size", "2"])
    assert rc == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["samples_out"] == 1 and summary["qa_out"] == len(read_dataset(out)[0].qa)
    rc = main(["synth", str(tmp_path / "missing"), "-o", str(out), "--engine", "local"])
    err = capsys.readouterr().err
    assert rc == 2 and err.startswith("spatialvlm: error: input not found") and len(err.strip().splitlines()) == 1
