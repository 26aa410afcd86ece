"""Answer units: what unit a question asks for, and a length written in a given unit.

Values stay in metres everywhere (``value_m``); a unit only decides how a length
is *written*. Unit codes: ``"mm"``, ``"cm"``, ``"m"``, ``"in"``, ``"ft"``, and the
systems ``"metric"`` (cm below 1 m, m above; same as ``"auto"``) and ``"imperial"``
(inches below 3 ft, feet above). Without a request the answer uses
``default_unit`` of ``config/units.yaml``.

:func:`extract_unit_request` reads a request from a normalised question
("... in inches", "in mm", "using metric units", "how many centimeters ...") and
returns the question without it; :func:`format_in_unit` writes a length.
"""

from __future__ import annotations

import functools
import math
import re

from spatialvlm_ros.errors import ConfigError

LENGTH_UNITS: tuple[str, ...] = ("mm", "cm", "m", "in", "ft")
SYSTEMS: tuple[str, ...] = ("auto", "metric", "imperial")
DEFAULT_FILE = "units.yaml"

#: Words (normalised, lower case) naming a unit or a system -> unit code.
UNIT_WORDS: dict[str, str] = {
    "mm": "mm", "millimeter": "mm", "millimeters": "mm", "millimetre": "mm", "millimetres": "mm",
    "cm": "cm", "cms": "cm", "centimeter": "cm", "centimeters": "cm", "centimetre": "cm", "centimetres": "cm",
    "m": "m", "meter": "m", "meters": "m", "metre": "m", "metres": "m",
    "inch": "in", "inches": "in",
    "ft": "ft", "foot": "ft", "feet": "ft",
}
SYSTEM_WORDS: dict[str, str] = {"metric": "metric", "imperial": "imperial"}

_UNIT_ALT = "|".join(sorted(map(re.escape, UNIT_WORDS), key=len, reverse=True))
_SYSTEM_ALT = "|".join(sorted(map(re.escape, SYSTEM_WORDS), key=len, reverse=True))
#: "in inches", "in mm", "using centimetres", "expressed in feet", "in units of cm"
_IN_UNIT = re.compile(
    rf"\b(?:(?:give|answer|express|expressed|tell|measured|it)\s+)*(?:in|using|with|as|into)\s+(?:units\s+of\s+)?"
    rf"(?P<u>{_UNIT_ALT})(?:\s+units?)?(?:\s+please)?\s*$"
)
_IN_UNIT_INNER = re.compile(rf"\b(?:in|using|into)\s+(?:units\s+of\s+)?(?P<u>{_UNIT_ALT})(?:\s+units?)?(?=\s+(?:please|thanks?)\b|\s*$)")
#: a unit request inside the question ("what is the distance in cm between ..."); not the bare "m"
_IN_UNIT_MID = re.compile(rf"\b(?:in|using)\s+(?P<u>{'|'.join(sorted((re.escape(w) for w in UNIT_WORDS if w != 'm'), key=len, reverse=True))})\b")
#: "in metric", "using imperial units", "metric units please"
_SYSTEM = re.compile(
    rf"\b(?:(?:in|using|with|as|into)\s+(?P<s>{_SYSTEM_ALT})(?:\s+(?:units?|system|measurements?))?"
    rf"|(?P<s2>{_SYSTEM_ALT})\s+(?:units?|system|measurements?))(?:\s+please)?\s*$"
)
_SYSTEM_PREFIX = re.compile(rf"^(?:in|using)\s+(?P<s>{_SYSTEM_ALT})\s+(?:units?\s+)?")
_UNIT_PREFIX = re.compile(rf"^(?:in|using)\s+(?P<u>{_UNIT_ALT})\s+")
#: "how many centimeters", "how many inches" -> the generic "how many units"
_HOW_MANY = re.compile(rf"\bhow\s+many\s+(?P<u>{_UNIT_ALT})\b")


def extract_unit_request(norm: str) -> tuple[str, str]:
    """(unit code or ``""``, the question without the request) of a normalised question.

    ``norm`` is lower case with punctuation dropped (see
    :func:`spatialvlm_ros.core.templates.normalize_text`). "how many <unit>"
    becomes "how many units" (the rest of the question still says what is
    measured). A system word alone ("metric") only counts at the end or start
    of the question ("..., in metric units").
    """
    unit = ""
    text = norm
    m = _HOW_MANY.search(text)
    if m:
        unit = UNIT_WORDS[m.group("u")]
        text = text[: m.start()] + "how many units" + text[m.end():]
    m = _IN_UNIT.search(text) or _IN_UNIT_INNER.search(text) or _IN_UNIT_MID.search(text)
    if m:
        unit = UNIT_WORDS[m.group("u")]
        text = text[: m.start()] + " " + text[m.end():]
    else:
        m = _SYSTEM.search(text) or _SYSTEM_PREFIX.search(text) or _UNIT_PREFIX.search(text)
        if m:
            g = m.groupdict()
            word = g.get("s") or g.get("s2")
            unit = SYSTEM_WORDS[word] if word else UNIT_WORDS[g["u"]]
            text = text[: m.start()] + " " + text[m.end():]
    return unit, " ".join(text.split())


def _fmt(x: float, decimals: int) -> str:
    s = f"{x:.{decimals}f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


#: unit code -> (metres per unit, singular word, plural word)
_UNIT_SPEC: dict[str, tuple[float, str, str]] = {
    "mm": (0.001, "mm", "mm"),
    "cm": (0.01, "cm", "cm"),
    "m": (1.0, "m", "m"),
    "in": (0.0254, "inch", "inches"),
    "ft": (0.3048, "foot", "feet"),
}


def _decimals(x: float) -> int:
    """Decimals keeping the rounding error within 5 % (0 from 10 units up, 2 significant digits below)."""
    if x >= 10:
        return 0
    if x >= 1:
        return 1
    if x <= 0:
        return 0
    return max(2, math.ceil(-math.log10(x)) + 1)


def format_in_unit(value_m: float, unit: str) -> tuple[str, str]:
    """``value_m`` (metres, >= 0) written in ``unit``: (text, unit code).

    ``"auto"``/``"metric"``: cm below 1 m, m above; ``"imperial"``: inches below
    3 ft, feet above. Rounding keeps the written value within 5 % (half a
    hundredth for values below 1 unit). ValueError for a negative or non-finite
    value or an unknown unit.
    """
    v = float(value_m)
    if not math.isfinite(v) or v < 0:
        raise ValueError(f"cannot phrase length {value_m!r}")
    if unit in ("auto", "metric", ""):
        if v < 1.0:
            return f"{_fmt(v * 100, 0 if v >= 0.1 else 1)} cm", "cm"
        return f"{_fmt(v, 2)} m", "m"
    if unit == "imperial":
        unit = "in" if v < 3 * 0.3048 else "ft"
    if unit not in _UNIT_SPEC:
        raise ValueError(f"unknown length unit {unit!r} (known: {', '.join(LENGTH_UNITS + SYSTEMS)})")
    per, one, many = _UNIT_SPEC[unit]
    x = v / per
    dec = max(2, _decimals(x)) if unit == "m" and x < 10 else _decimals(x)
    num = _fmt(x, dec)
    return f"{num} {one if num == '1' else many}", unit


def check_unit(unit: str, where: str = "unit") -> str:
    """``unit`` if it is a known unit code or system (ConfigError otherwise)."""
    if unit not in LENGTH_UNITS and unit not in SYSTEMS:
        raise ConfigError(f"{where}: unknown unit {unit!r} (known: {', '.join(LENGTH_UNITS + SYSTEMS)})")
    return unit


@functools.lru_cache(maxsize=1)
def default_unit() -> str:
    """``default_unit`` of ``config/units.yaml`` (``"auto"`` when the file has none)."""
    from spatialvlm_ros.resources import config_path, load_config

    p = config_path(DEFAULT_FILE)
    data = load_config(p) if p.is_file() else {}
    return check_unit(str((data or {}).get("default_unit", "auto")).strip(), f"{p}: default_unit")
