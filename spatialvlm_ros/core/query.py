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

Predicates (true/false about A relative to B; ``objects = (A, B)``):
left_of, right_of, above, below, in_front_of (A closer to the viewer),
behind, bigger, smaller (volume), taller, shorter (height), wider, thinner (width).
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
)
SINGLE_OBJECT_QUANTITIES: tuple[str, ...] = ("width", "height", "depth")
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
#: Kinds whose meaning depends on knowing which way is up.
GRAVITY_KINDS: frozenset[str] = frozenset(
    {"horizontal_distance", "vertical_distance", "height", "above", "below", "taller", "shorter"}
)
FORMS = ("value", "yesno", "which")


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
