"""``spatialvlm sim-bag OUT_BAG``: a camera rosbag2 of the simulated Panda approaching an object.

The input a replay needs without a robot: the sim engineer's :class:`SimWorld`
(pybullet) renders RGB, depth and instance masks while the gripper's tool
centre point moves in a straight line from a start point above and beside the
target object down towards it. Written topics (rosbag2 v8, mcap or sqlite3):

- the camera topics of :class:`~spatialvlm_ros.ros.bags.CameraTopics` (colour
  rgb8, aligned depth 16UC1 mm or 32FC1 m, camera_info, instance masks),
- ``/tf_static``: ``world`` -> camera optical frame; ``/tf``: ``world`` ->
  ``panda_hand_tcp`` (the gripper TCP) per frame,
- ``/spatialvlm/truth``: ``spatialvlm_ros/SpatialEstimate`` with source
  ``truth``: the true centre distance gripper <-> object (true boxes, metres).
"""

from __future__ import annotations

import argparse
import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

TCP_FRAME = "panda_hand_tcp"


@dataclass
class SimBagResult:
    path: Path
    target: str
    frames: int
    truth_m: list[float]
    objects: list[str]


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "sim-bag",
        help="write a camera rosbag2 of the simulated gripper approaching an object (input for replay)",
        description=(
            "Simulate a Franka Panda (pybullet) moving its gripper towards one object and record "
            "colour, aligned depth, camera_info, instance masks, TF and the true gripper-object "
            "distance into a rosbag2 (version 8: readable by ROS 2 Humble and newer)."
        ),
    )
    p.add_argument("out", metavar="OUT_BAG", help="bag directory to create (must not exist)")
    p.add_argument("--seed", type=int, default=0, help="scene seed (default 0)")
    p.add_argument("--frames", type=int, default=30, help="number of camera frames (default 30)")
    p.add_argument("--object", default=None, help="object to approach (default: the first object of the scene)")
    p.add_argument("--width", type=int, default=640, help="image width (default 640)")
    p.add_argument("--height", type=int, default=480, help="image height (default 480)")
    p.add_argument("--storage", choices=("mcap", "sqlite3"), default="mcap", help="bag storage (default mcap)")
    p.add_argument("--depth-encoding", choices=("16UC1", "32FC1"), default="16UC1",
                   help="depth image encoding: 16UC1 millimetres (default) or 32FC1 metres")
    p.add_argument("--start-offset", type=float, nargs=3, default=(-0.12, 0.0, 0.30), metavar=("DX", "DY", "DZ"),
                   help="start of the approach relative to the object's centre, world frame, metres")
    p.add_argument("--end-height", type=float, default=0.05,
                   help="end of the approach: this far above the object's top, metres (default 0.05)")
    p.add_argument("--clean", action="store_true", help="exact depth and masks (no noise model)")
    p.add_argument("--config", default=None, help="YAML overriding config/sim.yaml")
    p.set_defaults(func=run)


def make_sim_bag(out: str | Path, seed: int = 0, frames: int = 30, target: str | None = None,
                 width: int = 640, height: int = 480, storage: str = "mcap", depth_encoding: str = "16UC1",
                 start_offset: tuple[float, float, float] = (-0.12, 0.0, 0.30), end_height: float = 0.05,
                 noisy: bool = True, config: str | None = None, progress: bool = True) -> SimBagResult:
    """Simulate the approach and write the bag (see the module docstring)."""
    from scipy.spatial.transform import Rotation
    from tqdm import tqdm

    from spatialvlm_ros.core.estimate import SpatialEstimate
    from spatialvlm_ros.core.quantities import measure
    from spatialvlm_ros.core.query import SpatialQuery
    from spatialvlm_ros.errors import InputError
    from spatialvlm_ros.ros import bags, convert
    from spatialvlm_ros.sim.config import SimConfig
    from spatialvlm_ros.sim.truth import GRIPPER_NAME, truth_scene_graph
    from spatialvlm_ros.sim.world import SimWorld

    if frames < 2:
        raise InputError(f"--frames must be at least 2, got {frames}")
    if width < 32 or height < 32:
        raise InputError(f"image size {width}x{height} is too small (at least 32x32)")
    out = Path(out)
    if out.exists():
        raise InputError(f"output bag {out} exists already; choose another path")
    cfg = SimConfig.from_yaml(config)
    cfg.image = dict(cfg.image, width=int(width), height=int(height))
    world = SimWorld(seed, cfg, noisy=noisy)
    try:
        names = world.object_names()
        if not names:
            raise InputError(f"the simulated scene of seed {seed} has no objects")
        target = target or names[0]
        if target not in names:
            raise InputError(f"no object {target!r} in the scene of seed {seed} (objects: {', '.join(names)})")
        obj = world.truth().find(target)
        centre = np.asarray(obj.box.center, float)
        start = centre + np.asarray(start_offset, float)
        end = np.array([centre[0], centre[1], obj.box.top + end_height])
        world.reset_gripper(start)
        world.move_gripper_to(start, max_steps=600)
        query = SpatialQuery("distance", (GRIPPER_NAME, target), "value")
        truth_m = []
        # written frame by frame: a killed run leaves a bag of the frames rendered so far
        with bags.CameraBagStream(out, storage=storage, depth_encoding=depth_encoding, static_tf=True) as bag:
            for i in tqdm(range(frames), desc="sim-bag", unit="frame", disable=not progress):
                goal = start + (end - start) * (i / (frames - 1))
                world.move_gripper_to(goal, tolerance=0.005, max_steps=480)
                frame = world.render()
                frame.frame_id = "camera_color_optical_frame"
                t = frame.stamp_ns
                truth = world.truth()
                tcp = np.eye(4)
                tcp[:3, :3] = Rotation.from_quat(world.gripper_orientation()).as_matrix()
                tcp[:3, 3] = world.gripper_position()
                bag.write_frame(frame)
                bag.write(bags.TOPIC_TF, bags.tf_message([convert.transform_stamped(tcp, "world", TCP_FRAME, t)]), t)
                scene = truth_scene_graph(truth, frame.T_world_camera, stamp_ns=t)
                m = measure(scene, query)
                est = SpatialEstimate(query=query, valid=m.value_m is not None, source="truth", value_m=m.value_m,
                                      answer=f"{m.value_m:.3f} m" if m.value_m is not None else "", unit="m",
                                      confidence=1.0)
                bag.write(bags.TOPIC_TRUTH, convert.estimate_to_msg(est, t, "world"), t)
                truth_m.append(float(m.value_m) if m.value_m is not None else float("nan"))
        log.info("wrote %d frames to %s (%s)", frames, out, storage)
    finally:
        world.close()
    return SimBagResult(out, target, frames, truth_m, names)


def run(args: argparse.Namespace) -> int:
    res = make_sim_bag(args.out, seed=args.seed, frames=args.frames, target=args.object, width=args.width,
                       height=args.height, storage=args.storage, depth_encoding=args.depth_encoding,
                       start_offset=tuple(args.start_offset), end_height=args.end_height, noisy=not args.clean,
                       config=args.config)
    print(f"wrote {res.path}: {res.frames} frames, gripper -> {res.target!r}, true distance "
          f"{res.truth_m[0]:.3f} -> {res.truth_m[-1]:.3f} m (objects: {', '.join(res.objects)})")
    print(f"replay it with: spatialvlm replay {res.path} -o {res.path}_reward --objects gripper {res.target!r}")
    return 0
