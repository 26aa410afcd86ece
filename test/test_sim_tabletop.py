"""The simulated tabletop on the real pybullet: determinism, true boxes vs rendered depth,
masks and names, camera poses, truth scene graph, scene-directory output and the CLI."""

from __future__ import annotations

import json

import numpy as np
import pytest
from helpers_sim import backproject_world, camera_roll_deg, outside_distance
from scipy import ndimage

from spatialvlm_ros.cli.main import main as cli_main
from spatialvlm_ros.core.query import SpatialQuery
from spatialvlm_ros.errors import ConfigError
from spatialvlm_ros.sim.tabletop import SimConfig, generate_scene, read_truth, write_sim_scene
from spatialvlm_ros.sim.truth import GRIPPER_NAME, truth_scene_graph

SEEDS = (11, 12, 13, 14)


@pytest.fixture(scope="module")
def config() -> SimConfig:
    return SimConfig.from_yaml()


@pytest.fixture(scope="module")
def scenes(config):
    return {seed: generate_scene(seed, config) for seed in SEEDS}


@pytest.fixture(scope="module")
def scene(scenes):
    return scenes[SEEDS[0]]


def test_same_seed_gives_identical_scene(scene, config):
    again = generate_scene(SEEDS[0], config)
    assert np.array_equal(again.frame.rgb, scene.frame.rgb)
    assert np.array_equal(again.clean_depth, scene.clean_depth)
    assert np.array_equal(again.frame.depth, scene.frame.depth)
    assert np.array_equal(again.frame.segmentation.labels, scene.frame.segmentation.labels)
    assert np.array_equal(again.T_world_camera, scene.T_world_camera)
    assert again.truth.names() == scene.truth.names()
    for a, b in zip(again.truth.objects, scene.truth.objects):
        assert np.array_equal(a.box.center, b.box.center) and np.array_equal(a.box.size, b.box.size)


def test_different_seeds_differ(scenes):
    poses = [s.T_world_camera for s in scenes.values()]
    assert not np.allclose(poses[0], poses[1])
    layouts = {tuple(s.truth.names()) for s in scenes.values()}
    assert len(layouts) > 1


def test_scene_content(scenes, config):
    lo, hi = config.objects["count"]
    for s in scenes.values():
        s.frame.validate()
        placed = [o for o in s.truth.objects if o.name != GRIPPER_NAME]
        assert lo <= len(placed) <= hi
        names = s.truth.names()
        assert len(set(names)) == len(names)
        assert names[-1] == GRIPPER_NAME
        for o in placed:
            # upright on the table top (z = 0), true size from the shape's extents
            assert o.box.bottom == pytest.approx(0.0, abs=1e-6)
            assert np.allclose(o.box.size, o.spec["extents"])
            assert o.visible_pixels >= config.camera["min_visible_pixels"]
        # footprints do not overlap (circumscribed circles plus the gap)
        for i, a in enumerate(placed):
            for b in placed[i + 1 :]:
                ra = np.hypot(*a.box.size[:2]) / 2
                rb = np.hypot(*b.box.size[:2]) / 2
                assert np.linalg.norm(a.box.center[:2] - b.box.center[:2]) >= ra + rb


def test_mesh_objects_appear_across_seeds(config):
    cfg = SimConfig.from_dict({**config.to_dict(), "objects": {**config.objects, "mesh_probability": 1.0,
                                                                "max_meshes": 2}})
    s = generate_scene(5, cfg)
    meshes = [o for o in s.truth.objects if o.spec.get("shape") == "mesh"]
    assert len(meshes) == 2 and all(o.name in config.meshes for o in meshes)
    intr = s.frame.intrinsics
    pts = backproject_world(s.clean_depth, intr, s.T_world_camera)
    for o in meshes:
        d = outside_distance(o.box, pts[s.clean_labels == o.id])
        assert np.percentile(d, 99) < 0.003, o.name


def test_camera_pose_is_a_rotation_with_varied_roll(scenes, config):
    rolls = []
    lo, hi = config.camera["roll_deg"]
    for s in scenes.values():
        R = s.T_world_camera[:3, :3]
        assert np.allclose(R @ R.T, np.eye(3), atol=1e-9) and np.linalg.det(R) == pytest.approx(1.0)
        roll = camera_roll_deg(s.T_world_camera)
        assert roll == pytest.approx(s.camera_params["roll_deg"], abs=1e-6)
        assert lo - 1e-9 <= roll <= hi + 1e-9
        # the camera looks down at the table
        assert R[2, 2] < 0 and s.T_world_camera[2, 3] > 0.1
        rolls.append(roll)
    assert np.ptp(rolls) > 5.0


def test_clean_depth_lies_on_the_true_boxes(scenes):
    for s in scenes.values():
        intr = s.frame.intrinsics
        pts = backproject_world(s.clean_depth, intr, s.T_world_camera)
        tops_seen = 0
        for o in s.truth.objects:
            sel = pts[s.clean_labels == o.id]
            if len(sel) == 0:
                continue
            d = outside_distance(o.box, sel)
            assert np.percentile(d, 99) < 0.0025, (s.seed, o.name, d.max())
            assert d.max() < 0.006, (s.seed, o.name, d.max())
            tops_seen += abs(np.nanmax(sel[:, 2]) - o.box.top) < 0.005
        # the boxes are not too big either: most objects' visible points reach their box top
        assert tops_seen >= len(s.truth.objects) // 2
        # background pixels near the objects are the table plane z = 0
        bg = pts[(s.clean_labels == 0) & (s.clean_depth > 0)]
        on_table = np.abs(bg[:, 2]) < 0.02
        assert on_table.mean() > 0.3
        # ... exactly: the image obeys the ideal intrinsics to a fraction of a pixel
        # (TinyRenderer's half-pixel row offset would leave ~0.8 mm here)
        assert np.median(np.abs(bg[on_table, 2])) < 0.0003


def test_masks_ids_and_names_are_consistent(scenes):
    for s in scenes.values():
        seg = s.frame.segmentation
        present = set(np.unique(s.clean_labels).tolist()) - {0}
        assert set(seg.names) == present
        for o in s.truth.objects:
            n = int(np.count_nonzero(s.clean_labels == o.id))
            assert n == o.visible_pixels
            if n:
                assert seg.names[o.id] == o.name
        assert seg.ids_named(GRIPPER_NAME) == ([s.truth.find(GRIPPER_NAME).id] if s.truth.find(GRIPPER_NAME).visible_pixels else [])
        # a mask holds only pixels whose clean depth is valid (visible surface)
        assert np.all(s.clean_depth[s.clean_labels > 0] > 0)


def test_masks_are_only_the_visible_pixels():
    """An object hidden behind another gets no pixels where it is hidden."""
    from spatialvlm_ros.sim import assembly as A
    from spatialvlm_ros.sim.camera import intrinsics_from_config, look_at, render
    from spatialvlm_ros.sim.objects import ObjectSpec

    cfg = SimConfig.from_yaml()
    client, used = A.connect("tiny")
    asm = A.Assembly(client, used, None)
    try:
        near = ObjectSpec("near box", "box", (0.1, 0.1, 0.1), np.array([0.1, 0.1, 0.1]), (1, 0, 0, 1))
        far = ObjectSpec("far box", "box", (0.06, 0.06, 0.06), np.array([0.06, 0.06, 0.06]), (0, 0, 1, 1))
        A.add_objects(asm, [near, far], [(np.array([0.5, 0.0, 0.05]), 0.0), (np.array([0.7, 0.0, 0.03]), 0.0)])
        intr = intrinsics_from_config({**cfg.image, "width": 160, "height": 120})
        T = look_at([0.0, 0.0, 0.05], [1.0, 0.0, 0.05])  # eye level: the near box hides the far one
        img = render(client, T, intr, 0.05, 5.0, used)
        labels = A.instance_labels(asm, img)
    finally:
        asm.close()
    assert np.count_nonzero(labels == 1) > 100
    assert np.count_nonzero(labels == 2) == 0


def test_bleeding_adds_only_background_pixels(scenes, config):
    r_max = config.noise.bleed_px[1]
    for s in scenes.values():
        clean, noisy = s.clean_labels, s.frame.segmentation.labels
        changed = clean != noisy
        assert changed.any()
        assert np.all(clean[changed] == 0)
        for inst in np.unique(clean[clean > 0]):
            m = clean == inst
            assert np.all(noisy[m] == inst)  # nothing of the object is lost
            grown = ndimage.binary_dilation(m, structure=np.ones((3, 3), bool), iterations=r_max)
            assert np.all(grown[noisy == inst])  # grows by at most bleed_px


def test_noisy_depth_statistics(scenes, config):
    for s in scenes.values():
        clean, noisy = s.clean_depth, s.frame.depth
        both = (clean > 0) & (noisy > 0)
        assert np.all(noisy[(clean == 0)] == 0)
        invalid = np.mean(noisy[clean > 0] == 0)
        assert 0.002 < invalid < 0.2
        q = config.noise.quantization
        assert np.allclose(noisy[both] / q, np.round(noisy[both] / q), atol=1e-3)
        err = noisy[both] - clean[both]
        assert abs(np.median(err)) < 0.002 and 0.0005 < np.std(err) < 0.05
        drgb = s.frame.rgb.astype(float) - s.clean_rgb.astype(float)
        assert 0.5 * config.noise.rgb_sigma < np.std(drgb) < 1.5 * config.noise.rgb_sigma
        assert np.array_equal(s.clean_frame().rgb, s.clean_rgb)


def test_truth_scene_graph_matches_camera_and_truth(scene):
    g = truth_scene_graph(scene.truth, scene.T_world_camera)
    assert g.frame_id == "world" and g.gravity_source == "pose" and g.gravity_known
    T = scene.T_world_camera
    assert np.allclose(g.viewer.position, T[:3, 3])
    fwd = np.array([T[0, 2], T[1, 2], 0.0])
    assert np.allclose(g.viewer.forward, fwd / np.linalg.norm(fwd))
    assert abs(g.viewer.right @ g.viewer.forward) < 1e-9 and g.viewer.right[2] == 0
    # the camera's image-right direction agrees with the viewer's right
    assert g.viewer.right @ T[:3, 0] > 0.5
    assert g.names() == scene.truth.names()
    a, b = scene.truth.objects[0], scene.truth.objects[1]
    from spatialvlm_ros.core.quantities import measure

    m = measure(g, SpatialQuery("distance", (a.name, b.name)))
    assert m.value_m == pytest.approx(float(np.linalg.norm(a.box.center - b.box.center)), abs=1e-9)
    h = measure(g, SpatialQuery("height", (a.name,)))
    assert h.value_m == pytest.approx(a.box.size[2], abs=1e-9)
    only = truth_scene_graph(scene.truth, T, names=[b.name])
    assert only.names() == [b.name]


def test_write_sim_scene_round_trip(scene, tmp_path):
    from spatialvlm_ros.io.scene_dir import read_scene_dir

    out = write_sim_scene(tmp_path / "s", scene)
    frame = read_scene_dir(out)
    assert np.allclose(frame.T_world_camera, scene.T_world_camera, atol=1e-9)
    assert frame.segmentation.names == scene.frame.segmentation.names
    assert np.array_equal(frame.segmentation.labels, scene.frame.segmentation.labels)
    valid = scene.frame.depth > 0
    assert np.allclose(frame.depth[valid], scene.frame.depth[valid], atol=5e-4)
    truth, T, doc = read_truth(out)
    assert np.allclose(T, scene.T_world_camera)
    assert doc["seed"] == scene.seed and doc["config"]["noise"]["sigma_quad"] == scene.config.noise.sigma_quad
    for a, b in zip(truth.objects, scene.truth.objects):
        assert a.name == b.name and np.allclose(a.box.center, b.box.center) and a.box.yaw == pytest.approx(b.box.yaw)
    bare = read_scene_dir(write_sim_scene(tmp_path / "bare", scene, with_pose=False, clean=True))
    assert bare.T_world_camera is None
    assert np.array_equal(bare.segmentation.labels, scene.clean_labels)


def test_cli_sim_writes_a_scene(tmp_path, capsys):
    rc = cli_main(["sim", str(tmp_path / "out"), "--seed", "3", "--no-pose", "--object", "blue ball"])
    assert rc == 0
    assert str(tmp_path / "out") in capsys.readouterr().out
    files = {p.name for p in (tmp_path / "out").iterdir()}
    assert {"rgb.png", "depth.png", "masks.png", "objects.json", "camera_info.yaml", "truth.json"} <= files
    assert "camera_pose.yaml" not in files
    doc = json.loads((tmp_path / "out" / "truth.json").read_text())
    assert doc["seed"] == 3 and doc["scene_dir"]["with_pose"] is False
    assert doc["objects"][0]["name"] == "blue ball"
    rc = cli_main(["sim", str(tmp_path / "bad"), "--object", "plaid sofa"])
    err = capsys.readouterr().err
    assert rc == 2 and "cannot make object 'plaid sofa'" in err


def test_cli_sim_bad_config_is_one_line_error(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("renderer: vulkan\n")
    rc = cli_main(["sim", str(tmp_path / "out"), "--config", str(bad)])
    err = capsys.readouterr().err.strip()
    assert rc == 2 and err.startswith("spatialvlm: error:") and "vulkan" in err and len(err.splitlines()) == 1


def test_config_errors_name_the_problem(config):
    with pytest.raises(ConfigError, match="sim config: unknown key.*lights"):
        SimConfig.from_dict({**config.to_dict(), "lights": {}})
    with pytest.raises(ConfigError, match=r"sim config: table = \[1\] is not a mapping"):
        SimConfig.from_dict({**config.to_dict(), "table": [1]})
    with pytest.raises(ConfigError, match="noise config: rgb_sigma = 'loud' is not a number"):
        SimConfig.from_dict({**config.to_dict(), "noise": {"rgb_sigma": "loud"}})
    with pytest.raises(ConfigError, match="edge_dropout"):
        SimConfig.from_dict({**config.to_dict(), "noise": {"edge_dropout": 2.0}})
    with pytest.raises(ConfigError, match="objects.count"):
        SimConfig.from_dict({**config.to_dict(), "objects": {**config.objects, "count": [4, 2]}})


def test_egl_when_usable_renders_like_tinyrenderer():
    """renderer "auto" uses the EGL plugin where it loads (else TinyRenderer); either way the
    images agree with TinyRenderer's at the same pose."""
    from spatialvlm_ros.sim import assembly as A
    from spatialvlm_ros.sim.camera import intrinsics_from_config, look_at, render
    from spatialvlm_ros.sim.objects import place_specs, sample_specs

    cfg = SimConfig.from_yaml()
    intr = intrinsics_from_config({**cfg.image, "width": 160, "height": 120})
    T = look_at([1.2, 0.4, 0.6], [0.5, 0.0, 0.05], np.radians(10))
    out = {}
    for choice in ("tiny", "auto"):
        rng = np.random.default_rng(0)
        specs = sample_specs(rng, cfg)
        client, used = A.connect(choice)
        asm = A.Assembly(client, used, None)
        try:
            A.build_static(client, cfg)
            asm.robot = A.load_panda(client)
            A.add_objects(asm, specs, place_specs(specs, rng, cfg))
            img = render(client, T, intr, 0.05, 5.0, used)
            out[choice] = (used, A.instance_labels(asm, img), img.depth)
        finally:
            asm.close()
    assert out["tiny"][0] == "tiny" and out["auto"][0] in ("egl", "tiny")
    # "auto" keeps TinyRenderer for small images (faster there)
    client, used = A.connect("auto", image_pixels=160 * 120)
    A.Assembly(client, used, None).close()
    assert used == "tiny"
    (_, la, da), (_, lb, db) = out["tiny"], out["auto"]
    assert np.mean(la == lb) > 0.97
    both = (la == lb) & (da > 0) & (db > 0)
    assert np.median(np.abs(da[both] - db[both])) < 0.002


def test_small_images_keep_the_framing(config):
    """Visibility thresholds are counted at 640x480 and scaled with the image area."""
    cfg = SimConfig.from_dict({**config.to_dict(), "image": {**config.image, "width": 160, "height": 120}})
    s = generate_scene(SEEDS[0], cfg)
    assert s.frame.rgb.shape == (120, 160, 3)
    need = config.camera["min_visible_pixels"] / 16.0
    assert all(o.visible_pixels >= need for o in s.truth.objects if o.name != GRIPPER_NAME)


def test_required_objects_are_placed_first(config):
    s = generate_scene(21, config, objects=["red cube", "Mug"])
    assert s.truth.names()[:2] == ["red cube", "mug"]
    assert s.truth.find("mug").spec["shape"] == "mesh"
    assert len(set(s.truth.names())) == len(s.truth.names())
    with pytest.raises(ConfigError, match="cannot make object 'plaid sofa'"):
        generate_scene(21, config, objects=["plaid sofa"])


def test_stacked_objects_rest_on_their_support(config):
    from spatialvlm_ros.core.quantities import measure
    from spatialvlm_ros.sim.objects import place_specs, sample_specs

    cfg = SimConfig.from_dict({**config.to_dict(), "objects": {**config.objects, "stack_probability": 1.0}})
    def stacks(sd: int) -> bool:  # layout only, no rendering: does this seed stack something?
        rng = np.random.default_rng(sd)
        specs = sample_specs(rng, cfg)
        layout = place_specs(specs, rng, cfg, stack_rng=np.random.default_rng([sd, 4]))
        return any(p[0][2] - sp.extents[2] / 2 > 1e-6 for sp, p in zip(specs, layout))

    seed = next(sd for sd in range(100) if stacks(sd))
    s = generate_scene(seed, cfg)
    placed = [o for o in s.truth.objects if o.name != GRIPPER_NAME]
    stacked = [o for o in placed if o.box.bottom > 1e-6]
    assert stacked
    graph = truth_scene_graph(s.truth, s.T_world_camera)
    pts = backproject_world(s.clean_depth, s.frame.intrinsics, s.T_world_camera)
    for top in stacked:
        support = [o for o in placed if abs(o.box.top - top.box.bottom) < 1e-9]
        assert len(support) == 1 and support[0].spec["shape"] == "box"
        base = support[0].box
        # the stacked footprint lies inside the support's top face
        c, si = np.cos(base.yaw), np.sin(base.yaw)
        rel = top.box.footprint() - base.center[:2]
        local = np.column_stack([rel[:, 0] * c + rel[:, 1] * si, -rel[:, 0] * si + rel[:, 1] * c])
        assert np.all(np.abs(local) <= base.size[:2] / 2 + 1e-9)
        assert measure(graph, SpatialQuery("above", (top.name, support[0].name), "yesno")).truth is True
        sel = pts[s.clean_labels == top.id]
        assert len(sel) and np.percentile(outside_distance(top.box, sel), 99) < 0.0025


def test_steep_views_keep_every_object_whole_near_the_border(config):
    # the accuracy bench's steep and rolled views: objects off-centre but not cut by the border
    cfg = SimConfig.from_dict(config.to_dict())
    cfg.camera.update({"elevation_deg": [60, 70], "roll_deg": [15, 20], "target_offset": [0.15, 0.25],
                       "border_margin_px": 2, "max_tries": 60})
    s = generate_scene(10003, cfg)
    assert 60 <= s.camera_params["elevation_deg"] <= 70 and 15 <= s.camera_params["roll_deg"] <= 20
    assert abs(camera_roll_deg(s.T_world_camera) - s.camera_params["roll_deg"]) < 0.5
    lab = s.clean_labels
    ids = [o.id for o in s.truth.objects if o.name != GRIPPER_NAME and o.visible_pixels > 0]
    border = np.concatenate([lab[0], lab[-1], lab[:, 0], lab[:, -1]])
    assert not np.isin(border, ids).any()
    # off-centre: the objects' pixels are not centred in the image
    rows, cols = np.nonzero(np.isin(lab, ids))
    h, w = lab.shape
    assert max(abs(rows.mean() - h / 2) / h, abs(cols.mean() - w / 2) / w) > 0.1
