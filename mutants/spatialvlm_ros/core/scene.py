"""The metric 3D scene graph: gravity-aligned boxes of named objects and the viewer.

Frames
------
Every scene graph is expressed in one *scene frame*, right-handed, z up
(against gravity), metres:

- ``frame_id == "world"``: the world frame of ``RGBDFrame.T_world_camera``
  (gravity known from the robot's TF).
- ``frame_id == "camera"``: a gravity-aligned frame with its origin at the
  camera's optical centre, x = the viewer's right, y = the viewer's forward
  (horizontal), z = up. Up comes from a fitted horizontal support plane
  (``gravity_source == "support_plane"``) or, failing that, from assuming the
  camera is level (``"assumed_level"``: the optical -y axis is up).

The *viewer* is the camera: viewer-relative words (left/right, in front
of/behind, width/depth, clock directions) use ``Viewer.right`` and
``Viewer.forward``, the horizontal projections of the camera's x and z axes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from spatialvlm_ros.core.frame import normalize_name
from spatialvlm_ros.errors import AmbiguousObjectError, UnknownObjectError

GRAVITY_SOURCES = ("pose", "support_plane", "assumed_level")


def _unit(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return v / n if n > 1e-12 else v


@dataclass
class Box3D:
    """A gravity-aligned box: vertical sides, rotated about z only.

    - ``center``: (3,) centre in the scene frame, metres.
    - ``size``: (3,) = (extent along the box x axis, along the box y axis,
      height along scene z), metres, all >= 0.
    - ``yaw``: angle from the scene x axis to the box x axis about +z, radians.
    """

    center: np.ndarray
    size: np.ndarray
    yaw: float = 0.0

    def __post_init__(self) -> None:
        self.center = np.asarray(self.center, dtype=float).reshape(3)
        self.size = np.asarray(self.size, dtype=float).reshape(3)
        self.yaw = float(self.yaw)

    @property
    def axes_xy(self) -> np.ndarray:
        """2x2 array whose rows are the box x and y axes in the scene xy plane."""
        c, s = np.cos(self.yaw), np.sin(self.yaw)
        return np.array([[c, s], [-s, c]])

    @property
    def bottom(self) -> float:
        return float(self.center[2] - self.size[2] / 2.0)

    @property
    def top(self) -> float:
        return float(self.center[2] + self.size[2] / 2.0)

    @property
    def volume(self) -> float:
        return float(np.prod(self.size))

    def footprint(self) -> np.ndarray:
        """(4, 2) corners of the box's horizontal footprint, counter-clockwise."""
        hx, hy = self.size[0] / 2.0, self.size[1] / 2.0
        local = np.array([[-hx, -hy], [hx, -hy], [hx, hy], [-hx, hy]])
        return self.center[:2] + local @ self.axes_xy

    def corners(self) -> np.ndarray:
        """(8, 3) corners: the footprint at the bottom, then at the top."""
        fp = self.footprint()
        bottom = np.column_stack([fp, np.full(4, self.bottom)])
        top = np.column_stack([fp, np.full(4, self.top)])
        return np.vstack([bottom, top])

    def extent_along(self, direction_xy: np.ndarray) -> float:
        """Length of the footprint's projection onto a horizontal direction."""
        d = _unit(np.asarray(direction_xy, dtype=float)[:2])
        proj = self.footprint() @ d
        return float(proj.max() - proj.min())

    def to_dict(self) -> dict:
        return {"center": self.center.tolist(), "size": self.size.tolist(), "yaw": self.yaw}

    @classmethod
    def from_dict(cls, data: dict) -> Box3D:
        return cls(np.asarray(data["center"]), np.asarray(data["size"]), float(data.get("yaw", 0.0)))


@dataclass
class Viewer:
    """The observing camera in the scene frame.

    ``right`` and ``forward`` are horizontal unit vectors (z = 0), ``right`` =
    ``forward`` x up. ``position`` is the optical centre.
    """

    position: np.ndarray
    right: np.ndarray
    forward: np.ndarray

    @classmethod
    def from_camera_pose(cls, T_scene_camera: np.ndarray) -> Viewer:
        """Viewer of a camera whose optical frame has pose ``T_scene_camera`` (4x4).

        forward = horizontal part of the optical z axis; if the camera looks
        straight down, the horizontal part of the image-up direction (-y) instead.
        """
        t = np.asarray(T_scene_camera, dtype=float)
        z_cam, y_cam = t[:3, 2], t[:3, 1]
        fwd = np.array([z_cam[0], z_cam[1], 0.0])
        if np.linalg.norm(fwd) < 0.05:
            fwd = np.array([-y_cam[0], -y_cam[1], 0.0])
        fwd = _unit(fwd)
        right = np.cross(fwd, np.array([0.0, 0.0, 1.0]))
        return cls(position=t[:3, 3].copy(), right=_unit(right), forward=fwd)

    def to_dict(self) -> dict:
        return {"position": self.position.tolist(), "right": self.right.tolist(), "forward": self.forward.tolist()}


@dataclass
class SceneObject:
    """One named object: its gravity-aligned box and (optionally) its cleaned points.

    ``points`` are in the scene frame (N x 3, metres). ``on_support`` says the
    box was extended down to the support surface (its bottom was occluded).
    """

    id: int
    name: str
    box: Box3D
    points: np.ndarray | None = None
    n_points: int = 0
    on_support: bool = False

    @property
    def center(self) -> np.ndarray:
        return self.box.center

    @property
    def size(self) -> np.ndarray:
        return self.box.size


@dataclass
class SceneGraph:
    """Named objects in a gravity-aligned scene frame (see the module docstring).

    ``T_scene_camera`` (4x4) maps points from the camera optical frame into the
    scene frame. ``support_plane`` is ``(normal, d)`` with ``normal . p + d = 0``
    in the scene frame when one was fitted.
    """

    frame_id: str
    gravity_source: str
    T_scene_camera: np.ndarray
    viewer: Viewer
    objects: list[SceneObject] = field(default_factory=list)
    support_plane: tuple[np.ndarray, float] | None = None
    stamp_ns: int = 0

    @property
    def gravity_known(self) -> bool:
        """True when up comes from a pose or a validated support plane, not an assumption."""
        return self.gravity_source in ("pose", "support_plane")

    def names(self) -> list[str]:
        return [o.name for o in self.objects]

    def find(self, name: str) -> SceneObject:
        """The one object called ``name``.

        Raises :class:`UnknownObjectError` (listing the known names) or
        :class:`AmbiguousObjectError` when several objects share the name.
        """
        key = normalize_name(name)
        hits = [o for o in self.objects if normalize_name(o.name) == key]
        if not hits:
            known = ", ".join(sorted({o.name for o in self.objects})) or "none"
            raise UnknownObjectError(f"unknown object {name!r} (scene has: {known})")
        if len(hits) > 1:
            raise AmbiguousObjectError(f"object name {name!r} matches {len(hits)} objects")
        return hits[0]
