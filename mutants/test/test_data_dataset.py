"""The dataset format: Parquet and JSONL shards read back to the same samples."""

from __future__ import annotations

import json

import numpy as np
import pytest
from helpers_data import make_sample

from spatialvlm_ros.data import dataset as D
from spatialvlm_ros.errors import InputError


def _sample(i: int, rng: np.random.Generator):
    return make_sample(i, rng)


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_round_trip(tmp_path, fmt):
    rng = np.random.default_rng(0)
    made = [_sample(i, rng) for i in range(3)]
    samples = [m[0] for m in made]
    D.write_shard(tmp_path, "00000-abc", samples[:2], {"inputs": 2}, fmt)
    D.write_shard(tmp_path, "00001-def", samples[2:], {"inputs": 1}, fmt)
    D.write_shard(tmp_path, "00002-ghi", [], {"inputs": 1, "skipped": {"no_depth": 1}}, fmt)
    back = D.read_dataset(tmp_path)
    assert back == samples  # dataclass equality: every field, bytes included
    # messages are exactly the chat layout (no Arrow-added None keys)
    assert back[0].messages[0]["content"][0] == {"type": "image"}
    assert back[0].messages[2]["content"] == [{"type": "text", "text": samples[0].qa[1].question}]
    # the frame comes back: RGB exact, depth to the millimetre, masks exact
    _, rgb, depth, labels = made[1]
    frame = back[1].to_frame()
    assert np.array_equal(frame.rgb, rgb)
    assert np.array_equal(frame.segmentation.labels, labels)
    assert frame.segmentation.names == {1: "red cube", 7: "blue bowl"}
    assert np.allclose(frame.depth, np.round(depth * 1000) / 1000, atol=1e-6)
    assert frame.depth[0, 0] == 0.0
    assert frame.intrinsics.fx == 30.0 and frame.frame_id == "cam_optical"
    assert np.array_equal(frame.T_world_camera, np.eye(4))
    frame.validate()
    done = D.completed_shards(tmp_path)
    assert sorted(done) == ["00000-abc", "00001-def", "00002-ghi"] and done["00002-ghi"]["file"] is None


def test_incomplete_shard_is_ignored(tmp_path):
    rng = np.random.default_rng(1)
    s = _sample(0, rng)[0]
    D.write_shard(tmp_path, "00000-abc", [s], {"inputs": 1})
    # a shard whose marker never got written (crash) is not part of the dataset
    (tmp_path / "shards" / "shard-00001-zzz.parquet").write_bytes(b"garbage")
    assert [x.id for x in D.read_dataset(tmp_path)] == ["s0"]


def test_parquet_is_plain_chat_layout(tmp_path):
    import pyarrow.parquet as pq

    s = _sample(0, np.random.default_rng(2))[0]
    path = D.write_shard(tmp_path, "00000-abc", [s], {"inputs": 1})
    t = pq.read_table(path)
    assert {"images", "messages", "qa"} <= set(t.column_names)
    row = t.to_pylist()[0]
    assert row["messages"][1]["role"] == "assistant"
    assert json.loads(row["qa"][0]["metadata"])["unit"] == "cm"


def test_bad_dataset_paths(tmp_path):
    with pytest.raises(InputError, match="not found"):
        D.read_dataset(tmp_path / "nope")
    with pytest.raises(InputError, match="no finished dataset shards"):
        D.read_dataset(tmp_path)
    with pytest.raises(InputError, match="not a readable image"):
        D.decode_png(b"not a png")
