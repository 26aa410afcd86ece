"""The latest valid camera frame, shared by the query, reward and goal logic (transport-free).

Each logic feeds it synchronised camera messages (:meth:`LatestFrame.on_camera`); a
rejected set keeps the previous frame and records why (:attr:`LatestFrame.last_rejection`),
which :meth:`LatestFrame.missing_reason` reports while no frame has been accepted yet.
One instance may be shared by several logics that see the same camera.
"""

from __future__ import annotations

from typing import Any

from spatialvlm_ros.core.frame import RGBDFrame
from spatialvlm_ros.ros.frames import FrameAssembler
from spatialvlm_ros.ros.throttle import ThrottledLog


class LatestFrame:
    """Holds the latest frame the ``assembler`` accepted (``frame``; None until one is)."""

    def __init__(self, assembler: FrameAssembler | None = None, throttle: ThrottledLog | None = None) -> None:
        self.assembler = assembler or FrameAssembler(throttle=throttle)
        self.frame: RGBDFrame | None = None
        self.last_rejection = ""

    def on_camera(self, rgb: Any, depth: Any | None, camera_info: Any, masks: Any | None = None) -> bool:
        """Keep the synchronised set as the latest frame if it is valid; False (and a reason) if not."""
        frame, reason = self.assembler.assemble(rgb, depth, camera_info, masks)
        if frame is None:
            self.last_rejection = reason
            return False
        self.frame = frame
        return True

    def missing_reason(self) -> str:
        """Why there is no frame: "no valid camera frame yet" (+ the last rejection, if any)."""
        why = f" (last frame rejected: {self.last_rejection})" if self.last_rejection else ""
        return f"no valid camera frame yet{why}"
