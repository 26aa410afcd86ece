"""Structured spatial queries: what is asked, about which objects, in which form.

Quantities (metric, answered in metres; ``direction`` in degrees/clock):

- ``distance``: between box centres.
- ``horizontal_distance`` / ``vertical_distance``: of the centre offset, in the
  horizontal plane / along up (absolute value).
- ``gap``: closest distance between the two boxes' surfaces (0 if they touch).
- ``width`` / ``depth`` / ``height``: of one object: footprint extent along the
  viewer's right axis / forward axis, and vertical extent.
- ``direction``: where B lies seen from A, as an azimuth in the horizontal
  plane (0 deg = viewer forward, +90 deg = viewer right) and a clock position
  (12 = forward/away from the viewer, 3 = right, 6 = toward the viewer, 9 = left).

Further quantities (all metres, magnitudes >= 0):

- ``length``: of one object: the longer side of its horizontal footprint
  (independent of the viewer).
- ``height_difference``: ``|height(A) - height(B)|``.
- ``lateral_offset``: ``|(centre(A) - centre(B)) . viewer.right|`` - how far A is
  to the left/right of B along the viewer's right axis.
- ``depth_offset``: ``|(centre(A) - centre(B)) . viewer.forward|`` - how much
  closer to / farther from the viewer A is than B.
- ``elevation``: of one object: height of its bottom above the support surface
  under its centre (the fitted support plane), or above the lowest object
  bottom when no plane is known; clamped at 0.
- ``distance_to_viewer``: of one object: from the camera's optical centre to
  the box centre.

Predicates (true/false about A relative to B; ``objects = (A, B)``):
left_of, right_of, above, below, in_front_of (A closer to the viewer),
behind, bigger, smaller (volume), taller, shorter (height), wider, thinner (width).
The exact conventions (centres, margins, ties) are in
:mod:`spatialvlm_ros.core.quantities`.

Question types: every quantity in form ``"value"`` (14) and every predicate in
forms ``"yesno"`` and ``"which"`` (24): :data:`QUESTION_TYPES`, 38 in all.
"""

from __future__ import annotations

from dataclasses import dataclass

QUANTITIES: tuple[str, ...] = (
    "distance",
    "horizontal_distance",
    "vertical_distance",
    "gap",
    "width",
    "height",
    "depth",
    "direction",
    "length",
    "height_difference",
    "lateral_offset",
    "depth_offset",
    "elevation",
    "distance_to_viewer",
)
SINGLE_OBJECT_QUANTITIES: tuple[str, ...] = (
    "width",
    "height",
    "depth",
    "length",
    "elevation",
    "distance_to_viewer",
)
PREDICATES: tuple[str, ...] = (
    "left_of",
    "right_of",
    "above",
    "below",
    "in_front_of",
    "behind",
    "bigger",
    "smaller",
    "taller",
    "shorter",
    "wider",
    "thinner",
)
#: Kinds whose meaning depends on knowing which way is up. When up is only assumed
#: (``gravity_source == "assumed_level"``: optical -y taken as up), a pitched camera
#: tilts the assumed horizontal plane: vertical sizes and offsets, horizontal
#: projections (horizontal distance, the azimuth of ``direction``) and footprint
#: extents along the viewing direction (``depth``, ``length``) are then wrong.
#: Kinds measured along the camera's x axis (left/right, width, lateral offset),
#: full 3D distances and optical-depth order (in front/behind) stay meaningful.
GRAVITY_KINDS: frozenset[str] = frozenset(
    {
        "direction",
        "depth",
        "length",
        "horizontal_distance",
        "vertical_distance",
        "height",
        "above",
        "below",
        "taller",
        "shorter",
        "height_difference",
        "elevation",
    }
)
FORMS = ("value", "yesno", "which")
#: Every (kind, form) pair a question can take: quantities as values, predicates
#: as yes/no and as "which one" questions.
QUESTION_TYPES: tuple[tuple[str, str], ...] = tuple((k, "value") for k in QUANTITIES) + tuple(
    (k, f) for k in PREDICATES for f in ("yesno", "which")
)


def n_objects(kind: str) -> int:
    """How many objects a query of ``kind`` names (1 or 2)."""
    return 1 if kind in SINGLE_OBJECT_QUANTITIES else 2


@dataclass(frozen=True)
class SpatialQuery:
    """A spatial question in structured form.

    - ``kind``: one of :data:`QUANTITIES` or :data:`PREDICATES`.
    - ``objects``: one name for width/height/depth, two (A, B) otherwise.
    - ``form``: ``"value"`` for quantities, ``"yesno"`` ("Is A left of B?") or
      ``"which"`` ("Which is taller, A or B?") for predicates.
    - ``question``: the natural-language wording (what a VLM is asked); empty
      when built programmatically.
    """

    kind: str
    objects: tuple[str, ...]
    form: str = "value"
    question: str = ""

    def __post_init__(self) -> None:
        from spatialvlm_ros.errors import QueryError

        if self.kind not in QUANTITIES and self.kind not in PREDICATES:
            raise QueryError(f"unknown query kind {self.kind!r}")
        n = 1 if self.kind in SINGLE_OBJECT_QUANTITIES else 2
        if len(self.objects) != n:
            raise QueryError(f"query kind {self.kind!r} takes {n} object(s), got {len(self.objects)}")
        if self.form not in FORMS:
            raise QueryError(f"unknown query form {self.form!r}")

    @property
    def is_quantitative(self) -> bool:
        return self.kind in QUANTITIES

    def to_dict(self) -> dict:
        return {"kind": self.kind, "objects": list(self.objects), "form": self.form, "question": self.question}
