"""Spatial instructions as text -> :class:`~spatialvlm_ros.core.goal_types.GoalSpec`.

:func:`parse_instruction` turns text into a spec: what moves (``"gripper"`` or
an object), the relation, the reference object and an optional metric offset
(via :func:`spatialvlm_ros.core.answer_parsing.parse_quantity`). Text that is
not understood or names no known object gives an *invalid* spec with the reason
(nothing is raised). Object mentions are resolved by the same resolver as
questions (:func:`spatialvlm_ros.core.references.resolve`: exact, normalised,
head noun, word, synonym, close spelling; ambiguity is refused with the
candidates).
"""

from __future__ import annotations

import math
import re

from spatialvlm_ros.core.frame import normalize_name
from spatialvlm_ros.core.goal_types import GRIPPER, GoalSpec
from spatialvlm_ros.core.references import Resolution, resolve

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
    ("next to", "next_to"), ("beside", "next_to"),
    ("on", "on_top"), ("to", "to"), ("at", "to"),
)
#: Stands for a reference only a plan can name ("the object closest to the mug") while the rest is parsed.
PLAN_REFERENCE = "__plan_reference__"
_SUPERLATIVE = re.compile(
    r"\bthe (?:object|one|thing|item)s? (?:that is |which is )?(?P<sup>closest|nearest|farthest|furthest) "
    r"(?:to|from) (?P<x>.+)$")
_ADJECTIVE = re.compile(r"\bthe (?P<adj>tallest|highest) (?:object|one|thing|item)$")
_BETWEEN = re.compile(r"^(?P<head>.+?) (?:halfway |midway |right |exactly )?between (?P<y>.+?) and (?P<z>.+)$")
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


def _ground(mention: str, object_names: list[str]) -> Resolution:
    """The shared resolver on the scene's objects other than the gripper."""
    names = [n for n in object_names if normalize_name(n) != GRIPPER]
    return resolve(mention, names)


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
    between = _BETWEEN.match(t)
    if between:
        return _between(raw, between, object_names)
    composite: dict = {}
    ref_phrase = ""
    m = _SUPERLATIVE.search(t) or _ADJECTIVE.search(t)
    if m:
        ref_phrase = m.group(0)
        if "x" in m.groupdict() and m.group("x") is not None:
            x = m.group("x").strip()
            near = m.group("sup") in ("closest", "nearest")
            if normalize_name(x) in ("camera", "the camera", "viewer"):
                if not near:
                    return GoalSpec.invalid(raw, "instruction not understood: 'farthest from the camera' is not supported")
                composite = {"kind": "closest_to_camera", "objects": []}
            else:
                res = _ground(x, object_names)
                if not res.valid:
                    return GoalSpec.invalid(raw, res.reason)
                composite = {"kind": "closest_to" if near else "farthest_from", "objects": [res.name]}
        else:
            composite = {"kind": "tallest", "objects": []}
        t = t[:m.start()] + PLAN_REFERENCE
        object_names = [*object_names, PLAN_REFERENCE]
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
    ref_res = _ground(ref_text, object_names)
    if not ref_res.valid:
        return GoalSpec.invalid(raw, ref_res.reason)
    reference = ref_res.name
    asked = {"reference": normalize_name(ref_text)}
    key = normalize_name(moved_text) if moved_text else ""
    if not key or moved_text in _GRIPPER_WORDS or key in _GRIPPER_WORDS:
        moved = GRIPPER
    else:
        moved_res = _ground(moved_text, object_names)
        if not moved_res.valid:
            return GoalSpec.invalid(raw, moved_res.reason)
        moved = moved_res.name
        asked["moved"] = normalize_name(moved_text)
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
    if composite:
        if moved == PLAN_REFERENCE:
            return GoalSpec.invalid(raw, f"instruction not understood: the moved object must be named ({ref_phrase!r})")
        if reference != PLAN_REFERENCE:
            return GoalSpec.invalid(raw, f"instruction not understood: {ref_phrase!r} is not its reference object")
        reference, asked["reference"] = "", ref_phrase
    return GoalSpec(text=raw, moved=moved, relation=relation, reference=reference, offset_m=offset, asked=asked,
                    composite=composite)


def _between(raw: str, m: re.Match, object_names: list[str]) -> GoalSpec:
    """"put X (halfway) between Y and Z" / "move the gripper between Y and Z" (relation ``between``)."""
    words = m.group("head").split()
    if not words or words[0] not in _VERBS:
        return GoalSpec.invalid(raw, f"instruction not understood (expected a verb such as 'move' or 'put'): {raw!r}")
    moved_text = " ".join(words[1:]).strip()
    refs = []
    for text in (m.group("y"), m.group("z")):
        res = _ground(text.strip(), object_names)
        if not res.valid:
            return GoalSpec.invalid(raw, res.reason)
        refs.append(res.name)
    if refs[0] == refs[1]:
        return GoalSpec.invalid(raw, f"instruction names {refs[0]!r} twice: between what?")
    key = normalize_name(moved_text) if moved_text else ""
    asked = {"reference": f"{normalize_name(m.group('y'))} and {normalize_name(m.group('z'))}"}
    moved = GRIPPER
    if key and moved_text not in _GRIPPER_WORDS and key not in _GRIPPER_WORDS:
        res = _ground(moved_text, object_names)
        if not res.valid:
            return GoalSpec.invalid(raw, res.reason)
        moved, asked["moved"] = res.name, key
        if moved in refs:
            return GoalSpec.invalid(raw, f"instruction moves {moved!r} relative to itself")
    return GoalSpec(text=raw, moved=moved, relation="between", reference="", asked=asked,
                    composite={"kind": "midpoint", "objects": refs})
