"""Question text as matched: normalisation, canonical wording, light spelling fixes.

The same :func:`canonical` is applied to the template bank's questions and to
users' questions, so variants of a phrasing need not be listed in the bank:

- polite wrappers are dropped ("could you tell me ...", "please", "thanks");
- a requested unit is taken out ("... in inches", "how many cm ...", see
  :func:`spatialvlm_ros.core.units.extract_unit_request`) and "how many <unit>"
  reads as "how far" ("how many cm tall" as "how tall");
- words for the viewer ("you", "viewer", "lens", ...) read as "camera" and words
  for the support ("table", "ground", "floor", ...) as "surface" (unless the
  scene has an object of that name);
- "what is"/"what are" at the start is optional (see :func:`variants`).

:func:`fix_spelling` corrects lightly misspelled words of the bank's own
vocabulary ("hwo far", "how tal", "distnace") with rapidfuzz's
optimal-string-alignment distance; object words are left to the reference
resolver.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA

from spatialvlm_ros.core.units import SYSTEM_WORDS, UNIT_WORDS, extract_unit_request

_CONTRACTIONS = {
    "what's": "what is", "where's": "where is", "how's": "how is", "it's": "it is",
    "that's": "that is", "isn't": "is not", "aren't": "are not", "doesn't": "does not",
    "who's": "who is", "which's": "which is", "i'd": "i would", "you'd": "you would",
    "i'm": "i am", "can't": "cannot", "don't": "do not", "what're": "what are", "how're": "how are",
}
ARTICLES = frozenset({"the", "a", "an"})


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
        elif w not in ARTICLES:
            words.append(w)
    return " ".join(words)


_LEAD_FILLER = re.compile(r"^(?:(?:hey|hi|hello|ok|okay|so|well|please|kindly|quick question|question|now|and)\s+)+")
_LEAD_ASK = re.compile(
    r"^(?:(?:could|can|would|will)\s+(?:you|u)\s+(?:please\s+|kindly\s+)?"
    r"(?:tell\s+me|tell|say|estimate|measure|check|give\s+me|let\s+me\s+know|figure\s+out|work\s+out|find\s+out"
    r"|determine|compute|calculate|guess)?\s*)"
)
_LEAD_WANT = re.compile(
    r"^(?:please\s+)?(?:tell\s+me|let\s+me\s+know|show\s+me|i\s+would\s+like\s+to\s+know|i\s+want\s+to\s+know"
    r"|i\s+wonder|i\s+am\s+wondering|do\s+you\s+know|any\s+idea|i\s+need\s+to\s+know|i\s+am\s+curious"
    r"|i\s+would\s+like\s+to\s+ask|quick\s+one)\s*"
)
_TRAIL = re.compile(r"(?:\s+(?:please|thanks|thank you|thx|for me|if you can|if possible|if you could))+\s*$")
_HOW_MANY_DIM = re.compile(
    r"\bhow many units\s+(tall|high|wide|long|deep|thick|broad|big|large|taller|shorter|wider|narrower|higher|lower"
    r"|closer|nearer|farther|further|above|below|off|up)\b"
)
_HOW_MANY = re.compile(r"\bhow many units\b")
VIEWER_WORDS = frozenset({"camera", "viewer", "observer", "lens", "you", "me", "us"})
SUPPORT_WORDS = frozenset({"table", "ground", "floor", "desk", "tabletop", "surface", "support"})


def strip_wrappers(text: str) -> str:
    """``text`` (normalised) without polite wrappers at its start and end."""
    prev = None
    t = text
    while prev != t:
        prev = t
        t = _LEAD_FILLER.sub("", t)
        t = _LEAD_ASK.sub("", t)
        t = _LEAD_WANT.sub("", t)
        t = _TRAIL.sub("", t)
    return t.strip()


def canonical(norm: str, name_words: Iterable[str] = ()) -> tuple[str, str]:
    """(canonical text, requested unit or ``""``) of a normalised question or template.

    ``name_words``: words of the scene's object names, never rewritten.
    """
    keep = set(name_words)
    t = strip_wrappers(norm)
    unit, t = extract_unit_request(t)
    t = strip_wrappers(t)
    t = _HOW_MANY_DIM.sub(lambda m: f"how {m.group(1)}", t)
    t = _HOW_MANY.sub("how far", t)
    out = []
    for w in t.split():
        if w in VIEWER_WORDS and w not in keep:
            out.append("camera")
        elif w in SUPPORT_WORDS and w not in keep:
            out.append("surface")
        else:
            out.append(w)
    return " ".join(out), unit


_OPTIONAL_LEAD = re.compile(r"^(?:what is|what are|what s)\s+(?=\S)")


def variants(canon: str) -> list[str]:
    """Generated variants of a canonical template: itself, and without a leading "what is/are"."""
    out = [canon]
    short = _OPTIONAL_LEAD.sub("", canon)
    if short != canon and not short.startswith("["):
        out.append(short)
    return out


#: Words a question may use besides the bank's (units, fillers, question words).
EXTRA_VOCABULARY = frozenset(
    set(UNIT_WORDS) | set(SYSTEM_WORDS) | VIEWER_WORDS | SUPPORT_WORDS | {
        "how", "what", "which", "where", "is", "are", "far", "tall", "wide", "deep", "long", "big", "size",
        "dimensions", "please", "tell", "could", "would", "can", "you", "me", "between", "distance", "from", "to",
        "away", "apart", "high", "above", "below", "much", "many", "units", "thanks", "approximately", "roughly",
        "about", "exactly", "whether", "if", "or", "and", "of", "the", "in", "on", "front", "behind", "left", "right",
        "closer", "farther", "further", "bigger", "smaller", "taller", "shorter", "wider", "thinner", "higher",
        "lower", "estimate", "measure", "know", "like", "want", "wonder", "curious", "idea", "kindly", "large",
        "dimension", "measurements", "metric", "imperial", "one", "object", "it", "its", "do", "does",
    }
)


class SpellingFixer:
    """Corrects words close to a known vocabulary (question words of the bank).

    A word is replaced when it is not in the vocabulary, has at least 3
    letters, and one vocabulary word is closest by optimal string alignment
    (transpositions count once) within 1 edit (words up to 6 letters) or 2
    (longer words); ties go to the word the bank uses most, else no change.
    """

    def __init__(self, counts: Counter) -> None:
        self.counts = counts
        self.vocab = sorted(w for w in counts if len(w) >= 3)

    def fix(self, norm: str, protected: Iterable[str] = ()) -> str:
        keep = set(protected)
        out = []
        for w in norm.split():
            out.append(w if w in self.counts or w in keep or len(w) < 3 or w.isdigit() else self._closest(w))
        return " ".join(out)

    def _closest(self, w: str) -> str:
        limit = 1 if len(w) <= 6 else 2
        hits = process.extract(w, self.vocab, scorer=OSA.distance, score_cutoff=limit, limit=None)
        if not hits:
            return w
        best = min(h[1] for h in hits)
        tied = [h[0] for h in hits if h[1] == best]
        if len(tied) > 1:
            tied.sort(key=lambda x: -self.counts[x])
            if self.counts[tied[0]] == self.counts[tied[1]]:
                return w
        return tied[0]
