"""One RGB-D observation: the unit every estimator, node and data stage works on."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from spatialvlm_ros.core import limits
from spatialvlm_ros.core.camera import CameraIntrinsics
from spatialvlm_ros.errors import EmptyDepthError, InputError


@dataclass
class Segmentation:
    """Instance masks of named objects.

    ``labels`` is an HxW uint16 image of instance ids (0 = background);
    ``names`` maps each id to its short caption ("red cube"). Several ids may
    share a name (two "cup"s): resolving that is the caller's job.
    """

    labels: np.ndarray
    names: dict[int, str]

    def mask(self, instance_id: int) -> np.ndarray:
        """Boolean HxW mask of one instance."""
        return self.labels == instance_id

    def ids_named(self, name: str) -> list[int]:
        """Instance ids whose name equals ``name`` (case- and space-insensitive)."""
        key = normalize_name(name)
        return [i for i, n in self.names.items() if normalize_name(n) == key]


def normalize_name(name: str) -> str:
    """Canonical form of an object name: lower case, single spaces, no article."""
    words = name.lower().replace("_", " ").split()
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


@dataclass
class RGBDFrame:
    """An RGB image, optional metric depth, intrinsics and optional masks and pose.

    - ``rgb``: HxWx3 uint8, RGB order.
    - ``depth``: HxW float32 **metres** along the optical axis (z), registered to
      ``rgb``; 0 or NaN marks invalid pixels; ``None`` when the camera has no
      depth (a monocular depth model may fill it in).
    - ``intrinsics``: of the (registered) image.
    - ``frame_id``: the camera optical frame (x right, y down, z forward).
    - ``stamp_ns``: acquisition time, nanoseconds since the epoch (ROS time).
    - ``T_world_camera``: optional 4x4 pose of the optical frame in a world frame
      whose z axis points up (what TF gives on a robot); ``None`` if unknown.
    - ``world_frame_id``: the name of that world frame (e.g. ``base_link``).
    - ``segmentation``: optional instance masks of named objects.
    """

    rgb: np.ndarray
    depth: np.ndarray | None
    intrinsics: CameraIntrinsics
    frame_id: str = "camera_color_optical_frame"
    stamp_ns: int = 0
    T_world_camera: np.ndarray | None = None
    world_frame_id: str = "world"
    segmentation: Segmentation | None = None
    metadata: dict = field(default_factory=dict)

    def validate(self) -> None:
        """Raise :class:`InputError` naming the first inconsistency found."""
        h, w = self.intrinsics.height, self.intrinsics.width
        if self.rgb.ndim != 3 or self.rgb.shape[2] != 3:
            raise InputError(f"rgb image has shape {self.rgb.shape}, expected HxWx3")
        if self.rgb.shape[:2] != (h, w):
            raise InputError(
                f"rgb image is {self.rgb.shape[1]}x{self.rgb.shape[0]} but camera info says {w}x{h}"
            )
        if self.depth is not None:
            if self.depth.shape != (h, w):
                raise InputError(
                    f"depth image is {self.depth.shape[1] if self.depth.ndim > 1 else '?'}x"
                    f"{self.depth.shape[0]} but camera info says {w}x{h}"
                )
            if not has_valid_depth(self.depth):
                raise EmptyDepthError("depth image has no valid pixel (all zero or NaN)")
        if self.segmentation is not None and self.segmentation.labels.shape != (h, w):
            raise InputError(
                f"mask image is {self.segmentation.labels.shape[1]}x{self.segmentation.labels.shape[0]}"
                f" but camera info says {w}x{h}"
            )
        if self.segmentation is not None and len(self.segmentation.names) > limits.MAX_OBJECTS:
            raise InputError(f"{len(self.segmentation.names)} named objects in one frame; at most "
                             f"{limits.MAX_OBJECTS} are supported")
        if self.T_world_camera is not None:
            check_pose(self.T_world_camera, "T_world_camera")


def has_valid_depth(depth: np.ndarray) -> bool:
    """Whether ``depth`` (metres) holds a finite pixel > 0. Every 8th row and column is
    looked at first (a frame with any real depth has one there), the whole image only when
    none of those is valid."""
    def any_valid(d: np.ndarray) -> bool:
        return bool(((d > 0) & (d < np.inf)).any())  # NaN fails both tests, +inf the second

    d = np.asarray(depth)
    return any_valid(d[::8, ::8]) or any_valid(d)


_BOTTOM_ROW = np.array([0.0, 0.0, 0.0, 1.0])
_EYE3 = np.eye(3)


def check_pose(matrix: object, name: str) -> np.ndarray:
    """The 4x4 homogeneous transform ``matrix`` as floats, or :class:`InputError` saying what is wrong.

    Required: shape 4x4, every entry finite, bottom row ``[0 0 0 1]``, a proper
    rotation (orthonormal, determinant +1, tolerance 1e-3) and a translation of
    at most :data:`~spatialvlm_ros.core.limits.MAX_TRANSLATION_M` (10 km).
    """
    try:
        t = np.asarray(matrix, dtype=float)
    except (TypeError, ValueError):
        raise InputError(f"{name} is not a numeric 4x4 matrix") from None
    if t.shape != (4, 4):
        raise InputError(f"{name} has shape {t.shape}, expected 4x4")
    if not np.all(np.isfinite(t)):
        raise InputError(f"{name} must be a finite 4x4 matrix (it holds NaN or inf)")
    # the tests of np.allclose (|a - b| <= atol + rtol |b|), written out: allclose costs ~25 us a call
    if not np.all(np.abs(t[3] - _BOTTOM_ROW) <= 1e-9):
        raise InputError(f"{name} bottom row is {t[3].tolist()}, expected [0, 0, 0, 1]")
    r = t[:3, :3]
    if not np.all(np.abs(r @ r.T - _EYE3) <= 1e-3 + 1e-5 * _EYE3) or np.linalg.det(r) < 0:
        raise InputError(f"{name} rotation is not a proper rotation matrix")
    dist = float(np.linalg.norm(t[:3, 3]))
    if dist > limits.MAX_TRANSLATION_M:
        raise InputError(f"{name} translation is {dist:.6g} m from the origin, beyond the "
                         f"{limits.MAX_TRANSLATION_M / 1000:g} km limit")
    return t
