"""Phrasing measurements as answers.

:func:`format_length` writes centimetres below 1 m and metres above
(deterministic without an rng); with an rng it varies units (metric/imperial,
mm for small things), rounding and wording, as the paper's data did.
:func:`answer_text` gives the short answer to a query ("35 cm", "yes", "the mug",
"3 o'clock"). Reading answers is :mod:`spatialvlm_ros.core.answer_parsing`.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

from spatialvlm_ros.core.frame import normalize_name
from spatialvlm_ros.core.query import PREDICATES, SpatialQuery

if TYPE_CHECKING:  # pragma: no cover
    from spatialvlm_ros.core.quantities import Measurement


_UNIT_WORDS = {
    "mm": ("mm", "millimeters", "millimetres"),
    "cm": ("cm", "centimeters", "centimetres"),
    "m": ("m", "meters", "metres"),
    "in": ("inches", "in", "inches"),
    "ft": ("feet", "ft", "feet"),
}


def _fmt_number(x: float, decimals: int) -> str:
    s = f"{x:.{decimals}f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


#: Rounding never moves a phrased length by more than this fraction of it (or 0.5 mm).
MAX_ROUNDING_ERROR = 0.05


def _decimals(x: float, rng: np.random.Generator, weights: dict[int, float]) -> int:
    """Random number of decimals among those whose rounding error is <= MAX_ROUNDING_ERROR of x."""
    ok = [d for d in weights if 0.5 * 10.0 ** -d <= MAX_ROUNDING_ERROR * x]
    if not ok:
        return max(weights)
    w = np.array([weights[d] for d in ok], dtype=float)
    return int(ok[int(rng.choice(len(ok), p=w / w.sum()))])


def format_length_detail(value_m: float, rng: np.random.Generator | None = None) -> tuple[str, str, float]:
    """Like :func:`format_length` but also returns the rounding step (metres) used.

    With an rng: 30 % imperial (inches below 3 ft, else feet with decimals or
    "5 feet 6 inches"), 70 % metric (mm sometimes below 10 cm, cm below 1 m
    and sometimes up to 1.5 m, m above), random spelling ("cm", "centimeters",
    "centimetres") and random rounding, never off by more than
    :data:`MAX_ROUNDING_ERROR` of the value (or half a millimetre/inch step
    for tiny values).
    """
    v = float(value_m)
    if not math.isfinite(v) or v < 0:
        raise ValueError(f"cannot phrase length {value_m!r}")
    if rng is None:
        if v < 1.0:
            dec = 0 if v >= 0.1 else 1
            return f"{_fmt_number(v * 100, dec)} cm", "cm", 0.01 * 10.0 ** -dec
        return f"{_fmt_number(v, 2)} m", "m", 0.01
    imperial = rng.random() < 0.3
    if imperial:
        ft = v / 0.3048
        if ft < 3.0 or rng.random() < 0.15:
            unit, x, per = "in", v / 0.0254, 0.0254
            dec = _decimals(x, rng, {0: 3.0, 1: 1.0, 2: 0.3})
        elif rng.random() < 0.3:
            feet = int(ft)
            inches = round((ft - feet) * 12)
            if inches == 12:
                feet, inches = feet + 1, 0
            text = f"{feet} feet {inches} inches" if rng.random() < 0.6 else f"{feet} ft {inches} in"
            return text, "ft", 0.0254
        else:
            unit, x, per = "ft", ft, 0.3048
            dec = _decimals(x, rng, {0: 1.0, 1: 2.0, 2: 1.0})
    else:
        if 0.01 <= v < 0.1 and rng.random() < 0.25:
            unit, per = "mm", 0.001
        elif v < 1.0 or (v < 1.5 and rng.random() < 0.2):
            unit, per = "cm", 0.01
        else:
            unit, per = "m", 1.0
        x = v / per
        if unit == "mm":
            dec = 0
        elif unit == "cm":
            dec = _decimals(x, rng, {0: 3.0, 1: 1.0, 2: 0.5})
        else:
            dec = _decimals(x, rng, {1: 1.0, 2: 2.0, 3: 0.5})
    step = per * 10.0 ** -dec
    words = _UNIT_WORDS[unit]
    word = words[int(rng.integers(len(words)))]
    num = _fmt_number(x, dec)
    if word in ("inches", "feet") and num == "1":
        word = "inch" if word == "inches" else "foot"
    elif word in ("centimeters", "centimetres", "meters", "metres", "millimeters", "millimetres") and num == "1":
        word = word[:-1]
    return f"{num} {word}", unit, step


def format_length(value_m: float, rng: np.random.Generator | None = None) -> tuple[str, str]:
    """Phrase a length: (text, unit). Without ``rng``: cm below 1 m, m above."""
    text, unit, _ = format_length_detail(value_m, rng)
    return text, unit


def format_direction(value_deg: float | None, clock: int | None, rng: np.random.Generator | None = None) -> str:
    """A direction as "3 o'clock" (or sometimes degrees when an rng is given)."""
    if clock is None and value_deg is None:
        raise ValueError("no direction to phrase")
    if rng is not None and value_deg is not None and rng.random() < 0.25:
        side = "to the right" if value_deg > 0 else "to the left"
        if abs(value_deg) < 0.5:
            return "0 degrees"
        return f"{abs(value_deg):.0f} degrees {side}"
    if clock is None:
        from spatialvlm_ros.core.quantities import clock_from_deg

        clock = clock_from_deg(float(value_deg))
    return f"{clock} o'clock"


def answer_text(query: SpatialQuery, measurement: Measurement, rng: np.random.Generator | None = None) -> tuple[str, str]:
    """The short answer (text, unit) to ``query`` given its measurement.

    Lengths via :func:`format_length`; direction "3 o'clock" (unit "clock");
    yes/no "yes"/"no" (unit ""); "which" the chosen object's name (unit "").
    """
    if query.kind == "direction":
        return format_direction(measurement.value_deg, measurement.clock, rng), "clock"
    if query.kind in PREDICATES:
        if query.form == "which":
            chosen = measurement.chosen
            if chosen is None and measurement.truth is not None:
                chosen = query.objects[0] if measurement.truth else query.objects[1]
            if chosen is None:
                raise ValueError("measurement has no chosen object")
            return f"the {normalize_name(chosen)}", ""
        if measurement.truth is None:
            raise ValueError("measurement has no truth value")
        return ("yes" if measurement.truth else "no"), ""
    if measurement.value_m is None:
        raise ValueError("measurement has no value")
    return format_length(measurement.value_m, rng)
