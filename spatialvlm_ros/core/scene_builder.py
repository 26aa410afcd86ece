"""RGB-D frame + instance masks -> metric, gravity-aligned :class:`SceneGraph`.

Pipeline (numpy/scipy only; see ``config/geometry.yaml`` for every threshold):

1. **Gravity.** With ``frame.T_world_camera`` the scene frame is that world frame
   (``gravity_source == "pose"``). Otherwise a RANSAC support plane is fitted to the
   background pixels (label 0) and accepted only when it is horizontal-ish relative to the
   camera's assumed up (optical -y), lies below the camera, has no object under it and
   either supports an object or is close to level (``"support_plane"``). Failing that the
   camera is assumed level (``"assumed_level"``). With a pose, the same fit restricted to
   near-horizontal planes gives the support surface used for full-height boxes.
2. **Object pixels.** Per object, inside its mask's bounding box: optional erosion; drop
   invalid depth, pixels on or under the support plane (mask bleed onto the table), and
   thin bands along the mask border where the surface continues outside the mask (mask
   bleed onto an unlabelled body in front of or behind the object - an arm next to a
   gripper, a wall). Split the rest into depth-continuous pieces; keep the largest and
   every other piece whose depth agrees with it or whose 3D gap to it is small (an object
   of separate parts, the pieces of an occluded object); smooth the depth over the
   remaining pixels to reduce z^2 noise.
3. **Points and box.** Back-project, rotate into the scene frame, optional voxel grid /
   outlier removal / Euclidean clustering, then a gravity-aligned box with robust
   percentile extents, extended down to the support plane when its bottom nearly touches
   it or the column under it is hidden by the object itself - or, for an object standing
   on another one, down to that object's top at most.

Frames and units follow :mod:`spatialvlm_ros.core.scene`: scene frame "world" when a pose
is given, else "camera" (origin at the optical centre, x = viewer right, y = viewer
forward, z up); metres throughout.
"""

from __future__ import annotations

import dataclasses
import logging
import math
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import numpy as np
from scipy import ndimage

from spatialvlm_ros.core import gravity as grav
from spatialvlm_ros.core.boxes import fit_gravity_box, plane_height_at
from spatialvlm_ros.core.frame import RGBDFrame
from spatialvlm_ros.core.pointcloud import (
    bleed_pixels,
    depth_segments,
    largest_cluster,
    select_segments,
    smooth_depth_in_mask,
    statistical_outlier_removal,
    voxel_downsample,
)
from spatialvlm_ros.core.scene import Box3D, SceneGraph, SceneObject, Viewer
from spatialvlm_ros.errors import ConfigError, InputError, NoDepthError, UnknownObjectError

logger = logging.getLogger(__name__)

DEFAULT_CONFIG_NAME = "geometry.yaml"


@dataclass
class GeometryConfig:
    """Thresholds of the geometry pipeline (metres, pixels, degrees). See config/geometry.yaml."""

    # depth
    min_depth_m: float = 0.05
    max_depth_m: float = 10.0
    # object pixels
    erode_px: int = 0
    edge_abs_m: float = 0.015
    edge_rel: float = 0.02
    component_depth_margin_m: float = 0.05
    component_gap_m: float = 0.05
    component_min_pixels: int = 5
    bleed_max_px: int = 4
    min_object_pixels: int = 30
    support_remove_m: float = 0.012
    smooth_px: int = 1
    # object points
    voxel_m: float = 0.0
    sor_k: int = 0
    sor_std: float = 2.0
    cluster_eps_m: float = 0.0
    # boxes
    percentile: float = 0.5
    footprint_percentile: float = 0.1
    support_extend_m: float = 0.015
    support_max_extend_m: float = 0.25
    support_free_fraction: float = 0.2
    support_on_objects: bool = True
    # support plane
    plane_iterations: int = 200
    plane_threshold_m: float = 0.01
    plane_sample_points: int = 3000
    plane_min_inliers: int = 150
    plane_min_inlier_fraction: float = 0.1
    plane_max_tilt_deg: float = 80.0
    plane_level_tilt_deg: float = 30.0
    plane_pose_max_tilt_deg: float = 10.0
    plane_support_tol_m: float = 0.04
    plane_candidates: int = 3
    plane_min_camera_height_m: float = 0.05
    # misc
    store_points: bool = True
    seed: int = 0

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GeometryConfig:
        """Build from a mapping; one level of sections (``objects: {...}``) is flattened.

        Unknown keys and values of the wrong type raise :class:`ConfigError`.
        """
        if not isinstance(data, dict):
            raise ConfigError("geometry config must be a mapping")
        flat: dict[str, Any] = {}
        for key, value in data.items():
            if isinstance(value, dict):
                flat.update(value)
            else:
                flat[key] = value
        known = {f.name: f for f in fields(cls)}
        kwargs: dict[str, Any] = {}
        for key, value in flat.items():
            if key not in known:
                raise ConfigError(f"geometry config: unknown key {key!r}")
            default = getattr(cls, key)
            try:
                if isinstance(default, bool):
                    if not isinstance(value, bool):
                        raise TypeError
                    kwargs[key] = value
                elif isinstance(default, int):
                    if isinstance(value, bool) or int(value) != value:
                        raise TypeError
                    kwargs[key] = int(value)
                else:
                    kwargs[key] = float(value)
            except (TypeError, ValueError):
                raise ConfigError(f"geometry config: {key} = {value!r} is not a {type(default).__name__}") from None
        return cls(**kwargs)

    @classmethod
    def from_yaml(cls, path: str | Path | None = None) -> GeometryConfig:
        """Read ``path`` (default ``config/geometry.yaml``)."""
        from spatialvlm_ros.resources import load_config

        return cls.from_dict(load_config(path if path is not None else DEFAULT_CONFIG_NAME))

    def replace(self, **changes: Any) -> GeometryConfig:
        return dataclasses.replace(self, **changes)


@dataclass
class _Gravity:
    frame_id: str
    source: str
    R: np.ndarray  # R_scene_camera
    t: np.ndarray  # camera origin in the scene frame
    support_plane: tuple[np.ndarray, float] | None  # scene frame


def _valid_crop(depth: np.ndarray, cfg: GeometryConfig) -> np.ndarray:
    d = np.asarray(depth, dtype=np.float32)
    ok = np.isfinite(d) & (d >= cfg.min_depth_m) & (d <= cfg.max_depth_m)
    return np.where(ok, d, np.float32(0.0))


def _background_sample(frame: RGBDFrame, cfg: GeometryConfig, rng: np.random.Generator) -> np.ndarray:
    """Optical-frame points of a strided sample of valid background (label 0) pixels."""
    h, w = frame.intrinsics.height, frame.intrinsics.width
    stride = max(1, int(math.sqrt(h * w / max(1, 2 * cfg.plane_sample_points))))
    d = _valid_crop(frame.depth[::stride, ::stride], cfg)
    lab = frame.segmentation.labels[::stride, ::stride]
    rows, cols = np.nonzero((d > 0) & (lab == 0))
    if len(rows) > cfg.plane_sample_points:
        pick = rng.choice(len(rows), cfg.plane_sample_points, replace=False)
        rows, cols = rows[pick], cols[pick]
    z = d[rows, cols].astype(np.float64)
    intr = frame.intrinsics
    return np.column_stack(
        [(cols * stride - intr.cx) / intr.fx * z, (rows * stride - intr.cy) / intr.fy * z, z]
    )


def _object_samples(frame: RGBDFrame, slices: dict[int, tuple[slice, slice]], cfg: GeometryConfig) -> list[np.ndarray]:
    """A few hundred optical-frame points per object (for validating a support plane)."""
    out = []
    for oid, (sr, sc) in slices.items():
        area = (sr.stop - sr.start) * (sc.stop - sc.start)
        step = max(1, int(math.sqrt(area / 400.0)))
        lab = frame.segmentation.labels[sr, sc][::step, ::step]
        d = _valid_crop(frame.depth[sr, sc][::step, ::step], cfg)
        rows, cols = np.nonzero((lab == oid) & (d > 0))
        z = d[rows, cols].astype(np.float64)
        u, v = sc.start + cols * step, sr.start + rows * step
        intr = frame.intrinsics
        out.append(np.column_stack([(u - intr.cx) / intr.fx * z, (v - intr.cy) / intr.fy * z, z]))
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


def _estimate_gravity(
    frame: RGBDFrame, cfg: GeometryConfig, slices: dict[int, tuple[slice, slice]], rng: np.random.Generator
) -> _Gravity:
    bg = _background_sample(frame, cfg, rng)
    samples = _object_samples(frame, slices, cfg)
    if frame.T_world_camera is not None:
        t_wc = np.asarray(frame.T_world_camera, dtype=float)
        R, t = t_wc[:3, :3], t_wc[:3, 3]
        # Fit in world orientation with the camera at the origin (fit.d = camera height above
        # the plane), then move the plane to the world frame.
        plane = None
        fit = None
        if len(bg) >= 3:
            fit = _find_support(
                bg @ R.T, [s @ R.T for s in samples], cfg, rng, np.array([0.0, 0.0, 1.0]),
                cfg.plane_pose_max_tilt_deg, cfg.plane_pose_max_tilt_deg,
            )
        if fit is not None:
            plane = (fit.normal, float(fit.d - fit.normal @ t))
        return _Gravity("world", "pose", R, t, plane)
    fit = None
    if len(bg) >= 3:
        fit = _find_support(bg, samples, cfg, rng, grav.OPTICAL_UP, cfg.plane_max_tilt_deg, cfg.plane_level_tilt_deg)
    if fit is not None:
        R = grav.rotation_from_up(fit.normal)
        return _Gravity("camera", "support_plane", R, np.zeros(3), (np.array([0.0, 0.0, 1.0]), float(fit.d)))
    R = grav.rotation_from_up(grav.OPTICAL_UP)
    return _Gravity("camera", "assumed_level", R, np.zeros(3), None)


def _object_points(
    frame: RGBDFrame, oid: int, sl: tuple[slice, slice], g: _Gravity, cfg: GeometryConfig
) -> np.ndarray:
    """Cleaned scene-frame points (N, 3) of object ``oid`` (see the module docstring)."""
    h, w = frame.intrinsics.height, frame.intrinsics.width
    pad = 1 + cfg.smooth_px
    r0, r1 = max(0, sl[0].start - pad), min(h, sl[0].stop + pad)
    c0, c1 = max(0, sl[1].start - pad), min(w, sl[1].stop + pad)
    d = _valid_crop(frame.depth[r0:r1, c0:c1], cfg)
    full_mask = frame.segmentation.labels[r0:r1, c0:c1] == oid
    mask = full_mask
    if cfg.erode_px > 0:
        eroded = ndimage.binary_erosion(mask, iterations=cfg.erode_px)
        if eroded.sum() >= cfg.min_object_pixels:
            mask = eroded
    mask = mask & (d > 0)
    if not mask.any():
        return np.zeros((0, 3))
    intr = frame.intrinsics

    def to_scene(depth: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        z = depth[rows, cols].astype(np.float64)
        p = np.column_stack([(cols + c0 - intr.cx) / intr.fx * z, (rows + r0 - intr.cy) / intr.fy * z, z])
        return p @ g.R.T + g.t

    # rays of the crop's pixels (optical frame, z = 1): point = ray * depth
    ray_x = ((np.arange(c0, c1) - intr.cx) / intr.fx)[None, :]
    ray_y = ((np.arange(r0, r1) - intr.cy) / intr.fy)[:, None]
    height = None  # of every crop pixel above the support plane (scene frame), metres
    if g.support_plane is not None:
        n, dd = g.support_plane
        a = g.R.T @ n  # the plane normal in the optical frame
        height = d * (a[0] * ray_x + a[1] * ray_y + a[2]) + (n @ g.t + dd)
    if height is not None and cfg.support_remove_m > 0:
        above = mask & (height > cfg.support_remove_m)
        if above.sum() >= cfg.min_object_pixels:
            mask = above
    if cfg.bleed_max_px > 0:
        # the support itself is handled above (support_remove_m): a mask touching it is no bleed
        outside_ok = None if height is None else height > cfg.support_remove_m
        bleed = bleed_pixels(mask, full_mask, d, cfg.edge_abs_m, cfg.edge_rel, cfg.bleed_max_px, outside_ok)
        if (mask & ~bleed).sum() >= cfg.min_object_pixels:
            mask = mask & ~bleed
    seg, n_seg = depth_segments(mask, d, cfg.edge_abs_m, cfg.edge_rel)
    if n_seg > 1:
        opt = np.stack([ray_x * d, ray_y * d, d], axis=-1)
        mask = select_segments(
            seg, n_seg, opt, cfg.component_depth_margin_m, cfg.component_gap_m, cfg.min_object_pixels,
            cfg.component_min_pixels,
        )
    else:
        mask = seg > 0
    if mask.sum() < max(1, cfg.min_object_pixels):
        return np.zeros((0, 3))
    ds = smooth_depth_in_mask(d, mask, cfg.smooth_px)
    rows, cols = np.nonzero(mask)
    pts = to_scene(ds, rows, cols)
    if cfg.cluster_eps_m > 0 and len(pts) > 1:
        pts = pts[largest_cluster(pts, cfg.cluster_eps_m, cfg.min_object_pixels)]
    if cfg.sor_k > 0:
        pts = pts[statistical_outlier_removal(pts, cfg.sor_k, cfg.sor_std)]
    if cfg.voxel_m > 0:
        pts = voxel_downsample(pts, cfg.voxel_m)
    return pts


def _extend_if_hidden(
    frame: RGBDFrame, oid: int, box: Box3D, g: _Gravity, cfg: GeometryConfig, floor_z: float | None = None
) -> tuple[Box3D, bool]:
    """Extend ``box`` down to ``floor_z`` (default: the support plane under it) when the
    space under it is hidden from the camera by the object itself (a ball's or a cup's
    occluded lower part), not observed as free (a gripper in the air: the camera sees the
    table behind the column under it) and not occupied by another object.

    Samples a vertical column under the box centre (and at +-1/4 of the footprint along the
    box axes), projects it into the image and classifies every sample: *free* when the
    measured depth is beyond it, *hidden* when this object is in front of it, *other* when
    another object is. Extends when free < ``support_free_fraction`` and hidden is the majority
    (more than half of the valid samples and more than other).
    """
    zp = plane_height_at(g.support_plane, box.center[:2]) if floor_z is None else floor_z
    if zp is None:
        return box, False
    gap = box.bottom - zp
    if not 0.0 < gap <= cfg.support_max_extend_m:
        return box, False
    heights = np.linspace(zp + cfg.support_remove_m, box.bottom, 8)
    offsets = [np.zeros(2)] + [s * box.size[i] / 4.0 * box.axes_xy[i] for i in (0, 1) for s in (-1.0, 1.0)]
    xy = np.array([box.center[:2] + o for o in offsets])
    pts = np.array([[x, y, z] for x, y in xy for z in heights])
    opt = (pts - g.t) @ g.R  # scene -> optical (R is a rotation)
    opt = opt[opt[:, 2] > cfg.min_depth_m]
    if len(opt) == 0:
        return box, False
    intr = frame.intrinsics
    u = np.rint(intr.fx * opt[:, 0] / opt[:, 2] + intr.cx).astype(int)
    v = np.rint(intr.fy * opt[:, 1] / opt[:, 2] + intr.cy).astype(int)
    inside = (u >= 0) & (u < intr.width) & (v >= 0) & (v < intr.height)
    u, v, zs = u[inside], v[inside], opt[inside, 2]
    d = _valid_crop(frame.depth[v, u], cfg)
    lab = frame.segmentation.labels[v, u]
    ok = d > 0
    if not ok.any():
        return box, False
    margin = cfg.edge_abs_m + cfg.edge_rel * zs
    free = ok & (d > zs + margin)
    front = ok & ~free
    hidden = front & (lab == oid)
    other = front & (lab != oid) & (lab != 0)
    n = int(ok.sum())
    if free.sum() < cfg.support_free_fraction * n and hidden.sum() > max(other.sum(), 0.5 * n):
        return _down_to(box, zp), True
    return box, False


def _down_to(box: Box3D, z: float) -> Box3D:
    """``box`` with its bottom moved to height ``z`` (top unchanged)."""
    size = box.size.copy()
    size[2] = box.top - z
    center = box.center.copy()
    center[2] = (box.top + z) / 2.0
    return Box3D(center=center, size=size, yaw=box.yaw)


def _supporter_top(box: Box3D, others: list[Box3D], floor_z: float | None, tol_m: float) -> float | None:
    """Top of the highest other box this one may rest on: its footprint contains this box's
    centre, its top is at most ``tol_m`` above this box's bottom and above the support plane."""
    best = None
    p = box.center[:2]
    for other in others:
        if other.top > box.bottom + tol_m or (floor_z is not None and other.top <= floor_z + tol_m):
            continue
        fp = other.footprint()  # counter-clockwise
        edges = np.roll(fp, -1, axis=0) - fp
        rel = p - fp
        if np.all(edges[:, 0] * rel[:, 1] - edges[:, 1] * rel[:, 0] >= 0.0):
            best = other.top if best is None else max(best, other.top)
    return best


def _image_neighbours(
    chosen: dict[int, tuple[slice, slice]], all_slices: dict[int, tuple[slice, slice]], margin_px: int
) -> list[int]:
    """Ids not in ``chosen`` whose mask bounding box comes within ``margin_px`` of a chosen one's."""
    out = []
    for oid, (sr, sc) in all_slices.items():
        if oid in chosen:
            continue
        for cr, cc in chosen.values():
            if (sr.start <= cr.stop + margin_px and cr.start <= sr.stop + margin_px
                    and sc.start <= cc.stop + margin_px and cc.start <= sc.stop + margin_px):
                out.append(oid)
                break
    return out


def _select_ids(frame: RGBDFrame, names: list[str] | None) -> list[int]:
    seg = frame.segmentation
    if names is None:
        return sorted(seg.names)
    ids: list[int] = []
    for name in names:
        hits = seg.ids_named(name)
        if not hits:
            known = ", ".join(sorted(set(seg.names.values()))) or "none"
            raise UnknownObjectError(f"unknown object {name!r} (scene has: {known})")
        ids += [i for i in hits if i not in ids]
    return ids


def build_scene_graph(
    frame: RGBDFrame, config: GeometryConfig | None = None, names: list[str] | None = None
) -> SceneGraph:
    """The gravity-aligned scene graph of ``frame`` (see the module docstring).

    ``names`` restricts the work to the objects with those names (all instances of each);
    a name the segmentation lacks raises :class:`UnknownObjectError`, a named object
    without valid depth :class:`NoDepthError`. With ``names=None`` every named object is
    built and objects without valid depth are left out (with a warning). Needs
    ``frame.depth`` (:class:`NoDepthError`) and ``frame.segmentation`` (:class:`InputError`).
    """
    cfg = config or GeometryConfig()
    if frame.depth is None:
        raise NoDepthError("frame has no depth image")
    if frame.segmentation is None:
        raise InputError("frame has no segmentation (object masks)")
    frame.validate()
    ids = _select_ids(frame, names)
    labels = frame.segmentation.labels
    named = sorted(frame.segmentation.names)
    max_id = max(named) if named else 0
    found = ndimage.find_objects(labels, max_label=max_id) if max_id else []
    all_slices = {i: found[i - 1] for i in named if i - 1 < len(found) and found[i - 1] is not None}
    slices = {i: all_slices[i] for i in ids if i in all_slices}
    rng = np.random.default_rng(cfg.seed)
    g = _estimate_gravity(frame, cfg, slices, rng)

    objects: list[SceneObject] = []
    # pass 1: boxes (extended down to the plane only when their bottom nearly touches it)
    for oid in ids:
        name = frame.segmentation.names.get(oid, f"object {oid}")
        pts = _object_points(frame, oid, slices[oid], g, cfg) if oid in slices else np.zeros((0, 3))
        if len(pts) == 0:
            if names is not None:
                raise NoDepthError(
                    f"object {name!r} has no valid depth (fewer than {cfg.min_object_pixels} usable pixels)"
                )
            logger.warning("object %r (id %d) has too little valid depth; left out of the scene", name, oid)
            continue
        box, on_support = fit_gravity_box(
            pts, cfg.percentile, g.support_plane, cfg.support_extend_m, cfg.footprint_percentile
        )
        objects.append(
            SceneObject(
                id=int(oid),
                name=name,
                box=box,
                points=pts if cfg.store_points else None,
                n_points=len(pts),
                on_support=on_support,
            )
        )
    # pass 2: hidden bottoms. An object standing on another one is extended down to that
    # object's top at most (never through it to the table); others down to the support plane.
    # With ``names``, the unrequested objects next to a requested one in the image (possible
    # supports) get a box too, used only here.
    boxes = {o.id: o.box for o in objects}
    if cfg.support_on_objects and names is not None and any(not o.on_support for o in objects):
        for oid in _image_neighbours(slices, all_slices, margin_px=4):
            pts = _object_points(frame, oid, all_slices[oid], g, cfg)
            if len(pts):
                boxes[oid] = fit_gravity_box(
                    pts, cfg.percentile, g.support_plane, cfg.support_extend_m, cfg.footprint_percentile
                )[0]
    for obj in objects:
        if obj.on_support:
            continue
        floor = None if g.support_plane is None else plane_height_at(g.support_plane, obj.box.center[:2])
        others = [b for i, b in boxes.items() if i != obj.id]
        top = _supporter_top(obj.box, others, floor, cfg.support_extend_m) if cfg.support_on_objects else None
        if top is not None:
            if obj.box.bottom - top > cfg.support_extend_m:
                obj.box, _ = _extend_if_hidden(frame, obj.id, obj.box, g, cfg, floor_z=top)
            elif obj.box.bottom > top:
                obj.box = _down_to(obj.box, top)
        elif g.support_plane is not None:
            obj.box, obj.on_support = _extend_if_hidden(frame, obj.id, obj.box, g, cfg)
    T = np.eye(4)
    T[:3, :3], T[:3, 3] = g.R, g.t
    return SceneGraph(
        frame_id=g.frame_id,
        gravity_source=g.source,
        T_scene_camera=T,
        viewer=Viewer.from_camera_pose(T),
        objects=objects,
        support_plane=g.support_plane,
        stamp_ns=int(frame.stamp_ns),
    )


def _json_value(x: Any) -> Any:
    """Plain JSON types from numpy scalars/arrays; non-finite floats become None."""
    if isinstance(x, dict):
        return {str(k): _json_value(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_json_value(v) for v in x]
    if isinstance(x, np.ndarray):
        return _json_value(x.tolist())
    if isinstance(x, (bool, np.bool_)):
        return bool(x)
    if isinstance(x, (int, np.integer)):
        return int(x)
    if isinstance(x, (float, np.floating)):
        return float(x) if math.isfinite(float(x)) else None
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        return _json_value(dataclasses.asdict(x))
    return x


def scene_graph_to_dict(scene: SceneGraph, relations: bool = True) -> dict:
    """The ``spatialvlm scene --json`` document (metres, radians for yaw, scene frame).

    ``objects``: name, id, center, size (box x, box y, height), yaw, n_points,
    on_support, bottom, top. ``relations``: one entry per unordered pair (a before b in
    object order) with every quantity and predicate of
    :func:`spatialvlm_ros.core.quantities.relations` (A = a relative to B = b).
    """
    doc: dict[str, Any] = {
        "frame": scene.frame_id,
        "gravity_source": scene.gravity_source,
        "gravity_known": scene.gravity_known,
        "stamp_ns": int(scene.stamp_ns),
        "T_scene_camera": scene.T_scene_camera,
        "viewer": scene.viewer.to_dict(),
        "support_plane": None
        if scene.support_plane is None
        else {"normal": scene.support_plane[0], "d": scene.support_plane[1]},
        "objects": [
            {
                "name": o.name,
                "id": o.id,
                "center": o.box.center,
                "size": o.box.size,
                "yaw": o.box.yaw,
                "bottom": o.box.bottom,
                "top": o.box.top,
                "n_points": o.n_points,
                "on_support": o.on_support,
            }
            for o in scene.objects
        ],
        "relations": [],
    }
    if relations:
        from spatialvlm_ros.core.quantities import relations as pair_relations

        objs = scene.objects
        for i, a in enumerate(objs):
            for b in objs[i + 1:]:
                doc["relations"].append({"a": a.name, "b": b.name, **pair_relations(scene, a, b)})
    return _json_value(doc)

