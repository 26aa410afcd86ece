"""Closed loop end to end: a short simulated episode, its reward bag, goals against truth, failures."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
import yaml
from scipy.stats import spearmanr

from spatialvlm_ros.closed_loop.episode import TOPIC_GOAL, TOPIC_GOAL_TRUTH, EpisodeConfig, run_episode
from spatialvlm_ros.closed_loop.tasks import LoopTask, load_tasks
from spatialvlm_ros.errors import ConfigError, InputError
from spatialvlm_ros.resources import config_path

SEED = 7  # a world with a red cube


def small_config(pipeline: str = "ros_logic") -> EpisodeConfig:
    cfg = EpisodeConfig.from_yaml()
    cfg.image_width, cfg.image_height = 320, 240
    cfg.pipeline = pipeline
    cfg.controller = dict(cfg.controller, step_m=0.05)
    return cfg


@pytest.fixture(scope="module")
def estimator():
    from spatialvlm_ros.estimators.factory import build_estimator

    return build_estimator("geometry")


@pytest.fixture(scope="module")
def reach(tmp_path_factory, estimator):
    out = tmp_path_factory.mktemp("reach")
    cfg = small_config()
    result = run_episode(cfg.tasks["reach_above"], SEED, out, cfg, estimator=estimator)
    return result, out, cfg


def read_bag(path: str) -> dict[str, list]:
    from rosbags.highlevel import AnyReader

    from spatialvlm_ros.ros import typestore

    topics: dict[str, list] = {}
    with AnyReader([Path(path)], default_typestore=typestore()) as reader:
        for conn, t, raw in reader.messages():
            topics.setdefault(conn.topic, []).append((t, reader.deserialize(raw, conn.msgtype)))
    return topics


def test_reach_episode_succeeds_against_truth(reach) -> None:
    r, _, cfg = reach
    assert r.instruction == "move the gripper above the red cube"
    assert r.success, r.reason
    assert r.pipeline == "ros_logic"
    assert r.goal.valid and r.true_goal.valid
    assert r.goal_error_m < 0.03  # the goal from the estimated scene vs the goal from the true scene
    assert r.final_error_m <= cfg.success_tolerance_m
    assert len(r.steps) >= 6


def test_reward_bag_has_rewards_rising_as_the_gripper_approaches(reach) -> None:
    r, _, _ = reach
    topics = read_bag(r.bag_path)
    for t in ("/spatialvlm/reward", "/spatialvlm/estimate", "/spatialvlm/truth", TOPIC_GOAL, TOPIC_GOAL_TRUTH,
              "/tf", "/tf_static", "/camera/camera/color/image_raw", "/camera/camera/aligned_depth_to_color/image_raw",
              "/camera/camera/color/camera_info", "/camera/camera/instance_masks"):
        assert t in topics, f"bag lacks {t}"
    rewards = [m for _, m in topics["/spatialvlm/reward"]]
    truth = [m.value_m for _, m in topics["/spatialvlm/truth"]]
    assert len(rewards) == len(r.steps) == len(truth) == len(topics["/camera/camera/color/image_raw"])
    assert all(m.valid and math.isfinite(m.total) for m in rewards)
    total = np.array([m.total for m in rewards])
    est = np.array([m.distance_m for m in rewards])
    truth = np.array(truth)
    assert truth[-1] < truth[0] - 0.15  # the gripper approached
    assert total[-1] > total[0]
    assert spearmanr(total, -truth).statistic > 0.9  # reward rises as the true distance falls
    assert spearmanr(est, truth).statistic > 0.9  # estimated distance tracks the true one
    assert np.all(np.diff(est) < 0.03)  # monotone-ish: no estimated jump back of 3 cm or more
    assert [m.step for m in rewards] == list(range(len(rewards)))
    goal = topics[TOPIC_GOAL][0][1].pose.position
    np.testing.assert_allclose([goal.x, goal.y, goal.z], r.goal.position, atol=1e-9)


def test_episode_files_plot_and_summary(reach) -> None:
    r, out, _ = reach
    png = Path(r.plot_path)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5000
    doc = json.loads((out / "episode.json").read_text())
    assert doc["success"] is True and len(doc["steps"]) == len(r.steps)
    assert doc["spearman"] == pytest.approx(r.spearman)


def test_gripper_stays_inside_the_limits(reach) -> None:
    r, _, cfg = reach
    assert r.max_limit_violation_m <= 0.005
    assert all(cfg.goals.limits.contains(s.tcp, margin_m=-0.005) for s in r.steps)


@pytest.mark.parametrize(
    "instruction, reason",
    [
        ("move the gripper above the banana", "unknown object 'banana'"),
        ("move the gripper 80 cm above the red cube", "workspace"),
        ("do a little dance", "not understood"),
    ],
)
def test_refused_goals_are_recorded_and_nothing_moves(tmp_path, estimator, instruction, reason) -> None:
    cfg = small_config()
    r = run_episode(cfg.tasks["reach_above"], SEED, tmp_path, cfg, estimator=estimator, instruction=instruction,
                    write_bag=False)
    assert not r.success and r.control is None
    assert any(reason in f for f in r.failures), r.failures
    assert len(r.steps) == 1  # only the first frame: the robot was never commanded
    doc = json.loads((tmp_path / "episode.json").read_text())
    assert doc["success"] is False and reason in "; ".join(doc["failures"])


def test_placement_episode_moves_the_object_to_the_true_goal(estimator) -> None:
    cfg = small_config(pipeline="direct")
    r = run_episode(cfg.tasks["place_left"], 103, None, cfg, estimator=estimator)
    assert r.success, r.reason
    assert r.kind == "place" and r.control.details.get("teleported")
    assert r.final_error_m <= cfg.success_tolerance_m
    phases = {s.phase for s in r.steps}
    assert {"pick", "carry", "place"} <= phases


def test_infeasible_layout_is_flagged_not_posed_silently() -> None:
    """With a feasibility margin no layout can meet, the draw says so instead of posing a task."""
    from spatialvlm_ros.closed_loop.episode import _draw_objects
    from spatialvlm_ros.sim.world import SimWorld

    cfg = small_config()
    task = cfg.tasks["place_left"]
    world = SimWorld(103, cfg.sim_config(), noisy=False)
    try:
        objects, rejected, feasible = _draw_objects(task, world, np.random.default_rng(0), cfg, tries=3)
        assert feasible is True and rejected < 3
        cfg.feasibility_margin_m = 1.0  # 1 m inside every workspace limit: nothing is feasible
        objects, rejected, feasible = _draw_objects(task, world, np.random.default_rng(0), cfg, tries=3)
        assert feasible is False and rejected == 3
        cfg.feasible_only = False
        assert _draw_objects(task, world, np.random.default_rng(0), cfg, tries=3)[2] is None
    finally:
        world.close()


def test_demo_cli(tmp_path, capsys) -> None:
    from spatialvlm_ros.cli.main import main

    cfg_file = tmp_path / "loop.yaml"
    data = yaml.safe_load(config_path("closed_loop.yaml").read_text())
    data["image"] = {"width": 320, "height": 240}
    data["controller"]["step_m"] = 0.05
    cfg_file.write_text(yaml.safe_dump(data))
    code = main(["demo", "--out", str(tmp_path / "demo"), "--config", str(cfg_file), "--seed", str(SEED)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "SUCCESS" in out and "Spearman rho" in out and "bag:" in out
    assert (tmp_path / "demo" / "episode_bag" / "metadata.yaml").is_file()
    assert (tmp_path / "demo" / "episode.png").is_file()
    assert f"video:             {tmp_path / 'demo' / 'episode.mp4'}" in out
    assert (tmp_path / "demo" / "episode.mp4").stat().st_size > 0
    assert main(["demo", "--out", str(tmp_path / "x"), "--task", "no_such_task"]) == 2
    assert "unknown task 'no_such_task'" in capsys.readouterr().err


def test_task_config_validation() -> None:
    with pytest.raises(ConfigError, match="kind"):
        LoopTask("t", "fly", "move above the {target}")
    with pytest.raises(ConfigError, match="moved"):
        LoopTask("t", "place", "put it left of the {target}")
    with pytest.raises(ConfigError, match="no tasks"):
        load_tasks({})
    t = LoopTask("t", "place", "put the {moved} left of the {target}")
    with pytest.raises(InputError, match="uniquely named"):
        t.choose_objects(["cup", "cup", "bowl"], np.random.default_rng(0))
    objs = t.choose_objects(["cup", "bowl", "red cube"], np.random.default_rng(0))
    assert objs["moved"] != objs["target"] and t.reward_objects(objs) == ("gripper", objs["moved"])
    pref = LoopTask("r", "reach", "move the gripper above the {target}", prefer=["red cube"])
    assert pref.choose_objects(["cup", "red cube"], np.random.default_rng(1))["target"] == "red cube"


def test_lost_gripper_gives_invalid_rewards_and_a_failure(tmp_path, estimator) -> None:
    """The camera never segments the gripper: every distance estimate and reward is invalid, with the reason."""
    cfg = small_config()
    cfg.sim_world = {"min_gripper_pixels": 10**9}
    r = run_episode(cfg.tasks["reach_above"], SEED, tmp_path, cfg, estimator=estimator)
    assert not r.success and r.valid_fraction == 0.0 and r.spearman is None
    assert any("lost track of 'gripper'" in f for f in r.failures), r.failures
    assert r.control is not None and r.control.success  # the goal itself came from the scene + TF
    rewards = [m for _, m in read_bag(r.bag_path)["/spatialvlm/reward"]]
    assert rewards and all(not m.valid and math.isnan(m.total) and math.isnan(m.distance_m) for m in rewards)
    assert all("gripper" in m.reason for m in rewards)
