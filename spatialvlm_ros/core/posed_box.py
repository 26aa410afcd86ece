"""The gravity-aligned box of an oriented box (a body of known extents and pose; metres).

Used for simulator ground truth (a body's pose) and for objects whose pose comes from TF
(the gripper at the tool centre point). numpy only.
"""

from __future__ import annotations

import numpy as np

from spatialvlm_ros.core.scene import Box3D


def box_from_pose(extents: np.ndarray, center: np.ndarray, rotation: np.ndarray) -> Box3D:
    """Gravity-aligned box (z-up scene frame) of a local box of ``extents`` (along its own
    x, y, z axes) centred at ``center`` with orientation ``rotation`` (3x3, local -> scene).

    A box whose local z axis is vertical (up or down) gives the exact box, with the yaw of
    its local x axis. A tilted box gets the tightest box about that yaw (about its local y
    axis when x points straight up or down).
    """
    R = np.asarray(rotation, dtype=float).reshape(3, 3)
    ext = np.asarray(extents, dtype=float).reshape(3)
    x_axis = R[:, 0]
    if np.hypot(x_axis[0], x_axis[1]) > 1e-6:
        yaw = float(np.arctan2(x_axis[1], x_axis[0]))
    else:  # local x points up/down: use local y for the heading
        yaw = float(np.arctan2(R[1, 1], R[0, 1]) - np.pi / 2)
    signs = np.array([[sx, sy, sz] for sx in (-1, 1) for sy in (-1, 1) for sz in (-1, 1)], dtype=float)
    corners = (signs * ext / 2.0) @ R.T  # relative to the centre, scene axes
    c, s = np.cos(yaw), np.sin(yaw)
    Rz_inv = np.array([[c, s, 0.0], [-s, c, 0.0], [0.0, 0.0, 1.0]])
    local = corners @ Rz_inv.T
    lo, hi = local.min(axis=0), local.max(axis=0)
    center_local = (lo + hi) / 2.0
    box_center = np.asarray(center, dtype=float).reshape(3) + Rz_inv.T @ center_local
    return Box3D(center=box_center, size=hi - lo, yaw=float((yaw + np.pi) % (2 * np.pi) - np.pi))
