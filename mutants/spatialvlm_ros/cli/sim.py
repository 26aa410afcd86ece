"""``spatialvlm sim SCENE_DIR_OUT``: render one simulated tabletop scene with ground truth."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "sim",
        help="render a simulated tabletop scene (pybullet) into a scene directory with truth.json",
        description=(
            "Render one random tabletop scene (Franka Panda, table, named objects, random camera "
            "with roll) and write it as a scene directory (rgb.png, depth.png, masks.png, "
            "objects.json, camera_info.yaml, camera_pose.yaml) plus truth.json with the true "
            "world-frame boxes. Depth and masks are noisy unless --clean."
        ),
    )
    p.add_argument("out", metavar="SCENE_DIR_OUT", help="directory to write (created; files are overwritten)")
    p.add_argument("--seed", type=int, default=0, help="random seed (same seed, same scene; default 0)")
    p.add_argument("--no-pose", action="store_true", help="leave out camera_pose.yaml (truth.json still has it)")
    p.add_argument("--clean", action="store_true", help="write exact depth, masks and colours (no noise model)")
    p.add_argument("--object", dest="objects", action="append", default=None, metavar="NAME",
                   help="an object that must be in the scene, e.g. 'red cube' or 'mug' (repeatable)")
    p.add_argument("--config", default=None, help="YAML overriding config/sim.yaml")
    p.add_argument("--renderer", choices=("auto", "egl", "tiny"), default=None,
                   help="override the config's renderer")
    p.add_argument("--depth-format", choices=("png", "npy"), default="png",
                   help="depth.png (uint16 mm, default) or depth.npy (float32 m)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from spatialvlm_ros.errors import InputError
    from spatialvlm_ros.sim.camera import import_pybullet_quietly

    import_pybullet_quietly()
    from spatialvlm_ros.sim.tabletop import SimConfig, generate_scene, write_sim_scene

    if args.seed < 0:
        raise InputError(f"--seed must be a non-negative integer, got {args.seed}")
    cfg = SimConfig.from_yaml(args.config)
    if args.renderer:
        cfg.renderer = args.renderer
    scene = generate_scene(args.seed, cfg, objects=args.objects)
    out = write_sim_scene(args.out, scene, with_pose=not args.no_pose, clean=args.clean,
                          depth_format=args.depth_format)
    names = ", ".join(o.name for o in scene.truth.objects if o.visible_pixels > 0)
    print(f"wrote {out} (seed {args.seed}, {scene.renderer} renderer): {names}")
    return 0
