"""A persistent simulated robot: a Franka Panda at a table with named objects (pybullet).

For the ROS replay and the closed loop. World frame = the robot base frame on the table
top (z up, metres); the camera is fixed (a random pose from the seed, seeing every object
and the gripper at its home pose) and renders :class:`RGBDFrame`\\ s stamped with the
simulation time. The gripper (Panda hand + fingers) is a segmented object named
"gripper". Control: inverse kinematics of the tool centre point (TCP, midway between
the fingertips, link ``panda_grasptarget``) with joint limits and rest poses, joint
position control, ``stepSimulation`` at ``world.time_step``. Objects are fixed bodies
unless ``world.dynamic_objects``; place them with :meth:`SimWorld.reset_object_pose`.
Grasping is not modelled.
"""

from __future__ import annotations

import logging

import numpy as np

from spatialvlm_ros.core.frame import RGBDFrame, Segmentation
from spatialvlm_ros.errors import InputError, UnknownObjectError
from spatialvlm_ros.sim import assembly as A
from spatialvlm_ros.sim.camera import (
    intrinsics_from_config,
    render,
    sample_camera_pose,
    sample_light_direction,
    search_intrinsics,
)
from spatialvlm_ros.sim.config import SimConfig
from spatialvlm_ros.sim.noise import apply_depth_noise, apply_rgb_noise, bleed_masks
from spatialvlm_ros.sim.objects import place_specs, sample_specs
from spatialvlm_ros.sim.truth import GRIPPER_NAME, SceneTruth

log = logging.getLogger(__name__)


class SimWorld:
    """The simulated robot world (see the module docstring).

    ``T_world_camera`` overrides the sampled camera pose (4x4, optical frame in world).
    ``noisy`` applies the noise model to rendered frames (default: ``noise.enabled``).
    ``objects`` names objects that must be placed ("red cube", "mug"), first, in order.
    """

    def __init__(self, seed: int, config: SimConfig | None = None, T_world_camera: np.ndarray | None = None,
                 noisy: bool | None = None, objects: list[str] | None = None) -> None:
        import pybullet as p

        self._p = p
        self.config = cfg = config or SimConfig.from_yaml()
        self.seed = int(seed)
        self.noisy = cfg.noise.enabled if noisy is None else bool(noisy)
        wc = cfg.world
        self.time_step = float(wc.get("time_step", 1.0 / 240.0))
        self._stamp0 = int(wc.get("camera_stamp_start_ns", 10**9))
        self._steps = 0
        self._frames = 0
        self._last_labels: np.ndarray | None = None
        rng = np.random.default_rng(self.seed)
        specs = sample_specs(rng, cfg, objects)
        placements = place_specs(specs, rng, cfg, stack_rng=np.random.default_rng([self.seed, 4]))
        pixels = int(cfg.image["width"]) * int(cfg.image["height"])
        client, used = A.connect(str(wc.get("renderer", cfg.renderer)), gravity=True, image_pixels=pixels)
        self._asm = A.Assembly(client=client, renderer=used, robot=None)
        self.client = client
        try:
            p.setTimeStep(self.time_step, physicsClientId=client)
            A.build_static(client, cfg)
            self.robot = A.load_panda(client)
            self._asm.robot = self.robot
            mass = 0.2 if wc.get("dynamic_objects", False) else 0.0
            A.add_objects(self._asm, specs, placements, mass=mass)
            self._ik_iterations = int(wc.get("ik_iterations", 100))
            self._ik_threshold = float(wc.get("ik_threshold", 5e-4))
            self._force = float(wc.get("max_joint_force", 240.0))
            self._max_speed = float(wc.get("max_tcp_speed", 0.3))
            self._ik_every = max(int(wc.get("ik_every", 4)), 1)
            self._waypoint_reset = float(wc.get("waypoint_reset", 0.05))
            self.home_position = np.asarray(wc.get("home_hand_position", [0.4, 0.0, 0.4]), float)
            self.reset_gripper(self.home_position)
            self.intrinsics = intrinsics_from_config(cfg.image)
            self._near, self._far = float(cfg.image["near"]), float(cfg.image["far"])
            if T_world_camera is None:
                T_world_camera = self._sample_camera(rng)
            T = np.asarray(T_world_camera, float)
            if T.shape != (4, 4):
                raise InputError("SimWorld: T_world_camera must be a 4x4 matrix")
            self.T_world_camera = T
            self.light_direction = sample_light_direction(np.random.default_rng([self.seed, 3]))
        except Exception:
            self._asm.close()
            raise

    # ----------------------------------------------------------------- set-up
    def _sample_camera(self, rng: np.random.Generator) -> np.ndarray:
        """A camera pose seeing every object and the gripper at home (best of the tries)."""
        cam = self.config.camera
        small, ratio = search_intrinsics(self.intrinsics)
        need = float(cam.get("min_visible_pixels", 150)) * ratio
        need_grip = max(float(self.config.world.get("min_gripper_pixels", 20)) * 4 * ratio, 1.0)
        pts = [self._p.getBasePositionAndOrientation(b, physicsClientId=self.client)[0]
               for b in self._asm.bodies.values()]
        center = np.mean(np.vstack([pts, [A.tcp_position(self.client, self.robot)]]), axis=0)
        best = None
        for _ in range(int(cam.get("max_tries", 30))):
            T, _params = sample_camera_pose(rng, cam, center)
            img = render(self.client, T, small, self._near, self._far, self._asm.renderer)
            labels = A.instance_labels(self._asm, img)
            counts = np.bincount(labels.reshape(-1), minlength=self._asm.gripper_id + 1)
            score = min(min(counts[1:self._asm.gripper_id]) / need, counts[self._asm.gripper_id] / need_grip)
            if best is None or score > best[0]:
                best = (score, T)
            if score >= 1.0:
                break
        if best[0] < 1.0:
            log.warning("SimWorld camera: no pose showed every object and the gripper well; using the best")
        return best[1]

    # ----------------------------------------------------------------- queries
    @property
    def sim_time_ns(self) -> int:
        """Simulation time stamp (ns): ``world.camera_stamp_start_ns`` + steps * time_step."""
        return self._stamp0 + round(self._steps * self.time_step * 1e9)

    @property
    def renderer(self) -> str:
        return self._asm.renderer

    def object_names(self, include_gripper: bool = False) -> list[str]:
        """Names of the placed objects (instance ids 1..n); "gripper" last if asked."""
        names = [s.name for s in self._asm.specs.values()]
        return names + [GRIPPER_NAME] if include_gripper else names

    def gripper_position(self) -> np.ndarray:
        """World position (m) of the TCP, midway between the fingertips."""
        return A.tcp_position(self.client, self.robot)

    def gripper_orientation(self) -> np.ndarray:
        """World orientation (x, y, z, w) of the TCP frame (z = approach direction)."""
        st = self._p.getLinkState(self.robot, A.TCP_LINK, computeForwardKinematics=True, physicsClientId=self.client)
        return np.asarray(st[5], float)

    def truth(self) -> SceneTruth:
        """True boxes/poses now (gripper included); visible pixels from the last render."""
        return A.scene_truth(self._asm, self._last_labels)

    def _body(self, name: str) -> int:
        for inst, spec in self._asm.specs.items():
            if spec.name == name:
                return self._asm.bodies[inst]
        raise UnknownObjectError(f"SimWorld has no object {name!r} (has: {', '.join(self.object_names())})")

    # ----------------------------------------------------------------- control
    def reset_object_pose(self, name: str, position, quaternion_xyzw=None) -> None:
        """Teleport object ``name`` to ``position`` (world, its box centre) and orientation
        (default upright, yaw 0). Velocities are zeroed."""
        body = self._body(name)
        q = (0.0, 0.0, 0.0, 1.0) if quaternion_xyzw is None else tuple(float(x) for x in quaternion_xyzw)
        self._p.resetBasePositionAndOrientation(body, [float(x) for x in position], q, physicsClientId=self.client)
        self._p.resetBaseVelocity(body, [0, 0, 0], [0, 0, 0], physicsClientId=self.client)

    def reset_gripper(self, position, quaternion_xyzw=None) -> float:
        """Teleport the arm (no dynamics) so the TCP is at ``position``; returns the residual (m)."""
        q = A.DOWN_XYZW if quaternion_xyzw is None else tuple(quaternion_xyzw)
        err = A.pose_panda(self.client, self.robot, position, q)
        self._target = (np.asarray(position, float), q)
        self._waypoint = np.asarray(position, float)
        self._hold_current()
        return err

    def _hold_current(self) -> None:
        p = self._p
        joints = list(A.ARM_JOINTS) + list(A.FINGER_JOINTS)
        q = [p.getJointState(self.robot, j, physicsClientId=self.client)[0] for j in joints]
        self._command(q[:7])

    def _command(self, q_arm) -> None:
        p = self._p
        joints = list(A.ARM_JOINTS) + list(A.FINGER_JOINTS)
        targets = list(q_arm[:7]) + [0.04, 0.04]
        p.setJointMotorControlArray(
            self.robot, joints, p.POSITION_CONTROL, targetPositions=targets,
            forces=[self._force] * 7 + [40.0, 40.0], physicsClientId=self.client,
        )

    def set_gripper_target(self, position, quaternion_xyzw=None) -> None:
        """Aim the TCP at ``position`` (world, m) with orientation ``quaternion_xyzw``
        (default: pointing straight down); :meth:`step` moves toward it.

        The commanded waypoint continues from where it is (so a stream of nearby targets
        gives one smooth motion at ``world.max_tcp_speed``); it restarts from the actual TCP
        when the two are more than ``world.waypoint_reset`` apart (e.g. after a collision).
        """
        pos = np.asarray(position, float).reshape(3)
        if not np.all(np.isfinite(pos)):
            raise InputError(f"gripper target {position} is not finite")
        q = A.DOWN_XYZW if quaternion_xyzw is None else tuple(float(x) for x in quaternion_xyzw)
        self._target = (pos, q)
        tcp = self.gripper_position()
        if np.linalg.norm(self._waypoint - tcp) > self._waypoint_reset:
            self._waypoint = tcp
        self._update_ik()

    def _update_ik(self, dt: float = 0.0) -> None:
        """Advance the Cartesian waypoint toward the target (at most ``max_tcp_speed``) and
        command the joint positions IK gives for it."""
        pos, q = self._target
        delta = pos - self._waypoint
        dist = float(np.linalg.norm(delta))
        reach = self._max_speed * dt
        if dist <= reach:
            self._waypoint = pos.copy()
        elif reach > 0:
            self._waypoint = self._waypoint + delta * (reach / dist)
        sol = A.solve_ik(self.client, self.robot, self._waypoint, q, self._ik_iterations, self._ik_threshold)
        self._command(sol[:7])

    def step(self, n: int = 1) -> None:
        """Advance the simulation ``n`` steps; the TCP waypoint moves toward the target at
        ``world.max_tcp_speed`` and IK is re-solved every ``world.ik_every`` steps."""
        for _ in range(int(n)):
            if self._steps % self._ik_every == 0:
                self._update_ik(self._ik_every * self.time_step)
            self._p.stepSimulation(physicsClientId=self.client)
            self._steps += 1

    def move_gripper_to(self, position, quaternion_xyzw=None, tolerance: float = 0.01,
                        max_steps: int = 2400) -> bool:
        """Drive the TCP to ``position``; True when within ``tolerance`` (m) and settled."""
        self.set_gripper_target(position, quaternion_xyzw)
        target = np.asarray(position, float)
        prev = self.gripper_position()
        for _ in range(0, int(max_steps), 10):
            self.step(10)
            cur = self.gripper_position()
            moved = float(np.linalg.norm(cur - prev))
            prev = cur
            if np.linalg.norm(cur - target) <= tolerance and moved < 1e-4:
                return True
        ok = bool(np.linalg.norm(self.gripper_position() - target) <= tolerance)
        if not ok:
            log.info("gripper stopped %.3f m from %s", np.linalg.norm(self.gripper_position() - target), target)
        return ok

    # ----------------------------------------------------------------- sensing
    def render(self) -> RGBDFrame:
        """One camera frame: RGB, metric depth, segmentation (objects + "gripper"), pose, stamp."""
        img = render(self.client, self.T_world_camera, self.intrinsics, self._near, self._far, self._asm.renderer,
                     self.light_direction)
        labels = A.instance_labels(self._asm, img)
        self._last_labels = labels
        names = {inst: spec.name for inst, spec in self._asm.specs.items() if np.any(labels == inst)}
        n_grip = int(np.count_nonzero(labels == self._asm.gripper_id))
        if n_grip >= int(self.config.world.get("min_gripper_pixels", 20)):
            names[self._asm.gripper_id] = GRIPPER_NAME
        else:
            labels = np.where(labels == self._asm.gripper_id, 0, labels).astype(np.uint16)
        depth, rgb = img.depth, img.rgb
        if self.noisy:
            rng = np.random.default_rng([self.seed, 2, self._frames])
            labels = bleed_masks(labels, rng, self.config.noise)
            depth = apply_depth_noise(depth, rng, self.config.noise)
            rgb = apply_rgb_noise(rgb, rng, self.config.noise)
        self._frames += 1
        return RGBDFrame(
            rgb=rgb, depth=depth, intrinsics=self.intrinsics, stamp_ns=self.sim_time_ns,
            T_world_camera=self.T_world_camera.copy(), world_frame_id="world",
            segmentation=Segmentation(labels, names),
            metadata={"source": "sim_world", "seed": self.seed, "frame_index": self._frames - 1},
        )

    # ----------------------------------------------------------------- lifetime
    def close(self) -> None:
        """Disconnect the pybullet client (idempotent)."""
        self._asm.close()

    def __enter__(self) -> SimWorld:  # noqa: PYI034 - Python 3.10 (ROS 2 Humble) has no typing.Self
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __del__(self) -> None:  # pragma: no cover - best effort
        # at interpreter exit pybullet may be half torn down: never raise from here
        try:
            self.close()
        except Exception:  # noqa: BLE001, S110
            pass
