"""The declared estimator interface: every backend's scene, the hybrid's goals from its own
geometry side, and the closed loop's direct pipeline with a VLM estimator.

Real pieces throughout: a pybullet tabletop (exact truth), real ROS message types, a tiny
random Qwen2.5-VL saved and loaded with from_pretrained. The geometry side's depth model
and grounder are the simulator's own depth and masks behind the plug-in interfaces
(:class:`~spatialvlm_ros.estimators.geometry.DepthModel` /
:class:`~spatialvlm_ros.estimators.geometry.Grounder`): an oracle, so that what is tested
is *which* plug-ins and config the goal logic ends up using.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from helpers_models import ANSWER, build_vlm_folders

from spatialvlm_ros.core.camera import CameraIntrinsics
from spatialvlm_ros.core.frame import RGBDFrame, Segmentation, normalize_name
from spatialvlm_ros.core.geometry_config import GeometryConfig
from spatialvlm_ros.errors import UnknownObjectError
from spatialvlm_ros.estimators.base import Estimator, scene_or_geometry
from spatialvlm_ros.estimators.geometry import GeometryEstimator
from spatialvlm_ros.estimators.hybrid import HybridEstimator
from spatialvlm_ros.estimators.vlm import VLMEstimator
from spatialvlm_ros.models.vlm import VLMConfig
from spatialvlm_ros.ros import convert, typestore
from spatialvlm_ros.ros.goal_logic import GoalLogic
from spatialvlm_ros.ros.tf_buffer import TransformBuffer
from spatialvlm_ros.sim.tabletop import SimConfig, generate_scene

GReq = typestore().types["spatialvlm_ros/srv/GetGoalPose_Request"]
CUBE = "white cube"  # an object of the seed-0 scene
INSTRUCTION = f"move the gripper 10 cm above the {CUBE}"


class SimDepth:
    """The simulator's depth image behind the monocular-depth plug-in interface; counts calls."""

    def __init__(self, depth: np.ndarray) -> None:
        self.depth = depth
        self.calls = 0

    def predict(self, rgb: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray:
        self.calls += 1
        return self.depth.copy()


class SimGrounder:
    """The simulator's instance masks behind the grounder plug-in interface; counts calls."""

    def __init__(self, segmentation: Segmentation) -> None:
        self.segmentation = segmentation
        self.calls = 0

    def segment(self, frame: RGBDFrame, names: list[str]) -> Segmentation:
        self.calls += 1
        keys = {normalize_name(n) for n in names}
        ids = {i: n for i, n in self.segmentation.names.items() if normalize_name(n) in keys}
        if len(ids) < len(keys):
            raise UnknownObjectError(f"found none of {sorted(keys)}")
        labels = np.where(np.isin(self.segmentation.labels, list(ids)), self.segmentation.labels, 0)
        return Segmentation(labels.astype(np.uint16), ids)


@pytest.fixture(scope="module")
def sim():
    cfg = SimConfig.from_yaml()
    cfg.image = dict(cfg.image, width=320, height=240)
    return generate_scene(0, cfg)


@pytest.fixture(scope="module")
def vlm(tmp_path_factory) -> VLMEstimator:
    folders = build_vlm_folders(tmp_path_factory.mktemp("vlms"))
    est = VLMEstimator(VLMConfig.from_dict({"model": str(folders["qwen"]), "max_new_tokens": 8}))
    est.load()
    return est


def _tf(sim) -> TransformBuffer:
    tf = TransformBuffer()
    tf.add_matrix("world", sim.frame.frame_id, sim.T_world_camera, static=True)
    return tf


def _goal(estimator: Estimator, frame: RGBDFrame, tf: TransformBuffer):
    logic = GoalLogic(estimator, tf, planning_frame="world")
    m = convert.frame_to_messages(frame)
    assert logic.on_camera(m["rgb"], m["depth"], m["camera_info"], m["masks"]), logic.last_rejection
    return logic.handle(GReq(instruction=INSTRUCTION, planning_frame="world", execute=False))


def test_every_backend_declares_its_scene(sim, vlm) -> None:
    frame = sim.frame
    geo = GeometryEstimator(GeometryConfig.from_yaml())
    assert CUBE in geo.scene(frame, [CUBE]).names()
    assert vlm.scene(frame, [CUBE]) is None  # a VLM alone has no metric scene
    unmasked = dataclasses.replace(frame, segmentation=None)
    grounder = SimGrounder(frame.segmentation)
    hybrid = HybridEstimator(GeometryEstimator(GeometryConfig.from_yaml(), grounder=grounder), vlm)
    scene = hybrid.scene(unmasked, [CUBE])  # from the geometry side, with its grounder
    assert grounder.calls == 1 and scene is not None and scene.names() == [CUBE]
    # scene_or_geometry: the estimator's scene, else the geometry pipeline's
    assert scene_or_geometry(hybrid, unmasked, [CUBE]) is scene
    assert scene_or_geometry(vlm, frame, [CUBE]).names() == [CUBE]


def test_hybrid_goals_use_the_hybrid_geometry_config_and_plugins(sim, vlm) -> None:
    tf = _tf(sim)
    no_depth = dataclasses.replace(sim.frame, depth=None)  # colour + masks: depth must come from the model
    cube = sim.truth.find(CUBE).box
    depth = SimDepth(sim.frame.depth)
    hybrid = HybridEstimator(GeometryEstimator(GeometryConfig.from_yaml(), depth_model=depth), vlm)
    r = _goal(hybrid, no_depth, tf)
    assert r.response.success, r.response.message
    assert depth.calls >= 1
    p = r.pose.pose.position
    assert [p.x, p.y, p.z] == pytest.approx([cube.center[0], cube.center[1], cube.top + 0.10], abs=0.02)
    # the hybrid's own geometry config decides: a 0.1 m depth range leaves the cube without depth
    short = HybridEstimator(GeometryEstimator(GeometryConfig.from_yaml().replace(max_depth_m=0.1),
                                              depth_model=SimDepth(sim.frame.depth)), vlm)
    r = _goal(short, no_depth, tf)
    assert not r.response.success and "depth" in r.response.message, r.response.message
    # a VLM alone has no scene: the goal logic's geometry pipeline has no depth model for this frame
    r = _goal(vlm, no_depth, tf)
    assert not r.response.success and "depth" in r.response.message, r.response.message


def test_closed_loop_direct_pipeline_with_a_vlm_estimator(vlm) -> None:
    from spatialvlm_ros.closed_loop.episode import EpisodeConfig, run_episode

    cfg = EpisodeConfig.from_yaml()
    cfg.image_width, cfg.image_height = 160, 120
    cfg.pipeline = "direct"
    cfg.controller = dict(cfg.controller, step_m=0.08)
    result = run_episode(cfg.tasks["reach_above"], 7, None, cfg, estimator=vlm, write_bag=False, write_plot=False)
    assert result.pipeline == "direct"
    # the goal comes from the geometry pipeline (the VLM has no scene) and matches the truth
    assert result.goal is not None and result.goal.valid, result.goal.reason if result.goal else ""
    assert result.goal_error_m is not None and result.goal_error_m < 0.03
    # the rewards come from the VLM's answers: the tiny model always says ANSWER
    assert len(result.steps) >= 2
    assert all(s.reward_valid and s.estimated_m == pytest.approx(0.35) for s in result.steps), ANSWER
