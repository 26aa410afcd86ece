"""One closed-loop episode in the simulator: camera -> node logic -> reward + goal -> controller.

The loop (one :class:`~spatialvlm_ros.sim.world.SimWorld`, one task):

1. The camera frame is turned into real ROS 2 messages (``sensor_msgs/Image``
   colour + 16UC1 depth, ``CameraInfo``, ``InstanceMasks``; TF world->camera and
   world->gripper TCP) and fed to the *same* transport-free logic the ROS nodes run
   (``pipeline: ros_logic``): :class:`spatialvlm_ros.ros.reward_logic.RewardLogic`
   (distance query -> ``RewardSignal``) and
   :class:`spatialvlm_ros.ros.goal_logic.GoalLogic` (instruction -> goal pose,
   workspace-checked). ``object_sources`` (a preset of ``config/object_sources.yaml``)
   chooses where the gripper comes from: ``camera`` (estimated like every object, as in
   the paper) or ``tf_gripper`` (its box at the TCP of TF, see
   :mod:`spatialvlm_ros.ros.object_sources`). ``pipeline: direct`` uses the estimator +
   :class:`~spatialvlm_ros.core.reward.RewardShaper` + ``core.goal_geometry`` directly
   (both in :mod:`~spatialvlm_ros.closed_loop.loops`).
2. The instruction of the task ("move the gripper above the red cube") becomes a
   goal pose from the *first* frame (the estimated scene); the same instruction on
   the simulator's true scene gives the true goal (for scoring only).
3. :class:`~spatialvlm_ros.control.sim_ik.SimIKController` executes the goal in
   small IK steps; after every waypoint the camera renders and the reward logic
   runs (the dense reward along the trajectory). Placement: the object is
   teleported once the gripper has "carried" it (grasping is out of scope).
4. Everything goes into a rosbag2 (camera topics, estimates with the measured objects'
   boxes, their RViz/Foxglove markers (``record.markers``), rewards, true distances, goals,
   the instruction, gripper TF) and a PNG plot of the estimated vs true
   gripper-object distance and the reward over time.

Modules: :mod:`~spatialvlm_ros.closed_loop.config` (settings),
:mod:`~spatialvlm_ros.closed_loop.feasibility` (which tasks are posed),
:mod:`~spatialvlm_ros.closed_loop.loops`, :mod:`~spatialvlm_ros.closed_loop.result`; this
module holds the :class:`Episode` (one world, one task, its steps) and :func:`run_episode`.

Scoring: ``success`` when the controller reached the goal and the controlled
point (TCP for reach, the object's true centre for place) ended within
``success_tolerance_m`` of the *true* goal, and the reward object was tracked
(valid estimates in at least ``min_valid_fraction`` of the frames). Failures
(instruction not groundable, goal outside the limits or unreachable, lost
object) are listed in ``failures`` with their reasons. The robot is never sent
outside the workspace limits: goals are checked by the goal logic and again
by the controller, and every measured TCP position is checked.
"""

from __future__ import annotations

import json
import math
import time
from pathlib import Path
from typing import Any

import numpy as np
from scipy.spatial.transform import Rotation

from spatialvlm_ros.closed_loop.config import TCP_FRAME, EpisodeConfig
from spatialvlm_ros.closed_loop.feasibility import draw_objects
from spatialvlm_ros.closed_loop.loops import make_loop
from spatialvlm_ros.closed_loop.result import EpisodeResult, StepRecord
from spatialvlm_ros.closed_loop.tasks import LoopTask
from spatialvlm_ros.core.goal_geometry import compute_goal
from spatialvlm_ros.core.goal_types import GoalPose
from spatialvlm_ros.core.instructions import parse_instruction
from spatialvlm_ros.core.quantities import measure
from spatialvlm_ros.core.reward import RewardTask
from spatialvlm_ros.errors import SpatialVLMError
from spatialvlm_ros.estimators.base import Estimator

TOPIC_GOAL = "/spatialvlm/goal"
TOPIC_GOAL_TRUTH = "/spatialvlm/goal_truth"
TOPIC_INSTRUCTION = "/spatialvlm/instruction"  # std_msgs/String, once at the first frame


def _markers(estimator: Estimator, frame: Any, est_msg: Any) -> Any:
    """RViz / Foxglove MarkerArray of one recorded estimate (boxes, distance line, labels; camera frame)."""
    from spatialvlm_ros.ros import convert
    from spatialvlm_ros.ros.markers import estimate_markers
    from spatialvlm_ros.ros.query_logic import scene_objects

    est = convert.msg_to_estimate(est_msg)
    objs, t_cam_scene = scene_objects(estimator, frame, est.query.objects) if est.valid else ([], None)
    return estimate_markers(est, objs, t_cam_scene, frame.stamp_ns, frame.frame_id, lifetime_s=0.5)


def _truth_value(world: Any, query: Any) -> float:
    from spatialvlm_ros.sim.truth import truth_scene_graph

    sg = truth_scene_graph(world.truth(), world.T_world_camera)
    try:
        return float(measure(sg, query).value_m)
    except SpatialVLMError:
        return float("nan")


def _spearman(est: list[float | None], true: list[float]) -> float | None:
    from scipy.stats import spearmanr

    pairs = [(e, t) for e, t in zip(est, true) if e is not None and math.isfinite(e) and math.isfinite(t)]
    if len(pairs) < 3:
        return None
    a, b = np.array(pairs).T
    if np.ptp(a) == 0 or np.ptp(b) == 0:
        return None
    return float(spearmanr(a, b).statistic)


class Episode:
    """One task in one simulated world: its frames, the messages to record and the result.

    :meth:`observe` renders a frame, runs the loop's perception on it and records it (the
    controller calls it after every waypoint); :meth:`plan` turns the instruction into the
    estimated and the true goal; :meth:`execute` moves the arm; :meth:`score` fills in the
    measurements; :meth:`write` saves bag, plot and JSON.
    """

    def __init__(self, task: LoopTask, seed: int, cfg: EpisodeConfig, estimator: Estimator, world: Any,
                 instruction: str | None = None) -> None:
        self.task, self.cfg, self.world, self.estimator = task, cfg, world, estimator
        rng = np.random.default_rng([int(seed), 7])
        objects, rejected, feasible = draw_objects(task, world, rng, cfg)
        self.text = instruction if instruction is not None else task.instruction_for(objects)
        self.reward_task = RewardTask.from_yaml(cfg.reward_task, objects=task.reward_objects(objects),
                                                name=f"{task.name}:{task.reward_objects(objects)[1]}")
        self.query = self.reward_task.query()
        self.loop = make_loop(cfg.pipeline, estimator, self.reward_task, cfg.goals, cfg.depth_encoding,
                              cfg.object_sources)
        self.result = EpisodeResult(task=task.name, kind=task.kind, seed=int(seed), instruction=self.text,
                                    objects=objects, pipeline=self.loop.name, object_sources=cfg.object_sources,
                                    draws_rejected=rejected, task_feasible=feasible)
        self.frames: list[Any] = []
        self.extra: list[tuple[str, int, Any]] = []  # (topic, stamp, message) to record besides the camera
        self.logic_s = 0.0  # time spent in the loop's perception (reward rate)
        self.stream: Any = None  # the bag written as the episode goes (see open_bag), if any

    def open_bag(self, out_dir: str | Path) -> None:
        """Write ``out_dir/episode_bag`` as the episode goes: a killed episode leaves what it observed."""
        import shutil

        from spatialvlm_ros.ros import bags

        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        bag = out / "episode_bag"
        if bag.exists():
            shutil.rmtree(bag)
        self.stream = bags.CameraBagStream(bag, storage=self.cfg.storage, depth_encoding=self.cfg.depth_encoding,
                                           static_tf=True).__enter__()

    def close_bag(self) -> None:
        if self.stream is not None:
            self.stream.__exit__(None, None, None)
            self.result.bag_path = str(self.stream.path)
            self.stream = None

    def _record(self, item: tuple[str, int, Any]) -> None:
        if self.stream is not None:
            self.stream.write(item[0], item[2], item[1])
        else:
            self.extra.append(item)

    def observe(self, phase: str) -> None:
        """Render, perceive and record one frame of ``phase``."""
        from spatialvlm_ros.ros import bags, convert

        world, query = self.world, self.query
        frame = world.render()
        tcp = world.gripper_position()
        T_tcp = np.eye(4)
        T_tcp[:3, 3] = tcp
        T_tcp[:3, :3] = Rotation.from_quat(world.gripper_orientation()).as_matrix()
        cam_tf = convert.transform_stamped(frame.T_world_camera, "world", frame.frame_id, frame.stamp_ns)
        tcp_tf = convert.transform_stamped(T_tcp, "world", TCP_FRAME, frame.stamp_ns)
        t = time.perf_counter()
        est_msg, rew_msg, sig = self.loop.observe(frame, tcp, cam_tf, tcp_tf)
        self.logic_s += time.perf_counter() - t
        true_m = _truth_value(world, query)
        self.frames.append(frame)
        if self.stream is not None:
            self.stream.write_frame(frame)
        if est_msg is not None:
            self._record((bags.TOPIC_ESTIMATE, frame.stamp_ns, est_msg))
            if self.cfg.markers:
                self._record((bags.TOPIC_MARKERS, frame.stamp_ns, _markers(self.estimator, frame, est_msg)))
        self._record((bags.TOPIC_REWARD, frame.stamp_ns, rew_msg))
        self._record((bags.TOPIC_TF, frame.stamp_ns, bags.tf_message([tcp_tf])))
        truth_msg = convert.msg_type("spatialvlm_ros/msg/SpatialEstimate")(
            header=convert.header(frame.stamp_ns, "world"), question="", quantity=query.kind, form="value",
            objects=list(query.objects), detections=[], value_m=true_m, value_deg=math.nan, clock=0, truth=0,
            answer="", unit="m", confidence=1.0, source="truth", raw_text="", latency_s=0.0, valid=True,
            reason="")
        self._record((bags.TOPIC_TRUTH, frame.stamp_ns, truth_msg))
        self.result.steps.append(StepRecord(
            stamp_ns=int(frame.stamp_ns), phase=phase,
            estimated_m=sig.distance_m if sig.valid else None, true_m=true_m,
            reward=float(sig.total) if sig.valid else float("nan"), reward_valid=bool(sig.valid),
            reason=sig.reason, tcp=[float(x) for x in tcp], sources=dict(sig.sources)))

    def plan(self) -> GoalPose:
        """The goal of the instruction from the first frame, and the true goal (scoring only)."""
        from spatialvlm_ros.ros import convert
        from spatialvlm_ros.sim.truth import truth_scene_graph

        result, world = self.result, self.world
        tcp0 = world.gripper_position()
        goal = self.loop.goal_for(self.text, tcp0)
        result.goal = goal
        truth_sg = truth_scene_graph(world.truth(), world.T_world_camera)
        true_spec = parse_instruction(self.text, truth_sg.names())
        result.true_goal = tg = compute_goal(true_spec, truth_sg, self.cfg.goals, gripper_position=tcp0)
        stamp0 = self.frames[0].stamp_ns
        self._record((TOPIC_INSTRUCTION, stamp0, convert.msg_type("std_msgs/msg/String")(data=self.text)))
        if goal.valid:
            self._record((TOPIC_GOAL, stamp0,
                               convert.pose_stamped(goal.position, goal.orientation_xyzw, goal.frame_id, stamp0)))
        if tg.valid:
            self._record((TOPIC_GOAL_TRUTH, stamp0,
                               convert.pose_stamped(tg.position, tg.orientation_xyzw, "world", stamp0)))
        if goal.valid and tg.valid:
            result.goal_error_m = float(np.linalg.norm(goal.position - tg.position))
        return goal

    def execute(self, goal: GoalPose) -> None:
        """Move the arm to ``goal`` (observing after every waypoint) and judge where it ended."""
        from spatialvlm_ros.control.sim_ik import SimIKController

        result, cfg = self.result, self.cfg
        if not goal.valid:
            result.failures.append(f"goal refused: {goal.reason}")
            return
        controller = SimIKController(self.world, cfg.goals.limits, on_waypoint=self.observe, **cfg.controller)
        control = controller.move_to(goal)
        result.control = control
        result.max_limit_violation_m = controller.max_violation_m
        true_goal = result.true_goal
        if not control.success:
            result.failures.append(f"control failed: {control.reason}")
        elif true_goal is not None and true_goal.valid and control.final_position is not None:
            result.final_error_m = float(np.linalg.norm(control.final_position - true_goal.position))
            if result.final_error_m > cfg.success_tolerance_m:
                result.failures.append(
                    f"ended {result.final_error_m * 100:.1f} cm from the true goal (tolerance "
                    f"{cfg.success_tolerance_m * 100:.1f} cm)")
        elif true_goal is not None and not true_goal.valid:
            result.failures.append(f"the true goal is invalid: {true_goal.reason}")

    def score(self, t0: float) -> None:
        """The measurements along the trajectory and the verdict (``t0``: the episode's start)."""
        result, cfg, rtask = self.result, self.cfg, self.reward_task
        valid = [s for s in result.steps if s.reward_valid]
        result.valid_fraction = len(valid) / max(1, len(result.steps))
        if len(result.steps) > 1 and result.valid_fraction < cfg.min_valid_fraction:
            worst = next((s.reason for s in result.steps if not s.reward_valid), "")
            result.failures.append(
                f"lost track of {rtask.objects[0]!r}/{rtask.objects[1]!r}: valid distance estimates in {len(valid)}"
                f" of {len(result.steps)} frames ({worst})")
        result.spearman = _spearman([s.estimated_m for s in result.steps], [s.true_m for s in result.steps])
        if valid:
            result.reward_first, result.reward_last = valid[0].reward, valid[-1].reward
        result.reward_hz = len(result.steps) / self.logic_s if self.logic_s > 0 else None
        result.success = not result.failures
        result.wall_s = time.perf_counter() - t0

    def write(self, out_dir: str | Path, write_bag: bool = True, write_plot: bool = True) -> None:
        """``episode_bag/``, ``episode.png`` and ``episode.json`` under ``out_dir``."""
        from spatialvlm_ros.ros import bags

        result, cfg = self.result, self.cfg
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        if write_bag and self.stream is not None:
            self.close_bag()
        elif write_bag:
            bag = out / "episode_bag"
            if bag.exists():
                import shutil

                shutil.rmtree(bag)
            bags.write_camera_bag(bag, self.frames, storage=cfg.storage, depth_encoding=cfg.depth_encoding,
                                  extra=self.extra)
            result.bag_path = str(bag)
        if write_plot:
            from spatialvlm_ros.closed_loop.plot import plot_episode

            result.plot_path = str(plot_episode(result, out / "episode.png"))
        (out / "episode.json").write_text(json.dumps(result.to_dict(), indent=1), encoding="utf-8")


def run_episode(task: LoopTask, seed: int, out_dir: str | Path | None = None, config: EpisodeConfig | None = None,
                estimator: Estimator | None = None, instruction: str | None = None, write_bag: bool = True,
                write_plot: bool = True) -> EpisodeResult:
    """Run one episode of ``task`` in a world drawn from ``seed``.

    ``out_dir``: where the bag (``episode_bag/``), plot (``episode.png``) and
    ``episode.json`` go (None: nothing is written). ``instruction`` overrides the
    task's instruction (e.g. to test an ungroundable one). ``estimator``:
    default the geometry estimator.
    """
    from spatialvlm_ros.sim.world import SimWorld

    cfg = config or EpisodeConfig.from_yaml()
    if estimator is None:
        from spatialvlm_ros.estimators.factory import build_estimator

        estimator = build_estimator("geometry")
    t0 = time.perf_counter()
    world = SimWorld(int(seed), cfg.sim_config(), noisy=cfg.noisy)
    episode: Episode | None = None
    try:
        episode = Episode(task, seed, cfg, estimator, world, instruction)
        if out_dir is not None and write_bag:
            episode.open_bag(out_dir)
        episode.observe("start")
        episode.execute(episode.plan())
        episode.score(t0)
        if out_dir is not None:
            episode.write(out_dir, write_bag, write_plot)
        return episode.result
    finally:
        if episode is not None:
            episode.close_bag()  # an interrupted episode still closes the bag of what it observed
        world.close()
