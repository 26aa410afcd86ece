"""The question/answer template bank (``config/qa_templates.yaml``) and question matching.

The same bank phrases synthetic questions/answers and reads users' questions:
:meth:`TemplateBank.match` turns a natural-language question into a
:class:`SpatialQuery` by matching it against every question template, with the
placeholders ``[A]``/``[B]`` standing for object references resolved by the
shared resolver (:mod:`spatialvlm_ros.core.references`). The bank is the one
source of phrasings: its templates are compiled in canonical form
(:mod:`spatialvlm_ros.core.question_text`: case, punctuation, articles, polite
wrappers, unit requests and a leading "what is" do not matter), and the matching
itself (plus keyword fallbacks for free phrasings) is
:mod:`spatialvlm_ros.core.question_match`.

Placeholders: ``[A]``, ``[B]`` the query's objects in order; in answers ``[X]``
the value (a length, a direction, or the chosen object of a "which" question)
and ``[Y]`` the other object of a "which" question; ``[D]`` (signed
quantities only, :data:`SIGNED_PHRASES`) how A relates to B ("to the left of").
Objects are written as "the <name>".
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from spatialvlm_ros.core.answer_phrasing import format_direction, format_length, format_size
from spatialvlm_ros.core.query import (
    COMPOSITE_QUANTITIES,
    PREDICATES,
    QUANTITIES,
    QUESTION_TYPES,
    SpatialQuery,
    n_objects,
)
from spatialvlm_ros.core.question_text import (
    ARTICLES,
    EXTRA_VOCABULARY,
    SpellingFixer,
    canonical,
    normalize_text,
    variants,
)
from spatialvlm_ros.errors import ConfigError, QueryError
from spatialvlm_ros.resources import config_path, load_config

if TYPE_CHECKING:  # pragma: no cover
    from spatialvlm_ros.core.quantities import Measurement

log = logging.getLogger(__name__)

DEFAULT_FILE = "qa_templates.yaml"
_PLACEHOLDER = re.compile(r"\[([A-Z])\]")
#: [D] of the signed quantities: (phrase when signed_m >= 0, phrase when < 0).
SIGNED_PHRASES: dict[str, tuple[str, str]] = {
    "height_difference": ("taller than", "shorter than"),
    "lateral_offset": ("to the right of", "to the left of"),
    "depth_offset": ("farther from the camera than", "closer to the camera than"),
}
def _object_phrase(name: str) -> str:
    words = name.strip().split()
    if words and words[0].lower() in ARTICLES:
        return name.strip()
    return f"the {name.strip()}"


def fill(template: str, values: dict[str, str]) -> str:
    """Replace ``[A]``-style placeholders and capitalise the first letter."""
    out = _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)
    return out[:1].upper() + out[1:] if out else out


@dataclass
class CompiledTemplate:
    """One canonical variant of a question template, with ``[A]``/``[B]`` as wildcards.

    ``order``: the slot letters in query order (A, B); ``literal``: the
    template's text without its slots (more literal text = a more specific match).
    """

    kind: str
    form: str
    index: int
    text: str
    norm: str
    order: tuple[str, ...]
    literal: str
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
    compiled: list[CompiledTemplate] = field(default_factory=list, repr=False)
    #: every word of the canonical question templates (and common question words)
    vocabulary: frozenset[str] = field(default_factory=frozenset, repr=False)
    speller: SpellingFixer = field(default_factory=lambda: SpellingFixer(Counter()), repr=False)

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
            if kind not in QUANTITIES and kind not in COMPOSITE_QUANTITIES:
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
            permitted = {"A", "B"} if n_objects(kind) == 2 else {"A"}
            if form != "yesno":
                permitted |= {"X"}
            if kind in SIGNED_PHRASES:
                permitted |= {"D"}
            if form == "which":
                permitted = {"X", "Y"}
            for a in ans:
                used = set(_PLACEHOLDER.findall(a))
                if not used <= permitted:
                    raise ConfigError(f"templates {self.source}: answer {a!r} of {kind}/{form} uses {sorted(used - permitted)}")
                if form != "yesno" and "X" not in used:
                    raise ConfigError(f"templates {self.source}: answer {a!r} of {kind}/{form} lacks [X]")

    def _compile(self) -> None:
        """Compile every canonical variant of every question template; collect the vocabulary."""
        self.compiled = []
        wild = {"A": ".+?", "B": ".+?"}
        seen: dict[str, tuple[str, str]] = {}
        counts: Counter = Counter()
        for (kind, form), qs in self.questions.items():
            for i, q in enumerate(qs):
                counts.update(w for w in normalize_text(q).split() if not w.startswith("["))
                canon, _unit = canonical(normalize_text(q))
                for norm in variants(canon):
                    other = seen.setdefault(norm, (kind, form))
                    if other != (kind, form):
                        raise ConfigError(
                            f"templates {self.source}: {q!r} of {kind}/{form} reads like a template of "
                            f"{other[0]}/{other[1]} ({norm!r})"
                        )
                    if any(c.norm == norm for c in self.compiled if (c.kind, c.form) == (kind, form)):
                        continue
                    order = tuple(sorted(x.upper() for x in re.findall(r"\[([a-z])\]", norm)))
                    literal = re.sub(r"\[[a-z]\]", "", norm).strip()
                    counts.update(w for w in norm.split() if not w.startswith("["))
                    self.compiled.append(
                        CompiledTemplate(kind, form, i, q, norm, order, literal, _compile_norm(norm, wild))
                    )
        self.vocabulary = frozenset(counts) | EXTRA_VOCABULARY
        self.speller = SpellingFixer(counts + Counter({w: 1 for w in EXTRA_VOCABULARY}))

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
            if query.kind == "size" and getattr(measurement, "extents_m", None) is not None:
                values["X"], unit = format_size(measurement.extents_m, query.unit)
            else:
                values["X"], unit = format_length(measurement.value_m, None if query.unit else rng, query.unit)
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

        See :func:`spatialvlm_ros.core.question_match.match_question`: references
        go through the shared resolver; raises :class:`UnknownObjectError` (with
        the closest known names), :class:`AmbiguousObjectError` (with the
        candidates) or :class:`QueryError` (naming what was not understood).
        """
        from spatialvlm_ros.core.limits import MAX_QUESTION_CHARS
        from spatialvlm_ros.core.question_match import match_question

        if isinstance(question, str) and len(question) > MAX_QUESTION_CHARS:
            raise QueryError(f"question is {len(question)} characters long; at most {MAX_QUESTION_CHARS} are accepted")

        return match_question(self, question, object_names)
