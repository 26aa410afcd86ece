"""Pinhole camera intrinsics in the ROS ``sensor_msgs/CameraInfo`` convention.

Conventions: pixel (u, v) has u to the right and v down, (0, 0) is the centre of
the top-left pixel. The camera *optical* frame has x right, y down, z forward
(REP 103 ``*_optical_frame``). All lengths are metres.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from spatialvlm_ros.errors import InputError


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
        if self.width <= 0 or self.height <= 0:
            raise InputError(f"camera info: image size {self.width}x{self.height} is not positive")
        if not (np.isfinite(self.fx) and np.isfinite(self.fy) and self.fx > 0 and self.fy > 0):
            raise InputError(f"camera info: focal lengths fx={self.fx}, fy={self.fy} must be positive")

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
        try:
            width = int(data["image_width"])
            height = int(data["image_height"])
            k = np.asarray(data["camera_matrix"]["data"], dtype=float)
        except KeyError as exc:
            raise InputError(f"camera info: missing key {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise InputError(f"camera info: bad value ({exc})") from None
        if k.size != 9:
            raise InputError(f"camera info: camera_matrix has {k.size} values, expected 9")
        dist = data.get("distortion_coefficients", {}) or {}
        coeffs = tuple(float(c) for c in (dist.get("data") or []))
        return cls(
            width=width,
            height=height,
            fx=float(k[0]),
            fy=float(k[4]),
            cx=float(k[2]),
            cy=float(k[5]),
            distortion_model=str(data.get("distortion_model", "plumb_bob")),
            distortion=coeffs,
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
