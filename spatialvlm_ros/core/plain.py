"""Plain values for JSON and messages: finite numbers or None, JSON-ready structures."""

from __future__ import annotations

import dataclasses
import math
from typing import Any

import numpy as np


def finite_or_none(x: Any) -> float | None:
    """``float(x)`` when it is a finite number; ``None`` for None, NaN and infinities."""
    if x is None:
        return None
    v = float(x)
    return v if math.isfinite(v) else None


def json_value(x: Any) -> Any:
    """Plain JSON types from numpy scalars/arrays, dataclasses and objects with ``to_dict``;
    non-finite floats become None, dict keys strings, anything else its ``str``."""
    if isinstance(x, dict):
        return {str(k): json_value(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [json_value(v) for v in x]
    if isinstance(x, np.ndarray):
        return json_value(x.tolist())
    if isinstance(x, (bool, np.bool_)):
        return bool(x)
    if isinstance(x, (int, np.integer)):
        return int(x)
    if isinstance(x, (float, np.floating)):
        return finite_or_none(x)
    if x is None or isinstance(x, str):
        return x
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        return json_value(dataclasses.asdict(x))
    if hasattr(x, "to_dict"):
        return json_value(x.to_dict())
    return str(x)
