"""Spatial instructions as text -> :class:`~spatialvlm_ros.core.goal_types.GoalSpec`.

:func:`parse_instruction` turns text into a spec: what moves (``"gripper"`` or
an object), the relation, the reference object and an optional metric offset
(via :func:`spatialvlm_ros.core.answer_parsing.parse_quantity`). Text that is
not understood or names no known object gives an *invalid* spec with the reason
(nothing is raised). :func:`ground_name` resolves a mention to one object name.
"""

from __future__ import annotations

import math
import re

from spatialvlm_ros.core.frame import normalize_name
from spatialvlm_ros.core.goal_types import GRIPPER, GoalSpec
from spatialvlm_ros.errors import AmbiguousObjectError, SpatialVLMError, UnknownObjectError

#: Relation phrases, longest first (matched on whole words).
_RELATION_PHRASES: tuple[tuple[str, str], ...] = (
    ("to the left of", "left_of"), ("on the left of", "left_of"), ("on the left side of", "left_of"),
    ("to the left side of", "left_of"), ("left of", "left_of"),
    ("to the right of", "right_of"), ("on the right of", "right_of"), ("on the right side of", "right_of"),
    ("to the right side of", "right_of"), ("right of", "right_of"),
    ("in front of", "in_front_of"), ("in back of", "behind"), ("behind", "behind"),
    ("on top of", "on_top"), ("onto", "on_top"),
    ("above", "above"), ("over", "above"),
    ("below", "below"), ("beneath", "below"), ("under", "below"),
    ("closer to", "closer"), ("nearer to", "closer"), ("towards", "closer"), ("toward", "closer"),
    ("farther from", "farther"), ("further from", "farther"), ("farther away from", "farther"),
    ("further away from", "farther"), ("away from", "farther"),
    ("on", "on_top"), ("to", "to"), ("at", "to"),
)
_VERBS = frozenset({
    "move", "put", "place", "bring", "position", "set", "go", "lower", "raise", "lift", "drop", "push",
    "slide", "take", "get", "shift", "reach", "hold", "hover",
})
_GRIPPER_WORDS = frozenset({
    "gripper", "the gripper", "hand", "the hand", "end effector", "the end effector", "robot", "the robot",
    "arm", "the arm", "your gripper", "your hand", "tool", "the tool", "robot gripper", "the robot gripper",
    "it", "yourself",
})


def _parse_quantity(text: str) -> tuple[float, tuple[int, int]] | None:
    """(metres, (start, end) of the phrase in ``text``) of the first length, or None.

    Uses :func:`spatialvlm_ros.core.answer_parsing.parse_quantity`.
    """
    from spatialvlm_ros.core.answer_parsing import parse_quantity
    from spatialvlm_ros.errors import AnswerParseError

    try:
        q = parse_quantity(text)
    except AnswerParseError:
        return None
    idx = text.find(q.span) if q.span else -1
    if idx >= 0:
        return float(q.value_m), (idx, idx + len(q.span))
    # The parser normalised the text differently: drop the first "<number> <unit word(s)>".
    m = re.search(r"\d+(?:\.\d+)?\s*(?:[a-z\"']+\.?)?", text)
    return float(q.value_m), (m.span() if m else (0, 0))


def ground_name(mention: str, object_names: list[str]) -> str:
    """The one object name ``mention`` refers to (exact, else by its words).

    "cube" grounds to "red cube" when no other name contains the word "cube".
    Raises UnknownObjectError / AmbiguousObjectError with a one-line message.
    """
    key = normalize_name(mention)
    if not key:
        raise UnknownObjectError("instruction names no object")
    names = [n for n in object_names if normalize_name(n) != GRIPPER]
    exact = [n for n in names if normalize_name(n) == key]
    if len(exact) == 1:
        return exact[0]
    if len(exact) > 1:
        raise AmbiguousObjectError(f"object name {mention!r} matches {len(exact)} objects")
    words = set(key.split())
    partial = sorted({n for n in names if words <= set(normalize_name(n).split())})
    if len(partial) == 1:
        return partial[0]
    if len(partial) > 1:
        raise AmbiguousObjectError(f"{key!r} could be any of: {', '.join(partial)}")
    known = ", ".join(sorted(set(names))) or "none"
    raise UnknownObjectError(f"unknown object {key!r} (scene has: {known})")


def parse_instruction(text: str, object_names: list[str]) -> GoalSpec:
    """Parse a spatial instruction into a :class:`GoalSpec` grounded in ``object_names``.

    Understood: ``<verb> <the gripper | an object> [<length>] <relation> <object>``,
    e.g. "move the gripper above the red cube", "put the cube 10 cm to the left
    of the bowl", "move the gripper 5 cm closer to the mug". Lengths anywhere
    before the relation ("move the gripper above the duck by 20 cm" also works).
    Never raises: failures give ``GoalSpec(valid=False, reason=...)``.
    """
    raw = text
    t = re.sub(r"[.!?;,]+$", "", (text or "").strip().lower())
    t = re.sub(r"\s+", " ", t.replace(",", " "))
    if not t:
        return GoalSpec.invalid(raw, "empty instruction")
    # The offset: the first length in the text.
    q = _parse_quantity(t)
    offset = None
    if q is not None:
        offset, (s, e) = q
        if not math.isfinite(offset) or offset < 0:
            return GoalSpec.invalid(raw, f"bad length in instruction: {t[s:e]!r}")
        t = (t[:s] + " " + t[e:]).strip()
        t = re.sub(r"\s+", " ", t)
        t = re.sub(r"\bby\s*$", "", t).strip()
        t = re.sub(r"\bby (?=(to|on|in|above|below|over|under|closer|farther|further|nearer|away|left|right|behind)\b)", "", t)
        t = re.sub(r"\s+", " ", t).strip()
    words = t.split()
    if not words or words[0] not in _VERBS:
        return GoalSpec.invalid(raw, f"instruction not understood (expected a verb such as 'move' or 'put'): {raw!r}")
    rest = " ".join(words[1:])
    rel_match = None
    for phrase, relation in _RELATION_PHRASES:
        m = re.search(rf"\s{re.escape(phrase)}(?=\s)", " " + rest + " ")
        if m is None:
            continue
        start = m.start()  # index of the phrase in ``rest`` (the padding space shifts by one)
        if rel_match is None or start < rel_match[0] or (start == rel_match[0] and len(phrase) > len(rel_match[2])):
            rel_match = (start, relation, phrase)
    if rel_match is None:
        return GoalSpec.invalid(raw, f"instruction not understood (no spatial relation such as 'above' or 'left of'): {raw!r}")
    start, relation, phrase = rel_match
    moved_text = rest[:start].strip()
    ref_text = rest[start + len(phrase):].strip()
    # "move the gripper up/down" style leftovers are not supported: the reference must be an object.
    if not ref_text:
        return GoalSpec.invalid(raw, f"instruction names no reference object after {phrase!r}")
    try:
        reference = ground_name(ref_text, object_names)
    except SpatialVLMError as exc:
        return GoalSpec.invalid(raw, str(exc))
    key = normalize_name(moved_text) if moved_text else ""
    if not key or moved_text in _GRIPPER_WORDS or key in _GRIPPER_WORDS:
        moved = GRIPPER
    else:
        try:
            moved = ground_name(moved_text, object_names)
        except SpatialVLMError as exc:
            return GoalSpec.invalid(raw, str(exc))
        if normalize_name(moved) == normalize_name(reference):
            return GoalSpec.invalid(raw, f"instruction moves {moved!r} relative to itself")
    if moved != GRIPPER:
        if relation == "above" and offset is None:
            relation = "on_top"
        elif relation in ("above", "below"):
            return GoalSpec.invalid(raw, f"cannot place {moved!r} in the air ({phrase} by a distance); grasping is not modelled")
        elif relation == "to":
            return GoalSpec.invalid(raw, f"instruction not understood: where should {moved!r} go relative to {reference!r}?")
    elif relation == "on_top":
        relation = "above"
        offset = 0.0 if offset is None else offset
    if relation == "to" and offset is not None:
        return GoalSpec.invalid(raw, f"instruction not understood: a length with {phrase!r} ({raw!r})")
    return GoalSpec(text=raw, moved=moved, relation=relation, reference=reference, offset_m=offset)
