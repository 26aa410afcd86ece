"""Pinhole camera intrinsics in the ROS ``sensor_msgs/CameraInfo`` convention.

Conventions: pixel (u, v) has u to the right and v down, (0, 0) is the centre of
the top-left pixel. The camera *optical* frame has x right, y down, z forward
(REP 103 ``*_optical_frame``). All lengths are metres.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from spatialvlm_ros.core import limits
from spatialvlm_ros.errors import InputError


def check_image_size(width: object, height: object, what: str) -> None:
    """Raise :class:`InputError` unless ``width`` x ``height`` is a positive size within the limits."""
    for name, v in (("width", width), ("height", height)):
        if isinstance(v, bool) or not isinstance(v, (int, np.integer)):
            raise InputError(f"{what}: image {name} {v!r} is not an integer")
    w, h = int(width), int(height)  # type: ignore[call-overload]
    if w <= 0 or h <= 0:
        raise InputError(f"{what}: image size {w}x{h} is not positive")
    if w > limits.MAX_IMAGE_SIDE or h > limits.MAX_IMAGE_SIDE or w * h > limits.MAX_IMAGE_PIXELS:
        raise InputError(f"{what}: image size {w}x{h} is over the limit ({limits.MAX_IMAGE_SIDE} px a side, "
                         f"{limits.MAX_IMAGE_PIXELS // 1_000_000} Mpx)")


def _positive_int(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise InputError(f"camera info: {field} must be a positive integer, got {value!r}")
    return value


def _numbers(value: object, field: str, count: int | None) -> list[float]:
    """A flat list of finite numbers (``count`` of them when given)."""
    if not isinstance(value, (list, tuple)):
        raise InputError(f"camera info: {field} must be a list of numbers, got a {type(value).__name__}")
    if any(isinstance(v, (list, tuple, dict)) for v in value):
        raise InputError(f"camera info: {field} must be a flat list of numbers (row-major), got a nested list")
    if any(isinstance(v, bool) or not isinstance(v, (int, float)) for v in value):
        raise InputError(f"camera info: {field} holds something that is not a number")
    out = [float(v) for v in value]
    if count is not None and len(out) != count:
        raise InputError(f"camera info: {field} has {len(out)} values, expected {count}")
    for i, v in enumerate(out):
        if not np.isfinite(v):
            which = f" ({_K_NAMES[i]})" if count == 9 else ""
            raise InputError(f"camera info: {field}[{i}]{which} = {v} is not finite")
    return out


_K_NAMES = ("fx", "skew", "cx", "K[1,0]", "fy", "cy", "K[2,0]", "K[2,1]", "K[2,2]")


@dataclass(frozen=True)
class CameraIntrinsics:
    """Intrinsics of a rectified pinhole camera.

    ``distortion`` holds the coefficients of ``distortion_model``; the geometry
    core assumes rectified images (as ``image_rect`` topics are) and ignores it.
    """

    width: int
    height: int
    fx: float
    fy: float
    cx: float
    cy: float
    distortion_model: str = "plumb_bob"
    distortion: tuple[float, ...] = field(default=(0.0, 0.0, 0.0, 0.0, 0.0))

    def __post_init__(self) -> None:
        """Refuse what no real camera has (bounds in :mod:`spatialvlm_ros.core.limits`).

        - ``width``/``height``: integers in 1..``MAX_IMAGE_SIDE``, area at most ``MAX_IMAGE_PIXELS``;
        - ``fx``, ``fy`` finite and positive, field of view of each axis in
          [``MIN_FOV_DEG``, ``MAX_FOV_DEG``];
        - ``cx``, ``cy`` finite, at most ``PRINCIPAL_POINT_MARGIN`` x the image size
          outside the image;
        - every distortion coefficient finite (kept as a tuple: intrinsics are hashable, see :func:`pixel_rays`).
        """
        if not isinstance(self.distortion, tuple):
            object.__setattr__(self, "distortion", tuple(self.distortion))
        check_image_size(self.width, self.height, "camera info")
        for name in ("fx", "fy", "cx", "cy"):
            v = getattr(self, name)
            if isinstance(v, bool) or not isinstance(v, (int, float, np.floating, np.integer)) or not np.isfinite(v):
                raise InputError(f"camera info: {name} = {v!r} is not a finite number")
        if not (self.fx > 0 and self.fy > 0):
            raise InputError(f"camera info: focal lengths fx={self.fx}, fy={self.fy} must be positive")
        for axis, size, f in (("horizontal", self.width, self.fx), ("vertical", self.height, self.fy)):
            fov = float(np.degrees(2.0 * np.arctan2(size / 2.0, f)))
            if not limits.MIN_FOV_DEG <= fov <= limits.MAX_FOV_DEG:
                raise InputError(
                    f"camera info: {axis} field of view {fov:.3g} deg (size {size} px, f = {f:.6g} px) is outside "
                    f"{limits.MIN_FOV_DEG:g}..{limits.MAX_FOV_DEG:g} deg: not a plausible camera")
        m = limits.PRINCIPAL_POINT_MARGIN
        for name, c, size in (("cx", self.cx, self.width), ("cy", self.cy, self.height)):
            if not -m * size - 0.5 <= c <= (1 + m) * size - 0.5:
                raise InputError(
                    f"camera info: principal point {name} = {c:.6g} px lies far outside the {size} px image "
                    f"(allowed {-m * size - 0.5:g}..{(1 + m) * size - 0.5:g})")
        if not all(np.isfinite(float(d)) for d in self.distortion):
            raise InputError(f"camera info: distortion_coefficients {list(self.distortion)} are not all finite")

    @property
    def K(self) -> np.ndarray:
        """3x3 camera matrix."""
        return np.array([[self.fx, 0.0, self.cx], [0.0, self.fy, self.cy], [0.0, 0.0, 1.0]])

    @classmethod
    def from_fov(cls, width: int, height: int, fov_y_deg: float) -> CameraIntrinsics:
        """Ideal camera with square pixels and vertical field of view ``fov_y_deg``."""
        f = (height / 2.0) / np.tan(np.radians(fov_y_deg) / 2.0)
        return cls(width, height, float(f), float(f), (width - 1) / 2.0, (height - 1) / 2.0)

    @classmethod
    def from_camera_info_dict(cls, data: dict) -> CameraIntrinsics:
        """Read the ``camera_calibration_parsers`` YAML layout.

        Keys: image_width, image_height, camera_matrix{rows, cols, data},
        distortion_model, distortion_coefficients{data}, rectification_matrix,
        projection_matrix. Raises :class:`InputError` naming a missing or bad key.
        """
        if not isinstance(data, dict):
            raise InputError("camera info: expected a mapping at the top level")
        for key in ("image_width", "image_height", "camera_matrix"):
            if key not in data:
                raise InputError(f"camera info: missing key {key!r}")
        width = _positive_int(data["image_width"], "image_width")
        height = _positive_int(data["image_height"], "image_height")
        check_image_size(width, height, "camera info")
        cm = data["camera_matrix"]
        if not isinstance(cm, dict) or "data" not in cm:
            raise InputError("camera info: camera_matrix must be a mapping with 'data' (9 numbers, row-major)")
        k = _numbers(cm["data"], "camera_matrix.data", 9)
        if not (k[1] == k[3] == k[6] == k[7] == 0.0 and k[8] == 1.0):
            raise InputError(f"camera info: camera_matrix {k} is not a pinhole matrix "
                             "[fx 0 cx; 0 fy cy; 0 0 1]")
        dist = data.get("distortion_coefficients")
        coeffs: list[float] = []
        if dist is not None:
            if not isinstance(dist, dict):
                raise InputError("camera info: distortion_coefficients must be a mapping with 'data' (a list of "
                                 f"numbers), got a {type(dist).__name__}")
            coeffs = _numbers(dist.get("data") or [], "distortion_coefficients.data", None)
        model = data.get("distortion_model", "plumb_bob")
        if not isinstance(model, str):
            raise InputError(f"camera info: distortion_model must be text, got {model!r}")
        return cls(
            width=width,
            height=height,
            fx=k[0],
            fy=k[4],
            cx=k[2],
            cy=k[5],
            distortion_model=model,
            distortion=tuple(coeffs),
        )

    def to_camera_info_dict(self, camera_name: str = "camera") -> dict:
        """The ``camera_calibration_parsers`` YAML layout (see :meth:`from_camera_info_dict`)."""
        k = self.K.reshape(-1).tolist()
        p = [self.fx, 0.0, self.cx, 0.0, 0.0, self.fy, self.cy, 0.0, 0.0, 0.0, 1.0, 0.0]
        d = list(self.distortion)
        return {
            "image_width": self.width,
            "image_height": self.height,
            "camera_name": camera_name,
            "camera_matrix": {"rows": 3, "cols": 3, "data": k},
            "distortion_model": self.distortion_model,
            "distortion_coefficients": {"rows": 1, "cols": len(d), "data": d},
            "rectification_matrix": {"rows": 3, "cols": 3, "data": np.eye(3).reshape(-1).tolist()},
            "projection_matrix": {"rows": 3, "cols": 4, "data": p},
        }

    def scaled(self, width: int, height: int) -> CameraIntrinsics:
        """Intrinsics of the same camera resampled to ``width`` x ``height``."""
        sx, sy = width / self.width, height / self.height
        return CameraIntrinsics(
            width, height, self.fx * sx, self.fy * sy,
            (self.cx + 0.5) * sx - 0.5, (self.cy + 0.5) * sy - 0.5,
            self.distortion_model, self.distortion,
        )


@lru_cache(maxsize=8)
def pixel_rays(intr: CameraIntrinsics) -> tuple[np.ndarray, np.ndarray]:
    """Back-projection rays of every pixel column and row, cached per intrinsics:
    ``(ray_x, ray_y)`` with ``ray_x[u] = (u - cx) / fx`` (width,) and ``ray_y[v] = (v - cy) / fy``
    (height,), float64, read-only. Pixel (u, v) with depth z (metres) is the optical-frame
    point ``(ray_x[u] * z, ray_y[v] * z, z)``."""
    ray_x = (np.arange(intr.width) - intr.cx) / intr.fx
    ray_y = (np.arange(intr.height) - intr.cy) / intr.fy
    ray_x.setflags(write=False)
    ray_y.setflags(write=False)
    return ray_x, ray_y
