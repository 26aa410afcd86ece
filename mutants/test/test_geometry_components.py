"""Which mask pixels make up an object: depth-continuous pieces, bleed onto unlabelled bodies,
objects made of separate parts (core.pointcloud + build_scene_graph, exact ray-cast truth).

The two end-to-end cases are the closed loop's gripper failures in miniature: a hand with two
fingers hanging below it (the fingers are a separate depth piece, farther from the camera than
the hand's depth range), and a mask bleeding onto an unlabelled bar (an arm) in front of the
object, whose pixels next to the object are nearer to the camera and higher up.
"""

from __future__ import annotations

import numpy as np
import pytest
from helpers_geometry import Scene, add_noise, bleed, look_at, make_frame, render

from spatialvlm_ros.core.camera import CameraIntrinsics
from spatialvlm_ros.core.geometry_config import GeometryConfig
from spatialvlm_ros.core.pointcloud import bleed_pixels, depth_segments, select_segments
from spatialvlm_ros.core.scene import Box3D
from spatialvlm_ros.core.scene_builder import build_scene_graph

INTR = CameraIntrinsics.from_fov(320, 240, 55)
CFG = GeometryConfig()
#: the previous selection: no bleed test, pieces kept only when their depth agrees
OLD_RULES = CFG.replace(bleed_max_px=0, component_gap_m=0.0)


# ------------------------------------------------------------------ unit level
def test_depth_segments_split_at_discontinuities_only() -> None:
    d = np.full((6, 12), 1.0, np.float32)
    d[:, 6:] = 1.2  # a 20 cm step: another piece
    d[:, 3] += np.float32(0.01)  # 1 cm: the same surface
    d[0, 0] = 0.0  # invalid: in no piece
    mask = np.ones(d.shape, bool)
    mask[:, 10] = False  # cuts the right part in two
    labels, n = depth_segments(mask, d, 0.015, 0.02)
    assert n == 3
    assert labels[0, 0] == 0 and not (labels[:, 10]).any()
    assert len(np.unique(labels[:, :6][mask[:, :6] & (d[:, :6] > 0)])) == 1
    assert len({labels[1, 0], labels[0, 6], labels[0, 11]}) == 3  # left, right of the step, right of the cut


def test_bleed_pixels_flags_a_band_continuing_outside_only() -> None:
    d = np.full((20, 30), 2.0, np.float32)  # far background
    d[4:16, 4:14] = 1.0  # the object
    d[:, 14:22] = 0.8  # an unlabelled bar in front, right of the object
    obj = np.zeros(d.shape, bool)
    obj[4:16, 4:14] = True
    obj[4:16, 14:17] = True  # the mask bleeds 3 px onto the bar
    obj[3, 4:14] = True  # and 1 px onto the far background above
    flagged = bleed_pixels(obj, obj, d, 0.015, 0.02, 4)
    assert flagged[4:16, 14:17].all()  # the band on the bar continues outside: bleed
    assert not flagged[4:16, 4:13].any()  # the object's pixels are kept (at most 1 px beyond the band)
    assert flagged[3, 5:13].all()  # the row on the background continues the background
    # the same band is kept when the outside surface it continues does not count (e.g. the support)
    assert not bleed_pixels(obj, obj, d, 0.015, 0.02, 4, outside_ok=np.zeros(d.shape, bool)).any()
    assert not bleed_pixels(obj, obj, d, 0.015, 0.02, 0).any()  # 0 = off


def test_select_segments_keeps_near_parts_and_drops_far_ones() -> None:
    h, w = 10, 30
    d = np.full((h, w), 1.0, np.float32)
    pts = np.zeros((h, w, 3))
    pts[..., 2] = d
    pts[..., 0] = np.arange(w)[None, :] * 0.002
    labels = np.zeros((h, w), np.int32)
    labels[:, 0:10] = 1  # main piece, z = 1 m
    labels[2:5, 12:15] = 2  # 9 pixels, z 1.12 m, but its nearest point is 4 cm from the main piece
    pts[2:5, 12:15, 2] = 1.12
    pts[2:5, 12:15, 0] = pts[2:5, 10:13, 0] - 0.02
    pts[2:5, 12, 2] = 1.04
    labels[0:6, 20:30] = 3  # 60 pixels at the same depth: the other side of an occluder
    labels[7:10, 20:23] = 4  # 9 pixels 30 cm behind: no part of it
    pts[7:10, 20:23, 2] = 1.3
    keep = select_segments(labels, 4, pts, depth_margin_m=0.05, gap_m=0.05, min_pixels=30, gap_min_pixels=5)
    assert keep[labels == 1].all() and keep[labels == 2].all() and keep[labels == 3].all()
    assert not keep[labels == 4].any()
    no_gap = select_segments(labels, 4, pts, depth_margin_m=0.05, gap_m=0.0, min_pixels=30)
    assert not no_gap[labels == 2].any() and no_gap[labels == 3].all()


# ------------------------------------------------------------------ end to end
def _render_as_one(boxes: list[Box3D], object_ids: list[int], eye, target, bleed_px: int = 0, noise_seed=None):
    """Render ``boxes``; the ones in ``object_ids`` (1-based) form one object "thing", the others
    are unlabelled bodies. Returns the frame."""
    scene = Scene(boxes=boxes, names=[f"b{i}" for i in range(len(boxes))])
    T = look_at(eye, target)
    depth, labels = render(scene, INTR, T)
    lab = np.isin(labels, object_ids).astype(np.uint16)
    if bleed_px:
        lab = bleed(lab, bleed_px)
    if noise_seed is not None:
        depth = add_noise(depth, np.random.default_rng(noise_seed))
    return make_frame(Scene(boxes=boxes[:1], names=["thing"]), INTR, T, True, depth, lab)


HAND = Box3D(center=[0.0, 0.0, 0.30], size=[0.06, 0.20, 0.06])
FINGERS = [Box3D(center=[0.0, y, 0.22], size=[0.02, 0.02, 0.08]) for y in (-0.04, 0.04)]


@pytest.mark.parametrize("eye", [[0.45, 0.0, 0.75], [0.5, 0.1, 0.6], [0.35, -0.2, 0.8]])
def test_object_made_of_separate_parts_keeps_them_all(eye) -> None:
    # a gripper-like object in the air: the fingers (z 0.18-0.26) hang below the hand
    # (z 0.27-0.33); from a high camera they are a separate depth piece, farther away
    frame = _render_as_one([HAND, *FINGERS], [1, 2, 3], eye, [0.0, 0.0, 0.25], noise_seed=3)
    box = build_scene_graph(frame, CFG, names=["thing"]).find("thing").box
    assert abs(box.bottom - 0.18) < 0.01 and abs(box.top - 0.33) < 0.01
    assert np.allclose(box.center, [0.0, 0.0, 0.255], atol=0.01)
    assert abs(box.size[1] - 0.20) < 0.01


def test_depth_rule_alone_drops_the_fingers_from_a_high_camera() -> None:
    # the same scene: keeping pieces only by depth agreement loses the fingers (the old rule)
    frame = _render_as_one([HAND, *FINGERS], [1, 2, 3], [0.45, 0.0, 0.75], [0.0, 0.0, 0.25], noise_seed=3)
    box = build_scene_graph(frame, OLD_RULES, names=["thing"]).find("thing").box
    assert box.bottom > 0.24


@pytest.mark.parametrize(("gap", "thick", "eye"), [
    (0.01, 0.015, [0.0, -0.8, 0.45]), (0.005, 0.01, [0.2, -0.7, 0.5]), (0.02, 0.02, [0.0, -0.8, 0.45]),
])
def test_bleed_onto_a_nearer_unlabelled_bar_does_not_drag_the_box(gap: float, thick: float, eye) -> None:
    # a 12x8x10 cm box on the table; an unlabelled bar (an arm) hangs in front of it, ``gap``
    # in front of its face, from mid-height up to 35 cm; the box's mask bleeds 3 px onto it
    box_true = Box3D(center=[0.0, 0.0, 0.05], size=[0.12, 0.08, 0.10])
    bar = Box3D(center=[0.0, -0.04 - gap - thick / 2, 0.20], size=[0.04, thick, 0.30])
    frame = _render_as_one([box_true, bar], [1], eye, [0.0, 0.0, 0.05], bleed_px=3)
    box = build_scene_graph(frame, CFG).find("thing").box
    assert abs(box.size[2] - 0.10) < 0.005 and abs(box.top - 0.10) < 0.005
    assert np.linalg.norm(box.center - box_true.center) < 0.005
    # the old rules keep the band on the bar: it is nearer to the camera and higher up
    old = build_scene_graph(frame, OLD_RULES).find("thing").box
    assert old.top > 0.12


def test_exact_masks_lose_nothing_to_the_bleed_test() -> None:
    # no bleed: the object's silhouette is depth-discontinuous from the background, the
    # table it stands on does not count, so the same points come out with the test on or off
    frame = _render_as_one([Box3D(center=[0.0, 0.0, 0.05], size=[0.12, 0.08, 0.10])], [1],
                           [0.1, -0.7, 0.5], [0.0, 0.0, 0.05])
    on = build_scene_graph(frame, CFG).find("thing")
    off = build_scene_graph(frame, CFG.replace(bleed_max_px=0)).find("thing")
    assert on.n_points == off.n_points
    assert np.allclose(on.box.center, off.box.center) and np.allclose(on.box.size, off.box.size)
