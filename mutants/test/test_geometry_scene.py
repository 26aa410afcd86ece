"""build_scene_graph end to end on analytically rendered scenes with exact ground truth.

Every scene is rendered by the numpy ray caster in helpers_geometry (boxes and spheres on
planes), so true centres, sizes and the true up direction are known exactly.
"""

from __future__ import annotations

import itertools
import json

import numpy as np
import pytest
from helpers_geometry import Scene, add_holes, add_noise, bleed, look_at, make_frame, render, tabletop

from spatialvlm_ros.core.camera import CameraIntrinsics
from spatialvlm_ros.core.frame import Segmentation
from spatialvlm_ros.core.geometry_config import GeometryConfig
from spatialvlm_ros.core.gravity import angle_deg
from spatialvlm_ros.core.quantities import measure
from spatialvlm_ros.core.query import SpatialQuery
from spatialvlm_ros.core.scene import Box3D
from spatialvlm_ros.core.scene_builder import build_scene_graph
from spatialvlm_ros.core.scene_json import scene_graph_to_dict
from spatialvlm_ros.errors import ConfigError, InputError, NoDepthError, UnknownObjectError

INTR = CameraIntrinsics.from_fov(320, 240, 55)
EYE, TARGET = [0.05, -0.85, 0.6], [0.03, 0.08, 0.05]
CFG = GeometryConfig()
#: Everything that cleans object pixels switched off: raw masks, raw min/max.
NAIVE = CFG.replace(
    smooth_px=0, edge_abs_m=100.0, support_remove_m=0.0, component_depth_margin_m=100.0, percentile=0.0,
    bleed_max_px=0,
)


def truth_in_scene(scene_graph, T_world_camera: np.ndarray, box: Box3D) -> np.ndarray:
    """A world-frame box centre expressed in the scene graph's frame."""
    if scene_graph.frame_id == "world":
        return box.center
    T_cw = np.linalg.inv(T_world_camera)
    return scene_graph.T_scene_camera[:3, :3] @ (T_cw[:3, :3] @ box.center + T_cw[:3, 3])


def errors(scene_graph, scene: Scene, T: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(centre errors, height errors) in metres, per object in id order."""
    truth = scene.truth_boxes()
    ce, he = [], []
    for obj in scene_graph.objects:
        box = truth[obj.id - 1]
        ce.append(np.linalg.norm(obj.center - truth_in_scene(scene_graph, T, box)))
        he.append(abs(obj.size[2] - box.size[2]))
    return np.array(ce), np.array(he)


@pytest.fixture(scope="module")
def table_render():
    scene = tabletop()
    T = look_at(EYE, TARGET, roll_deg=8.0)
    depth, labels = render(scene, INTR, T)
    return scene, T, depth, labels


@pytest.fixture(scope="module")
def noisy(table_render):
    _, _, depth, labels = table_render
    rng = np.random.default_rng(7)
    return add_holes(add_noise(depth, rng), rng, n_holes=6), bleed(labels, 3)


# ------------------------------------------------------------------ exact masks
@pytest.mark.parametrize("with_pose", [True, False])
def test_exact_masks_give_true_boxes(table_render, with_pose: bool) -> None:
    scene, T, depth, labels = table_render
    g = build_scene_graph(make_frame(scene, INTR, T, with_pose, depth, labels))
    assert g.frame_id == ("world" if with_pose else "camera")
    assert g.gravity_source == ("pose" if with_pose else "support_plane")
    assert [o.name for o in g.objects] == scene.names
    ce, he = errors(g, scene, T)
    assert ce.max() < 0.008 and he.max() < 0.005
    for obj, box in zip(g.objects, scene.boxes):
        assert obj.on_support
        assert np.allclose(sorted(obj.size[:2]), sorted(box.size[:2]), atol=0.012)
        if with_pose:  # yaw equal modulo 90 degrees
            d = (obj.box.yaw - box.yaw + np.pi / 4) % (np.pi / 2) - np.pi / 4
            assert abs(d) < np.radians(4)
        assert obj.points is not None and obj.n_points == len(obj.points) > 100


def test_support_plane_matches_the_table(table_render) -> None:
    scene, T, depth, labels = table_render
    g = build_scene_graph(make_frame(scene, INTR, T, False, depth, labels))
    up_true = np.linalg.inv(T)[:3, :3] @ np.array([0.0, 0.0, 1.0])  # world up in the optical frame
    assert angle_deg(g.T_scene_camera[2, :3], up_true) < 0.5
    normal, d = g.support_plane
    assert np.allclose(normal, [0, 0, 1]) and abs(d - 0.6) < 0.003  # camera 0.6 m above the table
    # with a pose the table is found in the world frame
    gp = build_scene_graph(make_frame(scene, INTR, T, True, depth, labels))
    assert np.allclose(gp.support_plane[0], [0, 0, 1], atol=1e-3) and abs(gp.support_plane[1]) < 0.002


# ------------------------------------------------------------------ real-world masks and depth
@pytest.mark.parametrize("with_pose", [True, False])
def test_bleeding_masks_holes_and_noise(table_render, noisy, with_pose: bool) -> None:
    scene, T, _, _ = table_render
    depth, labels = noisy
    frame = make_frame(scene, INTR, T, with_pose, depth, labels)
    g = build_scene_graph(frame)
    ce, he = errors(g, scene, T)
    assert ce.max() < 0.012 and he.max() < 0.01
    naive = build_scene_graph(frame, NAIVE)
    ce_naive, _ = errors(naive, scene, T)
    assert ce_naive.mean() > 2 * ce.mean()  # the clean-up is what makes it accurate
    assert ce_naive.max() > 0.012


def test_pose_and_plane_paths_agree(table_render, noisy) -> None:
    scene, T, _, _ = table_render
    depth, labels = noisy
    gp = build_scene_graph(make_frame(scene, INTR, T, True, depth, labels))
    gs = build_scene_graph(make_frame(scene, INTR, T, False, depth, labels))
    assert gs.gravity_source == "support_plane"
    for a, b in itertools.combinations(scene.names, 2):
        for kind in ("distance", "horizontal_distance", "vertical_distance"):
            q = SpatialQuery(kind, (a, b))
            assert abs(measure(gp, q).value_m - measure(gs, q).value_m) < 0.004
    for n in scene.names:
        q = SpatialQuery("height", (n,))
        assert abs(measure(gp, q).value_m - measure(gs, q).value_m) < 0.004
        for kind in ("width", "depth"):  # viewer-relative extents agree too (yaw of a small
            # noisy near-square footprint is ill-determined: 1 cm)
            q = SpatialQuery(kind, (n,))
            assert abs(measure(gp, q).value_m - measure(gs, q).value_m) < 0.01


@pytest.mark.parametrize("roll_deg", [-25.0, 20.0])
def test_camera_roll_is_removed_by_the_plane(roll_deg: float) -> None:
    scene = tabletop()
    T = look_at(EYE, TARGET, roll_deg=roll_deg)
    depth, labels = render(scene, INTR, T)
    frame = make_frame(scene, INTR, T, False, depth, labels)
    g = build_scene_graph(frame)
    assert g.gravity_source == "support_plane"
    ce, he = errors(g, scene, T)
    assert ce.max() < 0.008 and he.max() < 0.005
    # assuming the rolled camera is level tilts every height
    level = build_scene_graph(frame, CFG.replace(plane_candidates=0))
    assert level.gravity_source == "assumed_level"
    _, he_level = errors(level, scene, T)
    assert he_level.max() > 0.01


# ------------------------------------------------------------------ support surfaces and walls
def test_wall_is_not_taken_for_the_floor() -> None:
    # camera tilted 20 deg up at a wall (70 deg from its up: within the tilt cone, camera on
    # the wall's "upper" side); two boxes float in front of it; no floor in view
    wall = (np.array([0.0, -1.0, 0.0]), 1.0)  # the plane y = 1 facing the camera
    scene = Scene(
        boxes=[Box3D([0.0, 0.6, 1.0], [0.1, 0.1, 0.1]), Box3D([0.2, 0.5, 1.1], [0.1, 0.1, 0.2])],
        names=["a", "b"], planes=[wall],
    )
    T = look_at([0.0, 0.0, 1.0], [0.0, 1.0, 1.0 + np.tan(np.radians(20))])
    depth, labels = render(scene, INTR, T)
    assert (labels == 0).mean() > 0.5 and (depth > 0).all() and set(np.unique(labels)) == {0, 1, 2}
    frame = make_frame(scene, INTR, T, False, depth, labels)
    g = build_scene_graph(frame)
    assert g.gravity_source == "assumed_level"
    assert g.support_plane is None
    # it is the "supports an object" check that rejects it
    lax = build_scene_graph(frame, CFG.replace(plane_level_tilt_deg=90.0))
    assert lax.gravity_source == "support_plane"


def test_floor_wins_over_a_bigger_wall() -> None:
    wall = (np.array([0.0, -1.0, 0.0]), 0.6)  # y = 0.6
    floor = (np.array([0.0, 0.0, 1.0]), 0.0)
    scene = Scene(boxes=[Box3D([0.0, 0.3, 0.05], [0.1, 0.1, 0.1])], names=["box"], planes=[floor, wall])
    T = look_at([0.0, -0.3, 0.5], [0.0, 0.6, 0.35])
    depth, labels = render(scene, INTR, T)
    frame = make_frame(scene, INTR, T, False, depth, labels)
    g = build_scene_graph(frame)
    assert g.gravity_source == "support_plane"
    up_true = np.linalg.inv(T)[:3, :3] @ np.array([0.0, 0.0, 1.0])
    assert angle_deg(g.T_scene_camera[2, :3], up_true) < 1.0
    assert abs(g.objects[0].size[2] - 0.1) < 0.005


def test_full_height_when_the_bottom_is_hidden() -> None:
    # a ball seen from above: its lower part is hidden by itself, the lowest visible point is
    # ~2 cm above the table; a box floating in the air must not be extended
    scene = Scene(
        boxes=[Box3D([0.25, 0.05, 0.30], [0.08, 0.06, 0.06])],
        names=["floating box", "ball"],
        spheres=[(np.array([0.0, 0.0, 0.045]), 0.045)],
    )
    T = look_at([0.0, -0.45, 0.75], [0.05, 0.05, 0.05])
    depth, labels = render(scene, INTR, T)
    frame = make_frame(scene, INTR, T, True, depth, labels)
    g = build_scene_graph(frame)
    ball, box = g.find("ball"), g.find("floating box")
    assert ball.on_support and abs(ball.size[2] - 0.09) < 0.006 and abs(ball.box.bottom) < 0.002
    assert not box.on_support and abs(box.size[2] - 0.06) < 0.005 and abs(box.box.bottom - 0.27) < 0.005
    # without the hidden-column test the ball keeps only its visible height
    short = build_scene_graph(frame, CFG.replace(support_max_extend_m=0.0)).find("ball")
    assert not short.on_support and short.size[2] < 0.08


@pytest.mark.parametrize("eye", [[0.0, -0.6, 0.55], [0.0, -0.3, 0.7]])
def test_stacked_box_is_not_extended_to_the_table(eye) -> None:
    # seen from high up, the column under the top box is hidden by the top box itself: only
    # knowing that it stands on the base box keeps it from being extended to the table
    scene = Scene(
        boxes=[Box3D([0.0, 0.0, 0.04], [0.16, 0.16, 0.08]), Box3D([0.01, 0.02, 0.10], [0.05, 0.05, 0.04])],
        names=["base", "top"],
    )
    T = look_at(eye, [0.0, 0.0, 0.05])
    depth, labels = render(scene, INTR, T)
    g = build_scene_graph(make_frame(scene, INTR, T, True, depth, labels))
    assert g.find("base").on_support and abs(g.find("base").size[2] - 0.08) < 0.005
    top = g.find("top")
    assert not top.on_support and abs(top.size[2] - 0.04) < 0.005 and abs(top.box.bottom - 0.08) < 0.005


# ------------------------------------------------------------------ names and errors
def test_names_restrict_the_work(table_render) -> None:
    scene, T, depth, labels = table_render
    frame = make_frame(scene, INTR, T, True, depth, labels)
    g = build_scene_graph(frame, names=["Red  Cube", "green block"])
    assert [o.name for o in g.objects] == ["red cube", "green block"]
    with pytest.raises(UnknownObjectError, match="'duck'.*blue box"):
        build_scene_graph(frame, names=["duck"])


def test_object_without_depth(table_render) -> None:
    scene, T, depth, labels = table_render
    d = depth.copy()
    d[labels == 2] = 0.0
    frame = make_frame(scene, INTR, T, True, d, labels)
    with pytest.raises(NoDepthError, match="blue box"):
        build_scene_graph(frame, names=["blue box"])
    assert build_scene_graph(frame).names() == ["red cube", "green block"]  # left out, with a warning


def test_missing_depth_or_masks(table_render) -> None:
    scene, T, depth, labels = table_render
    frame = make_frame(scene, INTR, T, True, depth, labels)
    frame.depth = None
    with pytest.raises(NoDepthError):
        build_scene_graph(frame)
    frame = make_frame(scene, INTR, T, True, depth, labels)
    frame.segmentation = None
    with pytest.raises(InputError, match="segmentation"):
        build_scene_graph(frame)
    frame = make_frame(scene, INTR, T, True, depth, labels)
    frame.segmentation = Segmentation(labels[:10], frame.segmentation.names)
    with pytest.raises(InputError, match="mask image"):
        build_scene_graph(frame)


def test_deterministic(table_render, noisy) -> None:
    scene, T, _, _ = table_render
    frame = make_frame(scene, INTR, T, False, *noisy)
    a, b = build_scene_graph(frame), build_scene_graph(frame)
    assert np.array_equal(a.T_scene_camera, b.T_scene_camera)
    assert all(np.array_equal(x.center, y.center) for x, y in zip(a.objects, b.objects))


# ------------------------------------------------------------------ JSON document and config
def test_scene_graph_to_dict(table_render) -> None:
    scene, T, depth, labels = table_render
    g = build_scene_graph(make_frame(scene, INTR, T, True, depth, labels))
    doc = json.loads(json.dumps(scene_graph_to_dict(g), allow_nan=False))
    assert doc["frame"] == "world" and doc["gravity_source"] == "pose"
    assert [o["name"] for o in doc["objects"]] == scene.names
    assert np.allclose(doc["objects"][0]["center"], g.objects[0].center)
    assert len(doc["relations"]) == 3
    r = doc["relations"][0]
    assert (r["a"], r["b"]) == ("red cube", "blue box")
    q = SpatialQuery("distance", ("red cube", "blue box"))
    assert r["distance"] == pytest.approx(measure(g, q).value_m)
    for key in ("horizontal_distance", "vertical_distance", "gap", "direction", "left_of", "taller"):
        assert key in r


def test_config_yaml_matches_defaults_and_rejects_unknown_keys(tmp_path) -> None:
    assert GeometryConfig.from_yaml() == GeometryConfig()
    p = tmp_path / "g.yaml"
    p.write_text("objects:\n  smooth_px: 0\nboxes:\n  percentile: 2\n")
    c = GeometryConfig.from_yaml(p)
    assert c.smooth_px == 0 and c.percentile == 2.0 and c.edge_rel == GeometryConfig().edge_rel
    p.write_text("smoth_px: 1\n")
    with pytest.raises(ConfigError, match="smoth_px"):
        GeometryConfig.from_yaml(p)
    p.write_text("smooth_px: lots\n")
    with pytest.raises(ConfigError, match="smooth_px"):
        GeometryConfig.from_yaml(p)


def test_stacked_box_with_names_still_sees_its_support() -> None:
    scene = Scene(
        boxes=[Box3D([0.0, 0.0, 0.04], [0.16, 0.16, 0.08]), Box3D([0.01, 0.02, 0.10], [0.05, 0.05, 0.04]),
               Box3D([0.3, 0.1, 0.05], [0.05, 0.05, 0.1])],
        names=["base", "top", "far box"],
    )
    T = look_at([0.0, -0.3, 0.7], [0.05, 0.0, 0.05])
    depth, labels = render(scene, INTR, T)
    g = build_scene_graph(make_frame(scene, INTR, T, True, depth, labels), names=["top", "far box"])
    assert g.names() == ["top", "far box"]  # the base box helps but is not part of the result
    top = g.find("top")
    assert not top.on_support and abs(top.size[2] - 0.04) < 0.005
    assert g.find("far box").on_support
