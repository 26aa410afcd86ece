"""Dense reward logic: latest frame -> distance estimate -> RewardSignal msg (transport-free).

Per step the task's spatial query (``RewardTask.query()``: by default the
centre distance between the task's two objects) is answered by the estimator
on the latest valid frame and shaped by the closed-loop
:class:`~spatialvlm_ros.core.reward.RewardShaper`. Each frame is rewarded once:
stepping again on the same frame returns the cached messages (a reward node
ticking faster than the camera republishes, it does not double-count progress).
Never raises: no frame, a stale frame, a rejected frame or an invalid estimate
give an invalid reward (total NaN) whose reason says why.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from spatialvlm_ros.core.estimate import SpatialEstimate
from spatialvlm_ros.core.frame import RGBDFrame
from spatialvlm_ros.core.reward import RewardShaper, RewardSignal, RewardTask
from spatialvlm_ros.errors import SpatialVLMError
from spatialvlm_ros.estimators.base import Estimator
from spatialvlm_ros.ros import convert
from spatialvlm_ros.ros.frames import FrameAssembler
from spatialvlm_ros.ros.latest_frame import LatestFrame
from spatialvlm_ros.ros.query_logic import QueryLogic, estimate_detections
from spatialvlm_ros.ros.throttle import ThrottledLog

log = logging.getLogger(__name__)

SRV_RESPONSE = "spatialvlm_ros/srv/SetRewardTask_Response"


@dataclass
class RewardStep:
    """One reward step's outputs: the RewardSignal msg, the SpatialEstimate msg it came from (or None)."""

    reward: Any
    estimate: Any | None
    signal: RewardSignal


class RewardLogic:
    """Rewards for one task, one episode at a time.

    ``reward_config``: the reward YAML for presets (None = ``config/reward.yaml``).
    ``max_frame_age_s``: in :meth:`tick`, a latest frame older than this is stale.
    """

    def __init__(self, estimator: Estimator, task: RewardTask, assembler: FrameAssembler | None = None,
                 max_frame_age_s: float = 0.5, reward_config: str | None = None,
                 throttle: ThrottledLog | None = None, frames: LatestFrame | None = None) -> None:
        self.estimator = estimator
        self.throttle = throttle or ThrottledLog(log)
        frames = frames or LatestFrame(assembler or FrameAssembler(throttle=self.throttle))
        self.query = QueryLogic(estimator, templates=False, throttle=self.throttle, frames=frames)
        self.task = task
        self.shaper = RewardShaper(task)
        self.max_frame_age_ns = int(max_frame_age_s * 1e9)
        self.reward_config = reward_config
        self._last_stamp: int | None = None
        self._last_step: RewardStep | None = None
        self.steps = 0

    # ------------------------------------------------------------------ task

    def reset(self) -> None:
        """Start a new episode (step counter and previous distance forgotten)."""
        self.shaper.reset()
        self._last_stamp = None
        self._last_step = None
        self.steps = 0

    def set_task(self, task: RewardTask) -> None:
        self.task = task
        self.shaper = RewardShaper(task)
        self._last_stamp = None
        self._last_step = None
        self.steps = 0

    def handle_set_task(self, request: Any) -> Any:
        """SetRewardTask service: returns the response message. Never raises."""
        Response = convert.msg_type(SRV_RESPONSE)
        if request.reset_only:
            self.reset()
            return Response(success=True, message=f"episode of task {self.task.name!r} reset")
        try:
            task = self.task_from_request(request)
        except SpatialVLMError as exc:
            self.throttle.warning(f"reward task refused: {exc}", key="set_task")
            return Response(success=False, message=str(exc))
        self.set_task(task)
        return Response(success=True, message=f"task {task.name!r}: {task.kind} between "
                                              f"{task.objects[0]!r} and {task.objects[1]!r} -> {task.target_m} m")

    def task_from_request(self, request: Any) -> RewardTask:
        """The :class:`RewardTask` of a SetRewardTask request (ConfigError when invalid)."""
        objects = [str(o) for o in request.objects]
        if request.preset:
            overrides: dict[str, Any] = {"objects": tuple(objects)} if objects else {}
            if request.name:
                overrides["name"] = str(request.name)
            return RewardTask.from_yaml(str(request.preset), self.reward_config, **overrides)
        data: dict[str, Any] = {
            "name": str(request.name or "custom"),
            "objects": tuple(objects),
            "target_m": float(request.target_m),
            "shaping": str(request.shaping or "exp"),
            "scale_m": float(request.scale_m),
            "success_tolerance_m": float(request.success_tolerance_m),
        }
        if request.kind:
            data["kind"] = str(request.kind)
        return RewardTask.from_dict(data)

    # ------------------------------------------------------------------ frames and steps

    def on_camera(self, rgb: Any, depth: Any | None, camera_info: Any, masks: Any | None = None) -> bool:
        """Keep the latest valid frame (see :meth:`QueryLogic.on_camera`)."""
        return self.query.on_camera(rgb, depth, camera_info, masks)

    def tick(self, now_ns: int) -> RewardStep:
        """The reward for the latest frame at time ``now_ns`` (the node's timer)."""
        frame = self.query.latest
        if frame is None:
            return self._invalid(now_ns, self.query.frames.missing_reason(), "")
        age = now_ns - frame.stamp_ns
        if age > self.max_frame_age_ns:
            return self._invalid(now_ns, f"stale frame: the latest is {age / 1e9:.2f} s old", frame.frame_id)
        return self.step(frame)

    def step(self, frame: RGBDFrame) -> RewardStep:
        """The reward for ``frame`` (cached when it is the frame of the previous step)."""
        if self._last_step is not None and frame.stamp_ns == self._last_stamp:
            return self._last_step
        query = self.task.query()
        est: SpatialEstimate = self.query.estimate(frame, query)
        signal = self.shaper.step(est, frame.stamp_ns)
        if not signal.valid:
            self.throttle.warning(f"invalid reward: {signal.reason}", key=f"reward:{signal.reason[:40]}")
        boxes = estimate_detections(self.estimator, frame, est)
        est_msg = convert.estimate_to_msg(est, frame.stamp_ns, frame.frame_id, boxes)
        reward = convert.reward_to_msg(signal, self.task.name, self.steps, frame.frame_id)
        self.steps += 1
        self._last_stamp = frame.stamp_ns
        self._last_step = RewardStep(reward, est_msg, signal)
        return self._last_step

    def _invalid(self, stamp_ns: int, reason: str, frame_id: str) -> RewardStep:
        self.throttle.warning(f"invalid reward: {reason}", key=f"reward:{reason[:20]}")
        signal = RewardSignal(stamp_ns=int(stamp_ns), total=float("nan"), components={}, distance_m=None,
                              valid=False, reason=reason, success=False, task=self.task.name)
        return RewardStep(convert.reward_to_msg(signal, self.task.name, self.steps, frame_id), None, signal)
