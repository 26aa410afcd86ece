"""Spatial quantities and predicates measured on a :class:`SceneGraph`.

All measurements are made in the scene frame (right-handed, z up, metres) of
:mod:`spatialvlm_ros.core.scene`. Viewer-relative words use the viewer's
horizontal unit vectors ``R = viewer.right`` and ``F = viewer.forward``
(``R = F x up``). ``c(X)`` is the centre of X's box, ``w(X)``/``d(X)``/``h(X)``
its width/depth/height as defined below, ``V(X)`` its volume.

Quantities (``objects = (A,)`` or ``(A, B)``; lengths in metres, >= 0):

======================  ==========================================================
kind                    convention
======================  ==========================================================
distance                ``|c(A) - c(B)|`` (box centres)
horizontal_distance     norm of the xy part of ``c(A) - c(B)``
vertical_distance       ``|c_z(A) - c_z(B)|``
gap                     closest distance between the two boxes' surfaces:
                        ``sqrt(g_h^2 + g_v^2)`` with ``g_h`` the distance between
                        the (yawed) footprint polygons, 0 if they overlap, and
                        ``g_v`` the gap between the z intervals, 0 if they
                        overlap; 0 when the boxes touch or intersect
width                   footprint extent along R (what the viewer sees as wide)
depth                   footprint extent along F (away from the viewer)
height                  vertical size ``size[2]`` (never a horizontal extent)
length                  longer side of the footprint, ``max(size[0], size[1])``
height_difference       ``|h(A) - h(B)|``
lateral_offset          ``|(c(A) - c(B)) . R|``; ``signed_m`` > 0: A right of B
depth_offset            ``|(c(A) - c(B)) . F|``; ``signed_m`` > 0: A farther
elevation               bottom of A above the support surface under ``c(A)``
                        (fitted plane), else above the lowest object bottom; >= 0
distance_to_viewer      ``|c(A) - viewer.position|``
direction               azimuth of ``c(B) - c(A)`` in the horizontal plane,
                        degrees in (-180, 180]: 0 = F (away from the viewer),
                        +90 = R, -90 = left, 180 = toward the viewer; clock
                        position ``round(az / 30) mod 12`` with 0 read as 12
                        (12 = away, 3 = right, 6 = toward the viewer, 9 = left,
                        as SpatialRGPT). Undefined when B is straight above A:
                        then 0 deg / 12 o'clock (synthesis skips such pairs)
======================  ==========================================================

Predicates ("A <pred> B"), each with a signed ``margin_m`` (> 0 true, <= 0
false; exact ties are false) in metres, or cubic metres for bigger/smaller:

===========  =====================================  ==========================
kind         margin                                 meaning
===========  =====================================  ==========================
left_of      ``(c(B) - c(A)) . R``                  A's centre further left
right_of     ``(c(A) - c(B)) . R``
above        ``c_z(A) - c_z(B)``                    A's centre higher
below        ``c_z(B) - c_z(A)``
in_front_of  ``(c(B) - c(A)) . F``                  A closer to the viewer
behind       ``(c(A) - c(B)) . F``                  A farther from the viewer
bigger       ``V(A) - V(B)`` (m^3)                  box volume
smaller      ``V(B) - V(A)`` (m^3)
taller       ``h(A) - h(B)``                        vertical size
shorter      ``h(B) - h(A)``
wider        ``w(A) - w(B)``                        extent along R
thinner      ``w(B) - w(A)``
===========  =====================================  ==========================

``F`` is the horizontal projection of the camera's optical z axis, so "behind"
agrees with the camera frame: on a common support, the object whose centre has
the larger optical z is behind (rolling the camera about its optical axis does
not change F). For ``form == "which"`` ("Which is taller, A or B?")
``chosen`` is A when the predicate holds and B otherwise (spelled as in the query), and ``truth`` says
whether A was chosen.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import numpy as np

from spatialvlm_ros.core.query import PREDICATES, QUANTITIES, SpatialQuery
from spatialvlm_ros.core.scene import Box3D, SceneGraph, SceneObject
from spatialvlm_ros.errors import QueryError

#: Predicate -> (the underlying signed measure, sign). margin = sign * measure(A, B).
_PREDICATE_MEASURE: dict[str, tuple[str, float]] = {
    "left_of": ("lateral", -1.0),
    "right_of": ("lateral", 1.0),
    "above": ("vertical", 1.0),
    "below": ("vertical", -1.0),
    "in_front_of": ("forward", -1.0),
    "behind": ("forward", 1.0),
    "bigger": ("volume", 1.0),
    "smaller": ("volume", -1.0),
    "taller": ("height", 1.0),
    "shorter": ("height", -1.0),
    "wider": ("width", 1.0),
    "thinner": ("width", -1.0),
}

#: Each predicate's opposite (same measure, opposite sign).
OPPOSITE: dict[str, str] = {
    "left_of": "right_of",
    "right_of": "left_of",
    "above": "below",
    "below": "above",
    "in_front_of": "behind",
    "behind": "in_front_of",
    "bigger": "smaller",
    "smaller": "bigger",
    "taller": "shorter",
    "shorter": "taller",
    "wider": "thinner",
    "thinner": "wider",
}

#: Unit of each predicate's margin.
MARGIN_UNIT: dict[str, str] = {k: ("m3" if v[0] == "volume" else "m") for k, v in _PREDICATE_MEASURE.items()}


@dataclass
class Measurement:
    """The true answer to a :class:`SpatialQuery` on a scene graph.

    - ``value_m``: metric quantities, metres (``None`` for predicates/direction).
    - ``value_deg``/``clock``: direction (azimuth degrees, clock 1..12).
    - ``truth``: predicates; for ``form == "which"`` whether objects[0] is chosen.
    - ``margin_m``: predicates: how decisively the predicate holds (> 0 true,
      <= 0 false), metres or m^3 (bigger/smaller, see :data:`MARGIN_UNIT`).
    - ``chosen``: the chosen object's name for ``form == "which"``.
    - ``signed_m``: for lateral_offset/depth_offset/height_difference the signed
      value (A right of / farther than / taller than B when > 0).
    """

    value_m: float | None = None
    value_deg: float | None = None
    clock: int | None = None
    truth: bool | None = None
    margin_m: float | None = None
    chosen: str | None = None
    signed_m: float | None = None

    def to_dict(self) -> dict:
        return asdict(self)


# ---------------------------------------------------------------- geometry helpers


def width(obj: SceneObject, scene: SceneGraph) -> float:
    """Footprint extent along the viewer's right axis, metres."""
    return obj.box.extent_along(scene.viewer.right)


def depth(obj: SceneObject, scene: SceneGraph) -> float:
    """Footprint extent along the viewer's forward axis, metres."""
    return obj.box.extent_along(scene.viewer.forward)


def height(obj: SceneObject) -> float:
    """Vertical size of the box, metres."""
    return float(obj.box.size[2])


def length(obj: SceneObject) -> float:
    """Longer side of the horizontal footprint, metres."""
    return float(max(obj.box.size[0], obj.box.size[1]))


def _point_segment_distance(p: np.ndarray, a: np.ndarray, b: np.ndarray) -> float:
    ab = b - a
    denom = float(ab @ ab)
    t = 0.0 if denom < 1e-18 else float(np.clip((p - a) @ ab / denom, 0.0, 1.0))
    return float(np.linalg.norm(p - (a + t * ab)))


def _convex_polygons_overlap(p: np.ndarray, q: np.ndarray) -> bool:
    """Separating-axis test for two convex polygons given as (N, 2) vertex arrays."""
    for poly in (p, q):
        edges = np.roll(poly, -1, axis=0) - poly
        for e in edges:
            n = np.array([-e[1], e[0]])
            if float(n @ n) < 1e-24:
                continue
            pa, qa = p @ n, q @ n
            if pa.max() < qa.min() - 1e-12 or qa.max() < pa.min() - 1e-12:
                return False
    return True


def footprint_distance(a: Box3D, b: Box3D) -> float:
    """Distance between two boxes' horizontal footprint polygons (0 if they overlap)."""
    p, q = a.footprint(), b.footprint()
    if _convex_polygons_overlap(p, q):
        return 0.0
    best = math.inf
    for poly1, poly2 in ((p, q), (q, p)):
        nxt = np.roll(poly2, -1, axis=0)
        for v in poly1:
            for s, e in zip(poly2, nxt):
                best = min(best, _point_segment_distance(v, s, e))
    return float(best)


def vertical_gap(a: Box3D, b: Box3D) -> float:
    """Gap between the boxes' z intervals, 0 if they overlap."""
    return float(max(0.0, a.bottom - b.top, b.bottom - a.top))


def box_gap(a: Box3D, b: Box3D) -> float:
    """Exact closest distance between two gravity-aligned boxes (vertical prisms), metres."""
    return float(math.hypot(footprint_distance(a, b), vertical_gap(a, b)))


def support_height(scene: SceneGraph, xy: np.ndarray) -> float:
    """z of the support surface below ``xy``: the fitted plane, else the lowest object bottom."""
    if scene.support_plane is not None:
        n, d = scene.support_plane
        n = np.asarray(n, dtype=float)
        if abs(n[2]) > 0.5:
            return float(-(n[0] * xy[0] + n[1] * xy[1] + d) / n[2])
    return float(min(o.box.bottom for o in scene.objects)) if scene.objects else 0.0


def azimuth_deg(scene: SceneGraph, a: SceneObject, b: SceneObject) -> float:
    """Azimuth of B seen from A, degrees in (-180, 180] (0 = viewer forward, +90 = right)."""
    d = b.center - a.center
    x = float(d @ scene.viewer.right)
    y = float(d @ scene.viewer.forward)
    az = math.degrees(math.atan2(x, y))
    return 180.0 if az <= -180.0 else az


def clock_from_deg(az_deg: float) -> int:
    """Clock position (1..12) of an azimuth in degrees (0 = 12 o'clock, +90 = 3 o'clock)."""
    h = round(az_deg / 30.0) % 12
    return 12 if h == 0 else h


def deg_from_clock(clock: int) -> float:
    """Azimuth (degrees, (-180, 180]) of a clock position."""
    az = (int(clock) % 12) * 30.0
    return az - 360.0 if az > 180.0 else az


def _signed(scene: SceneGraph, measure: str, a: SceneObject, b: SceneObject) -> float:
    """The signed measure of A relative to B underlying each predicate."""
    if measure == "lateral":
        return float((a.center - b.center) @ scene.viewer.right)
    if measure == "forward":
        return float((a.center - b.center) @ scene.viewer.forward)
    if measure == "vertical":
        return float(a.center[2] - b.center[2])
    if measure == "volume":
        return a.box.volume - b.box.volume
    if measure == "height":
        return height(a) - height(b)
    if measure == "width":
        return width(a, scene) - width(b, scene)
    raise QueryError(f"unknown measure {measure!r}")  # pragma: no cover - internal


def predicate_margin(scene: SceneGraph, kind: str, a: SceneObject, b: SceneObject) -> float:
    """Signed margin of predicate ``kind`` for "A kind B" (> 0 true); metres or m^3."""
    if kind not in _PREDICATE_MEASURE:
        raise QueryError(f"{kind!r} is not a predicate")
    measure, sign = _PREDICATE_MEASURE[kind]
    return sign * _signed(scene, measure, a, b)


def quantity_value(scene: SceneGraph, kind: str, a: SceneObject, b: SceneObject | None = None) -> Measurement:
    """Measure quantity ``kind`` (one of :data:`QUANTITIES`) of A (and B)."""
    if kind == "width":
        return Measurement(value_m=width(a, scene))
    if kind == "depth":
        return Measurement(value_m=depth(a, scene))
    if kind == "height":
        return Measurement(value_m=height(a))
    if kind == "length":
        return Measurement(value_m=length(a))
    if kind == "elevation":
        return Measurement(value_m=max(0.0, a.box.bottom - support_height(scene, a.center[:2])))
    if kind == "distance_to_viewer":
        return Measurement(value_m=float(np.linalg.norm(a.center - scene.viewer.position)))
    if b is None:
        raise QueryError(f"quantity {kind!r} needs two objects")
    d = a.center - b.center
    if kind == "distance":
        return Measurement(value_m=float(np.linalg.norm(d)))
    if kind == "horizontal_distance":
        return Measurement(value_m=float(np.linalg.norm(d[:2])))
    if kind == "vertical_distance":
        return Measurement(value_m=abs(float(d[2])))
    if kind == "gap":
        return Measurement(value_m=box_gap(a.box, b.box))
    if kind == "height_difference":
        s = height(a) - height(b)
        return Measurement(value_m=abs(s), signed_m=s)
    if kind == "lateral_offset":
        s = _signed(scene, "lateral", a, b)
        return Measurement(value_m=abs(s), signed_m=s)
    if kind == "depth_offset":
        s = _signed(scene, "forward", a, b)
        return Measurement(value_m=abs(s), signed_m=s)
    if kind == "direction":
        az = azimuth_deg(scene, a, b)
        return Measurement(value_deg=az, clock=clock_from_deg(az))
    raise QueryError(f"unknown quantity {kind!r}")


def measure_objects(
    scene: SceneGraph, kind: str, objs: tuple[SceneObject, ...], form: str = "value"
) -> Measurement:
    """Like :func:`measure` on already-resolved objects (used when names are ambiguous)."""
    if kind in QUANTITIES:
        return quantity_value(scene, kind, objs[0], objs[1] if len(objs) > 1 else None)
    if kind in PREDICATES:
        a, b = objs
        margin = predicate_margin(scene, kind, a, b)
        truth = margin > 0.0
        chosen = (a.name if truth else b.name) if form == "which" else None
        return Measurement(truth=truth, margin_m=margin, chosen=chosen)
    raise QueryError(f"unknown query kind {kind!r}")


def measure(scene: SceneGraph, query: SpatialQuery) -> Measurement:
    """The true answer to ``query`` on ``scene`` (see the module docstring).

    Raises :class:`UnknownObjectError` / :class:`AmbiguousObjectError` (from
    :meth:`SceneGraph.find`) when a name is unknown or shared by several objects.
    """
    objs = tuple(scene.find(n) for n in query.objects)
    m = measure_objects(scene, query.kind, objs, query.form)
    if m.chosen is not None:  # the name as the query spells it ("the Mug" -> "the Mug")
        m.chosen = query.objects[0] if m.truth else query.objects[1]
    return m


def relations(scene: SceneGraph, a: SceneObject, b: SceneObject) -> dict:
    """Every pairwise quantity and predicate of A relative to B (keys = kind names).

    Metric quantities map to metres (float), ``direction`` to
    ``{"azimuth_deg": float, "clock": int}``, predicates to bool; ``margins``
    holds each predicate's signed margin.
    """
    out: dict = {}
    for kind in ("distance", "horizontal_distance", "vertical_distance", "gap",
                 "height_difference", "lateral_offset", "depth_offset"):
        out[kind] = quantity_value(scene, kind, a, b).value_m
    m = quantity_value(scene, "direction", a, b)
    out["direction"] = {"azimuth_deg": m.value_deg, "clock": m.clock}
    margins = {}
    for kind in PREDICATES:
        margin = predicate_margin(scene, kind, a, b)
        out[kind] = bool(margin > 0.0)
        margins[kind] = margin
    out["margins"] = margins
    return out
