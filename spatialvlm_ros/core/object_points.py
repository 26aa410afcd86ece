"""Steps 2 and 3 of the scene builder: one object's cleaned scene-frame points, and
extending boxes whose bottom is hidden down to their support.

See :mod:`spatialvlm_ros.core.scene_builder` for the whole pipeline. Points are in the
scene frame of a :class:`~spatialvlm_ros.core.scene_gravity.SceneGravity`, metres.
"""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from spatialvlm_ros.core.boxes import plane_height_at
from spatialvlm_ros.core.camera import pixel_rays
from spatialvlm_ros.core.frame import RGBDFrame
from spatialvlm_ros.core.geometry_config import GeometryConfig
from spatialvlm_ros.core.gravity import transform_points
from spatialvlm_ros.core.pointcloud import (
    bleed_pixels,
    depth_links,
    depth_segments,
    largest_cluster,
    select_segments,
    smooth_depth_in_mask,
    statistical_outlier_removal,
    voxel_downsample,
)
from spatialvlm_ros.core.scene import Box3D
from spatialvlm_ros.core.scene_gravity import SceneGravity, valid_depth_crop


def sample_stride(cfg: GeometryConfig, f_px: float, z_m: float | None, n_pixels: int | None) -> int:
    """Pixel stride for an object at median depth ``z_m`` (metres) with about ``n_pixels``
    mask pixels, seen with focal length ``f_px``: the largest stride whose spacing on the
    object (``stride * z / f``) stays within ``cfg.object_sample_m`` and that keeps at least
    ``cfg.object_min_sampled_pixels`` pixels; 1 when off or unknown.

    A stride s keeps every s-th row and column of the object's crop. Error bound: an extent
    measured from the kept pixels is short by less than one sample spacing (<= object_sample_m)
    on each side, so a box centre moves by at most object_sample_m / 2 along each axis.
    """
    if cfg.object_sample_m <= 0 or not z_m or not n_pixels or z_m <= 0:
        return 1
    by_spacing = int(cfg.object_sample_m * f_px / z_m)
    by_count = int(np.sqrt(n_pixels / max(1, cfg.object_min_sampled_pixels)))
    return max(1, min(by_spacing, by_count))


def object_points(
    frame: RGBDFrame, oid: int, sl: tuple[slice, slice], g: SceneGravity, cfg: GeometryConfig, stride: int = 1
) -> np.ndarray:
    """Cleaned scene-frame points (N, 3) of object ``oid`` (see the module docstring).

    ``stride``: use every stride-th row and column of the object's crop (see
    :func:`sample_stride`); pixel widths of the config (bleed band, erosion) shrink with it.
    """
    h, w = frame.intrinsics.height, frame.intrinsics.width
    s = max(1, int(stride))
    pad = s * (1 + cfg.smooth_px)
    r0, r1 = max(0, sl[0].start - pad), min(h, sl[0].stop + pad)
    c0, c1 = max(0, sl[1].start - pad), min(w, sl[1].stop + pad)
    d = valid_depth_crop(frame.depth[r0:r1:s, c0:c1:s], cfg)
    full_mask = frame.segmentation.labels[r0:r1:s, c0:c1:s] == oid
    mask = full_mask
    if cfg.erode_px > 0:
        eroded = ndimage.binary_erosion(mask, iterations=max(1, round(cfg.erode_px / s)))
        if eroded.sum() >= cfg.min_object_pixels:
            mask = eroded
    mask = mask & (d > 0)
    if not mask.any():
        return np.zeros((0, 3))
    # rays of the crop's pixels (optical frame, z = 1): point = ray * depth
    rx64, ry64 = (r[a:b:s] for r, a, b in zip(pixel_rays(frame.intrinsics), (c0, r0), (c1, r1)))
    ray_x = rx64.astype(np.float32)[None, :]
    ray_y = ry64.astype(np.float32)[:, None]
    height = None  # of every crop pixel above the support plane (scene frame), metres
    if g.support_plane is not None:
        n, dd = g.support_plane
        a = (g.R.T @ n).astype(np.float32)  # the plane normal in the optical frame
        height = d * (a[0] * ray_x + (a[1] * ray_y + a[2])) + np.float32(n @ g.t + dd)
    if height is not None and cfg.support_remove_m > 0:
        above = mask & (height > cfg.support_remove_m)
        if above.sum() >= cfg.min_object_pixels:
            mask = above
    links = depth_links(d, cfg.edge_abs_m, cfg.edge_rel)
    if cfg.bleed_max_px > 0:
        # the support itself is handled above (support_remove_m): a mask touching it is no bleed
        outside_ok = None if height is None else height > cfg.support_remove_m
        band = max(1, round(cfg.bleed_max_px / s))
        bleed = bleed_pixels(mask, full_mask, d, cfg.edge_abs_m, cfg.edge_rel, band, outside_ok, links)
        if bleed.any():
            rest = mask & ~bleed
            if rest.sum() >= cfg.min_object_pixels:
                mask = rest
    seg, n_seg = depth_segments(mask, d, cfg.edge_abs_m, cfg.edge_rel, links)
    if n_seg > 1:
        mask = select_segments(
            seg, n_seg, lambda: np.stack([ray_x * d, ray_y * d, d], axis=-1), cfg.component_depth_margin_m,
            cfg.component_gap_m, cfg.min_object_pixels, cfg.component_min_pixels,
        )
    else:
        mask = seg > 0
    idx = np.flatnonzero(mask)
    if len(idx) < max(1, cfg.min_object_pixels):
        return np.zeros((0, 3))
    rows, cols = np.divmod(idx, mask.shape[1])
    z = smooth_depth_in_mask(d, mask, cfg.smooth_px).ravel()[idx].astype(np.float64)
    opt = np.empty((3, len(z)))  # optical frame, coordinates in rows
    np.multiply(rx64[cols], z, out=opt[0])
    np.multiply(ry64[rows], z, out=opt[1])
    opt[2] = z
    pts = transform_points(opt.T, g.R, g.t)  # scene frame
    if cfg.cluster_eps_m > 0 and len(pts) > 1:
        pts = pts[largest_cluster(pts, cfg.cluster_eps_m, cfg.min_object_pixels)]
    if cfg.sor_k > 0:
        pts = pts[statistical_outlier_removal(pts, cfg.sor_k, cfg.sor_std)]
    if cfg.voxel_m > 0:
        pts = voxel_downsample(pts, cfg.voxel_m)
    return pts


def extend_if_hidden(
    frame: RGBDFrame, oid: int, box: Box3D, g: SceneGravity, cfg: GeometryConfig, floor_z: float | None = None
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
    # the centre and +-1/4 of the footprint along each box axis; 8 heights under each
    quarter = np.array([[0.0], [-box.size[0]], [box.size[0]], [-box.size[1]], [box.size[1]]]) / 4.0
    axes = box.axes_xy[[0, 0, 0, 1, 1]]
    xy = box.center[:2] + quarter * axes
    pts = np.column_stack([np.repeat(xy, len(heights), axis=0), np.tile(heights, len(xy))])
    opt = (pts - g.t) @ g.R  # scene -> optical (R is a rotation)
    opt = opt[opt[:, 2] > cfg.min_depth_m]
    if len(opt) == 0:
        return box, False
    intr = frame.intrinsics
    u = np.rint(intr.fx * opt[:, 0] / opt[:, 2] + intr.cx).astype(int)
    v = np.rint(intr.fy * opt[:, 1] / opt[:, 2] + intr.cy).astype(int)
    inside = (u >= 0) & (u < intr.width) & (v >= 0) & (v < intr.height)
    u, v, zs = u[inside], v[inside], opt[inside, 2]
    d = valid_depth_crop(frame.depth[v, u], cfg)
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
        return down_to(box, zp), True
    return box, False


def down_to(box: Box3D, z: float) -> Box3D:
    """``box`` with its bottom moved to height ``z`` (top unchanged)."""
    size = box.size.copy()
    size[2] = box.top - z
    center = box.center.copy()
    center[2] = (box.top + z) / 2.0
    return Box3D(center=center, size=size, yaw=box.yaw)


def supporter_top(box: Box3D, others: list[Box3D], floor_z: float | None, tol_m: float) -> float | None:
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
