"""Spatial quantities and predicates on synthetic scenes with known answers.

Includes the two bugs public SpatialVLM reproductions shipped: an inverted
front/behind and a "height" that measures width.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.spatial import cKDTree

from spatialvlm_ros.core.quantities import (
    OPPOSITE,
    box_gap,
    clock_from_deg,
    deg_from_clock,
    measure,
    relations,
)
from spatialvlm_ros.core.query import (
    GRAVITY_KINDS,
    PREDICATES,
    QUANTITIES,
    QUESTION_TYPES,
    SpatialQuery,
)
from spatialvlm_ros.core.scene import Box3D, SceneGraph, SceneObject, Viewer
from spatialvlm_ros.errors import AmbiguousObjectError, QueryError, UnknownObjectError


def look_at(eye, target, roll_deg: float = 0.0) -> np.ndarray:
    """T_world_camera of an optical frame (x right, y down, z forward) at eye looking at target."""
    eye, target = np.asarray(eye, float), np.asarray(target, float)
    z = (target - eye) / np.linalg.norm(target - eye)
    x = np.cross(z, [0.0, 0.0, 1.0])
    x /= np.linalg.norm(x)
    y = np.cross(z, x)
    r = math.radians(roll_deg)
    xr = math.cos(r) * x + math.sin(r) * y
    T = np.eye(4)
    T[:3, :3] = np.column_stack([xr, np.cross(z, xr), z])
    T[:3, 3] = eye
    return T


def scene_of(objs: list[tuple[str, Box3D]], T_world_camera: np.ndarray | None = None,
             gravity: str = "pose", support=None) -> SceneGraph:
    T = look_at([0.0, -1.0, 0.5], [0.0, 0.0, 0.0]) if T_world_camera is None else T_world_camera
    return SceneGraph(
        frame_id="world", gravity_source=gravity, T_scene_camera=T, viewer=Viewer.from_camera_pose(T),
        objects=[SceneObject(i + 1, n, b) for i, (n, b) in enumerate(objs)], support_plane=support,
    )


def q(kind, *objs, form=None):
    if form is None:
        form = "value" if kind in QUANTITIES else "yesno"
    return SpatialQuery(kind, tuple(objs), form)


# ------------------------------------------------------------------------ the query kinds

def test_question_types_reach_38_and_gravity_kinds_are_right():
    assert len(set(QUESTION_TYPES)) >= 38
    for kind in ("height", "above", "below", "taller", "shorter", "vertical_distance", "horizontal_distance",
                 "height_difference", "elevation"):
        assert kind in GRAVITY_KINDS
    for kind in ("distance", "gap", "distance_to_viewer", "left_of", "in_front_of"):
        assert kind not in GRAVITY_KINDS


def test_assuming_a_level_camera_breaks_only_gravity_kinds():
    """Centres seen by a camera pitched 40 deg down, expressed in the frame a level-camera
    assumption would give: non-gravity kinds agree with the truth, gravity kinds do not."""
    T = look_at([0.0, -0.8, 0.7], [0.0, 0.0, 0.0])  # pitched about 41 deg down
    cam = np.linalg.inv(T)
    # assumed-level frame: x = optical x, y = optical z, z = optical -y
    level = np.array([[1, 0, 0], [0, 0, 1], [0, -1, 0]], float)
    rng = np.random.default_rng(2)
    differs = {k: 0 for k in ("direction", "horizontal_distance", "above")}
    for _ in range(60):
        pts = [np.array([*rng.uniform(-0.4, 0.4, 2), h]) for h in rng.uniform(0.02, 0.3, 2)]
        boxes = [Box3D(p, [0.05] * 3) for p in pts]
        true = scene_of([("a", boxes[0]), ("b", boxes[1])], T)
        lev_boxes = [Box3D(level @ (cam[:3, :3] @ p + cam[:3, 3]), [0.05] * 3) for p in pts]
        lev = SceneGraph("camera", "assumed_level", np.eye(4), Viewer(np.zeros(3), np.array([1.0, 0, 0]),
                         np.array([0, 1.0, 0])), [SceneObject(1, "a", lev_boxes[0]), SceneObject(2, "b", lev_boxes[1])])
        for kind in ("distance", "lateral_offset"):
            assert measure(true, q(kind, "a", "b")).value_m == pytest.approx(measure(lev, q(kind, "a", "b")).value_m)
        for kind in ("left_of", "right_of"):
            assert measure(true, q(kind, "a", "b")).truth == measure(lev, q(kind, "a", "b")).truth
        differs["direction"] += measure(true, q("direction", "a", "b")).clock != measure(lev, q("direction", "a", "b")).clock
        differs["horizontal_distance"] += abs(measure(true, q("horizontal_distance", "a", "b")).value_m
                                              - measure(lev, q("horizontal_distance", "a", "b")).value_m) > 0.02
        differs["above"] += measure(true, q("above", "a", "b")).truth != measure(lev, q("above", "a", "b")).truth
    assert all(v > 3 for v in differs.values()), differs
    assert {"direction", "horizontal_distance", "above"} <= GRAVITY_KINDS
    assert GRAVITY_KINDS <= set(QUANTITIES) | set(PREDICATES)


# ------------------------------------------------------------------------ distances

def test_distances_between_centres():
    s = scene_of([("a", Box3D([0, 0, 0.1], [0.1, 0.1, 0.2])), ("b", Box3D([0.3, 0.4, 0.5], [0.1, 0.1, 0.1]))])
    assert measure(s, q("distance", "a", "b")).value_m == pytest.approx(math.sqrt(0.09 + 0.16 + 0.16))
    assert measure(s, q("horizontal_distance", "a", "b")).value_m == pytest.approx(0.5)
    assert measure(s, q("vertical_distance", "a", "b")).value_m == pytest.approx(0.4)
    assert measure(s, q("vertical_distance", "b", "a")).value_m == pytest.approx(0.4)


def test_gap_axis_aligned_touching_overlapping_and_stacked():
    a = Box3D([0, 0, 0.05], [0.1, 0.1, 0.1])
    assert box_gap(a, Box3D([0.3, 0, 0.05], [0.1, 0.1, 0.1])) == pytest.approx(0.2)
    assert box_gap(a, Box3D([0.1, 0, 0.05], [0.1, 0.1, 0.1])) == pytest.approx(0.0, abs=1e-12)  # touching
    assert box_gap(a, Box3D([0.05, 0.02, 0.05], [0.1, 0.1, 0.1])) == 0.0  # overlapping
    assert box_gap(a, Box3D([0.0, 0.0, 0.35], [0.1, 0.1, 0.1])) == pytest.approx(0.2)  # stacked, 20 cm above
    # corner to corner: horizontal offset (0.1, 0.1) beyond the faces and 0.1 vertically
    b = Box3D([0.2, 0.2, 0.25], [0.1, 0.1, 0.1])
    assert box_gap(a, b) == pytest.approx(math.sqrt(0.1**2 + 0.1**2 + 0.1**2))


def test_gap_with_yaw_is_exact():
    # a square of side 0.2 rotated 45 deg reaches 0.2/sqrt(2) along +x
    a = Box3D([0, 0, 0.1], [0.2, 0.2, 0.2], yaw=math.pi / 4)
    b = Box3D([0.5, 0, 0.1], [0.2, 0.2, 0.2])
    assert box_gap(a, b) == pytest.approx(0.4 - 0.2 / math.sqrt(2))
    # an axis-aligned computation would give 0.3: the yaw must matter
    assert abs(box_gap(a, b) - 0.3) > 0.04


def _sample_box(box: Box3D, n: int = 9) -> np.ndarray:
    g = np.linspace(-0.5, 0.5, n)
    local = np.stack(np.meshgrid(g, g, g, indexing="ij"), -1).reshape(-1, 3) * box.size
    c, s = math.cos(box.yaw), math.sin(box.yaw)
    rot = np.array([[c, -s, 0], [s, c, 0], [0, 0, 1]])
    return local @ rot.T + box.center


def test_gap_matches_brute_force_on_random_boxes():
    rng = np.random.default_rng(3)
    for _ in range(40):
        boxes = [Box3D(rng.uniform(-0.4, 0.4, 3), rng.uniform(0.05, 0.3, 3), rng.uniform(-math.pi, math.pi))
                 for _ in range(2)]
        exact = box_gap(*boxes)
        pa, pb = _sample_box(boxes[0], 17), _sample_box(boxes[1], 17)
        brute = float(cKDTree(pb).query(pa)[0].min())
        step = float(max(boxes[0].size.max(), boxes[1].size.max())) / 16.0
        # sampled points lie in the boxes: never closer than the exact gap, and within the grid step of it
        assert brute >= exact - 1e-9
        assert brute <= exact + 2.0 * step


# ------------------------------------------------------------------------ sizes

def test_height_is_vertical_and_width_is_along_viewer_right():
    tall = Box3D([0, 0, 0.15], [0.05, 0.04, 0.30])  # taller than wide
    flat = Box3D([0.5, 0, 0.025], [0.40, 0.10, 0.05])  # wider than tall
    s = scene_of([("bottle", tall), ("tray", flat)])  # camera looks along +y: right = +x
    assert measure(s, q("height", "bottle")).value_m == pytest.approx(0.30)
    assert measure(s, q("width", "bottle")).value_m == pytest.approx(0.05)
    assert measure(s, q("height", "tray")).value_m == pytest.approx(0.05)
    assert measure(s, q("width", "tray")).value_m == pytest.approx(0.40)
    assert measure(s, q("depth", "tray")).value_m == pytest.approx(0.10)
    assert measure(s, q("length", "tray")).value_m == pytest.approx(0.40)
    assert measure(s, q("taller", "bottle", "tray")).truth is True
    assert measure(s, q("wider", "bottle", "tray")).truth is False
    assert measure(s, q("wider", "tray", "bottle")).truth is True
    assert measure(s, q("height_difference", "tray", "bottle")).value_m == pytest.approx(0.25)
    assert measure(s, q("height_difference", "tray", "bottle")).signed_m == pytest.approx(-0.25)


def test_width_and_depth_follow_the_viewer():
    tray = Box3D([0, 0, 0.025], [0.40, 0.10, 0.05])  # long along world x
    # camera at +x looking along -x: the viewer's right is world -y, so the tray looks narrow and deep
    s = scene_of([("tray", tray)], look_at([1.5, 0.0, 0.6], [0.0, 0.0, 0.0]))
    assert s.viewer.forward == pytest.approx([-1, 0, 0])
    assert measure(s, q("width", "tray")).value_m == pytest.approx(0.10)
    assert measure(s, q("depth", "tray")).value_m == pytest.approx(0.40)
    assert measure(s, q("length", "tray")).value_m == pytest.approx(0.40)
    # yawed 30 deg: width is the footprint projected on the right axis
    yawed = Box3D([0, 0, 0.025], [0.40, 0.10, 0.05], yaw=math.radians(30))
    s2 = scene_of([("tray", yawed)])
    expected = 0.40 * math.cos(math.radians(30)) + 0.10 * math.sin(math.radians(30))
    assert measure(s2, q("width", "tray")).value_m == pytest.approx(expected)


# ------------------------------------------------------------------------ direction

@pytest.mark.parametrize(
    "offset,deg,clock",
    [((0, 1, 0), 0.0, 12), ((1, 0, 0), 90.0, 3), ((0, -1, 0), 180.0, 6), ((-1, 0, 0), -90.0, 9),
     ((math.sin(math.radians(60)), math.cos(math.radians(60)), 0), 60.0, 2),
     ((-math.sin(math.radians(120)), math.cos(math.radians(120)), 0.3), -120.0, 8)],
)
def test_direction_azimuth_and_clock(offset, deg, clock):
    s = scene_of([("a", Box3D([0, 0, 0.05], [0.1] * 3)), ("b", Box3D(np.array(offset) * 0.5 + [0, 0, 0.05], [0.1] * 3))])
    m = measure(s, q("direction", "a", "b"))
    assert m.value_deg == pytest.approx(deg)
    assert m.clock == clock
    assert m.value_m is None


def test_direction_follows_a_camera_looking_along_minus_x():
    T = look_at([2.0, 0.0, 0.8], [0.0, 0.0, 0.0])  # forward = -x, right = +y
    s = scene_of([("a", Box3D([0, 0, 0.05], [0.1] * 3)), ("b", Box3D([0, 0.4, 0.05], [0.1] * 3)),
                  ("c", Box3D([-0.4, 0, 0.05], [0.1] * 3))], T)
    assert measure(s, q("direction", "a", "b")).clock == 3
    assert measure(s, q("direction", "a", "c")).clock == 12
    assert measure(s, q("right_of", "b", "a")).truth is True
    assert measure(s, q("behind", "c", "a")).truth is True


def test_clock_conversions():
    assert [clock_from_deg(d) for d in (0, 29, 31, 90, 179, -179, -90, -31)] == [12, 1, 1, 3, 6, 6, 9, 11]
    for c in range(1, 13):
        assert clock_from_deg(deg_from_clock(c)) == c


# ------------------------------------------------------------------------ front/behind from camera geometry

def _optical(T: np.ndarray, p: np.ndarray) -> np.ndarray:
    return np.linalg.inv(T)[:3, :3] @ p + np.linalg.inv(T)[:3, 3]


@pytest.mark.parametrize(
    "T",
    [look_at([0.0, -1.2, 0.7], [0.0, 0.0, 0.0]),  # pitched down
     look_at([0.0, -1.2, 0.7], [0.0, 0.0, 0.0], roll_deg=25.0),  # rolled
     look_at([1.5, 0.2, 0.9], [0.0, 0.0, 0.0], roll_deg=-15.0),  # looks along about -x, rolled
     look_at([-0.3, 1.4, 0.5], [0.1, 0.0, 0.1])],  # looks along about -y
    ids=["pitched", "rolled", "minus_x_rolled", "minus_y"],
)
def test_front_behind_agree_with_optical_depth(T):
    rng = np.random.default_rng(7)
    n_checked = 0
    for _ in range(200):
        ca, cb = rng.uniform(-0.4, 0.4, 2), rng.uniform(-0.4, 0.4, 2)
        a = Box3D([*ca, 0.05], [0.06, 0.06, 0.10])  # both resting on the table: same centre height
        b = Box3D([*cb, 0.05], [0.08, 0.05, 0.10])
        s = scene_of([("a", a), ("b", b)], T)
        za, zb = _optical(T, a.center)[2], _optical(T, b.center)[2]
        if abs(za - zb) < 0.01:
            continue
        n_checked += 1
        # a point with larger optical z is behind
        assert measure(s, q("behind", "a", "b")).truth == (za > zb)
        assert measure(s, q("in_front_of", "a", "b")).truth == (za < zb)
        assert measure(s, q("in_front_of", "a", "b", form="which")).chosen == ("a" if za < zb else "b")
    assert n_checked > 150


def test_left_right_agree_with_optical_x_and_ignore_roll():
    T = look_at([0.2, -1.0, 0.6], [0.0, 0.0, 0.0])
    rng = np.random.default_rng(11)
    for _ in range(100):
        a = Box3D([*rng.uniform(-0.4, 0.4, 2), 0.05], [0.05] * 3)
        b = Box3D([*rng.uniform(-0.4, 0.4, 2), 0.05], [0.05] * 3)
        xa, xb = _optical(T, a.center)[0], _optical(T, b.center)[0]
        if abs(xa - xb) < 0.01:
            continue
        expect = bool(xa < xb)
        for roll in (0.0, 30.0, -45.0):
            s = scene_of([("a", a), ("b", b)], look_at([0.2, -1.0, 0.6], [0.0, 0.0, 0.0], roll))
            assert measure(s, q("left_of", "a", "b")).truth == expect
            assert measure(s, q("right_of", "a", "b")).truth == (not expect)


# ------------------------------------------------------------------------ predicates

def test_predicates_margins_and_which():
    s = scene_of([("mug", Box3D([0, 0, 0.05], [0.08, 0.08, 0.10])),
                  ("lamp", Box3D([0.3, 0.5, 0.40], [0.2, 0.2, 0.80]))])
    truths = {k: measure(s, q(k, "mug", "lamp")) for k in PREDICATES}
    assert truths["left_of"].truth and not truths["right_of"].truth
    assert truths["left_of"].margin_m == pytest.approx(0.3)
    assert truths["in_front_of"].truth and truths["in_front_of"].margin_m == pytest.approx(0.5)
    assert truths["below"].truth and truths["below"].margin_m == pytest.approx(0.35)
    assert truths["smaller"].truth and truths["smaller"].margin_m == pytest.approx(0.032 - 0.00064)
    assert truths["shorter"].truth and truths["thinner"].truth
    for k in PREDICATES:
        assert truths[k].margin_m == pytest.approx(-truths[OPPOSITE[k]].margin_m)
        assert truths[k].truth == (truths[k].margin_m > 0)
        w = measure(s, q(k, "mug", "lamp", form="which"))
        assert w.chosen == ("mug" if truths[k].truth else "lamp")
        assert w.truth == truths[k].truth
    assert measure(s, q("taller", "mug", "lamp", form="which")).chosen == "lamp"
    assert measure(s, q("taller", "lamp", "mug", form="which")).chosen == "lamp"
    assert measure(s, q("taller", "The Lamp", "mug", form="which")).chosen == "The Lamp"  # the query's spelling


def test_lateral_and_depth_offsets_are_signed_in_the_viewer_frame():
    s = scene_of([("a", Box3D([0.2, 0.3, 0.05], [0.1] * 3)), ("b", Box3D([0, 0, 0.05], [0.1] * 3))])
    lat = measure(s, q("lateral_offset", "a", "b"))
    dep = measure(s, q("depth_offset", "a", "b"))
    assert (lat.value_m, lat.signed_m) == (pytest.approx(0.2), pytest.approx(0.2))
    assert (dep.value_m, dep.signed_m) == (pytest.approx(0.3), pytest.approx(0.3))
    assert measure(s, q("lateral_offset", "b", "a")).signed_m == pytest.approx(-0.2)


def test_elevation_and_distance_to_viewer():
    table = (np.array([0.0, 0.0, 1.0]), -0.7)  # z = 0.7
    s = scene_of([("book", Box3D([0, 0, 0.72], [0.2, 0.15, 0.04])),
                  ("lamp", Box3D([0.3, 0, 1.0], [0.1, 0.1, 0.2]))], support=table)
    assert measure(s, q("elevation", "book")).value_m == pytest.approx(0.0)
    assert measure(s, q("elevation", "lamp")).value_m == pytest.approx(0.2)
    s2 = scene_of([("book", Box3D([0, 0, 0.72], [0.2, 0.15, 0.04])),
                   ("lamp", Box3D([0.3, 0, 1.0], [0.1, 0.1, 0.2]))])  # no plane: lowest bottom
    assert measure(s2, q("elevation", "lamp")).value_m == pytest.approx(0.2)
    T = s.T_scene_camera
    assert measure(s, q("distance_to_viewer", "book")).value_m == pytest.approx(
        float(np.linalg.norm(T[:3, 3] - [0, 0, 0.72])))


def test_unknown_and_ambiguous_names():
    s = scene_of([("cup", Box3D([0, 0, 0.05], [0.1] * 3)), ("cup", Box3D([0.3, 0, 0.05], [0.1] * 3)),
                  ("mug", Box3D([0, 0.3, 0.05], [0.1] * 3))])
    with pytest.raises(UnknownObjectError, match="banana.*cup, mug"):
        measure(s, q("distance", "mug", "banana"))
    with pytest.raises(AmbiguousObjectError, match="cup"):
        measure(s, q("distance", "mug", "cup"))
    assert measure(s, q("height", "The Mug")).value_m == pytest.approx(0.1)


def test_relations_has_every_pairwise_kind():
    s = scene_of([("a", Box3D([0, 0, 0.05], [0.1] * 3)), ("b", Box3D([0.3, 0.2, 0.1], [0.1, 0.1, 0.2]))])
    r = relations(s, s.objects[0], s.objects[1])
    for k in PREDICATES:
        assert isinstance(r[k], bool)
        assert r[k] == measure(s, q(k, "a", "b")).truth
    for k in ("distance", "horizontal_distance", "vertical_distance", "gap", "lateral_offset", "depth_offset",
              "height_difference"):
        assert r[k] == pytest.approx(measure(s, q(k, "a", "b")).value_m)
    assert r["direction"]["clock"] == measure(s, q("direction", "a", "b")).clock


def test_bad_query_kind_is_a_query_error():
    with pytest.raises(QueryError, match="unknown query kind"):
        SpatialQuery("heaviness", ("a",))


# ------------------------------------------------------------------------ end to end through the scene builder

@pytest.mark.parametrize(
    "eye,target,roll,with_pose",
    [([0.05, -0.75, 0.55], [0.03, 0.07, 0.0], 0.0, True),
     ([0.05, -0.75, 0.55], [0.03, 0.07, 0.0], 20.0, True),  # rolled camera, pose known
     ([0.9, 0.1, 0.6], [0.0, 0.05, 0.0], -15.0, True),  # looks along about -x, rolled
     ([0.05, -0.75, 0.55], [0.03, 0.07, 0.0], 15.0, False)],  # no pose: up from the table plane
    ids=["level", "rolled", "minus_x_rolled", "support_plane_rolled"],
)
def test_built_scene_front_behind_and_height_match_camera_geometry(eye, target, roll, with_pose):
    """Depth -> scene graph -> predicates: behind = larger optical z of the true centres, whatever
    the roll or world orientation; height is the vertical size even for wide, flat objects."""
    from helpers_geometry import Scene, make_frame

    from spatialvlm_ros.core.camera import CameraIntrinsics
    from spatialvlm_ros.core.scene_builder import build_scene_graph

    boxes = [Box3D([0.0, 0.0, 0.09], [0.05, 0.05, 0.18], 0.2),  # tall and thin
             Box3D([0.22, 0.12, 0.025], [0.20, 0.12, 0.05], -0.3),  # wide and flat
             Box3D([-0.18, 0.2, 0.04], [0.08, 0.08, 0.08], 0.0)]
    names = ["bottle", "tray", "cube"]
    T = look_at(eye, target, roll)
    frame = make_frame(Scene(boxes, names), CameraIntrinsics.from_fov(320, 240, 55.0), T, with_pose=with_pose)
    scene = build_scene_graph(frame)
    assert scene.gravity_known
    h = {n: measure(scene, q("height", n)).value_m for n in names}
    assert h["bottle"] == pytest.approx(0.18, abs=0.015)
    assert h["tray"] == pytest.approx(0.05, abs=0.015)
    assert measure(scene, q("taller", "bottle", "tray")).truth is True
    assert measure(scene, q("wider", "tray", "bottle")).truth is True
    for i, a in enumerate(names):
        for j, b in enumerate(names):
            if i == j:
                continue
            za, zb = _optical(T, boxes[i].center)[2], _optical(T, boxes[j].center)[2]
            if abs(za - zb) > 0.03:
                assert measure(scene, q("behind", a, b)).truth == (za > zb), (a, b)
