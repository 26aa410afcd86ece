"""Objects from TF (the gripper at its TCP), the rest from the camera: config, boxes, estimator,
reward messages, and end to end through a replay of a simulated bag with /tf and a closed-loop episode.

Real things throughout: config/object_sources.yaml, the pybullet Panda's gripper, the geometry
estimator, ROS 2 messages and rosbag2 files from rosbags.
"""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest
from scipy.spatial.transform import Rotation
from scipy.stats import spearmanr

from spatialvlm_ros.cli.main import main
from spatialvlm_ros.cli.sim_bag import make_sim_bag
from spatialvlm_ros.core.estimate import SpatialEstimate
from spatialvlm_ros.core.frame import RGBDFrame, Segmentation
from spatialvlm_ros.core.object_sources import (
    SOURCE_CAMERA,
    SOURCE_CAMERA_FALLBACK,
    ObjectSources,
    TFObject,
    object_sources_of,
    tf_object_box,
    with_tf_objects,
)
from spatialvlm_ros.core.query import SpatialQuery
from spatialvlm_ros.core.reward import RewardShaper, RewardTask
from spatialvlm_ros.core.scene import Box3D, SceneGraph, SceneObject, Viewer
from spatialvlm_ros.errors import ConfigError
from spatialvlm_ros.estimators.base import Estimator
from spatialvlm_ros.estimators.factory import build_estimator
from spatialvlm_ros.ros import bags, convert
from spatialvlm_ros.ros.interfaces import typestore
from spatialvlm_ros.ros.object_sources import SourcedEstimator, with_object_sources
from spatialvlm_ros.ros.replay import ReplayConfig, replay_bag
from spatialvlm_ros.ros.tf_buffer import TransformBuffer
from spatialvlm_ros.ros.traces import read_traces
from spatialvlm_ros.sim.truth import TCP_FRAME

FRAMES = 8
TF_LABEL = f"tf:{TCP_FRAME}"


def _pose(R: np.ndarray, t) -> np.ndarray:
    T = np.eye(4)
    T[:3, :3] = R
    T[:3, 3] = t
    return T


# ------------------------------------------------------------------------ config and boxes (core)


def test_presets_of_the_config() -> None:
    cam = ObjectSources.from_yaml("camera")
    assert cam.camera_only and cam.tf_object("gripper") is None
    assert ObjectSources.from_yaml().camera_only  # the default is what the paper measures
    tf = ObjectSources.from_yaml("tf_gripper")
    grip = tf.tf_object("Gripper")
    assert grip is not None and grip.frame == TCP_FRAME and tf.on_missing == "invalid"
    assert np.all(grip.size_m > 0.05) and grip.center_m[2] < 0  # the hand sits behind the TCP
    assert tf.tf_object("red cube") is None
    renamed = ObjectSources.from_yaml("tf_gripper", frames={"gripper": "tool0"}, on_missing="camera")
    assert renamed.tf_object("gripper").frame == "tool0" and renamed.on_missing == "camera"


@pytest.mark.parametrize("data, words", [
    ({"objects": {"gripper": {"frame": "tcp", "size_m": [0.1, -0.1, 0.1]}}}, "size_m must be > 0"),
    ({"objects": {"gripper": {"frame": "tcp", "size_m": [0.1, 0.1]}}}, "size_m must be 3 numbers"),
    ({"objects": {"gripper": {"size_m": [0.1, 0.1, 0.1]}}}, "needs frame and size_m"),
    ({"objects": {"gripper": {"frame": "tcp", "size_m": [0.1] * 3, "colour": "red"}}}, "unknown key(s) colour"),
    ({"objects": {"gripper": {"frame": "", "size_m": [0.1] * 3}}}, "must name a TF frame"),
    ({"on_missing": "ignore"}, "on_missing must be one of invalid, camera"),
    ({"object": {}}, "unknown key(s) object"),
])
def test_bad_object_sources_are_one_line_config_errors(data, words) -> None:
    with pytest.raises(ConfigError) as exc:
        ObjectSources.from_dict(data)
    assert words in str(exc.value) and "\n" not in str(exc.value)


def test_unknown_preset_and_rename_are_config_errors() -> None:
    with pytest.raises(ConfigError, match="'nope' not in .*has: camera, tf_gripper"):
        ObjectSources.from_yaml("nope")
    with pytest.raises(ConfigError, match="no TF object 'red cube'"):
        ObjectSources.from_yaml("tf_gripper", frames={"red cube": "x"})
    with pytest.raises(ConfigError, match="no TF buffer"):
        with_object_sources(build_estimator("geometry"), "tf_gripper", None)


@pytest.mark.parametrize("yaw", [0.0, 0.7, -2.0])
def test_a_downward_tcp_gives_the_exact_box_at_any_yaw(yaw: float) -> None:
    obj = TFObject("gripper", "tcp", size_m=[0.06, 0.2, 0.14], center_m=[0.01, 0.0, -0.06])
    R = Rotation.from_euler("z", yaw).as_matrix() @ Rotation.from_euler("x", np.pi).as_matrix()  # z down
    box = tf_object_box(obj, _pose(R, [0.5, 0.1, 0.2]))
    # centre: 6 cm above the TCP (behind it along the approach axis), 1 cm along the TCP's x axis
    expected = np.array([0.5 + 0.01 * math.cos(yaw), 0.1 + 0.01 * math.sin(yaw), 0.26])
    assert np.allclose(box.center, expected, atol=1e-9)
    assert np.allclose(box.size, [0.06, 0.2, 0.14], atol=1e-9)
    assert math.isclose(math.cos(box.yaw - yaw), 1.0, abs_tol=1e-9)


def test_a_sideways_tcp_swaps_the_extents() -> None:
    obj = TFObject("gripper", "tcp", size_m=[0.06, 0.2, 0.14])
    R = Rotation.from_euler("y", np.pi / 2).as_matrix()  # approach axis (z) along world x
    box = tf_object_box(obj, _pose(R, [0.3, 0.0, 0.3]))
    assert np.allclose(box.center, [0.3, 0.0, 0.3])
    assert np.allclose(box.size, [0.14, 0.2, 0.06], atol=1e-9)


def _scene(*objects: SceneObject) -> SceneGraph:
    return SceneGraph("world", "pose", np.eye(4), Viewer.from_camera_pose(np.eye(4)), list(objects))


def test_tf_boxes_replace_the_camera_object_and_keep_the_others() -> None:
    cube = SceneObject(1, "red cube", Box3D([0.5, 0, 0.02], [0.04] * 3))
    cam_gripper = SceneObject(2, "gripper", Box3D([0.4, 0, 0.3], [0.05] * 3))
    tf_box = Box3D([0.45, 0.01, 0.25], [0.06, 0.2, 0.14])
    out = with_tf_objects(_scene(cube, cam_gripper), {"gripper": tf_box})
    assert out.find("red cube") is cube
    assert np.allclose(out.find("gripper").box.center, tf_box.center) and out.find("gripper").id == 2
    assert len(out.objects) == 2
    added = with_tf_objects(_scene(cube), {"gripper": tf_box})  # the camera did not see it
    assert added.names() == ["red cube", "gripper"] and added.find("gripper").id == 2


def test_the_reward_carries_the_estimates_sources() -> None:
    task = RewardTask(objects=("gripper", "red cube"))
    q = task.query()
    est = SpatialEstimate(q, True, "geometry", value_m=0.2,
                          details={"object_sources": {"Gripper": TF_LABEL, "red cube": SOURCE_CAMERA}})
    sig = RewardShaper(task).step(est, 1)
    assert sig.sources == {"gripper": TF_LABEL, "red cube": SOURCE_CAMERA}
    plain = RewardShaper(task).step(SpatialEstimate(q, True, "geometry", value_m=0.2), 1)
    assert plain.sources == {"gripper": SOURCE_CAMERA, "red cube": SOURCE_CAMERA}
    assert object_sources_of(None, ["a"]) == {"a": SOURCE_CAMERA}
    # the message says it, and survives CDR
    msg = convert.reward_to_msg(sig, "reach", 3, "cam")
    ts = typestore()
    back = ts.deserialize_cdr(ts.serialize_cdr(msg, bags.TYPE_REWARD), bags.TYPE_REWARD)
    assert back.object_names == ["gripper", "red cube"] and back.object_sources == [TF_LABEL, SOURCE_CAMERA]
    assert sig.to_dict()["sources"] == {"gripper": TF_LABEL, "red cube": SOURCE_CAMERA}


# ------------------------------------------------------------------------ the simulated Panda


@pytest.fixture(scope="module")
def world():
    from spatialvlm_ros.sim.config import SimConfig
    from spatialvlm_ros.sim.world import SimWorld

    cfg = SimConfig.from_yaml()
    cfg.image = dict(cfg.image, width=320, height=240)
    w = SimWorld(0, cfg, noisy=True)
    yield w
    w.close()


def _tcp_pose(world) -> np.ndarray:
    return _pose(Rotation.from_quat(world.gripper_orientation()).as_matrix(), world.gripper_position())


def test_the_configured_gripper_box_is_the_simulated_gripper(world) -> None:
    grip = ObjectSources.from_yaml("tf_gripper").tf_object("gripper")
    for pos, yaw in (([0.45, 0.0, 0.30], 0.0), ([0.55, 0.15, 0.15], 0.0), ([0.40, -0.15, 0.22], 0.6)):
        q = (Rotation.from_euler("z", yaw) * Rotation.from_quat([1.0, 0.0, 0.0, 0.0])).as_quat()
        world.reset_gripper(np.array(pos), q)
        world.render()
        true_box = world.truth().find("gripper").box
        box = tf_object_box(grip, _tcp_pose(world))
        assert np.linalg.norm(box.center - true_box.center) < 0.003, (pos, yaw, box.center, true_box.center)
        assert np.allclose(box.size, true_box.size, atol=0.003), (box.size, true_box.size)


@pytest.fixture(scope="module")
def posed_frame(world):
    """A rendered frame, its TF buffer (world->camera static, world->TCP at the stamp) and the true distance."""
    from spatialvlm_ros.core.quantities import measure
    from spatialvlm_ros.sim.truth import truth_scene_graph

    target = world.object_names()[0]
    centre = world.truth().find(target).box.center
    world.reset_gripper(centre + np.array([-0.1, 0.05, 0.25]))
    world.move_gripper_to(centre + np.array([-0.1, 0.05, 0.25]), max_steps=240)
    frame = world.render()
    tf = TransformBuffer()
    tf.add_matrix("world", frame.frame_id, frame.T_world_camera, static=True)
    tf.add_matrix("world", TCP_FRAME, _tcp_pose(world), stamp_ns=frame.stamp_ns)
    q = SpatialQuery("distance", ("gripper", target), "value")
    true_m = measure(truth_scene_graph(world.truth(), frame.T_world_camera), q).value_m
    return frame, tf, q, true_m


def test_the_gripper_from_tf_the_object_from_the_camera(posed_frame) -> None:
    frame, tf, q, true_m = posed_frame
    geometry = build_estimator("geometry")
    est = SourcedEstimator(geometry, ObjectSources.from_yaml("tf_gripper"), tf).estimate(frame, q)
    assert est.valid and est.source == "geometry", est.reason
    assert est.details["object_sources"] == {"gripper": TF_LABEL, q.objects[1]: SOURCE_CAMERA}
    assert abs(est.value_m - true_m) < 0.02, (est.value_m, true_m)
    # the gripper in the composed scene is the TF box, the object the camera's
    wrapped = SourcedEstimator(geometry, ObjectSources.from_yaml("tf_gripper"), tf)
    scene = wrapped.scene(frame, list(q.objects))
    grip = ObjectSources.from_yaml("tf_gripper").tf_object("gripper")
    T_scene_tcp = np.asarray(scene.T_scene_camera) @ tf.lookup(frame.frame_id, TCP_FRAME, frame.stamp_ns)
    assert np.allclose(scene.find("gripper").box.center, tf_object_box(grip, T_scene_tcp).center)
    camera_scene = geometry.scene(frame, [q.objects[1]])
    assert np.allclose(scene.find(q.objects[1]).box.center, camera_scene.find(q.objects[1]).box.center)
    # all objects (names=None) keep every camera object and put the gripper from TF
    full = wrapped.scene(frame)
    assert set(full.names()) >= set(geometry.scene(frame).names())
    assert np.allclose(full.find("gripper").box.center, scene.find("gripper").box.center)


def test_a_gripper_the_camera_cannot_see_is_still_measured_from_tf(posed_frame) -> None:
    frame, tf, q, true_m = posed_frame
    seg = frame.segmentation
    gid = next(i for i, n in seg.names.items() if n == "gripper")
    hidden = dataclasses.replace(frame, segmentation=Segmentation(np.where(seg.labels == gid, 0, seg.labels).astype(
        np.uint16), {i: n for i, n in seg.names.items() if i != gid}))
    assert not build_estimator("geometry").estimate(hidden, q).valid  # the camera alone cannot answer
    est = SourcedEstimator(build_estimator("geometry"), ObjectSources.from_yaml("tf_gripper"), tf).estimate(hidden, q)
    assert est.valid and abs(est.value_m - true_m) < 0.02


def test_a_gripper_frame_missing_from_tf_is_invalid_or_the_flagged_camera_estimate(posed_frame) -> None:
    frame, _, q, _ = posed_frame
    tf = TransformBuffer()
    tf.add_matrix("world", frame.frame_id, frame.T_world_camera, static=True)  # no TCP
    geometry = build_estimator("geometry")
    est = SourcedEstimator(geometry, ObjectSources.from_yaml("tf_gripper"), tf).estimate(frame, q)
    assert not est.valid and est.value_m is None
    assert est.reason.startswith(f"gripper frame '{TCP_FRAME}' missing from TF: frame '{TCP_FRAME}' does not exist")
    assert "known frames:" in est.reason and "\n" not in est.reason
    fallback = ObjectSources.from_yaml("tf_gripper", on_missing="camera")
    est = SourcedEstimator(geometry, fallback, tf).estimate(frame, q)
    plain = geometry.estimate(frame, q)
    assert est.valid and est.value_m == pytest.approx(plain.value_m)
    assert est.details["object_sources"]["gripper"] == SOURCE_CAMERA_FALLBACK
    assert "camera estimate used" in est.details["warning"]
    # a TCP pose too old for the image stamp is missing as well (no silent extrapolation)
    tf.add_matrix("world", TCP_FRAME, np.eye(4), stamp_ns=frame.stamp_ns - 2_000_000_000)
    est = SourcedEstimator(geometry, ObjectSources.from_yaml("tf_gripper"), tf).estimate(frame, q)
    assert not est.valid and "before the oldest" not in est.reason and "after the newest" in est.reason


class _NoScene(Estimator):
    """An estimator without a metric scene (what a VLM alone is)."""

    source = "vlm"

    def estimate(self, frame: RGBDFrame, query: SpatialQuery) -> SpatialEstimate:
        return SpatialEstimate(query, True, self.source, value_m=1.0)

    def scene(self, frame: RGBDFrame, names=None) -> None:
        return None


def test_tf_objects_need_an_estimator_with_a_metric_scene(posed_frame) -> None:
    frame, tf, q, _ = posed_frame
    est = SourcedEstimator(_NoScene(), ObjectSources.from_yaml("tf_gripper"), tf).estimate(frame, q)
    assert not est.valid and "has no metric scene" in est.reason
    # a query without TF objects goes to the wrapped estimator unchanged, labelled camera
    other = SpatialQuery("height", (q.objects[1],), "value")
    est = SourcedEstimator(_NoScene(), ObjectSources.from_yaml("tf_gripper"), tf).estimate(frame, other)
    assert est.valid and est.value_m == 1.0 and est.details["object_sources"] == {q.objects[1]: SOURCE_CAMERA}


# ------------------------------------------------------------------------ end to end: replay of a sim bag with /tf


@pytest.fixture(scope="module")
def sim(tmp_path_factory):
    out = tmp_path_factory.mktemp("simbag_tf") / "approach"
    return make_sim_bag(out, seed=0, frames=FRAMES, width=320, height=240, progress=False)


def _replay(sim, out, sources: ObjectSources | None):
    task = RewardTask(objects=("gripper", sim.target), scale_m=0.1)
    return replay_bag(sim.path, out, build_estimator("geometry"), task,
                      ReplayConfig(object_sources=sources), progress=False)


def _rewards(path) -> list:
    with bags.BagReader(path) as r:
        return [m for _, _, m in r.messages([bags.TOPIC_REWARD])]


@pytest.fixture(scope="module")
def replays(sim, tmp_path_factory):
    root = tmp_path_factory.mktemp("replay_tf")
    tf_stats = _replay(sim, root / "tf", ObjectSources.from_yaml("tf_gripper"))
    cam_stats = _replay(sim, root / "camera", None)
    return root, tf_stats, cam_stats


def test_sim_bag_records_the_gripper_tcp_on_tf(sim) -> None:
    with bags.BagReader(sim.path) as r:
        tfs = [m for _, _, m in r.messages([bags.TOPIC_TF])]
    assert len(tfs) == FRAMES
    assert all(m.transforms[0].child_frame_id == TCP_FRAME and m.transforms[0].header.frame_id == "world" for m in tfs)


def test_replay_takes_the_gripper_from_the_bags_tf(sim, replays) -> None:
    root, tf_stats, cam_stats = replays
    assert tf_stats.frames == FRAMES and tf_stats.valid_rewards == FRAMES, tf_stats.reasons
    rewards = _rewards(root / "tf")
    assert all(list(m.object_names) == ["gripper", sim.target] for m in rewards)
    assert all(list(m.object_sources) == [TF_LABEL, SOURCE_CAMERA] for m in rewards)
    assert all(list(m.object_sources) == [SOURCE_CAMERA, SOURCE_CAMERA] for m in _rewards(root / "camera"))
    tf_tr, cam_tr = read_traces(root / "tf"), read_traces(root / "camera")
    truth = tf_tr.truth_at_rewards()
    tf_err = np.abs(tf_tr.distance_m - truth)
    cam_err = np.abs(cam_tr.distance_m - cam_tr.truth_at_rewards())
    # only the object's camera estimate errs: mm while the object is in full view, ~2 cm at the
    # end when the gripper hovers 5 cm above it and hides most of it
    assert np.median(tf_err) < 0.005 and tf_err.max() < 0.03, tf_err
    assert tf_err.mean() < cam_err.mean(), (tf_err.mean(), cam_err.mean())
    assert spearmanr(tf_tr.distance_m, truth).statistic > 0.95


def test_replay_with_the_tcp_frame_missing(sim, replays, tmp_path) -> None:
    root, _, cam_stats = replays
    missing = ObjectSources.from_yaml("tf_gripper", frames={"gripper": "no_such_tcp"})
    stats = _replay(sim, tmp_path / "missing", missing)
    assert stats.frames == FRAMES and stats.valid_rewards == 0
    rewards = _rewards(tmp_path / "missing")
    assert all(not m.valid and math.isnan(m.total) for m in rewards)
    assert all(m.reason.startswith("invalid estimate: gripper frame 'no_such_tcp' missing from TF") for m in rewards)
    assert all(list(m.object_sources) == ["tf:no_such_tcp", SOURCE_CAMERA] for m in rewards)
    # configured to fall back: the camera estimate, flagged
    fallback = dataclasses.replace(missing, on_missing="camera")
    stats = _replay(sim, tmp_path / "fallback", fallback)
    assert stats.valid_rewards == cam_stats.valid_rewards
    rewards = _rewards(tmp_path / "fallback")
    assert all(list(m.object_sources) == [SOURCE_CAMERA_FALLBACK, SOURCE_CAMERA] for m in rewards)
    assert np.allclose(read_traces(tmp_path / "fallback").distance_m, read_traces(root / "camera").distance_m)


def test_cli_replay_object_sources(sim, tmp_path, capsys) -> None:
    out = tmp_path / "cli_tf"
    rc = main(["replay", str(sim.path), "-o", str(out), "--objects", "gripper", sim.target, "--max-frames", "3",
               "--no-copy", "--object-sources", "tf_gripper"])
    assert rc == 0 and "3 frames (3 valid rewards" in capsys.readouterr().out
    assert all(list(m.object_sources) == [TF_LABEL, SOURCE_CAMERA] for m in _rewards(out))
    rc = main(["replay", str(sim.path), "-o", str(tmp_path / "bad"), "--object-sources", "nope"])
    err = capsys.readouterr().err
    assert rc == 2 and "object sources 'nope' not in" in err and "Traceback" not in err


# ------------------------------------------------------------------------ end to end: a closed-loop episode


def test_closed_loop_episode_with_the_gripper_from_tf(tmp_path) -> None:
    from spatialvlm_ros.closed_loop.config import EpisodeConfig
    from spatialvlm_ros.closed_loop.episode import run_episode

    cfg = EpisodeConfig.from_yaml()
    cfg.image_width, cfg.image_height = 320, 240
    cfg.controller = dict(cfg.controller, step_m=0.05)
    cfg.object_sources = "tf_gripper"
    r = run_episode(cfg.tasks["reach_above"], 7, tmp_path, cfg, estimator=build_estimator("geometry"),
                    write_plot=False)
    assert r.success, r.reason
    assert r.object_sources == "tf_gripper"
    assert all(s.sources["gripper"] == TF_LABEL for s in r.steps)
    assert r.spearman is not None and r.spearman > 0.95
    errors = [abs(s.estimated_m - s.true_m) for s in r.steps if s.estimated_m is not None]
    assert len(errors) == len(r.steps) and max(errors) < 0.02, errors
    rewards = _rewards(r.bag_path)
    assert len(rewards) == len(r.steps) and all(list(m.object_sources)[0] == TF_LABEL for m in rewards)


def test_reward_bags_written_before_the_sources_field_still_read(tmp_path) -> None:
    from rosbags.rosbag2 import StoragePlugin, Writer
    from rosbags.typesys import Stores, get_types_from_msg, get_typestore

    from spatialvlm_ros.ros.interfaces import interface_dir

    text = (interface_dir() / "msg" / "RewardSignal.msg").read_text(encoding="utf-8")
    before = text[: text.index("# where each of the task's objects came from")]  # the definition before the fields
    old = get_typestore(Stores.ROS2_JAZZY)
    old.register(get_types_from_msg(before, bags.TYPE_REWARD))
    T, H, S = (old.types[n] for n in (bags.TYPE_REWARD, "std_msgs/msg/Header", "builtin_interfaces/msg/Time"))
    with Writer(tmp_path / "old", version=8, storage_plugin=StoragePlugin.MCAP) as w:
        c = w.add_connection(bags.TOPIC_REWARD, bags.TYPE_REWARD, typestore=old)
        for i in range(3):
            m = T(header=H(stamp=S(sec=1 + i, nanosec=0), frame_id="cam"), task="reach", step=i, total=0.5 + i,
                  component_names=["distance"], component_values=np.array([0.5 + i]), distance_m=0.2, success=False,
                  held=False, valid=True, reason="")
            w.write(c, (1 + i) * 10**9, old.serialize_cdr(m, bags.TYPE_REWARD))
    tr = read_traces(tmp_path / "old")
    assert tr.reward.tolist() == [0.5, 1.5, 2.5] and np.allclose(tr.distance_m, 0.2)


def test_goal_logic_sees_the_gripper_from_tf(posed_frame, world) -> None:
    from spatialvlm_ros.ros.goal_logic import GoalLogic

    frame, tf, q, _ = posed_frame
    target = q.objects[1]
    msgs = convert.frame_to_messages(frame)
    GReq = convert.msg_type("spatialvlm_ros/srv/GetGoalPose_Request")
    tcp = tf.lookup("world", TCP_FRAME, frame.stamp_ns)[:3, 3]
    estimator = with_object_sources(build_estimator("geometry"), "tf_gripper", tf)
    logic = GoalLogic(estimator, tf, planning_frame="world", tf_timeout_s=0.0)
    assert logic.on_camera(msgs["rgb"], msgs["depth"], msgs["camera_info"], msgs["masks"])
    r = logic.handle(GReq(instruction=f"move the gripper 10 cm closer to the {target}", planning_frame="",
                          execute=False))
    assert r.response.success, r.response.message
    # "closer" starts from the gripper, which is the TF box (its centre 6 cm behind the TCP), moved 10 cm
    grip = ObjectSources.from_yaml("tf_gripper").tf_object("gripper")
    start = tf_object_box(grip, tf.lookup("world", TCP_FRAME, frame.stamp_ns)).center
    p = r.pose.pose.position
    assert np.linalg.norm(np.array([p.x, p.y, p.z]) - start) == pytest.approx(0.10, abs=0.005)
    assert np.linalg.norm(start - tcp) == pytest.approx(0.062, abs=0.002)
    # with the TCP missing from TF the goal is refused, saying why
    bare = TransformBuffer()
    bare.add_matrix("world", frame.frame_id, frame.T_world_camera, static=True)
    logic = GoalLogic(with_object_sources(build_estimator("geometry"), "tf_gripper", bare), bare,
                      planning_frame="world", tf_timeout_s=0.0)
    assert logic.on_camera(msgs["rgb"], msgs["depth"], msgs["camera_info"], msgs["masks"])
    r = logic.handle(GReq(instruction=f"move the gripper 10 cm closer to the {target}", planning_frame="",
                          execute=False))
    assert not r.response.success and f"gripper frame '{TCP_FRAME}' missing from TF" in r.response.message
