"""End-to-end bag replay without ROS: sim-bag -> replay -> reward bag read back -> plot.

The simulated Panda approaches an object (pybullet, 15 frames, 320x240); the
replay runs the reward node's logic with the real geometry estimator and
writes real ROS 2 messages into a rosbag2 that is read back and checked.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from scipy.stats import spearmanr

from spatialvlm_ros.cli.main import main
from spatialvlm_ros.cli.sim_bag import make_sim_bag
from spatialvlm_ros.core.reward import RewardTask
from spatialvlm_ros.errors import InputError
from spatialvlm_ros.estimators.factory import build_estimator
from spatialvlm_ros.ros import bags
from spatialvlm_ros.ros.replay import TOPIC_QUERY_ESTIMATE, ReplayConfig, replay_bag
from spatialvlm_ros.ros.traces import read_traces

FRAMES = 15


@pytest.fixture(scope="module")
def sim(tmp_path_factory):
    out = tmp_path_factory.mktemp("simbag") / "approach"
    res = make_sim_bag(out, seed=0, frames=FRAMES, width=320, height=240, storage="mcap", progress=False)
    return res


@pytest.fixture(scope="module")
def replayed(sim, tmp_path_factory):
    out = tmp_path_factory.mktemp("replay") / "reward"
    task = RewardTask(objects=("gripper", sim.target), scale_m=0.1)
    stats = replay_bag(sim.path, out, build_estimator("geometry"), task, ReplayConfig(markers=True), progress=False)
    return out, stats


def test_sim_bag_has_camera_topics_tf_and_truth(sim) -> None:
    with bags.BagReader(sim.path) as r:
        t = r.topics
        topics = bags.CameraTopics()
        assert t[topics.rgb] == "sensor_msgs/msg/Image" and t[topics.depth] == "sensor_msgs/msg/Image"
        assert t[topics.camera_info] == "sensor_msgs/msg/CameraInfo" and t[topics.masks] == bags.TYPE_MASKS
        assert t[bags.TOPIC_TF] == t[bags.TOPIC_TF_STATIC] == "tf2_msgs/msg/TFMessage"
        counts = {c.topic: c.msgcount for c in r.connections}
        assert counts[topics.rgb] == counts[topics.depth] == counts[bags.TOPIC_TRUTH] == FRAMES
        depth = next(m for topic, _, m in r.messages([topics.depth]))
        assert depth.encoding == "16UC1" and (depth.width, depth.height) == (320, 240)
    # the gripper approaches: the true distance falls monotonically
    assert np.all(np.diff(sim.truth_m) < 0) and sim.truth_m[0] - sim.truth_m[-1] > 0.1


def test_replay_reward_rises_and_distance_tracks_truth(replayed) -> None:
    out, stats = replayed
    assert stats.frames == FRAMES and stats.valid_rewards == FRAMES and stats.rejected == 0
    tr = read_traces(out)
    assert tr.reward.size == FRAMES and tr.valid.all() and tr.task == "reach"
    truth = tr.truth_at_rewards()
    assert np.isfinite(truth).all()  # every reward has the truth of the same frame (same stamp)
    # noisy depth and bleeding masks bias the visible-surface boxes by a few cm (README "geometry");
    # what a dense reward needs is that the estimate follows the truth's changes
    err = np.abs(tr.distance_m - truth)
    assert err.mean() < 0.05 and err.max() < 0.08, err
    assert np.corrcoef(tr.distance_m, truth)[0, 1] > 0.97
    slope = np.polyfit(truth, tr.distance_m, 1)[0]
    assert 0.75 < slope < 1.25, slope
    rho = spearmanr(np.arange(FRAMES), tr.reward).statistic
    assert rho > 0.9 and tr.reward[-3:].mean() > 2 * tr.reward[:3].mean()
    assert np.allclose(tr.reward, np.exp(-tr.distance_m / 0.1))


def test_replay_copies_every_input_topic_unchanged(sim, replayed) -> None:
    out, stats = replayed
    with bags.BagReader(sim.path) as src, bags.BagReader(out) as dst:
        assert set(src.topics) < set(dst.topics)
        assert {bags.TOPIC_REWARD, bags.TOPIC_ESTIMATE, bags.TOPIC_MARKERS} <= set(dst.topics)
        assert dst.topics[bags.TOPIC_REWARD] == "spatialvlm_ros/msg/RewardSignal"
        src_raw = {(c.topic, t): bytes(raw) for c, t, raw in src.raw_messages()}
        dst_raw = {(c.topic, t): bytes(raw) for c, t, raw in dst.raw_messages(list(src.topics))}
        assert src_raw == dst_raw
        src_qos = {c.topic: c.ext.offered_qos_profiles for c in src.connections}
        dst_qos = {c.topic: c.ext.offered_qos_profiles for c in dst.connections if c.topic in src_qos}
        assert src_qos == dst_qos
    assert stats.copied == len(src_raw)


def test_replay_estimates_are_real_messages_stamped_like_the_images(replayed) -> None:
    out, _ = replayed
    with bags.BagReader(out) as r:
        stamps = {topic: [] for topic in (bags.CameraTopics().rgb, bags.TOPIC_ESTIMATE, bags.TOPIC_REWARD)}
        for topic, t_ns, msg in r.messages(list(stamps)):
            from spatialvlm_ros.ros.convert import stamp_to_ns

            assert stamp_to_ns(msg.header.stamp) == t_ns
            stamps[topic].append(t_ns)
            if topic == bags.TOPIC_ESTIMATE:
                assert msg.valid and msg.quantity == "distance" and msg.objects[0] == "gripper"
                # the reward path records the two objects' boxes (camera frame) for `spatialvlm render`
                assert [d.id for d in msg.detections] == list(msg.objects)
    assert stamps[bags.TOPIC_ESTIMATE] == stamps[bags.TOPIC_REWARD] == sorted(stamps[bags.CameraTopics().rgb])


def _to_sqlite(src: Path, dst: Path) -> None:
    with bags.BagReader(src) as r, bags.BagWriter(dst, "sqlite3") as w:
        for c, t, raw in r.raw_messages():
            w.write_raw(c.topic, c.msgtype, c.msgdef.data, c.digest, bytes(raw), t,
                        qos=list(c.ext.offered_qos_profiles))


def test_sqlite3_bags_replay_the_same(sim, replayed, tmp_path) -> None:
    db_in = tmp_path / "in_sqlite"
    _to_sqlite(sim.path, db_in)
    assert list(db_in.glob("*.db3"))
    out = tmp_path / "out_sqlite"
    task = RewardTask(objects=("gripper", sim.target), scale_m=0.1)
    stats = replay_bag(db_in, out, build_estimator("geometry"), task, ReplayConfig(storage="sqlite3"),
                       progress=False)
    assert stats.frames == FRAMES and list(out.glob("*.db3"))
    a, b = read_traces(replayed[0]), read_traces(out)
    assert np.array_equal(a.reward_t, b.reward_t) and np.allclose(a.distance_m, b.distance_m)


def test_cli_replay_and_plot(sim, tmp_path, capsys) -> None:
    out = tmp_path / "cli_reward"
    question = f"How far is the gripper from the {sim.target}?"
    rc = main(["replay", str(sim.path), "-o", str(out), "--objects", "gripper", sim.target, "--max-frames", "4",
               "--no-copy", "--storage", "sqlite3", "--question", question, "--question", "How tall is the moon?"])
    assert rc == 0
    text = capsys.readouterr().out
    assert "4 frames (4 valid rewards" in text
    with bags.BagReader(out) as r:
        assert set(r.topics) == {bags.TOPIC_REWARD, bags.TOPIC_ESTIMATE, TOPIC_QUERY_ESTIMATE}
        rewards = [m for _, _, m in r.messages([bags.TOPIC_REWARD])]
        answers = [m for _, _, m in r.messages([TOPIC_QUERY_ESTIMATE])]
    # the query node's answer (with the objects' boxes) = the reward node's distance, for every frame
    good = [a for a in answers if a.question == question]
    bad = [a for a in answers if a.question != question]
    assert len(good) == len(bad) == 4
    assert all(a.valid and len(a.detections) == 2 for a in good)
    assert [a.value_m for a in good] == pytest.approx([m.distance_m for m in rewards])
    assert all(not a.valid and a.reason for a in bad)
    png = tmp_path / "trace.png"
    assert main(["plot", str(out), "-o", str(png)]) == 0
    from PIL import Image

    with Image.open(png) as im:
        assert im.format == "PNG" and im.size[0] >= 400 and im.size[1] >= 300
        arr = np.asarray(im.convert("RGB"))
    assert arr.std() > 10  # something was drawn
    assert png.stat().st_size > 10_000


def test_plot_draws_truth_from_the_full_replay(replayed, tmp_path) -> None:
    from spatialvlm_ros.cli.plot import plot_traces

    png = plot_traces(replayed[0], tmp_path / "full.png")
    assert png.stat().st_size > 10_000


def test_missing_topics_give_one_line_listing_what_the_bag_has(sim, tmp_path, capsys) -> None:
    rc = main(["replay", str(sim.path), "-o", str(tmp_path / "o"), "--depth-topic", "/camera/depth/nope"])
    err = capsys.readouterr().err.strip()
    assert rc == 2 and len(err.splitlines()) == 1
    assert "has no topic /camera/depth/nope" in err and "/camera/camera/color/image_raw" in err
    assert "Traceback" not in err and not (tmp_path / "o").exists()
    rc = main(["plot", str(sim.path), "-o", str(tmp_path / "x.png")])
    err = capsys.readouterr().err
    assert rc == 2 and "has no topic /spatialvlm/reward" in err


def test_truncated_and_corrupt_bags(sim, tmp_path, capsys) -> None:
    broken = tmp_path / "truncated"
    shutil.copytree(sim.path, broken)
    (mcap,) = broken.glob("*.mcap")
    data = mcap.read_bytes()
    mcap.write_bytes(data[: len(data) // 2])
    # read up to its last complete chunk (test_bag_crash.py checks the warning); fewer frames rewarded
    stats = replay_bag(broken, tmp_path / "o1", build_estimator("geometry"), RewardTask(objects=("gripper", sim.target)),
                       progress=False)
    assert 0 < stats.frames < FRAMES
    garbage = tmp_path / "garbage.db3"
    garbage.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(InputError, match="garbage.db3"):
        bags.BagReader(garbage)
    with pytest.raises(InputError, match="does not exist"):
        bags.BagReader(tmp_path / "nowhere")


def test_output_that_exists_is_not_overwritten(sim, replayed) -> None:
    with pytest.raises(InputError, match="exists already"):
        replay_bag(sim.path, replayed[0], build_estimator("geometry"), RewardTask(), progress=False)


def test_bag_without_masks_gives_invalid_rewards_not_numbers(sim, tmp_path) -> None:
    # drop the masks topic: the geometry backend has no grounder, so it cannot find the objects
    src = tmp_path / "nomasks"
    with bags.BagReader(sim.path) as r, bags.BagWriter(src) as w:
        for c, t, raw in r.raw_messages():
            if c.topic != bags.CameraTopics().masks:
                w.write_raw(c.topic, c.msgtype, c.msgdef.data, c.digest, bytes(raw), t)
    stats = replay_bag(src, tmp_path / "out", build_estimator("geometry"),
                       RewardTask(objects=("gripper", sim.target)), ReplayConfig(max_frames=3), progress=False)
    assert stats.frames == 3 and stats.valid_rewards == 0 and stats.invalid_rewards == 3
    tr = read_traces(tmp_path / "out")
    assert not tr.valid.any() and np.isnan(tr.distance_m).all() and np.isnan(tr.reward).all()


def test_sim_bag_cli_sqlite3_32fc1(tmp_path, capsys) -> None:
    out = tmp_path / "small"
    rc = main(["sim-bag", str(out), "--frames", "2", "--width", "64", "--height", "48", "--storage", "sqlite3",
               "--depth-encoding", "32FC1", "--clean"])
    assert rc == 0 and "wrote" in capsys.readouterr().out
    with bags.BagReader(out) as r:
        depth = next(m for _, _, m in r.messages([bags.CameraTopics().depth]))
    assert depth.encoding == "32FC1" and (depth.width, depth.height) == (64, 48)
    rc = main(["sim-bag", str(out)])
    assert rc == 2 and "exists already" in capsys.readouterr().err
