"""The speed-ups of the geometry pipeline give the results of the straightforward computations:
the pruned yaw search, shared depth links, window sums, the sub-sampled bounding-box scan, the
band-restricted bounding-box search, the RANSAC inlier counts, the depth validity check, and
object pixel strides within their stated error bound."""

from __future__ import annotations

import numpy as np
import pytest
from helpers_geometry import add_noise, bleed, look_at, make_frame, render, tabletop
from scipy import ndimage

from spatialvlm_ros.core import gravity as grav
from spatialvlm_ros.core.boxes import min_area_rect_yaw, robust_range
from spatialvlm_ros.core.camera import CameraIntrinsics
from spatialvlm_ros.core.frame import has_valid_depth
from spatialvlm_ros.core.geometry_config import GeometryConfig
from spatialvlm_ros.core.object_points import sample_stride
from spatialvlm_ros.core.pointcloud import (
    bleed_pixels,
    depth_links,
    depth_segments,
    smooth_depth_in_mask,
)
from spatialvlm_ros.core.scene_builder import build_scene_graph, object_slices


def _yaw_brute_force(xy: np.ndarray, percentile: float, max_points: int = 400) -> float:
    """The yaw search written out: percentile extents of all points at every candidate angle."""
    p = np.asarray(xy, float)
    if len(p) > max_points:
        p = p[:: int(np.ceil(len(p) / max_points))]
    p = p - p.mean(axis=0)

    def best_of(angles):
        c, s = np.cos(angles), np.sin(angles)
        area = robust_range(p @ np.vstack([c, s]), percentile) * robust_range(p @ np.vstack([-s, c]), percentile)
        return float(angles[int(np.argmin(area))])

    coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
    fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
    a = best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25)))
    return float((a + np.pi / 4.0) % (np.pi / 2.0) - np.pi / 4.0)


@pytest.mark.parametrize("percentile", [0.5, 2.0, 10.0])
def test_pruned_yaw_search_equals_the_brute_force_one(percentile: float) -> None:
    rng = np.random.default_rng(7)
    for i in range(60):
        n = int(rng.integers(5, 2500))
        p = rng.uniform(-1, 1, (n, 2)) * rng.uniform(0.01, 0.1, 2) if i % 2 else rng.normal(size=(n, 2)) * 0.03
        p[: max(1, n // 40)] *= 4.0  # stray points
        th = rng.uniform(0, np.pi)
        p = p @ np.array([[np.cos(th), -np.sin(th)], [np.sin(th), np.cos(th)]]).T + rng.uniform(-1, 1, 2)
        assert min_area_rect_yaw(p, percentile) == pytest.approx(_yaw_brute_force(p, percentile), abs=1e-12)


def _continuous(a, b, abs_m=0.015, rel=0.02):
    return (a > 0) & (b > 0) & (np.abs(a - b) <= abs_m + rel * np.minimum(a, b))


def test_shared_depth_links_give_the_same_pieces_and_bleed() -> None:
    rng = np.random.default_rng(3)
    d = (1.0 + 0.003 * rng.normal(size=(40, 50))).astype(np.float32)
    d[10:30, 20:35] = 0.7  # a nearer block: cut from the rest
    d[rng.random(d.shape) < 0.03] = 0.0  # holes
    mask = np.zeros(d.shape, bool)
    mask[5:35, 15:40] = True
    links = depth_links(d, 0.015, 0.02)
    assert np.array_equal(links.down, _continuous(d[1:], d[:-1]))
    assert np.array_equal(links.right, _continuous(d[:, 1:], d[:, :-1]))
    lab_a, n_a = depth_segments(mask, d, 0.015, 0.02)
    lab_b, n_b = depth_segments(mask, d, 0.015, 0.02, links)
    assert n_a == n_b >= 2 and np.array_equal(lab_a, lab_b)
    obj = mask.copy()
    obj[:, 38:40] = False  # the mask bleeds 2 px past the object's own mask
    assert np.array_equal(bleed_pixels(mask, obj, d, 0.015, 0.02, 4), bleed_pixels(mask, obj, d, 0.015, 0.02, 4,
                                                                                 links=links))
    with pytest.raises(ValueError, match="other thresholds"):
        depth_segments(mask, d, 0.02, 0.02, links)


def test_depth_segments_without_cuts_are_the_4_components() -> None:
    d = np.full((12, 12), 1.0, np.float32)
    mask = np.zeros(d.shape, bool)
    mask[1:5, 1:5] = mask[7:11, 6:11] = True
    labels, n = depth_segments(mask, d, 0.015, 0.02)
    ref, n_ref = ndimage.label(mask)
    assert n == n_ref == 2 and np.array_equal(labels, ref)


@pytest.mark.parametrize("radius", [1, 2, 4])
def test_smoothing_equals_the_direct_window_mean(radius: int) -> None:
    rng = np.random.default_rng(radius)
    d = (1.0 + 0.01 * rng.normal(size=(25, 31))).astype(np.float32)
    mask = rng.random(d.shape) < 0.9
    mask[8:20, 5:25] = True
    out = smooth_depth_in_mask(d, mask, radius)
    h, w = d.shape
    for r in range(h):
        for c in range(w):
            win = (slice(r - radius, r + radius + 1), slice(c - radius, c + radius + 1))
            full = r >= radius and c >= radius and r + radius < h and c + radius < w and mask[win].all()
            expect = d[win].astype(np.float64).mean() if full else d[r, c]
            assert out[r, c] == pytest.approx(expect, abs=1e-6)


def test_subsampled_bounding_box_scan_contains_the_masks() -> None:
    rng = np.random.default_rng(5)
    labels = np.zeros((300, 450), np.uint16)
    for i in range(1, 9):  # rectangles (at least 3 px wide) in separate cells
        r, c = 70 * ((i - 1) // 4) + rng.integers(0, 25), 100 * ((i - 1) % 4) + rng.integers(0, 50)
        labels[r:r + rng.integers(3, 40), c:c + rng.integers(3, 40)] = i
    labels[250, 10] = 9  # a single pixel: missed by the sub-sampled scan, found in the full image
    exact = {i: s for i, s in enumerate(ndimage.find_objects(labels), 1) if s is not None}
    ids = sorted(exact)
    assert object_slices(labels, ids, labels.size) == exact  # no sub-sampling: the exact boxes
    coarse = object_slices(labels, ids, labels.size // 9)  # every 3rd row and column
    for i, (sr, sc) in exact.items():
        cr, cc = coarse[i]
        assert cr.start <= sr.start and cr.stop >= sr.stop and cc.start <= sc.start and cc.stop >= sc.stop
        assert sr.start - cr.start <= 2 and cr.stop - sr.stop <= 2  # widened by at most stride - 1


def test_band_restricted_box_search_equals_find_objects() -> None:
    rng = np.random.default_rng(8)
    for _ in range(20):
        labels = np.zeros((60, 80), np.uint16)
        for i in range(1, int(rng.integers(1, 6))):
            r, c = int(rng.integers(0, 60)), int(rng.integers(0, 80))
            labels[r:r + int(rng.integers(1, 20)), c:c + int(rng.integers(1, 20))] = i  # may touch the border
        ids = list(range(1, 7))  # ids 6 and maybe more are absent
        exact = {i: s for i, s in enumerate(ndimage.find_objects(labels, max_label=6), 1) if s is not None}
        assert object_slices(labels, ids, labels.size) == exact
    assert object_slices(np.zeros((10, 10), np.uint16), [1, 2], 100) == {}


def test_ransac_inlier_counts_equal_the_direct_count() -> None:
    rng = np.random.default_rng(4)
    pts = rng.normal(size=(1000, 3)) * [1.0, 1.0, 0.02]
    normals = rng.normal(size=(1000, 3))  # more hypotheses than one block holds
    normals /= np.linalg.norm(normals, axis=1)[:, None]
    ds = rng.normal(size=1000) * 0.05
    direct = [int(np.count_nonzero(np.abs(pts @ n + d) < 0.01)) for n, d in zip(normals, ds)]
    assert grav._inlier_counts(normals, ds, np.ascontiguousarray(pts.T), 0.01).tolist() == direct
    n, d = grav.refine_plane(pts)  # least squares: the smallest singular direction of the centred points
    v = np.linalg.svd(pts - pts.mean(axis=0))[2][-1]
    assert abs(abs(n @ v) - 1.0) < 1e-12 and abs(d + n @ pts.mean(axis=0)) < 1e-12


def test_transform_points_equals_the_row_product() -> None:
    rng = np.random.default_rng(9)
    pts = rng.normal(size=(500, 3))
    R = np.linalg.qr(rng.normal(size=(3, 3)))[0]
    t = rng.normal(size=3)
    out = grav.transform_points(pts, R, t)
    assert out.shape == (500, 3) and out.flags["C_CONTIGUOUS"]
    assert np.allclose(out, pts @ R.T + t, rtol=0.0, atol=1e-14)
    assert np.allclose(grav.transform_points(pts, R), pts @ R.T, rtol=0.0, atol=1e-14)


def test_depth_validity_check_finds_a_single_valid_pixel() -> None:
    d = np.full((48, 64), np.nan, np.float32)
    d[:, 5] = np.inf
    d[7, :] = 0.0
    d[10, 11] = -1.0
    assert not has_valid_depth(d)
    d[13, 37] = 0.8  # not on the every-8th-pixel grid looked at first
    assert has_valid_depth(d)


def test_sample_stride_rule() -> None:
    cfg = GeometryConfig()  # 3 mm spacing, at least 4000 pixels
    assert sample_stride(cfg, 461.0, 1.0, 50000) == 1  # 640x480 pixels are 2.2 mm apart at 1 m
    assert sample_stride(cfg, 922.0, 1.0, 50000) == 2  # 1280x960: 1.1 mm
    assert sample_stride(cfg, 922.0, 1.0, 10000) == 1  # too few pixels to sub-sample
    assert sample_stride(cfg, 922.0, None, 50000) == 1
    assert sample_stride(cfg.replace(object_sample_m=0.0), 922.0, 0.5, 50000) == 1


def test_object_stride_keeps_boxes_within_the_stated_bound() -> None:
    # the same tabletop at 1280x960 with every pixel and with the configured strides: centres
    # within object_sample_m / 2 per axis (+ noise), sizes within one spacing per side
    intr = CameraIntrinsics.from_fov(1280, 960, 55)
    scene = tabletop(np.random.default_rng(11))
    T = look_at([0.9, -0.5, 0.7], [0.0, 0.0, 0.05], roll_deg=8.0)
    depth, labels = render(scene, intr, T)
    depth = add_noise(depth, np.random.default_rng(2))
    frame = make_frame(scene, intr, T, True, depth, bleed(labels, 2))
    full = build_scene_graph(frame, GeometryConfig(object_sample_m=0.0))
    cfg = GeometryConfig(object_min_sampled_pixels=1000)  # these objects have 5000-15000 pixels
    strided = build_scene_graph(frame, cfg)
    n_strided = 0
    for o in full.objects:
        s = strided.find(o.name)
        n_strided += s.n_points < o.n_points / 2
        assert np.all(np.abs(s.box.center - o.box.center) <= cfg.object_sample_m / 2 + 0.002)
        assert np.all(np.abs(s.box.size - o.box.size) <= 2 * cfg.object_sample_m + 0.002)
    assert n_strided >= 1  # the rule did sub-sample here
