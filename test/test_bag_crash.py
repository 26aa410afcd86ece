"""Crash-safe recording: killed writers, interrupted replays, truncated and bare input bags.

Real processes are killed with real signals; the bags are read back with
rosbags' own Reader (what ``ros2 bag`` users and other tools would use) and
with the package's BagReader.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import yaml
from rosbags.rosbag2 import Reader

from spatialvlm_ros.cli.main import main
from spatialvlm_ros.cli.sim_bag import make_sim_bag
from spatialvlm_ros.ros import bags
from spatialvlm_ros.ros.bag_recovery import iter_mcap, reindex_bag

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}


def _spatialvlm(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "spatialvlm_ros.cli.main", *args], env=ENV, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _rosbags_count(path: Path) -> tuple[int, list[tuple[str, int]]]:
    with Reader(path) as r:
        msgs = [(c.topic, t) for c, t, _ in r.messages()]
        return r.message_count, msgs


@pytest.mark.parametrize("storage", ["mcap", "sqlite3"])
def test_sigkill_keeps_every_message_written_more_than_a_second_before(storage, tmp_path) -> None:
    bag = tmp_path / "rec"
    proc = subprocess.Popen([sys.executable, str(ROOT / "test" / "helpers_bag_writer.py"), str(bag), storage],
                            env=ENV, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    first = proc.stdout.readline()  # the recording has started
    assert first.startswith("0 ")
    time.sleep(random.Random(storage).uniform(1.5, 2.5))
    kill_t = time.time()
    proc.send_signal(signal.SIGKILL)
    rest = proc.stdout.read()
    proc.wait()
    # a line the kill cut short has no newline yet: only whole lines count as logged
    logged = [line.split() for line in [first] + rest.split("\n")[:-1] if line.strip()]
    older = [int(i) for i, t in logged if float(t) < kill_t - 1.0]
    assert len(older) > 100, "the writer was too slow to test anything"
    if storage == "mcap":
        with pytest.raises(Exception, match="magic"):  # no footer: rosbags refuses it until reindexed
            Reader(bag).open()
    else:  # opens directly; its metadata.yaml may count up to one sync interval less than the database holds
        _, direct = _rosbags_count(bag)
        assert set(older) <= {t - 1_000_000_000 for _, t in direct}
    res = reindex_bag(bag)
    assert storage == "sqlite3" or (res.scan is not None and not res.scan.complete)
    n, msgs = _rosbags_count(bag)
    kept = {t - 1_000_000_000 for _, t in msgs}
    assert set(older) <= kept, f"lost {len(set(older) - kept)} messages older than 1 s"
    assert n == len(msgs) and kept == set(range(len(kept)))  # a prefix, no holes
    meta = yaml.safe_load((bag / "metadata.yaml").read_text())["rosbag2_bagfile_information"]
    assert meta["message_count"] == len(msgs) and meta["storage_identifier"] == storage


@pytest.fixture(scope="module")
def long_bag(tmp_path_factory) -> tuple[Path, int]:
    """A sim camera bag of 8 frames at 160x120, repeated 40 times (shifted in time): 320 frames."""
    root = tmp_path_factory.mktemp("long")
    sim = make_sim_bag(root / "sim", seed=0, frames=8, width=160, height=120, progress=False)
    with bags.BagReader(sim.path) as r:
        items = list(r.raw_messages())
        conns = r.connections
        t0, t1 = min(t for _, t, _ in items), max(t for _, t, _ in items)
    period = t1 - t0 + 100_000_000
    out = root / "long"
    ts = bags.typestore()
    with bags.BagWriter(out, sync_interval_s=None) as w:
        for c in conns:
            w.declare_raw(c.topic, c.msgtype, c.msgdef.data, c.digest, list(c.ext.offered_qos_profiles))
        for k in range(40):
            for c, t, raw in items:
                if c.topic == bags.TOPIC_TF_STATIC and k:
                    continue
                msg = ts.deserialize_cdr(raw, c.msgtype)
                shift = k * period
                for h in ([msg.header] if hasattr(msg, "header") else [x.header for x in msg.transforms]):
                    ns = h.stamp.sec * 1_000_000_000 + h.stamp.nanosec + shift
                    h.stamp.sec, h.stamp.nanosec = ns // 1_000_000_000, ns % 1_000_000_000
                w.write_bytes(c.topic, ts.serialize_cdr(msg, c.msgtype), t + shift)
    return out, 40 * 8


def _wait_for_rewards(out: Path, proc: subprocess.Popen, timeout: float = 60.0) -> int:
    """Wait until the replay's metadata.yaml (kept current while it runs) counts some rewards."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        assert proc.poll() is None, proc.communicate()
        try:
            info = yaml.safe_load((out / "metadata.yaml").read_text())["rosbag2_bagfile_information"]
            n = {t["topic_metadata"]["name"]: t["message_count"] for t in info["topics_with_message_count"]}
            if n.get(bags.TOPIC_REWARD, 0) >= 3:
                return n[bags.TOPIC_REWARD]
        except (OSError, TypeError, KeyError, yaml.YAMLError):
            pass
        time.sleep(0.05)
    raise AssertionError("the replay wrote no rewards")


def _input_prefix_check(src: Path, out: Path) -> None:
    """The copied input topics of ``out`` are the input's messages up to some time, with no holes."""
    with Reader(out) as r:
        copied = sorted((c.topic, t) for c, t, _ in r.messages() if c.topic not in _OUTPUT_TOPICS)
    with Reader(src) as r:
        original = sorted((c.topic, t) for c, t, _ in r.messages())
    assert copied and set(copied) <= set(original)
    last = max(t for _, t in copied)
    assert {m for m in original if m[1] < last} <= set(copied)


_OUTPUT_TOPICS = {bags.TOPIC_ESTIMATE, bags.TOPIC_REWARD, bags.TOPIC_MARKERS, "/spatialvlm/query/estimate"}


@pytest.mark.parametrize("storage", ["mcap", "sqlite3"])
def test_replay_killed_with_sigkill_opens_after_reindex(storage, long_bag, tmp_path) -> None:
    src, frames = long_bag
    out = tmp_path / "reward"
    proc = _spatialvlm("replay", str(src), "-o", str(out), "--objects", "gripper", "lego brick",
                       "--storage", storage)
    seen = _wait_for_rewards(out, proc)
    time.sleep(random.Random(storage).uniform(0.0, 0.6))
    assert proc.poll() is None, "the replay finished before it could be killed"
    t_kill = time.time()
    proc.kill()
    proc.communicate()
    res = reindex_bag(out)
    n, msgs = _rosbags_count(out)
    rewards = sum(1 for topic, _ in msgs if topic == bags.TOPIC_REWARD)
    assert seen <= rewards < frames, (seen, rewards)
    assert n == res.messages > 0
    _input_prefix_check(src, out)
    assert time.time() - t_kill < 60


@pytest.mark.parametrize("sig, rc", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_replay_stopped_with_sigterm_or_sigint_closes_the_bag(sig, rc, long_bag, tmp_path) -> None:
    src, frames = long_bag
    out = tmp_path / "reward"
    proc = _spatialvlm("replay", str(src), "-o", str(out), "--objects", "gripper", "lego brick")
    _wait_for_rewards(out, proc)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == rc and "Traceback" not in err, err
    n, msgs = _rosbags_count(out)  # closed cleanly: opens directly, footer and summary present
    rewards = sum(1 for topic, _ in msgs if topic == bags.TOPIC_REWARD)
    assert 3 <= rewards < frames and n == len(msgs)
    assert next(iter_mcap(next(out.glob("*.mcap")))) and "complete" in _scan_state(out)


def _scan_state(bag: Path) -> str:
    from spatialvlm_ros.ros.bag_recovery import McapScan

    scan = McapScan(bag)
    for _ in iter_mcap(next(bag.glob("*.mcap")), scan):
        pass
    return "complete" if scan.complete else scan.stop_reason


def test_truncated_mcap_is_read_up_to_its_last_complete_chunk(long_bag, tmp_path, caplog) -> None:
    src, frames = long_bag
    bag = tmp_path / "cut"
    bag.mkdir()
    (mcap,) = src.glob("*.mcap")
    data = mcap.read_bytes()
    (bag / "cut.mcap").write_bytes(data[: len(data) * 2 // 3 + 12345])  # mid-chunk, no footer
    with bags.BagReader(bag) as r:
        kept = r.message_count
        assert 0 < kept < sum(1 for _ in Reader(src).__enter__().messages())
        assert r.recovered.dropped_bytes > 0 and not r.recovered.complete
    warning = [rec.getMessage() for rec in caplog.records if "is truncated" in rec.getMessage()]
    assert warning and "dropped" in warning[0] and "bytes" in warning[0] and "no metadata.yaml" in caplog.text
    # replay and plot read it with the same warning; the input is left as it was
    caplog.clear()
    rc = main(["replay", str(bag), "-o", str(tmp_path / "r"), "--objects", "gripper", "lego brick"])
    assert rc == 0 and any("dropped" in rec.getMessage() for rec in caplog.records)
    assert (bag / "cut.mcap").stat().st_size == len(data) * 2 // 3 + 12345 and not (bag / "metadata.yaml").exists()
    # a replay output cut short, then plotted
    (rmcap,) = (tmp_path / "r").glob("*.mcap")
    cut = tmp_path / "r_cut.mcap"
    cut.write_bytes(rmcap.read_bytes()[: rmcap.stat().st_size // 2])
    caplog.clear()
    assert main(["plot", str(cut), "-o", str(tmp_path / "p.png")]) == 0
    assert (tmp_path / "p.png").stat().st_size > 1000 and any("dropped" in r.getMessage() for r in caplog.records)


def test_corrupt_chunk_stops_the_salvage_with_a_reason(long_bag, tmp_path) -> None:
    src, _ = long_bag
    (mcap,) = src.glob("*.mcap")
    data = bytearray(mcap.read_bytes())
    data = data[:-200]  # no footer
    offsets, pos = [], 8
    while pos + 9 <= len(data) and len(offsets) < 5:  # top-level records: op (1 byte), length (8 bytes), body
        if data[pos] == 0x06:
            offsets.append(pos)
        pos += 9 + int.from_bytes(data[pos + 1:pos + 9], "little")
    fifth = offsets[4]
    data[fifth + 9 + 16] ^= 0x01  # the 5th chunk's uncompressed size: it no longer matches its data
    bad = tmp_path / "bad.mcap"
    bad.write_bytes(bytes(data))
    with bags.BagReader(bad) as r:
        assert "corrupt record at byte" in r.recovered.stop_reason and r.recovered.good_bytes == fifth
        assert r.recovered.chunks == 4
    res = reindex_bag(bad)  # a bare file becomes a bag directory of the same name
    assert res.bag == tmp_path / "bad" and (tmp_path / "bad" / "metadata.yaml").is_file()
    assert _rosbags_count(res.bag)[0] == res.messages


def test_not_an_mcap_at_all_is_one_line(tmp_path, capsys) -> None:
    junk = tmp_path / "junk.mcap"
    junk.write_bytes(b"\x89MCAP0\r\n" + b"\x00" * 3)
    rc = main(["replay", str(junk), "-o", str(tmp_path / "o")])
    err = capsys.readouterr().err.strip()
    assert rc == 2 and len(err.splitlines()) == 1 and "junk.mcap" in err and "no complete chunk" in err
    (tmp_path / "words.mcap").write_text("hello")
    rc = main(["reindex", str(tmp_path / "words.mcap")])
    err = capsys.readouterr().err.strip()
    assert rc == 2 and "not an mcap" in err and len(err.splitlines()) == 1


@pytest.mark.parametrize("storage", ["mcap", "sqlite3"])
def test_bare_storage_files_are_accepted_by_replay_plot_and_reindex(storage, long_bag, tmp_path, capsys) -> None:
    src, _ = long_bag
    small = tmp_path / "small"
    with bags.BagReader(src) as r, bags.BagWriter(small, storage) as w:
        cutoff = sorted(t for _, t, _ in r.raw_messages([bags.CameraTopics().rgb]))[2] + 1  # 3 frames
        for c, t, raw in r.raw_messages():
            if t < cutoff:  # a bare mcap has no type hashes: the copy must rebuild them
                w.write_raw(c.topic, c.msgtype, c.msgdef.data, "" if storage == "mcap" else c.digest, bytes(raw), t)
    (bare,) = small.glob("*.mcap" if storage == "mcap" else "*.db3")
    lone = tmp_path / f"lone{bare.suffix}"
    shutil.copyfile(bare, lone)
    rc = main(["replay", str(lone), "-o", str(tmp_path / "out"), "--objects", "gripper", "lego brick",
               "--storage", storage])
    assert rc == 0, capsys.readouterr().err
    with bags.BagReader(tmp_path / "out") as r:
        assert r.topics[bags.TOPIC_REWARD] == bags.TYPE_REWARD
        assert all(c.digest.startswith("RIHS01_") for c in r.connections)
    (outfile,) = (tmp_path / "out").glob(f"*{bare.suffix}")
    assert main(["plot", str(outfile), "-o", str(tmp_path / "p.png")]) == 0
    assert main(["reindex", str(lone)]) == 0 and _rosbags_count(tmp_path / "lone")[0] > 0


def test_output_given_as_a_storage_file_is_refused(long_bag, tmp_path, capsys) -> None:
    rc = main(["replay", str(long_bag[0]), "-o", str(tmp_path / "x.mcap")])
    err = capsys.readouterr().err
    assert rc == 2 and "give a directory name" in err and not (tmp_path / "x.mcap").exists()


def test_camera_bag_stream_is_readable_while_it_is_still_open(tmp_path) -> None:
    from spatialvlm_ros.core.camera import CameraIntrinsics
    from spatialvlm_ros.core.frame import RGBDFrame

    intr = CameraIntrinsics.from_fov(32, 24, 60.0)
    with bags.CameraBagStream(tmp_path / "s", storage="sqlite3") as stream:
        for i in range(3):
            stream.write_frame(RGBDFrame(np.zeros((24, 32, 3), np.uint8), np.ones((24, 32), np.float32), intr,
                                         stamp_ns=(i + 1) * 10**8, T_world_camera=np.eye(4)))
        stream.bag.sync()
        n, msgs = _rosbags_count(tmp_path / "s")  # what a crash now would leave
        assert n == len(msgs) == 3 * 3 + 1  # camera_info, rgb, depth per frame + one latched /tf_static
    assert _rosbags_count(tmp_path / "s")[0] == 10


def test_data_engine_takes_bare_and_interrupted_bags(tmp_path) -> None:
    from spatialvlm_ros.data.sources import is_bag

    (tmp_path / "a.db3").write_bytes(b"")
    (tmp_path / "b.mcap").write_bytes(b"")
    (tmp_path / "killed").mkdir()
    (tmp_path / "killed" / "killed.mcap").write_bytes(b"")
    (tmp_path / "scene").mkdir()
    (tmp_path / "scene" / "rgb.png").write_bytes(b"")
    assert is_bag(tmp_path / "a.db3") and is_bag(tmp_path / "b.mcap") and is_bag(tmp_path / "killed")
    assert not is_bag(tmp_path / "scene") and not is_bag(tmp_path / "scene" / "rgb.png")
