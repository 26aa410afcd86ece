"""RViz ``visualization_msgs/MarkerArray`` for spatial estimates.

For the objects of a query: one translucent CUBE per object box (pose and size
in the camera optical frame, metres), a TEXT label above each, and for
two-object metric quantities a LINE_LIST between the two box centres with the
answer ("0.42 m") at its midpoint. The first marker is a DELETEALL of the
namespace so boxes of a previous answer disappear. An invalid estimate draws
its reason as red text at the camera origin.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from spatialvlm_ros.ros.convert import box_pose_in_camera, header, msg_type, pose_msg

NAMESPACE = "spatialvlm"
PALETTE = [(0.12, 0.47, 0.71), (1.0, 0.5, 0.05), (0.17, 0.63, 0.17), (0.84, 0.15, 0.16), (0.58, 0.4, 0.74)]


def _color(rgb: tuple[float, float, float], a: float) -> Any:
    return msg_type("std_msgs/msg/ColorRGBA")(r=float(rgb[0]), g=float(rgb[1]), b=float(rgb[2]), a=float(a))


def _vec(x: float, y: float, z: float) -> Any:
    return msg_type("geometry_msgs/msg/Vector3")(x=float(x), y=float(y), z=float(z))


def _point(p: np.ndarray) -> Any:
    return msg_type("geometry_msgs/msg/Point")(x=float(p[0]), y=float(p[1]), z=float(p[2]))


def _duration(seconds: float) -> Any:
    ns = int(max(0.0, seconds) * 1e9)
    return msg_type("builtin_interfaces/msg/Duration")(sec=ns // 1_000_000_000, nanosec=ns % 1_000_000_000)


def _marker(mid: int, mtype: int, stamp_ns: int, frame_id: str, lifetime_s: float, *,
            position: np.ndarray | None = None, orientation: np.ndarray | None = None,
            scale: tuple[float, float, float] = (1.0, 1.0, 1.0), color: Any = None,
            points: list[np.ndarray] | None = None, text: str = "", action: int = 0) -> Any:
    M = msg_type("visualization_msgs/msg/Marker")
    return M(
        header=header(stamp_ns, frame_id),
        ns=NAMESPACE,
        id=mid,
        type=mtype,
        action=action,
        pose=pose_msg(position if position is not None else np.zeros(3),
                      orientation if orientation is not None else np.array([0.0, 0.0, 0.0, 1.0])),
        scale=_vec(*scale),
        color=color if color is not None else _color((1, 1, 1), 1.0),
        lifetime=_duration(lifetime_s),
        frame_locked=False,
        points=[_point(p) for p in (points or [])],
        colors=[],
        texture_resource="",
        texture=msg_type("sensor_msgs/msg/CompressedImage")(
            header=header(0, ""), format="", data=np.zeros(0, np.uint8)),
        uv_coordinates=[],
        text=text,
        mesh_resource="",
        mesh_file=msg_type("visualization_msgs/msg/MeshFile")(filename="", data=np.zeros(0, np.uint8)),
        mesh_use_embedded_materials=False,
    )


def estimate_markers(estimate: Any, objects: list[Any], T_camera_scene: np.ndarray | None, stamp_ns: int,
                     frame_id: str, lifetime_s: float = 2.0) -> Any:
    """MarkerArray of one estimate.

    ``objects``: the :class:`SceneObject` of the query (boxes in the scene frame);
    ``T_camera_scene``: 4x4 from the scene frame into the camera optical frame
    ``frame_id`` (None when there is no scene: only the text is drawn).
    """
    M = msg_type("visualization_msgs/msg/Marker")
    if not estimate.valid:
        return invalid_markers(estimate.reason, stamp_ns, frame_id, lifetime_s)
    markers = [_marker(0, M.CUBE, stamp_ns, frame_id, lifetime_s, action=M.DELETEALL)]
    mid = 1
    centres = []
    if T_camera_scene is not None:
        for i, obj in enumerate(objects):
            rgb = PALETTE[i % len(PALETTE)]
            centre, q = box_pose_in_camera(obj.box, T_camera_scene)
            centres.append(centre)
            size = np.maximum(obj.box.size, 1e-3)
            markers.append(_marker(mid, M.CUBE, stamp_ns, frame_id, lifetime_s, position=centre, orientation=q,
                                   scale=tuple(size), color=_color(rgb, 0.35)))
            mid += 1
            # label above the box: "up" in the optical frame is -y
            top = centre + np.array([0.0, -(0.5 * float(np.max(size)) + 0.03), 0.0])
            markers.append(_marker(mid, M.TEXT_VIEW_FACING, stamp_ns, frame_id, lifetime_s, position=top,
                                   scale=(0.0, 0.0, 0.03), color=_color(rgb, 1.0), text=obj.name))
            mid += 1
    label = estimate.answer or _value_text(estimate)
    if len(centres) == 2 and estimate.query.is_quantitative:
        markers.append(_marker(mid, M.LINE_LIST, stamp_ns, frame_id, lifetime_s, scale=(0.005, 0.0, 0.0),
                               color=_color((1.0, 1.0, 0.0), 1.0), points=[centres[0], centres[1]]))
        mid += 1
        markers.append(_marker(mid, M.TEXT_VIEW_FACING, stamp_ns, frame_id, lifetime_s,
                               position=(centres[0] + centres[1]) / 2.0, scale=(0.0, 0.0, 0.03),
                               color=_color((1.0, 1.0, 0.0), 1.0), text=label))
    elif centres:
        markers.append(_marker(mid, M.TEXT_VIEW_FACING, stamp_ns, frame_id, lifetime_s,
                               position=centres[0] + np.array([0.0, -0.12, 0.0]), scale=(0.0, 0.0, 0.03),
                               color=_color((1.0, 1.0, 0.0), 1.0), text=label))
    return msg_type("visualization_msgs/msg/MarkerArray")(markers=markers)


def invalid_markers(reason: str, stamp_ns: int, frame_id: str, lifetime_s: float = 2.0) -> Any:
    """MarkerArray clearing the namespace and showing ``reason`` in red in front of the camera."""
    M = msg_type("visualization_msgs/msg/Marker")
    return msg_type("visualization_msgs/msg/MarkerArray")(markers=[
        _marker(0, M.CUBE, stamp_ns, frame_id, lifetime_s, action=M.DELETEALL),
        _marker(1, M.TEXT_VIEW_FACING, stamp_ns, frame_id, lifetime_s, position=np.array([0.0, -0.05, 0.5]),
                scale=(0.0, 0.0, 0.03), color=_color((1.0, 0.1, 0.1), 1.0), text=f"invalid: {reason}"),
    ])


def _value_text(estimate: Any) -> str:
    if estimate.value_m is not None:
        return f"{estimate.value_m:.2f} m"
    if estimate.truth is not None:
        return "yes" if estimate.truth else "no"
    return ""
