"""The question/answer template bank (``config/qa_templates.yaml``) and question matching.

The same bank phrases synthetic questions/answers and reads users' questions:
:meth:`TemplateBank.match` turns a natural-language question into a
:class:`SpatialQuery` by matching it against every question template, with the
placeholders ``[A]``/``[B]`` standing for the scene's object names. Matching is
case-, punctuation- and article-insensitive ("the", "a", "an" are ignored;
"what's" reads as "what is"); names are tried longest first. Questions no
template covers go through keyword fallbacks for common free phrasings
("How far is the duck from the mug?", "Which is taller, the mug or the duck?").

Placeholders: ``[A]``, ``[B]`` the query's objects in order; in answers ``[X]``
the value (a length, a direction, or the chosen object of a "which" question)
and ``[Y]`` the other object of a "which" question; ``[D]`` (signed
quantities only, :data:`SIGNED_PHRASES`) how A relates to B ("to the left of").
Objects are written as "the <name>".
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from spatialvlm_ros.core.answer_phrasing import format_direction, format_length
from spatialvlm_ros.core.query import PREDICATES, QUANTITIES, QUESTION_TYPES, SpatialQuery, n_objects
from spatialvlm_ros.errors import ConfigError, QueryError, UnknownObjectError
from spatialvlm_ros.resources import config_path, load_config

if TYPE_CHECKING:  # pragma: no cover
    from spatialvlm_ros.core.quantities import Measurement

log = logging.getLogger(__name__)

DEFAULT_FILE = "qa_templates.yaml"
_PLACEHOLDER = re.compile(r"\[([A-Z])\]")
_CONTRACTIONS = {
    "what's": "what is", "where's": "where is", "how's": "how is", "it's": "it is",
    "that's": "that is", "isn't": "is not", "aren't": "are not", "doesn't": "does not",
    "who's": "who is", "which's": "which is", "i'd": "i would", "you'd": "you would",
}
_ARTICLES = {"the", "a", "an"}
#: [D] of the signed quantities: (phrase when signed_m >= 0, phrase when < 0).
SIGNED_PHRASES: dict[str, tuple[str, str]] = {
    "height_difference": ("taller than", "shorter than"),
    "lateral_offset": ("to the right of", "to the left of"),
    "depth_offset": ("farther from the camera than", "closer to the camera than"),
}
_VIEWER_WORDS = {"me", "you", "us", "camera", "viewer", "observer", "here", "lens"}


def normalize_text(text: str) -> str:
    """Lower case, straight apostrophes, contractions expanded, punctuation and articles dropped.

    Placeholders ``[A]`` survive as ``[a]``. Used on questions, templates and names alike.
    """
    t = text.lower().replace("’", "'").replace("‘", "'").replace("_", " ")
    t = re.sub(r"[^a-z0-9'\[\]]+", " ", t)
    words = []
    for w in t.split():
        w = w.strip("'") if not w.endswith("'s") else w
        if not w:
            continue
        if w in _CONTRACTIONS:
            words.extend(_CONTRACTIONS[w].split())
        elif w not in _ARTICLES:
            words.append(w)
    return " ".join(words)


def _object_phrase(name: str) -> str:
    words = name.strip().split()
    if words and words[0].lower() in _ARTICLES:
        return name.strip()
    return f"the {name.strip()}"


def fill(template: str, values: dict[str, str]) -> str:
    """Replace ``[A]``-style placeholders and capitalise the first letter."""
    out = _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)
    return out[:1].upper() + out[1:] if out else out


@dataclass
class _CompiledTemplate:
    kind: str
    form: str
    index: int
    text: str
    norm: str
    slots: tuple[str, ...]
    wild: re.Pattern


def _compile_norm(norm: str, slot_patterns: dict[str, str]) -> re.Pattern:
    parts = re.split(r"(\[[a-z]\])", norm)
    rx = []
    for p in parts:
        m = re.fullmatch(r"\[([a-z])\]", p)
        if m:
            letter = m.group(1).upper()
            rx.append(f"(?P<{letter}>{slot_patterns[letter]})")
        else:
            rx.append(re.escape(p))
    return re.compile("".join(rx))


@dataclass
class TemplateBank:
    """Question templates per (kind, form) and answer templates per (kind, form, variant).

    ``variant`` is ``""`` for value and "which" answers, ``"true"``/``"false"``
    for yes/no answers.
    """

    questions: dict[tuple[str, str], list[str]]
    answers: dict[tuple[str, str, str], list[str]]
    source: str = ""
    _compiled: list[_CompiledTemplate] = field(default_factory=list, repr=False)

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, path: str | Path | None = None) -> TemplateBank:
        """Read the bank (default ``config/qa_templates.yaml``); :class:`ConfigError` if malformed."""
        p = Path(path) if path is not None else config_path(DEFAULT_FILE)
        data = load_config(p)
        questions: dict[tuple[str, str], list[str]] = {}
        answers: dict[tuple[str, str, str], list[str]] = {}

        def strings(node: object, where: str) -> list[str]:
            if not isinstance(node, list) or not node or not all(isinstance(s, str) and s.strip() for s in node):
                raise ConfigError(f"templates {p}: {where} must be a non-empty list of strings")
            return [s.strip() for s in node]

        quant = data.get("quantities") or {}
        pred = data.get("predicates") or {}
        if not isinstance(quant, dict) or not isinstance(pred, dict):
            raise ConfigError(f"templates {p}: 'quantities' and 'predicates' must be mappings")
        for kind, node in quant.items():
            if kind not in QUANTITIES:
                raise ConfigError(f"templates {p}: unknown quantity {kind!r}")
            questions[(kind, "value")] = strings((node or {}).get("questions"), f"{kind}.questions")
            answers[(kind, "value", "")] = strings((node or {}).get("answers"), f"{kind}.answers")
        for kind, node in pred.items():
            if kind not in PREDICATES:
                raise ConfigError(f"templates {p}: unknown predicate {kind!r}")
            node = node or {}
            yn, wh = node.get("yesno") or {}, node.get("which") or {}
            questions[(kind, "yesno")] = strings(yn.get("questions"), f"{kind}.yesno.questions")
            answers[(kind, "yesno", "true")] = strings(yn.get("answers_true"), f"{kind}.yesno.answers_true")
            answers[(kind, "yesno", "false")] = strings(yn.get("answers_false"), f"{kind}.yesno.answers_false")
            questions[(kind, "which")] = strings(wh.get("questions"), f"{kind}.which.questions")
            answers[(kind, "which", "")] = strings(wh.get("answers"), f"{kind}.which.answers")
        bank = cls(questions=questions, answers=answers, source=str(p))
        bank._validate()
        missing = [f"{k}/{f}" for k, f in QUESTION_TYPES if (k, f) not in questions]
        if missing:
            raise ConfigError(f"templates {p}: no templates for {', '.join(missing)}")
        bank._compile()
        return bank

    def _validate(self) -> None:
        for (kind, form), qs in self.questions.items():
            allowed = {"A", "B"} if n_objects(kind) == 2 else {"A"}
            for q in qs:
                slots = _PLACEHOLDER.findall(q)
                if sorted(slots) != sorted(allowed):
                    raise ConfigError(
                        f"templates {self.source}: question {q!r} of {kind}/{form} must use each of "
                        f"{sorted(allowed)} exactly once"
                    )
        for (kind, form, variant), ans in self.answers.items():
            allowed = {"A", "B"} if n_objects(kind) == 2 else {"A"}
            if form != "yesno":
                allowed |= {"X"}
            if kind in SIGNED_PHRASES:
                allowed |= {"D"}
            if form == "which":
                allowed = {"X", "Y"}
            for a in ans:
                slots = set(_PLACEHOLDER.findall(a))
                if not slots <= allowed:
                    raise ConfigError(f"templates {self.source}: answer {a!r} of {kind}/{form} uses {sorted(slots - allowed)}")
                if form != "yesno" and "X" not in slots:
                    raise ConfigError(f"templates {self.source}: answer {a!r} of {kind}/{form} lacks [X]")

    def _compile(self) -> None:
        self._compiled = []
        wild = {"A": ".+?", "B": ".+?"}
        for (kind, form), qs in self.questions.items():
            for i, q in enumerate(qs):
                norm = normalize_text(q)
                slots = tuple(s.upper() for s in re.findall(r"\[([a-z])\]", norm))
                self._compiled.append(_CompiledTemplate(kind, form, i, q, norm, slots, _compile_norm(norm, wild)))

    # ------------------------------------------------------------------ phrasing
    def n_types(self) -> int:
        return len(self.questions)

    def question(self, kind: str, form: str, names: list[str] | tuple[str, ...],
                 rng: np.random.Generator | None = None, index: int | None = None) -> str:
        """A question of type (kind, form) about ``names`` (random template, or ``index``)."""
        qs = self.questions.get((kind, form))
        if not qs:
            raise QueryError(f"no question templates for {kind}/{form}")
        if index is None:
            index = int(rng.integers(len(qs))) if rng is not None else 0
        values = {"A": _object_phrase(names[0])}
        if len(names) > 1:
            values["B"] = _object_phrase(names[1])
        return fill(qs[index], values)

    def answer_detail(self, query: SpatialQuery, measurement: Measurement, rng: np.random.Generator | None = None,
                      index: int | None = None) -> tuple[str, str, int]:
        """(answer sentence, unit, template index) for ``query`` given its true ``measurement``."""
        values = {"A": _object_phrase(query.objects[0])}
        if len(query.objects) > 1:
            values["B"] = _object_phrase(query.objects[1])
        unit = ""
        if query.kind == "direction":
            values["X"] = format_direction(measurement.value_deg, measurement.clock, rng)
            unit = "clock" if "o'clock" in values["X"] else "deg"
            variant, form = "", "value"
        elif query.kind in PREDICATES and query.form == "which":
            chosen = measurement.chosen
            if chosen is None:
                chosen = query.objects[0] if measurement.truth else query.objects[1]
            a_chosen = normalize_text(chosen) == normalize_text(query.objects[0])
            other = query.objects[1] if a_chosen else query.objects[0]
            values["X"], values["Y"] = _object_phrase(chosen), _object_phrase(other)
            variant, form = "", "which"
        elif query.kind in PREDICATES:
            if measurement.truth is None:
                raise ValueError("measurement has no truth value")
            variant, form = ("true" if measurement.truth else "false"), "yesno"
        else:
            if measurement.value_m is None:
                raise ValueError("measurement has no value")
            values["X"], unit = format_length(measurement.value_m, rng)
            variant, form = "", "value"
            signed = getattr(measurement, "signed_m", None)
            if query.kind in SIGNED_PHRASES and signed is not None:
                pos, neg = SIGNED_PHRASES[query.kind]
                values["D"] = pos if signed >= 0 else neg
        templates = self.answers[(query.kind, form, variant)]
        if "D" not in values:  # no sign known: only templates without [D]
            usable = [i for i, t in enumerate(templates) if "[D]" not in t]
            if index is not None and index not in usable:
                raise ValueError(f"answer template {index} of {query.kind} needs the sign of the value")
            if index is None:
                index = usable[int(rng.integers(len(usable)))] if rng is not None else usable[0]
        if index is None:
            index = int(rng.integers(len(templates))) if rng is not None else 0
        return fill(templates[index], values), unit, index

    def answer(self, query: SpatialQuery, measurement: Measurement, rng: np.random.Generator | None = None) -> str:
        """An answer sentence for ``query`` given its true ``measurement``."""
        return self.answer_detail(query, measurement, rng)[0]

    # ------------------------------------------------------------------ matching
    def match(self, question: str, object_names: list[str] | tuple[str, ...]) -> SpatialQuery:
        """Turn ``question`` into a :class:`SpatialQuery` about the scene's ``object_names``.

        Raises :class:`UnknownObjectError` (listing the known names) when the
        question names an object the scene lacks, :class:`QueryError` when it
        cannot be understood.
        """
        if not isinstance(question, str) or not question.strip():
            raise QueryError("empty question")
        from spatialvlm_ros.core.limits import MAX_QUESTION_CHARS

        if len(question) > MAX_QUESTION_CHARS:
            raise QueryError(f"question is {len(question)} characters long; at most {MAX_QUESTION_CHARS} are accepted")
        qn = normalize_text(question)
        names: dict[str, str] = {}
        for n in object_names:
            key = normalize_text(n)
            if key:
                names.setdefault(key, n)
        name_alt = "|".join(re.escape(k) for k in sorted(names, key=len, reverse=True)) or r"(?!x)x"
        unknown: list[tuple[int, list[str]]] = []
        for ct in self._compiled:
            m = ct.wild.fullmatch(qn)
            if not m:
                continue
            groups = m.groupdict()
            if all(groups[s] in names for s in ct.slots):
                return self._query(ct.kind, ct.form, [names[groups[s]] for s in sorted(ct.slots)], question)
            strict = _compile_norm(ct.norm, {s: name_alt for s in ct.slots}).fullmatch(qn)
            if strict:
                return self._query(ct.kind, ct.form, [names[strict.group(s)] for s in sorted(ct.slots)], question)
            bad = [groups[s] for s in ct.slots if groups[s] not in names]
            # a capture holding a known name or a word for the viewer is a free phrasing, not a new object
            if not any(_find_names(b, names)[0] or b in _VIEWER_WORDS for b in bad):
                unknown.append((sum(len(b) for b in bad), bad))
        if unknown:
            unknown.sort(key=lambda u: u[0])
            raise UnknownObjectError(
                f"unknown object {unknown[0][1][0]!r} in question {_short(question)} (scene has: {_known(object_names)})"
            )
        return _fallback(question, qn, names)

    @staticmethod
    def _query(kind: str, form: str, objects: list[str], question: str) -> SpatialQuery:
        return SpatialQuery(kind=kind, objects=tuple(objects), form=form, question=question)


def _short(text: str, n: int = 80) -> str:
    one = " ".join(text.split())
    return repr(one if len(one) <= n else one[: n - 3] + "...")


def _known(names) -> str:
    return ", ".join(sorted(set(names))) or "none"


# ---------------------------------------------------------------------------- fallbacks

_QUANTITY_KEYS: list[tuple[str, str]] = [
    ("direction", r"\bo'?clock\b|\bdirection\b|\bwhere\b|\bwhich way\b|\bbearing\b"),
    ("height_difference", r"how much (?:taller|shorter)|difference in height|height difference|heights? differ"),
    ("lateral_offset", r"left right|left or right|sideways|side to side|lateral|how far to (?:left|right)\b"),
    ("depth_offset", (r"front back|front to back distance|in depth|closer or farther|nearer or farther|depth offset"
                      r"|how far (?:in front|behind)\b|how much (?:closer|nearer|farther|further)\b")),
    ("elevation", r"above (?:surface|table|ground|floor)|off (?:ground|table|surface|floor)|elevation|how high up"),
    ("vertical_distance", r"vertical|how far (?:above|below|under|beneath)\b|how much (?:higher|lower)\b"),
    ("gap", (r"\bgap\b|space\b.*\bbetween|room between|clearance|closest points?|edge to edge|surfaces?\b"
             r"|minimum distance")),
    ("horizontal_distance", r"horizontal"),
    ("height", r"how tall|height|how high|tall is|\btall\b"),
    ("width", r"how wide|width|how broad|wide is|\bwide\b"),
    ("depth", r"how deep|depth|deep is"),
    ("length", r"how long|length|long is"),
    ("distance_to_viewer", r"\bcamera\b|\bviewer\b|\byou\b|\bme\b|\bus\b|\bobserver\b|\brobot\b"),
    ("distance", (r"how far|distance|apart|separat|how close"
                  r"|how many (?:(?:centi|milli)?met(?:er|re)s|cm|inches|feet)")),
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
_YESNO_START = re.compile(r"^(?:is|are|does|do|can|could|would|will|was|has|have|am)\b")
_WHICH = re.compile(r"^(?:which|who|what)\b|\bwhich (?:one|object|is|of)\b")


def _find_names(qn: str, names: dict[str, str]) -> tuple[list[str], str]:
    """Names occurring in ``qn`` in order (longest first, no overlaps) and ``qn`` with them blanked."""
    taken = [False] * len(qn)
    hits: list[tuple[int, str]] = []
    for key in sorted(names, key=len, reverse=True):
        for m in re.finditer(rf"(?<![a-z0-9']){re.escape(key)}(?![a-z0-9])", qn):
            if any(taken[m.start():m.end()]):
                continue
            for i in range(m.start(), m.end()):
                taken[i] = True
            hits.append((m.start(), names[key]))
    hits.sort()
    blanked = "".join(" " if t else c for c, t in zip(qn, taken))
    ordered: list[str] = []
    for _, n in hits:
        if n not in ordered:
            ordered.append(n)
    return ordered, " ".join(blanked.split())


def _fallback(question: str, qn: str, names: dict[str, str]) -> SpatialQuery:
    found, rest = _find_names(qn, names)
    known = _known(names.values())

    def need(k: int, kind: str) -> list[str]:
        if len(found) < k:
            raise UnknownObjectError(
                f"question {_short(question)} asks for {kind} but names {len(found)} known object(s) "
                f"(scene has: {known})"
            )
        return found[:k]

    padded = f" {rest} "
    is_which = bool(_WHICH.search(rest)) and (" or " in padded or rest.startswith("which"))
    is_yesno = bool(_YESNO_START.search(rest)) and not re.search(r"\bhow\b|\bwhat\b", rest)
    if is_which or is_yesno:
        form = "which" if is_which else "yesno"
        for kind, rx in _PREDICATE_KEYS:
            if re.search(rx, rest):
                return SpatialQuery(kind, tuple(need(2, kind)), form, question)
    for kind, rx in _QUANTITY_KEYS:
        if not re.search(rx, rest):
            continue
        k = n_objects(kind)
        if kind == "distance_to_viewer" and len(found) != 1:
            continue
        if kind == "distance" and len(found) == 1 and re.search(r"how far (?:away )?is\s*$|how far away", rest):
            return SpatialQuery("distance_to_viewer", tuple(found), "value", question)
        return SpatialQuery(kind, tuple(need(k, kind)), "value", question)
    if _WHICH.search(rest):
        for kind, rx in _PREDICATE_KEYS:
            if re.search(rx, rest):
                return SpatialQuery(kind, tuple(need(2, kind)), "which", question)
    raise QueryError(f"question not understood: {_short(question)}")
