"""Building the simulated tabletop in a pybullet client: table, floor, Panda, objects.

World frame = the Panda's base frame: origin on the table top at the robot base,
z up, x pointing across the table. The table top is the plane z = 0.
Instance ids: placed objects are 1..n in placement order, the gripper is n + 1.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import numpy as np
from scipy.spatial.transform import Rotation

from spatialvlm_ros.errors import ConfigError
from spatialvlm_ros.sim.camera import RenderedImage, quiet_stdout, setup_renderer
from spatialvlm_ros.sim.objects import ObjectSpec, _obj_vertices, create_body
from spatialvlm_ros.sim.truth import (
    GRIPPER_NAME,
    SceneTruth,
    TruthObject,
    box_from_aabbs,
    box_from_points,
    box_from_pose,
)

log = logging.getLogger(__name__)

PANDA_URDF = "franka_panda/panda.urdf"
#: Link indices of panda.urdf (pybullet_data): arm joints 0..6, hand 8, fingers 9 and 10,
#: grasp target (tool centre point between the fingertips) 11.
ARM_JOINTS = tuple(range(7))
FINGER_JOINTS = (9, 10)
HAND_LINK = 8
GRIPPER_LINKS = (8, 9, 10)
TCP_LINK = 11
PANDA_REST = (0.0, -0.6, 0.0, -2.4, 0.0, 1.9, 0.785)
#: Orientation of the hand pointing straight down (hand z axis = world -z).
DOWN_XYZW = (1.0, 0.0, 0.0, 0.0)


@dataclass
class Assembly:
    """Handles of one built scene inside a pybullet client."""

    client: int | None
    renderer: str
    robot: int | None
    bodies: dict[int, int] = field(default_factory=dict)  # instance id -> body id
    specs: dict[int, ObjectSpec] = field(default_factory=dict)  # instance id -> spec
    gripper_id: int = 0
    gripper_vertices: dict[int, np.ndarray] | None = None  # link -> visual vertices in the link frame

    def close(self) -> None:
        import pybullet as p

        # forget the id first: pybullet reuses client ids, so a second close() must not
        # disconnect a newer client that got the same id
        client, self.client = self.client, None
        if client is not None and p.isConnected(client):
            with quiet_stdout(self.renderer == "egl"):
                p.disconnect(client)


def connect(renderer: str, gravity: bool = False, image_pixels: int | None = None) -> tuple[int, str]:
    """A new DIRECT client with pybullet_data on its search path and the renderer set up
    (see :func:`spatialvlm_ros.sim.camera.setup_renderer`)."""
    import pybullet as p
    import pybullet_data

    client = p.connect(p.DIRECT)
    p.setAdditionalSearchPath(pybullet_data.getDataPath(), physicsClientId=client)
    used = setup_renderer(client, renderer, image_pixels)
    if gravity:
        p.setGravity(0, 0, -9.81, physicsClientId=client)
    return client, used


def build_static(client: int, config) -> None:
    """Table top box (top face at z = 0) and a floor ``table.height`` below it."""
    import pybullet as p

    t = config.table
    sx, sy = t.get("size", [1.4, 1.2])
    cx, cy = t.get("center_xy", [0.45, 0.0])
    th = float(t.get("thickness", 0.04))
    height = float(t.get("height", 0.75))
    rgba = t.get("rgba", [0.6, 0.5, 0.4, 1.0])
    half = [sx / 2.0, sy / 2.0, th / 2.0]
    vis = p.createVisualShape(p.GEOM_BOX, halfExtents=half, rgbaColor=rgba, physicsClientId=client)
    col = p.createCollisionShape(p.GEOM_BOX, halfExtents=half, physicsClientId=client)
    p.createMultiBody(0, col, vis, [cx, cy, -th / 2.0], physicsClientId=client)
    # legs, for realism in low views
    leg_half = [0.03, 0.03, (height - th) / 2.0]
    leg_vis = p.createVisualShape(p.GEOM_BOX, halfExtents=leg_half, rgbaColor=[0.35, 0.27, 0.2, 1.0],
                                  physicsClientId=client)
    for dx in (-1, 1):
        for dy in (-1, 1):
            p.createMultiBody(0, -1, leg_vis, [cx + dx * (sx / 2 - 0.06), cy + dy * (sy / 2 - 0.06),
                                               -th - leg_half[2]], physicsClientId=client)
    floor_half = [3.0, 3.0, 0.01]
    fvis = p.createVisualShape(p.GEOM_BOX, halfExtents=floor_half, rgbaColor=[0.55, 0.55, 0.58, 1.0],
                               physicsClientId=client)
    fcol = p.createCollisionShape(p.GEOM_BOX, halfExtents=floor_half, physicsClientId=client)
    p.createMultiBody(0, fcol, fvis, [cx, cy, -height - 0.01], physicsClientId=client)


def load_panda(client: int) -> int:
    import pybullet as p

    robot = p.loadURDF(PANDA_URDF, [0, 0, 0], [0, 0, 0, 1], useFixedBase=True,
                       flags=p.URDF_USE_SELF_COLLISION_EXCLUDE_PARENT, physicsClientId=client)
    for j, q in zip(ARM_JOINTS, PANDA_REST):
        p.resetJointState(robot, j, q, physicsClientId=client)
    for j in FINGER_JOINTS:
        p.resetJointState(robot, j, 0.04, physicsClientId=client)
    return robot


def joint_limits(client: int, robot: int) -> tuple[list[float], list[float], list[float]]:
    """Lower limits, upper limits and ranges of the movable joints (arm + fingers)."""
    import pybullet as p

    lo, hi = [], []
    for j in range(p.getNumJoints(robot, physicsClientId=client)):
        info = p.getJointInfo(robot, j, physicsClientId=client)
        if info[2] != p.JOINT_FIXED:
            lo.append(float(info[8]))
            hi.append(float(info[9]))
    return lo, hi, [h - lo_ for lo_, h in zip(lo, hi)]


def solve_ik(client: int, robot: int, position, quaternion_xyzw, iterations: int = 100,
             threshold: float = 5e-4) -> list[float]:
    """Joint positions of the movable joints placing the TCP at ``position`` (world)."""
    import pybullet as p

    lo, hi, rng = joint_limits(client, robot)
    rest = list(PANDA_REST) + [0.04, 0.04]
    q = p.calculateInverseKinematics(
        robot, TCP_LINK, list(position), list(quaternion_xyzw),
        lowerLimits=lo, upperLimits=hi, jointRanges=rng, restPoses=rest,
        maxNumIterations=iterations, residualThreshold=threshold, physicsClientId=client,
    )
    return list(q)


def pose_panda(client: int, robot: int, position, quaternion_xyzw, rounds: int = 6) -> float:
    """Teleport the arm (no dynamics) so the TCP reaches ``position``; returns the residual (m)."""
    import pybullet as p

    err = np.inf
    for _ in range(rounds):
        q = solve_ik(client, robot, position, quaternion_xyzw)
        for j, qj in zip(ARM_JOINTS, q[:7]):
            p.resetJointState(robot, j, qj, physicsClientId=client)
        err = float(np.linalg.norm(tcp_position(client, robot) - np.asarray(position, float)))
        if err < 1e-3:
            break
    return err


def tcp_position(client: int, robot: int) -> np.ndarray:
    """World position of the tool centre point (between the fingertips)."""
    import pybullet as p

    return np.asarray(p.getLinkState(robot, TCP_LINK, computeForwardKinematics=True,
                                     physicsClientId=client)[4], float)


def add_objects(asm: Assembly, specs: list[ObjectSpec], placements, mass: float = 0.0) -> None:
    import pybullet as p

    for i, (spec, (pos, yaw)) in enumerate(zip(specs, placements), start=1):
        q = p.getQuaternionFromEuler([0.0, 0.0, yaw])
        asm.bodies[i] = create_body(asm.client, spec, pos, q, mass=mass)
        asm.specs[i] = spec
    asm.gripper_id = len(specs) + 1


def instance_labels(asm: Assembly, img: RenderedImage) -> np.ndarray:
    """HxW uint16 instance ids from body/link ids (gripper = hand + fingers; 0 = other)."""
    labels = np.zeros(img.body.shape, dtype=np.uint16)
    for inst, body in asm.bodies.items():
        labels[img.body == body] = inst
    if asm.robot is not None:
        grip = (img.body == asm.robot) & np.isin(img.link, GRIPPER_LINKS)
        labels[grip] = asm.gripper_id
    return labels


def _gripper_local_vertices(asm: Assembly) -> dict[int, np.ndarray]:
    """Visual mesh vertices of the hand and fingers, each in its link frame (cached)."""
    import pybullet as p

    if asm.gripper_vertices is not None:
        return asm.gripper_vertices
    cache = {}
    for vd in p.getVisualShapeData(asm.robot, physicsClientId=asm.client):
        link = vd[1]
        if link not in GRIPPER_LINKS or vd[2] != p.GEOM_MESH:
            continue
        v = _obj_vertices(vd[4].decode() if isinstance(vd[4], bytes) else str(vd[4])) * np.asarray(vd[3], float)
        local = Rotation.from_quat(vd[6]).apply(v) + np.asarray(vd[5], float)
        cache[link] = np.vstack([cache[link], local]) if link in cache else local
    asm.gripper_vertices = cache
    return cache


def gripper_truth(asm: Assembly, visible_pixels: int = 0) -> TruthObject:
    """The gripper (hand + fingers) as one object.

    Box: the tight gravity-aligned box of the links' visual mesh vertices in the world,
    with the hand's yaw when the hand points roughly up/down (else yaw 0); falls back to
    the union of the links' collision AABBs if a mesh cannot be read. Pose: the TCP.
    """
    import pybullet as p

    st = p.getLinkState(asm.robot, TCP_LINK, computeForwardKinematics=True, physicsClientId=asm.client)
    try:
        local = _gripper_local_vertices(asm)
    except (OSError, ValueError, ConfigError):
        local = {}
    if set(local) == set(GRIPPER_LINKS):
        pts = []
        for link, v in local.items():
            ls = p.getLinkState(asm.robot, link, computeForwardKinematics=True, physicsClientId=asm.client)
            pts.append(Rotation.from_quat(ls[5]).apply(v) + np.asarray(ls[4], float))
        hand = Rotation.from_quat(
            p.getLinkState(asm.robot, HAND_LINK, computeForwardKinematics=True, physicsClientId=asm.client)[5]
        ).as_matrix()
        vertical = abs(hand[2, 2]) > 0.9  # approach axis near vertical
        yaw = float(np.arctan2(hand[1, 0], hand[0, 0])) if vertical else 0.0
        box = box_from_points(np.vstack(pts), yaw)
    else:
        aabbs = [p.getAABB(asm.robot, link, physicsClientId=asm.client) for link in GRIPPER_LINKS]
        box = box_from_aabbs(aabbs)
    return TruthObject(
        id=asm.gripper_id, name=GRIPPER_NAME, box=box,
        position=np.asarray(st[4], float), quaternion_xyzw=np.asarray(st[5], float),
        visible_pixels=int(visible_pixels),
        spec={"shape": "panda_hand", "links": ["panda_hand", "panda_leftfinger", "panda_rightfinger"]},
    )


def scene_truth(asm: Assembly, labels: np.ndarray | None = None, include_gripper: bool = True) -> SceneTruth:
    """True boxes/poses of every object (current pybullet state), gripper last."""
    import pybullet as p

    counts = np.bincount(labels.reshape(-1), minlength=asm.gripper_id + 1) if labels is not None else None
    objs = []
    for inst, body in asm.bodies.items():
        pos, q = p.getBasePositionAndOrientation(body, physicsClientId=asm.client)
        spec = asm.specs[inst]
        objs.append(TruthObject(
            id=inst, name=spec.name, box=box_from_pose(spec.extents, np.asarray(pos), np.asarray(q)),
            position=np.asarray(pos, float), quaternion_xyzw=np.asarray(q, float),
            visible_pixels=int(counts[inst]) if counts is not None else 0, spec=spec.to_dict(),
        ))
    if include_gripper and asm.robot is not None:
        objs.append(gripper_truth(asm, int(counts[asm.gripper_id]) if counts is not None else 0))
    return SceneTruth(objs)
