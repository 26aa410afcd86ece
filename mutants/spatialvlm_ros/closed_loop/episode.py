"""One closed-loop episode in the simulator: camera -> node logic -> reward + goal -> controller.

The loop (one :class:`~spatialvlm_ros.sim.world.SimWorld`, one task):

1. The camera frame is turned into real ROS 2 messages (``sensor_msgs/Image``
   colour + 16UC1 depth, ``CameraInfo``, ``InstanceMasks``; TF world->camera and
   world->gripper TCP) and fed to the *same* transport-free logic the ROS nodes run
   (``pipeline: ros_logic``): :class:`spatialvlm_ros.ros.reward_logic.RewardLogic`
   (distance query -> ``RewardSignal``) and
   :class:`spatialvlm_ros.ros.goal_logic.GoalLogic` (instruction -> goal pose,
   workspace-checked). ``pipeline: direct`` uses the estimator +
   :class:`~spatialvlm_ros.core.reward.RewardShaper` + ``core.goal_geometry`` directly.
2. The instruction of the task ("move the gripper above the red cube") becomes a
   goal pose from the *first* frame (the estimated scene); the same instruction on
   the simulator's true scene gives the true goal (for scoring only).
3. :class:`~spatialvlm_ros.control.sim_ik.SimIKController` executes the goal in
   small IK steps; after every waypoint the camera renders and the reward logic
   runs (the dense reward along the trajectory). Placement: the object is
   teleported once the gripper has "carried" it (grasping is out of scope).
4. Everything goes into a rosbag2 (camera topics, estimates with the measured objects'
   boxes, rewards, true distances, goals, the instruction, gripper TF) and a PNG plot of the estimated vs true
   gripper-object distance and the reward over time.

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
import logging
import math
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
from scipy.spatial.transform import Rotation

from spatialvlm_ros.closed_loop.tasks import LoopTask, load_tasks
from spatialvlm_ros.control.base import ControlResult
from spatialvlm_ros.core.frame import RGBDFrame
from spatialvlm_ros.core.goal_geometry import compute_goal
from spatialvlm_ros.core.goal_types import GoalConfig, GoalPose
from spatialvlm_ros.core.instructions import parse_instruction
from spatialvlm_ros.core.quantities import measure
from spatialvlm_ros.core.reward import RewardShaper, RewardSignal, RewardTask
from spatialvlm_ros.errors import ConfigError, SpatialVLMError
from spatialvlm_ros.estimators.base import Estimator, scene_or_geometry
from spatialvlm_ros.resources import load_config

log = logging.getLogger(__name__)

TOPIC_GOAL = "/spatialvlm/goal"
TOPIC_GOAL_TRUTH = "/spatialvlm/goal_truth"
TOPIC_INSTRUCTION = "/spatialvlm/instruction"  # std_msgs/String, once at the first frame
TCP_FRAME = "panda_tcp"
PIPELINES = ("ros_logic", "direct")


@dataclass
class EpisodeConfig:
    """Settings of closed-loop episodes (``config/closed_loop.yaml``); lengths in metres."""

    image_width: int = 320
    image_height: int = 240
    noisy: bool = True
    pipeline: str = "ros_logic"
    reward_task: str = "reach"
    success_tolerance_m: float = 0.03
    min_valid_fraction: float = 0.5
    feasible_only: bool = True
    feasibility_margin_m: float = 0.02
    controller: dict[str, Any] = field(default_factory=dict)
    storage: str = "mcap"
    depth_encoding: str = "16UC1"
    tasks: dict[str, LoopTask] = field(default_factory=dict)
    demo: dict[str, Any] = field(default_factory=dict)
    goals: GoalConfig = field(default_factory=GoalConfig)
    sim_world: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_yaml(cls, path: str | None = None, goals_path: str | None = None) -> EpisodeConfig:
        data = load_config(path or "closed_loop.yaml")
        known = {"image", "noisy", "pipeline", "reward_task", "success_tolerance_m", "min_valid_fraction", "feasible_only",
                 "feasibility_margin_m", "controller", "record", "tasks", "demo", "sim_world"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"closed-loop config: unknown key(s) {', '.join(unknown)}")
        image = data.get("image") or {}
        record = data.get("record") or {}
        cfg = cls(
            image_width=int(image.get("width", 320)),
            image_height=int(image.get("height", 240)),
            noisy=bool(data.get("noisy", True)),
            pipeline=str(data.get("pipeline", "ros_logic")),
            reward_task=str(data.get("reward_task", "reach")),
            success_tolerance_m=float(data.get("success_tolerance_m", 0.03)),
            min_valid_fraction=float(data.get("min_valid_fraction", 0.5)),
            feasible_only=bool(data.get("feasible_only", True)),
            feasibility_margin_m=float(data.get("feasibility_margin_m", 0.02)),
            controller=dict(data.get("controller") or {}),
            storage=str(record.get("storage", "mcap")),
            depth_encoding=str(record.get("depth_encoding", "16UC1")),
            tasks=load_tasks(data),
            demo=dict(data.get("demo") or {}),
            goals=GoalConfig.from_yaml(goals_path),
            sim_world=dict(data.get("sim_world") or {}),
        )
        if cfg.pipeline not in PIPELINES:
            raise ConfigError(f"closed-loop config: pipeline {cfg.pipeline!r} is not one of {', '.join(PIPELINES)}")
        if cfg.image_width < 32 or cfg.image_height < 24:
            raise ConfigError("closed-loop config: image must be at least 32x24")
        return cfg

    def sim_config(self) -> Any:
        """The simulator config with this episode's image size."""
        from spatialvlm_ros.sim.config import SimConfig

        sim = SimConfig.from_yaml()
        sim.image = dict(sim.image, width=self.image_width, height=self.image_height)
        sim.world = dict(sim.world, **self.sim_world)
        return sim


@dataclass
class StepRecord:
    """One camera frame of the episode (times in ns, lengths in m; None/NaN when invalid)."""

    stamp_ns: int
    phase: str
    estimated_m: float | None
    true_m: float
    reward: float
    reward_valid: bool
    reason: str
    tcp: list[float]


@dataclass
class EpisodeResult:
    """Outcome and measurements of one episode (JSON via :meth:`to_dict`)."""

    task: str
    kind: str
    seed: int
    instruction: str
    objects: dict[str, str]
    pipeline: str
    success: bool = False
    failures: list[str] = field(default_factory=list)
    goal: GoalPose | None = None
    true_goal: GoalPose | None = None
    goal_error_m: float | None = None
    final_error_m: float | None = None
    control: ControlResult | None = None
    steps: list[StepRecord] = field(default_factory=list)
    spearman: float | None = None
    valid_fraction: float = 0.0
    reward_first: float | None = None
    reward_last: float | None = None
    reward_hz: float | None = None
    max_limit_violation_m: float = 0.0
    draws_rejected: int = 0
    task_feasible: bool | None = None
    bag_path: str | None = None
    plot_path: str | None = None
    wall_s: float = 0.0

    @property
    def reason(self) -> str:
        return "; ".join(self.failures)

    def to_dict(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(float(x)) else float(x)

        return {
            "task": self.task, "kind": self.kind, "seed": self.seed, "instruction": self.instruction,
            "objects": self.objects, "pipeline": self.pipeline, "success": self.success,
            "failures": self.failures,
            "goal": None if self.goal is None else self.goal.to_dict(),
            "true_goal": None if self.true_goal is None else self.true_goal.to_dict(),
            "goal_error_m": num(self.goal_error_m), "final_error_m": num(self.final_error_m),
            "control": None if self.control is None else self.control.to_dict(),
            "spearman": num(self.spearman), "valid_fraction": self.valid_fraction,
            "reward_first": num(self.reward_first), "reward_last": num(self.reward_last),
            "reward_hz": num(self.reward_hz), "max_limit_violation_m": self.max_limit_violation_m,
            "draws_rejected": self.draws_rejected, "task_feasible": self.task_feasible,
            "bag_path": self.bag_path, "plot_path": self.plot_path, "wall_s": self.wall_s,
            "steps": [
                {"stamp_ns": s.stamp_ns, "phase": s.phase, "estimated_m": num(s.estimated_m), "true_m": num(s.true_m),
                 "reward": num(s.reward), "reward_valid": s.reward_valid, "reason": s.reason, "tcp": s.tcp}
                for s in self.steps
            ],
        }


# --------------------------------------------------------------------------- the node logic


class _RosLogicLoop:
    """Feeds camera + TF messages to the ROS nodes' reward and goal logic."""

    name = "ros_logic"

    def __init__(self, estimator: Estimator, task: RewardTask, goals: GoalConfig, depth_encoding: str) -> None:
        from spatialvlm_ros.ros.frames import FrameAssembler
        from spatialvlm_ros.ros.goal_logic import GoalLogic
        from spatialvlm_ros.ros.reward_logic import RewardLogic
        from spatialvlm_ros.ros.tf_buffer import TransformBuffer

        self.tf = TransformBuffer(cache_s=600.0)
        assembler = FrameAssembler(world_frame="world", tf=self.tf, require_pose=True)
        self.reward = RewardLogic(estimator, task, assembler=assembler)
        self.goal = GoalLogic(estimator, self.tf, planning_frame="world", limits=goals.limits, config=goals,
                              ee_frame=TCP_FRAME)
        self.depth_encoding = depth_encoding
        self._msgs: dict[str, Any] | None = None

    def observe(self, frame: Any, tcp: np.ndarray, camera_tf: Any, tcp_tf: Any) -> tuple[Any, Any, RewardSignal]:
        """(estimate msg or None, reward msg, reward signal) for one frame."""
        from spatialvlm_ros.ros import convert

        self.tf.add_transforms([camera_tf], static=True)
        self.tf.add_transforms([tcp_tf])
        msgs = convert.frame_to_messages(frame, depth_encoding=self.depth_encoding)
        self._msgs = msgs
        self.reward.on_camera(msgs["rgb"], msgs["depth"], msgs["camera_info"], msgs["masks"])
        self.goal.on_camera(msgs["rgb"], msgs["depth"], msgs["camera_info"], msgs["masks"])
        step = self.reward.tick(frame.stamp_ns)
        return step.estimate, step.reward, step.signal

    def goal_for(self, instruction: str, tcp: np.ndarray) -> GoalPose:
        from spatialvlm_ros.ros import convert

        Request = convert.msg_type("spatialvlm_ros/srv/GetGoalPose_Request")
        res = self.goal.handle(Request(instruction=instruction, planning_frame="world", execute=False))
        if res.goal is not None and res.response.success:
            return res.goal
        spec = parse_instruction(instruction, [])
        spec.valid, spec.reason = False, str(res.response.message)
        g = res.goal or GoalPose.invalid(spec, str(res.response.message), "world")
        g.valid, g.reason = False, str(res.response.message)
        return g


class _DirectLoop:
    """The same steps without ROS messages: estimator + RewardShaper + core.goal_geometry.

    Goals come from the estimator's scene; an estimator without one (a VLM alone) gets
    the geometry pipeline's scene, as in the goal node."""

    name = "direct"

    def __init__(self, estimator: Estimator, task: RewardTask, goals: GoalConfig, depth_encoding: str) -> None:
        self.estimator = estimator
        self.task = task
        self.shaper = RewardShaper(task)
        self.goals = goals
        self.depth_encoding = depth_encoding
        self.latest: RGBDFrame | None = None
        self.steps = 0

    def observe(self, frame: Any, tcp: np.ndarray, camera_tf: Any, tcp_tf: Any) -> tuple[Any, Any, RewardSignal]:
        from spatialvlm_ros.ros import convert

        self.latest = frame
        est = self.estimator.estimate(frame, self.task.query())
        sig = self.shaper.step(est, frame.stamp_ns)
        est_msg = convert.estimate_to_msg(est, frame.stamp_ns, frame.frame_id, self._detections(frame, est))
        rew_msg = convert.reward_to_msg(sig, self.task.name, self.steps, frame.frame_id)
        self.steps += 1
        return est_msg, rew_msg, sig

    def _detections(self, frame: Any, est: Any) -> list[Any]:
        """The measured objects' boxes (camera frame), as the reward logic records them."""
        from spatialvlm_ros.ros import convert
        from spatialvlm_ros.ros.query_logic import scene_objects

        if not est.valid:
            return []
        objs, t_cam_scene = scene_objects(self.estimator, frame, est.query.objects)
        if t_cam_scene is None:
            return []
        return [convert.detection_msg(o.name, o.box, t_cam_scene, frame.stamp_ns, frame.frame_id) for o in objs]

    def goal_for(self, instruction: str, tcp: np.ndarray) -> GoalPose:
        if self.latest is None:
            return GoalPose.invalid(parse_instruction(instruction, []), "no camera frame yet", "world")
        try:
            scene = scene_or_geometry(self.estimator, self.latest)
        except SpatialVLMError as exc:
            spec = parse_instruction(instruction, [])
            return GoalPose.invalid(spec, f"no scene: {exc}", "world")
        spec = parse_instruction(instruction, scene.names())
        return compute_goal(spec, scene, self.goals, gripper_position=tcp)


# --------------------------------------------------------------------------- the episode


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


def _feasible(task: LoopTask, objects: dict[str, str], world: Any, cfg: EpisodeConfig) -> bool:
    """Whether the task's TRUE goal (and, for placement, the true pick approach) lies in the workspace
    with ``cfg.feasibility_margin_m`` to spare (limits and placement clearance): a task whose
    feasibility would flip on millimetres of estimation error is not posed."""
    from spatialvlm_ros.sim.truth import truth_scene_graph

    margin = cfg.feasibility_margin_m
    goals = replace(cfg.goals, placement_clearance_m=cfg.goals.placement_clearance_m + margin)
    sg = truth_scene_graph(world.truth(), world.T_world_camera)
    goal = compute_goal(parse_instruction(task.instruction_for(objects), sg.names()), sg, goals,
                        gripper_position=world.gripper_position())
    if not goal.valid or cfg.goals.limits.violation(goal.position, margin):
        return False
    if task.kind == "place":
        clearance = float(cfg.controller.get("carry_clearance_m", 0.05))
        for p in (goal.moved_position, goal.position):
            if cfg.goals.limits.violation(np.asarray(p) + [0.0, 0.0, goal.moved_size[2] / 2 + clearance], margin):
                return False
    return True


def _draw_objects(task: LoopTask, world: Any, rng: np.random.Generator, cfg: EpisodeConfig,
                  tries: int = 30) -> tuple[dict[str, str], int, bool | None]:
    """The task's objects; with ``feasible_only`` re-drawn (up to ``tries``) until the task is
    feasible on the true scene (the benchmark poses tasks the arm can do).

    Returns (objects, rejected draws, feasible): ``feasible`` is None when not checked, False when
    no draw was feasible (the first draw is returned and the episode records the refusal).
    """
    first = task.choose_objects(world.object_names(), rng)
    if not cfg.feasible_only:
        return first, 0, None
    objects = first
    for i in range(tries):
        if _feasible(task, objects, world, cfg):
            return objects, i, True
        sub = np.random.default_rng([int(rng.integers(1 << 31)), i])
        objects = task.choose_objects(world.object_names(), sub, use_prefer=False)
    log.info("no task of %s is feasible in world %s after %d draws", task.name, getattr(world, "seed", "?"), tries)
    return first, tries, False


def run_episode(task: LoopTask, seed: int, out_dir: str | Path | None = None, config: EpisodeConfig | None = None,
                estimator: Estimator | None = None, instruction: str | None = None, write_bag: bool = True,
                write_plot: bool = True) -> EpisodeResult:
    """Run one episode of ``task`` in a world drawn from ``seed``.

    ``out_dir``: where the bag (``episode_bag/``), plot (``episode.png``) and
    ``episode.json`` go (None: nothing is written). ``instruction`` overrides the
    task's instruction (e.g. to test an ungroundable one). ``estimator``:
    default the geometry estimator.
    """
    from spatialvlm_ros.control.sim_ik import SimIKController
    from spatialvlm_ros.ros import bags, convert
    from spatialvlm_ros.sim.truth import truth_scene_graph
    from spatialvlm_ros.sim.world import SimWorld

    cfg = config or EpisodeConfig.from_yaml()
    if estimator is None:
        from spatialvlm_ros.estimators.factory import build_estimator

        estimator = build_estimator("geometry")
    t0 = time.perf_counter()
    rng = np.random.default_rng([int(seed), 7])
    world = SimWorld(int(seed), cfg.sim_config(), noisy=cfg.noisy)
    stream: Any = None
    try:
        objects, rejected, feasible = _draw_objects(task, world, rng, cfg)
        text = instruction if instruction is not None else task.instruction_for(objects)
        rtask = RewardTask.from_yaml(cfg.reward_task, objects=task.reward_objects(objects),
                                     name=f"{task.name}:{task.reward_objects(objects)[1]}")
        loop_cls = _RosLogicLoop if cfg.pipeline == "ros_logic" else _DirectLoop
        loop = loop_cls(estimator, rtask, cfg.goals, cfg.depth_encoding)
        result = EpisodeResult(task=task.name, kind=task.kind, seed=int(seed), instruction=text, objects=objects,
                               pipeline=loop.name, draws_rejected=rejected, task_feasible=feasible)
        stamps: list[int] = []
        logic_s = [0.0]
        if out_dir is not None and write_bag:
            stream = _open_stream(Path(out_dir), cfg)

        def record(topic: str, t_ns: int, msg: Any) -> None:
            # written as it happens: a killed episode leaves a bag of what it observed
            if stream is not None:
                stream.write(topic, msg, t_ns)
        query = rtask.query()

        def observe(phase: str) -> None:
            frame = world.render()
            tcp = world.gripper_position()
            T_tcp = np.eye(4)
            T_tcp[:3, 3] = tcp
            T_tcp[:3, :3] = Rotation.from_quat(world.gripper_orientation()).as_matrix()
            cam_tf = convert.transform_stamped(frame.T_world_camera, "world", frame.frame_id, frame.stamp_ns)
            tcp_tf = convert.transform_stamped(T_tcp, "world", TCP_FRAME, frame.stamp_ns)
            t = time.perf_counter()
            est_msg, rew_msg, sig = loop.observe(frame, tcp, cam_tf, tcp_tf)
            logic_s[0] += time.perf_counter() - t
            true_m = _truth_value(world, query)
            stamps.append(int(frame.stamp_ns))
            if stream is not None:
                stream.write_frame(frame)
            if est_msg is not None:
                record(bags.TOPIC_ESTIMATE, frame.stamp_ns, est_msg)
            record(bags.TOPIC_REWARD, frame.stamp_ns, rew_msg)
            record(bags.TOPIC_TF, frame.stamp_ns, bags.tf_message([tcp_tf]))
            truth_msg = convert.msg_type("spatialvlm_ros/msg/SpatialEstimate")(
                header=convert.header(frame.stamp_ns, "world"), question="", quantity=query.kind, form="value",
                objects=list(query.objects), detections=[], value_m=true_m, value_deg=math.nan, clock=0, truth=0,
                answer="", unit="m", confidence=1.0, source="truth", raw_text="", latency_s=0.0, valid=True,
                reason="")
            record(bags.TOPIC_TRUTH, frame.stamp_ns, truth_msg)
            result.steps.append(StepRecord(
                stamp_ns=int(frame.stamp_ns), phase=phase,
                estimated_m=sig.distance_m if sig.valid else None, true_m=true_m,
                reward=float(sig.total) if sig.valid else float("nan"), reward_valid=bool(sig.valid),
                reason=sig.reason, tcp=[float(x) for x in tcp]))

        observe("start")
        tcp0 = world.gripper_position()
        goal = loop.goal_for(text, tcp0)
        result.goal = goal
        truth_sg = truth_scene_graph(world.truth(), world.T_world_camera)
        true_spec = parse_instruction(text, truth_sg.names())
        result.true_goal = compute_goal(true_spec, truth_sg, cfg.goals, gripper_position=tcp0)
        stamp0 = stamps[0]
        record(TOPIC_INSTRUCTION, stamp0, convert.msg_type("std_msgs/msg/String")(data=text))
        if goal.valid:
            record(TOPIC_GOAL, stamp0, convert.pose_stamped(goal.position, goal.orientation_xyzw, goal.frame_id, stamp0))
        if result.true_goal.valid:
            tg = result.true_goal
            record(TOPIC_GOAL_TRUTH, stamp0, convert.pose_stamped(tg.position, tg.orientation_xyzw, "world", stamp0))
        if goal.valid and result.true_goal.valid:
            result.goal_error_m = float(np.linalg.norm(goal.position - result.true_goal.position))

        if not goal.valid:
            result.failures.append(f"goal refused: {goal.reason}")
        else:
            controller = SimIKController(world, cfg.goals.limits, on_waypoint=observe, **cfg.controller)
            control = controller.move_to(goal)
            result.control = control
            result.max_limit_violation_m = controller.max_violation_m
            if not control.success:
                result.failures.append(f"control failed: {control.reason}")
            elif result.true_goal.valid and control.final_position is not None:
                result.final_error_m = float(np.linalg.norm(control.final_position - result.true_goal.position))
                if result.final_error_m > cfg.success_tolerance_m:
                    result.failures.append(
                        f"ended {result.final_error_m * 100:.1f} cm from the true goal (tolerance "
                        f"{cfg.success_tolerance_m * 100:.1f} cm)")
            elif not result.true_goal.valid:
                result.failures.append(f"the true goal is invalid: {result.true_goal.reason}")

        # measurements along the trajectory
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
        result.reward_hz = len(result.steps) / logic_s[0] if logic_s[0] > 0 else None
        result.success = not result.failures
        result.wall_s = time.perf_counter() - t0

        if out_dir is not None:
            out = Path(out_dir)
            out.mkdir(parents=True, exist_ok=True)
            if stream is not None:
                stream.__exit__(None, None, None)
                stream = None
                result.bag_path = str(out / "episode_bag")
            if write_plot:
                from spatialvlm_ros.closed_loop.plot import plot_episode

                result.plot_path = str(plot_episode(result, out / "episode.png"))
            (out / "episode.json").write_text(json.dumps(result.to_dict(), indent=1), encoding="utf-8")
        return result
    finally:
        if stream is not None:
            stream.__exit__(None, None, None)
        world.close()


def _open_stream(out: Path, cfg: Any) -> Any:
    """The episode's camera bag ``out/episode_bag`` (replacing an old one), open for writing."""
    import shutil

    from spatialvlm_ros.ros import bags

    out.mkdir(parents=True, exist_ok=True)
    bag = out / "episode_bag"
    if bag.exists():
        shutil.rmtree(bag)
    stream = bags.CameraBagStream(bag, storage=cfg.storage, depth_encoding=cfg.depth_encoding, static_tf=True)
    return stream.__enter__()
