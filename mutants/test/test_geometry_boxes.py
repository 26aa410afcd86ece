"""Gravity-aligned box fitting, point-cloud filters and plane fitting on known point sets."""

from __future__ import annotations

import numpy as np
import pytest

from spatialvlm_ros.core import gravity as grav
from spatialvlm_ros.core.boxes import fit_gravity_box, min_area_rect_yaw
from spatialvlm_ros.core.pointcloud import (
    far_side_of_edges,
    largest_cluster,
    main_components,
    smooth_depth_in_mask,
    statistical_outlier_removal,
    voxel_downsample,
)


def _box_surface(center, size, yaw, n, rng) -> np.ndarray:
    """Points uniformly on the top and four sides of a yawed box (no bottom)."""
    hx, hy, hz = np.asarray(size) / 2.0
    faces = rng.integers(0, 5, n)
    u, v = rng.uniform(-1, 1, n), rng.uniform(-1, 1, n)
    p = np.zeros((n, 3))
    p[faces == 0] = np.column_stack([u * hx, v * hy, np.full(n, hz)])[faces == 0]
    p[faces == 1] = np.column_stack([np.full(n, hx), u * hy, v * hz])[faces == 1]
    p[faces == 2] = np.column_stack([np.full(n, -hx), u * hy, v * hz])[faces == 2]
    p[faces == 3] = np.column_stack([u * hx, np.full(n, hy), v * hz])[faces == 3]
    p[faces == 4] = np.column_stack([u * hx, np.full(n, -hy), v * hz])[faces == 4]
    c, s = np.cos(yaw), np.sin(yaw)
    rot = np.array([[c, -s, 0], [s, c, 0], [0, 0, 1]])
    return p @ rot.T + np.asarray(center)


@pytest.mark.parametrize("yaw", [0.0, 0.3, -0.6, 1.2])
def test_min_area_rect_yaw_recovers_rotation(yaw: float) -> None:
    rng = np.random.default_rng(1)
    pts = _box_surface([0.2, -0.1, 0.05], [0.12, 0.05, 0.1], yaw, 4000, rng)
    est = min_area_rect_yaw(pts[:, :2])
    diff = (est - yaw + np.pi / 4) % (np.pi / 2) - np.pi / 4  # equal modulo 90 deg
    assert abs(diff) < np.radians(1.0)
    assert -np.pi / 4 <= est < np.pi / 4


def test_min_area_rect_degenerate_inputs() -> None:
    assert min_area_rect_yaw(np.zeros((2, 2))) == 0.0
    line = np.column_stack([np.linspace(0, 1, 10), np.linspace(0, 1, 10)])
    assert abs(abs(min_area_rect_yaw(line)) - np.pi / 4) < 1e-6


def test_fit_box_is_robust_to_outliers() -> None:
    rng = np.random.default_rng(2)
    pts = _box_surface([0.5, 0.2, 0.04], [0.10, 0.06, 0.08], 0.4, 5000, rng)
    outliers = rng.uniform([0.0, -0.5, 0.0], [1.0, 0.8, 0.5], size=(15, 3))
    box, on_support = fit_gravity_box(np.vstack([pts, outliers]), percentile=0.5)
    assert not on_support
    assert np.allclose(box.center, [0.5, 0.2, 0.04], atol=0.004)
    assert np.allclose(sorted(box.size[:2]), [0.06, 0.10], atol=0.004)
    assert abs(box.size[2] - 0.08) < 0.004
    # raw min/max (percentile 0) is ruined by the same 0.3 % outliers
    raw, _ = fit_gravity_box(np.vstack([pts, outliers]), percentile=0.0)
    assert raw.size[2] > 0.2


def test_fit_box_extends_to_support_plane_only_when_close() -> None:
    rng = np.random.default_rng(3)
    pts = _box_surface([0.0, 0.0, 0.06], [0.05, 0.05, 0.12], 0.0, 3000, rng)
    visible = pts[pts[:, 2] > 0.01]  # the lowest centimetre is occluded
    plane = (np.array([0.0, 0.0, 1.0]), 0.0)
    box, on = fit_gravity_box(visible, 0.5, plane, support_extend_m=0.015)
    assert on and abs(box.bottom) < 1e-9 and abs(box.size[2] - 0.12) < 0.003
    high = visible + [0, 0, 0.05]  # floating 5 cm above the plane: not extended
    box, on = fit_gravity_box(high, 0.5, plane, support_extend_m=0.015)
    assert not on and abs(box.bottom - 0.06) < 0.003


def test_far_side_of_edges_marks_only_the_background() -> None:
    d = np.full((5, 6), 2.0, np.float32)
    d[1:4, 1:3] = 1.0  # a near object on a far background
    far = far_side_of_edges(d, 0.02, 0.02)
    assert not far[1:4, 1:3].any()  # the object's own silhouette pixels stay
    assert far[2, 3] and far[2, 0] and far[0, 1] and far[4, 2]
    assert not far[2, 5]
    d[2, 4] = 0.0  # a hole is not an edge
    assert not far_side_of_edges(d, 0.02, 0.02)[2, 5]


def test_main_components_keeps_consistent_pieces() -> None:
    mask = np.zeros((10, 20), bool)
    depth = np.full((10, 20), 1.0, np.float32)
    mask[2:8, 2:8] = True  # main piece, 1 m
    mask[2:6, 12:15] = True  # another visible piece of the same object, 1 m
    mask[8:10, 16:20] = True  # bleed onto a background 2 m away
    depth[8:10, 16:20] = 2.0
    keep = main_components(mask, depth, 0.05)
    assert keep[2:8, 2:8].all() and keep[2:6, 12:15].all() and not keep[8:10, 16:20].any()


def test_smooth_depth_uses_only_mask_pixels() -> None:
    rng = np.random.default_rng(4)
    d = (1.0 + 0.01 * rng.normal(size=(30, 30))).astype(np.float32)
    d[:, 20:] = 3.0
    mask = np.zeros_like(d, bool)
    mask[:, :20] = True
    s = smooth_depth_in_mask(d, mask, 2)
    inner = (slice(2, 28), slice(2, 18))  # pixels whose 5x5 window lies inside the mask
    assert s[inner].std() < d[inner].std() / 3
    assert abs(s[inner].mean() - 1.0) < 0.005  # the 3 m background never leaks in
    assert np.array_equal(s[:, 18:20], d[:, 18:20])  # truncated windows are left alone
    assert np.array_equal(s[:, 20:], d[:, 20:])
    # on a slanted surface the mask border keeps its true depth (no shrinking bias)
    ramp = np.tile(np.linspace(1.0, 1.3, 30, dtype=np.float32), (30, 1))
    assert np.allclose(smooth_depth_in_mask(ramp, mask, 2)[:, :20], ramp[:, :20], atol=1e-6)


def test_point_filters() -> None:
    rng = np.random.default_rng(5)
    blob = rng.normal(size=(500, 3)) * 0.01
    far = np.array([[1.0, 1.0, 1.0]])
    pts = np.vstack([blob, far, blob[:20] + 0.5])
    keep = statistical_outlier_removal(pts, k=8, std_ratio=2.0)
    assert not keep[500] and keep[:500].mean() > 0.95
    main = largest_cluster(pts, 0.03)
    assert main[:500].all() and not main[500:].any()
    grid = np.array([[0.001, 0.001, 0.001], [0.002, 0.002, 0.002], [0.021, 0.001, 0.001]])
    down = voxel_downsample(grid, 0.01)
    assert len(down) == 2 and np.allclose(sorted(down[:, 0]), [0.0015, 0.021])


def test_ransac_plane_with_cone_and_refinement() -> None:
    rng = np.random.default_rng(6)
    n_true = np.array([0.1, -0.95, 0.2])
    n_true /= np.linalg.norm(n_true)
    basis = np.linalg.svd(n_true[None])[2][1:]
    plane_pts = rng.uniform(-1, 1, (1500, 2)) @ basis + 0.7 * n_true  # n . p = 0.7
    plane_pts += rng.normal(size=plane_pts.shape) * 0.002
    wall = rng.uniform(-1, 1, (2500, 2)) @ np.array([[1.0, 0, 0], [0, 1.0, 0]]) + [0, 0, 2.0]  # z = 2, bigger
    pts = np.vstack([plane_pts, wall])
    fit = grav.fit_plane_ransac(pts, 0.01, 200, np.random.default_rng(0))
    assert abs(abs(fit.normal[2]) - 1.0) < 1e-3  # unconstrained: the bigger wall wins
    fit = grav.fit_plane_ransac(pts, 0.01, 200, np.random.default_rng(0), axis=-n_true, max_angle_deg=30)
    assert grav.angle_deg(fit.normal, -n_true) < 0.5  # oriented towards the axis
    assert abs(fit.d - 0.7) < 0.003 and fit.n_inliers >= 1400


def test_rotation_from_up_builds_a_right_handed_scene_frame() -> None:
    R = grav.rotation_from_up(grav.OPTICAL_UP)
    assert np.allclose(R, [[1, 0, 0], [0, 0, 1], [0, -1, 0]])  # level: x right, y forward, z up
    up = np.array([0.0, -np.cos(0.7), -np.sin(0.7)])  # camera pitched down 0.7 rad
    R = grav.rotation_from_up(up)
    assert np.allclose(R @ R.T, np.eye(3)) and np.isclose(np.linalg.det(R), 1.0)
    assert np.allclose(R @ up, [0, 0, 1])
    fwd = R @ np.array([0.0, 0.0, 1.0])
    assert abs(fwd[0]) < 1e-9 and fwd[1] > 0  # the optical axis points forward (and down)
    R = grav.rotation_from_up(np.array([0.0, 0.0, -1.0]))  # looking straight down
    assert np.allclose(R @ grav.OPTICAL_UP, [0, 1, 0])  # image-up is forward
