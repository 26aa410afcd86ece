"""Shared helpers of the sim tests: back-projection and point-in-box distances."""

from __future__ import annotations

import numpy as np

from spatialvlm_ros.core.camera import CameraIntrinsics
from spatialvlm_ros.core.scene import Box3D


def backproject_world(depth: np.ndarray, intr: CameraIntrinsics, T_world_camera: np.ndarray) -> np.ndarray:
    """HxWx3 world points of a depth image (NaN where depth is 0)."""
    v, u = np.mgrid[0 : intr.height, 0 : intr.width]
    z = np.where(depth > 0, depth, np.nan).astype(np.float64)
    pts = np.stack([(u - intr.cx) / intr.fx * z, (v - intr.cy) / intr.fy * z, z], axis=-1)
    T = np.asarray(T_world_camera, float)
    return pts @ T[:3, :3].T + T[:3, 3]


def outside_distance(box: Box3D, pts: np.ndarray) -> np.ndarray:
    """Distance (m) of each point outside ``box`` (0 inside)."""
    c, s = np.cos(box.yaw), np.sin(box.yaw)
    d = pts - box.center
    local = np.column_stack([d[:, 0] * c + d[:, 1] * s, -d[:, 0] * s + d[:, 1] * c, d[:, 2]])
    return np.clip(np.abs(local) - box.size / 2.0, 0.0, None).max(axis=1)


def camera_roll_deg(T_world_camera: np.ndarray) -> float:
    """Rotation of the image about the optical axis relative to a level camera (degrees)."""
    R = np.asarray(T_world_camera, float)[:3, :3]
    up = np.array([0.0, 0.0, 1.0])
    return float(np.degrees(np.arctan2(-(R[:, 0] @ up), -(R[:, 1] @ up))))
