"""Ground truth of a simulated scene: true boxes and poses, and the true scene graph.

All boxes, positions and orientations are in the world frame (the robot base frame
on the table top, z up, metres). Quaternions are (x, y, z, w), as pybullet gives them.
This module needs no pybullet: it is pure numpy/scipy on recorded poses.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.spatial.transform import Rotation

from spatialvlm_ros.core.scene import Box3D, SceneGraph, SceneObject, Viewer

GRIPPER_NAME = "gripper"


@dataclass
class TruthObject:
    """One object's true state in the world frame.

    - ``id``: its instance id in the frame's segmentation (``labels == id``).
    - ``box``: the true gravity-aligned box (world frame).
    - ``position`` (3,), ``quaternion_xyzw`` (4,): the body pose (for primitives and meshes
      the body origin is the centre of its local bounding box).
    - ``visible_pixels``: pixels of its (clean) mask in the rendered frame.
    - ``spec``: shape description (shape, dims, extents, colour) for truth.json.
    """

    id: int
    name: str
    box: Box3D
    position: np.ndarray
    quaternion_xyzw: np.ndarray
    visible_pixels: int = 0
    spec: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "id": int(self.id),
            "name": self.name,
            "box": self.box.to_dict(),
            "position": [float(x) for x in self.position],
            "quaternion_xyzw": [float(x) for x in self.quaternion_xyzw],
            "visible_pixels": int(self.visible_pixels),
            "spec": self.spec,
        }

    @classmethod
    def from_dict(cls, d: dict) -> TruthObject:
        return cls(
            int(d["id"]), str(d["name"]), Box3D.from_dict(d["box"]),
            np.asarray(d["position"], float), np.asarray(d["quaternion_xyzw"], float),
            int(d.get("visible_pixels", 0)), dict(d.get("spec", {})),
        )


@dataclass
class SceneTruth:
    """All objects of a simulated scene (the gripper included, named "gripper", when present)."""

    objects: list[TruthObject]
    frame_id: str = "world"

    def find(self, name: str) -> TruthObject:
        for o in self.objects:
            if o.name == name:
                return o
        raise KeyError(name)

    def names(self) -> list[str]:
        return [o.name for o in self.objects]

    def to_dict(self) -> dict:
        return {"frame_id": self.frame_id, "objects": [o.to_dict() for o in self.objects]}

    @classmethod
    def from_dict(cls, d: dict) -> SceneTruth:
        return cls([TruthObject.from_dict(o) for o in d["objects"]], str(d.get("frame_id", "world")))


def box_from_pose(extents: np.ndarray, position: np.ndarray, quaternion_xyzw: np.ndarray) -> Box3D:
    """Gravity-aligned box of a local box of ``extents`` centred at the body origin.

    Upright bodies (local z along world z) give the exact box with yaw from the pose.
    A tilted body gets the tightest box about its yaw: the local corners' bounds in
    the frame rotated by the yaw of its local x axis.
    """
    R = Rotation.from_quat(np.asarray(quaternion_xyzw, float)).as_matrix()
    ext = np.asarray(extents, float)
    x_axis = R[:, 0]
    if np.hypot(x_axis[0], x_axis[1]) > 1e-6:
        yaw = float(np.arctan2(x_axis[1], x_axis[0]))
    else:  # local x points up/down: use local y for the heading
        yaw = float(np.arctan2(R[1, 1], R[0, 1]) - np.pi / 2)
    signs = np.array([[sx, sy, sz] for sx in (-1, 1) for sy in (-1, 1) for sz in (-1, 1)], float)
    corners = (signs * ext / 2.0) @ R.T  # relative to the body origin, world axes
    c, s = np.cos(yaw), np.sin(yaw)
    Rz_inv = np.array([[c, s, 0.0], [-s, c, 0.0], [0.0, 0.0, 1.0]])
    local = corners @ Rz_inv.T
    lo, hi = local.min(axis=0), local.max(axis=0)
    center_local = (lo + hi) / 2.0
    center = np.asarray(position, float) + Rz_inv.T @ center_local
    return Box3D(center=center, size=hi - lo, yaw=_wrap(yaw))


def box_from_aabbs(aabbs: list[tuple]) -> Box3D:
    """Axis-aligned (yaw 0) box enclosing world AABBs ``[(min_xyz, max_xyz), ...]``."""
    lo = np.min([np.asarray(a[0], float) for a in aabbs], axis=0)
    hi = np.max([np.asarray(a[1], float) for a in aabbs], axis=0)
    return Box3D(center=(lo + hi) / 2.0, size=hi - lo, yaw=0.0)


def box_from_points(points: np.ndarray, yaw: float = 0.0) -> Box3D:
    """Tightest gravity-aligned box with heading ``yaw`` around world points (N x 3)."""
    pts = np.asarray(points, float).reshape(-1, 3)
    c, s = np.cos(yaw), np.sin(yaw)
    Rz_inv = np.array([[c, s, 0.0], [-s, c, 0.0], [0.0, 0.0, 1.0]])
    local = pts @ Rz_inv.T
    lo, hi = local.min(axis=0), local.max(axis=0)
    return Box3D(center=Rz_inv.T @ ((lo + hi) / 2.0), size=hi - lo, yaw=_wrap(yaw))


def _wrap(a: float) -> float:
    return float((a + np.pi) % (2 * np.pi) - np.pi)


def truth_scene_graph(
    truth: SceneTruth,
    T_world_camera: np.ndarray,
    names: list[str] | None = None,
    min_visible_pixels: int = 0,
    stamp_ns: int = 0,
) -> SceneGraph:
    """The true scene graph: frame "world", gravity "pose", viewer = the camera.

    ``names`` keeps only those objects; ``min_visible_pixels`` drops objects the
    camera does not see enough of (e.g. an out-of-view gripper). Objects carry no points.
    """
    T = np.asarray(T_world_camera, float)
    keep = [
        o for o in truth.objects
        if (names is None or o.name in names) and o.visible_pixels >= min_visible_pixels
    ]
    objects = [
        SceneObject(id=o.id, name=o.name, box=Box3D(o.box.center.copy(), o.box.size.copy(), o.box.yaw))
        for o in keep
    ]
    return SceneGraph(
        frame_id="world",
        gravity_source="pose",
        T_scene_camera=T.copy(),
        viewer=Viewer.from_camera_pose(T),
        objects=objects,
        support_plane=(np.array([0.0, 0.0, 1.0]), 0.0),
        stamp_ns=int(stamp_ns),
    )
