"""Reliability figures (README "Reliability"): malformed inputs tried per kind, and bags recovered after kill -9.

Part 1 - inputs. For each input kind, ``--cases`` malformed inputs are drawn
(seeded numpy RNG) from a valid rendered table-top scene and fed to the real
reader / node logic. Outcomes: *accepted*, *refused* (a one-line
``SpatialVLMError``; for node logic a rejected frame or an unsuccessful
response that says why) or *failure*: any other exception, a multi-line message,
a refusal without a reason, a non-finite accepted value, an accepted
implausible camera or pose, or a goal outside the workspace limits.

Part 2 - crash recovery. ``spatialvlm replay``, ``spatialvlm sim-bag`` and a
closed-loop episode (``run_episode``) run in a child process whose bag writer
logs the wall time of every message it writes (``_kill_harness.py``: a wrapper
around the real ``BagWriter.write_bytes``); the child is killed with SIGKILL at
a random moment, the bag is repaired with ``spatialvlm reindex`` and read
with rosbags. Reported per run: messages written, recovered, and whether every
message written more than 1 s before the kill was recovered.

Usage::

    PYTHONPATH=$PWD .venv/bin/python bench/bench_reliability.py --cases 200 --kills 3
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import yaml
from machine import cpu_model

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "test"))


# ----------------------------------------------------------------------------- part 1: inputs
def _nasty(rng: np.random.Generator):
    pool = [None, True, -1, 0, 1.5, 2**70, float("nan"), float("inf"), -float("inf"), 1e-300, 1e300, "x", [],
            [1, 2], [[1, 2, 3]] * 3, {"data": 3}, {}]
    return pool[int(rng.integers(len(pool)))]


class Tally:
    def __init__(self) -> None:
        self.rows: dict[str, dict[str, int]] = {}
        self.examples: dict[str, list[str]] = {}

    def add(self, kind: str, outcome: str, detail: str = "") -> None:
        row = self.rows.setdefault(kind, {"cases": 0, "accepted": 0, "refused": 0, "failure": 0})
        row["cases"] += 1
        row[outcome] += 1
        if outcome == "failure" and len(self.examples.setdefault(kind, [])) < 3:
            self.examples[kind].append(detail[:200])


def _classify(fn, check_ok=None) -> tuple[str, str]:
    from spatialvlm_ros.errors import SpatialVLMError

    try:
        result = fn()
    except SpatialVLMError as exc:
        msg = str(exc)
        return ("refused", "") if msg and "\n" not in msg else ("failure", f"bad message: {msg!r}")
    except Exception as exc:  # noqa: BLE001 - exactly what is counted
        return "failure", f"{type(exc).__name__}: {exc}"
    if check_ok is not None:
        problem = check_ok(result)
        if problem == "refused":  # refused the way a node does: a result that says why
            return "refused", ""
        if problem:
            return "failure", problem
    return "accepted", ""


def inputs(cases: int, seed: int) -> Tally:
    from helpers_geometry import look_at, make_frame, render, tabletop

    from spatialvlm_ros.core.camera import CameraIntrinsics
    from spatialvlm_ros.core.goal_types import WorkspaceLimits
    from spatialvlm_ros.core.query import SpatialQuery
    from spatialvlm_ros.estimators.factory import build_estimator
    from spatialvlm_ros.io.scene_dir import read_scene_dir, write_scene_dir
    from spatialvlm_ros.ros import bags, convert, typestore
    from spatialvlm_ros.ros.goal_logic import GoalLogic
    from spatialvlm_ros.ros.query_logic import QueryLogic
    from spatialvlm_ros.ros.tf_buffer import TransformBuffer

    rng = np.random.default_rng(seed)
    tally = Tally()
    intr = CameraIntrinsics.from_fov(96, 72, 55)
    scene = tabletop()
    T = look_at([0.05, -0.85, 0.6], [0.03, 0.08, 0.05])
    depth, labels = render(scene, intr, T)
    est = build_estimator("geometry")
    tmp = Path(tempfile.mkdtemp(prefix="bench_rel_"))
    good = write_scene_dir(tmp / "good", make_frame(scene, intr, T, True, depth, labels))

    def answered(frame) -> str:
        for q in (SpatialQuery("distance", (scene.names[0], scene.names[1])), SpatialQuery("height", (scene.names[2],))):
            r = est.estimate(frame, q)
            if r.valid and r.value_m is not None and not math.isfinite(r.value_m):
                return f"non-finite answer {r.value_m}"
            if not r.valid and not r.reason:
                return "invalid estimate without a reason"
        return ""

    def plausible(frame) -> str:
        i = frame.intrinsics
        for size, f in ((i.width, i.fx), (i.height, i.fy)):
            fov = math.degrees(2 * math.atan2(size / 2, f))
            if not 1.0 <= fov <= 175.0:
                return f"accepted a field of view of {fov:.3g} deg"
        if frame.T_world_camera is not None:
            t = np.asarray(frame.T_world_camera)
            if not np.allclose(t[3], [0, 0, 0, 1]) or np.linalg.norm(t[:3, 3]) > 1e4:
                return "accepted an absurd pose"
        return answered(frame)

    def scene_case(kind: str, mutate) -> None:
        root = tmp / "case"
        shutil.rmtree(root, ignore_errors=True)
        shutil.copytree(good, root)
        mutate(root)
        tally.add(kind, *_classify(lambda: read_scene_dir(root), plausible))

    def camera_info(root: Path) -> None:
        data = yaml.safe_load((root / "camera_info.yaml").read_text())
        key = ["image_width", "image_height", "camera_matrix", "distortion_model", "distortion_coefficients"][
            int(rng.integers(5))]
        if key == "camera_matrix" and rng.random() < 0.7:
            k = list(data["camera_matrix"]["data"])
            k[int(rng.choice([0, 2, 4, 5, 8]))] = _nasty(rng) if rng.random() < 0.5 else float(rng.normal(0, 1e4))
            data["camera_matrix"]["data"] = k
        else:
            data[key] = _nasty(rng)
        (root / "camera_info.yaml").write_text(yaml.safe_dump(data))

    def pose(root: Path) -> None:
        m = np.eye(4)
        m[:3, :3] = np.linalg.qr(rng.normal(size=(3, 3)))[0]
        m[:3, 3] = rng.normal(0, 10 ** rng.uniform(-1, 6), 3)
        if rng.random() < 0.3:
            m[3] = rng.integers(-2, 3, 4)
        if rng.random() < 0.2:
            m[int(rng.integers(4)), int(rng.integers(4))] = _nasty(rng) if rng.random() < 0.5 else float("nan")
        value = m.tolist() if rng.random() < 0.8 else _nasty(rng)
        (root / "camera_pose.yaml").write_text(yaml.safe_dump({"world_frame": "world", "T_world_camera": value}))

    def frame_yaml(root: Path) -> None:
        (root / "frame.yaml").write_text(yaml.safe_dump({"frame_id": "cam", "stamp_ns": _nasty(rng)}))

    def corrupt(root: Path) -> None:
        name = ["rgb.png", "depth.png", "masks.png", "objects.json", "camera_info.yaml", "frame.yaml"][
            int(rng.integers(6))]
        data = bytearray((root / name).read_bytes())
        data = data[: int(len(data) * rng.random())]
        if data and rng.random() < 0.5:
            data[int(rng.integers(len(data)))] ^= 0xFF
        (root / name).write_bytes(bytes(data))

    def deep(root: Path) -> None:
        n = int(rng.integers(10, 20000))
        if rng.random() < 0.5:
            (root / "objects.json").write_text("[" * n + "]" * n)
        else:
            (root / "camera_info.yaml").write_text("a: " + "[" * n + "]" * n + "\n")

    def npy(root: Path) -> None:
        (root / "depth.png").unlink()
        shape = tuple(int(x) for x in rng.integers(0, 300000, size=int(rng.integers(0, 4))))
        header = repr({"descr": rng.choice(["<f4", "<f8", "<i2", "|O"]), "fortran_order": False, "shape": shape})
        header = header.encode() + b" " * (63 - (len(header) + 10) % 64) + b"\n"
        body = b"\x93NUMPY\x01\x00" + len(header).to_bytes(2, "little") + header
        (root / "depth.npy").write_bytes(body + bytes(int(rng.integers(0, 50000))))

    for kind, fn in (("camera_info.yaml", camera_info), ("camera_pose.yaml", pose), ("frame.yaml", frame_yaml),
                     ("truncated/corrupt scene files", corrupt), ("deeply nested JSON/YAML", deep),
                     ("depth.npy headers", npy)):
        for _ in range(cases):
            scene_case(kind, fn)

    # camera messages and service requests on the real node logic
    msgs = convert.frame_to_messages(make_frame(scene, intr, T, False, depth, labels))
    types = typestore().types
    import dataclasses

    fields = {"camera_info": ["height", "width", "k", "d"], "rgb": ["height", "width", "step", "encoding", "data"],
              "depth": ["height", "width", "step", "encoding", "data"]}
    for _ in range(cases):
        which = list(fields)[int(rng.integers(3))]
        field = fields[which][int(rng.integers(len(fields[which])))]
        v = getattr(msgs[which], field)
        if isinstance(v, np.ndarray):
            v = v[: int(rng.integers(0, v.size + 1))] if rng.random() < 0.5 else np.full_like(
                v, rng.choice([0, np.nan]) if v.dtype.kind == "f" else 0)
        elif isinstance(v, str):
            v = str(rng.choice(["", "bgr8", "mono16", "32FC1", "nonsense"]))
        else:
            v = int(rng.choice([0, 1, v + 1, 2 * v, 2**31 - 1]))
        m = dict(msgs)
        m[which] = dataclasses.replace(m[which], **{field: v})
        logic = QueryLogic(est)

        def feed(logic=logic, m=m):
            ok = logic.on_camera(m["rgb"], m["depth"], m["camera_info"], m["masks"])
            r = logic.answer(types["spatialvlm_ros/srv/QuerySpatial_Request"](
                question=f"how far is the {scene.names[0]} from the {scene.names[1]}?", quantity="", objects=[],
                form=""))
            return ok, logic.last_rejection, r

        def check(res) -> str:
            ok, why, r = res
            if not ok and not why:
                return "rejected without a reason"
            if not r.response.success and not r.response.message:
                return "failed answer without a message"
            return "" if ok else "refused"

        tally.add("camera messages", *_classify(feed, check))

    texts = ["move the gripper {d} cm above the {o}", "put the gripper {d} cm to the left of the {o}",
             "move the gripper {d} m above the {o}", "{junk}"]
    tf = TransformBuffer()
    tf.add_matrix("world", msgs["rgb"].header.frame_id, T, static=True)
    for _ in range(cases):
        lo = float(rng.uniform(-0.5, 0.2))
        span = float(rng.uniform(0.05, 1.0))
        limits = WorkspaceLimits([lo - 0.5, lo - 0.5, lo], [lo + span + 0.5, lo + span + 0.5, lo + span], "world")
        logic = GoalLogic(est, tf, planning_frame="world", limits=limits)
        logic.on_camera(msgs["rgb"], msgs["depth"], msgs["camera_info"], msgs["masks"])
        text = texts[int(rng.integers(len(texts)))].format(
            d=rng.choice(["10", "-5", "1e300", "nan", "0", "300"]), o=rng.choice(scene.names + ["pink elephant"]),
            junk="".join(chr(int(c)) for c in rng.integers(1, 0x3000, int(rng.integers(0, 40)))))
        req = types["spatialvlm_ros/srv/GetGoalPose_Request"](instruction=text, planning_frame="", execute=False)

        def goal_check(r, limits=limits) -> str:
            if r.response.success:
                p = r.pose.pose.position
                return "" if limits.contains(np.array([p.x, p.y, p.z])) else "goal outside the workspace limits"
            return "refused" if r.response.message else "refused without a message"

        tally.add("goal requests", *_classify(lambda logic=logic, req=req: logic.handle(req), goal_check))

    # truncated / corrupt bags
    for storage in ("mcap", "sqlite3"):
        src = tmp / f"bag_{storage}"
        with bags.BagWriter(src, storage, sync_interval_s=None) as w:
            for i in range(6):
                for key in ("camera_info", "rgb", "depth"):
                    w.write(f"/{key}", msgs[key], 10**9 + i * 10**8)
                w.sync()
        (store,) = [p for p in src.iterdir() if p.suffix in (".mcap", ".db3")]
        data0 = store.read_bytes()
        for _ in range(cases):
            case = tmp / "bagcase"
            shutil.rmtree(case, ignore_errors=True)
            case.mkdir()
            data = bytearray(data0[: int(len(data0) * rng.random())])
            if data and rng.random() < 0.3:
                data[int(rng.integers(len(data)))] ^= 0xFF
            (case / store.name).write_bytes(bytes(data))

            def read(case=case):
                with bags.BagReader(case) as r:
                    return sum(1 for _ in r.messages())

            tally.add(f"truncated {storage} bags", *_classify(read, lambda n: "" if n <= 18 else f"{n} > 18 msgs"))
    shutil.rmtree(tmp, ignore_errors=True)
    return tally


# ----------------------------------------------------------------------------- part 2: kill -9
def _run_killed(mode: str, work: Path, rng: random.Random, inp: Path | None) -> dict:
    out = work / "bag"
    log = work / "writes.log"
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'bench'}", "OMP_NUM_THREADS": "1"}
    cmd = [sys.executable, str(ROOT / "bench" / "_kill_harness.py"), str(log), mode, str(out)]
    if inp is not None:
        cmd.append(str(inp))
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 300
    while not (log.exists() and log.stat().st_size > 0) and time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{mode} ended before writing")
        time.sleep(0.05)
    time.sleep(rng.uniform(1.5, 6.0))
    finished = proc.poll() is not None
    kill_t = time.time()
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    writes = [float(line.split()[1]) for line in log.read_text().splitlines() if line.strip()]
    older = sum(1 for t in writes if t < kill_t - 1.0)
    from rosbags.rosbag2 import Reader

    from spatialvlm_ros.ros.bag_recovery import reindex_bag

    bag = out / "episode_bag" if mode == "episode" else out
    reindex_bag(bag)
    with Reader(bag) as r:
        recovered = sum(1 for _ in r.messages())
    return {"mode": mode, "written": len(writes), "older_than_1s": older, "recovered": recovered,
            "finished_before_kill": finished, "kept_all_older": recovered >= older}


def kills(n: int, seed: int) -> list[dict]:
    from spatialvlm_ros.cli.sim_bag import make_sim_bag

    rng = random.Random(seed)
    rows = []
    base = Path(tempfile.mkdtemp(prefix="bench_kill_"))
    try:
        inp = make_sim_bag(base / "input", seed=0, frames=60, width=320, height=240, progress=False).path
        for mode in ("replay", "sim-bag", "episode"):
            for k in range(n):
                work = base / f"{mode}{k}"
                work.mkdir()
                rows.append(_run_killed(mode, work, rng, inp if mode == "replay" else None))
                print(json.dumps(rows[-1]), file=sys.stderr)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=200, help="malformed inputs per kind")
    ap.add_argument("--kills", type=int, default=3, help="kill -9 runs per recording kind")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--skip-inputs", action="store_true")
    ap.add_argument("--skip-kills", action="store_true")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.CRITICAL)
    print(f"machine: {cpu_model()}, {os.cpu_count()} cores visible")
    if not args.skip_inputs:
        t0 = time.perf_counter()
        tally = inputs(args.cases, args.seed)
        print(f"\n| input kind | cases | accepted | refused (one line) | failures |\n|---|---|---|---|---|")
        for kind, r in tally.rows.items():
            print(f"| {kind} | {r['cases']} | {r['accepted']} | {r['refused']} | {r['failure']} |")
        total = sum(r["cases"] for r in tally.rows.values())
        fails = sum(r["failure"] for r in tally.rows.values())
        print(f"\n{total} cases, {fails} failures ({time.perf_counter() - t0:.0f} s)")
        for kind, ex in tally.examples.items():
            for e in ex:
                print(f"  failure ({kind}): {e}")
    if not args.skip_kills:
        rows = kills(args.kills, args.seed)
        print("\n| recording killed with SIGKILL | runs | messages written | recovered | share | every message "
              "older than 1 s kept |\n|---|---|---|---|---|---|")
        for mode in ("replay", "sim-bag", "episode"):
            rs = [r for r in rows if r["mode"] == mode]
            w, rec = sum(r["written"] for r in rs), sum(r["recovered"] for r in rs)
            ok = sum(r["kept_all_older"] for r in rs)
            print(f"| {mode} | {len(rs)} | {w} | {rec} | {100.0 * rec / max(1, w):.1f} % | {ok}/{len(rs)} |")
        if any(r["finished_before_kill"] for r in rows):
            print("note: some runs had finished before the kill (their share is 100 % by construction)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
