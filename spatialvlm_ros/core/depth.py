"""Depth images: decoding raw encodings to metres and back-projecting pixels to 3D points.

Conventions
-----------
- Core depth arrays are HxW float32 **metres** along the optical axis (z); 0 marks an
  invalid pixel. :func:`decode_depth` maps NaN, +-inf and negative values to 0 so the rest
  of the core only has to test ``depth > 0``.
- Raw encodings (``sensor_msgs/Image.encoding``) are decoded here and nowhere else:
  ``16UC1`` / ``mono16`` hold millimetres, ``32FC1`` metres. The units come from the
  encoding, never from a parameter.
- Back-projected points are in the camera *optical* frame (x right, y down, z forward),
  metres, following :class:`spatialvlm_ros.core.camera.CameraIntrinsics`.
"""

from __future__ import annotations

import numpy as np

from spatialvlm_ros.core.camera import CameraIntrinsics
from spatialvlm_ros.errors import InputError

#: Encodings holding integer millimetres.
MILLIMETRE_ENCODINGS = ("16UC1", "mono16")
#: Encodings holding float metres.
METRE_ENCODINGS = ("32FC1",)
#: The largest depth a uint16 millimetre image can hold, metres.
MAX_DEPTH_MM_M = 65.535


def decode_depth(array: np.ndarray, encoding: str) -> np.ndarray:
    """Decode a raw depth image to HxW float32 metres (0 = invalid).

    ``encoding`` is the ROS image encoding: ``16UC1``/``mono16`` (uint16 millimetres,
    0 invalid) or ``32FC1`` (float metres, 0/NaN invalid; float64 input is converted).
    Anything else raises :class:`InputError` naming the encoding.
    """
    a = np.asarray(array)
    if a.ndim == 3 and a.shape[2] == 1:
        a = a[:, :, 0]
    if a.ndim != 2:
        raise InputError(f"depth image with encoding {encoding!r} has shape {a.shape}, expected HxW")
    if encoding in MILLIMETRE_ENCODINGS:
        if a.dtype.kind not in "ui":
            raise InputError(f"depth encoding {encoding!r} needs integer millimetres, got dtype {a.dtype}")
        out = a.astype(np.float32) * np.float32(0.001)
        out[a <= 0] = 0.0
        return out
    if encoding in METRE_ENCODINGS:
        if a.dtype.kind != "f":
            raise InputError(f"depth encoding {encoding!r} needs float metres, got dtype {a.dtype}")
        out = a.astype(np.float32, copy=True)
        out[~np.isfinite(out) | (out < 0)] = 0.0
        return out
    raise InputError(
        f"unsupported depth encoding {encoding!r} (expected one of "
        f"{', '.join(MILLIMETRE_ENCODINGS + METRE_ENCODINGS)})"
    )


def encode_depth_mm(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(depth_m, dtype=np.float64)
    with np.errstate(invalid="ignore", over="ignore"):
        mm = np.rint(d * 1000.0)
        valid = np.isfinite(mm) & (d > 0) & (mm <= 65535)
    out = np.zeros(d.shape, dtype=np.uint16)
    out[valid] = mm[valid].astype(np.uint16)
    return out


def valid_depth(depth: np.ndarray) -> np.ndarray:
    """Boolean mask of valid depth pixels (finite and > 0)."""
    d = np.asarray(depth)
    return np.isfinite(d) & (d > 0)


def pixel_rays(intrinsics: CameraIntrinsics, u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Normalised image coordinates ``((u - cx) / fx, (v - cy) / fy)`` of pixels (u, v).

    A point at depth z on the ray of (u, v) is ``(x * z, y * z, z)`` in the optical frame.
    """
    x = (np.asarray(u, dtype=np.float64) - intrinsics.cx) / intrinsics.fx
    y = (np.asarray(v, dtype=np.float64) - intrinsics.cy) / intrinsics.fy
    return x, y


def backproject_pixels(
    depth: np.ndarray, intrinsics: CameraIntrinsics, rows: np.ndarray, cols: np.ndarray
) -> np.ndarray:
    """(N, 3) optical-frame points of the given pixels (rows = v, cols = u); no validity test."""
    z = np.asarray(depth)[rows, cols].astype(np.float64)
    x, y = pixel_rays(intrinsics, cols, rows)
    return np.column_stack([x * z, y * z, z])


def backproject(
    depth: np.ndarray, intrinsics: CameraIntrinsics, mask: np.ndarray | None = None
) -> np.ndarray:
    """(N, 3) optical-frame points (metres) of the valid pixels, optionally within ``mask``.

    Points are ordered row-major (as ``np.nonzero`` returns pixels).
    """
    d = np.asarray(depth)
    if d.shape != (intrinsics.height, intrinsics.width):
        raise InputError(
            f"depth image is {d.shape[1] if d.ndim > 1 else '?'}x{d.shape[0]} "
            f"but camera info says {intrinsics.width}x{intrinsics.height}"
        )
    keep = valid_depth(d)
    if mask is not None:
        keep &= np.asarray(mask, dtype=bool)
    rows, cols = np.nonzero(keep)
    return backproject_pixels(d, intrinsics, rows, cols)


def project(points_optical: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray:
    """(N, 2) pixel coordinates (u, v) of optical-frame points (z must be > 0)."""
    p = np.asarray(points_optical, dtype=np.float64).reshape(-1, 3)
    u = intrinsics.fx * p[:, 0] / p[:, 2] + intrinsics.cx
    v = intrinsics.fy * p[:, 1] / p[:, 2] + intrinsics.cy
    return np.column_stack([u, v])
