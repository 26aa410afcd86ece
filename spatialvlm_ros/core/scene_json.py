"""A scene graph as the ``spatialvlm scene --json`` document (plain JSON types)."""

from __future__ import annotations

from typing import Any

from spatialvlm_ros.core.plain import json_value
from spatialvlm_ros.core.scene import SceneGraph


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
    return json_value(doc)
