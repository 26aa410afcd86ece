"""A simulated RGB-D camera (pybullet) as ROS 2 messages: the transport-free half of ``sim_camera_node``.

The scene is the one ``spatialvlm sim --seed SEED`` renders (objects, their placement and the
camera pose of :func:`spatialvlm_ros.sim.tabletop.generate_scene`), held in a persistent
:class:`~spatialvlm_ros.sim.world.SimWorld` so the Panda can move (``approach``: the gripper's
tool centre point moves in a straight line towards the named object's top at
``approach_speed_mps``). Each :meth:`SimCamera.render` gives rosbags messages, like a RealSense
driver with depth aligned to colour:

- ``rgb`` (rgb8), ``depth`` (16UC1 mm or 32FC1 m), ``camera_info``, ``masks``
  (``spatialvlm_ros/InstanceMasks``), all in ``camera_frame``;
- ``truth``: ``vision_msgs/Detection3DArray`` of every object's true gravity-aligned box in
  ``world_frame`` (gripper included), metres;
- the gripper pose ``T_world_tcp`` (4x4).

:meth:`SimCamera.transforms` gives the TF of the camera pose: ``world_frame`` -> each frame of
``tf_chain`` -> ``camera_frame``, one edge per pair, each with its own rotation and
translation (fixed, seeded; they do not commute) and composing exactly to the true
``T_world_camera``, plus the gripper edge ``world_frame`` -> ``panda_hand_tcp``.
"""

from __future__ import annotations

import itertools
import logging
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy.spatial.transform import Rotation

from spatialvlm_ros.errors import ConfigError, InputError
from spatialvlm_ros.ros import convert

log = logging.getLogger(__name__)

TCP_FRAME = "panda_hand_tcp"


@dataclass
class SimCameraConfig:
    """What the simulated camera renders (see :data:`spatialvlm_ros.ros.params.SIM_CAMERA_PARAMS`)."""

    seed: int = 0
    sim_config: str = ""
    width: int = 640
    height: int = 480
    noisy: bool = True
    depth_encoding: str = "16UC1"
    camera_frame: str = "camera_color_optical_frame"
    world_frame: str = "world"
    tf_chain: tuple[str, ...] = ()
    approach: str = ""
    approach_speed_mps: float = 0.05

    @classmethod
    def from_params(cls, p: dict[str, Any]) -> SimCameraConfig:
        """From resolved node parameters; a bad value raises ConfigError naming the parameter."""
        if p["seed"] < 0:
            raise ConfigError(f"parameter 'seed' must be >= 0, got {p['seed']}")
        if p["width"] < 32 or p["height"] < 32:
            raise ConfigError(f"parameters 'width'/'height' must be at least 32, got {p['width']}x{p['height']}")
        if p["depth_encoding"] not in ("16UC1", "32FC1"):
            raise ConfigError(f"parameter 'depth_encoding' must be 16UC1 or 32FC1, got {p['depth_encoding']!r}")
        if p["approach_speed_mps"] <= 0:
            raise ConfigError(f"parameter 'approach_speed_mps' must be > 0, got {p['approach_speed_mps']}")
        chain = tuple(f for f in p["tf_chain"] if f)
        frames = [p["world_frame"], *chain, p["camera_frame"]]
        if len(set(frames)) != len(frames) or not all(frames):
            raise ConfigError(f"parameter 'tf_chain': world_frame, tf_chain and camera_frame must be distinct, "
                              f"non-empty frames, got {frames}")
        return cls(seed=int(p["seed"]), sim_config=p["sim_config"], width=int(p["width"]), height=int(p["height"]),
                   noisy=bool(p["noisy"]), depth_encoding=p["depth_encoding"], camera_frame=p["camera_frame"],
                   world_frame=p["world_frame"], tf_chain=chain, approach=p["approach"],
                   approach_speed_mps=float(p["approach_speed_mps"]))


def chain_edges(T_world_camera: np.ndarray, frames: list[str], seed: int = 0) -> list[tuple[str, str, np.ndarray]]:
    """``(parent, child, T_parent_child)`` along ``frames`` (world first, camera last), composing to
    ``T_world_camera``: every edge but the last has a seeded random rotation (20-60 degrees about a
    random axis) and translation (0.1-0.5 m); the last edge is what remains."""
    rng = np.random.default_rng([seed, 7])
    edges = []
    acc = np.eye(4)
    for parent, child in itertools.pairwise(frames[:-1]):
        m = np.eye(4)
        axis = rng.normal(size=3)
        m[:3, :3] = Rotation.from_rotvec(axis / np.linalg.norm(axis) * np.radians(rng.uniform(20, 60))).as_matrix()
        direction = rng.normal(size=3)
        m[:3, 3] = direction / np.linalg.norm(direction) * rng.uniform(0.1, 0.5)
        edges.append((parent, child, m))
        acc = acc @ m
    edges.append((frames[-2], frames[-1], np.linalg.inv(acc) @ np.asarray(T_world_camera, float)))
    return edges


class SimCamera:
    """The simulated scene and camera (see the module docstring). Not thread-safe: one caller."""

    def __init__(self, config: SimCameraConfig) -> None:
        from spatialvlm_ros.sim.camera import import_pybullet_quietly

        import_pybullet_quietly()
        from spatialvlm_ros.sim.config import SimConfig
        from spatialvlm_ros.sim.tabletop import generate_scene
        from spatialvlm_ros.sim.world import SimWorld

        self.config = config
        cfg = SimConfig.from_yaml(config.sim_config or None)
        cfg.image = dict(cfg.image, width=int(config.width), height=int(config.height))
        scene = generate_scene(config.seed, cfg)  # the scene (and camera pose) of `spatialvlm sim`
        self.world = SimWorld(config.seed, cfg, T_world_camera=scene.T_world_camera, noisy=config.noisy)
        self.T_world_camera = np.asarray(scene.T_world_camera, float)
        names = self.world.object_names()
        self._goal: np.ndarray | None = None
        if config.approach:
            if config.approach not in names:
                self.world.close()
                raise InputError(f"no object {config.approach!r} to approach in the scene of seed {config.seed} "
                                 f"(objects: {', '.join(names)})")
            box = self.world.truth().find(config.approach).box
            self._goal = np.array([box.center[0], box.center[1], box.top + 0.03])
        frames = [config.world_frame, *config.tf_chain, config.camera_frame]
        self.edges = chain_edges(self.T_world_camera, frames, config.seed)

    @property
    def moving(self) -> bool:
        """True while the gripper still approaches its goal (the scene changes)."""
        return self._goal is not None and float(np.linalg.norm(self.world.gripper_position() - self._goal)) > 0.01

    def object_names(self) -> list[str]:
        return self.world.object_names()

    def advance(self, dt_s: float) -> None:
        """Move the gripper ``dt_s`` seconds further towards the approach goal (no-op without one)."""
        if self._goal is None:
            return
        pos = self.world.gripper_position()
        step = self._goal - pos
        dist = float(np.linalg.norm(step))
        if dist <= 1e-4:
            return
        target = pos + step * min(1.0, self.config.approach_speed_mps * dt_s / dist)
        self.world.move_gripper_to(target, tolerance=0.005, max_steps=240)

    def render(self, stamp_ns: int) -> dict[str, Any]:
        """One frame as rosbags messages stamped ``stamp_ns`` (keys in the module docstring)."""
        frame = self.world.render()
        frame.frame_id = self.config.camera_frame
        frame.stamp_ns = int(stamp_ns)
        out = convert.frame_to_messages(frame, depth_encoding=self.config.depth_encoding)
        truth = self.world.truth()
        det = [convert.detection_msg(o.name, o.box, np.eye(4), stamp_ns, self.config.world_frame)
               for o in truth.objects]
        out["truth"] = convert.msg_type("vision_msgs/msg/Detection3DArray")(
            header=convert.header(stamp_ns, self.config.world_frame), detections=det)
        tcp = np.eye(4)
        tcp[:3, :3] = Rotation.from_quat(self.world.gripper_orientation()).as_matrix()
        tcp[:3, 3] = self.world.gripper_position()
        out["T_world_tcp"] = tcp
        return out

    def transforms(self, stamp_ns: int, T_world_tcp: np.ndarray | None = None) -> list[Any]:
        """``geometry_msgs/TransformStamped`` of the camera chain (+ the gripper when given), at ``stamp_ns``."""
        tfs = [convert.transform_stamped(m, parent, child, stamp_ns) for parent, child, m in self.edges]
        if T_world_tcp is not None:
            tfs.append(convert.transform_stamped(T_world_tcp, self.config.world_frame, TCP_FRAME, stamp_ns))
        return tfs

    def close(self) -> None:
        self.world.close()
