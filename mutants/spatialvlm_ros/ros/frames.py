"""Frame assembly: synchronised Image + depth Image + CameraInfo (+ masks, + TF) -> RGBDFrame.

Never raises to its caller: a malformed or mismatched set gives ``(None, reason)``
and one throttled log line per kind of problem.
"""

from __future__ import annotations

import logging
from typing import Any

import numpy as np

from spatialvlm_ros.core.frame import RGBDFrame
from spatialvlm_ros.errors import SpatialVLMError
from spatialvlm_ros.ros import convert
from spatialvlm_ros.ros.tf_buffer import TransformBuffer
from spatialvlm_ros.ros.throttle import ThrottledLog

log = logging.getLogger(__name__)


class FrameAssembler:
    """Builds validated :class:`RGBDFrame` objects from camera messages.

    - ``world_frame``: a gravity-aligned TF frame (z up); when set and ``tf`` is
      given, ``T_world_camera`` is looked up at the image stamp (waiting up to
      ``tf_timeout_s``). With ``require_pose`` a missing transform makes the
      frame invalid; otherwise the frame is used without a pose (gravity then
      comes from a support plane) and a throttled warning is logged.
    - ``max_stamp_skew_s``: colour/depth/info/masks stamps further apart are rejected.
    """

    def __init__(self, world_frame: str = "", tf: TransformBuffer | None = None, tf_timeout_s: float = 0.0,
                 require_pose: bool = False, max_stamp_skew_s: float | None = 0.05,
                 throttle: ThrottledLog | None = None) -> None:
        self.world_frame = world_frame
        self.tf = tf
        self.tf_timeout_s = tf_timeout_s
        self.require_pose = require_pose
        self.max_skew_ns = None if max_stamp_skew_s is None else int(max_stamp_skew_s * 1e9)
        self.throttle = throttle or ThrottledLog(log)
        self.rejected = 0

    def camera_pose(self, camera_frame: str, stamp_ns: int) -> tuple[np.ndarray | None, str]:
        """``T_world_camera`` at ``stamp_ns`` or ``(None, reason)``."""
        if not self.world_frame:
            return None, "no world_frame configured"
        if self.tf is None:
            return None, "no TF buffer"
        try:
            return self.tf.lookup(self.world_frame, camera_frame, stamp_ns, self.tf_timeout_s), ""
        except SpatialVLMError as exc:
            return None, str(exc)

    def assemble(self, rgb: Any, depth: Any | None, camera_info: Any, masks: Any | None = None
                 ) -> tuple[RGBDFrame | None, str]:
        """The validated frame, or ``(None, reason)``."""
        try:
            pose = None
            if self.world_frame:
                stamp = convert.stamp_to_ns(rgb.header.stamp)
                pose, why = self.camera_pose(str(rgb.header.frame_id), stamp)
                if pose is None:
                    if self.require_pose:
                        return self._reject(f"camera pose unavailable: {why}", "tf")
                    self.throttle.warning(f"using the frame without a camera pose: {why}", key="tf")
            frame = convert.frame_from_messages(
                rgb, depth, camera_info, masks, T_world_camera=pose,
                world_frame_id=self.world_frame or "world", max_stamp_skew_ns=self.max_skew_ns,
            )
            return frame, ""
        except SpatialVLMError as exc:
            return self._reject(str(exc), type(exc).__name__ + str(exc)[:30])
        except Exception as exc:  # a message object missing fields, numpy errors on garbage data
            return self._reject(f"malformed camera message: {type(exc).__name__}: {exc}", "malformed")

    def _reject(self, reason: str, key: str) -> tuple[None, str]:
        self.rejected += 1
        self.throttle.warning(f"camera frame rejected: {reason}", key=key)
        return None, reason
