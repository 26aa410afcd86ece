"""Composite questions as text: the template bank ``config/composite_templates.yaml``.

:meth:`CompositeBank.match` reads a question into a
:class:`~spatialvlm_ros.core.planner.CompositeQuery` (object slots resolved by the
shared resolver :func:`spatialvlm_ros.core.references.resolve`: an ambiguous or unknown
reference is refused with the candidates, never guessed); :meth:`CompositeBank.question`
and :meth:`CompositeBank.answer` phrase synthetic ones; :func:`short_answer` and
:func:`reasoning_text` write an answer and its trace.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from spatialvlm_ros.core.answer_phrasing import format_length
from spatialvlm_ros.core.frame import normalize_name
from spatialvlm_ros.core.planner import COMPOSITE_KINDS, CompositeQuery
from spatialvlm_ros.core.references import resolve
from spatialvlm_ros.errors import ConfigError, QueryError
from spatialvlm_ros.resources import load_config

DEFAULT_FILE = "composite_templates.yaml"
_SLOT = re.compile(r"\[([A-Z])\]")
_OBJECT_SLOTS = ("X", "Y", "Z")


def _norm(text: str) -> str:
    t = (text or "").strip().lower().replace("’", "'")
    t = re.sub(r"[?.!]+$", "", t).strip()
    t = re.sub(r"\s*,\s*", ", ", t)
    return re.sub(r"\s+", " ", t)


def the(name: str) -> str:
    """An object name as written in questions and answers ("the red cube")."""
    return f"the {normalize_name(name)}"


def join_names(names: Sequence[str]) -> str:
    """'the a', 'the a and the b', 'the a, the b and the c'."""
    items = [the(n) for n in names]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _split_list(text: str) -> list[str]:
    return [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", text) if p.strip()]


class NotCompositeError(QueryError):
    """No composite template reads the question (it may still be a single-step one)."""


@dataclass
class _Template:
    kind: str
    text: str
    pattern: re.Pattern
    slots: tuple[str, ...]


def _compile(kind: str, template: str) -> _Template:
    norm = re.sub(r"\[([a-z])\]", lambda m: f"[{m.group(1).upper()}]", _norm(template))
    parts, slots, pos = [], [], 0
    for m in _SLOT.finditer(norm):
        parts.append(re.escape(norm[pos:m.start()]))
        slot = m.group(1)
        if slot == "D":
            parts.append(r"(?P<D>\d+(?:\.\d+)?\s*[a-z\"']+\.?)")
        elif slot in (*_OBJECT_SLOTS, "L"):
            parts.append(f"(?P<{slot}>.+?)")
        else:
            raise ConfigError(f"composite templates: unknown placeholder [{slot}] in {template!r}")
        slots.append(slot)
        pos = m.end()
    parts.append(re.escape(norm[pos:]))
    return _Template(kind, template, re.compile("".join(parts)), tuple(slots))


class CompositeBank:
    """The composite question/answer templates (``kinds: {kind: {questions, answers}}``)."""

    def __init__(self, data: dict[str, Any]) -> None:
        kinds = (data or {}).get("kinds")
        if not isinstance(kinds, dict):
            raise ConfigError("composite templates: a mapping 'kinds' is required")
        unknown = sorted(set(kinds) - set(COMPOSITE_KINDS))
        if unknown:
            raise ConfigError(f"composite templates: unknown kind(s) {', '.join(unknown)}")
        self.questions: dict[str, list[str]] = {}
        self.answers: dict[str, list[str]] = {}
        self._compiled: list[_Template] = []
        for kind, entry in kinds.items():
            qs, ans = list(entry.get("questions") or []), list(entry.get("answers") or [])
            if not qs or not ans:
                raise ConfigError(f"composite templates: {kind} needs questions and answers")
            self.questions[kind], self.answers[kind] = qs, ans
            self._compiled += [_compile(kind, t) for t in qs]

    @classmethod
    def load(cls, path: str | None = None) -> CompositeBank:
        return cls(load_config(path or DEFAULT_FILE))

    def match(self, question: str, object_names: Sequence[str]) -> CompositeQuery:
        """The composite query of ``question`` about ``object_names``.

        Raises :class:`NotCompositeError` when no template reads it ("not a composite question"),
        or with the resolver's reason when a reference is unknown or ambiguous."""
        from spatialvlm_ros.core.answer_parsing import parse_quantity
        from spatialvlm_ros.core.units import SYSTEM_WORDS, UNIT_WORDS

        text = _norm(question)
        unit = ""
        req = re.search(r",? in ([a-z]+)(?: units)?$", text)  # "..., in inches"
        if req and (req.group(1) in UNIT_WORDS or req.group(1) in SYSTEM_WORDS):
            unit = UNIT_WORDS.get(req.group(1)) or SYSTEM_WORDS[req.group(1)]
            text = text[:req.start()]
        failures: list[str] = []
        for t in sorted(self._compiled, key=lambda c: -len(c.pattern.pattern)):
            m = t.pattern.fullmatch(text)
            if m is None:
                continue
            objs: list[str] = []
            cands: list[str] = []
            length = None
            why = ""
            for slot in t.slots:
                val = m.group(slot)
                if slot == "D":
                    try:
                        length = float(parse_quantity(val).value_m)
                    except Exception:  # noqa: BLE001 - an unreadable length: try the other templates
                        why = f"cannot read the length {val!r}"
                    continue
                refs = _split_list(val) if slot == "L" else [val]
                for ref in refs:
                    r = resolve(ref, list(object_names))
                    if not r.valid:
                        why = r.reason
                        break
                    (cands if slot == "L" else objs).append(r.name)
                if why:
                    break
            if why:
                failures.append(why)
                continue
            names_by_slot = dict(zip([s for s in t.slots if s in _OBJECT_SLOTS], objs))
            objects = tuple(names_by_slot[s] for s in _OBJECT_SLOTS if s in names_by_slot)
            return CompositeQuery(t.kind, objects, length, tuple(cands), question, unit)
        if failures:
            raise QueryError(failures[0])
        raise NotCompositeError(f"not a composite question: {question.strip()[:80]!r}")

    def question(self, cq: CompositeQuery, rng: np.random.Generator, length_text: str = "") -> str:
        """A question of ``cq``'s kind, objects written "the <name>"; ``length_text`` fills [D]."""
        options = [t for t in self.questions[cq.kind] if ("[L]" in t) == bool(cq.candidates)]
        template = str(options[int(rng.integers(len(options)))] if options else self.questions[cq.kind][0])
        values = dict(zip(_OBJECT_SLOTS, (the(o) for o in cq.objects)))
        values["L"] = join_names(cq.candidates)
        values["D"] = length_text
        return _SLOT.sub(lambda m: values.get(m.group(1), m.group(0)), template)

    def answer(self, cq: CompositeQuery, short: str, rng: np.random.Generator) -> str:
        """An answer sentence of ``cq``'s kind around the short answer ``short``."""
        options = self.answers[cq.kind]
        template = str(options[int(rng.integers(len(options)))])
        values = dict(zip(_OBJECT_SLOTS, (the(o) for o in cq.objects)))
        values["V"] = short
        text = _SLOT.sub(lambda m: values.get(m.group(1), m.group(0)), template)
        return text[0].upper() + text[1:]


def short_answer(cq: CompositeQuery, value: Any, unit: str = "") -> str:
    """The short answer to ``cq`` given its plan's value ("the mug", "yes", "12 cm farther")."""
    k = cq.kind
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        return the(value)
    if k == "within":
        n = len(value)
        return "none" if n == 0 else f"{n} object{'s' if n != 1 else ''}: {join_names(value)}"
    if isinstance(value, list):
        return join_names(value)
    if k == "farther_difference":
        text, _ = format_length(abs(float(value)), None, unit)
        return f"{text} {'farther' if value >= 0 else 'closer'}"
    text, _ = format_length(float(value), None, unit)
    return text


def _fmt(v: Any, unit: str) -> str:
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, str):
        return the(v)
    if isinstance(v, (list, tuple)) and v and all(isinstance(x, str) for x in v):
        return "[" + ", ".join(the(x) for x in v) + "]"
    if isinstance(v, (list, tuple, np.ndarray)):
        return "(" + ", ".join(f"{float(x):.3f}" for x in v) + ") m"
    if v is None:
        return "?"
    if unit == "m":
        return f"{float(v) * 100:.1f} cm"
    if unit == "deg":
        return f"{float(v):.0f} deg"
    return f"{float(v):.3g}"


def reasoning_text(trace: Sequence[Any]) -> str:
    """The trace as reasoning lines ("distance(the mug, the cup) = 23.0 cm", ...)."""
    lines = []
    for t in trace:
        s = t.step
        if s.op == "query":
            head = f"{s.kind}({', '.join(the(o) for o in s.objects)})"
        elif s.op == "const":
            head = "const"
        elif s.op == "midpoint":
            head = f"midpoint({', '.join(the(o) for o in s.objects)})"
        else:
            extra = ""
            if "cmp" in s.params:
                extra = f" {s.params['cmp']}" + (f" {s.params['threshold']}" if "threshold" in s.params else "")
            if "shape" in s.params:
                extra = f" {s.params['shape']} tol {s.params['tolerance']}"
            head = f"{s.op}({', '.join(s.args)}){extra}"
        lines.append(f"{s.id} = {head} = {_fmt(t.value, t.unit) if t.valid else 'invalid: ' + t.reason}")
    return "; ".join(lines)
