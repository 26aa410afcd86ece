"""Users' questions -> :class:`SpatialQuery`: template matching, then keyword fallbacks.

:func:`match_question` (what :meth:`TemplateBank.match` runs):

1. the question is normalised, lightly misspelled question words are fixed and
   it is put in canonical form (:mod:`spatialvlm_ros.core.question_text`: polite
   wrappers dropped, the requested unit taken out);
2. every canonical template variant of the bank is tried with ``[A]``/``[B]``
   as wildcards; each captured reference goes through the shared resolver
   (:func:`spatialvlm_ros.core.references.resolve`). Among templates whose
   references all resolve, the one with the strongest rules wins (exact before
   fuzzy), then the one with the most literal text;
3. otherwise keyword fallbacks read free phrasings ("how many cm between the
   duck and the ball", "duck to ball distance?") with references found by
   :func:`spatialvlm_ros.core.references.find_references`.

An ambiguous reference raises :class:`AmbiguousObjectError` listing the
candidates; an unknown one :class:`UnknownObjectError` with the closest known
names; a question with no known quantity or relation :class:`QueryError`
naming the words not understood. Nothing is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spatialvlm_ros.core.query import SpatialQuery, n_objects
from spatialvlm_ros.core.question_text import (
    EXTRA_VOCABULARY,
    SUPPORT_WORDS,
    VIEWER_WORDS,
    canonical,
    normalize_text,
)
from spatialvlm_ros.core.references import (
    RULES,
    Resolution,
    closest_names,
    find_references,
    name_words,
    resolve,
    singular,
)
from spatialvlm_ros.errors import AmbiguousObjectError, QueryError, UnknownObjectError

if TYPE_CHECKING:  # pragma: no cover
    from spatialvlm_ros.core.templates import CompiledTemplate, TemplateBank

_NOT_OBJECTS = VIEWER_WORDS | SUPPORT_WORDS | {"camera", "surface", "it", "them", "each other", "other"}


def short(text: str, n: int = 80) -> str:
    one = " ".join(text.split())
    return repr(one if len(one) <= n else one[: n - 3] + "...")


def known(names: Sequence[str]) -> str:
    return ", ".join(sorted(set(names))) or "none"


def _rank(r: Resolution) -> int:
    return RULES.index(r.rule) if r.rule in RULES else len(RULES)


def match_question(bank: TemplateBank, question: str, object_names: Sequence[str]) -> SpatialQuery:
    """The structured query of ``question`` about objects called ``object_names`` (see the module doc)."""
    if not isinstance(question, str) or not question.strip():
        raise QueryError("empty question")
    names = sorted({n for n in object_names if isinstance(n, str) and n.strip()})
    scene_words = {w for n in names for w in normalize_text(n).split()}
    scene_words |= {singular(w) for w in scene_words}
    own = name_words(names) | scene_words
    protected = own | {w + "s" for w in own} | {w + "es" for w in own}
    qn = bank.speller.fix(normalize_text(question), protected)
    canon, unit = canonical(qn, scene_words)
    if not canon:
        raise QueryError(f"question not understood: {short(question)}")
    stop = {w for w in bank.vocabulary if w not in own and singular(w) not in own}
    best: tuple[tuple[int, int], CompiledTemplate, list[Resolution], list[str]] | None = None
    ambiguous: list[Resolution] = []
    unknown: list[Resolution] = []
    same: list[str] = []
    for ct in bank.compiled:
        m = ct.wild.fullmatch(canon)
        if not m:
            continue
        caps = [m.group(s) for s in ct.order]
        res = [resolve(c, names) for c in caps]
        if not all(r.valid for r in res):
            strict = _strict(ct, names).fullmatch(canon)  # names containing template words ("box from china")
            if strict:
                caps = [strict.group(s) for s in ct.order]
                res = [resolve(c, names) for c in caps]
        if all(r.valid for r in res):
            objs = [r.name for r in res]
            if len(set(objs)) < len(objs):
                same.append(f"{caps[0]!r} and {caps[1]!r} both refer to {objs[0]!r}")
                continue
            score = (sum(_rank(r) for r in res), -len(ct.literal))
            if best is None or score < best[0]:
                best = (score, ct, res, caps)
            continue
        for c, r in zip(caps, res):
            if r.valid or c in _NOT_OBJECTS:
                continue
            if r.rule == "ambiguous":
                ambiguous.append(r)
            elif not any(w in stop for w in c.split()):  # a pure object phrase ("banana", "yellow duck")
                unknown.append(r)
    if best is not None:
        _score, ct, res, caps = best
        return SpatialQuery(kind=ct.kind, objects=tuple(r.name for r in res), form=ct.form, question=question,
                            asked=tuple(caps), rules=tuple(r.rule for r in res), unit=unit)
    if ambiguous:
        ambiguous.sort(key=lambda r: len(r.reference))
        raise AmbiguousObjectError(f"{ambiguous[0].reason} in question {short(question)}")
    if unknown:
        unknown.sort(key=lambda r: len(r.reference))
        raise UnknownObjectError(f"{unknown[0].reason} in question {short(question)}")
    try:
        return _fallback(bank, question, canon, names, unit)
    except (QueryError, UnknownObjectError):
        if same:
            raise QueryError(f"{same[0]} in question {short(question)}") from None
        raise


def _strict(ct, names: list[str]) -> re.Pattern:
    """``ct``'s pattern with each slot matching only a known name (normalised), longest first."""
    from spatialvlm_ros.core.templates import _compile_norm

    keys = sorted({normalize_text(n) for n in names if normalize_text(n)}, key=len, reverse=True)
    alt = "|".join(re.escape(k) for k in keys) or r"(?!x)x"
    return _compile_norm(ct.norm, {s: alt for s in ct.order})


# ---------------------------------------------------------------------------- fallbacks

_QUANTITY_KEYS: list[tuple[str, str]] = [
    ("direction", r"\bo'?clock\b|\bclock\b|\bdirection\b|\bwhere\b|\bwhich way\b|\bbearing\b"),
    ("height_difference", (r"how much (?:taller|shorter)|difference in height|height difference|heights? differ"
                           r"|\bdifference\b.*\bheights?\b")),
    ("lateral_offset", (r"left right|left or right|sideways|side to side|lateral|how far to (?:left|right)\b"
                        r"|\bto side of\b")),
    ("depth_offset", (r"front (?:to )?back|in depth|closer or farther|nearer or farther|depth offset"
                      r"|how far (?:in front|behind)\b|how much (?:closer|nearer|farther|further)\b")),
    ("elevation", r"above surface|off surface|elevation|how high up|raised|\b(?:space|room|gap) (?:is )?(?:under|beneath|below)\b"),
    ("vertical_distance", r"vertical|how far (?:above|below|under|beneath)\b|how much (?:higher|lower)\b"),
    ("gap", (r"\bgap\b|\bspace\b|\broom\b|clearance|closest points?|edge to edge|surfaces?\b"
             r"|minimum distance")),
    ("size", r"\bsize\b|\bdimensions?\b|how big\b|how large\b|\bmeasurements\b"),
    ("horizontal_distance", r"horizontal"),
    ("height", r"how tall|height|how high|tall is|\btall\b|\bhigh\b"),
    ("width", r"how wide|width|how broad|wide is|\bwide\b"),
    ("depth", r"how deep|depth|deep is"),
    ("length", r"how long|length|long is"),
    ("distance_to_viewer", r"\bcamera\b|\brobot\b"),
    ("distance", r"how far|distance|apart|separat|how close|\bbetween\b|\bfrom\b.*\bto\b|\bto\b"),
]
_PREDICATE_KEYS: list[tuple[str, str]] = [
    ("taller", r"\btaller\b"),
    ("shorter", r"\bshorter\b"),
    ("wider", r"\bwider\b|\bbroader\b"),
    ("thinner", r"\bthinner\b|\bnarrower\b|\bskinnier\b|\bslimmer\b"),
    ("bigger", r"\bbigger\b|\blarger\b|\bbiggest\b|\blargest\b|more space|more volume"),
    ("smaller", r"\bsmaller\b|\btinier\b|\bsmallest\b|less space|less volume"),
    ("left_of", r"\bleft\b"),
    ("right_of", r"\bright\b"),
    ("in_front_of", r"in front|\bcloser\b|\bnearer\b|\bclosest\b|\bnearest\b|\bforeground\b"),
    ("behind", (r"\bbehind\b|\bfarther\b|\bfurther\b|\bfarthest\b|\bfurthest\b|more distant|\bbackground\b"
                r"|\bback\b")),
    ("above", r"\babove\b|\bhigher\b|\bhighest\b|\bover\b|on top of"),
    ("below", r"\bbelow\b|\blower\b|\blowest\b|\bunder\b|\bbeneath\b|\bunderneath\b"),
]
#: Quantities whose bank phrasings read "how far <relation> [B] is [A]" (A is the subject).
_RELATIVE_KINDS = frozenset({"lateral_offset", "depth_offset", "vertical_distance", "height_difference"})


def _relation_then_subject(words: list[str], mentions: list) -> bool:
    """True for "<relation word> X is Y": the second reference is the subject ("... right of X is Y")."""
    if len(mentions) < 2 or mentions[0].start == 0:
        return False
    between = words[mentions[0].end:mentions[1].start]
    before = words[mentions[0].start - 1]
    return between in (["is"], ["are"]) and before in {"of", "above", "below", "under", "beneath", "behind", "than"}


def _seen_from_second(words: list[str], mentions: list) -> bool:
    """True when "from"/"relative to"/"seen from" comes between the first two references ("X from Y")."""
    if len(mentions) < 2:
        return False
    between = " ".join(words[mentions[0].end:mentions[1].start])
    return bool(re.search(r"\bfrom\b|\brelative to\b|\bcompared to\b|\bwith respect to\b", between))


_YESNO_START = re.compile(r"^(?:is|are|does|do|can|could|would|will|was|has|have|am|whether|if)\b")
_WHICH = re.compile(r"^(?:which|who|what)\b|\bwhich (?:one|object|is|of)\b")


def _fallback(bank: TemplateBank, question: str, canon: str, names: list[str], unit: str) -> SpatialQuery:
    words = canon.split()
    mentions = find_references(words, names, bank.vocabulary)
    for mt in mentions:
        if not mt.resolution.valid:
            raise AmbiguousObjectError(f"{mt.resolution.reason} in question {short(question)}")
    taken = {i for mt in mentions for i in range(mt.start, mt.end)}
    rest = " ".join(w for i, w in enumerate(words) if i not in taken)
    found: list[Resolution] = []
    for mt in mentions:
        if all(mt.resolution.name != f.name for f in found):
            found.append(mt.resolution)
    strange = [w for i, w in enumerate(words) if i not in taken and w not in bank.vocabulary
               and w not in EXTRA_VOCABULARY and singular(w) not in bank.vocabulary and not w.isdigit()]

    def unknown_words() -> str:
        phrase = " ".join(strange)
        close = closest_names(phrase, names)
        hint = f"; closest known: {', '.join(close)}" if close else ""
        return f"{phrase!r}{hint}"

    def build(kind: str, form: str) -> SpatialQuery:
        k = n_objects(kind)
        if strange:
            raise UnknownObjectError(
                f"unknown object {unknown_words()} in question {short(question)} (scene has: {known(names)})"
            )
        if len(found) > k and kind != "direction":
            raise QueryError(
                f"question {short(question)} names {len(found)} objects ({', '.join(r.name for r in found)}) "
                f"but {kind} is about {k}: not understood which"
            )
        if len(found) < k:
            raise UnknownObjectError(
                f"question {short(question)} asks for {kind} but names {len(found)} known object(s) "
                f"(scene has: {known(names)})"
            )
        use = found[:k]
        if kind == "direction" and k == 2 and _seen_from_second(words, mentions):
            use = [use[1], use[0]]  # "where is B from A": direction is (A, B)
        elif kind in _RELATIVE_KINDS and k == 2 and _relation_then_subject(words, mentions):
            use = [use[1], use[0]]  # "how far to the right of B is A", as the bank's "... of [B] is [A]"
        return SpatialQuery(kind, tuple(r.name for r in use), form, question,
                            asked=tuple(r.reference for r in use), rules=tuple(r.rule for r in use), unit=unit)

    padded = f" {rest} "
    is_which = bool(_WHICH.search(rest)) and (" or " in padded or rest.startswith("which"))
    is_yesno = bool(_YESNO_START.search(rest)) and not re.search(r"\bhow\b|\bwhat\b", rest)
    if is_which or is_yesno:
        form = "which" if is_which else "yesno"
        for kind, rx in _PREDICATE_KEYS:
            if re.search(rx, rest):
                return build(kind, form)
    for kind, rx in _QUANTITY_KEYS:
        if not re.search(rx, rest):
            continue
        if kind == "distance_to_viewer" and len(found) != 1:
            continue
        if kind == "distance" and len(found) == 1 and not strange and re.search(r"how far(?: away)?(?: is)?$", rest):
            return build("distance_to_viewer", "value")
        return build(kind, "value")
    if _WHICH.search(rest):
        for kind, rx in _PREDICATE_KEYS:
            if re.search(rx, rest):
                return build(kind, "which")
    what = f"; words not understood: {' '.join(strange)!r}" if strange else ""
    objs = f"; objects understood: {', '.join(r.name for r in found)}" if found else ""
    close = closest_names(" ".join(strange), names) if strange else []
    hint = f"; closest known objects: {', '.join(close)}" if close else ""
    raise QueryError(f"question not understood (no known quantity or relation): {short(question)}{what}{objs}{hint}")
