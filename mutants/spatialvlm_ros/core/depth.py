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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_decode_depth__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_decode_depth__mutmut)
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


def x_decode_depth__mutmut_orig(array: np.ndarray, encoding: str) -> np.ndarray:
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


def x_decode_depth__mutmut_1(array: np.ndarray, encoding: str) -> np.ndarray:
    """Decode a raw depth image to HxW float32 metres (0 = invalid).

    ``encoding`` is the ROS image encoding: ``16UC1``/``mono16`` (uint16 millimetres,
    0 invalid) or ``32FC1`` (float metres, 0/NaN invalid; float64 input is converted).
    Anything else raises :class:`InputError` naming the encoding.
    """
    a = None
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


def x_decode_depth__mutmut_2(array: np.ndarray, encoding: str) -> np.ndarray:
    """Decode a raw depth image to HxW float32 metres (0 = invalid).

    ``encoding`` is the ROS image encoding: ``16UC1``/``mono16`` (uint16 millimetres,
    0 invalid) or ``32FC1`` (float metres, 0/NaN invalid; float64 input is converted).
    Anything else raises :class:`InputError` naming the encoding.
    """
    a = np.asarray(None)
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


def x_decode_depth__mutmut_3(array: np.ndarray, encoding: str) -> np.ndarray:
    """Decode a raw depth image to HxW float32 metres (0 = invalid).

    ``encoding`` is the ROS image encoding: ``16UC1``/``mono16`` (uint16 millimetres,
    0 invalid) or ``32FC1`` (float metres, 0/NaN invalid; float64 input is converted).
    Anything else raises :class:`InputError` naming the encoding.
    """
    a = np.asarray(array)
    if a.ndim == 3 or a.shape[2] == 1:
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


def x_decode_depth__mutmut_4(array: np.ndarray, encoding: str) -> np.ndarray:
    """Decode a raw depth image to HxW float32 metres (0 = invalid).

    ``encoding`` is the ROS image encoding: ``16UC1``/``mono16`` (uint16 millimetres,
    0 invalid) or ``32FC1`` (float metres, 0/NaN invalid; float64 input is converted).
    Anything else raises :class:`InputError` naming the encoding.
    """
    a = np.asarray(array)
    if a.ndim != 3 and a.shape[2] == 1:
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


def x_decode_depth__mutmut_5(array: np.ndarray, encoding: str) -> np.ndarray:
    """Decode a raw depth image to HxW float32 metres (0 = invalid).

    ``encoding`` is the ROS image encoding: ``16UC1``/``mono16`` (uint16 millimetres,
    0 invalid) or ``32FC1`` (float metres, 0/NaN invalid; float64 input is converted).
    Anything else raises :class:`InputError` naming the encoding.
    """
    a = np.asarray(array)
    if a.ndim == 4 and a.shape[2] == 1:
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


def x_decode_depth__mutmut_6(array: np.ndarray, encoding: str) -> np.ndarray:
    """Decode a raw depth image to HxW float32 metres (0 = invalid).

    ``encoding`` is the ROS image encoding: ``16UC1``/``mono16`` (uint16 millimetres,
    0 invalid) or ``32FC1`` (float metres, 0/NaN invalid; float64 input is converted).
    Anything else raises :class:`InputError` naming the encoding.
    """
    a = np.asarray(array)
    if a.ndim == 3 and a.shape[3] == 1:
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


def x_decode_depth__mutmut_7(array: np.ndarray, encoding: str) -> np.ndarray:
    """Decode a raw depth image to HxW float32 metres (0 = invalid).

    ``encoding`` is the ROS image encoding: ``16UC1``/``mono16`` (uint16 millimetres,
    0 invalid) or ``32FC1`` (float metres, 0/NaN invalid; float64 input is converted).
    Anything else raises :class:`InputError` naming the encoding.
    """
    a = np.asarray(array)
    if a.ndim == 3 and a.shape[2] != 1:
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


def x_decode_depth__mutmut_8(array: np.ndarray, encoding: str) -> np.ndarray:
    """Decode a raw depth image to HxW float32 metres (0 = invalid).

    ``encoding`` is the ROS image encoding: ``16UC1``/``mono16`` (uint16 millimetres,
    0 invalid) or ``32FC1`` (float metres, 0/NaN invalid; float64 input is converted).
    Anything else raises :class:`InputError` naming the encoding.
    """
    a = np.asarray(array)
    if a.ndim == 3 and a.shape[2] == 2:
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


def x_decode_depth__mutmut_9(array: np.ndarray, encoding: str) -> np.ndarray:
    """Decode a raw depth image to HxW float32 metres (0 = invalid).

    ``encoding`` is the ROS image encoding: ``16UC1``/``mono16`` (uint16 millimetres,
    0 invalid) or ``32FC1`` (float metres, 0/NaN invalid; float64 input is converted).
    Anything else raises :class:`InputError` naming the encoding.
    """
    a = np.asarray(array)
    if a.ndim == 3 and a.shape[2] == 1:
        a = None
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


def x_decode_depth__mutmut_10(array: np.ndarray, encoding: str) -> np.ndarray:
    """Decode a raw depth image to HxW float32 metres (0 = invalid).

    ``encoding`` is the ROS image encoding: ``16UC1``/``mono16`` (uint16 millimetres,
    0 invalid) or ``32FC1`` (float metres, 0/NaN invalid; float64 input is converted).
    Anything else raises :class:`InputError` naming the encoding.
    """
    a = np.asarray(array)
    if a.ndim == 3 and a.shape[2] == 1:
        a = a[:, :, 1]
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


def x_decode_depth__mutmut_11(array: np.ndarray, encoding: str) -> np.ndarray:
    """Decode a raw depth image to HxW float32 metres (0 = invalid).

    ``encoding`` is the ROS image encoding: ``16UC1``/``mono16`` (uint16 millimetres,
    0 invalid) or ``32FC1`` (float metres, 0/NaN invalid; float64 input is converted).
    Anything else raises :class:`InputError` naming the encoding.
    """
    a = np.asarray(array)
    if a.ndim == 3 and a.shape[2] == 1:
        a = a[:, :, 0]
    if a.ndim == 2:
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


def x_decode_depth__mutmut_12(array: np.ndarray, encoding: str) -> np.ndarray:
    """Decode a raw depth image to HxW float32 metres (0 = invalid).

    ``encoding`` is the ROS image encoding: ``16UC1``/``mono16`` (uint16 millimetres,
    0 invalid) or ``32FC1`` (float metres, 0/NaN invalid; float64 input is converted).
    Anything else raises :class:`InputError` naming the encoding.
    """
    a = np.asarray(array)
    if a.ndim == 3 and a.shape[2] == 1:
        a = a[:, :, 0]
    if a.ndim != 3:
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


def x_decode_depth__mutmut_13(array: np.ndarray, encoding: str) -> np.ndarray:
    """Decode a raw depth image to HxW float32 metres (0 = invalid).

    ``encoding`` is the ROS image encoding: ``16UC1``/``mono16`` (uint16 millimetres,
    0 invalid) or ``32FC1`` (float metres, 0/NaN invalid; float64 input is converted).
    Anything else raises :class:`InputError` naming the encoding.
    """
    a = np.asarray(array)
    if a.ndim == 3 and a.shape[2] == 1:
        a = a[:, :, 0]
    if a.ndim != 2:
        raise InputError(None)
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


def x_decode_depth__mutmut_14(array: np.ndarray, encoding: str) -> np.ndarray:
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
    if encoding not in MILLIMETRE_ENCODINGS:
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


def x_decode_depth__mutmut_15(array: np.ndarray, encoding: str) -> np.ndarray:
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
        if a.dtype.kind in "ui":
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


def x_decode_depth__mutmut_16(array: np.ndarray, encoding: str) -> np.ndarray:
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
        if a.dtype.kind not in "XXuiXX":
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


def x_decode_depth__mutmut_17(array: np.ndarray, encoding: str) -> np.ndarray:
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
        if a.dtype.kind not in "UI":
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


def x_decode_depth__mutmut_18(array: np.ndarray, encoding: str) -> np.ndarray:
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
            raise InputError(None)
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


def x_decode_depth__mutmut_19(array: np.ndarray, encoding: str) -> np.ndarray:
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
        out = None
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


def x_decode_depth__mutmut_20(array: np.ndarray, encoding: str) -> np.ndarray:
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
        out = a.astype(np.float32) / np.float32(0.001)
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


def x_decode_depth__mutmut_21(array: np.ndarray, encoding: str) -> np.ndarray:
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
        out = a.astype(None) * np.float32(0.001)
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


def x_decode_depth__mutmut_22(array: np.ndarray, encoding: str) -> np.ndarray:
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
        out = a.astype(np.float32) * np.float32(None)
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


def x_decode_depth__mutmut_23(array: np.ndarray, encoding: str) -> np.ndarray:
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
        out = a.astype(np.float32) * np.float32(1.001)
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


def x_decode_depth__mutmut_24(array: np.ndarray, encoding: str) -> np.ndarray:
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
        out[a <= 0] = None
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


def x_decode_depth__mutmut_25(array: np.ndarray, encoding: str) -> np.ndarray:
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
        out[a < 0] = 0.0
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


def x_decode_depth__mutmut_26(array: np.ndarray, encoding: str) -> np.ndarray:
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
        out[a <= 1] = 0.0
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


def x_decode_depth__mutmut_27(array: np.ndarray, encoding: str) -> np.ndarray:
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
        out[a <= 0] = 1.0
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


def x_decode_depth__mutmut_28(array: np.ndarray, encoding: str) -> np.ndarray:
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
    if encoding not in METRE_ENCODINGS:
        if a.dtype.kind != "f":
            raise InputError(f"depth encoding {encoding!r} needs float metres, got dtype {a.dtype}")
        out = a.astype(np.float32, copy=True)
        out[~np.isfinite(out) | (out < 0)] = 0.0
        return out
    raise InputError(
        f"unsupported depth encoding {encoding!r} (expected one of "
        f"{', '.join(MILLIMETRE_ENCODINGS + METRE_ENCODINGS)})"
    )


def x_decode_depth__mutmut_29(array: np.ndarray, encoding: str) -> np.ndarray:
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
        if a.dtype.kind == "f":
            raise InputError(f"depth encoding {encoding!r} needs float metres, got dtype {a.dtype}")
        out = a.astype(np.float32, copy=True)
        out[~np.isfinite(out) | (out < 0)] = 0.0
        return out
    raise InputError(
        f"unsupported depth encoding {encoding!r} (expected one of "
        f"{', '.join(MILLIMETRE_ENCODINGS + METRE_ENCODINGS)})"
    )


def x_decode_depth__mutmut_30(array: np.ndarray, encoding: str) -> np.ndarray:
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
        if a.dtype.kind != "XXfXX":
            raise InputError(f"depth encoding {encoding!r} needs float metres, got dtype {a.dtype}")
        out = a.astype(np.float32, copy=True)
        out[~np.isfinite(out) | (out < 0)] = 0.0
        return out
    raise InputError(
        f"unsupported depth encoding {encoding!r} (expected one of "
        f"{', '.join(MILLIMETRE_ENCODINGS + METRE_ENCODINGS)})"
    )


def x_decode_depth__mutmut_31(array: np.ndarray, encoding: str) -> np.ndarray:
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
        if a.dtype.kind != "F":
            raise InputError(f"depth encoding {encoding!r} needs float metres, got dtype {a.dtype}")
        out = a.astype(np.float32, copy=True)
        out[~np.isfinite(out) | (out < 0)] = 0.0
        return out
    raise InputError(
        f"unsupported depth encoding {encoding!r} (expected one of "
        f"{', '.join(MILLIMETRE_ENCODINGS + METRE_ENCODINGS)})"
    )


def x_decode_depth__mutmut_32(array: np.ndarray, encoding: str) -> np.ndarray:
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
            raise InputError(None)
        out = a.astype(np.float32, copy=True)
        out[~np.isfinite(out) | (out < 0)] = 0.0
        return out
    raise InputError(
        f"unsupported depth encoding {encoding!r} (expected one of "
        f"{', '.join(MILLIMETRE_ENCODINGS + METRE_ENCODINGS)})"
    )


def x_decode_depth__mutmut_33(array: np.ndarray, encoding: str) -> np.ndarray:
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
        out = None
        out[~np.isfinite(out) | (out < 0)] = 0.0
        return out
    raise InputError(
        f"unsupported depth encoding {encoding!r} (expected one of "
        f"{', '.join(MILLIMETRE_ENCODINGS + METRE_ENCODINGS)})"
    )


def x_decode_depth__mutmut_34(array: np.ndarray, encoding: str) -> np.ndarray:
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
        out = a.astype(None, copy=True)
        out[~np.isfinite(out) | (out < 0)] = 0.0
        return out
    raise InputError(
        f"unsupported depth encoding {encoding!r} (expected one of "
        f"{', '.join(MILLIMETRE_ENCODINGS + METRE_ENCODINGS)})"
    )


def x_decode_depth__mutmut_35(array: np.ndarray, encoding: str) -> np.ndarray:
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
        out = a.astype(np.float32, copy=None)
        out[~np.isfinite(out) | (out < 0)] = 0.0
        return out
    raise InputError(
        f"unsupported depth encoding {encoding!r} (expected one of "
        f"{', '.join(MILLIMETRE_ENCODINGS + METRE_ENCODINGS)})"
    )


def x_decode_depth__mutmut_36(array: np.ndarray, encoding: str) -> np.ndarray:
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
        out = a.astype(copy=True)
        out[~np.isfinite(out) | (out < 0)] = 0.0
        return out
    raise InputError(
        f"unsupported depth encoding {encoding!r} (expected one of "
        f"{', '.join(MILLIMETRE_ENCODINGS + METRE_ENCODINGS)})"
    )


def x_decode_depth__mutmut_37(array: np.ndarray, encoding: str) -> np.ndarray:
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
        out = a.astype(np.float32, )
        out[~np.isfinite(out) | (out < 0)] = 0.0
        return out
    raise InputError(
        f"unsupported depth encoding {encoding!r} (expected one of "
        f"{', '.join(MILLIMETRE_ENCODINGS + METRE_ENCODINGS)})"
    )


def x_decode_depth__mutmut_38(array: np.ndarray, encoding: str) -> np.ndarray:
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
        out = a.astype(np.float32, copy=False)
        out[~np.isfinite(out) | (out < 0)] = 0.0
        return out
    raise InputError(
        f"unsupported depth encoding {encoding!r} (expected one of "
        f"{', '.join(MILLIMETRE_ENCODINGS + METRE_ENCODINGS)})"
    )


def x_decode_depth__mutmut_39(array: np.ndarray, encoding: str) -> np.ndarray:
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
        out[~np.isfinite(out) | (out < 0)] = None
        return out
    raise InputError(
        f"unsupported depth encoding {encoding!r} (expected one of "
        f"{', '.join(MILLIMETRE_ENCODINGS + METRE_ENCODINGS)})"
    )


def x_decode_depth__mutmut_40(array: np.ndarray, encoding: str) -> np.ndarray:
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
        out[~np.isfinite(out) & (out < 0)] = 0.0
        return out
    raise InputError(
        f"unsupported depth encoding {encoding!r} (expected one of "
        f"{', '.join(MILLIMETRE_ENCODINGS + METRE_ENCODINGS)})"
    )


def x_decode_depth__mutmut_41(array: np.ndarray, encoding: str) -> np.ndarray:
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
        out[np.isfinite(out) | (out < 0)] = 0.0
        return out
    raise InputError(
        f"unsupported depth encoding {encoding!r} (expected one of "
        f"{', '.join(MILLIMETRE_ENCODINGS + METRE_ENCODINGS)})"
    )


def x_decode_depth__mutmut_42(array: np.ndarray, encoding: str) -> np.ndarray:
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
        out[~np.isfinite(None) | (out < 0)] = 0.0
        return out
    raise InputError(
        f"unsupported depth encoding {encoding!r} (expected one of "
        f"{', '.join(MILLIMETRE_ENCODINGS + METRE_ENCODINGS)})"
    )


def x_decode_depth__mutmut_43(array: np.ndarray, encoding: str) -> np.ndarray:
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
        out[~np.isfinite(out) | (out <= 0)] = 0.0
        return out
    raise InputError(
        f"unsupported depth encoding {encoding!r} (expected one of "
        f"{', '.join(MILLIMETRE_ENCODINGS + METRE_ENCODINGS)})"
    )


def x_decode_depth__mutmut_44(array: np.ndarray, encoding: str) -> np.ndarray:
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
        out[~np.isfinite(out) | (out < 1)] = 0.0
        return out
    raise InputError(
        f"unsupported depth encoding {encoding!r} (expected one of "
        f"{', '.join(MILLIMETRE_ENCODINGS + METRE_ENCODINGS)})"
    )


def x_decode_depth__mutmut_45(array: np.ndarray, encoding: str) -> np.ndarray:
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
        out[~np.isfinite(out) | (out < 0)] = 1.0
        return out
    raise InputError(
        f"unsupported depth encoding {encoding!r} (expected one of "
        f"{', '.join(MILLIMETRE_ENCODINGS + METRE_ENCODINGS)})"
    )


def x_decode_depth__mutmut_46(array: np.ndarray, encoding: str) -> np.ndarray:
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
        None
    )


def x_decode_depth__mutmut_47(array: np.ndarray, encoding: str) -> np.ndarray:
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
        f"{', '.join(None)})"
    )


def x_decode_depth__mutmut_48(array: np.ndarray, encoding: str) -> np.ndarray:
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
        f"{'XX, XX'.join(MILLIMETRE_ENCODINGS + METRE_ENCODINGS)})"
    )


def x_decode_depth__mutmut_49(array: np.ndarray, encoding: str) -> np.ndarray:
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
        f"{', '.join(MILLIMETRE_ENCODINGS - METRE_ENCODINGS)})"
    )

mutants_x_decode_depth__mutmut['_mutmut_orig'] = x_decode_depth__mutmut_orig # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_1'] = x_decode_depth__mutmut_1 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_2'] = x_decode_depth__mutmut_2 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_3'] = x_decode_depth__mutmut_3 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_4'] = x_decode_depth__mutmut_4 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_5'] = x_decode_depth__mutmut_5 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_6'] = x_decode_depth__mutmut_6 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_7'] = x_decode_depth__mutmut_7 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_8'] = x_decode_depth__mutmut_8 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_9'] = x_decode_depth__mutmut_9 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_10'] = x_decode_depth__mutmut_10 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_11'] = x_decode_depth__mutmut_11 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_12'] = x_decode_depth__mutmut_12 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_13'] = x_decode_depth__mutmut_13 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_14'] = x_decode_depth__mutmut_14 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_15'] = x_decode_depth__mutmut_15 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_16'] = x_decode_depth__mutmut_16 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_17'] = x_decode_depth__mutmut_17 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_18'] = x_decode_depth__mutmut_18 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_19'] = x_decode_depth__mutmut_19 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_20'] = x_decode_depth__mutmut_20 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_21'] = x_decode_depth__mutmut_21 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_22'] = x_decode_depth__mutmut_22 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_23'] = x_decode_depth__mutmut_23 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_24'] = x_decode_depth__mutmut_24 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_25'] = x_decode_depth__mutmut_25 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_26'] = x_decode_depth__mutmut_26 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_27'] = x_decode_depth__mutmut_27 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_28'] = x_decode_depth__mutmut_28 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_29'] = x_decode_depth__mutmut_29 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_30'] = x_decode_depth__mutmut_30 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_31'] = x_decode_depth__mutmut_31 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_32'] = x_decode_depth__mutmut_32 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_33'] = x_decode_depth__mutmut_33 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_34'] = x_decode_depth__mutmut_34 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_35'] = x_decode_depth__mutmut_35 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_36'] = x_decode_depth__mutmut_36 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_37'] = x_decode_depth__mutmut_37 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_38'] = x_decode_depth__mutmut_38 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_39'] = x_decode_depth__mutmut_39 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_40'] = x_decode_depth__mutmut_40 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_41'] = x_decode_depth__mutmut_41 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_42'] = x_decode_depth__mutmut_42 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_43'] = x_decode_depth__mutmut_43 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_44'] = x_decode_depth__mutmut_44 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_45'] = x_decode_depth__mutmut_45 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_46'] = x_decode_depth__mutmut_46 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_47'] = x_decode_depth__mutmut_47 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_48'] = x_decode_depth__mutmut_48 # type: ignore # mutmut generated
mutants_x_decode_depth__mutmut['x_decode_depth__mutmut_49'] = x_decode_depth__mutmut_49 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_encode_depth_mm__mutmut)
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


def x_encode_depth_mm__mutmut_orig(depth_m: np.ndarray) -> np.ndarray:
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


def x_encode_depth_mm__mutmut_1(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = None
    with np.errstate(invalid="ignore", over="ignore"):
        mm = np.rint(d * 1000.0)
        valid = np.isfinite(mm) & (d > 0) & (mm <= 65535)
    out = np.zeros(d.shape, dtype=np.uint16)
    out[valid] = mm[valid].astype(np.uint16)
    return out


def x_encode_depth_mm__mutmut_2(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(None, dtype=np.float64)
    with np.errstate(invalid="ignore", over="ignore"):
        mm = np.rint(d * 1000.0)
        valid = np.isfinite(mm) & (d > 0) & (mm <= 65535)
    out = np.zeros(d.shape, dtype=np.uint16)
    out[valid] = mm[valid].astype(np.uint16)
    return out


def x_encode_depth_mm__mutmut_3(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(depth_m, dtype=None)
    with np.errstate(invalid="ignore", over="ignore"):
        mm = np.rint(d * 1000.0)
        valid = np.isfinite(mm) & (d > 0) & (mm <= 65535)
    out = np.zeros(d.shape, dtype=np.uint16)
    out[valid] = mm[valid].astype(np.uint16)
    return out


def x_encode_depth_mm__mutmut_4(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(dtype=np.float64)
    with np.errstate(invalid="ignore", over="ignore"):
        mm = np.rint(d * 1000.0)
        valid = np.isfinite(mm) & (d > 0) & (mm <= 65535)
    out = np.zeros(d.shape, dtype=np.uint16)
    out[valid] = mm[valid].astype(np.uint16)
    return out


def x_encode_depth_mm__mutmut_5(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(depth_m, )
    with np.errstate(invalid="ignore", over="ignore"):
        mm = np.rint(d * 1000.0)
        valid = np.isfinite(mm) & (d > 0) & (mm <= 65535)
    out = np.zeros(d.shape, dtype=np.uint16)
    out[valid] = mm[valid].astype(np.uint16)
    return out


def x_encode_depth_mm__mutmut_6(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(depth_m, dtype=np.float64)
    with np.errstate(invalid=None, over="ignore"):
        mm = np.rint(d * 1000.0)
        valid = np.isfinite(mm) & (d > 0) & (mm <= 65535)
    out = np.zeros(d.shape, dtype=np.uint16)
    out[valid] = mm[valid].astype(np.uint16)
    return out


def x_encode_depth_mm__mutmut_7(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(depth_m, dtype=np.float64)
    with np.errstate(invalid="ignore", over=None):
        mm = np.rint(d * 1000.0)
        valid = np.isfinite(mm) & (d > 0) & (mm <= 65535)
    out = np.zeros(d.shape, dtype=np.uint16)
    out[valid] = mm[valid].astype(np.uint16)
    return out


def x_encode_depth_mm__mutmut_8(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(depth_m, dtype=np.float64)
    with np.errstate(over="ignore"):
        mm = np.rint(d * 1000.0)
        valid = np.isfinite(mm) & (d > 0) & (mm <= 65535)
    out = np.zeros(d.shape, dtype=np.uint16)
    out[valid] = mm[valid].astype(np.uint16)
    return out


def x_encode_depth_mm__mutmut_9(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(depth_m, dtype=np.float64)
    with np.errstate(invalid="ignore", ):
        mm = np.rint(d * 1000.0)
        valid = np.isfinite(mm) & (d > 0) & (mm <= 65535)
    out = np.zeros(d.shape, dtype=np.uint16)
    out[valid] = mm[valid].astype(np.uint16)
    return out


def x_encode_depth_mm__mutmut_10(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(depth_m, dtype=np.float64)
    with np.errstate(invalid="XXignoreXX", over="ignore"):
        mm = np.rint(d * 1000.0)
        valid = np.isfinite(mm) & (d > 0) & (mm <= 65535)
    out = np.zeros(d.shape, dtype=np.uint16)
    out[valid] = mm[valid].astype(np.uint16)
    return out


def x_encode_depth_mm__mutmut_11(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(depth_m, dtype=np.float64)
    with np.errstate(invalid="IGNORE", over="ignore"):
        mm = np.rint(d * 1000.0)
        valid = np.isfinite(mm) & (d > 0) & (mm <= 65535)
    out = np.zeros(d.shape, dtype=np.uint16)
    out[valid] = mm[valid].astype(np.uint16)
    return out


def x_encode_depth_mm__mutmut_12(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(depth_m, dtype=np.float64)
    with np.errstate(invalid="ignore", over="XXignoreXX"):
        mm = np.rint(d * 1000.0)
        valid = np.isfinite(mm) & (d > 0) & (mm <= 65535)
    out = np.zeros(d.shape, dtype=np.uint16)
    out[valid] = mm[valid].astype(np.uint16)
    return out


def x_encode_depth_mm__mutmut_13(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(depth_m, dtype=np.float64)
    with np.errstate(invalid="ignore", over="IGNORE"):
        mm = np.rint(d * 1000.0)
        valid = np.isfinite(mm) & (d > 0) & (mm <= 65535)
    out = np.zeros(d.shape, dtype=np.uint16)
    out[valid] = mm[valid].astype(np.uint16)
    return out


def x_encode_depth_mm__mutmut_14(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(depth_m, dtype=np.float64)
    with np.errstate(invalid="ignore", over="ignore"):
        mm = None
        valid = np.isfinite(mm) & (d > 0) & (mm <= 65535)
    out = np.zeros(d.shape, dtype=np.uint16)
    out[valid] = mm[valid].astype(np.uint16)
    return out


def x_encode_depth_mm__mutmut_15(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(depth_m, dtype=np.float64)
    with np.errstate(invalid="ignore", over="ignore"):
        mm = np.rint(None)
        valid = np.isfinite(mm) & (d > 0) & (mm <= 65535)
    out = np.zeros(d.shape, dtype=np.uint16)
    out[valid] = mm[valid].astype(np.uint16)
    return out


def x_encode_depth_mm__mutmut_16(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(depth_m, dtype=np.float64)
    with np.errstate(invalid="ignore", over="ignore"):
        mm = np.rint(d / 1000.0)
        valid = np.isfinite(mm) & (d > 0) & (mm <= 65535)
    out = np.zeros(d.shape, dtype=np.uint16)
    out[valid] = mm[valid].astype(np.uint16)
    return out


def x_encode_depth_mm__mutmut_17(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(depth_m, dtype=np.float64)
    with np.errstate(invalid="ignore", over="ignore"):
        mm = np.rint(d * 1001.0)
        valid = np.isfinite(mm) & (d > 0) & (mm <= 65535)
    out = np.zeros(d.shape, dtype=np.uint16)
    out[valid] = mm[valid].astype(np.uint16)
    return out


def x_encode_depth_mm__mutmut_18(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(depth_m, dtype=np.float64)
    with np.errstate(invalid="ignore", over="ignore"):
        mm = np.rint(d * 1000.0)
        valid = None
    out = np.zeros(d.shape, dtype=np.uint16)
    out[valid] = mm[valid].astype(np.uint16)
    return out


def x_encode_depth_mm__mutmut_19(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(depth_m, dtype=np.float64)
    with np.errstate(invalid="ignore", over="ignore"):
        mm = np.rint(d * 1000.0)
        valid = np.isfinite(mm) & (d > 0) | (mm <= 65535)
    out = np.zeros(d.shape, dtype=np.uint16)
    out[valid] = mm[valid].astype(np.uint16)
    return out


def x_encode_depth_mm__mutmut_20(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(depth_m, dtype=np.float64)
    with np.errstate(invalid="ignore", over="ignore"):
        mm = np.rint(d * 1000.0)
        valid = np.isfinite(mm) | (d > 0) & (mm <= 65535)
    out = np.zeros(d.shape, dtype=np.uint16)
    out[valid] = mm[valid].astype(np.uint16)
    return out


def x_encode_depth_mm__mutmut_21(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(depth_m, dtype=np.float64)
    with np.errstate(invalid="ignore", over="ignore"):
        mm = np.rint(d * 1000.0)
        valid = np.isfinite(None) & (d > 0) & (mm <= 65535)
    out = np.zeros(d.shape, dtype=np.uint16)
    out[valid] = mm[valid].astype(np.uint16)
    return out


def x_encode_depth_mm__mutmut_22(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(depth_m, dtype=np.float64)
    with np.errstate(invalid="ignore", over="ignore"):
        mm = np.rint(d * 1000.0)
        valid = np.isfinite(mm) & (d >= 0) & (mm <= 65535)
    out = np.zeros(d.shape, dtype=np.uint16)
    out[valid] = mm[valid].astype(np.uint16)
    return out


def x_encode_depth_mm__mutmut_23(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(depth_m, dtype=np.float64)
    with np.errstate(invalid="ignore", over="ignore"):
        mm = np.rint(d * 1000.0)
        valid = np.isfinite(mm) & (d > 1) & (mm <= 65535)
    out = np.zeros(d.shape, dtype=np.uint16)
    out[valid] = mm[valid].astype(np.uint16)
    return out


def x_encode_depth_mm__mutmut_24(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(depth_m, dtype=np.float64)
    with np.errstate(invalid="ignore", over="ignore"):
        mm = np.rint(d * 1000.0)
        valid = np.isfinite(mm) & (d > 0) & (mm < 65535)
    out = np.zeros(d.shape, dtype=np.uint16)
    out[valid] = mm[valid].astype(np.uint16)
    return out


def x_encode_depth_mm__mutmut_25(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(depth_m, dtype=np.float64)
    with np.errstate(invalid="ignore", over="ignore"):
        mm = np.rint(d * 1000.0)
        valid = np.isfinite(mm) & (d > 0) & (mm <= 65536)
    out = np.zeros(d.shape, dtype=np.uint16)
    out[valid] = mm[valid].astype(np.uint16)
    return out


def x_encode_depth_mm__mutmut_26(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(depth_m, dtype=np.float64)
    with np.errstate(invalid="ignore", over="ignore"):
        mm = np.rint(d * 1000.0)
        valid = np.isfinite(mm) & (d > 0) & (mm <= 65535)
    out = None
    out[valid] = mm[valid].astype(np.uint16)
    return out


def x_encode_depth_mm__mutmut_27(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(depth_m, dtype=np.float64)
    with np.errstate(invalid="ignore", over="ignore"):
        mm = np.rint(d * 1000.0)
        valid = np.isfinite(mm) & (d > 0) & (mm <= 65535)
    out = np.zeros(None, dtype=np.uint16)
    out[valid] = mm[valid].astype(np.uint16)
    return out


def x_encode_depth_mm__mutmut_28(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(depth_m, dtype=np.float64)
    with np.errstate(invalid="ignore", over="ignore"):
        mm = np.rint(d * 1000.0)
        valid = np.isfinite(mm) & (d > 0) & (mm <= 65535)
    out = np.zeros(d.shape, dtype=None)
    out[valid] = mm[valid].astype(np.uint16)
    return out


def x_encode_depth_mm__mutmut_29(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(depth_m, dtype=np.float64)
    with np.errstate(invalid="ignore", over="ignore"):
        mm = np.rint(d * 1000.0)
        valid = np.isfinite(mm) & (d > 0) & (mm <= 65535)
    out = np.zeros(dtype=np.uint16)
    out[valid] = mm[valid].astype(np.uint16)
    return out


def x_encode_depth_mm__mutmut_30(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(depth_m, dtype=np.float64)
    with np.errstate(invalid="ignore", over="ignore"):
        mm = np.rint(d * 1000.0)
        valid = np.isfinite(mm) & (d > 0) & (mm <= 65535)
    out = np.zeros(d.shape, )
    out[valid] = mm[valid].astype(np.uint16)
    return out


def x_encode_depth_mm__mutmut_31(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(depth_m, dtype=np.float64)
    with np.errstate(invalid="ignore", over="ignore"):
        mm = np.rint(d * 1000.0)
        valid = np.isfinite(mm) & (d > 0) & (mm <= 65535)
    out = np.zeros(d.shape, dtype=np.uint16)
    out[valid] = None
    return out


def x_encode_depth_mm__mutmut_32(depth_m: np.ndarray) -> np.ndarray:
    """Encode float metres as uint16 millimetres (``16UC1``), rounding to the nearest mm.

    Invalid pixels (0, NaN, negative) and depths beyond 65.535 m become 0.
    """
    d = np.asarray(depth_m, dtype=np.float64)
    with np.errstate(invalid="ignore", over="ignore"):
        mm = np.rint(d * 1000.0)
        valid = np.isfinite(mm) & (d > 0) & (mm <= 65535)
    out = np.zeros(d.shape, dtype=np.uint16)
    out[valid] = mm[valid].astype(None)
    return out

mutants_x_encode_depth_mm__mutmut['_mutmut_orig'] = x_encode_depth_mm__mutmut_orig # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_1'] = x_encode_depth_mm__mutmut_1 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_2'] = x_encode_depth_mm__mutmut_2 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_3'] = x_encode_depth_mm__mutmut_3 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_4'] = x_encode_depth_mm__mutmut_4 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_5'] = x_encode_depth_mm__mutmut_5 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_6'] = x_encode_depth_mm__mutmut_6 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_7'] = x_encode_depth_mm__mutmut_7 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_8'] = x_encode_depth_mm__mutmut_8 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_9'] = x_encode_depth_mm__mutmut_9 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_10'] = x_encode_depth_mm__mutmut_10 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_11'] = x_encode_depth_mm__mutmut_11 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_12'] = x_encode_depth_mm__mutmut_12 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_13'] = x_encode_depth_mm__mutmut_13 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_14'] = x_encode_depth_mm__mutmut_14 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_15'] = x_encode_depth_mm__mutmut_15 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_16'] = x_encode_depth_mm__mutmut_16 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_17'] = x_encode_depth_mm__mutmut_17 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_18'] = x_encode_depth_mm__mutmut_18 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_19'] = x_encode_depth_mm__mutmut_19 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_20'] = x_encode_depth_mm__mutmut_20 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_21'] = x_encode_depth_mm__mutmut_21 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_22'] = x_encode_depth_mm__mutmut_22 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_23'] = x_encode_depth_mm__mutmut_23 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_24'] = x_encode_depth_mm__mutmut_24 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_25'] = x_encode_depth_mm__mutmut_25 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_26'] = x_encode_depth_mm__mutmut_26 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_27'] = x_encode_depth_mm__mutmut_27 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_28'] = x_encode_depth_mm__mutmut_28 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_29'] = x_encode_depth_mm__mutmut_29 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_30'] = x_encode_depth_mm__mutmut_30 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_31'] = x_encode_depth_mm__mutmut_31 # type: ignore # mutmut generated
mutants_x_encode_depth_mm__mutmut['x_encode_depth_mm__mutmut_32'] = x_encode_depth_mm__mutmut_32 # type: ignore # mutmut generated
mutants_x_valid_depth__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_valid_depth__mutmut)
def valid_depth(depth: np.ndarray) -> np.ndarray:
    """Boolean mask of valid depth pixels (finite and > 0)."""
    d = np.asarray(depth)
    return np.isfinite(d) & (d > 0)


def x_valid_depth__mutmut_orig(depth: np.ndarray) -> np.ndarray:
    """Boolean mask of valid depth pixels (finite and > 0)."""
    d = np.asarray(depth)
    return np.isfinite(d) & (d > 0)


def x_valid_depth__mutmut_1(depth: np.ndarray) -> np.ndarray:
    """Boolean mask of valid depth pixels (finite and > 0)."""
    d = None
    return np.isfinite(d) & (d > 0)


def x_valid_depth__mutmut_2(depth: np.ndarray) -> np.ndarray:
    """Boolean mask of valid depth pixels (finite and > 0)."""
    d = np.asarray(None)
    return np.isfinite(d) & (d > 0)


def x_valid_depth__mutmut_3(depth: np.ndarray) -> np.ndarray:
    """Boolean mask of valid depth pixels (finite and > 0)."""
    d = np.asarray(depth)
    return np.isfinite(d) | (d > 0)


def x_valid_depth__mutmut_4(depth: np.ndarray) -> np.ndarray:
    """Boolean mask of valid depth pixels (finite and > 0)."""
    d = np.asarray(depth)
    return np.isfinite(None) & (d > 0)


def x_valid_depth__mutmut_5(depth: np.ndarray) -> np.ndarray:
    """Boolean mask of valid depth pixels (finite and > 0)."""
    d = np.asarray(depth)
    return np.isfinite(d) & (d >= 0)


def x_valid_depth__mutmut_6(depth: np.ndarray) -> np.ndarray:
    """Boolean mask of valid depth pixels (finite and > 0)."""
    d = np.asarray(depth)
    return np.isfinite(d) & (d > 1)

mutants_x_valid_depth__mutmut['_mutmut_orig'] = x_valid_depth__mutmut_orig # type: ignore # mutmut generated
mutants_x_valid_depth__mutmut['x_valid_depth__mutmut_1'] = x_valid_depth__mutmut_1 # type: ignore # mutmut generated
mutants_x_valid_depth__mutmut['x_valid_depth__mutmut_2'] = x_valid_depth__mutmut_2 # type: ignore # mutmut generated
mutants_x_valid_depth__mutmut['x_valid_depth__mutmut_3'] = x_valid_depth__mutmut_3 # type: ignore # mutmut generated
mutants_x_valid_depth__mutmut['x_valid_depth__mutmut_4'] = x_valid_depth__mutmut_4 # type: ignore # mutmut generated
mutants_x_valid_depth__mutmut['x_valid_depth__mutmut_5'] = x_valid_depth__mutmut_5 # type: ignore # mutmut generated
mutants_x_valid_depth__mutmut['x_valid_depth__mutmut_6'] = x_valid_depth__mutmut_6 # type: ignore # mutmut generated
mutants_x_pixel_rays__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_pixel_rays__mutmut)
def pixel_rays(intrinsics: CameraIntrinsics, u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Normalised image coordinates ``((u - cx) / fx, (v - cy) / fy)`` of pixels (u, v).

    A point at depth z on the ray of (u, v) is ``(x * z, y * z, z)`` in the optical frame.
    """
    x = (np.asarray(u, dtype=np.float64) - intrinsics.cx) / intrinsics.fx
    y = (np.asarray(v, dtype=np.float64) - intrinsics.cy) / intrinsics.fy
    return x, y


def x_pixel_rays__mutmut_orig(intrinsics: CameraIntrinsics, u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Normalised image coordinates ``((u - cx) / fx, (v - cy) / fy)`` of pixels (u, v).

    A point at depth z on the ray of (u, v) is ``(x * z, y * z, z)`` in the optical frame.
    """
    x = (np.asarray(u, dtype=np.float64) - intrinsics.cx) / intrinsics.fx
    y = (np.asarray(v, dtype=np.float64) - intrinsics.cy) / intrinsics.fy
    return x, y


def x_pixel_rays__mutmut_1(intrinsics: CameraIntrinsics, u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Normalised image coordinates ``((u - cx) / fx, (v - cy) / fy)`` of pixels (u, v).

    A point at depth z on the ray of (u, v) is ``(x * z, y * z, z)`` in the optical frame.
    """
    x = None
    y = (np.asarray(v, dtype=np.float64) - intrinsics.cy) / intrinsics.fy
    return x, y


def x_pixel_rays__mutmut_2(intrinsics: CameraIntrinsics, u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Normalised image coordinates ``((u - cx) / fx, (v - cy) / fy)`` of pixels (u, v).

    A point at depth z on the ray of (u, v) is ``(x * z, y * z, z)`` in the optical frame.
    """
    x = (np.asarray(u, dtype=np.float64) - intrinsics.cx) * intrinsics.fx
    y = (np.asarray(v, dtype=np.float64) - intrinsics.cy) / intrinsics.fy
    return x, y


def x_pixel_rays__mutmut_3(intrinsics: CameraIntrinsics, u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Normalised image coordinates ``((u - cx) / fx, (v - cy) / fy)`` of pixels (u, v).

    A point at depth z on the ray of (u, v) is ``(x * z, y * z, z)`` in the optical frame.
    """
    x = (np.asarray(u, dtype=np.float64) + intrinsics.cx) / intrinsics.fx
    y = (np.asarray(v, dtype=np.float64) - intrinsics.cy) / intrinsics.fy
    return x, y


def x_pixel_rays__mutmut_4(intrinsics: CameraIntrinsics, u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Normalised image coordinates ``((u - cx) / fx, (v - cy) / fy)`` of pixels (u, v).

    A point at depth z on the ray of (u, v) is ``(x * z, y * z, z)`` in the optical frame.
    """
    x = (np.asarray(None, dtype=np.float64) - intrinsics.cx) / intrinsics.fx
    y = (np.asarray(v, dtype=np.float64) - intrinsics.cy) / intrinsics.fy
    return x, y


def x_pixel_rays__mutmut_5(intrinsics: CameraIntrinsics, u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Normalised image coordinates ``((u - cx) / fx, (v - cy) / fy)`` of pixels (u, v).

    A point at depth z on the ray of (u, v) is ``(x * z, y * z, z)`` in the optical frame.
    """
    x = (np.asarray(u, dtype=None) - intrinsics.cx) / intrinsics.fx
    y = (np.asarray(v, dtype=np.float64) - intrinsics.cy) / intrinsics.fy
    return x, y


def x_pixel_rays__mutmut_6(intrinsics: CameraIntrinsics, u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Normalised image coordinates ``((u - cx) / fx, (v - cy) / fy)`` of pixels (u, v).

    A point at depth z on the ray of (u, v) is ``(x * z, y * z, z)`` in the optical frame.
    """
    x = (np.asarray(dtype=np.float64) - intrinsics.cx) / intrinsics.fx
    y = (np.asarray(v, dtype=np.float64) - intrinsics.cy) / intrinsics.fy
    return x, y


def x_pixel_rays__mutmut_7(intrinsics: CameraIntrinsics, u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Normalised image coordinates ``((u - cx) / fx, (v - cy) / fy)`` of pixels (u, v).

    A point at depth z on the ray of (u, v) is ``(x * z, y * z, z)`` in the optical frame.
    """
    x = (np.asarray(u, ) - intrinsics.cx) / intrinsics.fx
    y = (np.asarray(v, dtype=np.float64) - intrinsics.cy) / intrinsics.fy
    return x, y


def x_pixel_rays__mutmut_8(intrinsics: CameraIntrinsics, u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Normalised image coordinates ``((u - cx) / fx, (v - cy) / fy)`` of pixels (u, v).

    A point at depth z on the ray of (u, v) is ``(x * z, y * z, z)`` in the optical frame.
    """
    x = (np.asarray(u, dtype=np.float64) - intrinsics.cx) / intrinsics.fx
    y = None
    return x, y


def x_pixel_rays__mutmut_9(intrinsics: CameraIntrinsics, u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Normalised image coordinates ``((u - cx) / fx, (v - cy) / fy)`` of pixels (u, v).

    A point at depth z on the ray of (u, v) is ``(x * z, y * z, z)`` in the optical frame.
    """
    x = (np.asarray(u, dtype=np.float64) - intrinsics.cx) / intrinsics.fx
    y = (np.asarray(v, dtype=np.float64) - intrinsics.cy) * intrinsics.fy
    return x, y


def x_pixel_rays__mutmut_10(intrinsics: CameraIntrinsics, u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Normalised image coordinates ``((u - cx) / fx, (v - cy) / fy)`` of pixels (u, v).

    A point at depth z on the ray of (u, v) is ``(x * z, y * z, z)`` in the optical frame.
    """
    x = (np.asarray(u, dtype=np.float64) - intrinsics.cx) / intrinsics.fx
    y = (np.asarray(v, dtype=np.float64) + intrinsics.cy) / intrinsics.fy
    return x, y


def x_pixel_rays__mutmut_11(intrinsics: CameraIntrinsics, u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Normalised image coordinates ``((u - cx) / fx, (v - cy) / fy)`` of pixels (u, v).

    A point at depth z on the ray of (u, v) is ``(x * z, y * z, z)`` in the optical frame.
    """
    x = (np.asarray(u, dtype=np.float64) - intrinsics.cx) / intrinsics.fx
    y = (np.asarray(None, dtype=np.float64) - intrinsics.cy) / intrinsics.fy
    return x, y


def x_pixel_rays__mutmut_12(intrinsics: CameraIntrinsics, u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Normalised image coordinates ``((u - cx) / fx, (v - cy) / fy)`` of pixels (u, v).

    A point at depth z on the ray of (u, v) is ``(x * z, y * z, z)`` in the optical frame.
    """
    x = (np.asarray(u, dtype=np.float64) - intrinsics.cx) / intrinsics.fx
    y = (np.asarray(v, dtype=None) - intrinsics.cy) / intrinsics.fy
    return x, y


def x_pixel_rays__mutmut_13(intrinsics: CameraIntrinsics, u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Normalised image coordinates ``((u - cx) / fx, (v - cy) / fy)`` of pixels (u, v).

    A point at depth z on the ray of (u, v) is ``(x * z, y * z, z)`` in the optical frame.
    """
    x = (np.asarray(u, dtype=np.float64) - intrinsics.cx) / intrinsics.fx
    y = (np.asarray(dtype=np.float64) - intrinsics.cy) / intrinsics.fy
    return x, y


def x_pixel_rays__mutmut_14(intrinsics: CameraIntrinsics, u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Normalised image coordinates ``((u - cx) / fx, (v - cy) / fy)`` of pixels (u, v).

    A point at depth z on the ray of (u, v) is ``(x * z, y * z, z)`` in the optical frame.
    """
    x = (np.asarray(u, dtype=np.float64) - intrinsics.cx) / intrinsics.fx
    y = (np.asarray(v, ) - intrinsics.cy) / intrinsics.fy
    return x, y

mutants_x_pixel_rays__mutmut['_mutmut_orig'] = x_pixel_rays__mutmut_orig # type: ignore # mutmut generated
mutants_x_pixel_rays__mutmut['x_pixel_rays__mutmut_1'] = x_pixel_rays__mutmut_1 # type: ignore # mutmut generated
mutants_x_pixel_rays__mutmut['x_pixel_rays__mutmut_2'] = x_pixel_rays__mutmut_2 # type: ignore # mutmut generated
mutants_x_pixel_rays__mutmut['x_pixel_rays__mutmut_3'] = x_pixel_rays__mutmut_3 # type: ignore # mutmut generated
mutants_x_pixel_rays__mutmut['x_pixel_rays__mutmut_4'] = x_pixel_rays__mutmut_4 # type: ignore # mutmut generated
mutants_x_pixel_rays__mutmut['x_pixel_rays__mutmut_5'] = x_pixel_rays__mutmut_5 # type: ignore # mutmut generated
mutants_x_pixel_rays__mutmut['x_pixel_rays__mutmut_6'] = x_pixel_rays__mutmut_6 # type: ignore # mutmut generated
mutants_x_pixel_rays__mutmut['x_pixel_rays__mutmut_7'] = x_pixel_rays__mutmut_7 # type: ignore # mutmut generated
mutants_x_pixel_rays__mutmut['x_pixel_rays__mutmut_8'] = x_pixel_rays__mutmut_8 # type: ignore # mutmut generated
mutants_x_pixel_rays__mutmut['x_pixel_rays__mutmut_9'] = x_pixel_rays__mutmut_9 # type: ignore # mutmut generated
mutants_x_pixel_rays__mutmut['x_pixel_rays__mutmut_10'] = x_pixel_rays__mutmut_10 # type: ignore # mutmut generated
mutants_x_pixel_rays__mutmut['x_pixel_rays__mutmut_11'] = x_pixel_rays__mutmut_11 # type: ignore # mutmut generated
mutants_x_pixel_rays__mutmut['x_pixel_rays__mutmut_12'] = x_pixel_rays__mutmut_12 # type: ignore # mutmut generated
mutants_x_pixel_rays__mutmut['x_pixel_rays__mutmut_13'] = x_pixel_rays__mutmut_13 # type: ignore # mutmut generated
mutants_x_pixel_rays__mutmut['x_pixel_rays__mutmut_14'] = x_pixel_rays__mutmut_14 # type: ignore # mutmut generated
mutants_x_backproject_pixels__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_backproject_pixels__mutmut)
def backproject_pixels(
    depth: np.ndarray, intrinsics: CameraIntrinsics, rows: np.ndarray, cols: np.ndarray
) -> np.ndarray:
    """(N, 3) optical-frame points of the given pixels (rows = v, cols = u); no validity test."""
    z = np.asarray(depth)[rows, cols].astype(np.float64)
    x, y = pixel_rays(intrinsics, cols, rows)
    return np.column_stack([x * z, y * z, z])


def x_backproject_pixels__mutmut_orig(
    depth: np.ndarray, intrinsics: CameraIntrinsics, rows: np.ndarray, cols: np.ndarray
) -> np.ndarray:
    """(N, 3) optical-frame points of the given pixels (rows = v, cols = u); no validity test."""
    z = np.asarray(depth)[rows, cols].astype(np.float64)
    x, y = pixel_rays(intrinsics, cols, rows)
    return np.column_stack([x * z, y * z, z])


def x_backproject_pixels__mutmut_1(
    depth: np.ndarray, intrinsics: CameraIntrinsics, rows: np.ndarray, cols: np.ndarray
) -> np.ndarray:
    """(N, 3) optical-frame points of the given pixels (rows = v, cols = u); no validity test."""
    z = None
    x, y = pixel_rays(intrinsics, cols, rows)
    return np.column_stack([x * z, y * z, z])


def x_backproject_pixels__mutmut_2(
    depth: np.ndarray, intrinsics: CameraIntrinsics, rows: np.ndarray, cols: np.ndarray
) -> np.ndarray:
    """(N, 3) optical-frame points of the given pixels (rows = v, cols = u); no validity test."""
    z = np.asarray(depth)[rows, cols].astype(None)
    x, y = pixel_rays(intrinsics, cols, rows)
    return np.column_stack([x * z, y * z, z])


def x_backproject_pixels__mutmut_3(
    depth: np.ndarray, intrinsics: CameraIntrinsics, rows: np.ndarray, cols: np.ndarray
) -> np.ndarray:
    """(N, 3) optical-frame points of the given pixels (rows = v, cols = u); no validity test."""
    z = np.asarray(None)[rows, cols].astype(np.float64)
    x, y = pixel_rays(intrinsics, cols, rows)
    return np.column_stack([x * z, y * z, z])


def x_backproject_pixels__mutmut_4(
    depth: np.ndarray, intrinsics: CameraIntrinsics, rows: np.ndarray, cols: np.ndarray
) -> np.ndarray:
    """(N, 3) optical-frame points of the given pixels (rows = v, cols = u); no validity test."""
    z = np.asarray(depth)[rows, cols].astype(np.float64)
    x, y = None
    return np.column_stack([x * z, y * z, z])


def x_backproject_pixels__mutmut_5(
    depth: np.ndarray, intrinsics: CameraIntrinsics, rows: np.ndarray, cols: np.ndarray
) -> np.ndarray:
    """(N, 3) optical-frame points of the given pixels (rows = v, cols = u); no validity test."""
    z = np.asarray(depth)[rows, cols].astype(np.float64)
    x, y = pixel_rays(None, cols, rows)
    return np.column_stack([x * z, y * z, z])


def x_backproject_pixels__mutmut_6(
    depth: np.ndarray, intrinsics: CameraIntrinsics, rows: np.ndarray, cols: np.ndarray
) -> np.ndarray:
    """(N, 3) optical-frame points of the given pixels (rows = v, cols = u); no validity test."""
    z = np.asarray(depth)[rows, cols].astype(np.float64)
    x, y = pixel_rays(intrinsics, None, rows)
    return np.column_stack([x * z, y * z, z])


def x_backproject_pixels__mutmut_7(
    depth: np.ndarray, intrinsics: CameraIntrinsics, rows: np.ndarray, cols: np.ndarray
) -> np.ndarray:
    """(N, 3) optical-frame points of the given pixels (rows = v, cols = u); no validity test."""
    z = np.asarray(depth)[rows, cols].astype(np.float64)
    x, y = pixel_rays(intrinsics, cols, None)
    return np.column_stack([x * z, y * z, z])


def x_backproject_pixels__mutmut_8(
    depth: np.ndarray, intrinsics: CameraIntrinsics, rows: np.ndarray, cols: np.ndarray
) -> np.ndarray:
    """(N, 3) optical-frame points of the given pixels (rows = v, cols = u); no validity test."""
    z = np.asarray(depth)[rows, cols].astype(np.float64)
    x, y = pixel_rays(cols, rows)
    return np.column_stack([x * z, y * z, z])


def x_backproject_pixels__mutmut_9(
    depth: np.ndarray, intrinsics: CameraIntrinsics, rows: np.ndarray, cols: np.ndarray
) -> np.ndarray:
    """(N, 3) optical-frame points of the given pixels (rows = v, cols = u); no validity test."""
    z = np.asarray(depth)[rows, cols].astype(np.float64)
    x, y = pixel_rays(intrinsics, rows)
    return np.column_stack([x * z, y * z, z])


def x_backproject_pixels__mutmut_10(
    depth: np.ndarray, intrinsics: CameraIntrinsics, rows: np.ndarray, cols: np.ndarray
) -> np.ndarray:
    """(N, 3) optical-frame points of the given pixels (rows = v, cols = u); no validity test."""
    z = np.asarray(depth)[rows, cols].astype(np.float64)
    x, y = pixel_rays(intrinsics, cols, )
    return np.column_stack([x * z, y * z, z])


def x_backproject_pixels__mutmut_11(
    depth: np.ndarray, intrinsics: CameraIntrinsics, rows: np.ndarray, cols: np.ndarray
) -> np.ndarray:
    """(N, 3) optical-frame points of the given pixels (rows = v, cols = u); no validity test."""
    z = np.asarray(depth)[rows, cols].astype(np.float64)
    x, y = pixel_rays(intrinsics, cols, rows)
    return np.column_stack(None)


def x_backproject_pixels__mutmut_12(
    depth: np.ndarray, intrinsics: CameraIntrinsics, rows: np.ndarray, cols: np.ndarray
) -> np.ndarray:
    """(N, 3) optical-frame points of the given pixels (rows = v, cols = u); no validity test."""
    z = np.asarray(depth)[rows, cols].astype(np.float64)
    x, y = pixel_rays(intrinsics, cols, rows)
    return np.column_stack([x / z, y * z, z])


def x_backproject_pixels__mutmut_13(
    depth: np.ndarray, intrinsics: CameraIntrinsics, rows: np.ndarray, cols: np.ndarray
) -> np.ndarray:
    """(N, 3) optical-frame points of the given pixels (rows = v, cols = u); no validity test."""
    z = np.asarray(depth)[rows, cols].astype(np.float64)
    x, y = pixel_rays(intrinsics, cols, rows)
    return np.column_stack([x * z, y / z, z])

mutants_x_backproject_pixels__mutmut['_mutmut_orig'] = x_backproject_pixels__mutmut_orig # type: ignore # mutmut generated
mutants_x_backproject_pixels__mutmut['x_backproject_pixels__mutmut_1'] = x_backproject_pixels__mutmut_1 # type: ignore # mutmut generated
mutants_x_backproject_pixels__mutmut['x_backproject_pixels__mutmut_2'] = x_backproject_pixels__mutmut_2 # type: ignore # mutmut generated
mutants_x_backproject_pixels__mutmut['x_backproject_pixels__mutmut_3'] = x_backproject_pixels__mutmut_3 # type: ignore # mutmut generated
mutants_x_backproject_pixels__mutmut['x_backproject_pixels__mutmut_4'] = x_backproject_pixels__mutmut_4 # type: ignore # mutmut generated
mutants_x_backproject_pixels__mutmut['x_backproject_pixels__mutmut_5'] = x_backproject_pixels__mutmut_5 # type: ignore # mutmut generated
mutants_x_backproject_pixels__mutmut['x_backproject_pixels__mutmut_6'] = x_backproject_pixels__mutmut_6 # type: ignore # mutmut generated
mutants_x_backproject_pixels__mutmut['x_backproject_pixels__mutmut_7'] = x_backproject_pixels__mutmut_7 # type: ignore # mutmut generated
mutants_x_backproject_pixels__mutmut['x_backproject_pixels__mutmut_8'] = x_backproject_pixels__mutmut_8 # type: ignore # mutmut generated
mutants_x_backproject_pixels__mutmut['x_backproject_pixels__mutmut_9'] = x_backproject_pixels__mutmut_9 # type: ignore # mutmut generated
mutants_x_backproject_pixels__mutmut['x_backproject_pixels__mutmut_10'] = x_backproject_pixels__mutmut_10 # type: ignore # mutmut generated
mutants_x_backproject_pixels__mutmut['x_backproject_pixels__mutmut_11'] = x_backproject_pixels__mutmut_11 # type: ignore # mutmut generated
mutants_x_backproject_pixels__mutmut['x_backproject_pixels__mutmut_12'] = x_backproject_pixels__mutmut_12 # type: ignore # mutmut generated
mutants_x_backproject_pixels__mutmut['x_backproject_pixels__mutmut_13'] = x_backproject_pixels__mutmut_13 # type: ignore # mutmut generated
mutants_x_backproject__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_backproject__mutmut)
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


def x_backproject__mutmut_orig(
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


def x_backproject__mutmut_1(
    depth: np.ndarray, intrinsics: CameraIntrinsics, mask: np.ndarray | None = None
) -> np.ndarray:
    """(N, 3) optical-frame points (metres) of the valid pixels, optionally within ``mask``.

    Points are ordered row-major (as ``np.nonzero`` returns pixels).
    """
    d = None
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


def x_backproject__mutmut_2(
    depth: np.ndarray, intrinsics: CameraIntrinsics, mask: np.ndarray | None = None
) -> np.ndarray:
    """(N, 3) optical-frame points (metres) of the valid pixels, optionally within ``mask``.

    Points are ordered row-major (as ``np.nonzero`` returns pixels).
    """
    d = np.asarray(None)
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


def x_backproject__mutmut_3(
    depth: np.ndarray, intrinsics: CameraIntrinsics, mask: np.ndarray | None = None
) -> np.ndarray:
    """(N, 3) optical-frame points (metres) of the valid pixels, optionally within ``mask``.

    Points are ordered row-major (as ``np.nonzero`` returns pixels).
    """
    d = np.asarray(depth)
    if d.shape == (intrinsics.height, intrinsics.width):
        raise InputError(
            f"depth image is {d.shape[1] if d.ndim > 1 else '?'}x{d.shape[0]} "
            f"but camera info says {intrinsics.width}x{intrinsics.height}"
        )
    keep = valid_depth(d)
    if mask is not None:
        keep &= np.asarray(mask, dtype=bool)
    rows, cols = np.nonzero(keep)
    return backproject_pixels(d, intrinsics, rows, cols)


def x_backproject__mutmut_4(
    depth: np.ndarray, intrinsics: CameraIntrinsics, mask: np.ndarray | None = None
) -> np.ndarray:
    """(N, 3) optical-frame points (metres) of the valid pixels, optionally within ``mask``.

    Points are ordered row-major (as ``np.nonzero`` returns pixels).
    """
    d = np.asarray(depth)
    if d.shape != (intrinsics.height, intrinsics.width):
        raise InputError(
            None
        )
    keep = valid_depth(d)
    if mask is not None:
        keep &= np.asarray(mask, dtype=bool)
    rows, cols = np.nonzero(keep)
    return backproject_pixels(d, intrinsics, rows, cols)


def x_backproject__mutmut_5(
    depth: np.ndarray, intrinsics: CameraIntrinsics, mask: np.ndarray | None = None
) -> np.ndarray:
    """(N, 3) optical-frame points (metres) of the valid pixels, optionally within ``mask``.

    Points are ordered row-major (as ``np.nonzero`` returns pixels).
    """
    d = np.asarray(depth)
    if d.shape != (intrinsics.height, intrinsics.width):
        raise InputError(
            f"depth image is {d.shape[1] if (d.ndim > 1) and False else '?'}x{d.shape[0]} "
            f"but camera info says {intrinsics.width}x{intrinsics.height}"
        )
    keep = valid_depth(d)
    if mask is not None:
        keep &= np.asarray(mask, dtype=bool)
    rows, cols = np.nonzero(keep)
    return backproject_pixels(d, intrinsics, rows, cols)


def x_backproject__mutmut_6(
    depth: np.ndarray, intrinsics: CameraIntrinsics, mask: np.ndarray | None = None
) -> np.ndarray:
    """(N, 3) optical-frame points (metres) of the valid pixels, optionally within ``mask``.

    Points are ordered row-major (as ``np.nonzero`` returns pixels).
    """
    d = np.asarray(depth)
    if d.shape != (intrinsics.height, intrinsics.width):
        raise InputError(
            f"depth image is {d.shape[1] if (d.ndim > 1) or True else '?'}x{d.shape[0]} "
            f"but camera info says {intrinsics.width}x{intrinsics.height}"
        )
    keep = valid_depth(d)
    if mask is not None:
        keep &= np.asarray(mask, dtype=bool)
    rows, cols = np.nonzero(keep)
    return backproject_pixels(d, intrinsics, rows, cols)


def x_backproject__mutmut_7(
    depth: np.ndarray, intrinsics: CameraIntrinsics, mask: np.ndarray | None = None
) -> np.ndarray:
    """(N, 3) optical-frame points (metres) of the valid pixels, optionally within ``mask``.

    Points are ordered row-major (as ``np.nonzero`` returns pixels).
    """
    d = np.asarray(depth)
    if d.shape != (intrinsics.height, intrinsics.width):
        raise InputError(
            f"depth image is {d.shape[2] if d.ndim > 1 else '?'}x{d.shape[0]} "
            f"but camera info says {intrinsics.width}x{intrinsics.height}"
        )
    keep = valid_depth(d)
    if mask is not None:
        keep &= np.asarray(mask, dtype=bool)
    rows, cols = np.nonzero(keep)
    return backproject_pixels(d, intrinsics, rows, cols)


def x_backproject__mutmut_8(
    depth: np.ndarray, intrinsics: CameraIntrinsics, mask: np.ndarray | None = None
) -> np.ndarray:
    """(N, 3) optical-frame points (metres) of the valid pixels, optionally within ``mask``.

    Points are ordered row-major (as ``np.nonzero`` returns pixels).
    """
    d = np.asarray(depth)
    if d.shape != (intrinsics.height, intrinsics.width):
        raise InputError(
            f"depth image is {d.shape[1] if d.ndim >= 1 else '?'}x{d.shape[0]} "
            f"but camera info says {intrinsics.width}x{intrinsics.height}"
        )
    keep = valid_depth(d)
    if mask is not None:
        keep &= np.asarray(mask, dtype=bool)
    rows, cols = np.nonzero(keep)
    return backproject_pixels(d, intrinsics, rows, cols)


def x_backproject__mutmut_9(
    depth: np.ndarray, intrinsics: CameraIntrinsics, mask: np.ndarray | None = None
) -> np.ndarray:
    """(N, 3) optical-frame points (metres) of the valid pixels, optionally within ``mask``.

    Points are ordered row-major (as ``np.nonzero`` returns pixels).
    """
    d = np.asarray(depth)
    if d.shape != (intrinsics.height, intrinsics.width):
        raise InputError(
            f"depth image is {d.shape[1] if d.ndim > 2 else '?'}x{d.shape[0]} "
            f"but camera info says {intrinsics.width}x{intrinsics.height}"
        )
    keep = valid_depth(d)
    if mask is not None:
        keep &= np.asarray(mask, dtype=bool)
    rows, cols = np.nonzero(keep)
    return backproject_pixels(d, intrinsics, rows, cols)


def x_backproject__mutmut_10(
    depth: np.ndarray, intrinsics: CameraIntrinsics, mask: np.ndarray | None = None
) -> np.ndarray:
    """(N, 3) optical-frame points (metres) of the valid pixels, optionally within ``mask``.

    Points are ordered row-major (as ``np.nonzero`` returns pixels).
    """
    d = np.asarray(depth)
    if d.shape != (intrinsics.height, intrinsics.width):
        raise InputError(
            f"depth image is {d.shape[1] if d.ndim > 1 else 'XX?XX'}x{d.shape[0]} "
            f"but camera info says {intrinsics.width}x{intrinsics.height}"
        )
    keep = valid_depth(d)
    if mask is not None:
        keep &= np.asarray(mask, dtype=bool)
    rows, cols = np.nonzero(keep)
    return backproject_pixels(d, intrinsics, rows, cols)


def x_backproject__mutmut_11(
    depth: np.ndarray, intrinsics: CameraIntrinsics, mask: np.ndarray | None = None
) -> np.ndarray:
    """(N, 3) optical-frame points (metres) of the valid pixels, optionally within ``mask``.

    Points are ordered row-major (as ``np.nonzero`` returns pixels).
    """
    d = np.asarray(depth)
    if d.shape != (intrinsics.height, intrinsics.width):
        raise InputError(
            f"depth image is {d.shape[1] if d.ndim > 1 else '?'}x{d.shape[1]} "
            f"but camera info says {intrinsics.width}x{intrinsics.height}"
        )
    keep = valid_depth(d)
    if mask is not None:
        keep &= np.asarray(mask, dtype=bool)
    rows, cols = np.nonzero(keep)
    return backproject_pixels(d, intrinsics, rows, cols)


def x_backproject__mutmut_12(
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
    keep = None
    if mask is not None:
        keep &= np.asarray(mask, dtype=bool)
    rows, cols = np.nonzero(keep)
    return backproject_pixels(d, intrinsics, rows, cols)


def x_backproject__mutmut_13(
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
    keep = valid_depth(None)
    if mask is not None:
        keep &= np.asarray(mask, dtype=bool)
    rows, cols = np.nonzero(keep)
    return backproject_pixels(d, intrinsics, rows, cols)


def x_backproject__mutmut_14(
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
    if mask is None:
        keep &= np.asarray(mask, dtype=bool)
    rows, cols = np.nonzero(keep)
    return backproject_pixels(d, intrinsics, rows, cols)


def x_backproject__mutmut_15(
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
        keep = np.asarray(mask, dtype=bool)
    rows, cols = np.nonzero(keep)
    return backproject_pixels(d, intrinsics, rows, cols)


def x_backproject__mutmut_16(
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
        keep |= np.asarray(mask, dtype=bool)
    rows, cols = np.nonzero(keep)
    return backproject_pixels(d, intrinsics, rows, cols)


def x_backproject__mutmut_17(
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
        keep &= np.asarray(None, dtype=bool)
    rows, cols = np.nonzero(keep)
    return backproject_pixels(d, intrinsics, rows, cols)


def x_backproject__mutmut_18(
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
        keep &= np.asarray(mask, dtype=None)
    rows, cols = np.nonzero(keep)
    return backproject_pixels(d, intrinsics, rows, cols)


def x_backproject__mutmut_19(
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
        keep &= np.asarray(dtype=bool)
    rows, cols = np.nonzero(keep)
    return backproject_pixels(d, intrinsics, rows, cols)


def x_backproject__mutmut_20(
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
        keep &= np.asarray(mask, )
    rows, cols = np.nonzero(keep)
    return backproject_pixels(d, intrinsics, rows, cols)


def x_backproject__mutmut_21(
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
    rows, cols = None
    return backproject_pixels(d, intrinsics, rows, cols)


def x_backproject__mutmut_22(
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
    rows, cols = np.nonzero(None)
    return backproject_pixels(d, intrinsics, rows, cols)


def x_backproject__mutmut_23(
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
    return backproject_pixels(None, intrinsics, rows, cols)


def x_backproject__mutmut_24(
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
    return backproject_pixels(d, None, rows, cols)


def x_backproject__mutmut_25(
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
    return backproject_pixels(d, intrinsics, None, cols)


def x_backproject__mutmut_26(
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
    return backproject_pixels(d, intrinsics, rows, None)


def x_backproject__mutmut_27(
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
    return backproject_pixels(intrinsics, rows, cols)


def x_backproject__mutmut_28(
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
    return backproject_pixels(d, rows, cols)


def x_backproject__mutmut_29(
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
    return backproject_pixels(d, intrinsics, cols)


def x_backproject__mutmut_30(
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
    return backproject_pixels(d, intrinsics, rows, )

mutants_x_backproject__mutmut['_mutmut_orig'] = x_backproject__mutmut_orig # type: ignore # mutmut generated
mutants_x_backproject__mutmut['x_backproject__mutmut_1'] = x_backproject__mutmut_1 # type: ignore # mutmut generated
mutants_x_backproject__mutmut['x_backproject__mutmut_2'] = x_backproject__mutmut_2 # type: ignore # mutmut generated
mutants_x_backproject__mutmut['x_backproject__mutmut_3'] = x_backproject__mutmut_3 # type: ignore # mutmut generated
mutants_x_backproject__mutmut['x_backproject__mutmut_4'] = x_backproject__mutmut_4 # type: ignore # mutmut generated
mutants_x_backproject__mutmut['x_backproject__mutmut_5'] = x_backproject__mutmut_5 # type: ignore # mutmut generated
mutants_x_backproject__mutmut['x_backproject__mutmut_6'] = x_backproject__mutmut_6 # type: ignore # mutmut generated
mutants_x_backproject__mutmut['x_backproject__mutmut_7'] = x_backproject__mutmut_7 # type: ignore # mutmut generated
mutants_x_backproject__mutmut['x_backproject__mutmut_8'] = x_backproject__mutmut_8 # type: ignore # mutmut generated
mutants_x_backproject__mutmut['x_backproject__mutmut_9'] = x_backproject__mutmut_9 # type: ignore # mutmut generated
mutants_x_backproject__mutmut['x_backproject__mutmut_10'] = x_backproject__mutmut_10 # type: ignore # mutmut generated
mutants_x_backproject__mutmut['x_backproject__mutmut_11'] = x_backproject__mutmut_11 # type: ignore # mutmut generated
mutants_x_backproject__mutmut['x_backproject__mutmut_12'] = x_backproject__mutmut_12 # type: ignore # mutmut generated
mutants_x_backproject__mutmut['x_backproject__mutmut_13'] = x_backproject__mutmut_13 # type: ignore # mutmut generated
mutants_x_backproject__mutmut['x_backproject__mutmut_14'] = x_backproject__mutmut_14 # type: ignore # mutmut generated
mutants_x_backproject__mutmut['x_backproject__mutmut_15'] = x_backproject__mutmut_15 # type: ignore # mutmut generated
mutants_x_backproject__mutmut['x_backproject__mutmut_16'] = x_backproject__mutmut_16 # type: ignore # mutmut generated
mutants_x_backproject__mutmut['x_backproject__mutmut_17'] = x_backproject__mutmut_17 # type: ignore # mutmut generated
mutants_x_backproject__mutmut['x_backproject__mutmut_18'] = x_backproject__mutmut_18 # type: ignore # mutmut generated
mutants_x_backproject__mutmut['x_backproject__mutmut_19'] = x_backproject__mutmut_19 # type: ignore # mutmut generated
mutants_x_backproject__mutmut['x_backproject__mutmut_20'] = x_backproject__mutmut_20 # type: ignore # mutmut generated
mutants_x_backproject__mutmut['x_backproject__mutmut_21'] = x_backproject__mutmut_21 # type: ignore # mutmut generated
mutants_x_backproject__mutmut['x_backproject__mutmut_22'] = x_backproject__mutmut_22 # type: ignore # mutmut generated
mutants_x_backproject__mutmut['x_backproject__mutmut_23'] = x_backproject__mutmut_23 # type: ignore # mutmut generated
mutants_x_backproject__mutmut['x_backproject__mutmut_24'] = x_backproject__mutmut_24 # type: ignore # mutmut generated
mutants_x_backproject__mutmut['x_backproject__mutmut_25'] = x_backproject__mutmut_25 # type: ignore # mutmut generated
mutants_x_backproject__mutmut['x_backproject__mutmut_26'] = x_backproject__mutmut_26 # type: ignore # mutmut generated
mutants_x_backproject__mutmut['x_backproject__mutmut_27'] = x_backproject__mutmut_27 # type: ignore # mutmut generated
mutants_x_backproject__mutmut['x_backproject__mutmut_28'] = x_backproject__mutmut_28 # type: ignore # mutmut generated
mutants_x_backproject__mutmut['x_backproject__mutmut_29'] = x_backproject__mutmut_29 # type: ignore # mutmut generated
mutants_x_backproject__mutmut['x_backproject__mutmut_30'] = x_backproject__mutmut_30 # type: ignore # mutmut generated
mutants_x_project__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_project__mutmut)
def project(points_optical: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray:
    """(N, 2) pixel coordinates (u, v) of optical-frame points (z must be > 0)."""
    p = np.asarray(points_optical, dtype=np.float64).reshape(-1, 3)
    u = intrinsics.fx * p[:, 0] / p[:, 2] + intrinsics.cx
    v = intrinsics.fy * p[:, 1] / p[:, 2] + intrinsics.cy
    return np.column_stack([u, v])


def x_project__mutmut_orig(points_optical: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray:
    """(N, 2) pixel coordinates (u, v) of optical-frame points (z must be > 0)."""
    p = np.asarray(points_optical, dtype=np.float64).reshape(-1, 3)
    u = intrinsics.fx * p[:, 0] / p[:, 2] + intrinsics.cx
    v = intrinsics.fy * p[:, 1] / p[:, 2] + intrinsics.cy
    return np.column_stack([u, v])


def x_project__mutmut_1(points_optical: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray:
    """(N, 2) pixel coordinates (u, v) of optical-frame points (z must be > 0)."""
    p = None
    u = intrinsics.fx * p[:, 0] / p[:, 2] + intrinsics.cx
    v = intrinsics.fy * p[:, 1] / p[:, 2] + intrinsics.cy
    return np.column_stack([u, v])


def x_project__mutmut_2(points_optical: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray:
    """(N, 2) pixel coordinates (u, v) of optical-frame points (z must be > 0)."""
    p = np.asarray(points_optical, dtype=np.float64).reshape(None, 3)
    u = intrinsics.fx * p[:, 0] / p[:, 2] + intrinsics.cx
    v = intrinsics.fy * p[:, 1] / p[:, 2] + intrinsics.cy
    return np.column_stack([u, v])


def x_project__mutmut_3(points_optical: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray:
    """(N, 2) pixel coordinates (u, v) of optical-frame points (z must be > 0)."""
    p = np.asarray(points_optical, dtype=np.float64).reshape(-1, None)
    u = intrinsics.fx * p[:, 0] / p[:, 2] + intrinsics.cx
    v = intrinsics.fy * p[:, 1] / p[:, 2] + intrinsics.cy
    return np.column_stack([u, v])


def x_project__mutmut_4(points_optical: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray:
    """(N, 2) pixel coordinates (u, v) of optical-frame points (z must be > 0)."""
    p = np.asarray(points_optical, dtype=np.float64).reshape(3)
    u = intrinsics.fx * p[:, 0] / p[:, 2] + intrinsics.cx
    v = intrinsics.fy * p[:, 1] / p[:, 2] + intrinsics.cy
    return np.column_stack([u, v])


def x_project__mutmut_5(points_optical: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray:
    """(N, 2) pixel coordinates (u, v) of optical-frame points (z must be > 0)."""
    p = np.asarray(points_optical, dtype=np.float64).reshape(-1, )
    u = intrinsics.fx * p[:, 0] / p[:, 2] + intrinsics.cx
    v = intrinsics.fy * p[:, 1] / p[:, 2] + intrinsics.cy
    return np.column_stack([u, v])


def x_project__mutmut_6(points_optical: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray:
    """(N, 2) pixel coordinates (u, v) of optical-frame points (z must be > 0)."""
    p = np.asarray(None, dtype=np.float64).reshape(-1, 3)
    u = intrinsics.fx * p[:, 0] / p[:, 2] + intrinsics.cx
    v = intrinsics.fy * p[:, 1] / p[:, 2] + intrinsics.cy
    return np.column_stack([u, v])


def x_project__mutmut_7(points_optical: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray:
    """(N, 2) pixel coordinates (u, v) of optical-frame points (z must be > 0)."""
    p = np.asarray(points_optical, dtype=None).reshape(-1, 3)
    u = intrinsics.fx * p[:, 0] / p[:, 2] + intrinsics.cx
    v = intrinsics.fy * p[:, 1] / p[:, 2] + intrinsics.cy
    return np.column_stack([u, v])


def x_project__mutmut_8(points_optical: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray:
    """(N, 2) pixel coordinates (u, v) of optical-frame points (z must be > 0)."""
    p = np.asarray(dtype=np.float64).reshape(-1, 3)
    u = intrinsics.fx * p[:, 0] / p[:, 2] + intrinsics.cx
    v = intrinsics.fy * p[:, 1] / p[:, 2] + intrinsics.cy
    return np.column_stack([u, v])


def x_project__mutmut_9(points_optical: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray:
    """(N, 2) pixel coordinates (u, v) of optical-frame points (z must be > 0)."""
    p = np.asarray(points_optical, ).reshape(-1, 3)
    u = intrinsics.fx * p[:, 0] / p[:, 2] + intrinsics.cx
    v = intrinsics.fy * p[:, 1] / p[:, 2] + intrinsics.cy
    return np.column_stack([u, v])


def x_project__mutmut_10(points_optical: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray:
    """(N, 2) pixel coordinates (u, v) of optical-frame points (z must be > 0)."""
    p = np.asarray(points_optical, dtype=np.float64).reshape(+1, 3)
    u = intrinsics.fx * p[:, 0] / p[:, 2] + intrinsics.cx
    v = intrinsics.fy * p[:, 1] / p[:, 2] + intrinsics.cy
    return np.column_stack([u, v])


def x_project__mutmut_11(points_optical: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray:
    """(N, 2) pixel coordinates (u, v) of optical-frame points (z must be > 0)."""
    p = np.asarray(points_optical, dtype=np.float64).reshape(-2, 3)
    u = intrinsics.fx * p[:, 0] / p[:, 2] + intrinsics.cx
    v = intrinsics.fy * p[:, 1] / p[:, 2] + intrinsics.cy
    return np.column_stack([u, v])


def x_project__mutmut_12(points_optical: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray:
    """(N, 2) pixel coordinates (u, v) of optical-frame points (z must be > 0)."""
    p = np.asarray(points_optical, dtype=np.float64).reshape(-1, 4)
    u = intrinsics.fx * p[:, 0] / p[:, 2] + intrinsics.cx
    v = intrinsics.fy * p[:, 1] / p[:, 2] + intrinsics.cy
    return np.column_stack([u, v])


def x_project__mutmut_13(points_optical: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray:
    """(N, 2) pixel coordinates (u, v) of optical-frame points (z must be > 0)."""
    p = np.asarray(points_optical, dtype=np.float64).reshape(-1, 3)
    u = None
    v = intrinsics.fy * p[:, 1] / p[:, 2] + intrinsics.cy
    return np.column_stack([u, v])


def x_project__mutmut_14(points_optical: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray:
    """(N, 2) pixel coordinates (u, v) of optical-frame points (z must be > 0)."""
    p = np.asarray(points_optical, dtype=np.float64).reshape(-1, 3)
    u = intrinsics.fx * p[:, 0] / p[:, 2] - intrinsics.cx
    v = intrinsics.fy * p[:, 1] / p[:, 2] + intrinsics.cy
    return np.column_stack([u, v])


def x_project__mutmut_15(points_optical: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray:
    """(N, 2) pixel coordinates (u, v) of optical-frame points (z must be > 0)."""
    p = np.asarray(points_optical, dtype=np.float64).reshape(-1, 3)
    u = intrinsics.fx * p[:, 0] * p[:, 2] + intrinsics.cx
    v = intrinsics.fy * p[:, 1] / p[:, 2] + intrinsics.cy
    return np.column_stack([u, v])


def x_project__mutmut_16(points_optical: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray:
    """(N, 2) pixel coordinates (u, v) of optical-frame points (z must be > 0)."""
    p = np.asarray(points_optical, dtype=np.float64).reshape(-1, 3)
    u = intrinsics.fx / p[:, 0] / p[:, 2] + intrinsics.cx
    v = intrinsics.fy * p[:, 1] / p[:, 2] + intrinsics.cy
    return np.column_stack([u, v])


def x_project__mutmut_17(points_optical: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray:
    """(N, 2) pixel coordinates (u, v) of optical-frame points (z must be > 0)."""
    p = np.asarray(points_optical, dtype=np.float64).reshape(-1, 3)
    u = intrinsics.fx * p[:, 1] / p[:, 2] + intrinsics.cx
    v = intrinsics.fy * p[:, 1] / p[:, 2] + intrinsics.cy
    return np.column_stack([u, v])


def x_project__mutmut_18(points_optical: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray:
    """(N, 2) pixel coordinates (u, v) of optical-frame points (z must be > 0)."""
    p = np.asarray(points_optical, dtype=np.float64).reshape(-1, 3)
    u = intrinsics.fx * p[:, 0] / p[:, 3] + intrinsics.cx
    v = intrinsics.fy * p[:, 1] / p[:, 2] + intrinsics.cy
    return np.column_stack([u, v])


def x_project__mutmut_19(points_optical: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray:
    """(N, 2) pixel coordinates (u, v) of optical-frame points (z must be > 0)."""
    p = np.asarray(points_optical, dtype=np.float64).reshape(-1, 3)
    u = intrinsics.fx * p[:, 0] / p[:, 2] + intrinsics.cx
    v = None
    return np.column_stack([u, v])


def x_project__mutmut_20(points_optical: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray:
    """(N, 2) pixel coordinates (u, v) of optical-frame points (z must be > 0)."""
    p = np.asarray(points_optical, dtype=np.float64).reshape(-1, 3)
    u = intrinsics.fx * p[:, 0] / p[:, 2] + intrinsics.cx
    v = intrinsics.fy * p[:, 1] / p[:, 2] - intrinsics.cy
    return np.column_stack([u, v])


def x_project__mutmut_21(points_optical: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray:
    """(N, 2) pixel coordinates (u, v) of optical-frame points (z must be > 0)."""
    p = np.asarray(points_optical, dtype=np.float64).reshape(-1, 3)
    u = intrinsics.fx * p[:, 0] / p[:, 2] + intrinsics.cx
    v = intrinsics.fy * p[:, 1] * p[:, 2] + intrinsics.cy
    return np.column_stack([u, v])


def x_project__mutmut_22(points_optical: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray:
    """(N, 2) pixel coordinates (u, v) of optical-frame points (z must be > 0)."""
    p = np.asarray(points_optical, dtype=np.float64).reshape(-1, 3)
    u = intrinsics.fx * p[:, 0] / p[:, 2] + intrinsics.cx
    v = intrinsics.fy / p[:, 1] / p[:, 2] + intrinsics.cy
    return np.column_stack([u, v])


def x_project__mutmut_23(points_optical: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray:
    """(N, 2) pixel coordinates (u, v) of optical-frame points (z must be > 0)."""
    p = np.asarray(points_optical, dtype=np.float64).reshape(-1, 3)
    u = intrinsics.fx * p[:, 0] / p[:, 2] + intrinsics.cx
    v = intrinsics.fy * p[:, 2] / p[:, 2] + intrinsics.cy
    return np.column_stack([u, v])


def x_project__mutmut_24(points_optical: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray:
    """(N, 2) pixel coordinates (u, v) of optical-frame points (z must be > 0)."""
    p = np.asarray(points_optical, dtype=np.float64).reshape(-1, 3)
    u = intrinsics.fx * p[:, 0] / p[:, 2] + intrinsics.cx
    v = intrinsics.fy * p[:, 1] / p[:, 3] + intrinsics.cy
    return np.column_stack([u, v])


def x_project__mutmut_25(points_optical: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray:
    """(N, 2) pixel coordinates (u, v) of optical-frame points (z must be > 0)."""
    p = np.asarray(points_optical, dtype=np.float64).reshape(-1, 3)
    u = intrinsics.fx * p[:, 0] / p[:, 2] + intrinsics.cx
    v = intrinsics.fy * p[:, 1] / p[:, 2] + intrinsics.cy
    return np.column_stack(None)

mutants_x_project__mutmut['_mutmut_orig'] = x_project__mutmut_orig # type: ignore # mutmut generated
mutants_x_project__mutmut['x_project__mutmut_1'] = x_project__mutmut_1 # type: ignore # mutmut generated
mutants_x_project__mutmut['x_project__mutmut_2'] = x_project__mutmut_2 # type: ignore # mutmut generated
mutants_x_project__mutmut['x_project__mutmut_3'] = x_project__mutmut_3 # type: ignore # mutmut generated
mutants_x_project__mutmut['x_project__mutmut_4'] = x_project__mutmut_4 # type: ignore # mutmut generated
mutants_x_project__mutmut['x_project__mutmut_5'] = x_project__mutmut_5 # type: ignore # mutmut generated
mutants_x_project__mutmut['x_project__mutmut_6'] = x_project__mutmut_6 # type: ignore # mutmut generated
mutants_x_project__mutmut['x_project__mutmut_7'] = x_project__mutmut_7 # type: ignore # mutmut generated
mutants_x_project__mutmut['x_project__mutmut_8'] = x_project__mutmut_8 # type: ignore # mutmut generated
mutants_x_project__mutmut['x_project__mutmut_9'] = x_project__mutmut_9 # type: ignore # mutmut generated
mutants_x_project__mutmut['x_project__mutmut_10'] = x_project__mutmut_10 # type: ignore # mutmut generated
mutants_x_project__mutmut['x_project__mutmut_11'] = x_project__mutmut_11 # type: ignore # mutmut generated
mutants_x_project__mutmut['x_project__mutmut_12'] = x_project__mutmut_12 # type: ignore # mutmut generated
mutants_x_project__mutmut['x_project__mutmut_13'] = x_project__mutmut_13 # type: ignore # mutmut generated
mutants_x_project__mutmut['x_project__mutmut_14'] = x_project__mutmut_14 # type: ignore # mutmut generated
mutants_x_project__mutmut['x_project__mutmut_15'] = x_project__mutmut_15 # type: ignore # mutmut generated
mutants_x_project__mutmut['x_project__mutmut_16'] = x_project__mutmut_16 # type: ignore # mutmut generated
mutants_x_project__mutmut['x_project__mutmut_17'] = x_project__mutmut_17 # type: ignore # mutmut generated
mutants_x_project__mutmut['x_project__mutmut_18'] = x_project__mutmut_18 # type: ignore # mutmut generated
mutants_x_project__mutmut['x_project__mutmut_19'] = x_project__mutmut_19 # type: ignore # mutmut generated
mutants_x_project__mutmut['x_project__mutmut_20'] = x_project__mutmut_20 # type: ignore # mutmut generated
mutants_x_project__mutmut['x_project__mutmut_21'] = x_project__mutmut_21 # type: ignore # mutmut generated
mutants_x_project__mutmut['x_project__mutmut_22'] = x_project__mutmut_22 # type: ignore # mutmut generated
mutants_x_project__mutmut['x_project__mutmut_23'] = x_project__mutmut_23 # type: ignore # mutmut generated
mutants_x_project__mutmut['x_project__mutmut_24'] = x_project__mutmut_24 # type: ignore # mutmut generated
mutants_x_project__mutmut['x_project__mutmut_25'] = x_project__mutmut_25 # type: ignore # mutmut generated
