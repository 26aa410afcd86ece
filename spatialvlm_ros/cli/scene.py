"""``spatialvlm scene SCENE_DIR``: print the metric 3D scene graph of one RGB-D frame."""

from __future__ import annotations

import argparse
import sys


#: Most objects whose pairwise relations ``scene`` lists (the pairs grow with the square of the objects).
MAX_RELATION_OBJECTS = 64


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "scene",
        help="print the gravity-aligned 3D scene graph of a scene directory",
        description=(
            "Read a scene directory (rgb.png, depth.png or depth.npy, camera_info.yaml, masks.png, "
            "objects.json, optional camera_pose.yaml) and print every object's gravity-aligned box "
            "(centre, size = box x, box y, height; yaw) and the pairwise relations, in metres, in the "
            "scene frame: 'world' when camera_pose.yaml is given, else 'camera' (origin at the camera, "
            "x right, y forward, z up)."
        ),
    )
    p.add_argument("scene_dir", metavar="SCENE_DIR", help="scene directory to read")
    p.add_argument("--json", action="store_true", help="print the scene graph as JSON")
    p.add_argument("--config", default=None, help="geometry YAML (default config/geometry.yaml)")
    p.add_argument("--objects", nargs="+", metavar="NAME", default=None,
                   help="only these objects (names from objects.json)")
    p.add_argument("--draw", metavar="OUT.png", default=None,
                   help="also write the colour image with every object's projected 3D box, name and size")
    p.set_defaults(func=run)


def _fmt_vec(v: list[float], scale: float = 100.0) -> str:
    return "(" + ", ".join(f"{x * scale:6.1f}" for x in v) + ")"


def format_table(doc: dict) -> str:
    """A readable rendering of :func:`scene_graph_to_dict`'s document (centimetres)."""
    lines = [
        f"scene frame: {doc['frame']}   gravity: {doc['gravity_source']}   objects: {len(doc['objects'])}",
        "",
        f"{'object':<20} {'id':>4} {'centre x, y, z [cm]':>24} {'size x, y, h [cm]':>24} {'yaw[deg]':>8} {'points':>7}  support",
    ]
    import math

    for o in doc["objects"]:
        lines.append(
            f"{o['name']:<20} {o['id']:>4} {_fmt_vec(o['center']):>24} {_fmt_vec(o['size']):>24} "
            f"{math.degrees(o['yaw']):8.1f} {o['n_points']:>7}  {'yes' if o['on_support'] else 'no'}"
        )
    if doc["relations"]:
        lines += [
            "",
            f"{'A':<20} {'B':<20} {'dist[cm]':>8} {'horiz':>7} {'vert':>7} {'gap':>7}  clock  relations of A to B",
        ]
        words = ("left_of", "right_of", "above", "below", "in_front_of", "behind", "taller", "shorter")
        for r in doc["relations"]:
            preds = ", ".join(w.replace("_", " ") for w in words if r.get(w))
            clock = (r.get("direction") or {}).get("clock")
            lines.append(
                f"{r['a']:<20} {r['b']:<20} {r['distance'] * 100:8.1f} {r['horizontal_distance'] * 100:7.1f} "
                f"{r['vertical_distance'] * 100:7.1f} {r['gap'] * 100:7.1f}  {clock if clock else '-':>5}  {preds}"
            )
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    import json
    import logging

    from spatialvlm_ros.core.geometry_config import GeometryConfig
    from spatialvlm_ros.core.scene_builder import build_scene_graph
    from spatialvlm_ros.core.scene_json import scene_graph_to_dict
    from spatialvlm_ros.io.scene_dir import read_scene_dir

    if args.draw:  # fail before the work when the image cannot be written
        from spatialvlm_ros.viz.output import check_output

        check_output(args.draw, (".png",), "image")
    cfg = GeometryConfig.from_yaml(args.config)
    frame = read_scene_dir(args.scene_dir)
    scene = build_scene_graph(frame, cfg, names=args.objects)
    relations = len(scene.objects) <= MAX_RELATION_OBJECTS
    if not relations:
        # pairwise relations grow with the square of the objects: bounded (README, "Reliability")
        logging.getLogger(__name__).warning(
            "%d objects: pairwise relations left out (at most %d objects; choose some with --objects)",
            len(scene.objects), MAX_RELATION_OBJECTS)
    doc = scene_graph_to_dict(scene, relations=relations)
    if args.draw:
        from spatialvlm_ros.viz.annotate import draw_scene

        out = draw_scene(frame, scene, args.draw, expected=args.objects)
        print(f"wrote {out}", file=sys.stderr)
    if args.json:
        print(json.dumps(doc, indent=2))
    else:
        print(format_table(doc))
    return 0
