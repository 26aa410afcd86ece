"""Per-object point selection and clean-up on depth images and point clouds (numpy/scipy).

Real instance masks bleed a few pixels into the background, depth has holes, flying
pixels at edges and noise that grows with z^2. These helpers turn a mask into the pixels
and points that really belong to the object:

- :func:`far_side_of_edges`: pixels on the *far* side of a depth discontinuity. Removing
  them cuts background pixels that a bleeding mask picked up off the object (the object's
  own silhouette pixels, on the near side, are kept).
- :func:`main_components`: the largest 4-connected part of a mask, plus other parts whose
  depth agrees with it (the visible pieces of a partly occluded object).
- :func:`bleed_pixels`: a thin band of the mask along its border that continues a surface
  *outside* the mask (a mask bleeding onto an unlabelled body in front of or behind the
  object, e.g. an arm in front of a gripper).
- :func:`depth_segments`, :func:`select_segments`: the mask split into depth-continuous
  pieces; the largest is kept, and every other piece that lies close to it in 3D or agrees
  with its depth (an object made of separated parts, e.g. two fingers; the pieces of an
  occluded object).
- :func:`smooth_depth_in_mask`: a box filter over pixels whose window lies inside the mask
  (reduces the per-pixel z noise before taking robust extents).
- :func:`voxel_downsample`, :func:`statistical_outlier_removal`, :func:`largest_cluster`:
  point-cloud filters (voxel grid, k-NN distance statistics, DBSCAN-like Euclidean
  clustering with a k-d tree), for clouds in any frame, metres.
"""

from __future__ import annotations

import numpy as np
from scipy import ndimage
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

_FOUR = ndimage.generate_binary_structure(2, 1)


def far_side_of_edges(depth: np.ndarray, abs_m: float, rel: float) -> np.ndarray:
    """Boolean mask of valid pixels that are farther than a valid 4-neighbour by more than
    ``abs_m + rel * z_near`` metres (``z_near`` = the nearer of the two depths)."""
    d = np.asarray(depth, dtype=np.float32)
    far = np.zeros(d.shape, dtype=bool)
    valid = d > 0
    for axis in (0, 1):
        a = d[1:, :] if axis == 0 else d[:, 1:]
        b = d[:-1, :] if axis == 0 else d[:, :-1]
        both = (valid[1:, :] & valid[:-1, :]) if axis == 0 else (valid[:, 1:] & valid[:, :-1])
        near = np.minimum(a, b)
        thr = abs_m + rel * near
        diff = a - b
        a_far = both & (diff > thr)
        b_far = both & (-diff > thr)
        if axis == 0:
            far[1:, :] |= a_far
            far[:-1, :] |= b_far
        else:
            far[:, 1:] |= a_far
            far[:, :-1] |= b_far
    return far


def main_components(mask: np.ndarray, depth: np.ndarray, depth_margin_m: float, min_pixels: int = 1) -> np.ndarray:
    """Keep the largest 4-connected component of ``mask`` and any other component of at
    least ``min_pixels`` whose median depth lies within the largest one's depth range
    (2nd-98th percentile) widened by ``depth_margin_m``."""
    labels, n = ndimage.label(mask, structure=_FOUR)
    if n <= 1:
        return mask.copy()
    counts = np.bincount(labels.ravel(), minlength=n + 1)
    counts[0] = 0
    main = int(np.argmax(counts))
    keep = labels == main
    zmain = depth[keep]
    lo, hi = np.percentile(zmain, [2.0, 98.0])
    lo, hi = lo - depth_margin_m, hi + depth_margin_m
    flat_labels = labels.ravel()
    flat_depth = np.asarray(depth).ravel()
    order = np.argsort(flat_labels, kind="stable")
    bounds = np.searchsorted(flat_labels[order], np.arange(n + 2))
    for k in range(1, n + 1):
        if k == main or counts[k] < min_pixels:
            continue
        zk = flat_depth[order[bounds[k]:bounds[k + 1]]]
        med = float(np.median(zk))
        if lo <= med <= hi:
            keep |= labels == k
    return keep


def _continuous(a: np.ndarray, b: np.ndarray, abs_m: float, rel: float) -> np.ndarray:
    """Both depths valid and within ``abs_m + rel * z_near`` of each other."""
    return (a > 0) & (b > 0) & (np.abs(a - b) <= abs_m + rel * np.minimum(a, b))


def depth_segments(mask: np.ndarray, depth: np.ndarray, abs_m: float, rel: float) -> tuple[np.ndarray, int]:
    """Split ``mask`` into depth-continuous pieces: ``(labels, n)`` with labels 1..n (0 off the mask).

    Two 4-neighbouring mask pixels belong to the same piece when both depths are valid and
    differ by at most ``abs_m + rel * z_near`` metres (the depth-discontinuity threshold of
    :func:`far_side_of_edges`). Mask pixels without valid depth are not in any piece.
    """
    d = np.asarray(depth, dtype=np.float32)
    m = np.asarray(mask, dtype=bool) & (d > 0)
    h, w = m.shape
    if not m.any():
        return np.zeros(m.shape, dtype=np.int32), 0
    # Label a (2h-1, 2w-1) grid whose even cells are the pixels and whose odd cells between
    # two pixels are set when the two are linked: its 4-connected components are the pieces.
    grid = np.zeros((2 * h - 1, 2 * w - 1), dtype=bool)
    grid[::2, ::2] = m
    grid[1::2, ::2] = m[1:, :] & m[:-1, :] & _continuous(d[1:, :], d[:-1, :], abs_m, rel)
    grid[::2, 1::2] = m[:, 1:] & m[:, :-1] & _continuous(d[:, 1:], d[:, :-1], abs_m, rel)
    labels, n = ndimage.label(grid, structure=_FOUR)
    return labels[::2, ::2].astype(np.int32, copy=False), int(n)


def bleed_pixels(
    mask: np.ndarray,
    object_mask: np.ndarray,
    depth: np.ndarray,
    abs_m: float,
    rel: float,
    max_width_px: int,
    outside_ok: np.ndarray | None = None,
) -> np.ndarray:
    """Boolean mask of the pixels of ``mask`` that look like mask bleed onto an outside body.

    A *contact* is a pixel of ``mask`` with a valid 4-neighbour outside ``object_mask``
    (and inside ``outside_ok`` when given) whose depth continues its own (within
    ``abs_m + rel * z_near`` metres): the surface goes on past the mask border, so the mask
    has spilled onto a body that is not the object - an unlabelled arm in front of a
    gripper, a wall behind a box. Returned: the contacts and every pixel of ``mask`` reached
    from one in fewer than ``max_width_px`` steps between 8-neighbours whose depths are
    continuous, i.e. a band of that width on the spilled-onto surface. The band stops at a
    depth discontinuity, so the object's own pixels behind or in front of it stay (they
    are lost only where the object's surface really continues into the other body).
    """
    m = np.asarray(mask, dtype=bool)
    out = np.zeros(m.shape, dtype=bool)
    if max_width_px <= 0 or not m.any():
        return out
    d = np.asarray(depth, dtype=np.float32)
    outside = ~np.asarray(object_mask, dtype=bool) & (d > 0)
    if outside_ok is not None:
        outside &= np.asarray(outside_ok, dtype=bool)
    h, w = m.shape
    # links[k]: pixel p and its neighbour p + offset k are both in ``m`` and depth-continuous
    offsets = [(dr, dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)]
    contact = np.zeros(m.shape, dtype=bool)
    moves = []
    for dr, dc in offsets:
        src = (slice(max(0, -dr), h - max(0, dr)), slice(max(0, -dc), w - max(0, dc)))
        dst = (slice(max(0, dr), h - max(0, -dr)), slice(max(0, dc), w - max(0, -dc)))
        cont = _continuous(d[src], d[dst], abs_m, rel)
        if dr == 0 or dc == 0:
            contact[src] |= m[src] & outside[dst] & cont
        moves.append((src, dst, m[src] & m[dst] & cont))
    out = contact.copy()
    front = contact
    for _ in range(max_width_px - 1):
        grown = np.zeros(m.shape, dtype=bool)
        for src, dst, link in moves:
            grown[dst] |= front[src] & link
        front = grown & ~out
        if not front.any():
            break
        out |= front
    return out


def select_segments(
    labels: np.ndarray,
    n: int,
    points: np.ndarray,
    depth_margin_m: float = 0.05,
    gap_m: float = 0.0,
    min_pixels: int = 1,
    gap_min_pixels: int = 1,
    max_points: int = 1500,
) -> np.ndarray:
    """Mask of the pieces of :func:`depth_segments` that make up the object.

    ``points``: HxWx3 optical-frame points of the pixels (metres). The main piece is the
    largest one. Another piece is kept when it has at least ``min_pixels`` pixels and its
    median depth (``points[..., 2]``) lies within the main piece's depth range (2nd-98th
    percentile) widened by ``depth_margin_m`` (the pieces of an object split by an
    occluder), or when it has at least ``gap_min_pixels`` pixels and its 3D gap to the main
    piece (nearest points; both sub-sampled to about ``max_points``) is at most ``gap_m``
    metres (an object made of separate parts: two fingers, a fingertip cut off by invalid
    pixels, a far finger seen behind the hand). ``gap_m == 0`` turns the gap rule off.
    """
    if n == 0:
        return np.zeros(labels.shape, dtype=bool)
    counts = np.bincount(labels.ravel(), minlength=n + 1)
    counts[0] = 0
    main = int(np.argmax(counts))
    keep = labels == main
    if n == 1:
        return keep
    z = points[..., 2]
    lo, hi = np.percentile(z[keep], [2.0, 98.0])
    lo, hi = lo - depth_margin_m, hi + depth_margin_m
    main_pts = points[keep]
    tree = None
    flat_labels = labels.ravel()
    order = np.argsort(flat_labels, kind="stable")
    bounds = np.searchsorted(flat_labels[order], np.arange(n + 2))
    flat_pts = points.reshape(-1, 3)
    flat_keep = keep.ravel()  # a view: writes go to ``keep``
    for k in range(1, n + 1):
        if k == main or counts[k] < min(min_pixels, gap_min_pixels if gap_m > 0 else min_pixels):
            continue
        idx = order[bounds[k]:bounds[k + 1]]
        pk = flat_pts[idx]
        if counts[k] >= min_pixels and lo <= float(np.median(pk[:, 2])) <= hi:
            flat_keep[idx] = True
            continue
        if gap_m > 0 and counts[k] >= gap_min_pixels:
            if tree is None:
                tree = cKDTree(main_pts[:: max(1, len(main_pts) // max_points)])
            dist, _ = tree.query(pk[:: max(1, len(pk) // max_points)], k=1, distance_upper_bound=gap_m)
            if np.isfinite(dist).any():
                flat_keep[idx] = True
    return keep


def smooth_depth_in_mask(depth: np.ndarray, mask: np.ndarray, radius_px: int) -> np.ndarray:
    """Depth averaged over a (2r+1)^2 window, using only pixels inside ``mask``.

    Returns a copy of ``depth`` whose pixels inside ``mask`` are replaced by the mean of
    their window when the whole window lies inside ``mask``. Pixels near the mask's border
    keep their depth: a truncated window would pull them towards the interior's depth (on a
    slanted surface, towards the camera), shrinking the object.
    """
    if radius_px <= 0:
        return np.asarray(depth, dtype=np.float32).copy()
    size = 2 * radius_px + 1
    m = mask.astype(np.float32)
    num = ndimage.uniform_filter(np.where(mask, depth, 0.0).astype(np.float32), size=size, mode="constant")
    den = ndimage.uniform_filter(m, size=size, mode="constant")
    out = np.asarray(depth, dtype=np.float32).copy()
    inside = mask & (den > 1.0 - 1e-4)  # full windows only: a truncated window is biased
    out[inside] = num[inside] / den[inside]
    return out


def voxel_downsample(points: np.ndarray, voxel_m: float) -> np.ndarray:
    """One point per occupied voxel of edge ``voxel_m`` (the mean of its points)."""
    p = np.asarray(points, dtype=np.float64)
    if voxel_m <= 0 or len(p) == 0:
        return p
    keys = np.floor(p / voxel_m).astype(np.int64)
    keys -= keys.min(axis=0)
    dims = keys.max(axis=0) + 1
    flat = (keys[:, 0] * dims[1] + keys[:, 1]) * dims[2] + keys[:, 2]
    _, inverse, counts = np.unique(flat, return_inverse=True, return_counts=True)
    out = np.zeros((len(counts), 3))
    np.add.at(out, inverse, p)
    return out / counts[:, None]


def statistical_outlier_removal(points: np.ndarray, k: int = 10, std_ratio: float = 2.0) -> np.ndarray:
    """Boolean keep-mask: points whose mean distance to their ``k`` nearest neighbours is
    at most mean + ``std_ratio`` * std of that statistic over the cloud."""
    p = np.asarray(points, dtype=np.float64)
    if len(p) <= k + 1:
        return np.ones(len(p), dtype=bool)
    dist, _ = cKDTree(p).query(p, k=k + 1)
    mean_d = dist[:, 1:].mean(axis=1)
    return mean_d <= mean_d.mean() + std_ratio * mean_d.std()


def largest_cluster(points: np.ndarray, eps_m: float, min_points: int = 1) -> np.ndarray:
    """Boolean keep-mask of the largest Euclidean cluster (points linked when closer than
    ``eps_m``; DBSCAN with min_samples=1 keeping the biggest cluster). Clusters smaller
    than ``min_points`` are never chosen unless no cluster is that big."""
    p = np.asarray(points, dtype=np.float64)
    n = len(p)
    if n == 0 or eps_m <= 0:
        return np.ones(n, dtype=bool)
    pairs = cKDTree(p).query_pairs(eps_m, output_type="ndarray")
    if len(pairs) == 0:
        return np.ones(n, dtype=bool) if n == 1 else np.eye(1, n, 0, dtype=bool)[0]
    graph = coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    counts = np.bincount(labels)
    best = int(np.argmax(counts))
    if counts[best] < min_points:
        return np.ones(n, dtype=bool)
    return labels == best
