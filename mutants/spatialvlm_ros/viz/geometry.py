"""Geometry of the overlays: projecting gravity-aligned boxes and measured segments into an image.

Frames and units: boxes and segments are given in a *scene frame* (z up, metres, see
:mod:`spatialvlm_ros.core.scene`) together with ``T_camera_scene`` (4x4, maps scene points into
the camera *optical* frame: x right, y down, z forward). Pixels follow
:mod:`spatialvlm_ros.core.camera`: u right, v down, (0, 0) the centre of the top-left pixel.
Points at or behind the near plane (``NEAR_M`` in front of the camera) are never projected: an
edge crossing it is cut there.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from spatialvlm_ros.core.camera import CameraIntrinsics
from spatialvlm_ros.core.scene import Box3D, Viewer

#: Points closer than this along the optical axis (metres) are not projected.
NEAR_M = 0.01

#: The 12 edges of :meth:`Box3D.corners` (bottom ring 0-3, top ring 4-7, verticals).
BOX_EDGES: tuple[tuple[int, int], ...] = (
    (0, 1), (1, 2), (2, 3), (3, 0),
    (4, 5), (5, 6), (6, 7), (7, 4),
    (0, 4), (1, 5), (2, 6), (3, 7),
)


def to_camera(points_scene: np.ndarray, T_camera_scene: np.ndarray) -> np.ndarray:
    """(N, 3) scene points -> (N, 3) camera optical-frame points (metres)."""
    t = np.asarray(T_camera_scene, dtype=float)
    p = np.asarray(points_scene, dtype=float).reshape(-1, 3)
    return p @ t[:3, :3].T + t[:3, 3]


def project(points_cam: np.ndarray, intr: CameraIntrinsics) -> np.ndarray:
    """(N, 3) camera points (z > 0) -> (N, 2) pixel coordinates (u, v)."""
    p = np.asarray(points_cam, dtype=float).reshape(-1, 3)
    z = p[:, 2]
    return np.column_stack([intr.fx * p[:, 0] / z + intr.cx, intr.fy * p[:, 1] / z + intr.cy])


def clip_segment(a: np.ndarray, b: np.ndarray, near: float = NEAR_M) -> tuple[np.ndarray, np.ndarray] | None:
    """The part of camera-frame segment a-b in front of the near plane, or None."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    if a[2] < near and b[2] < near:
        return None
    if a[2] < near or b[2] < near:
        t = (near - a[2]) / (b[2] - a[2])
        cut = a + t * (b - a)
        a, b = (cut, b) if a[2] < near else (a, cut)
    return a, b


def project_segment(a_cam: np.ndarray, b_cam: np.ndarray, intr: CameraIntrinsics) -> np.ndarray | None:
    """(2, 2) pixels of the visible part of a camera-frame segment, or None."""
    seg = clip_segment(a_cam, b_cam)
    if seg is None:
        return None
    return project(np.vstack(seg), intr)


def box_edges_px(box: Box3D, T_camera_scene: np.ndarray, intr: CameraIntrinsics) -> list[np.ndarray]:
    """Each visible edge of ``box`` as a (2, 2) pixel segment (edges behind the camera dropped)."""
    corners = to_camera(box.corners(), T_camera_scene)
    out = []
    for i, j in BOX_EDGES:
        px = project_segment(corners[i], corners[j], intr)
        if px is not None:
            out.append(px)
    return out


def box_outline_px(box: Box3D, T_camera_scene: np.ndarray, intr: CameraIntrinsics) -> np.ndarray:
    """(K, 2) convex outline (counter-clockwise in pixels) of the projected box; empty when not visible.

    The projection of a convex box is the convex hull of its projected (near-clipped) edges.
    """
    edges = box_edges_px(box, T_camera_scene, intr)
    if not edges:
        return np.zeros((0, 2))
    return convex_hull_2d(np.vstack(edges))


def convex_hull_2d(points: np.ndarray) -> np.ndarray:
    """Convex hull of (N, 2) points (monotone chain), counter-clockwise, no repeated end point."""
    pts = np.unique(np.asarray(points, dtype=float).reshape(-1, 2), axis=0)
    if len(pts) < 3:
        return pts

    def cross(o: np.ndarray, a: np.ndarray, b: np.ndarray) -> float:
        return float((a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]))

    lower: list[np.ndarray] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[np.ndarray] = []
    for p in pts[::-1]:
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return np.array(lower[:-1] + upper[:-1])


# --------------------------------------------------------------------------- boxes from messages


def boxes_from_detections(detections: list) -> tuple[dict[str, Box3D], np.ndarray] | None:
    """Rebuild gravity-aligned boxes from ``vision_msgs/Detection3D`` messages (camera optical frame).

    A recorded detection holds its box centre and orientation in the camera frame; for a
    gravity-aligned box that orientation is ``R_camera_scene @ Rz(yaw)``, so its z column is
    "up" seen from the camera. The scene frame rebuilt here has that up as z and the first
    box's x axis as x (the true scene frame's yaw is not recorded, and no overlay depends on
    it). Returns ``({name: Box3D in that frame}, T_camera_scene)``, or None without detections.
    """
    from scipy.spatial.transform import Rotation

    items = []
    for det in detections:
        c = det.bbox.center
        q = np.array([c.orientation.x, c.orientation.y, c.orientation.z, c.orientation.w], dtype=float)
        if not np.all(np.isfinite(q)) or np.linalg.norm(q) < 1e-9:
            continue
        R = Rotation.from_quat(q / np.linalg.norm(q)).as_matrix()
        t = np.array([c.position.x, c.position.y, c.position.z], dtype=float)
        s = np.array([det.bbox.size.x, det.bbox.size.y, det.bbox.size.z], dtype=float)
        items.append((str(det.id), R, t, s))
    if not items:
        return None
    R0 = items[0][1]
    T = np.eye(4)
    T[:3, :3] = R0
    T[:3, 3] = items[0][2]
    boxes: dict[str, Box3D] = {}
    for name, R, t, s in items:
        rel = R0.T @ R  # Rz(yaw_i - yaw_0) for boxes sharing the same up
        yaw = math.atan2(rel[1, 0], rel[0, 0])
        boxes[name] = Box3D(center=R0.T @ (t - T[:3, 3]), size=s, yaw=yaw)
    return boxes, T


# --------------------------------------------------------------------------- measured segments


@dataclass
class Segment:
    """A measured segment in the scene frame (metres): from ``a`` to ``b``."""

    a: np.ndarray
    b: np.ndarray


def _polygon_clip(subject: np.ndarray, clip: np.ndarray) -> np.ndarray:
    """Intersection of two convex counter-clockwise polygons (Sutherland-Hodgman)."""
    out = [np.asarray(p, float) for p in subject]
    for i in range(len(clip)):
        a, b = clip[i], clip[(i + 1) % len(clip)]
        if not out:
            break
        inp, out = out, []
        for j in range(len(inp)):
            p, q = inp[j], inp[(j + 1) % len(inp)]
            if _left_of(q, a, b):
                if not _left_of(p, a, b):
                    out.append(_intersect(p, q, a, b))
                out.append(q)
            elif _left_of(p, a, b):
                out.append(_intersect(p, q, a, b))
    return np.array(out)


def _left_of(p: np.ndarray, a: np.ndarray, b: np.ndarray) -> bool:
    """p on the left of (or on) the directed line a -> b."""
    return (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]) >= -1e-12


def _intersect(p: np.ndarray, q: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    d1, d2 = q - p, b - a
    den = d1[0] * d2[1] - d1[1] * d2[0]
    if abs(den) < 1e-15:
        return q
    t = ((a[0] - p[0]) * d2[1] - (a[1] - p[1]) * d2[0]) / den
    return p + t * d1


def _closest_on_segment(p: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    ab = b - a
    den = float(ab @ ab)
    t = 0.0 if den < 1e-18 else float(np.clip((p - a) @ ab / den, 0.0, 1.0))
    return a + t * ab


def gap_points(a: Box3D, b: Box3D) -> Segment:
    """Closest points of two gravity-aligned boxes (vertical prisms), scene frame.

    Its length is :func:`spatialvlm_ros.core.quantities.box_gap`: footprints closest in the
    horizontal plane (or a point of their overlap), z intervals closest (or the middle of
    their overlap). Touching or intersecting boxes give a segment of length 0.
    """
    fa, fb = a.footprint(), b.footprint()
    overlap = _polygon_clip(fa, fb)
    if len(overlap) >= 1:
        pa_xy = pb_xy = overlap.mean(axis=0)
    else:
        best = (math.inf, fa[0], fb[0])
        for p_poly, q_poly, swap in ((fa, fb, False), (fb, fa, True)):
            for v in p_poly:
                for k in range(len(q_poly)):
                    w = _closest_on_segment(v, q_poly[k], q_poly[(k + 1) % len(q_poly)])
                    d = float(np.linalg.norm(v - w))
                    if d < best[0]:
                        best = (d, w, v) if swap else (d, v, w)
        pa_xy, pb_xy = best[1], best[2]
    lo, hi = max(a.bottom, b.bottom), min(a.top, b.top)
    if lo <= hi:
        za = zb = (lo + hi) / 2.0
    elif a.top < b.bottom:
        za, zb = a.top, b.bottom
    else:
        za, zb = a.bottom, b.top
    return Segment(np.array([pa_xy[0], pa_xy[1], za]), np.array([pb_xy[0], pb_xy[1], zb]))


def measured_segment(kind: str, boxes: list[Box3D], viewer: Viewer | None = None,
                     signed_m: float | None = None) -> Segment | None:
    """The segment a quantity measures (scene frame), or None when it has no segment to draw.

    - distance: centre to centre; horizontal_distance: from A's centre horizontally to below or
      above B's centre; vertical_distance: from A's centre vertically to B's centre height;
      gap: the closest points (:func:`gap_points`);
    - height: A's vertical extent through its centre; width / depth (need the viewer): A's
      footprint extent along the viewer's right / forward axis through its centre; length:
      the longer footprint side through the centre;
    - lateral_offset / depth_offset (need the viewer): from B's centre along the viewer's right /
      forward axis by A's offset.
    Direction, predicates, elevation, height_difference and distance_to_viewer: None.
    """
    a = boxes[0]
    b = boxes[1] if len(boxes) > 1 else None
    ca = a.center
    if kind == "distance" and b is not None:
        return Segment(ca, b.center)
    if kind == "horizontal_distance" and b is not None:
        return Segment(ca, np.array([b.center[0], b.center[1], ca[2]]))
    if kind == "vertical_distance" and b is not None:
        return Segment(ca, np.array([ca[0], ca[1], b.center[2]]))
    if kind == "gap" and b is not None:
        return gap_points(a, b)
    if kind == "height":
        return Segment(np.array([ca[0], ca[1], a.bottom]), np.array([ca[0], ca[1], a.top]))
    if kind == "length":
        axis = 0 if a.size[0] >= a.size[1] else 1
        d = np.append(a.axes_xy[axis], 0.0) * a.size[axis] / 2.0
        return Segment(ca - d, ca + d)
    if viewer is None:
        return None
    if kind in ("width", "depth"):
        u = np.append(viewer.right if kind == "width" else viewer.forward, 0.0)[:3]
        u = np.array([u[0], u[1], 0.0])
        half = a.extent_along(u[:2]) / 2.0
        return Segment(ca - half * u, ca + half * u)
    if kind in ("lateral_offset", "depth_offset") and b is not None:
        u = np.array([*(viewer.right if kind == "lateral_offset" else viewer.forward)[:2], 0.0])
        s = float((ca - b.center) @ u) if signed_m is None else float(signed_m)
        return Segment(b.center, b.center + s * u)
    return None
