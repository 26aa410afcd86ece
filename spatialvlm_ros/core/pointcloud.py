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

from collections.abc import Callable
from dataclasses import dataclass

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


@dataclass(frozen=True)
class DepthLinks:
    """Which neighbouring pixels of a depth image lie on one continuous surface.

    ``down[r, c]``: pixels (r, c) and (r + 1, c); ``right[r, c]``: (r, c) and (r, c + 1).
    Linked = both depths valid and within ``abs_m + rel * z_near`` metres (see
    :func:`depth_links`). Computed once per object crop and shared by :func:`bleed_pixels`
    and :func:`depth_segments`; the diagonal links are computed on demand.
    """

    depth: np.ndarray  # float32 metres, 0 = invalid
    abs_m: float
    rel: float
    down: np.ndarray  # (h - 1, w) bool
    right: np.ndarray  # (h, w - 1) bool

    def diagonals(self) -> tuple[np.ndarray, np.ndarray]:
        """(down-right, down-left) links: ``(r, c)-(r+1, c+1)`` and ``(r, c+1)-(r+1, c)``, (h-1, w-1)."""
        d = self.depth
        return (
            _continuous(d[1:, 1:], d[:-1, :-1], self.abs_m, self.rel),
            _continuous(d[1:, :-1], d[:-1, 1:], self.abs_m, self.rel),
        )


def depth_links(depth: np.ndarray, abs_m: float, rel: float) -> DepthLinks:
    """The 4-neighbour :class:`DepthLinks` of ``depth`` (metres, 0 = invalid)."""
    d = np.asarray(depth, dtype=np.float32)
    return DepthLinks(
        d, abs_m, rel, _continuous(d[1:, :], d[:-1, :], abs_m, rel), _continuous(d[:, 1:], d[:, :-1], abs_m, rel)
    )


def _links_for(depth: np.ndarray, abs_m: float, rel: float, links: DepthLinks | None) -> DepthLinks:
    if links is None:
        return depth_links(depth, abs_m, rel)
    if links.abs_m != abs_m or links.rel != rel or links.depth.shape != np.shape(depth):
        raise ValueError("depth links were computed for other thresholds or another image")
    return links


def depth_segments(
    mask: np.ndarray, depth: np.ndarray, abs_m: float, rel: float, links: DepthLinks | None = None
) -> tuple[np.ndarray, int]:
    """Split ``mask`` into depth-continuous pieces: ``(labels, n)`` with labels 1..n (0 off the mask).

    Two 4-neighbouring mask pixels belong to the same piece when both depths are valid and
    differ by at most ``abs_m + rel * z_near`` metres (the depth-discontinuity threshold of
    :func:`far_side_of_edges`). Mask pixels without valid depth are not in any piece.
    ``links``: the :func:`depth_links` of ``depth`` with these thresholds, if already computed.
    """
    d = np.asarray(depth, dtype=np.float32)
    m = np.asarray(mask, dtype=bool) & (d > 0)
    h, w = m.shape
    if not m.any():
        return np.zeros(m.shape, dtype=np.int32), 0
    lk = _links_for(d, abs_m, rel, links)
    both_v = m[1:, :] & m[:-1, :]
    both_h = m[:, 1:] & m[:, :-1]
    cut_v = both_v & ~lk.down
    cut_h = both_h & ~lk.right
    if not (cut_v.any() or cut_h.any()):  # no discontinuity inside the mask: its 4-components
        labels, n = ndimage.label(m, structure=_FOUR)
        return labels.astype(np.int32, copy=False), int(n)
    # Label a (2h-1, 2w-1) grid whose even cells are the pixels and whose odd cells between
    # two pixels are set when the two are linked: its 4-connected components are the pieces.
    grid = np.zeros((2 * h - 1, 2 * w - 1), dtype=bool)
    grid[::2, ::2] = m
    grid[1::2, ::2] = both_v & ~cut_v
    grid[::2, 1::2] = both_h & ~cut_h
    # uint16 labels when they surely fit (fewer cells than 2^16): less to write, ~12% faster
    labels, n = ndimage.label(grid, structure=_FOUR, output=np.uint16 if grid.size < 65536 else np.int32)
    return labels[::2, ::2].astype(np.int32), int(n)


def bleed_pixels(
    mask: np.ndarray,
    object_mask: np.ndarray,
    depth: np.ndarray,
    abs_m: float,
    rel: float,
    max_width_px: int,
    outside_ok: np.ndarray | None = None,
    links: DepthLinks | None = None,
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
    ``links``: the :func:`depth_links` of ``depth`` with these thresholds, if already computed.
    """
    m = np.asarray(mask, dtype=bool)
    if max_width_px <= 0 or not m.any():
        return np.zeros(m.shape, dtype=bool)
    d = np.asarray(depth, dtype=np.float32)
    outside = ~np.asarray(object_mask, dtype=bool) & (d > 0)
    if outside_ok is not None:
        outside &= np.asarray(outside_ok, dtype=bool)
    lk = _links_for(d, abs_m, rel, links)
    contact = np.zeros(m.shape, dtype=bool)
    contact[1:, :] |= m[1:, :] & outside[:-1, :] & lk.down
    contact[:-1, :] |= m[:-1, :] & outside[1:, :] & lk.down
    contact[:, 1:] |= m[:, 1:] & outside[:, :-1] & lk.right
    contact[:, :-1] |= m[:, :-1] & outside[:, 1:] & lk.right
    if max_width_px == 1 or not contact.any():
        return contact
    # moves (src -> dst slices) between 8-neighbours that are both in ``m`` and linked
    dr, dl = lk.diagonals()
    a, b = slice(1, None), slice(None, -1)
    full = slice(None)
    pairs = [((b, full), (a, full), lk.down), ((full, b), (full, a), lk.right), ((b, b), (a, a), dr),
             ((b, a), (a, b), dl)]
    moves = []
    for p, q, cont in pairs:
        link = m[p] & m[q] & cont
        moves += [(p, q, link), (q, p, link)]  # links are symmetric
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
    points: np.ndarray | Callable[[], np.ndarray],
    depth_margin_m: float = 0.05,
    gap_m: float = 0.0,
    min_pixels: int = 1,
    gap_min_pixels: int = 1,
    max_points: int = 1500,
) -> np.ndarray:
    """Mask of the pieces of :func:`depth_segments` that make up the object.

    ``points``: HxWx3 optical-frame points of the pixels (metres), or a function returning
    them (called only when there is a piece to judge besides the main one). The main piece is the
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
    smallest = min(min_pixels, gap_min_pixels if gap_m > 0 else min_pixels)
    candidates = [k for k in np.flatnonzero(counts >= smallest) if k != main]
    if not candidates:
        return keep
    pts = points() if callable(points) else points
    z = pts[..., 2]
    lo, hi = np.percentile(z[keep], [2.0, 98.0])
    lo, hi = lo - depth_margin_m, hi + depth_margin_m
    tree = None
    for k in candidates:
        piece = labels == k
        pk = pts[piece]
        if counts[k] >= min_pixels and lo <= float(np.median(pk[:, 2])) <= hi:
            keep |= piece
            continue
        if gap_m > 0 and counts[k] >= gap_min_pixels:
            if tree is None:
                main_pts = pts[labels == main]
                tree = cKDTree(main_pts[:: max(1, len(main_pts) // max_points)])
            dist, _ = tree.query(pk[:: max(1, len(pk) // max_points)], k=1, distance_upper_bound=gap_m)
            if np.isfinite(dist).any():
                keep |= piece
    return keep


def smooth_depth_in_mask(depth: np.ndarray, mask: np.ndarray, radius_px: int) -> np.ndarray:
    """Depth averaged over a (2r+1)^2 window, using only pixels inside ``mask``.

    Returns a copy of ``depth`` whose pixels inside ``mask`` are replaced by the mean of
    their window when the whole window lies inside ``mask``. Pixels near the mask's border
    keep their depth: a truncated window would pull them towards the interior's depth (on a
    slanted surface, towards the camera), shrinking the object.
    """
    out = np.asarray(depth, dtype=np.float32).copy()
    h, w = out.shape
    size = 2 * radius_px + 1
    if radius_px <= 0 or h < size or w < size:
        return out
    # window sums of the interior pixels (a window reaching past the image is never full)
    m = np.asarray(mask, dtype=bool)
    num = _window_sums(np.where(m, out, np.float64(0.0)).astype(np.float64, copy=False), size)  # float64 sums
    # (numpy 2 already gives float64 here; numpy 1.x keeps float32: the cast, exact, makes both alike)
    den = _window_sums(m.astype(np.uint8 if size * size < 256 else np.int32), size)
    inside = den == size * size  # full windows only: a truncated window is biased
    inner = out[radius_px:h - radius_px, radius_px:w - radius_px]
    inner[inside] = (num[inside] / (size * size)).astype(np.float32)
    return out


def _window_sums(a: np.ndarray, size: int) -> np.ndarray:
    """Sums of ``a`` over every full ``size`` x ``size`` window: shape (h - size + 1, w - size + 1)."""
    h, w = a.shape
    if size <= 5:  # a few shifted adds beat cumulative sums for small windows
        rows = a[: h - size + 1].copy()
        for i in range(1, size):
            rows += a[i: h - size + 1 + i]
        out = rows[:, : w - size + 1].copy()
        for j in range(1, size):
            out += rows[:, j: w - size + 1 + j]
        return out
    c = np.cumsum(a, axis=0)
    rows = np.concatenate([c[size - 1:size], c[size:] - c[:-size]], axis=0)
    c = np.cumsum(rows, axis=1)
    return np.concatenate([c[:, size - 1:size], c[:, size:] - c[:, :-size]], axis=1)


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
