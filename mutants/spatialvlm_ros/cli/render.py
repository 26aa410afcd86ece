"""``spatialvlm render BAG -o OUT.mp4|OUT.gif``: a video of a bag's camera frames with what it recorded."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "render",
        help="video (MP4 or GIF) of a bag: boxes, answers, goal and the growing reward trace on every frame",
        description=(
            "Draw, on every colour image of a bag (a replay output, a closed-loop episode, a sim-bag), what "
            "the bag recorded about it: the boxes and answers of its SpatialEstimate messages, the goal pose "
            "(through the bag's TF), the instruction on top and the reward trace along the bottom. Nothing is "
            "re-estimated. MP4 needs imageio-ffmpeg, GIF Pillow (pip install 'spatialvlm_ros[viz]')."
        ),
    )
    p.add_argument("bag", metavar="BAG", help="rosbag2 directory or .mcap/.db3 file")
    p.add_argument("-o", "--out", required=True, metavar="OUT.mp4|OUT.gif",
                   help="video to write (with --frame: a still image, .png or .jpg)")
    p.add_argument("--frame", type=int, default=None, metavar="N",
                   help="write only video frame N (0-based camera frame; -1 = the last) as a still image")
    p.add_argument("--fps", type=float, default=5.0, help="frames per second of the video (default 5)")
    p.add_argument("--scale", type=float, default=1.0,
                   help="resize the camera image by this factor before drawing (e.g. 0.5 for a small GIF)")
    p.add_argument("--rgb-topic", default=None, help="colour image topic (default: the RealSense-style one)")
    p.add_argument("--camera-info-topic", default=None, help="CameraInfo topic of the colour image")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from spatialvlm_ros.ros.bags import CameraTopics
    from spatialvlm_ros.viz.bag_video import render_bag

    topics = CameraTopics()
    if args.rgb_topic:
        topics = replace(topics, rgb=args.rgb_topic)
    if args.camera_info_topic:
        topics = replace(topics, camera_info=args.camera_info_topic)
    res = render_bag(args.bag, args.out, fps=args.fps, topics=topics, scale=args.scale, progress=args.frame is None,
                     frame=args.frame)
    print(f"wrote {res.path}: {res.frames} frames of {res.width}x{res.height} "
          f"({res.n_estimates} estimates, {res.n_rewards} rewards drawn)")
    return 0
