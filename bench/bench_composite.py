"""Composite (multi-step) questions on simulated scenes: geometry backend vs the simulator's truth.

For ``--scenes`` held-out tabletop seeds (from ``--first-seed``; the data engine's and tests'
seeds are below 1000), every composite kind gets up to ``--per-kind`` random questions per
scene whose answer the truth decides clearly (no near-ties: the choice, order or comparison
is decided by >= 2 cm, as synthesis requires). Each question's deterministic plan
(:func:`spatialvlm_ros.core.planner.plan_for`) runs twice: on the true scene graph
(``SceneGraphEstimator`` of ``sim.truth.truth_scene_graph``) and with the geometry
estimator on the noisy RGB-D frame. Reported per kind:

- ``chain``: share of final answers equal to the truth's (objects, orders, yes/no exactly;
  lengths within max(2 cm, 25 %));
- ``step``: share of primitive query steps within 25 % of the truth (predicates exactly);
- ``all steps``: share of chains whose every step is within that tolerance;
- ``chain ok | a step off``: chains still right although a step was off.

Usage::

    .venv/bin/python bench/bench_composite.py --scenes 30 [--first-seed 5000] [--per-kind 2]
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections import Counter, defaultdict

import numpy as np
from machine import cpu_model

BOOL_KINDS = ("between", "equilateral", "isosceles", "right_triangle", "fits_between")


def _step_ok(est, truth) -> bool:
    from spatialvlm_ros.data.metrics import within_relative

    if isinstance(truth, bool) or truth is None:
        return est == truth
    return est is not None and within_relative(float(est), float(truth), 0.25)


def _chain_ok(est, truth) -> bool:
    if isinstance(truth, float):
        return est is not None and abs(float(est) - truth) <= max(0.02, 0.25 * abs(truth))
    return est == truth


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scenes", type=int, default=30)
    ap.add_argument("--first-seed", type=int, default=5000)
    ap.add_argument("--per-kind", type=int, default=2)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)

    from spatialvlm_ros.core.composite_synthesis import _decisive
    from spatialvlm_ros.core.frame import normalize_name
    from spatialvlm_ros.core.plan_exec import execute
    from spatialvlm_ros.core.planner import COMPOSITE_KINDS, CompositeQuery, PlanConfig, plan_for
    from spatialvlm_ros.estimators.geometry import GeometryEstimator
    from spatialvlm_ros.estimators.scene_graph import SceneGraphEstimator
    from spatialvlm_ros.sim.tabletop import generate_scene
    from spatialvlm_ros.sim.truth import truth_scene_graph

    config = PlanConfig.from_yaml()
    rng = np.random.default_rng(12345)
    rows: dict[str, Counter] = defaultdict(Counter)
    t0 = time.perf_counter()
    for seed in range(args.first_seed, args.first_seed + args.scenes):
        scene = generate_scene(seed)
        frame = scene.frame
        seen = sorted(set(frame.segmentation.names.values()))
        truth = truth_scene_graph(scene.truth, scene.T_world_camera, names=seen, min_visible_pixels=50)
        counts = Counter(normalize_name(n) for n in truth.names())
        names = [n for n in truth.names() if counts[normalize_name(n)] == 1 and normalize_name(n) != "gripper"]
        geo = GeometryEstimator()
        for kind, (n_obj, needs_length) in COMPOSITE_KINDS.items():
            done = 0
            for _ in range(12):
                if done >= args.per_kind or len(names) < max(n_obj, 2):
                    break
                objs = tuple(str(x) for x in rng.choice(names, size=n_obj, replace=False)) if n_obj else ()
                length = None
                if needs_length:
                    length = round(float(rng.uniform(0.05, 0.40) if kind == "within" else rng.uniform(0.02, 0.20)), 2)
                cands = tuple(n for n in names if n not in objs)
                if not cands:
                    break
                plan = plan_for(CompositeQuery(kind, objs, length, cands), truth.names(), config)
                t_res = execute(plan, SceneGraphEstimator(truth), None, truth.names())
                if not t_res.valid or not _decisive(t_res, 0.02):
                    continue
                done += 1
                g_res = execute(plan, geo, frame, seen)
                r = rows[kind]
                r["n"] += 1
                r["truth_yes"] += t_res.value is True
                if not g_res.valid:
                    r["invalid"] += 1
                    continue
                tv, gv = t_res.values(), g_res.values()
                oks = [_step_ok(gv[s.id], tv[s.id]) for s in plan.steps if s.op == "query"]
                r["steps"] += len(oks)
                r["steps_ok"] += sum(oks)
                chain = _chain_ok(g_res.value, t_res.value)
                r["chain_ok"] += chain
                r["all_steps_ok"] += all(oks)
                r["step_off"] += not all(oks)
                r["chain_ok_step_off"] += chain and not all(oks)
    wall = time.perf_counter() - t0

    def pct(a: int, b: int) -> str:
        return f"{100.0 * a / b:.0f}%" if b else "-"

    print(f"machine: {cpu_model()}; scenes: seeds {args.first_seed}..{args.first_seed + args.scenes - 1}; "
          f"{wall:.0f} s")
    print("| kind | questions | chain correct | steps within 25% | all steps within 25% | chain ok, a step off | invalid | truth 'yes' |")
    print("|---|---|---|---|---|---|---|---|")
    tot = Counter()
    for kind in COMPOSITE_KINDS:
        r = rows[kind]
        tot.update(r)
        print(f"| {kind} | {r['n']} | {pct(r['chain_ok'], r['n'])} | {pct(r['steps_ok'], r['steps'])} | "
              f"{pct(r['all_steps_ok'], r['n'])} | {r['chain_ok_step_off']}/{r['step_off']} | {r['invalid']} | "
              f"{pct(r['truth_yes'], r['n']) if kind in BOOL_KINDS else '-'} |")
    print(f"| all | {tot['n']} | {pct(tot['chain_ok'], tot['n'])} | {pct(tot['steps_ok'], tot['steps'])} | "
          f"{pct(tot['all_steps_ok'], tot['n'])} | {tot['chain_ok_step_off']}/{tot['step_off']} | {tot['invalid']} | - |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
