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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_min_area_rect_yaw__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_min_area_rect_yaw__mutmut)
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_orig(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_1(xy: np.ndarray, percentile: float = 1.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_2(xy: np.ndarray, percentile: float = 0.0, max_points: int = 401) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_3(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
    """Yaw (radians, in [-pi/4, pi/4)) of the minimum-area rectangle enclosing ``xy`` (N, 2).

    With ``percentile == 0`` the exact minimum-area rectangle (every convex-hull edge
    direction, the rotating-calipers optimum). With ``percentile > 0`` the rectangle's
    extents along each candidate direction are the ``[p, 100 - p]`` percentiles, so a few
    stray points cannot tilt it: candidates every 4 degrees, refined to 1 and 0.25 degree, on at
    most ``max_points`` points. Degenerate inputs (fewer than 3 points, collinear) give the
    principal axis direction, or 0.
    """
    p = None
    if len(p) < 3:
        return 0.0
    if percentile > 0.0:
        if len(p) > max_points:
            p = p[:: int(np.ceil(len(p) / max_points))]
        p = p - p.mean(axis=0)

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_4(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
    """Yaw (radians, in [-pi/4, pi/4)) of the minimum-area rectangle enclosing ``xy`` (N, 2).

    With ``percentile == 0`` the exact minimum-area rectangle (every convex-hull edge
    direction, the rotating-calipers optimum). With ``percentile > 0`` the rectangle's
    extents along each candidate direction are the ``[p, 100 - p]`` percentiles, so a few
    stray points cannot tilt it: candidates every 4 degrees, refined to 1 and 0.25 degree, on at
    most ``max_points`` points. Degenerate inputs (fewer than 3 points, collinear) give the
    principal axis direction, or 0.
    """
    p = np.asarray(None, dtype=np.float64)
    if len(p) < 3:
        return 0.0
    if percentile > 0.0:
        if len(p) > max_points:
            p = p[:: int(np.ceil(len(p) / max_points))]
        p = p - p.mean(axis=0)

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_5(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
    """Yaw (radians, in [-pi/4, pi/4)) of the minimum-area rectangle enclosing ``xy`` (N, 2).

    With ``percentile == 0`` the exact minimum-area rectangle (every convex-hull edge
    direction, the rotating-calipers optimum). With ``percentile > 0`` the rectangle's
    extents along each candidate direction are the ``[p, 100 - p]`` percentiles, so a few
    stray points cannot tilt it: candidates every 4 degrees, refined to 1 and 0.25 degree, on at
    most ``max_points`` points. Degenerate inputs (fewer than 3 points, collinear) give the
    principal axis direction, or 0.
    """
    p = np.asarray(xy, dtype=None)
    if len(p) < 3:
        return 0.0
    if percentile > 0.0:
        if len(p) > max_points:
            p = p[:: int(np.ceil(len(p) / max_points))]
        p = p - p.mean(axis=0)

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_6(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
    """Yaw (radians, in [-pi/4, pi/4)) of the minimum-area rectangle enclosing ``xy`` (N, 2).

    With ``percentile == 0`` the exact minimum-area rectangle (every convex-hull edge
    direction, the rotating-calipers optimum). With ``percentile > 0`` the rectangle's
    extents along each candidate direction are the ``[p, 100 - p]`` percentiles, so a few
    stray points cannot tilt it: candidates every 4 degrees, refined to 1 and 0.25 degree, on at
    most ``max_points`` points. Degenerate inputs (fewer than 3 points, collinear) give the
    principal axis direction, or 0.
    """
    p = np.asarray(dtype=np.float64)
    if len(p) < 3:
        return 0.0
    if percentile > 0.0:
        if len(p) > max_points:
            p = p[:: int(np.ceil(len(p) / max_points))]
        p = p - p.mean(axis=0)

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_7(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
    """Yaw (radians, in [-pi/4, pi/4)) of the minimum-area rectangle enclosing ``xy`` (N, 2).

    With ``percentile == 0`` the exact minimum-area rectangle (every convex-hull edge
    direction, the rotating-calipers optimum). With ``percentile > 0`` the rectangle's
    extents along each candidate direction are the ``[p, 100 - p]`` percentiles, so a few
    stray points cannot tilt it: candidates every 4 degrees, refined to 1 and 0.25 degree, on at
    most ``max_points`` points. Degenerate inputs (fewer than 3 points, collinear) give the
    principal axis direction, or 0.
    """
    p = np.asarray(xy, )
    if len(p) < 3:
        return 0.0
    if percentile > 0.0:
        if len(p) > max_points:
            p = p[:: int(np.ceil(len(p) / max_points))]
        p = p - p.mean(axis=0)

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_8(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
    """Yaw (radians, in [-pi/4, pi/4)) of the minimum-area rectangle enclosing ``xy`` (N, 2).

    With ``percentile == 0`` the exact minimum-area rectangle (every convex-hull edge
    direction, the rotating-calipers optimum). With ``percentile > 0`` the rectangle's
    extents along each candidate direction are the ``[p, 100 - p]`` percentiles, so a few
    stray points cannot tilt it: candidates every 4 degrees, refined to 1 and 0.25 degree, on at
    most ``max_points`` points. Degenerate inputs (fewer than 3 points, collinear) give the
    principal axis direction, or 0.
    """
    p = np.asarray(xy, dtype=np.float64)
    if len(p) <= 3:
        return 0.0
    if percentile > 0.0:
        if len(p) > max_points:
            p = p[:: int(np.ceil(len(p) / max_points))]
        p = p - p.mean(axis=0)

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_9(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
    """Yaw (radians, in [-pi/4, pi/4)) of the minimum-area rectangle enclosing ``xy`` (N, 2).

    With ``percentile == 0`` the exact minimum-area rectangle (every convex-hull edge
    direction, the rotating-calipers optimum). With ``percentile > 0`` the rectangle's
    extents along each candidate direction are the ``[p, 100 - p]`` percentiles, so a few
    stray points cannot tilt it: candidates every 4 degrees, refined to 1 and 0.25 degree, on at
    most ``max_points`` points. Degenerate inputs (fewer than 3 points, collinear) give the
    principal axis direction, or 0.
    """
    p = np.asarray(xy, dtype=np.float64)
    if len(p) < 4:
        return 0.0
    if percentile > 0.0:
        if len(p) > max_points:
            p = p[:: int(np.ceil(len(p) / max_points))]
        p = p - p.mean(axis=0)

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_10(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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
        return 1.0
    if percentile > 0.0:
        if len(p) > max_points:
            p = p[:: int(np.ceil(len(p) / max_points))]
        p = p - p.mean(axis=0)

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_11(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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
    if percentile >= 0.0:
        if len(p) > max_points:
            p = p[:: int(np.ceil(len(p) / max_points))]
        p = p - p.mean(axis=0)

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_12(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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
    if percentile > 1.0:
        if len(p) > max_points:
            p = p[:: int(np.ceil(len(p) / max_points))]
        p = p - p.mean(axis=0)

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_13(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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
        if len(p) >= max_points:
            p = p[:: int(np.ceil(len(p) / max_points))]
        p = p - p.mean(axis=0)

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_14(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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
            p = None
        p = p - p.mean(axis=0)

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_15(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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
            p = p[:: int(None)]
        p = p - p.mean(axis=0)

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_16(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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
            p = p[:: int(np.ceil(None))]
        p = p - p.mean(axis=0)

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_17(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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
            p = p[:: int(np.ceil(len(p) * max_points))]
        p = p - p.mean(axis=0)

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_18(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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
        p = None

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_19(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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
        p = p + p.mean(axis=0)

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_20(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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
        p = p - p.mean(axis=None)

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_21(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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
        p = p - p.mean(axis=1)

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_22(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = None
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_23(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(None), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_24(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(None)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_25(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = None  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_26(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack(None)  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_27(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = None
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_28(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack(None)
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_29(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([+s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_30(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = None
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_31(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) / robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_32(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(None, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_33(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, None, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_34(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=None) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_35(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_36(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_37(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, ) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_38(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=1) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_39(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(None, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_40(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, None, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_41(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=None)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_42(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_43(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_44(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, )
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_45(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=1)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_46(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(None)

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_47(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(None)])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_48(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(None))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_49(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = None
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_50(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(None)
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_51(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(None))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_52(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(None, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_53(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, None, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_54(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, None)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_55(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_56(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_57(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, )))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_58(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(1.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_59(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 91.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_60(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 5.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_61(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = None
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_62(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(None)
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_63(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse - np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_64(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(None))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_65(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(None, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_66(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, None, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_67(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, None)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_68(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_69(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_70(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, )))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_71(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(+4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_72(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-5.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_73(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 5.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_74(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 2.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_75(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(None)
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


def x_min_area_rect_yaw__mutmut_76(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(None))
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


def x_min_area_rect_yaw__mutmut_77(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine - np.radians(np.arange(-1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_78(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(None)))
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


def x_min_area_rect_yaw__mutmut_79(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(None, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_80(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, None, 0.25))))
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


def x_min_area_rect_yaw__mutmut_81(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, None))))
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


def x_min_area_rect_yaw__mutmut_82(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_83(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 0.25))))
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


def x_min_area_rect_yaw__mutmut_84(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, ))))
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


def x_min_area_rect_yaw__mutmut_85(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(+1.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_86(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-2.0, 1.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_87(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 2.01, 0.25))))
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


def x_min_area_rect_yaw__mutmut_88(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 1.25))))
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


def x_min_area_rect_yaw__mutmut_89(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = None
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


def x_min_area_rect_yaw__mutmut_90(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(None).vertices]
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


def x_min_area_rect_yaw__mutmut_91(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = None
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


def x_min_area_rect_yaw__mutmut_92(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p + p.mean(axis=0)
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


def x_min_area_rect_yaw__mutmut_93(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=None)
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


def x_min_area_rect_yaw__mutmut_94(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=1)
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


def x_min_area_rect_yaw__mutmut_95(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = None
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_96(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(None, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_97(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=None)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_98(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_99(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, )
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_100(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=True)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_101(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(None)
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_102(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(None))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_103(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(None, vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_104(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], None)))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_105(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_106(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], )))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_107(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[1, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_108(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 2], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_109(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[1, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_110(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 1])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_111(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = None
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_112(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) + hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_113(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(None, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_114(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, None, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_115(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=None) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_116(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(-1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_117(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_118(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, ) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_119(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, +1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_120(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -2, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_121(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=1) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_122(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = None
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_123(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(None, np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_124(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), None)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_125(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_126(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), )
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_127(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(None, edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_128(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], None), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_129(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_130(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], ), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_131(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 2], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_132(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 1]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_133(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi * 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_134(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 3.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_135(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = None
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_136(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(None)
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_137(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(None, 9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_138(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, None))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_139(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(9))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_140(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, ))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_141(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 10))
    c, s = np.cos(angles), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_142(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = None
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_143(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(None), np.sin(angles)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_144(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
    try:
        hull = p[ConvexHull(p).vertices]
    except (QhullError, ValueError):
        centred = p - p.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        return _wrap_quarter(float(np.arctan2(vt[0, 1], vt[0, 0])))
    edges = np.roll(hull, -1, axis=0) - hull
    angles = np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2.0)
    angles = np.unique(np.round(angles, 9))
    c, s = np.cos(angles), np.sin(None)
    u = hull @ np.vstack([c, s])  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_145(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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
    u = None  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_146(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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
    u = hull @ np.vstack(None)  # (H, A): coordinate along the box x axis
    v = hull @ np.vstack([-s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_147(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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
    v = None
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_148(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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
    v = hull @ np.vstack(None)
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_149(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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
    v = hull @ np.vstack([+s, c])
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_150(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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
    areas = None
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_151(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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
    areas = (u.max(axis=0) - u.min(axis=0)) / (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_152(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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
    areas = (u.max(axis=0) + u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_153(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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
    areas = (u.max(axis=None) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_154(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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
    areas = (u.max(axis=1) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_155(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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
    areas = (u.max(axis=0) - u.min(axis=None)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_156(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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
    areas = (u.max(axis=0) - u.min(axis=1)) * (v.max(axis=0) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_157(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) + v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_158(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=None) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_159(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=1) - v.min(axis=0))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_160(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=None))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_161(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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
    areas = (u.max(axis=0) - u.min(axis=0)) * (v.max(axis=0) - v.min(axis=1))
    return _wrap_quarter(float(angles[int(np.argmin(areas))]))


def x_min_area_rect_yaw__mutmut_162(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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
    return _wrap_quarter(None)


def x_min_area_rect_yaw__mutmut_163(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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
    return _wrap_quarter(float(None))


def x_min_area_rect_yaw__mutmut_164(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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
    return _wrap_quarter(float(angles[int(None)]))


def x_min_area_rect_yaw__mutmut_165(xy: np.ndarray, percentile: float = 0.0, max_points: int = 400) -> float:
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

        def best_of(angles: np.ndarray) -> float:
            c, s = np.cos(angles), np.sin(angles)
            u = p @ np.vstack([c, s])  # (N, A)
            v = p @ np.vstack([-s, c])
            area = robust_range(u, percentile, axis=0) * robust_range(v, percentile, axis=0)
            return float(angles[int(np.argmin(area))])

        coarse = best_of(np.radians(np.arange(0.0, 90.0, 4.0)))
        fine = best_of(coarse + np.radians(np.arange(-4.0, 4.01, 1.0)))
        return _wrap_quarter(best_of(fine + np.radians(np.arange(-1.0, 1.01, 0.25))))
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
    return _wrap_quarter(float(angles[int(np.argmin(None))]))

mutants_x_min_area_rect_yaw__mutmut['_mutmut_orig'] = x_min_area_rect_yaw__mutmut_orig # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_1'] = x_min_area_rect_yaw__mutmut_1 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_2'] = x_min_area_rect_yaw__mutmut_2 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_3'] = x_min_area_rect_yaw__mutmut_3 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_4'] = x_min_area_rect_yaw__mutmut_4 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_5'] = x_min_area_rect_yaw__mutmut_5 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_6'] = x_min_area_rect_yaw__mutmut_6 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_7'] = x_min_area_rect_yaw__mutmut_7 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_8'] = x_min_area_rect_yaw__mutmut_8 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_9'] = x_min_area_rect_yaw__mutmut_9 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_10'] = x_min_area_rect_yaw__mutmut_10 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_11'] = x_min_area_rect_yaw__mutmut_11 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_12'] = x_min_area_rect_yaw__mutmut_12 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_13'] = x_min_area_rect_yaw__mutmut_13 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_14'] = x_min_area_rect_yaw__mutmut_14 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_15'] = x_min_area_rect_yaw__mutmut_15 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_16'] = x_min_area_rect_yaw__mutmut_16 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_17'] = x_min_area_rect_yaw__mutmut_17 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_18'] = x_min_area_rect_yaw__mutmut_18 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_19'] = x_min_area_rect_yaw__mutmut_19 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_20'] = x_min_area_rect_yaw__mutmut_20 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_21'] = x_min_area_rect_yaw__mutmut_21 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_22'] = x_min_area_rect_yaw__mutmut_22 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_23'] = x_min_area_rect_yaw__mutmut_23 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_24'] = x_min_area_rect_yaw__mutmut_24 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_25'] = x_min_area_rect_yaw__mutmut_25 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_26'] = x_min_area_rect_yaw__mutmut_26 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_27'] = x_min_area_rect_yaw__mutmut_27 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_28'] = x_min_area_rect_yaw__mutmut_28 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_29'] = x_min_area_rect_yaw__mutmut_29 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_30'] = x_min_area_rect_yaw__mutmut_30 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_31'] = x_min_area_rect_yaw__mutmut_31 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_32'] = x_min_area_rect_yaw__mutmut_32 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_33'] = x_min_area_rect_yaw__mutmut_33 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_34'] = x_min_area_rect_yaw__mutmut_34 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_35'] = x_min_area_rect_yaw__mutmut_35 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_36'] = x_min_area_rect_yaw__mutmut_36 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_37'] = x_min_area_rect_yaw__mutmut_37 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_38'] = x_min_area_rect_yaw__mutmut_38 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_39'] = x_min_area_rect_yaw__mutmut_39 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_40'] = x_min_area_rect_yaw__mutmut_40 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_41'] = x_min_area_rect_yaw__mutmut_41 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_42'] = x_min_area_rect_yaw__mutmut_42 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_43'] = x_min_area_rect_yaw__mutmut_43 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_44'] = x_min_area_rect_yaw__mutmut_44 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_45'] = x_min_area_rect_yaw__mutmut_45 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_46'] = x_min_area_rect_yaw__mutmut_46 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_47'] = x_min_area_rect_yaw__mutmut_47 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_48'] = x_min_area_rect_yaw__mutmut_48 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_49'] = x_min_area_rect_yaw__mutmut_49 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_50'] = x_min_area_rect_yaw__mutmut_50 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_51'] = x_min_area_rect_yaw__mutmut_51 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_52'] = x_min_area_rect_yaw__mutmut_52 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_53'] = x_min_area_rect_yaw__mutmut_53 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_54'] = x_min_area_rect_yaw__mutmut_54 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_55'] = x_min_area_rect_yaw__mutmut_55 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_56'] = x_min_area_rect_yaw__mutmut_56 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_57'] = x_min_area_rect_yaw__mutmut_57 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_58'] = x_min_area_rect_yaw__mutmut_58 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_59'] = x_min_area_rect_yaw__mutmut_59 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_60'] = x_min_area_rect_yaw__mutmut_60 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_61'] = x_min_area_rect_yaw__mutmut_61 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_62'] = x_min_area_rect_yaw__mutmut_62 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_63'] = x_min_area_rect_yaw__mutmut_63 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_64'] = x_min_area_rect_yaw__mutmut_64 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_65'] = x_min_area_rect_yaw__mutmut_65 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_66'] = x_min_area_rect_yaw__mutmut_66 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_67'] = x_min_area_rect_yaw__mutmut_67 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_68'] = x_min_area_rect_yaw__mutmut_68 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_69'] = x_min_area_rect_yaw__mutmut_69 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_70'] = x_min_area_rect_yaw__mutmut_70 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_71'] = x_min_area_rect_yaw__mutmut_71 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_72'] = x_min_area_rect_yaw__mutmut_72 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_73'] = x_min_area_rect_yaw__mutmut_73 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_74'] = x_min_area_rect_yaw__mutmut_74 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_75'] = x_min_area_rect_yaw__mutmut_75 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_76'] = x_min_area_rect_yaw__mutmut_76 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_77'] = x_min_area_rect_yaw__mutmut_77 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_78'] = x_min_area_rect_yaw__mutmut_78 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_79'] = x_min_area_rect_yaw__mutmut_79 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_80'] = x_min_area_rect_yaw__mutmut_80 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_81'] = x_min_area_rect_yaw__mutmut_81 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_82'] = x_min_area_rect_yaw__mutmut_82 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_83'] = x_min_area_rect_yaw__mutmut_83 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_84'] = x_min_area_rect_yaw__mutmut_84 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_85'] = x_min_area_rect_yaw__mutmut_85 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_86'] = x_min_area_rect_yaw__mutmut_86 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_87'] = x_min_area_rect_yaw__mutmut_87 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_88'] = x_min_area_rect_yaw__mutmut_88 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_89'] = x_min_area_rect_yaw__mutmut_89 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_90'] = x_min_area_rect_yaw__mutmut_90 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_91'] = x_min_area_rect_yaw__mutmut_91 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_92'] = x_min_area_rect_yaw__mutmut_92 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_93'] = x_min_area_rect_yaw__mutmut_93 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_94'] = x_min_area_rect_yaw__mutmut_94 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_95'] = x_min_area_rect_yaw__mutmut_95 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_96'] = x_min_area_rect_yaw__mutmut_96 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_97'] = x_min_area_rect_yaw__mutmut_97 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_98'] = x_min_area_rect_yaw__mutmut_98 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_99'] = x_min_area_rect_yaw__mutmut_99 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_100'] = x_min_area_rect_yaw__mutmut_100 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_101'] = x_min_area_rect_yaw__mutmut_101 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_102'] = x_min_area_rect_yaw__mutmut_102 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_103'] = x_min_area_rect_yaw__mutmut_103 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_104'] = x_min_area_rect_yaw__mutmut_104 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_105'] = x_min_area_rect_yaw__mutmut_105 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_106'] = x_min_area_rect_yaw__mutmut_106 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_107'] = x_min_area_rect_yaw__mutmut_107 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_108'] = x_min_area_rect_yaw__mutmut_108 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_109'] = x_min_area_rect_yaw__mutmut_109 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_110'] = x_min_area_rect_yaw__mutmut_110 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_111'] = x_min_area_rect_yaw__mutmut_111 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_112'] = x_min_area_rect_yaw__mutmut_112 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_113'] = x_min_area_rect_yaw__mutmut_113 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_114'] = x_min_area_rect_yaw__mutmut_114 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_115'] = x_min_area_rect_yaw__mutmut_115 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_116'] = x_min_area_rect_yaw__mutmut_116 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_117'] = x_min_area_rect_yaw__mutmut_117 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_118'] = x_min_area_rect_yaw__mutmut_118 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_119'] = x_min_area_rect_yaw__mutmut_119 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_120'] = x_min_area_rect_yaw__mutmut_120 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_121'] = x_min_area_rect_yaw__mutmut_121 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_122'] = x_min_area_rect_yaw__mutmut_122 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_123'] = x_min_area_rect_yaw__mutmut_123 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_124'] = x_min_area_rect_yaw__mutmut_124 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_125'] = x_min_area_rect_yaw__mutmut_125 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_126'] = x_min_area_rect_yaw__mutmut_126 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_127'] = x_min_area_rect_yaw__mutmut_127 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_128'] = x_min_area_rect_yaw__mutmut_128 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_129'] = x_min_area_rect_yaw__mutmut_129 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_130'] = x_min_area_rect_yaw__mutmut_130 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_131'] = x_min_area_rect_yaw__mutmut_131 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_132'] = x_min_area_rect_yaw__mutmut_132 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_133'] = x_min_area_rect_yaw__mutmut_133 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_134'] = x_min_area_rect_yaw__mutmut_134 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_135'] = x_min_area_rect_yaw__mutmut_135 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_136'] = x_min_area_rect_yaw__mutmut_136 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_137'] = x_min_area_rect_yaw__mutmut_137 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_138'] = x_min_area_rect_yaw__mutmut_138 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_139'] = x_min_area_rect_yaw__mutmut_139 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_140'] = x_min_area_rect_yaw__mutmut_140 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_141'] = x_min_area_rect_yaw__mutmut_141 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_142'] = x_min_area_rect_yaw__mutmut_142 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_143'] = x_min_area_rect_yaw__mutmut_143 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_144'] = x_min_area_rect_yaw__mutmut_144 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_145'] = x_min_area_rect_yaw__mutmut_145 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_146'] = x_min_area_rect_yaw__mutmut_146 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_147'] = x_min_area_rect_yaw__mutmut_147 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_148'] = x_min_area_rect_yaw__mutmut_148 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_149'] = x_min_area_rect_yaw__mutmut_149 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_150'] = x_min_area_rect_yaw__mutmut_150 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_151'] = x_min_area_rect_yaw__mutmut_151 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_152'] = x_min_area_rect_yaw__mutmut_152 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_153'] = x_min_area_rect_yaw__mutmut_153 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_154'] = x_min_area_rect_yaw__mutmut_154 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_155'] = x_min_area_rect_yaw__mutmut_155 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_156'] = x_min_area_rect_yaw__mutmut_156 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_157'] = x_min_area_rect_yaw__mutmut_157 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_158'] = x_min_area_rect_yaw__mutmut_158 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_159'] = x_min_area_rect_yaw__mutmut_159 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_160'] = x_min_area_rect_yaw__mutmut_160 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_161'] = x_min_area_rect_yaw__mutmut_161 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_162'] = x_min_area_rect_yaw__mutmut_162 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_163'] = x_min_area_rect_yaw__mutmut_163 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_164'] = x_min_area_rect_yaw__mutmut_164 # type: ignore # mutmut generated
mutants_x_min_area_rect_yaw__mutmut['x_min_area_rect_yaw__mutmut_165'] = x_min_area_rect_yaw__mutmut_165 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_robust_bounds__mutmut)
def robust_bounds(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_orig(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_1(a: np.ndarray, percentile: float, axis: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_2(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = None
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_3(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = None
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_4(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(None, (n - 1) // 2)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_5(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), None)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_6(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min((n - 1) // 2)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_7(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), )
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_8(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(None), (n - 1) // 2)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_9(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 / (n - 1)), (n - 1) // 2)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_10(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile * 100.0 * (n - 1)), (n - 1) // 2)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_11(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 101.0 * (n - 1)), (n - 1) // 2)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_12(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n + 1)), (n - 1) // 2)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_13(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 2)), (n - 1) // 2)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_14(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) / 2)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_15(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n + 1) // 2)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_16(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 2) // 2)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_17(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 3)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_18(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)
    part = None
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_19(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)
    part = np.partition(None, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_20(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)
    part = np.partition(a, None, axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_21(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)
    part = np.partition(a, (k, n - 1 - k), axis=None)
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_22(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)
    part = np.partition((k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_23(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)
    part = np.partition(a, axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_24(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)
    part = np.partition(a, (k, n - 1 - k), )
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_25(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)
    part = np.rpartition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_26(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)
    part = np.partition(a, (k, n - 1 + k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_27(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)
    part = np.partition(a, (k, n + 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_28(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)
    part = np.partition(a, (k, n - 2 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_29(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(None, k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_30(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, None, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_31(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=None), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_32(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(k, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_33(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, axis=axis), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_34(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, ), np.take(part, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_35(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(None, n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_36(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, None, axis=axis)


def x_robust_bounds__mutmut_37(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, axis=None)


def x_robust_bounds__mutmut_38(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(n - 1 - k, axis=axis)


def x_robust_bounds__mutmut_39(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, axis=axis)


def x_robust_bounds__mutmut_40(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 1 - k, )


def x_robust_bounds__mutmut_41(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 1 + k, axis=axis)


def x_robust_bounds__mutmut_42(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n + 1 - k, axis=axis)


def x_robust_bounds__mutmut_43(a: np.ndarray, percentile: float, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) order statistics at ``percentile`` and ``100 - percentile`` along ``axis``
    (nearest rank, via one partition; ``percentile == 0`` gives min and max)."""
    n = a.shape[axis]
    k = min(round(percentile / 100.0 * (n - 1)), (n - 1) // 2)
    part = np.partition(a, (k, n - 1 - k), axis=axis)
    return np.take(part, k, axis=axis), np.take(part, n - 2 - k, axis=axis)

mutants_x_robust_bounds__mutmut['_mutmut_orig'] = x_robust_bounds__mutmut_orig # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_1'] = x_robust_bounds__mutmut_1 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_2'] = x_robust_bounds__mutmut_2 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_3'] = x_robust_bounds__mutmut_3 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_4'] = x_robust_bounds__mutmut_4 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_5'] = x_robust_bounds__mutmut_5 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_6'] = x_robust_bounds__mutmut_6 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_7'] = x_robust_bounds__mutmut_7 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_8'] = x_robust_bounds__mutmut_8 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_9'] = x_robust_bounds__mutmut_9 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_10'] = x_robust_bounds__mutmut_10 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_11'] = x_robust_bounds__mutmut_11 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_12'] = x_robust_bounds__mutmut_12 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_13'] = x_robust_bounds__mutmut_13 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_14'] = x_robust_bounds__mutmut_14 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_15'] = x_robust_bounds__mutmut_15 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_16'] = x_robust_bounds__mutmut_16 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_17'] = x_robust_bounds__mutmut_17 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_18'] = x_robust_bounds__mutmut_18 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_19'] = x_robust_bounds__mutmut_19 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_20'] = x_robust_bounds__mutmut_20 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_21'] = x_robust_bounds__mutmut_21 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_22'] = x_robust_bounds__mutmut_22 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_23'] = x_robust_bounds__mutmut_23 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_24'] = x_robust_bounds__mutmut_24 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_25'] = x_robust_bounds__mutmut_25 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_26'] = x_robust_bounds__mutmut_26 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_27'] = x_robust_bounds__mutmut_27 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_28'] = x_robust_bounds__mutmut_28 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_29'] = x_robust_bounds__mutmut_29 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_30'] = x_robust_bounds__mutmut_30 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_31'] = x_robust_bounds__mutmut_31 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_32'] = x_robust_bounds__mutmut_32 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_33'] = x_robust_bounds__mutmut_33 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_34'] = x_robust_bounds__mutmut_34 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_35'] = x_robust_bounds__mutmut_35 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_36'] = x_robust_bounds__mutmut_36 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_37'] = x_robust_bounds__mutmut_37 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_38'] = x_robust_bounds__mutmut_38 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_39'] = x_robust_bounds__mutmut_39 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_40'] = x_robust_bounds__mutmut_40 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_41'] = x_robust_bounds__mutmut_41 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_42'] = x_robust_bounds__mutmut_42 # type: ignore # mutmut generated
mutants_x_robust_bounds__mutmut['x_robust_bounds__mutmut_43'] = x_robust_bounds__mutmut_43 # type: ignore # mutmut generated
mutants_x_robust_range__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_robust_range__mutmut)
def robust_range(a: np.ndarray, percentile: float, axis: int = 0) -> np.ndarray:
    lo, hi = robust_bounds(a, percentile, axis)
    return hi - lo


def x_robust_range__mutmut_orig(a: np.ndarray, percentile: float, axis: int = 0) -> np.ndarray:
    lo, hi = robust_bounds(a, percentile, axis)
    return hi - lo


def x_robust_range__mutmut_1(a: np.ndarray, percentile: float, axis: int = 1) -> np.ndarray:
    lo, hi = robust_bounds(a, percentile, axis)
    return hi - lo


def x_robust_range__mutmut_2(a: np.ndarray, percentile: float, axis: int = 0) -> np.ndarray:
    lo, hi = None
    return hi - lo


def x_robust_range__mutmut_3(a: np.ndarray, percentile: float, axis: int = 0) -> np.ndarray:
    lo, hi = robust_bounds(None, percentile, axis)
    return hi - lo


def x_robust_range__mutmut_4(a: np.ndarray, percentile: float, axis: int = 0) -> np.ndarray:
    lo, hi = robust_bounds(a, None, axis)
    return hi - lo


def x_robust_range__mutmut_5(a: np.ndarray, percentile: float, axis: int = 0) -> np.ndarray:
    lo, hi = robust_bounds(a, percentile, None)
    return hi - lo


def x_robust_range__mutmut_6(a: np.ndarray, percentile: float, axis: int = 0) -> np.ndarray:
    lo, hi = robust_bounds(percentile, axis)
    return hi - lo


def x_robust_range__mutmut_7(a: np.ndarray, percentile: float, axis: int = 0) -> np.ndarray:
    lo, hi = robust_bounds(a, axis)
    return hi - lo


def x_robust_range__mutmut_8(a: np.ndarray, percentile: float, axis: int = 0) -> np.ndarray:
    lo, hi = robust_bounds(a, percentile, )
    return hi - lo


def x_robust_range__mutmut_9(a: np.ndarray, percentile: float, axis: int = 0) -> np.ndarray:
    lo, hi = robust_bounds(a, percentile, axis)
    return hi + lo

mutants_x_robust_range__mutmut['_mutmut_orig'] = x_robust_range__mutmut_orig # type: ignore # mutmut generated
mutants_x_robust_range__mutmut['x_robust_range__mutmut_1'] = x_robust_range__mutmut_1 # type: ignore # mutmut generated
mutants_x_robust_range__mutmut['x_robust_range__mutmut_2'] = x_robust_range__mutmut_2 # type: ignore # mutmut generated
mutants_x_robust_range__mutmut['x_robust_range__mutmut_3'] = x_robust_range__mutmut_3 # type: ignore # mutmut generated
mutants_x_robust_range__mutmut['x_robust_range__mutmut_4'] = x_robust_range__mutmut_4 # type: ignore # mutmut generated
mutants_x_robust_range__mutmut['x_robust_range__mutmut_5'] = x_robust_range__mutmut_5 # type: ignore # mutmut generated
mutants_x_robust_range__mutmut['x_robust_range__mutmut_6'] = x_robust_range__mutmut_6 # type: ignore # mutmut generated
mutants_x_robust_range__mutmut['x_robust_range__mutmut_7'] = x_robust_range__mutmut_7 # type: ignore # mutmut generated
mutants_x_robust_range__mutmut['x_robust_range__mutmut_8'] = x_robust_range__mutmut_8 # type: ignore # mutmut generated
mutants_x_robust_range__mutmut['x_robust_range__mutmut_9'] = x_robust_range__mutmut_9 # type: ignore # mutmut generated
mutants_x__wrap_quarter__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__wrap_quarter__mutmut)
def _wrap_quarter(a: float) -> float:
    """Angle modulo pi/2 into [-pi/4, pi/4) (a rectangle is symmetric under 90 deg turns)."""
    return float((a + np.pi / 4.0) % (np.pi / 2.0) - np.pi / 4.0)


def x__wrap_quarter__mutmut_orig(a: float) -> float:
    """Angle modulo pi/2 into [-pi/4, pi/4) (a rectangle is symmetric under 90 deg turns)."""
    return float((a + np.pi / 4.0) % (np.pi / 2.0) - np.pi / 4.0)


def x__wrap_quarter__mutmut_1(a: float) -> float:
    """Angle modulo pi/2 into [-pi/4, pi/4) (a rectangle is symmetric under 90 deg turns)."""
    return float(None)


def x__wrap_quarter__mutmut_2(a: float) -> float:
    """Angle modulo pi/2 into [-pi/4, pi/4) (a rectangle is symmetric under 90 deg turns)."""
    return float((a + np.pi / 4.0) % (np.pi / 2.0) + np.pi / 4.0)


def x__wrap_quarter__mutmut_3(a: float) -> float:
    """Angle modulo pi/2 into [-pi/4, pi/4) (a rectangle is symmetric under 90 deg turns)."""
    return float((a + np.pi / 4.0) / (np.pi / 2.0) - np.pi / 4.0)


def x__wrap_quarter__mutmut_4(a: float) -> float:
    """Angle modulo pi/2 into [-pi/4, pi/4) (a rectangle is symmetric under 90 deg turns)."""
    return float((a - np.pi / 4.0) % (np.pi / 2.0) - np.pi / 4.0)


def x__wrap_quarter__mutmut_5(a: float) -> float:
    """Angle modulo pi/2 into [-pi/4, pi/4) (a rectangle is symmetric under 90 deg turns)."""
    return float((a + np.pi * 4.0) % (np.pi / 2.0) - np.pi / 4.0)


def x__wrap_quarter__mutmut_6(a: float) -> float:
    """Angle modulo pi/2 into [-pi/4, pi/4) (a rectangle is symmetric under 90 deg turns)."""
    return float((a + np.pi / 5.0) % (np.pi / 2.0) - np.pi / 4.0)


def x__wrap_quarter__mutmut_7(a: float) -> float:
    """Angle modulo pi/2 into [-pi/4, pi/4) (a rectangle is symmetric under 90 deg turns)."""
    return float((a + np.pi / 4.0) % (np.pi * 2.0) - np.pi / 4.0)


def x__wrap_quarter__mutmut_8(a: float) -> float:
    """Angle modulo pi/2 into [-pi/4, pi/4) (a rectangle is symmetric under 90 deg turns)."""
    return float((a + np.pi / 4.0) % (np.pi / 3.0) - np.pi / 4.0)


def x__wrap_quarter__mutmut_9(a: float) -> float:
    """Angle modulo pi/2 into [-pi/4, pi/4) (a rectangle is symmetric under 90 deg turns)."""
    return float((a + np.pi / 4.0) % (np.pi / 2.0) - np.pi * 4.0)


def x__wrap_quarter__mutmut_10(a: float) -> float:
    """Angle modulo pi/2 into [-pi/4, pi/4) (a rectangle is symmetric under 90 deg turns)."""
    return float((a + np.pi / 4.0) % (np.pi / 2.0) - np.pi / 5.0)

mutants_x__wrap_quarter__mutmut['_mutmut_orig'] = x__wrap_quarter__mutmut_orig # type: ignore # mutmut generated
mutants_x__wrap_quarter__mutmut['x__wrap_quarter__mutmut_1'] = x__wrap_quarter__mutmut_1 # type: ignore # mutmut generated
mutants_x__wrap_quarter__mutmut['x__wrap_quarter__mutmut_2'] = x__wrap_quarter__mutmut_2 # type: ignore # mutmut generated
mutants_x__wrap_quarter__mutmut['x__wrap_quarter__mutmut_3'] = x__wrap_quarter__mutmut_3 # type: ignore # mutmut generated
mutants_x__wrap_quarter__mutmut['x__wrap_quarter__mutmut_4'] = x__wrap_quarter__mutmut_4 # type: ignore # mutmut generated
mutants_x__wrap_quarter__mutmut['x__wrap_quarter__mutmut_5'] = x__wrap_quarter__mutmut_5 # type: ignore # mutmut generated
mutants_x__wrap_quarter__mutmut['x__wrap_quarter__mutmut_6'] = x__wrap_quarter__mutmut_6 # type: ignore # mutmut generated
mutants_x__wrap_quarter__mutmut['x__wrap_quarter__mutmut_7'] = x__wrap_quarter__mutmut_7 # type: ignore # mutmut generated
mutants_x__wrap_quarter__mutmut['x__wrap_quarter__mutmut_8'] = x__wrap_quarter__mutmut_8 # type: ignore # mutmut generated
mutants_x__wrap_quarter__mutmut['x__wrap_quarter__mutmut_9'] = x__wrap_quarter__mutmut_9 # type: ignore # mutmut generated
mutants_x__wrap_quarter__mutmut['x__wrap_quarter__mutmut_10'] = x__wrap_quarter__mutmut_10 # type: ignore # mutmut generated
mutants_x_plane_height_at__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_plane_height_at__mutmut)
def plane_height_at(plane: tuple[np.ndarray, float], xy: np.ndarray) -> float | None:
    """Height z of a plane ``n . p + d = 0`` above the scene point ``xy``; None if vertical."""
    n, d = plane
    if abs(n[2]) < 1e-6:
        return None
    return float(-(n[0] * xy[0] + n[1] * xy[1] + d) / n[2])


def x_plane_height_at__mutmut_orig(plane: tuple[np.ndarray, float], xy: np.ndarray) -> float | None:
    """Height z of a plane ``n . p + d = 0`` above the scene point ``xy``; None if vertical."""
    n, d = plane
    if abs(n[2]) < 1e-6:
        return None
    return float(-(n[0] * xy[0] + n[1] * xy[1] + d) / n[2])


def x_plane_height_at__mutmut_1(plane: tuple[np.ndarray, float], xy: np.ndarray) -> float | None:
    """Height z of a plane ``n . p + d = 0`` above the scene point ``xy``; None if vertical."""
    n, d = None
    if abs(n[2]) < 1e-6:
        return None
    return float(-(n[0] * xy[0] + n[1] * xy[1] + d) / n[2])


def x_plane_height_at__mutmut_2(plane: tuple[np.ndarray, float], xy: np.ndarray) -> float | None:
    """Height z of a plane ``n . p + d = 0`` above the scene point ``xy``; None if vertical."""
    n, d = plane
    if abs(None) < 1e-6:
        return None
    return float(-(n[0] * xy[0] + n[1] * xy[1] + d) / n[2])


def x_plane_height_at__mutmut_3(plane: tuple[np.ndarray, float], xy: np.ndarray) -> float | None:
    """Height z of a plane ``n . p + d = 0`` above the scene point ``xy``; None if vertical."""
    n, d = plane
    if abs(n[3]) < 1e-6:
        return None
    return float(-(n[0] * xy[0] + n[1] * xy[1] + d) / n[2])


def x_plane_height_at__mutmut_4(plane: tuple[np.ndarray, float], xy: np.ndarray) -> float | None:
    """Height z of a plane ``n . p + d = 0`` above the scene point ``xy``; None if vertical."""
    n, d = plane
    if abs(n[2]) <= 1e-6:
        return None
    return float(-(n[0] * xy[0] + n[1] * xy[1] + d) / n[2])


def x_plane_height_at__mutmut_5(plane: tuple[np.ndarray, float], xy: np.ndarray) -> float | None:
    """Height z of a plane ``n . p + d = 0`` above the scene point ``xy``; None if vertical."""
    n, d = plane
    if abs(n[2]) < 1.000001:
        return None
    return float(-(n[0] * xy[0] + n[1] * xy[1] + d) / n[2])


def x_plane_height_at__mutmut_6(plane: tuple[np.ndarray, float], xy: np.ndarray) -> float | None:
    """Height z of a plane ``n . p + d = 0`` above the scene point ``xy``; None if vertical."""
    n, d = plane
    if abs(n[2]) < 1e-6:
        return None
    return float(None)


def x_plane_height_at__mutmut_7(plane: tuple[np.ndarray, float], xy: np.ndarray) -> float | None:
    """Height z of a plane ``n . p + d = 0`` above the scene point ``xy``; None if vertical."""
    n, d = plane
    if abs(n[2]) < 1e-6:
        return None
    return float(-(n[0] * xy[0] + n[1] * xy[1] + d) * n[2])


def x_plane_height_at__mutmut_8(plane: tuple[np.ndarray, float], xy: np.ndarray) -> float | None:
    """Height z of a plane ``n . p + d = 0`` above the scene point ``xy``; None if vertical."""
    n, d = plane
    if abs(n[2]) < 1e-6:
        return None
    return float(+(n[0] * xy[0] + n[1] * xy[1] + d) / n[2])


def x_plane_height_at__mutmut_9(plane: tuple[np.ndarray, float], xy: np.ndarray) -> float | None:
    """Height z of a plane ``n . p + d = 0`` above the scene point ``xy``; None if vertical."""
    n, d = plane
    if abs(n[2]) < 1e-6:
        return None
    return float(-(n[0] * xy[0] + n[1] * xy[1] - d) / n[2])


def x_plane_height_at__mutmut_10(plane: tuple[np.ndarray, float], xy: np.ndarray) -> float | None:
    """Height z of a plane ``n . p + d = 0`` above the scene point ``xy``; None if vertical."""
    n, d = plane
    if abs(n[2]) < 1e-6:
        return None
    return float(-(n[0] * xy[0] - n[1] * xy[1] + d) / n[2])


def x_plane_height_at__mutmut_11(plane: tuple[np.ndarray, float], xy: np.ndarray) -> float | None:
    """Height z of a plane ``n . p + d = 0`` above the scene point ``xy``; None if vertical."""
    n, d = plane
    if abs(n[2]) < 1e-6:
        return None
    return float(-(n[0] / xy[0] + n[1] * xy[1] + d) / n[2])


def x_plane_height_at__mutmut_12(plane: tuple[np.ndarray, float], xy: np.ndarray) -> float | None:
    """Height z of a plane ``n . p + d = 0`` above the scene point ``xy``; None if vertical."""
    n, d = plane
    if abs(n[2]) < 1e-6:
        return None
    return float(-(n[1] * xy[0] + n[1] * xy[1] + d) / n[2])


def x_plane_height_at__mutmut_13(plane: tuple[np.ndarray, float], xy: np.ndarray) -> float | None:
    """Height z of a plane ``n . p + d = 0`` above the scene point ``xy``; None if vertical."""
    n, d = plane
    if abs(n[2]) < 1e-6:
        return None
    return float(-(n[0] * xy[1] + n[1] * xy[1] + d) / n[2])


def x_plane_height_at__mutmut_14(plane: tuple[np.ndarray, float], xy: np.ndarray) -> float | None:
    """Height z of a plane ``n . p + d = 0`` above the scene point ``xy``; None if vertical."""
    n, d = plane
    if abs(n[2]) < 1e-6:
        return None
    return float(-(n[0] * xy[0] + n[1] / xy[1] + d) / n[2])


def x_plane_height_at__mutmut_15(plane: tuple[np.ndarray, float], xy: np.ndarray) -> float | None:
    """Height z of a plane ``n . p + d = 0`` above the scene point ``xy``; None if vertical."""
    n, d = plane
    if abs(n[2]) < 1e-6:
        return None
    return float(-(n[0] * xy[0] + n[2] * xy[1] + d) / n[2])


def x_plane_height_at__mutmut_16(plane: tuple[np.ndarray, float], xy: np.ndarray) -> float | None:
    """Height z of a plane ``n . p + d = 0`` above the scene point ``xy``; None if vertical."""
    n, d = plane
    if abs(n[2]) < 1e-6:
        return None
    return float(-(n[0] * xy[0] + n[1] * xy[2] + d) / n[2])


def x_plane_height_at__mutmut_17(plane: tuple[np.ndarray, float], xy: np.ndarray) -> float | None:
    """Height z of a plane ``n . p + d = 0`` above the scene point ``xy``; None if vertical."""
    n, d = plane
    if abs(n[2]) < 1e-6:
        return None
    return float(-(n[0] * xy[0] + n[1] * xy[1] + d) / n[3])

mutants_x_plane_height_at__mutmut['_mutmut_orig'] = x_plane_height_at__mutmut_orig # type: ignore # mutmut generated
mutants_x_plane_height_at__mutmut['x_plane_height_at__mutmut_1'] = x_plane_height_at__mutmut_1 # type: ignore # mutmut generated
mutants_x_plane_height_at__mutmut['x_plane_height_at__mutmut_2'] = x_plane_height_at__mutmut_2 # type: ignore # mutmut generated
mutants_x_plane_height_at__mutmut['x_plane_height_at__mutmut_3'] = x_plane_height_at__mutmut_3 # type: ignore # mutmut generated
mutants_x_plane_height_at__mutmut['x_plane_height_at__mutmut_4'] = x_plane_height_at__mutmut_4 # type: ignore # mutmut generated
mutants_x_plane_height_at__mutmut['x_plane_height_at__mutmut_5'] = x_plane_height_at__mutmut_5 # type: ignore # mutmut generated
mutants_x_plane_height_at__mutmut['x_plane_height_at__mutmut_6'] = x_plane_height_at__mutmut_6 # type: ignore # mutmut generated
mutants_x_plane_height_at__mutmut['x_plane_height_at__mutmut_7'] = x_plane_height_at__mutmut_7 # type: ignore # mutmut generated
mutants_x_plane_height_at__mutmut['x_plane_height_at__mutmut_8'] = x_plane_height_at__mutmut_8 # type: ignore # mutmut generated
mutants_x_plane_height_at__mutmut['x_plane_height_at__mutmut_9'] = x_plane_height_at__mutmut_9 # type: ignore # mutmut generated
mutants_x_plane_height_at__mutmut['x_plane_height_at__mutmut_10'] = x_plane_height_at__mutmut_10 # type: ignore # mutmut generated
mutants_x_plane_height_at__mutmut['x_plane_height_at__mutmut_11'] = x_plane_height_at__mutmut_11 # type: ignore # mutmut generated
mutants_x_plane_height_at__mutmut['x_plane_height_at__mutmut_12'] = x_plane_height_at__mutmut_12 # type: ignore # mutmut generated
mutants_x_plane_height_at__mutmut['x_plane_height_at__mutmut_13'] = x_plane_height_at__mutmut_13 # type: ignore # mutmut generated
mutants_x_plane_height_at__mutmut['x_plane_height_at__mutmut_14'] = x_plane_height_at__mutmut_14 # type: ignore # mutmut generated
mutants_x_plane_height_at__mutmut['x_plane_height_at__mutmut_15'] = x_plane_height_at__mutmut_15 # type: ignore # mutmut generated
mutants_x_plane_height_at__mutmut['x_plane_height_at__mutmut_16'] = x_plane_height_at__mutmut_16 # type: ignore # mutmut generated
mutants_x_plane_height_at__mutmut['x_plane_height_at__mutmut_17'] = x_plane_height_at__mutmut_17 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_fit_gravity_box__mutmut)
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_orig(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_1(
    points: np.ndarray,
    percentile: float = 2.0,
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_2(
    points: np.ndarray,
    percentile: float = 1.0,
    support_plane: tuple[np.ndarray, float] | None = None,
    support_extend_m: float = 1.04,
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_3(
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
    p = None
    if len(p) == 0:
        raise ValueError("fit_gravity_box needs at least one point")
    yaw = min_area_rect_yaw(p[:, :2], percentile)
    c, s = np.cos(yaw), np.sin(yaw)
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_4(
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
    p = np.asarray(None, dtype=np.float64)
    if len(p) == 0:
        raise ValueError("fit_gravity_box needs at least one point")
    yaw = min_area_rect_yaw(p[:, :2], percentile)
    c, s = np.cos(yaw), np.sin(yaw)
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_5(
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
    p = np.asarray(points, dtype=None)
    if len(p) == 0:
        raise ValueError("fit_gravity_box needs at least one point")
    yaw = min_area_rect_yaw(p[:, :2], percentile)
    c, s = np.cos(yaw), np.sin(yaw)
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_6(
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
    p = np.asarray(dtype=np.float64)
    if len(p) == 0:
        raise ValueError("fit_gravity_box needs at least one point")
    yaw = min_area_rect_yaw(p[:, :2], percentile)
    c, s = np.cos(yaw), np.sin(yaw)
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_7(
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
    p = np.asarray(points, )
    if len(p) == 0:
        raise ValueError("fit_gravity_box needs at least one point")
    yaw = min_area_rect_yaw(p[:, :2], percentile)
    c, s = np.cos(yaw), np.sin(yaw)
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_8(
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
    if len(p) != 0:
        raise ValueError("fit_gravity_box needs at least one point")
    yaw = min_area_rect_yaw(p[:, :2], percentile)
    c, s = np.cos(yaw), np.sin(yaw)
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_9(
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
    if len(p) == 1:
        raise ValueError("fit_gravity_box needs at least one point")
    yaw = min_area_rect_yaw(p[:, :2], percentile)
    c, s = np.cos(yaw), np.sin(yaw)
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_10(
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
        raise ValueError(None)
    yaw = min_area_rect_yaw(p[:, :2], percentile)
    c, s = np.cos(yaw), np.sin(yaw)
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_11(
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
        raise ValueError("XXfit_gravity_box needs at least one pointXX")
    yaw = min_area_rect_yaw(p[:, :2], percentile)
    c, s = np.cos(yaw), np.sin(yaw)
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_12(
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
        raise ValueError("FIT_GRAVITY_BOX NEEDS AT LEAST ONE POINT")
    yaw = min_area_rect_yaw(p[:, :2], percentile)
    c, s = np.cos(yaw), np.sin(yaw)
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_13(
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
    yaw = None
    c, s = np.cos(yaw), np.sin(yaw)
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_14(
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
    yaw = min_area_rect_yaw(None, percentile)
    c, s = np.cos(yaw), np.sin(yaw)
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_15(
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
    yaw = min_area_rect_yaw(p[:, :2], None)
    c, s = np.cos(yaw), np.sin(yaw)
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_16(
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
    yaw = min_area_rect_yaw(percentile)
    c, s = np.cos(yaw), np.sin(yaw)
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_17(
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
    yaw = min_area_rect_yaw(p[:, :2], )
    c, s = np.cos(yaw), np.sin(yaw)
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_18(
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
    yaw = min_area_rect_yaw(p[:, :3], percentile)
    c, s = np.cos(yaw), np.sin(yaw)
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_19(
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
    c, s = None
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_20(
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
    c, s = np.cos(None), np.sin(yaw)
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_21(
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
    c, s = np.cos(yaw), np.sin(None)
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_22(
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
    u = None
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_23(
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
    u = p[:, 0] * c - p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_24(
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
    u = p[:, 0] / c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_25(
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
    u = p[:, 1] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_26(
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
    u = p[:, 0] * c + p[:, 1] / s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_27(
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
    u = p[:, 0] * c + p[:, 2] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_28(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = None
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_29(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s - p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_30(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] / s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_31(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = +p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_32(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 1] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_33(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] / c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_34(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 2] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_35(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = None
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_36(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if (footprint_percentile is None) and False else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_37(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if (footprint_percentile is None) or True else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_38(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is not None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_39(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = None
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_40(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(None, fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_41(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), None, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_42(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=None)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_43(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_44(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_45(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, )
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_46(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack(None), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_47(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=1)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_48(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = None
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_49(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(None, percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_50(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], None, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_51(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=None)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_52(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_53(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_54(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, )
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_55(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 3], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_56(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=1)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_57(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = None
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_58(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) * 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_59(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 - u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_60(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 3.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_61(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) * 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_62(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 - v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_63(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 3.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_64(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = None
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_65(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c + vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_66(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc / c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_67(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc / s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_68(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s - vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_69(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc / s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_70(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc / c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_71(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = None
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_72(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = True
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_73(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_74(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = None
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_75(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(None, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_76(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, None)
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_77(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_78(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, )
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_79(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array(None))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_80(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m or z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_81(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None or z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_82(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_83(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 + zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_84(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp <= support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_85(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 >= zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_86(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = None
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_87(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, False
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_88(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = None
    return box, on_support


def x_fit_gravity_box__mutmut_89(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=None, size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_90(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=None, yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_91(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=None)
    return box, on_support


def x_fit_gravity_box__mutmut_92(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_93(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_94(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), )
    return box, on_support


def x_fit_gravity_box__mutmut_95(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array(None), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_96(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) * 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_97(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 - z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_98(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 3.0]), size=np.array([u1 - u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_99(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array(None), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_100(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 + u0, v1 - v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_101(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 + v0, z1 - z0]), yaw=yaw)
    return box, on_support


def x_fit_gravity_box__mutmut_102(
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
    u = p[:, 0] * c + p[:, 1] * s
    v = -p[:, 0] * s + p[:, 1] * c
    fp = percentile if footprint_percentile is None else footprint_percentile
    (u0, v0), (u1, v1) = robust_bounds(np.column_stack([u, v]), fp, axis=0)
    z0, z1 = robust_bounds(p[:, 2], percentile, axis=0)
    uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0
    cx, cy = uc * c - vc * s, uc * s + vc * c
    on_support = False
    if support_plane is not None:
        zp = plane_height_at(support_plane, np.array([cx, cy]))
        if zp is not None and z0 - zp < support_extend_m and z1 > zp:
            z0, on_support = zp, True
    box = Box3D(center=np.array([cx, cy, (z0 + z1) / 2.0]), size=np.array([u1 - u0, v1 - v0, z1 + z0]), yaw=yaw)
    return box, on_support

mutants_x_fit_gravity_box__mutmut['_mutmut_orig'] = x_fit_gravity_box__mutmut_orig # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_1'] = x_fit_gravity_box__mutmut_1 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_2'] = x_fit_gravity_box__mutmut_2 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_3'] = x_fit_gravity_box__mutmut_3 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_4'] = x_fit_gravity_box__mutmut_4 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_5'] = x_fit_gravity_box__mutmut_5 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_6'] = x_fit_gravity_box__mutmut_6 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_7'] = x_fit_gravity_box__mutmut_7 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_8'] = x_fit_gravity_box__mutmut_8 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_9'] = x_fit_gravity_box__mutmut_9 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_10'] = x_fit_gravity_box__mutmut_10 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_11'] = x_fit_gravity_box__mutmut_11 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_12'] = x_fit_gravity_box__mutmut_12 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_13'] = x_fit_gravity_box__mutmut_13 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_14'] = x_fit_gravity_box__mutmut_14 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_15'] = x_fit_gravity_box__mutmut_15 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_16'] = x_fit_gravity_box__mutmut_16 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_17'] = x_fit_gravity_box__mutmut_17 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_18'] = x_fit_gravity_box__mutmut_18 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_19'] = x_fit_gravity_box__mutmut_19 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_20'] = x_fit_gravity_box__mutmut_20 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_21'] = x_fit_gravity_box__mutmut_21 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_22'] = x_fit_gravity_box__mutmut_22 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_23'] = x_fit_gravity_box__mutmut_23 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_24'] = x_fit_gravity_box__mutmut_24 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_25'] = x_fit_gravity_box__mutmut_25 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_26'] = x_fit_gravity_box__mutmut_26 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_27'] = x_fit_gravity_box__mutmut_27 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_28'] = x_fit_gravity_box__mutmut_28 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_29'] = x_fit_gravity_box__mutmut_29 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_30'] = x_fit_gravity_box__mutmut_30 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_31'] = x_fit_gravity_box__mutmut_31 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_32'] = x_fit_gravity_box__mutmut_32 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_33'] = x_fit_gravity_box__mutmut_33 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_34'] = x_fit_gravity_box__mutmut_34 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_35'] = x_fit_gravity_box__mutmut_35 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_36'] = x_fit_gravity_box__mutmut_36 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_37'] = x_fit_gravity_box__mutmut_37 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_38'] = x_fit_gravity_box__mutmut_38 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_39'] = x_fit_gravity_box__mutmut_39 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_40'] = x_fit_gravity_box__mutmut_40 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_41'] = x_fit_gravity_box__mutmut_41 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_42'] = x_fit_gravity_box__mutmut_42 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_43'] = x_fit_gravity_box__mutmut_43 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_44'] = x_fit_gravity_box__mutmut_44 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_45'] = x_fit_gravity_box__mutmut_45 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_46'] = x_fit_gravity_box__mutmut_46 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_47'] = x_fit_gravity_box__mutmut_47 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_48'] = x_fit_gravity_box__mutmut_48 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_49'] = x_fit_gravity_box__mutmut_49 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_50'] = x_fit_gravity_box__mutmut_50 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_51'] = x_fit_gravity_box__mutmut_51 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_52'] = x_fit_gravity_box__mutmut_52 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_53'] = x_fit_gravity_box__mutmut_53 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_54'] = x_fit_gravity_box__mutmut_54 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_55'] = x_fit_gravity_box__mutmut_55 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_56'] = x_fit_gravity_box__mutmut_56 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_57'] = x_fit_gravity_box__mutmut_57 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_58'] = x_fit_gravity_box__mutmut_58 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_59'] = x_fit_gravity_box__mutmut_59 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_60'] = x_fit_gravity_box__mutmut_60 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_61'] = x_fit_gravity_box__mutmut_61 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_62'] = x_fit_gravity_box__mutmut_62 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_63'] = x_fit_gravity_box__mutmut_63 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_64'] = x_fit_gravity_box__mutmut_64 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_65'] = x_fit_gravity_box__mutmut_65 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_66'] = x_fit_gravity_box__mutmut_66 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_67'] = x_fit_gravity_box__mutmut_67 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_68'] = x_fit_gravity_box__mutmut_68 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_69'] = x_fit_gravity_box__mutmut_69 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_70'] = x_fit_gravity_box__mutmut_70 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_71'] = x_fit_gravity_box__mutmut_71 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_72'] = x_fit_gravity_box__mutmut_72 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_73'] = x_fit_gravity_box__mutmut_73 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_74'] = x_fit_gravity_box__mutmut_74 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_75'] = x_fit_gravity_box__mutmut_75 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_76'] = x_fit_gravity_box__mutmut_76 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_77'] = x_fit_gravity_box__mutmut_77 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_78'] = x_fit_gravity_box__mutmut_78 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_79'] = x_fit_gravity_box__mutmut_79 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_80'] = x_fit_gravity_box__mutmut_80 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_81'] = x_fit_gravity_box__mutmut_81 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_82'] = x_fit_gravity_box__mutmut_82 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_83'] = x_fit_gravity_box__mutmut_83 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_84'] = x_fit_gravity_box__mutmut_84 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_85'] = x_fit_gravity_box__mutmut_85 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_86'] = x_fit_gravity_box__mutmut_86 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_87'] = x_fit_gravity_box__mutmut_87 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_88'] = x_fit_gravity_box__mutmut_88 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_89'] = x_fit_gravity_box__mutmut_89 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_90'] = x_fit_gravity_box__mutmut_90 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_91'] = x_fit_gravity_box__mutmut_91 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_92'] = x_fit_gravity_box__mutmut_92 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_93'] = x_fit_gravity_box__mutmut_93 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_94'] = x_fit_gravity_box__mutmut_94 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_95'] = x_fit_gravity_box__mutmut_95 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_96'] = x_fit_gravity_box__mutmut_96 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_97'] = x_fit_gravity_box__mutmut_97 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_98'] = x_fit_gravity_box__mutmut_98 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_99'] = x_fit_gravity_box__mutmut_99 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_100'] = x_fit_gravity_box__mutmut_100 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_101'] = x_fit_gravity_box__mutmut_101 # type: ignore # mutmut generated
mutants_x_fit_gravity_box__mutmut['x_fit_gravity_box__mutmut_102'] = x_fit_gravity_box__mutmut_102 # type: ignore # mutmut generated
