"""Gravity-aligned 3D boxes from object points in a z-up scene frame (metres).

A box has vertical sides and a yaw about +z (see :class:`spatialvlm_ros.core.scene.Box3D`).
The yaw comes from the minimum-area footprint rectangle (with robust percentile extents,
so stray points cannot tilt it); extents are robust percentiles of the points along the box axes, not raw min/max. An object
whose lowest points are close to the support plane is extended down to it (its bottom
is usually occluded). The box centre, not the centroid of the visible surface, is the
object's position.
"""

from __future__ import annotations

import numpy as np
from scipy.spatial import ConvexHull, QhullError

from spatialvlm_ros.core.scene import Box3D


def min_area_rect_yaw(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
    """Yaw (radians, in [-pi/4, pi/4)) of the minimum-area rectangle enclosing ``xy`` (N, 2).

    With ``percentile == 0`` the exact minimum-area rectangle (every convex-hull edge
    direction, the rotating-calipers optimum). With ``percentile > 0`` the rectangle's
    extents along each candidate direction are the ``[p, 100 - p]`` percentiles, so a few
    stray points cannot tilt it: candidates every 4 degrees, refined to 1 and 0.25 degree, on at
    most ``max_points`` points. Degenerate inputs (fewer than 3 points, collinear) give the
    principal axis direction, or 0.
    """
    p = np.asarray(xy, dtype=np.float64)
    if len(p) < 3:
        return 0.0
    if percentile > 0.0:
        if len(p) > max_points:
            p = p[:: int(np.ceil(len(p) / max_points))]
        p = p - p.mean(axis=0)
        n = len(p)
        k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)  # the rank robust_bounds takes

        # Coarse search: every 4 deg. Along each direction theta the extent is the k-th
        # largest minus the k-th smallest projection, and the k-th largest along theta is minus
        # the k-th smallest along theta + 180: so one k-th smallest per direction (theta + 0,
        # 90, 180, 270 deg) gives both extents. Every direction lies within delta (3 deg) of a
        # grid one, and turning a direction by delta moves a projection by at most |x| delta: a
        # point more than (max|x| + |x|) delta beyond a grid direction's k-th value never holds
        # rank k along any direction, so the refinements use only the other points (exactly
        # the same result).
        r = np.hypot(p[:, 0], p[:, 1])
        margin = (r.max() + r) * (np.radians(3.0) + 1e-12)
        u = _COARSE_DIRS @ p.T
        t = kth_smallest_rows(u, k)
        u -= t[:, None]
        near = u.min(axis=0) <= margin  # within the margin of the k-th value along some direction
        i = int(np.argmin(_rect_areas(t)))
        q = p[near]
        # around the coarse angle every 1 deg (fine angle j), around that every 0.25 deg
        j = int(np.argmin(_rect_areas(kth_smallest_rows(_FINE_DIRS[i] @ q.T, k, overwrite=True))))
        f = int(np.argmin(_rect_areas(kth_smallest_rows(_FINER_DIRS[i, j] @ q.T, k, overwrite=True))))
        return _wrap_quarter(float(_FINER_ANGLES[i, j, f]))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def _rect_areas(t: np.ndarray) -> np.ndarray:
    """Rectangle areas for m candidate angles from the k-th smallest projections ``t`` (4m,)
    along each angle + 0, 90, 180 and 270 deg (the k-th largest along a direction is minus
    the k-th smallest along the opposite one)."""
    m = len(t) // 4
    return (-t[2 * m:3 * m] - t[:m]) * (-t[3 * m:] - t[m:2 * m])


def _quarter_dirs(angles: np.ndarray) -> np.ndarray:
    """Unit vectors (..., 4m, 2) at ``angles`` (..., m) + 0, 90, 180, 270 deg, in that order."""
    four = np.concatenate([angles + j * np.pi / 2.0 for j in range(4)], axis=-1)
    return np.stack([np.cos(four), np.sin(four)], axis=-1)


# The candidate angles of the robust yaw search (radians): every 4 deg; around coarse angle i
# every 1 deg within +-4 deg (fine angle j); around that every 0.25 deg within +-1 deg. All
# directions are tabulated once: the search only picks rows.
_COARSE_ANGLES = np.radians(np.arange(0.0, 90.0, 4.0))
_FINE_ANGLES = _COARSE_ANGLES[:, None] + np.radians(np.arange(-4.0, 4.01, 1.0))  # (22, 9)
_FINER_ANGLES = _FINE_ANGLES[:, :, None] + np.radians(np.arange(-1.0, 1.01, 0.25))  # (22, 9, 9)
_COARSE_DIRS = _quarter_dirs(_COARSE_ANGLES)  # (88, 2)
_FINE_DIRS = _quarter_dirs(_FINE_ANGLES)  # (22, 36, 2)
_FINER_DIRS = _quarter_dirs(_FINER_ANGLES)  # (22, 9, 36, 2)
#: up to this rank, :func:`kth_smallest_rows` takes k + 1 row minima (faster than a partition)
_MIN_SCAN_MAX_K = 8


def kth_smallest_rows(u: np.ndarray, k: int, overwrite: bool = False) -> np.ndarray:
    """The k-th smallest value (0-based, the exact order statistic) of each row of ``u`` (A, N).

    For small k the k smallest entries of each row are masked one by one (argmin, set to
    +inf) and the row minima taken: several times faster than ``np.partition`` on a few
    hundred columns; ``u`` is left as it was unless ``overwrite`` (then it may be changed).
    Larger k: ``np.partition``.
    """
    if k > _MIN_SCAN_MAX_K or k >= u.shape[1]:
        return np.partition(u, k, axis=1)[:, k]
    if k == 0:
        return u.min(axis=1)
    v = u if overwrite else u.copy()
    rows = np.arange(len(v))
    for _ in range(k):
        v[rows, v.argmin(axis=1)] = np.inf
    return v.min(axis=1)


def robust_bounds(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def robust_range(a: np.ndarray, percentile: float, axis: int = 0) -> np.ndarray:
    lo, hi = robust_bounds(a, percentile, axis)
    return hi - lo


def _wrap_quarter(a: float) -> float:
    """Angle modulo pi/2 into [-pi/4, pi/4) (a rectangle is symmetric under 90 deg turns)."""
    return float((a + np.pi / 4.0) % (np.pi / 2.0) - np.pi / 4.0)


def plane_height_at(plane: tuple[np.ndarray, float], xy: np.ndarray) -> float | None:
    """Height z of a plane ``n . p + d = 0`` above the scene point ``xy``; None if vertical."""
    n, d = plane
    if abs(n[2]) < 1e-6:
        return None
    return float(-(n[0] * xy[0] + n[1] * xy[1] + d) / n[2])


def fit_gravity_box(
    points: np.ndarray,
    percentile: float = 1.0,
    support_plane: tuple[np.ndarray, float] | None = None,
    support_extend_m: float = 0.04,
    footprint_percentile: float | None = None,
) -> tuple[Box3D, bool]:
    """Gravity-aligned box of scene-frame ``points`` (N, 3); returns ``(box, on_support)``.

    Extents along z are the ``percentile`` and ``100 - percentile`` percentiles (nearest
    rank), along the box axes the ``footprint_percentile`` ones (default: ``percentile``). When ``support_plane`` (scene frame) is given and the box bottom is less
    than ``support_extend_m`` above the plane under the box centre (or below it), the
    bottom is set to the plane and ``on_support`` is True.
    """
    p = np.asarray(points, dtype=np.float64)
    if len(p) == 0:
        raise ValueError("fit_gravity_box needs at least one point")
    yaw = min_area_rect_yaw(p[:, :2], percentile)
    c, s = np.cos(yaw), np.sin(yaw)
    x, y, z = np.ascontiguousarray(p.T)  # contiguous coordinates: fast partitions (one per axis)
    fp = percentile if footprint_percentile is None else footprint_percentile
    u0, u1 = robust_bounds(x * c + y * s, fp)  # along the box x axis
    v0, v1 = robust_bounds(-x * s + y * c, fp)  # along the box y axis
    z0, z1 = robust_bounds(z, percentile)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True  # type: ignore[assignment]  # a float where the bounds were arrays
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support
