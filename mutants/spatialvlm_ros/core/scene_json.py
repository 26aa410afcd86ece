"""A scene graph as the ``spatialvlm scene --json`` document (plain JSON types)."""

from __future__ import annotations

import dataclasses
import math
from typing import Any

import numpy as np

from spatialvlm_ros.core.scene import SceneGraph


def _json_value(x: Any) -> Any:
    """Plain JSON types from numpy scalars/arrays; non-finite floats become None."""
    if isinstance(x, dict):
        return {str(k): _json_value(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_json_value(v) for v in x]
    if isinstance(x, np.ndarray):
        return _json_value(x.tolist())
    if isinstance(x, (bool, np.bool_)):
        return bool(x)
    if isinstance(x, (int, np.integer)):
        return int(x)
    if isinstance(x, (float, np.floating)):
        return float(x) if math.isfinite(float(x)) else None
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        return _json_value(dataclasses.asdict(x))
    return x


def scene_graph_to_dict(scene: SceneGraph, relations: bool = True) -> dict:
    """The ``spatialvlm scene --json`` document (metres, radians for yaw, scene frame).

    ``objects``: name, id, center, size (box x, box y, height), yaw, n_points,
    on_support, bottom, top. ``relations``: one entry per unordered pair (a before b in
    object order) with every quantity and predicate of
    :func:`spatialvlm_ros.core.quantities.relations` (A = a relative to B = b).
    """
    doc: dict[str, Any] = {
        "frame": scene.frame_id,
        "gravity_source": scene.gravity_source,
        "gravity_known": scene.gravity_known,
        "stamp_ns": int(scene.stamp_ns),
        "T_scene_camera": scene.T_scene_camera,
        "viewer": scene.viewer.to_dict(),
        "support_plane": None
        if scene.support_plane is None
        else {"normal": scene.support_plane[0], "d": scene.support_plane[1]},
        "objects": [
            {
                "name": o.name,
                "id": o.id,
                "center": o.box.center,
                "size": o.box.size,
                "yaw": o.box.yaw,
                "bottom": o.box.bottom,
                "top": o.box.top,
                "n_points": o.n_points,
                "on_support": o.on_support,
            }
            for o in scene.objects
        ],
        "relations": [],
    }
    if relations:
        from spatialvlm_ros.core.quantities import relations as pair_relations

        objs = scene.objects
        for i, a in enumerate(objs):
            for b in objs[i + 1:]:
                doc["relations"].append({"a": a.name, "b": b.name, **pair_relations(scene, a, b)})
    return _json_value(doc)
