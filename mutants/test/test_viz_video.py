"""Bag videos and Foxglove-ready bags.

A simulated approach (pybullet, 320x240) is written as a camera bag, replayed through the reward
and query logic (estimates with boxes, rewards, markers), then:

- ``spatialvlm render`` gives one video frame per camera frame, of the expected size, with the
  recorded boxes drawn where the recorded detections project and the reward trace growing;
- partial bags render what they hold; bad input is one line and exit 2;
- every topic of the written bags (replay and closed-loop episode) decodes with the ``mcap``
  library and ``mcap-ros2-support``'s decoder, independently of rosbags, with the same values.
"""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import numpy as np
import pytest

from spatialvlm_ros.cli.main import main
from spatialvlm_ros.cli.sim_bag import make_sim_bag
from spatialvlm_ros.core.reward import RewardTask
from spatialvlm_ros.estimators.factory import build_estimator
from spatialvlm_ros.ros import bags, convert
from spatialvlm_ros.ros.replay import ReplayConfig, replay_bag
from spatialvlm_ros.viz.bag_video import Layout, read_record, render_bag
from spatialvlm_ros.viz.geometry import box_outline_px, boxes_from_detections
from spatialvlm_ros.viz.output import read_video

FRAMES = 6
W, H = 320, 240
QUESTION = "How far is the gripper from the {}?"


@pytest.fixture(scope="module")
def sim(tmp_path_factory):
    out = tmp_path_factory.mktemp("vizbag") / "approach"
    return make_sim_bag(out, seed=0, frames=FRAMES, width=W, height=H, storage="mcap", progress=False)


@pytest.fixture(scope="module")
def replayed(sim, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("vizreplay") / "reward"
    task = RewardTask(objects=("gripper", sim.target), scale_m=0.1)
    cfg = ReplayConfig(markers=True, questions=[QUESTION.format(sim.target)])
    replay_bag(sim.path, out, build_estimator("geometry"), task, cfg, progress=False)
    return out


def _images(bag: Path) -> list[np.ndarray]:
    with bags.BagReader(bag) as r:
        return [convert.image_to_rgb(m) for _, _, m in r.messages([bags.CameraTopics().rgb])]


@pytest.mark.parametrize("suffix", [".mp4", ".gif"])
def test_video_has_one_frame_per_camera_frame_of_the_expected_size(replayed, tmp_path, suffix) -> None:
    out = tmp_path / f"episode{suffix}"
    res = render_bag(replayed, out)
    lay = Layout.for_image(W, H)
    frames = read_video(out)
    assert res.frames == len(frames) == FRAMES
    assert {f.shape for f in frames} == {(lay.height, lay.width, 3)}
    assert (res.width, res.height) == (lay.width, lay.height) and lay.width % 2 == 0 == lay.height % 2
    assert res.n_rewards == FRAMES and res.n_estimates == 2 * FRAMES
    # the camera image sits between banner and strip, unchanged away from the overlays
    cams = _images(replayed)
    for f, cam in zip(frames, cams):
        region = f[lay.banner_h:lay.banner_h + H, :W].astype(int)
        assert np.median(np.abs(region - cam.astype(int))) <= 3


def test_video_draws_the_recorded_boxes_and_a_growing_reward_trace(replayed, tmp_path) -> None:
    out = tmp_path / "v.mp4"
    render_bag(replayed, out)
    frames = read_video(out)
    lay = Layout.for_image(W, H)
    rec = read_record(replayed)
    cams = _images(replayed)
    stamps = sorted(rec.estimates)
    for f, cam, stamp in zip(frames, cams, stamps):
        region = f[lay.banner_h:lay.banner_h + H, :W].astype(int)
        changed = np.abs(region - cam.astype(int)).sum(axis=2) > 60
        boxes, T = boxes_from_detections([d for m in rec.estimates[stamp] for d in m.detections])
        intr = rec.intrinsics_at(stamp)
        for name, box in boxes.items():
            hull = box_outline_px(box, T, intr)
            x0, y0 = np.floor(hull.min(axis=0)).astype(int)
            x1, y1 = np.ceil(hull.max(axis=0)).astype(int)
            x0, y0, x1, y1 = max(0, x0 - 2), max(0, y0 - 2), min(W, x1 + 3), min(H, y1 + 3)
            assert changed[y0:y1, x0:x1].mean() > 0.05, name  # lines drawn where the recorded box projects
    # the trace grows: more green strip pixels at the end than at the start
    def green(frame: np.ndarray) -> int:
        strip = frame[lay.banner_h + H:].astype(int)
        return int(((strip[..., 1] > 150) & (strip[..., 0] < 120) & (strip[..., 2] < 120)).sum())

    counts = [green(f) for f in frames]
    assert counts[-1] > counts[0] and all(b >= a - 5 for a, b in itertools.pairwise(counts))


def test_one_frame_as_a_still_image(replayed, tmp_path, capsys) -> None:
    from PIL import Image

    video = tmp_path / "v.mp4"
    render_bag(replayed, video)
    frames = read_video(video)
    for n in (2, -1):
        still = tmp_path / f"f{n}.png"
        assert main(["render", str(replayed), "-o", str(still), "--frame", str(n)]) == 0
        img = np.asarray(Image.open(still).convert("RGB")).astype(int)
        assert img.shape == frames[n].shape
        assert np.median(np.abs(img - frames[n])) <= 3 and np.abs(img - frames[0]).mean() > np.abs(img - frames[n]).mean()
    capsys.readouterr()
    assert main(["render", str(replayed), "-o", str(tmp_path / "x.png"), "--frame", str(FRAMES)]) == 2
    assert f"the bag has {FRAMES} camera frames" in capsys.readouterr().err
    assert main(["render", str(replayed), "-o", str(tmp_path / "x.mp4"), "--frame", "1"]) == 2
    assert "unsupported file type" in capsys.readouterr().err


def test_partial_bag_renders_what_it_holds(sim, tmp_path, capsys) -> None:
    """A camera bag without estimates or rewards: frames with banner and an empty trace."""
    out = tmp_path / "raw.gif"
    assert main(["render", str(sim.path), "-o", str(out)]) == 0
    assert f"{FRAMES} frames" in capsys.readouterr().out
    frames = read_video(out)
    assert len(frames) == FRAMES
    # without camera_info: no projection, still one frame per image
    only = tmp_path / "only_rgb"
    with bags.BagReader(sim.path) as r, bags.BagWriter(only) as w:
        for c, t, raw in r.raw_messages([bags.CameraTopics().rgb]):
            w.write_raw(c.topic, c.msgtype, c.msgdef.data, c.digest, bytes(raw), t)
    assert render_bag(only, tmp_path / "only.mp4").frames == FRAMES


def test_bad_input_is_one_line_and_exit_2(sim, replayed, tmp_path, capsys) -> None:
    nocam = tmp_path / "nocam"
    with bags.BagReader(replayed) as r, bags.BagWriter(nocam) as w:
        for c, t, raw in r.raw_messages([bags.TOPIC_REWARD]):
            w.write_raw(c.topic, c.msgtype, c.msgdef.data, c.digest, bytes(raw), t)
    (tmp_path / "file.txt").write_text("x")
    cases = [
        ([str(nocam), "-o", str(tmp_path / "a.mp4")], "has no camera topic"),
        ([str(replayed), "-o", str(tmp_path / "file.txt" / "a.mp4")], "cannot create its folder"),
        ([str(replayed), "-o", str(tmp_path / "a.avi")], "unsupported file type"),
        ([str(tmp_path / "missing"), "-o", str(tmp_path / "a.mp4")], "does not exist"),
        ([str(replayed), "-o", str(tmp_path / "a.mp4"), "--rgb-topic", "/nope"], "has no camera topic /nope"),
    ]
    for argv, words in cases:
        assert main(["render", *argv]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("spatialvlm: error:") and words in err, err
    assert not (tmp_path / "a.mp4").exists()


# --------------------------------------------------------------------------- Foxglove / mcap


def _mcap_file(bag: Path) -> Path:
    files = sorted(bag.glob("*.mcap"))
    assert len(files) == 1
    return files[0]


def _decode_all_with_mcap(bag: Path) -> dict[str, list]:
    """Every message of every channel, decoded by mcap-ros2-support from the embedded schemas."""
    from mcap.reader import make_reader
    from mcap_ros2.decoder import DecoderFactory

    out: dict[str, list] = {}
    with open(_mcap_file(bag), "rb") as f:
        reader = make_reader(f, decoder_factories=[DecoderFactory()])
        summary = reader.get_summary()
        for ch in summary.channels.values():
            schema = summary.schemas[ch.schema_id]
            assert ch.message_encoding == "cdr" and schema.encoding == "ros2msg" and schema.data, ch.topic
            out[ch.topic] = []
        for schema, channel, message, decoded in reader.iter_decoded_messages():
            out[channel.topic].append((message.log_time, decoded))
    return out


def _rosbags_counts(bag: Path) -> dict[str, int]:
    with bags.BagReader(bag) as r:
        return {c.topic: c.msgcount for c in r.connections}


def test_mcap_library_decodes_every_topic_of_a_replay_bag(replayed) -> None:
    decoded = _decode_all_with_mcap(replayed)
    counts = _rosbags_counts(replayed)
    assert {t: len(v) for t, v in decoded.items()} == counts
    topics = bags.CameraTopics()
    assert {topics.rgb, topics.depth, topics.camera_info, topics.masks, bags.TOPIC_TF_STATIC, bags.TOPIC_ESTIMATE,
            bags.TOPIC_REWARD, bags.TOPIC_MARKERS, "/spatialvlm/query/estimate"} <= set(decoded)
    # the same values as rosbags decodes (two independent CDR decoders)
    with bags.BagReader(replayed) as r:
        ours = {t: [m for _, _, m in r.messages([t])] for t in decoded}
    for est, mine in zip((m for _, m in decoded[bags.TOPIC_ESTIMATE]), ours[bags.TOPIC_ESTIMATE]):
        assert est.valid == mine.valid and est.value_m == mine.value_m and list(est.objects) == list(mine.objects)
        assert [d.id for d in est.detections] == [d.id for d in mine.detections] and len(est.detections) == 2
        assert est.detections[0].bbox.size.x == mine.detections[0].bbox.size.x
    for rew, mine in zip((m for _, m in decoded[bags.TOPIC_REWARD]), ours[bags.TOPIC_REWARD]):
        assert rew.total == mine.total and list(rew.component_names) == list(mine.component_names)
    img, mine = decoded[topics.rgb][0][1], ours[topics.rgb][0]
    assert (img.width, img.height, img.encoding) == (W, H, "rgb8") and bytes(img.data) == bytes(mine.data)
    masks = decoded[topics.masks][0][1]
    assert list(masks.names) == list(ours[topics.masks][0].names) and masks.labels.encoding == "16UC1"
    marker_arr = decoded[bags.TOPIC_MARKERS][0][1]
    assert [m.type for m in marker_arr.markers] == [m.type for m in ours[bags.TOPIC_MARKERS][0].markers]


def test_mcap_library_decodes_every_topic_of_an_episode_bag_and_it_renders(tmp_path) -> None:
    from spatialvlm_ros.closed_loop.episode import EpisodeConfig, run_episode

    cfg = EpisodeConfig.from_yaml()
    cfg.image_width, cfg.image_height = W, H
    cfg.controller = dict(cfg.controller, step_m=0.06)
    res = run_episode(cfg.tasks["reach_above"], 7, tmp_path / "ep", cfg)
    bag = Path(res.bag_path)
    decoded = _decode_all_with_mcap(bag)
    assert {t: len(v) for t, v in decoded.items()} == _rosbags_counts(bag)
    assert decoded["/spatialvlm/instruction"][0][1].data == res.instruction
    goal = decoded["/spatialvlm/goal"][0][1]
    assert [goal.pose.position.x, goal.pose.position.y, goal.pose.position.z] == pytest.approx(list(res.goal.position))
    ests = [m for _, m in decoded[bags.TOPIC_ESTIMATE]]
    assert all(len(e.detections) == 2 for e in ests if e.valid) and any(e.valid for e in ests)
    assert all(math.isfinite(m.total) for _, m in decoded[bags.TOPIC_REWARD] if m.valid)
    # the episode's video: one frame per camera frame, the instruction from the bag
    rec = read_record(bag)
    assert rec.instruction == res.instruction and rec.goal is not None
    video = render_bag(bag, tmp_path / "ep.mp4")
    assert video.frames == len(res.steps) == len(decoded[bags.CameraTopics().rgb])
