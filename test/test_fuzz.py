"""Fuzz tests (hypothesis): malformed scene directories, camera messages, service requests, truncated bags.

The promise checked: no input makes an exception escape (only the package's
one-line :class:`SpatialVLMError`), every refusal carries a reason, no valid
answer is a non-finite number, and no goal pose lies outside the workspace
limits. Examples are derandomised (the same cases every run) and bounded so the
whole module stays well under a minute on 2 cores.
"""

from __future__ import annotations

import dataclasses
import json
import math
import shutil
import tempfile
from pathlib import Path

import numpy as np
import pytest
import yaml
from helpers_geometry import look_at, make_frame, render, tabletop
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spatialvlm_ros.core.camera import CameraIntrinsics
from spatialvlm_ros.core.goal_types import WorkspaceLimits
from spatialvlm_ros.core.query import SpatialQuery
from spatialvlm_ros.errors import SpatialVLMError
from spatialvlm_ros.estimators.factory import build_estimator
from spatialvlm_ros.io.scene_dir import read_scene_dir, write_scene_dir
from spatialvlm_ros.ros import bags, convert, typestore
from spatialvlm_ros.ros.goal_logic import GoalLogic
from spatialvlm_ros.ros.query_logic import QueryLogic
from spatialvlm_ros.ros.tf_buffer import TransformBuffer

FUZZ = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
INTR = CameraIntrinsics.from_fov(96, 72, 55)
SCENE = tabletop()
T_WC = look_at([0.05, -0.85, 0.6], [0.03, 0.08, 0.05])
NAMES = SCENE.names

#: values that break parsers: wrong types, non-finite, huge, negative, nested, empty
NASTY = st.one_of(
    st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=8), st.lists(st.floats(allow_nan=True), max_size=12),
    st.lists(st.lists(st.integers(-3, 3), max_size=4), max_size=4), st.dictionaries(st.text(max_size=4), st.integers(),
                                                                                  max_size=3),
)


@pytest.fixture(scope="module")
def good_dir(tmp_path_factory) -> Path:
    depth, labels = render(SCENE, INTR, T_WC)
    return write_scene_dir(tmp_path_factory.mktemp("fuzz") / "good", make_frame(SCENE, INTR, T_WC, True, depth, labels))


@pytest.fixture(scope="module")
def estimator():
    return build_estimator("geometry")


def _check_estimates(frame, estimator) -> None:
    for q in (SpatialQuery("distance", (NAMES[0], NAMES[1])), SpatialQuery("height", (NAMES[2],)),
              SpatialQuery("left_of", (NAMES[0], NAMES[1]), "yesno")):
        r = estimator.estimate(frame, q)
        if r.valid:
            assert r.value_m is None or math.isfinite(r.value_m)
        else:
            assert r.reason


def _read_or_refuse(root: Path, estimator) -> str:
    """'ok' or the one-line reason; anything else escaping fails the test."""
    try:
        frame = read_scene_dir(root)
    except SpatialVLMError as exc:
        msg = str(exc)
        assert msg and "\n" not in msg
        return msg
    _check_estimates(frame, estimator)
    return "ok"


# ------------------------------------------------------------------ scene directories
CAMERA_KEYS = ["image_width", "image_height", "camera_matrix", "distortion_model", "distortion_coefficients"]


@FUZZ
@given(key=st.sampled_from(CAMERA_KEYS + ["camera_matrix.data", "distortion_coefficients.data"]), value=NASTY)
def test_fuzz_camera_info_fields(good_dir, estimator, key, value) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(shutil.copytree(good_dir, Path(tmp) / "s"))
        data = yaml.safe_load((root / "camera_info.yaml").read_text())
        if "." in key:
            outer, inner = key.split(".")
            data[outer][inner] = value
        else:
            data[key] = value
        (root / "camera_info.yaml").write_text(yaml.safe_dump(data))
        _read_or_refuse(root, estimator)


@FUZZ
@given(k=st.lists(st.one_of(st.floats(-1e6, 1e6), st.sampled_from([0.0, 1e-300, 1e300, -1.0, float("nan")])),
                  min_size=9, max_size=9))
def test_fuzz_intrinsics_values(good_dir, estimator, k) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(shutil.copytree(good_dir, Path(tmp) / "s"))
        data = yaml.safe_load((root / "camera_info.yaml").read_text())
        data["camera_matrix"]["data"] = k
        (root / "camera_info.yaml").write_text(yaml.safe_dump(data))
        reason = _read_or_refuse(root, estimator)
        if reason == "ok":  # what was accepted is a plausible camera
            fov_x = math.degrees(2 * math.atan2(INTR.width / 2, k[0]))
            assert 1.0 <= fov_x <= 175.0 and -0.5 * INTR.width - 0.5 <= k[2] <= 1.5 * INTR.width


@FUZZ
@given(matrix=st.one_of(
    st.lists(st.lists(st.floats(allow_nan=True, allow_infinity=True), min_size=4, max_size=4), min_size=4, max_size=4),
    NASTY))
def test_fuzz_camera_pose(good_dir, estimator, matrix) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(shutil.copytree(good_dir, Path(tmp) / "s"))
        (root / "camera_pose.yaml").write_text(yaml.safe_dump({"world_frame": "world", "T_world_camera": matrix}))
        if _read_or_refuse(root, estimator) == "ok":
            t = np.asarray(matrix, float)
            assert np.allclose(t[3], [0, 0, 0, 1]) and np.linalg.norm(t[:3, 3]) <= 1e4


@FUZZ
@given(name=st.sampled_from(["rgb.png", "depth.png", "masks.png", "objects.json", "camera_info.yaml",
                             "frame.yaml", "camera_pose.yaml"]),
       cut=st.floats(0.0, 1.0), flip=st.integers(0, 2**31), junk=st.binary(max_size=64))
def test_fuzz_truncated_and_corrupt_files(good_dir, estimator, name, cut, flip, junk) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(shutil.copytree(good_dir, Path(tmp) / "s"))
        data = bytearray((root / name).read_bytes())
        data = data[: int(len(data) * cut)]
        if data:
            data[flip % len(data)] ^= 0x5A
        (root / name).write_bytes(bytes(data) + junk)
        _read_or_refuse(root, estimator)


@FUZZ
@given(doc=st.recursive(st.one_of(st.none(), st.integers(), st.text(max_size=6), st.floats(allow_nan=True)),
                        lambda kids: st.one_of(st.lists(kids, max_size=4),
                                               st.dictionaries(st.sampled_from(["objects", "id", "name", "x"]), kids,
                                                               max_size=3)),
                        max_leaves=20))
def test_fuzz_objects_json(good_dir, estimator, doc) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(shutil.copytree(good_dir, Path(tmp) / "s"))
        (root / "objects.json").write_text(json.dumps(doc))
        _read_or_refuse(root, estimator)


# ------------------------------------------------------------------ camera messages and service requests
@pytest.fixture(scope="module")
def msgs():
    depth, labels = render(SCENE, INTR, T_WC)
    return convert.frame_to_messages(make_frame(SCENE, INTR, T_WC, False, depth, labels))


FIELDS = {
    "camera_info": ["height", "width", "k", "d", "distortion_model", "p"],
    "rgb": ["height", "width", "step", "encoding", "data", "is_bigendian"],
    "depth": ["height", "width", "step", "encoding", "data"],
    "masks": ["labels", "ids", "names"],
}


def _mutant(value, draw):
    """A malformed replacement for one message field, of a type the message can hold."""
    if isinstance(value, np.ndarray):
        choice = draw(st.integers(0, 3))
        if choice == 0:
            return value[: draw(st.integers(0, max(0, value.size - 1)))]
        if choice == 1:
            return np.full_like(value, draw(st.sampled_from([0, 255]) if value.dtype == np.uint8 else
                                            st.floats(allow_nan=True, allow_infinity=True)))
        if choice == 2:
            return np.concatenate([value, value[: draw(st.integers(1, 50))]])
        return value[::-1].copy()
    if isinstance(value, str):
        return draw(st.sampled_from(["", "bgr8", "mono8", "16UC1", "32FC1", "rgba8", "bayer_rggb8", "weird"]))
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return draw(st.sampled_from([0, 1, value - 1, value + 1, value * 2, 2**31 - 1]))
    if isinstance(value, list):
        return draw(st.lists(st.text(max_size=5), max_size=5))
    return value


@FUZZ
@given(data=st.data())
def test_fuzz_camera_messages_and_queries(msgs, estimator, data) -> None:
    which = data.draw(st.sampled_from(sorted(FIELDS)))
    field = data.draw(st.sampled_from(FIELDS[which]))
    m = dict(msgs)
    inner = m[which].labels if which == "masks" and field == "labels" else None
    if inner is not None:
        m[which] = dataclasses.replace(m[which], labels=dataclasses.replace(
            inner, **{"data": _mutant(inner.data, data.draw)}))
    else:
        m[which] = dataclasses.replace(m[which], **{field: _mutant(getattr(m[which], field), data.draw)})
    logic = QueryLogic(estimator)
    accepted = logic.on_camera(m["rgb"], m["depth"], m["camera_info"], m["masks"])
    assert accepted or logic.last_rejection
    Req = typestore().types["spatialvlm_ros/srv/QuerySpatial_Request"]
    req = Req(question=data.draw(st.sampled_from(["", "how far is the red cube from the blue box?", "x" * 3000,
                                                  "is the red cube left of the blue box?", "\x00\n\t"])),
              quantity=data.draw(st.sampled_from(["", "distance", "height", "nonsense"])),
              objects=data.draw(st.lists(st.sampled_from([*NAMES, "", "pink elephant"]), max_size=3)),
              form=data.draw(st.sampled_from(["", "value", "yesno", "which", "bogus"])))
    r = logic.answer(req)
    assert r.response.success or r.response.message
    est = r.response.estimate
    if est.valid and not math.isnan(est.value_m):
        assert math.isfinite(est.value_m)


@FUZZ
@given(text=st.one_of(st.text(max_size=40), st.sampled_from([
    "move the gripper 10 cm above the red cube", "move the gripper 5 m above the red cube",
    "put the gripper 2 cm to the left of the blue box", "move the gripper -30 cm above the green block",
    "move the gripper 1e300 cm above the red cube", "move the gripper nan cm above the red cube"])),
    lo=st.floats(-0.5, 0.2), span=st.floats(0.05, 1.0))
def test_fuzz_goal_requests_never_leave_the_workspace(msgs, estimator, text, lo, span) -> None:
    tf = TransformBuffer()
    tf.add_matrix("world", msgs["rgb"].header.frame_id, T_WC, static=True)
    limits = WorkspaceLimits([lo - 0.5, lo - 0.5, lo], [lo + span + 0.5, lo + span + 0.5, lo + span], "world")
    logic = GoalLogic(estimator, tf, planning_frame="world", limits=limits)
    assert logic.on_camera(msgs["rgb"], msgs["depth"], msgs["camera_info"], msgs["masks"])
    GReq = typestore().types["spatialvlm_ros/srv/GetGoalPose_Request"]
    r = logic.handle(GReq(instruction=text, planning_frame="", execute=False))
    if r.response.success:
        p = r.pose.pose.position
        assert limits.contains(np.array([p.x, p.y, p.z]))
    else:
        assert r.response.message and r.pose is None


# ------------------------------------------------------------------ truncated and corrupt bags
@pytest.fixture(scope="module", params=["mcap", "sqlite3"])
def small_bag(request, msgs, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp(f"bag_{request.param}") / "b"
    with bags.BagWriter(out, request.param, sync_interval_s=None) as w:
        for i in range(6):
            for key in ("camera_info", "rgb", "depth"):
                w.write(f"/{key}", msgs[key], 10**9 + i * 10**8)
            w.sync()  # one chunk per frame
    return out


@settings(max_examples=40, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.floats(0.0, 1.0), flip=st.one_of(st.none(), st.floats(0.0, 1.0)))
def test_fuzz_truncated_bags(small_bag, cut, flip) -> None:
    (store,) = [p for p in small_bag.iterdir() if p.suffix in (".mcap", ".db3")]
    with tempfile.TemporaryDirectory() as tmp:
        bag = Path(tmp) / "b"
        bag.mkdir()
        data = bytearray(store.read_bytes())
        data = data[: int(len(data) * cut)]
        if flip is not None and data:
            data[int(flip * (len(data) - 1))] ^= 0xFF
        (bag / store.name).write_bytes(bytes(data))
        try:
            with bags.BagReader(bag) as r:
                n = sum(1 for _ in r.messages())
                assert n <= 18
        except SpatialVLMError as exc:
            assert str(exc) and "\n" not in str(exc)
