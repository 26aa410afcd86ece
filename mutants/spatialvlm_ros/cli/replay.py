"""``spatialvlm replay IN_BAG -o OUT_BAG``: run the reward node logic offline over a camera bag."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "replay",
        help="replay a camera rosbag2 through the estimator and reward logic into a new bag",
        description=(
            "Read colour, aligned depth and camera_info (and instance masks, TF when present) from a "
            "rosbag2 (mcap or sqlite3), run the same logic as the reward node on every synchronised "
            "frame and write a rosbag2 (version 8) with every input topic copied plus "
            "/spatialvlm/estimate (SpatialEstimate) and /spatialvlm/reward (RewardSignal)."
        ),
    )
    p.add_argument("bag", metavar="IN_BAG", help="input bag directory (or .mcap/.db3 file)")
    p.add_argument("-o", "--out", required=True, metavar="OUT_BAG", help="output bag directory (must not exist)")
    p.add_argument("--task", default=None,
                   help="reward task preset of config/reward.yaml (default: the params' task, reach)")
    p.add_argument("--objects", nargs=2, metavar=("A", "B"), default=None,
                   help="the two objects of the task (default: the params' task_objects), e.g. gripper 'red cube'")
    p.add_argument("--reward-config", default=None, help="reward YAML (default config/reward.yaml)")
    p.add_argument("--backend", default=None, help="estimator backend: geometry (default), vlm or hybrid")
    p.add_argument("--model-config", default=None, help="vlm/hybrid model config (config/models/*.yaml)")
    p.add_argument("--checkpoint", default=None, help="model folder/hub id replacing the model config's")
    p.add_argument("--geometry-config", default=None, help="geometry config YAML (default config/geometry.yaml)")
    p.add_argument("--device", default=None, help="torch device of the model (default: the model config's)")
    p.add_argument("--params", default=None,
                   help="a ROS 2 parameter file (config/ros_*.yaml): topics, world frame, slop from reward_node")
    p.add_argument("--rgb-topic", default=None, help="colour image topic (overrides --params)")
    p.add_argument("--depth-topic", default=None, help="aligned depth topic (overrides --params)")
    p.add_argument("--camera-info-topic", default=None, help="camera_info topic (overrides --params)")
    p.add_argument("--masks-topic", default=None, help="instance masks topic ('' = none; overrides --params)")
    p.add_argument("--world-frame", default=None, help="gravity-aligned TF frame (default world; '' = no TF)")
    p.add_argument("--slop", type=float, default=None, help="synchroniser slop, seconds (default 0.02)")
    p.add_argument("--storage", choices=("mcap", "sqlite3"), default="mcap", help="output storage (default mcap)")
    p.add_argument("--markers", action="store_true", help="also write RViz markers on /spatialvlm/markers")
    p.add_argument("--question", action="append", default=[], metavar="TEXT",
                   help="also ask this question about every frame (query node logic) -> /spatialvlm/query/estimate;"
                        " repeatable")
    p.add_argument("--no-copy", action="store_true", help="do not copy the input topics")
    p.add_argument("--max-frames", type=int, default=None, help="stop after this many frames")
    p.set_defaults(func=run)


def node_params(args: argparse.Namespace) -> dict:
    """reward_node parameters: defaults < --params file < command-line options."""
    from spatialvlm_ros.ros.params import load_node_params, resolve

    params = load_node_params(args.params, "reward_node") if args.params else resolve("reward_node")
    for key in ("backend", "model_config", "checkpoint", "geometry_config", "device"):
        value = getattr(args, key)
        if value is not None:
            params[key] = value
    return params


def replay_config(args: argparse.Namespace, params: dict):
    """ReplayConfig from the node parameters and the command-line overrides."""
    from spatialvlm_ros.ros.bags import CameraTopics
    from spatialvlm_ros.ros.replay import ReplayConfig

    default_topics = CameraTopics()
    rgb = args.rgb_topic or params["rgb_topic"]
    depth = args.depth_topic or params["depth_topic"]
    info = args.camera_info_topic or params["camera_info_topic"]
    masks = args.masks_topic if args.masks_topic is not None else (params["masks_topic"] or default_topics.masks)
    world = args.world_frame if args.world_frame is not None else (params["world_frame"] or "world")
    slop = args.slop if args.slop is not None else params["sync_slop_s"]
    return ReplayConfig(
        topics=CameraTopics(rgb=rgb, depth=depth, camera_info=info, masks=masks or None),
        world_frame=world, slop_s=float(slop), storage=args.storage, copy_input=not args.no_copy,
        markers=args.markers, max_frames=args.max_frames, questions=list(args.question),
    )


def run(args: argparse.Namespace) -> int:
    from spatialvlm_ros.core.reward import RewardTask
    from spatialvlm_ros.errors import InputError
    from spatialvlm_ros.ros.estimator_setup import make_estimator
    from spatialvlm_ros.ros.replay import replay_bag

    if args.max_frames is not None and args.max_frames < 1:
        raise InputError(f"--max-frames must be positive, got {args.max_frames}")
    params = node_params(args)
    cfg = replay_config(args, params)
    objects = args.objects or params["task_objects"]
    overrides = {"objects": tuple(objects)} if objects else {}
    task = RewardTask.from_yaml(args.task or params["task"], args.reward_config or params["reward_config"] or None,
                                **overrides)
    estimator = make_estimator(params)
    estimator.load()
    try:
        stats = replay_bag(args.bag, args.out, estimator, task, cfg)
    finally:
        estimator.unload()
    print(f"wrote {args.out}: {stats.frames} frames ({stats.valid_rewards} valid rewards, "
          f"{stats.invalid_rewards} invalid, {stats.rejected} frames rejected), {stats.copied} input messages "
          f"copied, {stats.fps:.1f} frames/s")
    for reason, n in sorted(stats.reasons.items(), key=lambda x: -x[1])[:3]:
        print(f"  {n} x {reason}")
    return 0
