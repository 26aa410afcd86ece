"""Reading answers out of free text: metric quantities, yes/no, object choices
and directions.

Every parser raises :class:`AnswerParseError` quoting the text, truncated,
when it finds nothing:

- :func:`parse_quantity`: the first length in the text, in metres. Accepts
  digits or number words ("two feet", "twenty-five cm"), fractions ("1/2 m",
  "1 ½ ft"), "half a meter", "a foot and a half", "one and a half meters",
  compound lengths ("5 ft 6 in", "5'6\\"", "1 m 20 cm"), ranges ("2-3 feet",
  "2 to 3 feet", "between 2 and 3 feet" give the midpoint), units mm, cm, m,
  km, in, ft, yd in all their spellings. Reasoning models' answers
  ``<think>...</think> <answer>...</answer>``: only the answer part is read
  (:func:`answer_part`, the one place that reads that format).
- :func:`parse_truth`: yes/no ("Yes, ...", "No, ...", "Indeed ...",
  "... is not ..."); uncertainty ("I don't know", "cannot determine") is no answer.
  Through :func:`parse_answer` a plain statement also answers a yes/no question
  ("The duck is to the left of the mug." answers "Is the mug left of the duck?"
  with no).
- :func:`parse_clock`: "3 o'clock", "three o'clock", "clock position 3".
- :func:`parse_degrees`: "45 degrees", "-30°", "30 degrees to the left" (-30).
- :func:`parse_answer`: the right parser for a :class:`SpatialQuery`; for
  "which" questions the object named (an answer naming both objects picks the
  first named, unless it uses the opposite comparative: "the duck is shorter
  than the mug" answers "which is taller?" with the mug).

Phrasing answers is :mod:`spatialvlm_ros.core.answer_phrasing`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from spatialvlm_ros.core.frame import normalize_name
from spatialvlm_ros.core.query import PREDICATES, SpatialQuery
from spatialvlm_ros.errors import AnswerParseError

# ----------------------------------------------------------------------------- units

#: Unit spelling (regex) -> (canonical unit, metres per unit).
_A = r"(?![a-z0-9])"  # an alphabetic unit ends a word
_UNIT_SPELLINGS: list[tuple[str, str, float]] = [
    (rf"(?:millimet(?:er|re)s?|mm){_A}", "mm", 0.001),
    (rf"(?:centimet(?:er|re)s?|cms?){_A}", "cm", 0.01),
    (rf"(?:kilomet(?:er|re)s?|km){_A}", "km", 1000.0),
    (rf"(?:met(?:er|re)s?|m){_A}", "m", 1.0),
    (rf"(?:inch(?:es)?|in){_A}(?!\s+(?:front|the|a|an|which|total|this|that|it)\b)\.?|\"|''|″",
     "in", 0.0254),
    (rf"(?:feet|foot|ft){_A}\.?|'|′", "ft", 0.3048),
    (rf"(?:yards?|yds?){_A}", "yd", 0.9144),
]
UNIT_METRES: dict[str, float] = {u: f for _, u, f in _UNIT_SPELLINGS}

_UNIT_RE = "|".join(f"(?:{s})" for s, _, _ in _UNIT_SPELLINGS)
_NUM = r"(?:\d+(?:\.\d+)?|\.\d+)"


def _unit_of(token: str) -> str:
    token = token.strip()
    for spelling, unit, _ in _UNIT_SPELLINGS:
        if re.fullmatch(spelling, token):
            return unit
    raise AnswerParseError(f"unknown unit {token!r}")  # pragma: no cover - regex guarantees a unit


# ----------------------------------------------------------------------------- text normalisation

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_NUMBER_WORD_RE = re.compile(
    r"\b(?:(?:" + "|".join(sorted(list(_SMALL) + list(_TENS) + ["hundred", "thousand"], key=len, reverse=True))
    + r")\b(?:[\s-]+(?:and[\s-]+)?)?)+",
)
_UNICODE_FRACTIONS = {"½": ".5", "¼": ".25", "¾": ".75", "⅓": ".333", "⅔": ".667"}


def _words_to_number(words: str) -> float | None:
    total, current, seen = 0, 0, False
    for w in re.split(r"[\s-]+", words.strip()):
        if not w or w == "and":
            continue
        if w in _SMALL:
            current += _SMALL[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
        seen = True
    return float(total + current) if seen else None


def _replace_number_words(text: str) -> str:
    def convert(words: list[str]) -> str:
        # split at an "and" that does not follow hundred/thousand ("two and three" = 2 and 3)
        # and where two numbers simply follow each other ("two-three feet" = 2 to 3)
        groups: list[list[str]] = [[]]
        joins: list[str] = []
        for i, w in enumerate(words):
            prev = words[i - 1] if i > 0 else None
            if w == "and" and prev not in ("hundred", "thousand"):
                groups.append([])
                joins.append(" and ")
                continue
            adjacent = prev is not None and prev != "and" and (
                (prev in _SMALL and w in _SMALL) or (w in _TENS and prev not in ("hundred", "thousand"))
                or (prev in _TENS and w in _TENS)
            )
            if adjacent and groups[-1]:
                groups.append([])
                joins.append(" to ")
            groups[-1].append(w)
        out = ""
        for i, g in enumerate(groups):
            value = _words_to_number(" ".join(g)) if g else None
            piece = f"{value:g}" if value is not None else " ".join(g)
            out += (joins[i - 1] if i > 0 else "") + piece
        return out.strip()

    def repl(m: re.Match) -> str:
        chunk = m.group(0)
        words = [w for w in re.split(r"[\s-]+", chunk.strip()) if w]
        trailing_and = bool(words) and words[-1] == "and"
        if trailing_and:
            words = words[:-1]
        out = convert(words)
        tail = " and " if trailing_and else (" " if chunk != chunk.rstrip() or chunk.endswith("-") else "")
        return out + tail

    return _NUMBER_WORD_RE.sub(repl, text)


def _normalise(text: str) -> str:
    """Lower case, unify dashes/quotes/fractions, numbers as digits, halves resolved."""
    t = text.lower()
    t = re.sub(r"[–—−‒]", "-", t)
    t = t.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    for k, v in _UNICODE_FRACTIONS.items():
        t = re.sub(rf"(\d)\s*{k}", rf"\g<1>{v}", t)
        t = t.replace(k, "0" + v)
    t = re.sub(r"(\d),(\d{3})(?!\d)", r"\1\2", t)  # 1,200 -> 1200
    t = _replace_number_words(t)
    # "a"/"an"/"one" before a unit is one unit: "a meter", "an inch".
    t = re.sub(rf"\b(?:a|an)\s+(?={_UNIT_RE})", "1 ", t)
    # Mixed fractions and fractions: "1 1/2" -> 1.5, "1/2" -> 0.5
    t = re.sub(r"(\d+)\s+(\d+)\s*/\s*(\d+)", lambda m: f"{int(m[1]) + int(m[2]) / int(m[3]):g}", t)
    t = re.sub(r"(?<![\d.])(\d+)\s*/\s*(\d+)(?![\d.])",
               lambda m: f"{int(m[1]) / int(m[2]):g}" if int(m[2]) else m[0], t)
    # "3/4 of a meter" -> 0.75 meter
    t = re.sub(rf"(?<![\d.])(0?\.\d+)\s+of\s+(?:a\s+|an\s+|1\s+)?(?={_UNIT_RE})", r"\1 ", t)
    # "half a meter", "half of a meter", "a quarter of a meter"
    t = re.sub(r"\b(?:a\s+|one\s+)?half\s+(?:of\s+)?(?:a\s+|an\s+)?1\s+", "0.5 ", t)
    t = re.sub(r"\b(?:a\s+|one\s+)?quarter\s+(?:of\s+)?(?:a\s+|an\s+)?1\s+", "0.25 ", t)
    t = re.sub(r"\b(?:three|3)\s+quarters?\s+(?:of\s+)?(?:a\s+|an\s+)?1\s+", "0.75 ", t)
    # "2 and a half feet" -> 2.5 feet; "a foot and a half" (now "1 foot and a half") -> 1.5 foot
    t = re.sub(rf"({_NUM})\s+and\s+(?:a\s+)?half\b", lambda m: f"{float(m[1]) + 0.5:g}", t)
    t = re.sub(rf"({_NUM})\s*({_UNIT_RE})\s+and\s+(?:a\s+)?half\b",
               lambda m: f"{float(m[1]) + 0.5:g} {m[2]}", t)
    t = re.sub(rf"({_NUM})\s+and\s+(?:a\s+)?quarter\b", lambda m: f"{float(m[1]) + 0.25:g}", t)
    return t


_ANSWER_RE = re.compile(r"<answer>(.*?)(?:</answer>|$)", flags=re.DOTALL | re.IGNORECASE)
_THINK_RE = re.compile(r"<think>.*?(?:</think>|$)", flags=re.DOTALL | re.IGNORECASE)


def answer_part(text: str) -> str:
    """The answer of a reasoning-format output: inside ``<answer>...</answer>`` if present,
    else the text without ``<think>...</think>``; plain answers come back stripped."""
    m = _ANSWER_RE.search(text)
    if m:
        return m.group(1).strip()
    return " ".join(_THINK_RE.sub(" ", text).split())


def _strip_reasoning(text: str) -> str:
    """The answer part of a reasoning model's output (``<answer>`` wins, ``<think>`` is dropped)."""
    return _answer_part(text)[0]


def _answer_part(text: str) -> tuple[str, int]:
    """(answer part, its offset in ``text``; -1 when it is not a contiguous piece of ``text``)."""
    m = _ANSWER_RE.search(text)
    if m:
        return m.group(1), m.start(1)
    stripped = _THINK_RE.sub(" ", text)
    return stripped, (0 if stripped == text else -1)


def _quote(text: str, n: int = 60) -> str:
    one = " ".join(str(text).split())
    return repr(one if len(one) <= n else one[: n - 3] + "...")


# ----------------------------------------------------------------------------- quantity

@dataclass
class ParsedQuantity:
    """A length read from text: ``value_m`` metres, ``unit`` as written
    ("cm", "m", "ft", "in", "mm", "km", "yd"; "ft+in"/"m+cm" for compound
    lengths), ``span`` the matched phrase. When the phrase can be located in
    the original text, ``span`` is exactly as written there and
    ``text[start:end] == span``; otherwise (number words, fractions...)
    ``span`` is the normalised phrase ("2 to 3 feet") and ``start == end == -1``."""

    value_m: float
    unit: str
    span: str
    start: int = -1
    end: int = -1


_COMPOUND_RE = re.compile(
    rf"(?P<a>{_NUM})\s*(?P<ua>(?:feet|foot|ft|met(?:er|re)s?|m){_A}\.?|')\s*(?:,\s*)?(?:and\s+)?"
    rf"(?P<b>{_NUM})\s*(?P<ub>(?:inch(?:es)?|in|centimet(?:er|re)s?|cms?){_A}\.?|\"|'')"
)
_RANGE_RE = re.compile(
    rf"(?:between\s+)?(?P<a>{_NUM})\s*(?P<ua>{_UNIT_RE})?\s*(?:-|to|and|or)\s*"
    rf"(?P<b>{_NUM})\s*(?P<ub>{_UNIT_RE})"
)
_SINGLE_RE = re.compile(rf"(?<![\d.])(?P<a>-?{_NUM})(?:\s*-\s*|\s*)(?P<ua>{_UNIT_RE})")


def parse_quantity(text: str) -> ParsedQuantity:
    """The first length in ``text``, in metres (see the module docstring)."""
    if not isinstance(text, str) or not text.strip():
        raise AnswerParseError(f"answer {_quote(text)} is empty: no quantity")
    src, offset = _answer_part(text)
    t = _normalise(src)
    candidates: list[tuple[int, ParsedQuantity]] = []
    m = _COMPOUND_RE.search(t)
    if m:
        ua, ub = _unit_of(m["ua"]), _unit_of(m["ub"])
        if (ua, ub) in (("ft", "in"), ("m", "cm")):
            v = float(m["a"]) * UNIT_METRES[ua] + float(m["b"]) * UNIT_METRES[ub]
            candidates.append((m.start(), ParsedQuantity(v, f"{ua}+{ub}", m.group(0).strip())))
    m = _RANGE_RE.search(t)
    if m:
        ub = _unit_of(m["ub"])
        ua = _unit_of(m["ua"]) if m["ua"] else ub
        lo, hi = float(m["a"]) * UNIT_METRES[ua], float(m["b"]) * UNIT_METRES[ub]
        if m["ua"] is None or ua == ub:
            candidates.append((m.start(), ParsedQuantity((lo + hi) / 2.0, ub, m.group(0).strip())))
    m = _SINGLE_RE.search(t)
    if m:
        u = _unit_of(m["ua"])
        v = float(m["a"]) * UNIT_METRES[u]
        candidates.append((m.start(), ParsedQuantity(v, u, m.group(0).strip())))
    if not candidates:
        raise AnswerParseError(f"answer {_quote(text)} holds no length with a unit")
    # earliest start wins; at equal start the longer (compound/range) phrase wins
    candidates.sort(key=lambda c: (c[0], -len(c[1].span)))
    start, best = candidates[0]
    if not math.isfinite(best.value_m) or best.value_m < 0:
        raise AnswerParseError(f"answer {_quote(text)} holds a negative or invalid length")
    if offset >= 0 and len(t) == len(src):  # normalisation kept every character in place
        i = offset + start
        best.span, best.start, best.end = text[i:i + len(best.span)], i, i + len(best.span)
    return best


# ----------------------------------------------------------------------------- yes / no

_UNSURE_RE = re.compile(
    r"\b(?:i\s+(?:do\s*n[o']?t|don't|cannot|can't|am\s+not\s+sure)|not\s+sure|unsure|unclear|unknown|"
    r"cannot\s+(?:be\s+)?(?:determine|tell|say|know)|can't\s+(?:be\s+)?(?:determine|tell|say|know)|"
    r"impossible\s+to|no\s+way\s+to|unable\s+to|hard\s+to\s+(?:say|tell)|not\s+possible\s+to|"
    r"insufficient|not\s+enough\s+information|it\s+depends|no\s+idea|unanswerable)\b"
)
_YES_START = re.compile(
    r"^\W*(?:yes|yeah|yep|yup|correct|right|true|indeed|affirmative|certainly|definitely|absolutely|"
    r"sure|of\s+course|that's\s+(?:right|correct|true)|that\s+is\s+(?:right|correct|true))\b"
)
_NO_START = re.compile(
    r"^\W*(?:no|nope|nah|false|incorrect|wrong|not|negative|that's\s+(?:wrong|incorrect|not)|"
    r"that\s+is\s+(?:wrong|incorrect|not))\b"
)
_NEGATION = re.compile(r"\b(?:not|never|isn't|aren't|doesn't|don't|no|neither|nor)\b|n't\b")
_YES_ANY = re.compile(r"\b(?:yes|indeed|correct|true|affirmative|certainly|definitely)\b")


def parse_truth(text: str) -> bool:
    """Yes/no from an answer: a leading yes/no word, else negation -> no,
    else an affirming word -> yes; uncertainty -> :class:`AnswerParseError`."""
    if not isinstance(text, str) or not text.strip():
        raise AnswerParseError(f"answer {_quote(text)} is empty: no yes/no")
    t = _strip_reasoning(text).lower().replace("’", "'").strip()
    yes, no = _YES_START.search(t), _NO_START.search(t)
    decisive = re.match(r"^\W*\w+\s*[,.!;:]", t) is not None
    if decisive and yes:
        return True
    if decisive and no:
        return False
    if _UNSURE_RE.search(t):
        raise AnswerParseError(f"answer {_quote(text)} is not a yes/no (uncertain)")
    if yes:
        return True
    if no:
        return False
    if _NEGATION.search(t):
        return False
    if _YES_ANY.search(t):
        return True
    raise AnswerParseError(f"answer {_quote(text)} holds no yes/no")


# ----------------------------------------------------------------------------- directions

_CLOCK_RE = re.compile(
    r"\b(?P<h>1[0-2]|0?[1-9])(?::00)?\s*(?:o\s*'?\s*clock|o'clock|oclock|h\b)"
    r"|clock\s+(?:position|direction)\s*(?:of\s+|is\s+|:\s*)?(?P<h2>1[0-2]|0?[1-9])\b"
)
_DEG_RE = re.compile(
    rf"(?P<a>[-+]?{_NUM})\s*(?:°|degrees?|deg\b)"
    r"(?:\s*(?:to\s+the\s+|toward\s+the\s+)?(?P<side>left|right|clockwise|counter-?clockwise))?"
)


def parse_clock(text: str) -> int:
    """A clock position 1..12 ("3 o'clock", "three o'clock", "clock position 3")."""
    if not isinstance(text, str) or not text.strip():
        raise AnswerParseError(f"answer {_quote(text)} is empty: no clock position")
    t = _normalise(_strip_reasoning(text))
    m = _CLOCK_RE.search(t)
    if not m:
        raise AnswerParseError(f"answer {_quote(text)} holds no clock position")
    h = int(float(m["h"] or m["h2"]))
    return 12 if h % 12 == 0 else h % 12


def parse_degrees(text: str) -> float:
    """An azimuth in degrees in (-180, 180] ("45 degrees", "30 degrees to the left" = -30)."""
    if not isinstance(text, str) or not text.strip():
        raise AnswerParseError(f"answer {_quote(text)} is empty: no angle")
    t = _normalise(_strip_reasoning(text))
    m = _DEG_RE.search(t)
    if not m:
        raise AnswerParseError(f"answer {_quote(text)} holds no angle in degrees")
    v = float(m["a"])
    if m["side"] in ("left", "counterclockwise", "counter-clockwise"):
        v = -abs(v)
    v = (v + 180.0) % 360.0 - 180.0
    return 180.0 if v == -180.0 else v


# ----------------------------------------------------------------------------- which

#: Comparative words of each predicate (used to read "which" answers).
COMPARATIVE_WORDS: dict[str, tuple[str, ...]] = {
    "left_of": ("more to the left", "further left", "farther left", "leftmost", "on the left", "to the left",
                "left of"),
    "right_of": ("more to the right", "further right", "farther right", "rightmost", "on the right",
                 "to the right", "right of"),
    "above": ("higher", "above", "on top", "upper", "over"),
    "below": ("lower", "below", "beneath", "underneath", "under"),
    "in_front_of": ("closer", "nearer", "in front", "front"),
    "behind": ("farther", "further", "behind", "more distant", "back"),
    "bigger": ("bigger", "larger", "biggest", "largest", "greater"),
    "smaller": ("smaller", "smallest", "tinier", "littler", "less voluminous"),
    "taller": ("taller", "tallest"),
    "shorter": ("shorter", "shortest"),
    "wider": ("wider", "widest", "broader"),
    "thinner": ("thinner", "narrower", "thinnest", "narrowest", "slimmer", "skinnier"),
}
_OPPOSITE = {
    "left_of": "right_of", "right_of": "left_of", "above": "below", "below": "above",
    "in_front_of": "behind", "behind": "in_front_of", "bigger": "smaller", "smaller": "bigger",
    "taller": "shorter", "shorter": "taller", "wider": "thinner", "thinner": "wider",
}


def _find_name(text_norm: str, name: str) -> int:
    key = normalize_name(name)
    m = re.search(rf"(?<![a-z0-9]){re.escape(key)}(?![a-z0-9])", text_norm)
    return m.start() if m else -1


def _has_phrase(text: str, phrase: str) -> bool:
    return re.search(rf"(?<![a-z]){re.escape(phrase)}(?![a-z])", text) is not None


def _plain(text: str) -> str:
    return " ".join(_strip_reasoning(text).lower().replace("_", " ").replace("’", "'").split())


def _name_positions(t: str, a: str, b: str) -> tuple[int, int]:
    """First positions of names a and b in plain text ``t`` (-1 if absent); a name inside
    the other ("cup" in "red cup") does not count."""
    pa, pb = _find_name(t, a), _find_name(t, b)
    la, lb = normalize_name(a), normalize_name(b)
    if pa >= 0 and pb >= 0 and la != lb:
        if la in lb and pb <= pa < pb + len(lb):
            pa = _find_name(t[:pb] + " " * len(lb) + t[pb + len(lb):], a)
        elif lb in la and pa <= pb < pa + len(la):
            pb = _find_name(t[:pa] + " " * len(la) + t[pa + len(la):], b)
    return pa, pb


def parse_choice(query: SpatialQuery, text: str) -> str:
    """The object a "which" answer names (one of ``query.objects``).

    One name: that object. Both names: the first named, unless the text
    between them uses only the opposite comparative ("the duck is shorter than
    the mug" answers "which is taller?" with the mug). No name: "the first
    one"/"the former" is objects[0], "the second"/"the latter" objects[1].
    """
    t = _plain(text)
    if not t:
        raise AnswerParseError(f"answer {_quote(text)} is empty: names no object")
    a, b = query.objects[:2]
    pa, pb = _name_positions(t, a, b)
    if pa < 0 and pb < 0:
        if re.search(r"\b(?:first|former)\b", t):
            return a
        if re.search(r"\b(?:second|latter)\b", t):
            return b
        raise AnswerParseError(f"answer {_quote(text)} names neither {a!r} nor {b!r}")
    if pa < 0:
        return b
    if pb < 0:
        return a
    first, second = (a, b) if pa < pb else (b, a)
    if query.kind in _OPPOSITE:
        between = t[min(pa, pb): max(pa, pb)]
        opp = COMPARATIVE_WORDS[_OPPOSITE[query.kind]]
        own = COMPARATIVE_WORDS[query.kind]
        if any(_has_phrase(between, w) for w in opp) and not any(_has_phrase(between, w) for w in own):
            return second
    return first


def _statement_truth(query: SpatialQuery, text: str) -> bool | None:
    """Truth of "A <kind> B" read from a plain statement ("The duck is to the left of the mug."),
    or None when the text states no comparison of these objects."""
    if query.kind not in _OPPOSITE or len(query.objects) != 2:
        return None
    t = _plain(text)
    own_words, opp_words = COMPARATIVE_WORDS[query.kind], COMPARATIVE_WORDS[_OPPOSITE[query.kind]]
    has_own = any(_has_phrase(t, w) for w in own_words)
    has_opp = any(_has_phrase(t, w) for w in opp_words)
    if not (has_own or has_opp):
        return None
    a, b = query.objects
    pa, pb = _name_positions(t, a, b)
    if pa >= 0 and pb >= 0:
        return parse_choice(SpatialQuery(query.kind, (a, b), "which"), text) == a
    if has_own == has_opp or (pa < 0 and pb < 0):
        return None
    # one object named: it is the subject when it comes before the comparative word
    # ("the mug is on the right"), the reference when after it ("it is left of the duck")
    word_at = min(m.start() for w in own_words + opp_words
                  for m in [re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", t)] if m)
    named_is_a = pa >= 0
    subject_is_a = named_is_a if min(p for p in (pa, pb) if p >= 0) < word_at else not named_is_a
    return has_own if subject_is_a else has_opp


def _parse_yesno(query: SpatialQuery, text: str) -> bool:
    """Yes/no for a predicate query: explicit yes/no words first, then negation, then a
    plain statement of the relation (which object it names first), then affirming words."""
    if not isinstance(text, str) or not text.strip():
        raise AnswerParseError(f"answer {_quote(text)} is empty: no yes/no")
    t = _plain(text)
    if _YES_START.search(t) or _NO_START.search(t) or _UNSURE_RE.search(t) or _NEGATION.search(t):
        return parse_truth(text)
    stated = _statement_truth(query, text)
    if stated is not None:
        return stated
    return parse_truth(text)


# ----------------------------------------------------------------------------- whole answers

@dataclass
class ParsedAnswer:
    """What an answer says about a query (fields not asked for are ``None``)."""

    value_m: float | None = None
    value_deg: float | None = None
    clock: int | None = None
    truth: bool | None = None
    unit: str = ""
    chosen: str | None = None


def parse_answer(query: SpatialQuery, text: str) -> ParsedAnswer:
    """Read the answer to ``query`` from ``text`` (:class:`AnswerParseError` if absent)."""
    from spatialvlm_ros.core.quantities import clock_from_deg, deg_from_clock

    if query.kind == "direction":
        clock = deg = None
        try:
            clock = parse_clock(text)
        except AnswerParseError:
            pass
        try:
            deg = parse_degrees(text)
        except AnswerParseError:
            pass
        if clock is None and deg is None:
            raise AnswerParseError(f"answer {_quote(text)} holds no direction (clock or degrees)")
        if deg is None:
            deg = deg_from_clock(clock)
        if clock is None:
            clock = clock_from_deg(deg)
        return ParsedAnswer(value_deg=deg, clock=clock, unit="clock")
    if query.kind in PREDICATES:
        if query.form == "which":
            chosen = parse_choice(query, text)
            return ParsedAnswer(truth=normalize_name(chosen) == normalize_name(query.objects[0]), chosen=chosen)
        return ParsedAnswer(truth=_parse_yesno(query, text))
    q = parse_quantity(text)
    return ParsedAnswer(value_m=q.value_m, unit=q.unit)
