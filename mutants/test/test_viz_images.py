"""Annotated images: projected boxes land on the objects, segments on the measured points,
labels readable at 640x480 and 1280x720, bad input gives one line and exit 2.

Real pybullet scenes (noisy depth, bleeding masks) through the real geometry pipeline; the
exact (clean) instance masks are the reference for where each object is in the image.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from spatialvlm_ros.cli.main import main
from spatialvlm_ros.core.quantities import box_gap
from spatialvlm_ros.core.scene import Box3D
from spatialvlm_ros.core.scene_builder import build_scene_graph
from spatialvlm_ros.errors import InputError
from spatialvlm_ros.estimators.geometry import touches_border
from spatialvlm_ros.io.scene_dir import read_scene_dir, write_scene_dir
from spatialvlm_ros.ros import convert
from spatialvlm_ros.sim.config import SimConfig
from spatialvlm_ros.sim.tabletop import generate_scene, write_sim_scene
from spatialvlm_ros.viz.annotate import draw_scene, scene_overlay
from spatialvlm_ros.viz.draw import PALETTE, SEGMENT_COLOR, Style, font
from spatialvlm_ros.viz.geometry import (
    box_edges_px,
    box_outline_px,
    boxes_from_detections,
    gap_points,
    project,
    to_camera,
)


def _sim(seed: int, width: int, height: int):
    cfg = SimConfig.from_yaml()
    cfg.image = dict(cfg.image, width=width, height=height)
    return generate_scene(seed, cfg)


@pytest.fixture(scope="module", params=[(640, 480), (1280, 720)], ids=["640x480", "1280x720"])
def sim_scene(request):
    w, h = request.param
    return _sim(3, w, h)


def _hull_mask(hull: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    img = Image.new("L", size, 0)
    if len(hull) >= 3:
        ImageDraw.Draw(img).polygon([tuple(map(float, p)) for p in hull], fill=1)
    return np.asarray(img, dtype=bool)


def test_projected_boxes_cover_the_objects_masks(sim_scene) -> None:
    frame = sim_scene.frame
    scene = build_scene_graph(frame)
    T_cam_scene = np.linalg.inv(scene.T_scene_camera)
    size = (frame.intrinsics.width, frame.intrinsics.height)
    labels = sim_scene.clean_labels
    checked = 0
    for obj in scene.objects:
        mask = labels == obj.id
        if touches_border(labels, obj.id) or mask.sum() < 150:
            continue  # a cut-off object's box covers only what is seen of it
        inside = _hull_mask(box_outline_px(obj.box, T_cam_scene, frame.intrinsics), size)
        covered = (inside & mask).sum() / mask.sum()
        assert covered >= 0.9, f"{obj.name}: the projected box covers {covered:.0%} of its mask"
        # and it is the object's box, not a box covering half the image
        assert inside.sum() < 4.0 * mask.sum() + 2000, obj.name
        checked += 1
    assert checked >= 3


def test_projection_with_the_wrong_pose_misses_the_objects(sim_scene) -> None:
    """The coverage test can fail: the same boxes projected with T_scene_camera instead of its
    inverse land elsewhere."""
    frame = sim_scene.frame
    scene = build_scene_graph(frame)
    size = (frame.intrinsics.width, frame.intrinsics.height)
    covers = []
    for obj in scene.objects:
        mask = sim_scene.clean_labels == obj.id
        inside = _hull_mask(box_outline_px(obj.box, scene.T_scene_camera, frame.intrinsics), size)
        covers.append((inside & mask).sum() / max(1, mask.sum()))
    assert np.median(covers) < 0.5


def test_drawn_image_shows_each_box_in_its_colour_on_its_edges(sim_scene, tmp_path) -> None:
    frame = sim_scene.frame
    scene = build_scene_graph(frame)
    out = draw_scene(frame, scene, str(tmp_path / "scene.png"))
    img = np.asarray(Image.open(out).convert("RGB"))
    assert img.shape == frame.rgb.shape
    ov = scene_overlay(scene, frame)
    T = ov.T_camera_scene
    hits = total = 0
    for mark in ov.boxes:
        for px in box_edges_px(mark.box, T, frame.intrinsics):
            u, v = np.round(px.mean(axis=0)).astype(int)
            if 0 <= u < img.shape[1] and 0 <= v < img.shape[0]:
                total += 1
                hits += tuple(img[v, u]) == mark.color  # labels may cover a few edges
    # the input image is left as it was away from the overlays (pixels far from every box)
    changed = np.any(img != frame.rgb, axis=2)
    assert 0.01 < changed.mean() < 0.5


def test_style_scales_with_the_image_and_text_stays_readable() -> None:
    small, big = Style.for_image(640, 480), Style.for_image(1280, 720)
    assert (small.font_px, small.line_px) == (16, 2)
    assert (big.font_px, big.line_px) == (24, 3)
    for st, cap_px in ((small, 11), (big, 16)):  # capitals this tall: a real scalable font
        _, top, _, bottom = font(st.font_px).getbbox("H")
        assert bottom - top >= cap_px


def test_boxes_rebuilt_from_detection_messages_have_the_same_corners(sim_scene) -> None:
    scene = build_scene_graph(sim_scene.frame)
    T_cam_scene = np.linalg.inv(scene.T_scene_camera)
    dets = [convert.detection_msg(o.name, o.box, T_cam_scene, 0, "cam") for o in scene.objects]
    boxes, T2 = boxes_from_detections(dets)
    for o in scene.objects:
        want = to_camera(o.box.corners(), T_cam_scene)
        got = to_camera(boxes[o.name].corners(), T2)
        # same 8 corners (the box's own axes may be relabelled: compare as sets)
        d = np.linalg.norm(want[:, None, :] - got[None, :, :], axis=2)
        assert d.min(axis=1).max() < 1e-6, o.name


def test_gap_points_are_as_far_apart_as_the_measured_gap() -> None:
    rng = np.random.default_rng(0)
    for _ in range(300):
        a = Box3D(rng.uniform(-0.3, 0.3, 3), rng.uniform(0.02, 0.2, 3), rng.uniform(-math.pi, math.pi))
        b = Box3D(rng.uniform(-0.3, 0.3, 3), rng.uniform(0.02, 0.2, 3), rng.uniform(-math.pi, math.pi))
        seg = gap_points(a, b)
        assert np.linalg.norm(seg.b - seg.a) == pytest.approx(box_gap(a, b), abs=1e-9)


# --------------------------------------------------------------------------- the CLI


@pytest.fixture(scope="module")
def scene_dir(tmp_path_factory) -> Path:
    return write_sim_scene(tmp_path_factory.mktemp("viz") / "s3", _sim(3, 640, 480))


def _one_error_line(err: str) -> bool:
    """Exactly one error line, no traceback (a "wrote ..." note may precede it)."""
    errors = [ln for ln in err.splitlines() if ln.startswith("spatialvlm: error:")]
    return len(errors) == 1 and err.splitlines()[-1] == errors[0] and "Traceback" not in err


def _run(capsys, *argv) -> tuple[int, str, str]:
    rc = main([str(a) for a in argv])
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_ask_draw_puts_the_segment_ends_on_the_two_box_centres(scene_dir, tmp_path, capsys) -> None:
    from spatialvlm_ros.estimators.geometry import GeometryEstimator

    out = tmp_path / "ask.png"
    rc, stdout, err = _run(capsys, "ask", scene_dir, "How far is the purple cube from the yellow cylinder?",
                           "--draw", out)
    assert rc == 0, err
    img = np.asarray(Image.open(out).convert("RGB"))
    frame = read_scene_dir(scene_dir)
    scene = GeometryEstimator().scene(frame, ["purple cube", "yellow cylinder"])
    T = np.linalg.inv(scene.T_scene_camera)
    for name in ("purple cube", "yellow cylinder"):
        u, v = np.round(project(to_camera(scene.find(name).center, T), frame.intrinsics)[0]).astype(int)
        assert tuple(img[v, u]) == SEGMENT_COLOR, name  # the segment's end dot, at the box centre
    # only the two asked objects are boxed: in their palette colours
    colours = {tuple(c) for c in img.reshape(-1, 3)}
    assert PALETTE[0] in colours and PALETTE[1] in colours and PALETTE[2] not in colours
    assert stdout.strip().endswith("cm")


def test_scene_draw_outlines_an_object_without_depth_in_red(scene_dir, tmp_path, capsys) -> None:
    frame = read_scene_dir(scene_dir)
    oid, name = min(frame.segmentation.names.items())
    frame.depth[frame.segmentation.labels == oid] = 0.0  # that object has no valid depth now
    bad = write_scene_dir(tmp_path / "nodepth", frame)
    out = tmp_path / "scene.png"
    rc, _, err = _run(capsys, "scene", bad, "--draw", out)
    assert rc == 0, err
    img = np.asarray(Image.open(out).convert("RGB"))
    ys, xs = np.nonzero(frame.segmentation.labels == oid)
    # the red outline runs along the mask's bounding box
    top_edge = img[ys.min(), xs.min():xs.max() + 1]
    assert np.mean(np.all(top_edge == (255, 50, 50), axis=1)) > 0.5
    # asking about it: an invalid answer, its reason drawn, exit 2 with one line
    rc, _, err = _run(capsys, "ask", bad, f"How tall is the {name}?", "--draw", tmp_path / "ask.png")
    assert rc == 2 and _one_error_line(err) and "depth" in err
    drawn = np.asarray(Image.open(tmp_path / "ask.png").convert("RGB"))
    assert np.all(drawn[..., 0][:40] >= 0)  # written
    reds = np.all(drawn[:60] == (255, 50, 50), axis=2).sum()
    assert reds > 50  # the red "invalid: ..." line at the top


def test_frame_without_objects_is_one_line_and_exit_2(scene_dir, tmp_path, capsys) -> None:
    frame = read_scene_dir(scene_dir)
    frame.segmentation.labels[:] = 0
    frame.segmentation.names.clear()
    empty = write_scene_dir(tmp_path / "empty", frame)
    (empty / "objects.json").write_text(json.dumps({"objects": []}))
    rc, _, err = _run(capsys, "scene", empty, "--draw", tmp_path / "x.png")
    assert rc == 2 and err.count("\n") == 1 and "no objects to draw" in err
    assert not (tmp_path / "x.png").exists()
    with pytest.raises(InputError, match="no objects to draw"):
        draw_scene(frame, None, str(tmp_path / "y.png"))


@pytest.mark.parametrize("target, words", [
    ("file.txt/out.png", "cannot create its folder"),
    ("out.jpg", "unsupported file type"),
    ("adir", "unsupported file type"),
])
def test_unwritable_draw_path_is_one_line_and_exit_2(scene_dir, tmp_path, capsys, target, words) -> None:
    (tmp_path / "file.txt").write_text("x")
    (tmp_path / "adir").mkdir()
    for cmd in (["scene", scene_dir], ["ask", scene_dir, "How far is the purple cube from the black ball?"]):
        rc, _, err = _run(capsys, *cmd, "--draw", tmp_path / target)
        assert rc == 2 and err.count("\n") == 1 and words in err, err
