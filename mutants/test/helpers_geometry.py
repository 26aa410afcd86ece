"""Analytic RGB-D rendering of boxes on planes, for geometry tests with exact ground truth.

A tiny numpy ray caster / z-buffer: every pixel's ray (optical frame x right, y down,
z forward; depth = optical z, so a ray ``(x_n, y_n, 1)`` hits at parameter t = depth) is
intersected with gravity-aligned boxes (slab method, box-local frame) and infinite planes
given in a world frame with z up. The nearest hit wins. Boxes get instance ids 1..N in
the label image; planes are background (0).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy import ndimage

from spatialvlm_ros.core.camera import CameraIntrinsics
from spatialvlm_ros.core.frame import RGBDFrame, Segmentation
from spatialvlm_ros.core.scene import Box3D


def look_at(eye, target, roll_deg: float = 0.0) -> np.ndarray:
    """T_world_camera (4x4) of an optical frame at ``eye`` looking at ``target`` (world z up),
    rolled by ``roll_deg`` about the optical axis."""
    eye, target = np.asarray(eye, float), np.asarray(target, float)
    z = target - eye
    z /= np.linalg.norm(z)
    x = np.cross(z, [0.0, 0.0, 1.0])
    if np.linalg.norm(x) < 1e-6:
        x = np.array([1.0, 0.0, 0.0])
    x /= np.linalg.norm(x)
    y = np.cross(z, x)
    r = np.radians(roll_deg)
    xr = np.cos(r) * x + np.sin(r) * y
    yr = np.cross(z, xr)
    T = np.eye(4)
    T[:3, :3] = np.column_stack([xr, yr, z])
    T[:3, 3] = eye
    return T


@dataclass
class Scene:
    """Boxes (world frame) and planes ``(normal, d)`` with ``n . p + d = 0`` (world frame)."""

    boxes: list[Box3D]
    names: list[str]
    planes: list[tuple[np.ndarray, float]] = field(default_factory=lambda: [(np.array([0.0, 0.0, 1.0]), 0.0)])
    #: spheres (centre, radius), ids after the boxes; their names follow the boxes' in ``names``
    spheres: list[tuple[np.ndarray, float]] = field(default_factory=list)

    def truth_boxes(self) -> list[Box3D]:
        """Boxes of all objects in id order (a sphere's box is its axis-aligned cube)."""
        return list(self.boxes) + [Box3D(np.asarray(c, float), [2 * r] * 3, 0.0) for c, r in self.spheres]


def render(scene: Scene, intr: CameraIntrinsics, T_world_camera: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(depth float32 metres with 0 = no hit, labels uint16) of ``scene``."""
    h, w = intr.height, intr.width
    u, v = np.meshgrid(np.arange(w, dtype=float), np.arange(h, dtype=float))
    rays = np.stack([(u - intr.cx) / intr.fx, (v - intr.cy) / intr.fy, np.ones_like(u)], axis=-1).reshape(-1, 3)
    R, o = T_world_camera[:3, :3], T_world_camera[:3, 3]
    dirs = rays @ R.T
    best = np.full(len(dirs), np.inf)
    label = np.zeros(len(dirs), dtype=np.uint16)
    with np.errstate(divide="ignore", invalid="ignore"):
        for n, d in scene.planes:
            n = np.asarray(n, float)
            t = -(o @ n + d) / (dirs @ n)
            hit = (t > 0) & (t < best)
            best[hit] = t[hit]
            label[hit] = 0
        for k, box in enumerate(scene.boxes):
            c, s = np.cos(box.yaw), np.sin(box.yaw)
            Rb = np.array([[c, s, 0.0], [-s, c, 0.0], [0.0, 0.0, 1.0]])  # world -> box local
            ol = Rb @ (o - box.center)
            dl = dirs @ Rb.T
            half = box.size / 2.0
            t1 = (-half - ol) / dl
            t2 = (half - ol) / dl
            tnear = np.nanmax(np.minimum(t1, t2), axis=1)
            tfar = np.nanmin(np.maximum(t1, t2), axis=1)
            hit = (tnear <= tfar) & (tnear > 0) & (tnear < best)
            best[hit] = tnear[hit]
            label[hit] = k + 1
        for j, (c, r) in enumerate(scene.spheres):
            oc = o - np.asarray(c, float)
            a = np.einsum("ij,ij->i", dirs, dirs)
            b = 2.0 * dirs @ oc
            disc = b * b - 4 * a * (oc @ oc - r * r)
            t = (-b - np.sqrt(np.maximum(disc, 0.0))) / (2 * a)
            hit = (disc >= 0) & (t > 0) & (t < best)
            best[hit] = t[hit]
            label[hit] = len(scene.boxes) + j + 1
    depth = np.where(np.isfinite(best), best, 0.0).astype(np.float32).reshape(h, w)
    return depth, label.reshape(h, w)


def make_frame(
    scene: Scene,
    intr: CameraIntrinsics,
    T_world_camera: np.ndarray,
    with_pose: bool = True,
    depth: np.ndarray | None = None,
    labels: np.ndarray | None = None,
) -> RGBDFrame:
    if depth is None or labels is None:
        depth, labels = render(scene, intr, T_world_camera)
    names = {k + 1: n for k, n in enumerate(scene.names) if (labels == k + 1).any()}
    rgb = np.zeros((intr.height, intr.width, 3), dtype=np.uint8)
    rgb[..., 0] = (labels * 40 % 256).astype(np.uint8)
    return RGBDFrame(
        rgb=rgb,
        depth=depth,
        intrinsics=intr,
        T_world_camera=T_world_camera.copy() if with_pose else None,
        segmentation=Segmentation(labels=labels.astype(np.uint16), names=names),
    )


def add_noise(depth: np.ndarray, rng: np.random.Generator, sigma_const=0.0005, sigma_quad=0.0025) -> np.ndarray:
    """z^2 noise: std = sigma_const + sigma_quad * z^2, rounded to mm; invalid stays 0."""
    z = depth.astype(np.float64)
    noisy = z + rng.normal(size=z.shape) * (sigma_const + sigma_quad * z**2)
    noisy = np.round(noisy, 3)
    return np.where(depth > 0, noisy, 0.0).astype(np.float32)


def add_holes(depth: np.ndarray, rng: np.random.Generator, n_holes: int = 12, radius=(2, 8), edge_dropout=0.5,
              edge_rel=0.04) -> np.ndarray:
    """Round dropout blobs plus random invalid pixels at depth discontinuities."""
    h, w = depth.shape
    out = depth.copy()
    yy, xx = np.mgrid[0:h, 0:w]
    for _ in range(n_holes):
        cy, cx, r = rng.integers(0, h), rng.integers(0, w), rng.integers(radius[0], radius[1] + 1)
        out[(yy - cy) ** 2 + (xx - cx) ** 2 <= r * r] = 0.0
    edges = np.zeros_like(depth, dtype=bool)
    dz = np.abs(np.diff(depth, axis=0)) > edge_rel * np.minimum(depth[1:], depth[:-1])
    edges[1:] |= dz
    edges[:-1] |= dz
    dz = np.abs(np.diff(depth, axis=1)) > edge_rel * np.minimum(depth[:, 1:], depth[:, :-1])
    edges[:, 1:] |= dz
    edges[:, :-1] |= dz
    out[edges & (rng.random(depth.shape) < edge_dropout)] = 0.0
    return out


def bleed(labels: np.ndarray, px: int) -> np.ndarray:
    """Grow every instance ``px`` pixels into the background (like a sloppy segmenter)."""
    out = labels.copy()
    for _ in range(px):
        grown = ndimage.grey_dilation(out, size=(3, 3))
        out = np.where(out == 0, grown, out)
    return out


def tabletop(rng: np.random.Generator | None = None) -> Scene:
    """Three boxes resting on the plane z = 0 (a fixed layout, metres)."""
    boxes = [
        Box3D(center=[0.0, 0.0, 0.05], size=[0.08, 0.06, 0.10], yaw=0.3),
        Box3D(center=[0.25, 0.10, 0.03], size=[0.12, 0.10, 0.06], yaw=-0.2),
        Box3D(center=[-0.20, 0.15, 0.075], size=[0.05, 0.05, 0.15], yaw=0.0),
    ]
    return Scene(boxes=boxes, names=["red cube", "blue box", "green block"])
