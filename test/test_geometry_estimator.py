"""GeometryEstimator and the estimator factory on analytically rendered scenes."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from helpers_geometry import look_at, make_frame, render, tabletop

from spatialvlm_ros.core.camera import CameraIntrinsics
from spatialvlm_ros.core.frame import RGBDFrame, Segmentation
from spatialvlm_ros.core.geometry_config import GeometryConfig
from spatialvlm_ros.core.query import SpatialQuery
from spatialvlm_ros.errors import ConfigError
from spatialvlm_ros.estimators.base import Estimator
from spatialvlm_ros.estimators.factory import build_estimator
from spatialvlm_ros.estimators.geometry import GeometryEstimator

INTR = CameraIntrinsics.from_fov(240, 180, 55)
SCENE = tabletop()
T = look_at([0.05, -0.85, 0.6], [0.03, 0.08, 0.05])
TRUE_DIST = float(np.linalg.norm(SCENE.boxes[0].center - SCENE.boxes[1].center))


@pytest.fixture(scope="module")
def rendered():
    return render(SCENE, INTR, T)


@pytest.fixture()
def frame(rendered) -> RGBDFrame:
    return make_frame(SCENE, INTR, T, True, *rendered)


def test_distance_height_and_predicates(frame) -> None:
    est = GeometryEstimator()
    r = est.estimate(frame, SpatialQuery("distance", ("red cube", "blue box")))
    assert r.valid and r.source == "geometry" and r.reason == ""
    assert abs(r.value_m - TRUE_DIST) < 0.01
    assert r.unit in ("cm", "m", "mm", "in", "ft") and any(ch.isdigit() for ch in r.answer)
    assert r.details["gravity_source"] == "pose" and 0.0 < r.confidence <= 1.0 and r.latency_s > 0
    h = est.estimate(frame, SpatialQuery("height", ("green block",)))
    assert h.valid and abs(h.value_m - 0.15) < 0.01
    t = est.estimate(frame, SpatialQuery("taller", ("green block", "blue box"), form="yesno"))
    assert t.valid and t.truth is True and t.answer == "yes"
    w = est.estimate(frame, SpatialQuery("shorter", ("green block", "blue box"), form="which"))
    assert w.valid and w.truth is False and "blue box" in w.answer
    d = est.estimate(frame, SpatialQuery("direction", ("red cube", "blue box")))
    assert d.valid and d.clock in range(1, 13) and d.value_deg is not None


def test_invalid_instead_of_raising(frame, rendered) -> None:
    est = GeometryEstimator()
    r = est.estimate(frame, SpatialQuery("distance", ("red cube", "duck")))
    assert not r.valid and "duck" in r.reason and r.value_m is None and r.answer == ""
    # two objects called "cup"
    names = {1: "cup", 2: "cup", 3: "green block"}
    amb = dataclasses.replace(frame, segmentation=Segmentation(frame.segmentation.labels, names))
    r = est.estimate(amb, SpatialQuery("distance", ("cup", "green block")))
    assert not r.valid and "matches 2 objects" in r.reason
    # an object whose pixels have no valid depth
    depth, labels = rendered
    d = depth.copy()
    d[labels == 2] = 0.0
    r = est.estimate(make_frame(SCENE, INTR, T, True, d, labels), SpatialQuery("height", ("blue box",)))
    assert not r.valid and "no valid depth" in r.reason and "blue box" in r.reason
    # no depth and no depth model; no masks and no grounder
    r = est.estimate(dataclasses.replace(frame, depth=None), SpatialQuery("height", ("red cube",)))
    assert not r.valid and "no depth" in r.reason
    r = est.estimate(dataclasses.replace(frame, segmentation=None), SpatialQuery("height", ("red cube",)))
    assert not r.valid and "masks" in r.reason


class _BrokenDepth:
    def predict(self, rgb, intrinsics):
        raise RuntimeError("CUDA out of memory")


def test_model_failure_is_an_invalid_estimate(frame) -> None:
    est = GeometryEstimator(depth_model=_BrokenDepth())
    r = est.estimate(dataclasses.replace(frame, depth=None), SpatialQuery("height", ("red cube",)))
    assert not r.valid and "depth model failed" in r.reason and "out of memory" in r.reason


class _RenderedDepth:
    """A depth 'model' that returns the exact rendered depth (stands in for a metric model)."""

    def __init__(self, depth: np.ndarray) -> None:
        self.depth, self.calls = depth, 0

    def predict(self, rgb: np.ndarray, intrinsics: CameraIntrinsics) -> np.ndarray:
        self.calls += 1
        assert rgb.shape[:2] == (intrinsics.height, intrinsics.width)
        return self.depth


class _RenderedGrounder:
    """A grounder returning masks of the requested names from the rendered labels."""

    def __init__(self, labels: np.ndarray) -> None:
        self.labels, self.asked = labels, []

    def segment(self, frame: RGBDFrame, names: list[str]) -> Segmentation:
        self.asked.append(list(names))
        ids = {n: SCENE.names.index(n) + 1 for n in names if n in SCENE.names}
        out = np.zeros_like(self.labels)
        for k, (n, i) in enumerate(ids.items(), start=1):
            out[self.labels == i] = k
        return Segmentation(out, {k: n for k, n in enumerate(ids, start=1)})


def test_depth_model_and_grounder_hooks(frame, rendered) -> None:
    depth, labels = rendered
    dm, gr = _RenderedDepth(depth), _RenderedGrounder(labels)
    est = GeometryEstimator(grounder=gr, depth_model=dm)
    bare = dataclasses.replace(frame, depth=None, segmentation=None)
    q = SpatialQuery("distance", ("red cube", "blue box"))
    r = est.estimate(bare, q)
    assert r.valid and abs(r.value_m - TRUE_DIST) < 0.01
    assert r.details["depth_source"] == "monocular" and gr.asked == [["blue box", "red cube"]]  # canonical order: repeatable
    sensor = GeometryEstimator().estimate(frame, q)
    assert r.confidence < sensor.confidence  # monocular depth is trusted less
    assert bare.depth is None and bare.segmentation is None  # the caller's frame is untouched
    # a frame whose masks lack one name: only that name is grounded, and merged
    partial = dataclasses.replace(
        frame, segmentation=Segmentation(np.where(labels == 1, 1, 0).astype(np.uint16), {1: "red cube"})
    )
    gr.asked.clear()
    r = est.estimate(partial, SpatialQuery("distance", ("red cube", "green block")))
    assert r.valid and gr.asked == [["green block"]]
    true = float(np.linalg.norm(SCENE.boxes[0].center - SCENE.boxes[2].center))
    assert abs(r.value_m - true) < 0.01


def test_scene_cache(frame, rendered) -> None:
    est = GeometryEstimator()
    s1 = est.scene(frame)
    assert est.scene(frame) is s1 and s1.names() == SCENE.names
    r = est.estimate(frame, SpatialQuery("height", ("red cube",)))
    one = est.scene(frame, ["red cube"])
    assert r.valid and one is not s1 and one.names() == ["red cube"]  # its own scene, cached
    assert est.scene(frame, ["Red  Cube"]) is one
    other = make_frame(SCENE, INTR, T, False, *rendered)
    s2 = est.scene(other)
    assert s2 is not s1 and s2.gravity_source == "support_plane"
    # a name set's scene is cached whatever the order of the names
    est2 = GeometryEstimator()
    est2.estimate(frame, SpatialQuery("distance", ("red cube", "blue box")))
    pair = est2.scene(frame, ["blue box", "red cube"])
    assert sorted(pair.names()) == ["blue box", "red cube"]
    assert est2.scene(frame, ["red cube", "blue box"]) is pair
    assert est2.scene(frame, ["blue box"]) is not pair


def test_estimate_many(frame) -> None:
    est = GeometryEstimator()
    qs = [SpatialQuery("distance", ("red cube", "blue box")), SpatialQuery("height", ("duck",)),
          SpatialQuery("width", ("green block",))]
    out = est.estimate_many(frame, qs)
    assert [r.valid for r in out] == [True, False, True]
    assert "duck" in out[1].reason


def test_assumed_level_is_flagged(frame) -> None:
    est = GeometryEstimator(GeometryConfig(plane_candidates=0))
    r = est.estimate(dataclasses.replace(frame, T_world_camera=None), SpatialQuery("height", ("red cube",)))
    assert r.valid and r.details["gravity_source"] == "assumed_level" and "warning" in r.details
    assert r.confidence < 0.6


def test_factory(tmp_path) -> None:
    est = build_estimator("geometry")
    assert isinstance(est, GeometryEstimator) and isinstance(est, Estimator)
    assert est.config == GeometryConfig.from_yaml()
    p = tmp_path / "g.yaml"
    p.write_text("percentile: 3.0\n")
    assert build_estimator("geometry", geometry_config=str(p)).config.percentile == 3.0
    with pytest.raises(ConfigError, match="nope"):
        build_estimator("nope")


def test_object_cut_by_the_image_border_is_flagged() -> None:
    T_close = look_at([0.05, -0.45, 0.4], [0.23, 0.08, 0.05])  # the green block leaves the image
    depth, labels = render(SCENE, INTR, T_close)
    frame = make_frame(SCENE, INTR, T_close, True, depth, labels)
    est = GeometryEstimator()
    cut = est.estimate(frame, SpatialQuery("height", ("green block",)))
    whole = est.estimate(frame, SpatialQuery("height", ("red cube",)))
    assert cut.valid and whole.valid
    assert cut.details["objects"]["green block"]["truncated"] is True
    assert whole.details["objects"]["red cube"]["truncated"] is False
    assert cut.confidence < whole.confidence


def test_concurrent_queries_share_the_cache_safely(frame, rendered) -> None:
    from concurrent.futures import ThreadPoolExecutor

    other = make_frame(SCENE, INTR, T, False, *rendered)  # same scene, plane-only gravity
    est = GeometryEstimator()
    q = SpatialQuery("distance", ("red cube", "blue box"))
    jobs = [frame if i % 2 else other for i in range(16)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        out = list(pool.map(lambda f: est.estimate(f, q), jobs))
    assert all(r.valid for r in out)
    for f, r in zip(jobs, out):
        assert r.details["gravity_source"] == ("pose" if f is frame else "support_plane")
        assert abs(r.value_m - TRUE_DIST) < 0.01
