"""Step 1 of the scene builder: which way is up for one frame.

With ``frame.T_world_camera`` the scene frame is that world frame (``"pose"``; a support
plane restricted to near-horizontal planes is still fitted for full-height boxes).
Otherwise a RANSAC support plane is fitted to the background pixels (label 0) and
accepted only when it is horizontal-ish relative to the camera's assumed up (optical -y),
lies below the camera, has no object under it and either supports an object or is close
to level (``"support_plane"``). Failing that the camera is assumed level
(``"assumed_level"``). Plane geometry itself is :mod:`spatialvlm_ros.core.gravity`.
Metres; rotations map camera optical-frame vectors into the scene frame (z up).
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field

import numpy as np

from spatialvlm_ros.core import gravity as grav
from spatialvlm_ros.core.camera import pixel_rays
from spatialvlm_ros.core.frame import RGBDFrame
from spatialvlm_ros.core.geometry_config import GeometryConfig

logger = logging.getLogger(__name__)


@dataclass
class SceneGravity:
    frame_id: str
    source: str
    R: np.ndarray  # R_scene_camera
    t: np.ndarray  # camera origin in the scene frame
    support_plane: tuple[np.ndarray, float] | None  # scene frame
    #: median optical-frame depth (metres) of each object's sample used to check the plane
    object_depth: dict[int, float] = field(default_factory=dict)
    #: estimated number of mask pixels with valid depth of each object (from the same sample)
    object_pixels: dict[int, int] = field(default_factory=dict)


def valid_depth_crop(depth: np.ndarray, cfg: GeometryConfig) -> np.ndarray:
    """``depth`` (metres) as float32 with 0 wherever it is outside [min_depth_m, max_depth_m]
    (NaN fails both comparisons, so no separate finiteness test is needed)."""
    d = np.asarray(depth, dtype=np.float32)
    return np.where((d >= cfg.min_depth_m) & (d <= cfg.max_depth_m), d, np.float32(0.0))


def _background_sample(frame: RGBDFrame, cfg: GeometryConfig, rng: np.random.Generator) -> np.ndarray:
    """Optical-frame points of a strided sample of valid background (label 0) pixels."""
    h, w = frame.intrinsics.height, frame.intrinsics.width
    stride = max(1, int(math.sqrt(h * w / max(1, 2 * cfg.plane_sample_points))))
    d = valid_depth_crop(frame.depth[::stride, ::stride], cfg)
    lab = frame.segmentation.labels[::stride, ::stride]
    rows, cols = np.nonzero((d > 0) & (lab == 0))
    if len(rows) > cfg.plane_sample_points:
        pick = rng.choice(len(rows), cfg.plane_sample_points, replace=False)
        rows, cols = rows[pick], cols[pick]
    z = d[rows, cols].astype(np.float64)
    ray_x, ray_y = pixel_rays(frame.intrinsics)
    return np.column_stack([ray_x[cols * stride] * z, ray_y[rows * stride] * z, z])


def _median(a: np.ndarray) -> float:
    """``np.median`` of a non-empty 1-D array (the same value: the middle element, or the mean of
    the two middle ones), from one partition without np.median's overhead."""
    n = len(a)
    h = n // 2
    if n % 2:
        return float(np.partition(a, h)[h])
    part = np.partition(a, (h - 1, h))
    return float((part[h - 1] + part[h]) / 2.0)


def _sample_step(sl: tuple[slice, slice]) -> int:
    area = (sl[0].stop - sl[0].start) * (sl[1].stop - sl[1].start)
    return max(1, int(math.sqrt(area / 400.0)))


def _object_samples(
    frame: RGBDFrame, slices: dict[int, tuple[slice, slice]], cfg: GeometryConfig
) -> dict[int, np.ndarray]:
    """A few hundred optical-frame points per object (for validating a support plane)."""
    out = {}
    ray_x, ray_y = pixel_rays(frame.intrinsics)
    for oid, (sr, sc) in slices.items():
        step = _sample_step((sr, sc))
        lab = frame.segmentation.labels[sr, sc][::step, ::step]
        d = valid_depth_crop(frame.depth[sr, sc][::step, ::step], cfg)
        rows, cols = np.nonzero((lab == oid) & (d > 0))
        z = d[rows, cols].astype(np.float64)
        out[oid] = np.column_stack([ray_x[sc.start + cols * step] * z, ray_y[sr.start + rows * step] * z, z])
    return out


def _plane_ok(
    fit: grav.PlaneFit, n_sample: int, objects: list[np.ndarray], cfg: GeometryConfig, need_support: bool
) -> tuple[bool, str]:
    needed = max(cfg.plane_min_inliers, int(cfg.plane_min_inlier_fraction * n_sample))
    if fit.n_inliers < needed:
        return False, f"only {fit.n_inliers} inliers (< {needed})"
    if fit.d < cfg.plane_min_camera_height_m:
        return False, f"camera is not above the plane (height {fit.d:.3f} m)"
    resting, below = grav.support_evidence(fit.normal, fit.d, objects, cfg.support_remove_m, cfg.plane_support_tol_m)
    if below:
        return False, f"{below} object(s) lie under the plane"
    if need_support and resting == 0:
        return False, "no object rests on it"
    return True, ""


def _find_support(
    points: np.ndarray,
    objects: list[np.ndarray],
    cfg: GeometryConfig,
    rng: np.random.Generator,
    axis: np.ndarray,
    max_tilt_deg: float,
    level_tilt_deg: float,
) -> grav.PlaneFit | None:
    """First of up to ``plane_candidates`` sequential RANSAC planes (within ``max_tilt_deg``
    of ``axis``) that passes :func:`_plane_ok`; planes farther than ``level_tilt_deg`` from
    ``axis`` must also support an object."""
    remaining = points
    for k in range(cfg.plane_candidates):
        fit = grav.fit_plane_ransac(
            remaining, cfg.plane_threshold_m, cfg.plane_iterations, rng, axis=axis, max_angle_deg=max_tilt_deg
        )
        if fit is None:
            return None
        tilt = grav.angle_deg(fit.normal, axis)
        ok, why = _plane_ok(fit, len(points), objects, cfg, need_support=tilt > level_tilt_deg)
        if ok:
            logger.debug("support plane %d accepted: tilt %.1f deg, %d inliers", k, tilt, fit.n_inliers)
            return grav.PlaneFit(fit.normal, fit.d, np.zeros(0, dtype=bool))
        logger.debug("plane candidate %d (tilt %.1f deg) rejected: %s", k, tilt, why)
        remaining = remaining[~fit.inliers]
        if len(remaining) < max(3, cfg.plane_min_inliers):
            return None
    return None


def estimate_gravity(
    frame: RGBDFrame, cfg: GeometryConfig, slices: dict[int, tuple[slice, slice]], rng: np.random.Generator
) -> SceneGravity:
    bg = _background_sample(frame, cfg, rng)
    by_id = _object_samples(frame, slices, cfg)
    samples = list(by_id.values())
    depth = {oid: _median(s[:, 2]) for oid, s in by_id.items() if len(s)}
    pixels = {oid: len(s) * _sample_step(slices[oid]) ** 2 for oid, s in by_id.items()}
    if frame.T_world_camera is not None:
        t_wc = np.asarray(frame.T_world_camera, dtype=float)
        R, t = t_wc[:3, :3], t_wc[:3, 3]
        # Fit in world orientation with the camera at the origin (fit.d = camera height above
        # the plane), then move the plane to the world frame.
        plane = None
        fit = None
        if len(bg) >= 3:
            fit = _find_support(
                grav.transform_points(bg, R), [grav.transform_points(s, R) for s in samples], cfg, rng,
                np.array([0.0, 0.0, 1.0]),
                cfg.plane_pose_max_tilt_deg, cfg.plane_pose_max_tilt_deg,
            )
        if fit is not None:
            plane = (fit.normal, float(fit.d - fit.normal @ t))
        return SceneGravity("world", "pose", R, t, plane, depth, pixels)
    fit = None
    if len(bg) >= 3:
        fit = _find_support(bg, samples, cfg, rng, grav.OPTICAL_UP, cfg.plane_max_tilt_deg, cfg.plane_level_tilt_deg)
    if fit is not None:
        R = grav.rotation_from_up(fit.normal)
        plane = (np.array([0.0, 0.0, 1.0]), float(fit.d))
        return SceneGravity("camera", "support_plane", R, np.zeros(3), plane, depth, pixels)
    R = grav.rotation_from_up(grav.OPTICAL_UP)
    return SceneGravity("camera", "assumed_level", R, np.zeros(3), None, depth, pixels)
