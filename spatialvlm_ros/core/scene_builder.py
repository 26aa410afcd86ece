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
   remaining pixels to reduce z^2 noise. Large objects in fine images are processed on every
   s-th pixel row and column (``object_sample_m``: spacing on the object at most 3 mm, at least
   ``object_min_sampled_pixels`` kept; each extent is then short by less than one spacing per side),
   and mask bounding boxes come from the label image sub-sampled to about ``label_scan_pixels``.
3. **Points and box.** Back-project, rotate into the scene frame, optional voxel grid /
   outlier removal / Euclidean clustering, then a gravity-aligned box with robust
   percentile extents, extended down to the support plane when its bottom nearly touches
   it or the column under it is hidden by the object itself - or, for an object standing
   on another one, down to that object's top at most.

Modules: :mod:`~spatialvlm_ros.core.geometry_config` (thresholds),
:mod:`~spatialvlm_ros.core.scene_gravity` (step 1), :mod:`~spatialvlm_ros.core.object_points`
(steps 2 and 3), this module (the build), :mod:`~spatialvlm_ros.core.scene_json` (the JSON document).

Frames and units follow :mod:`spatialvlm_ros.core.scene`: scene frame "world" when a pose
is given, else "camera" (origin at the optical centre, x = viewer right, y = viewer
forward, z up); metres throughout.
"""

from __future__ import annotations

import logging

import numpy as np
from scipy import ndimage

from spatialvlm_ros.core.boxes import fit_gravity_box, plane_height_at
from spatialvlm_ros.core.frame import RGBDFrame
from spatialvlm_ros.core.geometry_config import GeometryConfig
from spatialvlm_ros.core.object_points import (
    down_to,
    extend_if_hidden,
    object_points,
    sample_stride,
    supporter_top,
)
from spatialvlm_ros.core.scene import SceneGraph, SceneObject, Viewer
from spatialvlm_ros.core.scene_gravity import SceneGravity, estimate_gravity
from spatialvlm_ros.errors import InputError, NoDepthError, UnknownObjectError

logger = logging.getLogger(__name__)


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


def object_slices(labels: np.ndarray, ids: list[int], scan_pixels: int) -> dict[int, tuple[slice, slice]]:
    """Bounding boxes (row, column slices) of the masks of ``ids`` in ``labels``.

    When ``labels`` has more than ``scan_pixels`` pixels they are found on every s-th row and
    column (s = ceil(sqrt(pixels / scan_pixels))) and widened by s - 1 on each side: a box
    then misses only mask parts thinner than s pixels that stick out between the sampled rows
    or columns. An id the sub-sampled scan misses is searched in the full image.
    """
    if not ids:
        return {}
    h, w = labels.shape
    s = max(1, int(np.ceil(np.sqrt(h * w / max(1, scan_pixels)) - 1e-9)))
    found = _find_objects_in_band(labels[::s, ::s] if s > 1 else labels, max(ids))
    out: dict[int, tuple[slice, slice]] = {}
    for i in ids:
        sl = found[i - 1] if i - 1 < len(found) else None
        if sl is not None:
            if s > 1:
                sl = (slice(max(0, sl[0].start * s - (s - 1)), min(h, (sl[0].stop - 1) * s + s)),
                      slice(max(0, sl[1].start * s - (s - 1)), min(w, (sl[1].stop - 1) * s + s)))
            out[i] = sl
        elif s > 1:
            rows, cols = np.nonzero(labels == i)
            if len(rows):
                out[i] = (slice(int(rows.min()), int(rows.max()) + 1), slice(int(cols.min()), int(cols.max()) + 1))
    return out


def _find_objects_in_band(labels: np.ndarray, max_id: int) -> list[tuple[slice, slice] | None]:
    """``ndimage.find_objects(labels, max_label=max_id)``, searched only inside the band of
    rows and columns that hold any label (the same slices; on a tabletop frame the band is
    about a third of the image, and one row and one column maximum per pixel cost much less
    than the search itself)."""
    rows = np.flatnonzero(labels.max(axis=1))
    if len(rows) == 0:
        return []
    r0, r1 = int(rows[0]), int(rows[-1]) + 1
    cols = np.flatnonzero(labels[r0:r1].max(axis=0))
    c0, c1 = int(cols[0]), int(cols[-1]) + 1
    found = ndimage.find_objects(labels[r0:r1, c0:c1], max_label=max_id)
    return [None if sl is None else (_shift(sl[0], r0), _shift(sl[1], c0)) for sl in found]


def _shift(sl: slice, offset: int) -> slice:
    return slice(sl.start + offset, sl.stop + offset)


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


def _points(
    frame: RGBDFrame, oid: int, sl: tuple[slice, slice] | None, g: SceneGravity, cfg: GeometryConfig
) -> np.ndarray:
    if sl is None:
        return np.zeros((0, 3))
    f = min(frame.intrinsics.fx, frame.intrinsics.fy)
    stride = sample_stride(cfg, f, g.object_depth.get(oid), g.object_pixels.get(oid))
    return object_points(frame, oid, sl, g, cfg, stride)


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
    named = sorted(i for i in frame.segmentation.names if i > 0)
    all_slices = object_slices(labels, named, cfg.label_scan_pixels)
    slices = {i: all_slices[i] for i in ids if i in all_slices}
    rng = np.random.default_rng(cfg.seed)
    g = estimate_gravity(frame, cfg, slices, rng)

    objects: list[SceneObject] = []
    # pass 1: boxes (extended down to the plane only when their bottom nearly touches it)
    for oid in ids:
        name = frame.segmentation.names.get(oid, f"object {oid}")
        pts = _points(frame, oid, slices.get(oid), g, cfg)
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
            pts = _points(frame, oid, all_slices[oid], g, cfg)
            if len(pts):
                boxes[oid] = fit_gravity_box(
                    pts, cfg.percentile, g.support_plane, cfg.support_extend_m, cfg.footprint_percentile
                )[0]
    for obj in objects:
        if obj.on_support:
            continue
        floor = None if g.support_plane is None else plane_height_at(g.support_plane, obj.box.center[:2])
        others = [b for i, b in boxes.items() if i != obj.id]
        top = supporter_top(obj.box, others, floor, cfg.support_extend_m) if cfg.support_on_objects else None
        if top is not None:
            if obj.box.bottom - top > cfg.support_extend_m:
                obj.box, _ = extend_if_hidden(frame, obj.id, obj.box, g, cfg, floor_z=top)
            elif obj.box.bottom > top:
                obj.box = down_to(obj.box, top)
        elif g.support_plane is not None:
            obj.box, obj.on_support = extend_if_hidden(frame, obj.id, obj.box, g, cfg)
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
