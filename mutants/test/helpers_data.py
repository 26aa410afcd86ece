"""Shared fixtures of the data-engine tests (plain module, imported by test_data_*.py)."""

from __future__ import annotations

import numpy as np

from spatialvlm_ros.data import dataset as D


def make_sample(i: int, rng: np.random.Generator, size: tuple[int, int] = (24, 32)):
    """A hand-built sample (3 QA turns) plus its rgb, depth and labels arrays."""
    h, w = size
    rgb = rng.integers(0, 255, size=(h, w, 3), dtype=np.uint8)
    depth = rng.uniform(0.3, 2.0, size=(h, w)).astype(np.float32)
    depth[0, :5] = 0.0  # invalid pixels stay invalid
    labels = np.zeros((h, w), np.uint16)
    labels[5:10, 5:10] = 1
    labels[12:20, 20:30] = 7
    cm = 20 + 7 * i
    qa = [
        D.QAItem("distance", ["red cube", "blue bowl"], "value", "How far is the red cube from the blue bowl?",
                 f"About {cm} cm.", value_m=cm / 100.0, metadata={"unit": "cm", "boxes": {"red cube": [0.1, 0.2]}}),
        D.QAItem("left_of", ["red cube", "blue bowl"], "yesno", "Is the red cube left of the blue bowl?",
                 "Yes." if i % 2 == 0 else "No.", truth=i % 2 == 0),
        D.QAItem("direction", ["red cube", "blue bowl"], "value", "Where is the blue bowl from the red cube?",
                 "At 3 o'clock.", value_deg=91.5, clock=3),
    ]
    msgs = []
    for k, q in enumerate(qa):
        content = ([{"type": "image"}] if k == 0 else []) + [{"type": "text", "text": q.question}]
        msgs += [{"role": "user", "content": content},
                 {"role": "assistant", "content": [{"type": "text", "text": q.answer}]}]
    sample = D.SpatialSample(
        id=f"s{i}", source="scene_dir", source_key=f"scene_dir:/x/{i}", images=[D.encode_png(rgb)],
        messages=msgs, qa=qa, scene={"frame_id": "world", "objects": [{"name": "red cube"}]},
        camera={"intrinsics": {"width": w, "height": h, "fx": 30.0, "fy": 30.0, "cx": (w - 1) / 2, "cy": (h - 1) / 2},
                "frame_id": "cam_optical", "T_world_camera": np.eye(4).tolist()},
        depth_png=D.encode_depth_png(depth), labels_png=D.encode_png(labels),
        label_names={1: "red cube", 7: "blue bowl"},
    )
    return sample, rgb, depth, labels
