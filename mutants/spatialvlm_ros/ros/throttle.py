"""Throttled logging: one line per problem per period, so a bad camera stream cannot flood the log."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable


class ThrottledLog:
    """Log a message at most once every ``period_s`` per ``key`` (default: the message text).

    ``clock`` returns seconds (monotonic by default; tests and replays pass bag
    time). ``suppressed[key]`` counts the lines dropped since the last one logged,
    and that count is appended to the next line logged for the key.
    """

    def __init__(self, logger: logging.Logger, period_s: float = 5.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.logger = logger
        self.period_s = float(period_s)
        self.clock = clock
        self._last: dict[str, float] = {}
        self.suppressed: dict[str, int] = {}

    def log(self, level: int, message: str, key: str | None = None) -> bool:
        """Log ``message`` unless the same key was logged less than ``period_s`` ago; True if logged."""
        k = key or message
        now = self.clock()
        last = self._last.get(k)
        if last is not None and now - last < self.period_s:
            self.suppressed[k] = self.suppressed.get(k, 0) + 1
            return False
        n = self.suppressed.pop(k, 0)
        self._last[k] = now
        self.logger.log(level, "%s%s", message, f" ({n} similar suppressed)" if n else "")
        return True

    def warning(self, message: str, key: str | None = None) -> bool:
        return self.log(logging.WARNING, message, key)

    def error(self, message: str, key: str | None = None) -> bool:
        return self.log(logging.ERROR, message, key)
