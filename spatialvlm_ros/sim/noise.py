"""Sensor noise for simulated RGB-D frames: what a real depth camera and segmenter give.

Depth (float32 metres along the optical axis, 0 = invalid):

1. axial noise: Gaussian with std ``sigma_const + sigma_quad * z**2`` (stereo / structured
   light error grows with the square of the distance);
2. invalid pixels at depth discontinuities: a pixel whose depth differs from a 4-neighbour
   by more than ``edge_threshold * z`` is dropped with probability ``edge_dropout``
   (flying pixels / shadowing at object borders);
3. holes: a Poisson number of elliptic dropout blobs (``holes_per_megapixel``, radius in
   ``hole_radius_px``) as on specular or dark surfaces;
4. range: pixels beyond ``max_range`` are invalid;
5. quantisation: rounded to ``quantization`` metres (1 mm, as 16UC1 images store it).

RGB: :func:`apply_rgb_noise` adds Gaussian sensor noise of ``rgb_sigma`` grey levels.

Masks: :func:`bleed_masks` grows every instance mask by ``bleed_px`` pixels into the
*background* only (never into another object), as real segmenters bleed past borders.
Everything is numpy/scipy and seeded by the caller's ``numpy.random.Generator``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
from scipy import ndimage

from spatialvlm_ros.errors import ConfigError
from spatialvlm_ros.resources import config_fields, config_value


@dataclass
class NoiseConfig:
    """Parameters of the depth and mask noise (see the module docstring); metres, pixels."""

    enabled: bool = True
    sigma_const: float = 0.0005
    sigma_quad: float = 0.0025
    holes_per_megapixel: float = 40.0
    hole_radius_px: tuple[int, int] = (2, 10)
    edge_threshold: float = 0.04
    edge_dropout: float = 0.6
    max_range: float = 4.0
    quantization: float = 0.001
    bleed_px: tuple[int, int] = (1, 3)
    rgb_sigma: float = 2.0

    @classmethod
    def from_dict(cls, data: dict) -> NoiseConfig:
        """Build from the ``noise`` section of ``config/sim.yaml``; keys and value types are read
        with :func:`~spatialvlm_ros.resources.config_fields`; a pixel range is ``[lo, hi]`` or one
        number (``lo == hi``)."""
        kw = config_fields(cls, data, "noise", convert={"hole_radius_px": _pixel_range("hole_radius_px"),
                                                        "bleed_px": _pixel_range("bleed_px")})
        cfg = cls(**kw)
        for key in ("sigma_const", "sigma_quad", "holes_per_megapixel", "edge_threshold", "max_range", "quantization",
                    "rgb_sigma"):
            if float(getattr(cfg, key)) < 0:
                raise ConfigError(f"sim config: noise.{key} must not be negative")
        if not 0.0 <= cfg.edge_dropout <= 1.0:
            raise ConfigError("sim config: noise.edge_dropout must lie in [0, 1]")
        return cfg

    def to_dict(self) -> dict:
        d = asdict(self)
        d["hole_radius_px"] = list(self.hole_radius_px)
        d["bleed_px"] = list(self.bleed_px)
        return d


def _pixel_range(key: str) -> Callable[[Any], tuple[int, int]]:
    """Reader of a ``noise.<key>`` pixel range: ``[lo, hi]`` or one number, ``0 <= lo <= hi``."""

    def read(value: Any) -> tuple[int, int]:
        pair = [value, value] if isinstance(value, (int, float)) and not isinstance(value, bool) else value
        lo, hi = config_value(tuple[int, int], pair, f"noise config: {key}")
        if lo < 0 or hi < lo:
            raise ConfigError(f"sim config: noise.{key} {value} is not a valid range")
        return lo, hi

    return read


def depth_sigma(z: np.ndarray, cfg: NoiseConfig) -> np.ndarray:
    """Standard deviation (metres) of the axial depth noise at depth ``z`` (metres)."""
    return cfg.sigma_const + cfg.sigma_quad * np.square(z)


def discontinuity_mask(depth: np.ndarray, threshold: float) -> np.ndarray:
    """Pixels whose depth jumps by more than ``threshold * z`` to a 4-neighbour (or to invalid)."""
    d = np.where(np.isfinite(depth) & (depth > 0), depth, 0.0).astype(np.float64)
    edge = np.zeros(d.shape, dtype=bool)
    for axis in (0, 1):
        diff = np.abs(np.diff(d, axis=axis))
        ref = np.maximum(
            np.take(d, range(d.shape[axis] - 1), axis=axis),
            np.take(d, range(1, d.shape[axis]), axis=axis),
        )
        jump = diff > threshold * np.maximum(ref, 1e-6)
        if axis == 0:
            edge[:-1] |= jump
            edge[1:] |= jump
        else:
            edge[:, :-1] |= jump
            edge[:, 1:] |= jump
    return edge & (d > 0)


def hole_mask(shape: tuple[int, int], rng: np.random.Generator, cfg: NoiseConfig) -> np.ndarray:
    """Boolean mask of random elliptic dropout blobs."""
    h, w = shape
    holes = np.zeros((h, w), dtype=bool)
    n = rng.poisson(cfg.holes_per_megapixel * h * w / 1e6)
    lo, hi = cfg.hole_radius_px
    yy, xx = np.mgrid[0:h, 0:w]
    for _ in range(int(n)):
        cy, cx = rng.uniform(0, h), rng.uniform(0, w)
        ry, rx = rng.uniform(max(lo, 1), max(hi, 1) + 1e-9, size=2)
        y0, y1 = int(max(cy - ry - 1, 0)), int(min(cy + ry + 2, h))
        x0, x1 = int(max(cx - rx - 1, 0)), int(min(cx + rx + 2, w))
        sub = ((yy[y0:y1, x0:x1] - cy) / ry) ** 2 + ((xx[y0:y1, x0:x1] - cx) / rx) ** 2 <= 1.0
        holes[y0:y1, x0:x1] |= sub
    return holes


def apply_depth_noise(depth: np.ndarray, rng: np.random.Generator, cfg: NoiseConfig) -> np.ndarray:
    """Noisy copy of a clean metric depth image (float32 metres, 0 = invalid)."""
    clean = np.asarray(depth, dtype=np.float32)
    valid = np.isfinite(clean) & (clean > 0)
    if not cfg.enabled:
        return np.where(valid, clean, 0.0).astype(np.float32)
    z = np.where(valid, clean, 0.0).astype(np.float64)
    noisy = z + rng.standard_normal(z.shape) * depth_sigma(z, cfg)
    drop = ~valid
    if cfg.edge_dropout > 0:
        edges = discontinuity_mask(clean, cfg.edge_threshold)
        drop |= edges & (rng.random(z.shape) < cfg.edge_dropout)
    if cfg.holes_per_megapixel > 0:
        drop |= hole_mask(z.shape, rng, cfg)
    if cfg.max_range > 0:
        drop |= noisy > cfg.max_range
    drop |= noisy <= 0
    if cfg.quantization > 0:
        noisy = np.round(noisy / cfg.quantization) * cfg.quantization
    noisy[drop] = 0.0
    return noisy.astype(np.float32)


def apply_rgb_noise(rgb: np.ndarray, rng: np.random.Generator, cfg: NoiseConfig) -> np.ndarray:
    """Sensor noise on an HxWx3 uint8 image: Gaussian, std ``rgb_sigma`` grey levels, clipped."""
    img = np.asarray(rgb, dtype=np.uint8)
    if not cfg.enabled or cfg.rgb_sigma <= 0:
        return img.copy()
    noisy = img.astype(np.float32) + rng.standard_normal(img.shape, dtype=np.float32) * np.float32(cfg.rgb_sigma)
    return np.clip(np.round(noisy), 0, 255).astype(np.uint8)


def bleed_masks(labels: np.ndarray, rng: np.random.Generator, cfg: NoiseConfig) -> np.ndarray:
    """Grow every instance of ``labels`` (HxW, 0 = background) into the background.

    Each instance grows by its own random radius in ``cfg.bleed_px`` (a square-ish
    structuring element, as segmenters' soft masks thresholded low do). A background
    pixel reached by several instances goes to the one processed first (ascending id).
    Pixels of other instances are never taken.
    """
    labels = np.asarray(labels)
    out = labels.copy()
    if not cfg.enabled:
        return out
    lo, hi = cfg.bleed_px
    background = out == 0
    square = ndimage.generate_binary_structure(2, 2)
    h, w = labels.shape
    boxes = ndimage.find_objects(labels.astype(np.int64, copy=False))
    for inst in sorted(int(i) for i in np.unique(labels) if i != 0):
        r = int(rng.integers(lo, hi + 1))
        if r <= 0:
            continue
        sy, sx = boxes[inst - 1]  # dilate inside the instance's bounding box grown by r
        ys = slice(max(sy.start - r, 0), min(sy.stop + r, h))
        xs = slice(max(sx.start - r, 0), min(sx.stop + r, w))
        grown = ndimage.binary_dilation(labels[ys, xs] == inst, structure=square, iterations=r)
        take = grown & background[ys, xs]
        out[ys, xs][take] = inst
        background[ys, xs] &= ~take
    return out
