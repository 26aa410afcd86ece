"""Reward shaping: signs, monotonicity, success, reset, invalid estimates, config."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.stats import spearmanr

from spatialvlm_ros.core.estimate import SpatialEstimate
from spatialvlm_ros.core.query import SpatialQuery
from spatialvlm_ros.core.reward import SHAPINGS, RewardShaper, RewardSignal, RewardTask, shaped
from spatialvlm_ros.errors import ConfigError

Q = SpatialQuery("distance", ("gripper", "red cube"))


def est(d: float | None, valid: bool = True, reason: str = "", query: SpatialQuery = Q) -> SpatialEstimate:
    if not valid:
        return SpatialEstimate.invalid(query, "geometry", reason)
    return SpatialEstimate(query=query, valid=True, source="geometry", value_m=d)


def run(task: RewardTask, distances: list[float]) -> list[RewardSignal]:
    shaper = RewardShaper(task)
    return [shaper.step(est(d), i * 100_000_000) for i, d in enumerate(distances)]


APPROACH = list(np.linspace(0.5, 0.0, 11))


@pytest.mark.parametrize("shaping", ["exp", "linear"])
def test_absolute_shapings_increase_as_distance_falls(shaping: str) -> None:
    sig = run(RewardTask(shaping=shaping), APPROACH)
    totals = [s.total for s in sig]
    assert all(np.diff(totals) > 0), totals
    assert all(s.valid for s in sig)
    # maximum at the target
    assert totals[-1] == pytest.approx(1.0 if shaping == "exp" else 0.0)


def test_exp_is_positive_and_linear_is_a_cost() -> None:
    e = run(RewardTask(shaping="exp"), [0.3])[0]
    lin = run(RewardTask(shaping="linear"), [0.3])[0]
    assert 0 < e.total < 1
    assert e.total == pytest.approx(math.exp(-3.0))
    assert lin.total == pytest.approx(-3.0)


def test_potential_sign_follows_progress() -> None:
    task = RewardTask(shaping="potential", gamma=1.0)
    sig = run(task, [0.4, 0.3, 0.35, 0.35])
    assert sig[0].total == 0.0  # first step after reset: no previous potential
    assert sig[1].total == pytest.approx(1.0)  # error fell by 0.1 m = one scale
    assert sig[2].total == pytest.approx(-0.5)  # moved away
    assert sig[3].total == pytest.approx(0.0)  # no change, gamma = 1


def test_potential_with_discount_telescopes() -> None:
    task = RewardTask(shaping="potential", gamma=0.9)
    d = [0.5, 0.4, 0.2, 0.1]
    sig = run(task, d)
    phi = [-x / task.scale_m for x in d]
    for i in range(1, len(d)):
        assert sig[i].total == pytest.approx(0.9 * phi[i] - phi[i - 1])
    assert all(s.total > 0 for s in sig[1:])  # approaching is always rewarded


def test_target_distance_error_is_symmetric() -> None:
    task = RewardTask(shaping="exp", target_m=0.1, success_tolerance_m=0.01)
    a, b, c = run(task, [0.05, 0.15, 0.1])
    assert a.total == pytest.approx(b.total)
    assert a.error_m == pytest.approx(0.05)
    assert c.success and not a.success and not b.success


def test_components_progress_and_success_bonus() -> None:
    task = RewardTask(shaping="exp", progress_weight=2.0, success_bonus=5.0, success_tolerance_m=0.02)
    s0, s1, s2 = run(task, [0.2, 0.1, 0.015])
    assert set(s0.components) == {"distance", "progress", "success"}
    assert s0.components["progress"] == 0.0
    assert s1.components["progress"] == pytest.approx(2.0 * 0.1 / 0.1)
    assert s1.components["success"] == 0.0 and not s1.success
    assert s2.success and s2.components["success"] == 5.0
    for s in (s0, s1, s2):
        assert s.total == pytest.approx(sum(s.components.values()))


def test_reset_forgets_progress() -> None:
    task = RewardTask(shaping="potential")
    shaper = RewardShaper(task)
    shaper.step(est(0.5), 0)
    assert shaper.step(est(0.3), 1).total > 0
    shaper.reset()
    first = shaper.step(est(0.1), 0)  # earlier stamp is fine after a reset
    assert first.valid and first.total == 0.0


def test_invalid_estimate_gives_invalid_reward_without_a_number() -> None:
    shaper = RewardShaper(RewardTask())
    ok = shaper.step(est(0.2), 0)
    bad = shaper.step(est(None, valid=False, reason="no depth on 'red cube'"), 1)
    assert ok.valid
    assert not bad.valid and math.isnan(bad.total) and bad.distance_m is None and bad.components == {}
    assert "no depth on 'red cube'" in bad.reason


def test_nan_value_and_wrong_query_are_invalid() -> None:
    shaper = RewardShaper(RewardTask())
    assert not shaper.step(est(float("nan")), 0).valid
    other = SpatialQuery("distance", ("gripper", "blue mug"))
    r = shaper.step(est(0.2, query=other), 1)
    assert not r.valid and "blue mug" in r.reason
    # the order of the objects does not matter
    assert shaper.step(est(0.2, query=SpatialQuery("distance", ("Red Cube", "gripper"))), 2).valid


def test_out_of_order_stamp_is_invalid() -> None:
    shaper = RewardShaper(RewardTask())
    shaper.step(est(0.2), 10)
    r = shaper.step(est(0.1), 5)
    assert not r.valid and "older" in r.reason


def test_hold_last_is_explicit_flagged_and_bounded() -> None:
    task = RewardTask(hold_last=True, hold_max_s=0.5)
    shaper = RewardShaper(task)
    first = shaper.step(est(0.2), 0)
    held = shaper.step(est(None, valid=False, reason="occluded"), 200_000_000)
    assert held.valid and held.held and held.distance_m == 0.2 and "occluded" in held.reason
    assert held.total == pytest.approx(first.total)
    late = shaper.step(est(None, valid=False, reason="occluded"), 900_000_000)
    assert not late.valid and not late.held
    # without the flag nothing is held
    plain = RewardShaper(RewardTask())
    plain.step(est(0.2), 0)
    assert not plain.step(est(None, valid=False, reason="occluded"), 1).valid


def test_shaped_rejects_negative_error() -> None:
    with pytest.raises(ValueError):
        shaped(-0.1, "exp", 0.1)


@pytest.mark.parametrize("shaping", SHAPINGS)
def test_noisy_approach_correlates_with_reward(shaping: str) -> None:
    """Rewards stay monotone in the trend of a noisy approach (sum of potential = telescoped)."""
    rng = np.random.default_rng(0)
    d = np.linspace(0.6, 0.02, 40) + rng.normal(0, 0.005, 40)
    sig = run(RewardTask(shaping=shaping, gamma=1.0), list(np.abs(d)))
    totals = np.array([s.total for s in sig])
    if shaping == "potential":
        assert totals[1:].sum() == pytest.approx((d[0] - abs(d[-1])) / 0.1)
    else:
        assert spearmanr(totals, -np.abs(d)).statistic == pytest.approx(1.0)


def test_task_from_yaml_and_bad_configs() -> None:
    t = RewardTask.from_yaml("reach")
    assert t.objects == ("gripper", "red cube") and t.shaping in SHAPINGS
    assert RewardTask.from_yaml("reach", shaping="linear").shaping == "linear"
    assert t.query().kind == "distance"
    with pytest.raises(ConfigError, match="unknown shaping"):
        RewardTask(shaping="cubic")
    with pytest.raises(ConfigError, match="scale_m"):
        RewardTask(scale_m=0.0)
    with pytest.raises(ConfigError, match="2 objects"):
        RewardTask(objects=("gripper",))
    with pytest.raises(ConfigError, match="unknown key"):
        RewardTask.from_dict({"shapping": "exp"})
    with pytest.raises(ConfigError, match="not in"):
        RewardTask.from_yaml("no_such_task")
    with pytest.raises(ConfigError, match="kind"):
        RewardTask(kind="width")


def test_from_yaml_accepts_a_name_override() -> None:
    t = RewardTask.from_yaml("reach", objects=("gripper", "mug"), name="reach:mug")
    assert t.name == "reach:mug" and t.objects == ("gripper", "mug")
    assert RewardTask.from_yaml("reach_dense").name == "reach_dense"
