"""Repeatable answers: the same question on the same frame gets the same answer, whatever came before.

A simulated (pybullet) table top with the Panda gripper just above an object,
noisy depth and no camera pose (up comes from the table plane, whose fit sees
the requested objects' masks); questions about single objects and pairs are asked in several orders,
with fresh and shared estimators, and from several threads at once. Every
answer must be identical (same float) to the answer the question gets alone.
"""

from __future__ import annotations

import itertools
import random
from concurrent.futures import ThreadPoolExecutor

import pytest

from spatialvlm_ros.core.query import SpatialQuery
from spatialvlm_ros.estimators.factory import build_estimator


@pytest.fixture(scope="module")
def sim_frame():
    from spatialvlm_ros.sim.world import SimWorld

    world = SimWorld(0, noisy=True)
    try:
        names = world.object_names()
        obj = world.truth().find(names[0])
        world.reset_gripper([obj.box.center[0], obj.box.center[1], obj.box.top + 0.03])
        frame = world.render()
        frame.T_world_camera = None  # no pose (a scene directory without camera_pose.yaml): up from the table
    finally:
        world.close()
    return frame, ["gripper", *names]


def _queries(names: list[str]) -> list[SpatialQuery]:
    qs = [SpatialQuery("height", (n,)) for n in names] + [SpatialQuery("width", (n,)) for n in names[:3]]
    qs += [SpatialQuery("distance", pair) for pair in itertools.combinations(names[:4], 2)]
    qs += [SpatialQuery("vertical_distance", (names[0], names[1]))]
    return qs


def _value(est, frame, q: SpatialQuery) -> tuple:
    r = est.estimate(frame, q)
    return (r.valid, r.value_m, r.reason)


def test_same_answer_in_any_order_and_alone(sim_frame) -> None:
    frame, names = sim_frame
    qs = _queries(names)
    alone = {q: _value(build_estimator("geometry"), frame, q) for q in qs}
    assert sum(v[0] for v in alone.values()) >= len(qs) // 2  # mostly answerable
    rng = random.Random(0)
    for _ in range(3):
        order = qs[:]
        rng.shuffle(order)
        shared = build_estimator("geometry")
        got = {q: _value(shared, frame, q) for q in order}
        assert got == alone
    # the case: the gripper's height alone, and after a pair question about it
    est = build_estimator("geometry")
    _value(est, frame, SpatialQuery("distance", ("gripper", names[1])))
    h = SpatialQuery("height", ("gripper",))
    assert _value(est, frame, h) == alone[h]
    # estimate_many gives what estimate gives
    many = build_estimator("geometry").estimate_many(frame, qs)
    assert [(r.valid, r.value_m, r.reason) for r in many] == [alone[q] for q in qs]


def test_same_answer_from_several_threads(sim_frame) -> None:
    frame, names = sim_frame
    qs = _queries(names)
    alone = {q: _value(build_estimator("geometry"), frame, q) for q in qs}
    shared = build_estimator("geometry")
    work = qs * 3
    random.Random(1).shuffle(work)
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda q: (q, _value(shared, frame, q)), work))
    for q, v in got:
        assert v == alone[q], q
