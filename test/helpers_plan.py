"""A constructed tabletop for the composite-reasoning tests (centres and sizes in metres, z up)."""

from __future__ import annotations

import numpy as np
from helpers_geometry import Scene, look_at, make_frame

from spatialvlm_ros.core.camera import CameraIntrinsics
from spatialvlm_ros.core.scene import Box3D

#: name -> (centre x, y; size w, d, h). Boxes rest on z = 0, yaw 0.
LAYOUT: dict[str, tuple[tuple[float, float], tuple[float, float, float]]] = {
    "red cube": ((0.0, 0.0), (0.06, 0.06, 0.06)),
    "blue box": ((0.20, 0.0), (0.06, 0.06, 0.10)),
    "green block": ((0.10, 0.1732), (0.06, 0.06, 0.15)),
    "yellow can": ((0.0, 0.20), (0.06, 0.06, 0.08)),
    "orange box": ((0.10, 0.0), (0.04, 0.04, 0.04)),
}
EYE = (-0.05, -0.45, 0.75)


def centre(name: str) -> np.ndarray:
    (x, y), (_, _, h) = LAYOUT[name]
    return np.array([x, y, h / 2])


def plan_scene() -> Scene:
    return Scene(boxes=[Box3D(center=centre(n), size=s, yaw=0.0) for n, (_, s) in LAYOUT.items()],
                 names=list(LAYOUT))


def plan_frame():
    T = look_at(list(EYE), [0.1, 0.1, 0.0])
    return make_frame(plan_scene(), CameraIntrinsics.from_fov(320, 240, 55.0), T)
