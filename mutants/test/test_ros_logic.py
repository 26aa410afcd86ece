"""Node logic on real ROS 2 message types: spatial queries, rewards, goal poses (no rclpy).

A simulated tabletop (pybullet, 320x240, exact truth) is turned into real
sensor_msgs/Image + CameraInfo + InstanceMasks messages and answered by the
real geometry estimator.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from spatialvlm_ros.core.goal_types import WorkspaceLimits
from spatialvlm_ros.core.quantities import measure
from spatialvlm_ros.core.query import SpatialQuery
from spatialvlm_ros.core.reward import RewardTask
from spatialvlm_ros.estimators.base import Estimator
from spatialvlm_ros.estimators.factory import build_estimator
from spatialvlm_ros.ros import convert, typestore
from spatialvlm_ros.ros.frames import FrameAssembler
from spatialvlm_ros.ros.goal_logic import GoalLogic
from spatialvlm_ros.ros.query_logic import QueryLogic
from spatialvlm_ros.ros.reward_logic import RewardLogic
from spatialvlm_ros.ros.tf_buffer import TransformBuffer
from spatialvlm_ros.sim.tabletop import SimConfig, generate_scene
from spatialvlm_ros.sim.truth import truth_scene_graph

T = typestore().types
QReq = T["spatialvlm_ros/srv/QuerySpatial_Request"]
GReq = T["spatialvlm_ros/srv/GetGoalPose_Request"]
RReq = T["spatialvlm_ros/srv/SetRewardTask_Request"]
A, B = "rubber duck", "lego brick"  # objects of the seed-0 scene


@pytest.fixture(scope="module")
def scene():
    cfg = SimConfig.from_yaml()
    cfg.image = dict(cfg.image, width=320, height=240)
    s = generate_scene(0, cfg)
    names = set(s.frame.segmentation.names.values())
    assert {A, B, "white cube", "gripper"} <= names, names
    return s


@pytest.fixture(scope="module")
def msgs(scene):
    return convert.frame_to_messages(scene.frame)


@pytest.fixture(scope="module")
def estimator():
    return build_estimator("geometry")


def _truth(scene, kind: str, objs: tuple[str, ...]) -> float:
    return measure(truth_scene_graph(scene.truth, scene.T_world_camera), SpatialQuery(kind, objs)).value_m


def _query(**kw):
    base = dict(question="", quantity="", objects=[], form="")
    base.update(kw)
    return QReq(**base)


def _feed(logic, msgs) -> bool:
    return logic.on_camera(msgs["rgb"], msgs["depth"], msgs["camera_info"], msgs["masks"])


# ------------------------------------------------------------------------ spatial queries


def test_structured_distance_query_with_boxes_and_markers(scene, msgs, estimator) -> None:
    logic = QueryLogic(estimator)
    assert _feed(logic, msgs)
    r = logic.answer(_query(quantity="distance", objects=[A, B]))
    assert r.response.success and r.response.message == ""
    est = r.response.estimate
    assert est.valid and est.quantity == "distance" and est.objects == [A, B] and est.source == "geometry"
    assert est.header.frame_id == scene.frame.frame_id and convert.stamp_to_ns(est.header.stamp) == scene.frame.stamp_ns
    truth = _truth(scene, "distance", (A, B))
    assert est.value_m == pytest.approx(truth, abs=0.05)
    # one Detection3D per object, in the camera optical frame: their centres are value_m apart
    assert [d.id for d in est.detections] == [A, B]
    c = [np.array([d.bbox.center.position.x, d.bbox.center.position.y, d.bbox.center.position.z])
         for d in est.detections]
    assert np.linalg.norm(c[0] - c[1]) == pytest.approx(est.value_m, abs=1e-6)
    # the duck's box centre projects into the duck's mask (optical frame: z forward)
    u = scene.frame.intrinsics.fx * c[0][0] / c[0][2] + scene.frame.intrinsics.cx
    v = scene.frame.intrinsics.fy * c[0][1] / c[0][2] + scene.frame.intrinsics.cy
    duck_id = scene.frame.segmentation.ids_named(A)[0]
    ys, xs = np.nonzero(scene.frame.segmentation.labels == duck_id)
    assert xs.min() - 5 <= u <= xs.max() + 5 and ys.min() - 5 <= v <= ys.max() + 5
    # markers: clear, 2 boxes + 2 labels, a line between the centres, the answer
    M = T["visualization_msgs/msg/Marker"]
    kinds = [(m.type, m.action) for m in r.markers.markers]
    assert kinds[0] == (M.CUBE, M.DELETEALL)
    assert kinds.count((M.CUBE, M.ADD)) == 2 and kinds.count((M.LINE_LIST, M.ADD)) == 1
    line = next(m for m in r.markers.markers if m.type == M.LINE_LIST)
    assert [line.points[0].x, line.points[0].y, line.points[0].z] == pytest.approx(c[0].tolist())
    assert all(m.header.frame_id == scene.frame.frame_id for m in r.markers.markers)
    # everything the node publishes survives CDR
    ts = typestore()
    for m in (r.estimate, r.markers, r.response):
        ts.deserialize_cdr(bytes(ts.serialize_cdr(m, m.__msgtype__)), m.__msgtype__)


def test_free_text_questions_are_parsed_with_the_template_bank(scene, msgs, estimator) -> None:
    logic = QueryLogic(estimator)
    _feed(logic, msgs)
    r = logic.answer(_query(question=f"How far is the {A} from the {B}?"))
    assert r.response.success and r.estimate.quantity == "distance"
    assert r.estimate.question == f"How far is the {A} from the {B}?"
    assert r.estimate.value_m == pytest.approx(_truth(scene, "distance", (A, B)), abs=0.05)
    h = logic.answer(_query(question="What is the height of the white cube?"))
    assert h.response.success and h.estimate.quantity == "height"
    assert h.estimate.value_m == pytest.approx(_truth(scene, "height", ("white cube",)), abs=0.02)
    p = logic.answer(_query(quantity="left_of", objects=[A, B]))
    assert p.response.success and p.estimate.form == "yesno" and math.isnan(p.estimate.value_m)
    assert p.estimate.truth in (convert.TRUTH_TRUE, convert.TRUTH_FALSE)


def test_question_about_an_unknown_object_is_invalid_with_the_reason(msgs, estimator) -> None:
    logic = QueryLogic(estimator)
    _feed(logic, msgs)
    r = logic.answer(_query(question=f"How far is the pink elephant from the {B}?"))
    assert not r.response.success and "pink elephant" in r.response.message
    assert not r.estimate.valid and "pink elephant" in r.estimate.reason and math.isnan(r.estimate.value_m)
    s = logic.answer(_query(quantity="distance", objects=["pink elephant", B]))
    assert not s.response.success and "pink elephant" in s.response.message
    assert s.estimate.detections == []
    assert s.markers.markers[-1].text.startswith("invalid: ")


def test_bad_requests_never_raise(msgs, estimator) -> None:
    logic = QueryLogic(estimator)
    _feed(logic, msgs)
    for req in (_query(), _query(quantity="teleport", objects=[A]), _query(quantity="distance", objects=[A]),
                _query(question="what is the meaning of life?")):
        r = logic.answer(req)
        assert not r.response.success and r.response.message and "\n" not in r.response.message


def test_no_frame_rejected_frame_and_stale_frame(msgs, estimator) -> None:
    logic = QueryLogic(estimator, max_frame_age_s=0.5)
    r = logic.answer(_query(quantity="distance", objects=[A, B]))
    assert not r.response.success and r.response.message == "no valid camera frame yet"
    bad = dict(msgs)
    bad_depth = convert.array_to_image(np.zeros((10, 10), np.uint16), "16UC1", 0, "cam")
    assert not logic.on_camera(bad["rgb"], bad_depth, bad["camera_info"], bad["masks"])
    r = logic.answer(_query(quantity="distance", objects=[A, B]))
    assert "last frame rejected: depth image is 10x10" in r.response.message
    _feed(logic, msgs)
    stamp = convert.stamp_to_ns(msgs["rgb"].header.stamp)
    assert logic.answer(_query(quantity="distance", objects=[A, B]), now_ns=stamp + 100_000_000).response.success
    r = logic.answer(_query(quantity="distance", objects=[A, B]), now_ns=stamp + 2_000_000_000)
    assert not r.response.success and "stale frame" in r.response.message


class _Exploding(Estimator):
    """An estimator that breaks its contract (raises): the logic must still answer."""

    def estimate(self, frame, query):
        raise RuntimeError("CUDA out of memory")

    def scene(self, frame, names=None):
        return None


def test_an_estimator_that_raises_gives_an_invalid_estimate(msgs) -> None:
    logic = QueryLogic(_Exploding())
    _feed(logic, msgs)
    r = logic.answer(_query(quantity="distance", objects=[A, B]))
    assert not r.response.success and "estimator failed: RuntimeError: CUDA out of memory" in r.response.message


# ------------------------------------------------------------------------ rewards


def test_reward_from_the_latest_frame(scene, msgs, estimator) -> None:
    logic = RewardLogic(estimator, RewardTask(objects=("gripper", A), scale_m=0.1))
    step = logic.tick(now_ns=0)
    assert not step.reward.valid and step.reward.reason == "no valid camera frame yet"
    assert math.isnan(step.reward.total)
    assert _feed(logic, msgs)
    stamp = scene.frame.stamp_ns
    step = logic.tick(now_ns=stamp + 10_000_000)
    r = step.reward
    assert r.valid and r.task == "reach" and r.step == 0
    truth = _truth(scene, "distance", ("gripper", A))
    assert r.distance_m == pytest.approx(truth, abs=0.06)
    assert r.total == pytest.approx(math.exp(-r.distance_m / 0.1))
    assert r.component_names == ["distance", "progress", "success"]
    assert step.estimate.value_m == pytest.approx(r.distance_m)
    assert convert.stamp_to_ns(r.header.stamp) == stamp
    # the same frame is not rewarded twice
    assert logic.tick(now_ns=stamp + 20_000_000) is step and logic.steps == 1
    stale = logic.tick(now_ns=stamp + 5_000_000_000)
    assert not stale.reward.valid and "stale frame" in stale.reward.reason


def test_set_task_and_reset_service(msgs, estimator) -> None:
    logic = RewardLogic(estimator, RewardTask(objects=("gripper", A)))
    ok = logic.handle_set_task(RReq(reset_only=False, preset="", name="near_brick", objects=["gripper", B],
                                    kind="", target_m=0.05, shaping="linear", scale_m=0.2,
                                    success_tolerance_m=0.01))
    assert ok.success and logic.task.name == "near_brick" and logic.task.objects == ("gripper", B)
    assert logic.task.shaping == "linear" and logic.task.target_m == 0.05
    bad = logic.handle_set_task(RReq(reset_only=False, preset="", name="x", objects=["gripper", B], kind="",
                                     target_m=0.0, shaping="exp", scale_m=0.0, success_tolerance_m=0.01))
    assert not bad.success and "scale_m" in bad.message and logic.task.name == "near_brick"
    bad = logic.handle_set_task(RReq(reset_only=False, preset="no_such_task", name="", objects=[], kind="",
                                     target_m=0.0, shaping="", scale_m=0.0, success_tolerance_m=0.0))
    assert not bad.success and "no_such_task" in bad.message
    pre = logic.handle_set_task(RReq(reset_only=False, preset="reach_dense", name="", objects=["gripper", A],
                                     kind="", target_m=0.0, shaping="", scale_m=0.0, success_tolerance_m=0.0))
    assert pre.success and logic.task.success_bonus == 1.0 and logic.task.objects == ("gripper", A)
    _feed(logic, msgs)
    frame = logic.query.latest
    logic.step(frame)
    assert logic.steps == 1
    assert logic.handle_set_task(RReq(reset_only=True, preset="", name="", objects=[], kind="", target_m=0.0,
                                      shaping="", scale_m=0.0, success_tolerance_m=0.0)).success
    assert logic.steps == 0 and logic.task.name == "reach_dense"


def test_reward_for_an_object_the_scene_lacks_is_invalid(msgs, estimator) -> None:
    logic = RewardLogic(estimator, RewardTask(objects=("gripper", "pink elephant")))
    _feed(logic, msgs)
    step = logic.step(logic.query.latest)
    assert not step.reward.valid and "pink elephant" in step.reward.reason and math.isnan(step.reward.distance_m)


# ------------------------------------------------------------------------ goal poses


def _goal_logic(scene, msgs, estimator, tf: TransformBuffer, **kw) -> GoalLogic:
    logic = GoalLogic(estimator, tf, **kw)
    assert _feed(logic, msgs)
    return logic


def _goal(text: str, frame: str = "") -> object:
    return GReq(instruction=text, planning_frame=frame, execute=False)


def test_goal_above_an_object_in_the_planning_frame(scene, msgs, estimator) -> None:
    tf = TransformBuffer()
    tf.add_matrix("world", scene.frame.frame_id, scene.T_world_camera, static=True)
    # a planning frame 0.3 m behind and rotated 90 deg from the world frame
    T_world_base = np.eye(4)
    T_world_base[:3, :3] = np.array([[0.0, -1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 1.0]])
    T_world_base[:3, 3] = [-0.3, 0.0, 0.0]
    tf.add_matrix("world", "base", T_world_base, static=True)
    logic = _goal_logic(scene, msgs, estimator, tf, planning_frame="world")
    r = logic.handle(_goal("move the gripper 10 cm above the white cube"))
    assert r.response.success, r.response.message
    cube = scene.truth.find("white cube").box
    p = r.pose.pose.position
    assert r.pose.header.frame_id == "world"
    assert [p.x, p.y, p.z] == pytest.approx([cube.center[0], cube.center[1], cube.top + 0.10], abs=0.02)
    # the same goal asked in another frame is the same point
    rb = logic.handle(_goal("move the gripper 10 cm above the white cube", "base"))
    assert rb.response.success and rb.pose.header.frame_id == "base"
    pb = np.array([rb.pose.pose.position.x, rb.pose.pose.position.y, rb.pose.pose.position.z, 1.0])
    assert (T_world_base @ pb)[:3] == pytest.approx([p.x, p.y, p.z], abs=1e-6)
    # orientation: top-down grasp (tool z axis pointing down in the world)
    q = r.pose.pose.orientation
    from scipy.spatial.transform import Rotation

    z_axis = Rotation.from_quat([q.x, q.y, q.z, q.w]).as_matrix()[:, 2]
    assert z_axis == pytest.approx([0.0, 0.0, -1.0], abs=1e-6)


def test_goal_without_tf_lists_the_frames(scene, msgs, estimator) -> None:
    tf = TransformBuffer()
    tf.add_matrix("map", "odom", np.eye(4), static=True)
    logic = _goal_logic(scene, msgs, estimator, tf, planning_frame="world", tf_timeout_s=0.0)
    r = logic.handle(_goal("move the gripper 10 cm above the white cube"))
    assert not r.response.success and r.pose is None
    assert "does not exist in TF (known frames: map, odom)" in r.response.message


def test_goal_outside_the_workspace_is_refused(scene, msgs, estimator) -> None:
    tf = TransformBuffer()
    tf.add_matrix("world", scene.frame.frame_id, scene.T_world_camera, static=True)
    limits = WorkspaceLimits([0.0, -1.0, 0.0], [1.0, 1.0, 0.12], "world")  # too low for 10 cm above the cube
    logic = _goal_logic(scene, msgs, estimator, tf, planning_frame="world", limits=limits)
    r = logic.handle(_goal("move the gripper 10 cm above the white cube"))
    assert not r.response.success and r.pose is None
    assert "outside the workspace" in r.response.message and "z=" in r.response.message
    assert r.goal is not None and not r.goal.valid


def test_goal_bad_instructions(scene, msgs, estimator) -> None:
    tf = TransformBuffer()
    tf.add_matrix("world", scene.frame.frame_id, scene.T_world_camera, static=True)
    logic = GoalLogic(estimator, tf)
    r = logic.handle(_goal("move the gripper above the white cube"))
    assert not r.response.success and r.response.message.startswith("no valid camera frame yet")
    _feed(logic, msgs)
    for text, why in (("", "empty instruction"), ("move the gripper above the pink elephant", "pink elephant")):
        r = logic.handle(_goal(text))
        assert not r.response.success and why in r.response.message


def test_frame_assembler_is_shared_by_the_logic_classes(msgs, estimator) -> None:
    asm = FrameAssembler(max_stamp_skew_s=0.05)
    logic = QueryLogic(estimator, asm)
    late = convert.msg_type("sensor_msgs/msg/CameraInfo")(**{
        k: getattr(msgs["camera_info"], k) for k in ("height", "width", "distortion_model", "d", "k", "r", "p",
                                                      "binning_x", "binning_y", "roi")},
        header=convert.header(convert.stamp_to_ns(msgs["rgb"].header.stamp) + 10**9, "cam"))
    assert not logic.on_camera(msgs["rgb"], msgs["depth"], late, msgs["masks"])
    assert asm.rejected == 1 and "camera_info stamp is 1.000 s away" in logic.last_rejection


def test_estimates_are_invalid_not_made_up_without_depth(msgs) -> None:
    est = build_estimator("geometry")
    logic = QueryLogic(est)
    m = dict(msgs)
    assert logic.on_camera(m["rgb"], None, m["camera_info"], m["masks"])
    r = logic.answer(_query(quantity="distance", objects=[A, B]))
    assert not r.response.success and math.isnan(r.estimate.value_m)
    assert r.response.message  # the estimator says why (no depth)


def test_placement_goal_moves_everything_into_the_planning_frame(scene, msgs, estimator) -> None:
    tf = TransformBuffer()
    tf.add_matrix("world", scene.frame.frame_id, scene.T_world_camera, static=True)
    T_world_base = np.eye(4)
    T_world_base[:3, 3] = [-0.3, 0.1, 0.0]
    tf.add_matrix("world", "base", T_world_base, static=True)
    limits = WorkspaceLimits([-1.0, -1.0, -0.1], [1.5, 1.0, 1.0], "world")
    logic = _goal_logic(scene, msgs, estimator, tf, planning_frame="base", limits=limits)
    r = logic.handle(_goal(f"put the {B} to the left of the white cube"))
    assert r.response.success, r.response.message
    assert r.goal.frame_id == "base" and r.goal.moved_position is not None
    brick = scene.truth.find(B).box.center
    # the brick's current position, expressed in "base" = world position minus the base offset
    assert r.goal.moved_position == pytest.approx(brick - T_world_base[:3, 3], abs=0.03)
    assert [r.pose.pose.position.x, r.pose.pose.position.y] == pytest.approx(r.goal.position[:2].tolist())
