"""Shared helpers of the models tests: tiny model folders and small frames."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from spatialvlm_ros.core.camera import CameraIntrinsics
from spatialvlm_ros.core.frame import RGBDFrame
from spatialvlm_ros.testing import tiny_models as tiny

ANSWER = "About 35 cm"
NO_NUMBER = "I cannot tell."


def build_vlm_folders(root: Path) -> dict[str, Path]:
    """Tiny VLMs of both families: scripted to say ANSWER, and (qwen) NO_NUMBER."""
    return {
        "qwen": tiny.build_tiny_qwen2_5_vl(root / "qwen", scripted_answer=ANSWER),
        "llava": tiny.build_tiny_llava(root / "llava", scripted_answer=ANSWER),
        "qwen_no_number": tiny.build_tiny_qwen2_5_vl(root / "qwen_nonum", scripted_answer=NO_NUMBER),
    }


def rgb_frame(height: int = 48, width: int = 64, seed: int = 0) -> RGBDFrame:
    """A frame with a random image, no depth and no masks."""
    return RGBDFrame(
        rgb=tiny.random_rgb(height, width, seed),
        depth=None,
        intrinsics=CameraIntrinsics.from_fov(width, height, 60.0),
    )


def bad_rgb_frame() -> RGBDFrame:
    """A frame whose 'rgb' is a single-channel image (wrong shape)."""
    f = rgb_frame()
    f.rgb = np.zeros((48, 64), dtype=np.uint8)
    return f
