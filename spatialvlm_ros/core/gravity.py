"""Which way is up: gravity-aligned scene frames from a pose, a support plane or an assumption.

Frames
------
- Input points are in the camera *optical* frame (x right, y down, z forward), metres.
- ``R_scene_camera`` (3x3) rotates optical-frame vectors into the scene frame (z up).
- With a pose (``T_world_camera``) the scene frame is that world frame.
- Without one, the scene frame is ``"camera"``: origin at the optical centre, z = up,
  y = forward (the horizontal part of the optical z axis; if the camera looks straight
  down, of the image-up direction -y), x = y cross z = the viewer's right.

Planes are ``(normal, d)`` with ``normal . p + d = 0``, unit normals oriented "up" (for a
plane found without a pose: towards the camera's assumed up, the optical -y axis).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: The camera's assumed up direction in its optical frame (level camera: -y).
OPTICAL_UP = np.array([0.0, -1.0, 0.0])


#: values per block when scoring RANSAC hypotheses (bounds the temporaries: ~3 MB)
_BLOCK_VALUES = 400_000


@dataclass
class PlaneFit:
    """A fitted plane ``normal . p + d = 0`` and the inlier mask over the fitted points."""

    normal: np.ndarray
    d: float
    inliers: np.ndarray

    @property
    def n_inliers(self) -> int:
        return int(self.inliers.sum())

    def signed_distance(self, points: np.ndarray) -> np.ndarray:
        return np.asarray(points) @ self.normal + self.d


def refine_plane(points: np.ndarray) -> tuple[np.ndarray, float]:
    """Least-squares plane through ``points`` (N, 3) (the smallest principal axis), unoriented."""
    return _refine_plane_t(np.ascontiguousarray(np.asarray(points, dtype=np.float64).T))


def _refine_plane_t(points_t: np.ndarray) -> tuple[np.ndarray, float]:
    """:func:`refine_plane` of points given as a (3, N) array (coordinates in rows: the
    reductions then run along contiguous memory)."""
    c = points_t.mean(axis=1)
    q = points_t - c[:, None]
    _, vecs = np.linalg.eigh(q @ q.T)  # ascending eigenvalues: the first is the normal
    n = vecs[:, 0]
    return n, float(-n @ c)


def fit_plane_ransac(
    points: np.ndarray,
    threshold_m: float,
    iterations: int,
    rng: np.random.Generator,
    axis: np.ndarray | None = None,
    max_angle_deg: float = 90.0,
    refine_rounds: int = 2,
    score_points: int = 1000,
) -> PlaneFit | None:
    """RANSAC plane with the most inliers (``|distance| < threshold_m``).

    Hypotheses whose normal is more than ``max_angle_deg`` away from ``axis`` (either
    sign) are discarded, so a cone around ``axis`` restricts which planes can be found.
    Hypotheses are scored on at most ``score_points`` of the points (evenly strided); the
    winner is refined by least squares on its inliers among all points and oriented so that
    ``normal . axis >= 0``. Returns ``None`` when no hypothesis is admissible.
    """
    p = np.asarray(points, dtype=np.float64)
    n_pts = len(p)
    if n_pts < 3 or iterations <= 0:
        return None
    idx = rng.integers(0, n_pts, size=(iterations, 3))
    a, b, c = p[idx[:, 0]], p[idx[:, 1]], p[idx[:, 2]]
    normals = _cross_rows(b - a, c - a)
    norms = np.linalg.norm(normals, axis=1)
    ok = norms > 1e-9
    normals, a = normals[ok] / norms[ok, None], a[ok]
    if axis is not None and max_angle_deg < 90.0:
        ax = np.asarray(axis, dtype=float) / np.linalg.norm(axis)
        cos = np.abs(normals @ ax)
        ok = cos >= np.cos(np.radians(max_angle_deg))
        normals, a = normals[ok], a[ok]
    if len(normals) == 0:
        return None
    ds = -np.einsum("ij,ij->i", normals, a)
    pt = np.ascontiguousarray(p.T)  # (3, N): coordinates in rows
    score = pt[:, :: int(np.ceil(n_pts / score_points))] if n_pts > score_points else pt
    best = int(np.argmax(_inlier_counts(normals, ds, score, threshold_m)))
    n, d = normals[best], float(ds[best])
    inliers = np.abs(n @ pt + d) < threshold_m
    for _ in range(refine_rounds):
        if inliers.sum() < 3:
            break
        n_new, d_new = _refine_plane_t(np.compress(inliers, pt, axis=1))  # C order (pt[:, inliers] is not)
        if axis is not None and max_angle_deg < 90.0 and abs(n_new @ ax) < np.cos(np.radians(max_angle_deg)):
            break
        n, d = n_new, d_new
        inliers = np.abs(n @ pt + d) < threshold_m
    if axis is not None and n @ np.asarray(axis, dtype=float) < 0:
        n, d = -n, -d
    return PlaneFit(normal=n, d=d, inliers=inliers)


def _cross_rows(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """Row-wise cross products of (N, 3) arrays (``np.cross``'s values, with less overhead)."""
    out = np.empty_like(u)
    out[:, 0] = u[:, 1] * v[:, 2] - u[:, 2] * v[:, 1]
    out[:, 1] = u[:, 2] * v[:, 0] - u[:, 0] * v[:, 2]
    out[:, 2] = u[:, 0] * v[:, 1] - u[:, 1] * v[:, 0]
    return out


def _inlier_counts(
    normals: np.ndarray, ds: np.ndarray, points_t: np.ndarray, threshold_m: float
) -> np.ndarray:
    """Number of points (``points_t``: (3, N)) within ``threshold_m`` of each plane
    ``normals[i] . p + ds[i] = 0``. One product of the planes (H, 4) with the points in
    homogeneous coordinates (4, N) gives every signed distance; hypotheses are rows, so every
    pass runs along contiguous memory; blocks of hypotheses bound the temporaries."""
    planes = np.column_stack([normals, ds])
    homogeneous = np.vstack([points_t, np.ones(points_t.shape[1])])
    counts = np.empty(len(planes), dtype=np.int64)
    block = max(1, _BLOCK_VALUES // points_t.shape[1])
    for i in range(0, len(planes), block):
        r = planes[i:i + block] @ homogeneous
        np.abs(r, out=r)
        counts[i:i + block] = np.count_nonzero(r < threshold_m, axis=1)
    return counts


def transform_points(points: np.ndarray, R: np.ndarray, t: np.ndarray | None = None) -> np.ndarray:
    """``points @ R.T + t`` for (N, 3) points (metres), as a C-ordered (N, 3) array. Computed as
    ``R @ points.T``: numpy's (N, 3) x (3, 3) product is ~10x slower than (3, 3) x (3, N)."""
    out = R @ np.asarray(points, dtype=np.float64).T
    if t is not None:
        out += np.asarray(t, dtype=np.float64)[:, None]
    return np.ascontiguousarray(out.T)


def angle_deg(u: np.ndarray, v: np.ndarray) -> float:
    """Angle between two vectors, degrees."""
    cu = np.asarray(u, dtype=float) / np.linalg.norm(u)
    cv = np.asarray(v, dtype=float) / np.linalg.norm(v)
    return float(np.degrees(np.arccos(np.clip(cu @ cv, -1.0, 1.0))))


def rotation_from_up(up_optical: np.ndarray) -> np.ndarray:
    """``R_scene_camera`` of the gravity-aligned "camera" scene frame for a given up vector
    (expressed in the optical frame): rows are the scene x (right), y (forward), z (up)."""
    z = np.asarray(up_optical, dtype=float)
    z = z / np.linalg.norm(z)
    fwd = np.array([0.0, 0.0, 1.0]) - z[2] * z  # optical z minus its vertical part
    if np.linalg.norm(fwd) < 0.05:
        fwd = OPTICAL_UP - (OPTICAL_UP @ z) * z  # looking straight down: image-up
    y = fwd / np.linalg.norm(fwd)
    x = np.cross(y, z)
    return np.vstack([x, y, z])


def support_evidence(
    plane_normal: np.ndarray,
    plane_d: float,
    object_points: list[np.ndarray],
    on_plane_m: float,
    support_tol_m: float,
) -> tuple[int, int]:
    """(objects resting on the plane, objects below it) for optical-frame object samples.

    An object *rests* when the low end (5th percentile) of its points that are off the
    plane (farther than ``on_plane_m``, so mask bleed onto the plane is ignored) lies
    within ``support_tol_m`` above it; it is *below* when its median point is more than
    ``support_tol_m`` under the plane.
    """
    resting = below = 0
    for pts in object_points:
        if len(pts) == 0:
            continue
        s = pts @ plane_normal + plane_d
        if np.partition(s, len(s) // 2)[len(s) // 2] < -support_tol_m:
            below += 1
            continue
        off = s[s > on_plane_m]
        if len(off) and np.partition(off, len(off) // 20)[len(off) // 20] < support_tol_m:
            resting += 1
    return resting, below
