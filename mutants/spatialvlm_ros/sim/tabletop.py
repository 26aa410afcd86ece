"""Random simulated tabletop scenes with exact ground truth (pybullet, DIRECT mode).

``generate_scene(seed)`` builds a table with a Franka Panda and 3-6 named objects
(coloured primitives and scaled pybullet_data meshes) resting upright with random
yaw, poses the hand above them, picks a random camera (distance, elevation,
azimuth, roll) that sees every object, renders RGB + metric depth + segmentation,
and applies the noise model (:mod:`spatialvlm_ros.sim.noise`). The same seed gives
the same scene. Frames and ids: see :mod:`spatialvlm_ros.sim.assembly`.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from spatialvlm_ros.core.frame import RGBDFrame, Segmentation
from spatialvlm_ros.sim import assembly as asm_mod
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
from spatialvlm_ros.sim.truth import SceneTruth

log = logging.getLogger(__name__)

__all__ = ["TRUTH_FILE", "SimConfig", "SimScene", "generate_scene", "write_sim_scene"]

TRUTH_FILE = "truth.json"


@dataclass
class SimScene:
    """One simulated observation and its ground truth.

    - ``frame``: the noisy RGBDFrame (noisy depth, bleeding masks, ``T_world_camera`` set,
      world frame "world").
    - ``clean_depth``: HxW float32 metres, exact z-buffer depth (0 where nothing was hit).
    - ``clean_labels``: HxW uint16 exact instance ids (visible pixels only).
    - ``clean_rgb``: the colour image without sensor noise.
    - ``truth``: true boxes/poses in the world frame (gripper included).
    - ``T_world_camera``: 4x4 pose of the optical frame in the world frame.
    """

    frame: RGBDFrame
    clean_depth: np.ndarray
    truth: SceneTruth
    T_world_camera: np.ndarray
    clean_labels: np.ndarray | None = None
    clean_rgb: np.ndarray | None = None
    seed: int = 0
    config: SimConfig | None = None
    camera_params: dict = field(default_factory=dict)
    renderer: str = "tiny"

    def clean_frame(self) -> RGBDFrame:
        """The frame with exact depth, masks and colours (no noise model)."""
        seg = Segmentation(self.clean_labels.copy(), dict(self.frame.segmentation.names))
        rgb = self.clean_rgb.copy() if self.clean_rgb is not None else self.frame.rgb
        return replace(self.frame, rgb=rgb, depth=self.clean_depth.copy(), segmentation=seg)


def _hand_target(rng: np.random.Generator, config: SimConfig, top: float) -> np.ndarray:
    rc = config.robot
    lo = np.asarray(rc.get("hand_region_min", [0.25, -0.35, 0.15]), float)
    hi = np.asarray(rc.get("hand_region_max", [0.6, 0.35, 0.45]), float)
    target = rng.uniform(lo, hi)
    target[2] = max(target[2], top + float(rc.get("hand_clearance", 0.06)))
    return target


def _search_camera(asm, rng, config: SimConfig, intr, center: np.ndarray):
    """Camera pose seeing every placed object with >= min_visible_pixels (counted at 640x480;
    the search renders at low resolution and scales the threshold by the area); best effort."""
    cam = config.camera
    near, far = float(config.image["near"]), float(config.image["far"])
    small, ratio = search_intrinsics(intr)
    need = float(cam.get("min_visible_pixels", 150)) * ratio
    best = None
    for attempt in range(int(cam.get("max_tries", 30))):
        T, params = sample_camera_pose(rng, cam, center)
        img = render(asm.client, T, small, near, far, asm.renderer)
        counts = [int(np.count_nonzero(img.body == b)) for b in asm.bodies.values()]
        score = min(counts) if counts else 0
        if best is None or score > best[0]:
            best = (score, T, params)
        if score >= need:
            params["attempts"] = attempt + 1
            return T, params
    log.warning("no camera pose showed every object with %s px; using the best of %d tries",
                cam.get("min_visible_pixels"), cam.get("max_tries", 30))
    best[2]["attempts"] = int(cam.get("max_tries", 30))
    return best[1], best[2]


def generate_scene(seed: int, config: SimConfig | None = None, objects: list[str] | None = None) -> SimScene:
    """Render one random tabletop scene; deterministic in ``seed`` (see module docstring).

    ``objects``: names that must be in the scene ("red cube", "mug"; ids 1..k in this order).
    """
    cfg = config or SimConfig.from_yaml()
    seed = int(seed)
    rng = np.random.default_rng(seed)
    noise_rng = np.random.default_rng([seed, 1])
    specs = sample_specs(rng, cfg, objects)
    placements = place_specs(specs, rng, cfg, stack_rng=np.random.default_rng([seed, 4]))
    client, used = asm_mod.connect(cfg.renderer, image_pixels=int(cfg.image["width"]) * int(cfg.image["height"]))
    asm = asm_mod.Assembly(client=client, renderer=used, robot=None)
    try:
        asm_mod.build_static(client, cfg)
        if cfg.robot.get("enabled", True):
            asm.robot = asm_mod.load_panda(client)
        asm_mod.add_objects(asm, specs, placements)
        top = max(pl[0][2] + s.extents[2] / 2 for s, pl in zip(specs, placements))
        hand = _hand_target(rng, cfg, top)
        hand_yaw = float(rng.uniform(-np.pi / 2, np.pi / 2))
        if asm.robot is not None:
            import pybullet as p

            q = p.getQuaternionFromEuler([np.pi, 0.0, hand_yaw])
            opening = float(rng.uniform(0.0, 0.04))
            for j in asm_mod.FINGER_JOINTS:
                p.resetJointState(asm.robot, j, opening, physicsClientId=client)
            residual = asm_mod.pose_panda(client, asm.robot, hand, q)
            if residual > 0.01:
                log.warning("hand pose %s reached only within %.3f m", np.round(hand, 3), residual)
        intr = intrinsics_from_config(cfg.image)
        center = np.mean([pl[0] for pl in placements], axis=0)
        T, params = _search_camera(asm, rng, cfg, intr, center)
        light = sample_light_direction(np.random.default_rng([seed, 3]))
        img = render(client, T, intr, float(cfg.image["near"]), float(cfg.image["far"]), asm.renderer, light)
        labels = asm_mod.instance_labels(asm, img)
        truth = asm_mod.scene_truth(asm, labels)
    finally:
        asm.close()
    names = {o.id: o.name for o in truth.objects if o.visible_pixels > 0}
    noisy_labels = bleed_masks(labels, noise_rng, cfg.noise)
    noisy_depth = apply_depth_noise(img.depth, noise_rng, cfg.noise)
    frame = RGBDFrame(
        rgb=apply_rgb_noise(img.rgb, noise_rng, cfg.noise),
        depth=noisy_depth,
        intrinsics=intr,
        T_world_camera=T.copy(),
        world_frame_id="world",
        segmentation=Segmentation(noisy_labels, names),
        metadata={"source": "sim", "seed": seed, "renderer": asm.renderer},
    )
    params["light_direction"] = light.tolist()
    return SimScene(frame, img.depth, truth, T, labels, img.rgb, seed, cfg, params, asm.renderer)


def truth_document(scene: SimScene) -> dict:
    """The truth.json document (world frame, metres, radians, quaternions xyzw)."""
    intr = scene.frame.intrinsics
    return {
        "format": "spatialvlm_ros.sim.truth/1",
        "seed": scene.seed,
        "frame_id": "world",
        "renderer": scene.renderer,
        "camera": {
            "T_world_camera": np.asarray(scene.T_world_camera).tolist(),
            "frame_id": scene.frame.frame_id,
            "intrinsics": {"width": intr.width, "height": intr.height, "fx": intr.fx, "fy": intr.fy,
                           "cx": intr.cx, "cy": intr.cy},
            "sampled": scene.camera_params,
        },
        "support_plane": {"normal": [0.0, 0.0, 1.0], "d": 0.0},
        "objects": [o.to_dict() for o in scene.truth.objects],
        "config": scene.config.to_dict() if scene.config is not None else {},
    }


def write_sim_scene(path: str | Path, sim_scene: SimScene, with_pose: bool = True, clean: bool = False,
                    depth_format: str = "png") -> Path:
    """Write a scene directory (geometry's format) plus ``truth.json``.

    ``with_pose=False`` leaves out camera_pose.yaml (the estimator must find gravity
    itself); ``clean=True`` writes the exact depth and masks instead of the noisy ones.
    truth.json always holds the camera pose.
    """
    from spatialvlm_ros.io.scene_dir import write_scene_dir

    frame = sim_scene.clean_frame() if clean else sim_scene.frame
    if not with_pose:
        frame = replace(frame, T_world_camera=None)
    out = Path(write_scene_dir(path, frame, depth_format=depth_format))
    doc = truth_document(sim_scene)
    doc["scene_dir"] = {"with_pose": bool(with_pose), "clean": bool(clean)}
    (out / TRUTH_FILE).write_text(json.dumps(doc, indent=1), encoding="utf-8")
    return out


def read_truth(path: str | Path) -> tuple[SceneTruth, np.ndarray, dict]:
    """Read ``truth.json`` of a scene directory: (truth, T_world_camera, whole document)."""
    from spatialvlm_ros.errors import InputError

    p = Path(path)
    if p.is_dir():
        p = p / TRUTH_FILE
    if not p.is_file():
        raise InputError(f"no {TRUTH_FILE} at {p}")
    try:
        doc = json.loads(p.read_text(encoding="utf-8"))
        truth = SceneTruth.from_dict({"frame_id": doc.get("frame_id", "world"), "objects": doc["objects"]})
        T = np.asarray(doc["camera"]["T_world_camera"], float)
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{p}: not a valid truth file ({exc})") from None
    return truth, T, doc
