"""One reference resolver: which known object a phrase such as "the duck" refers to.

Used by question matching (:mod:`spatialvlm_ros.core.templates`), goal
instructions (:mod:`spatialvlm_ros.core.instructions`) and anything that names
objects in text. :func:`resolve` tries, in order, and stops at the first rule
that gives any candidate:

1. ``exact``: the reference is a known name as written.
2. ``normalized``: equal after lower-casing, dropping articles/determiners
   ("the", "a", "this"...) and possessives, and singularising each word
   ("the Rubber Ducks" = "rubber duck").
3. ``head_noun``: the reference's words are all words of one name whose last
   word (its head noun) is the reference's last word ("duck" -> "rubber duck",
   "box" -> "orange box" when only one name ends in "box").
4. ``word``: the reference's words are all words of one name ("lego" -> "lego brick").
5. ``synonym``: as 2-4 after replacing words by synonyms of ``config/synonyms.yaml``
   (other words kept: "red block" -> "red cube", never "blue cube").
6. ``fuzzy``: as 2-5 after correcting each word to the closest word of the
   names/synonyms (rapidfuzz ratio >= :data:`WORD_CUTOFF`), else the closest
   whole name (ratio >= :data:`NAME_CUTOFF`, clearly ahead of the next).

A rule that finds several candidates makes the reference *ambiguous*: the
result is invalid and lists them (never a guess). A reference no rule finds is
*unknown*; the result lists the closest known names. Nothing raises.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz, process

from spatialvlm_ros.errors import AmbiguousObjectError, ConfigError, UnknownObjectError

RULES: tuple[str, ...] = ("exact", "normalized", "head_noun", "word", "synonym", "fuzzy")
#: Per-word fuzzy correction: minimum rapidfuzz ``fuzz.ratio`` (0..100) to the closest vocabulary word.
WORD_CUTOFF = 80.0
#: Whole-name fuzzy match: minimum ``fuzz.ratio`` and lead over the second-best name.
NAME_CUTOFF = 85.0
NAME_LEAD = 5.0
#: Words never part of a name reference (articles, determiners, possessives).
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "my", "your", "our", "its", "their"})
DEFAULT_FILE = "synonyms.yaml"


@dataclass(frozen=True)
class Resolution:
    """The outcome of resolving one reference.

    - ``reference``: the text as asked.
    - ``names``: the resolved known name (one) when valid; empty otherwise.
    - ``rule``: the rule that resolved it (one of :data:`RULES`), or ``"ambiguous"``
      / ``"unknown"`` / ``"empty"`` when invalid.
    - ``candidates``: ambiguous: every name that fits; unknown: the closest known names.
    - ``reason``: one line saying why it is invalid ("" when valid).
    """

    reference: str
    names: tuple[str, ...] = ()
    rule: str = ""
    candidates: tuple[str, ...] = ()
    reason: str = ""

    @property
    def valid(self) -> bool:
        return len(self.names) == 1

    @property
    def name(self) -> str:
        """The resolved name (:class:`UnknownObjectError`/:class:`AmbiguousObjectError` when invalid)."""
        if self.valid:
            return self.names[0]
        raise self.error()

    def error(self) -> UnknownObjectError | AmbiguousObjectError:
        """The exception matching this invalid result (its one-line reason)."""
        cls = AmbiguousObjectError if self.rule == "ambiguous" else UnknownObjectError
        return cls(self.reason or f"cannot resolve {self.reference!r}")

    def to_dict(self) -> dict:
        return {"asked": self.reference, "name": self.names[0] if self.valid else None, "rule": self.rule,
                "candidates": list(self.candidates), "reason": self.reason}


# ---------------------------------------------------------------------------- words


def singular(word: str) -> str:
    """A crude English singular: "boxes" -> "box", "cherries" -> "cherry", "cups" -> "cup"."""
    w = word
    if len(w) <= 3 or w.endswith(("ss", "us", "is", "ous")):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses", "zes")):
        return w[:-2]
    if w.endswith("s"):
        return w[:-1]
    return w


def words_of(text: str) -> list[str]:
    """Lower-case, singular words of ``text`` without determiners or possessive endings."""
    t = text.lower().replace("’", "'").replace("_", " ").replace("-", " ")
    out = []
    for w in re.findall(r"[a-z0-9']+", t):
        w = w[:-2] if w.endswith("'s") else w.strip("'")
        if w and w not in DETERMINERS:
            out.append(singular(w))
    return out


def key_of(text: str) -> str:
    """The comparison key of a name or reference (see :func:`words_of`)."""
    return " ".join(words_of(text))


# ---------------------------------------------------------------------------- synonyms


@dataclass(frozen=True)
class Synonyms:
    """Synonym groups: each phrase (singular words) -> the other phrases of its groups."""

    groups: tuple[tuple[str, ...], ...] = ()
    _alt: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_groups(cls, groups: Iterable[Iterable[str]]) -> Synonyms:
        gs = tuple(tuple(key_of(w) for w in g if key_of(w)) for g in groups)
        alt: dict[str, list[str]] = {}
        for g in gs:
            for w in g:
                alt.setdefault(w, [])
                alt[w].extend(o for o in g if o != w and o not in alt[w])
        return cls(groups=gs, _alt={k: tuple(v) for k, v in alt.items()})

    @classmethod
    def load(cls, path: str | Path | None = None) -> Synonyms:
        """Read ``groups`` from ``config/synonyms.yaml`` (or ``path``); ConfigError if malformed."""
        from spatialvlm_ros.resources import config_path, load_config

        p = Path(path) if path is not None else config_path(DEFAULT_FILE)
        data = load_config(p) or {}
        groups = data.get("groups")
        if not isinstance(groups, list) or not all(
            isinstance(g, list) and len(g) >= 2 and all(isinstance(w, str) and w.strip() for w in g) for g in groups
        ):
            raise ConfigError(f"synonyms {p}: 'groups' must be a list of lists of at least two words")
        return cls.from_groups(groups)

    def phrases(self) -> set[str]:
        return set(self._alt)

    def variants(self, words: list[str]) -> list[list[str]]:
        """``words`` with one or more phrases replaced by synonyms (not ``words`` itself)."""
        text = " ".join(words)
        spans: list[tuple[int, int, tuple[str, ...]]] = []
        for phrase, alts in self._alt.items():
            for m in re.finditer(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])", text):
                spans.append((m.start(), m.end(), (phrase, *alts)))
        spans.sort()
        chosen: list[tuple[int, int, tuple[str, ...]]] = []
        for s in spans:  # no overlapping replacements (longest first at one start)
            if chosen and s[0] < chosen[-1][1]:
                continue
            chosen.append(s)
        out: list[list[str]] = []
        for combo in itertools.product(*(c[2] for c in chosen)):
            if all(w == c[2][0] for w, c in zip(combo, chosen)):
                continue
            pieces, last = [], 0
            for (start, end, _), w in zip(chosen, combo):
                pieces.append(text[last:start])
                pieces.append(w)
                last = end
            pieces.append(text[last:])
            out.append("".join(pieces).split())
        return out


@functools.lru_cache(maxsize=1)
def default_synonyms() -> Synonyms:
    """The package's synonym table (``config/synonyms.yaml``)."""
    return Synonyms.load()


# ---------------------------------------------------------------------------- resolving


def _unique(names: Sequence[str]) -> list[str]:
    out: list[str] = []
    for n in names:
        if n not in out:
            out.append(n)
    return out


def _word_rules(ref: list[str], names: dict[str, list[str]]) -> tuple[str, list[str]]:
    """(rule, candidates) of rules 2-4 for the reference words ``ref`` (first rule with any candidate)."""
    if not ref:
        return "", []
    key = " ".join(ref)
    same = [n for n, ws in names.items() if " ".join(ws) == key]
    if same:
        return "normalized", same
    subset = [n for n, ws in names.items() if ws and set(ref) <= set(ws)]
    head = [n for n in subset if ws_last(names[n]) == ref[-1]]
    if head:
        return "head_noun", head
    if subset:
        return "word", subset
    return "", []


def ws_last(words: list[str]) -> str:
    return words[-1] if words else ""


def _vocabulary(names: dict[str, list[str]], synonyms: Synonyms) -> list[str]:
    vocab = {w for ws in names.values() for w in ws}
    for p in synonyms.phrases():
        vocab.update(p.split())
    return sorted(vocab)


def correct_word(word: str, vocabulary: Sequence[str], cutoff: float = WORD_CUTOFF) -> str | None:
    """The one vocabulary word closest to ``word`` (rapidfuzz ratio >= cutoff, no tie), else None."""
    if word in vocabulary:
        return word
    if len(word) < 3:
        return None
    hits = process.extract(word, vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff, limit=2)
    if not hits or (len(hits) > 1 and hits[1][1] >= hits[0][1]):
        return None
    return hits[0][0]


def closest_names(reference: str, known_names: Sequence[str], limit: int = 3,
                  synonyms: Synonyms | None = None) -> list[str]:
    """Up to ``limit`` known names most like ``reference``, best first.

    Names with the reference's head noun (or a synonym of it: "blue block" -> "red cube") come first, then
    the rest by rapidfuzz WRatio.
    """
    syn = synonyms if synonyms is not None else default_synonyms()
    names = _unique([n for n in known_names if n and n.strip()])
    ref = words_of(reference)
    if not names or not ref:
        return []
    heads = {ref[-1]} | {v[-1] for v in syn.variants([ref[-1]]) if v}
    first = [n for n in names if ws_last(words_of(n)) in heads]
    hits = process.extract(" ".join(ref), {n: key_of(n) for n in names}, scorer=fuzz.WRatio, limit=len(names))
    return _unique(first + [h[2] for h in hits])[:limit]


def _display(reference: str) -> str:
    """The reference as written, without leading determiners ("the banana" -> "banana")."""
    words = reference.strip().split()
    while len(words) > 1 and words[0].lower() in DETERMINERS:
        words = words[1:]
    return " ".join(words)


def _fail_unknown(reference: str, names: list[str]) -> Resolution:
    close = closest_names(reference, names)
    hint = f"; closest: {', '.join(close)}" if close else ""
    known = ", ".join(sorted(names)) or "none"
    return Resolution(reference, rule="unknown", candidates=tuple(close),
                      reason=f"unknown object {_display(reference)!r}{hint} (scene has: {known})")


def _fail_ambiguous(reference: str, candidates: list[str]) -> Resolution:
    c = sorted(_unique(candidates))
    return Resolution(reference, rule="ambiguous", candidates=tuple(c),
                      reason=f"{_display(reference)!r} could be any of: {', '.join(c)} (say which)")


def _decide(reference: str, rule: str, cands: list[str]) -> Resolution:
    cands = _unique(cands)
    if len(cands) == 1:
        return Resolution(reference, names=(cands[0],), rule=rule)
    return _fail_ambiguous(reference, cands)


def resolve(reference: str, known_names: Sequence[str], synonyms: Synonyms | None = None,
            fuzzy: bool = True) -> Resolution:
    """Resolve ``reference`` to one of ``known_names`` (see the module docstring for the rules).

    ``synonyms``: the synonym table (default ``config/synonyms.yaml``);
    ``fuzzy``: allow rule 6 (close spellings). Never raises; check ``.valid``.
    """
    syn = synonyms if synonyms is not None else default_synonyms()
    ref_text = reference if isinstance(reference, str) else ""
    names_list = _unique([n for n in known_names if isinstance(n, str) and n.strip()])
    ref = words_of(ref_text)
    if not ref:
        return Resolution(ref_text, rule="empty", reason="no object named")
    exact = [n for n in names_list if n == ref_text.strip()]
    if exact:
        return _decide(ref_text, "exact", exact)
    names = {n: words_of(n) for n in names_list}
    rule, cands = _word_rules(ref, names)
    if cands:
        return _decide(ref_text, rule, cands)
    cands = _synonym_candidates(ref, names, syn)
    if cands:
        return _decide(ref_text, "synonym", cands)
    if not fuzzy:
        return _fail_unknown(ref_text, names_list)
    vocab = _vocabulary(names, syn)
    fixed = [correct_word(w, vocab) or w for w in ref]
    if fixed != ref:
        _rule, cands = _word_rules(fixed, names)
        if not cands:
            cands = _synonym_candidates(fixed, names, syn)
        if cands:
            return _decide(ref_text, "fuzzy", cands)
    keys = {n: " ".join(ws) for n, ws in names.items()}
    hits = process.extract(" ".join(ref), keys, scorer=fuzz.ratio, limit=2, score_cutoff=NAME_CUTOFF)
    if hits:
        if len(hits) > 1 and hits[1][1] > hits[0][1] - NAME_LEAD:
            return _fail_ambiguous(ref_text, [h[2] for h in hits])
        return Resolution(ref_text, names=(hits[0][2],), rule="fuzzy")
    return _fail_unknown(ref_text, names_list)


def _synonym_candidates(ref: list[str], names: dict[str, list[str]], syn: Synonyms) -> list[str]:
    cands: list[str] = []
    for variant in syn.variants(ref):
        _rule, c = _word_rules(variant, names)
        cands.extend(c)
    return _unique(cands)


def resolve_all(references: Sequence[str], known_names: Sequence[str], synonyms: Synonyms | None = None,
                fuzzy: bool = True) -> list[Resolution]:
    """:func:`resolve` of each reference."""
    return [resolve(r, known_names, synonyms, fuzzy) for r in references]


def name_words(known_names: Sequence[str], synonyms: Synonyms | None = None) -> set[str]:
    """Every word of the names and of the synonym table (singular, lower case)."""
    syn = synonyms if synonyms is not None else default_synonyms()
    return set(_vocabulary({n: words_of(n) for n in known_names}, syn))


# ---------------------------------------------------------------------------- references in free text


@dataclass(frozen=True)
class Mention:
    """A reference found in a list of words: ``words[start:end]`` and its resolution."""

    start: int
    end: int
    resolution: Resolution


def find_references(words: Sequence[str], known_names: Sequence[str], stop_words: Iterable[str] = (),
                    synonyms: Synonyms | None = None) -> list[Mention]:
    """The object references in ``words`` (normalised words of a question), left to right.

    A reference is a run of words outside ``stop_words`` (question vocabulary;
    words of the known names and synonyms never count as stop words); the
    longest run that :func:`resolve` resolves or finds ambiguous wins, else
    shorter runs are tried. Unknown runs are not reported (the caller decides
    what an unrecognised word means).
    """
    syn = synonyms if synonyms is not None else default_synonyms()
    names = _unique([n for n in known_names if isinstance(n, str) and n.strip()])
    own = name_words(names, syn)
    stop = {w for w in stop_words if w not in own and singular(w) not in own}
    longest = max((len(words_of(n)) for n in names), default=1) + 1
    out: list[Mention] = []
    i, n = 0, len(words)
    while i < n:
        if words[i] in stop:
            i += 1
            continue
        j = i
        while j < n and j - i < longest and words[j] not in stop:
            j += 1
        hit = None
        for end in range(j, i, -1):
            r = resolve(" ".join(words[i:end]), names, syn)
            if r.valid or r.rule == "ambiguous":
                hit = Mention(i, end, r)
                break
        if hit is None:
            i += 1
            continue
        out.append(hit)
        i = hit.end
    return out
