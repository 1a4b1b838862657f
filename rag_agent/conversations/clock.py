"""Time for the conversation logic: every delay, cooldown and timestamp is read from a :class:`Clock`.

The server uses :class:`SystemClock`; tests (and the test-only ``/v1/_clock`` endpoints enabled by
``RAG_CONVERSATIONS__TEST_CLOCK=1``) use :class:`ManualClock`, which only moves when told to.
"""

from __future__ import annotations

import threading
import time
from typing import Protocol, runtime_checkable


@runtime_checkable
class Clock(Protocol):
    """A source of the current time, in seconds since the epoch (UTC)."""

    def now(self) -> float:
        """The current time."""
        ...


class SystemClock:
    """The wall clock."""

    def now(self) -> float:
        return time.time()


class ManualClock:
    """A clock that stands still until :meth:`advance` or :meth:`set` moves it (thread-safe)."""

    def __init__(self, start: float | None = None) -> None:
        self._t = float(start if start is not None else time.time())
        self._lock = threading.Lock()

    def now(self) -> float:
        with self._lock:
            return self._t

    def advance(self, seconds: float) -> float:
        """Move forward by ``seconds`` (>= 0); returns the new time."""
        if seconds < 0:
            raise ValueError("a clock only moves forward")
        with self._lock:
            self._t += seconds
            return self._t

    def set(self, t: float) -> float:
        """Jump to ``t``, which may not be earlier than now."""
        with self._lock:
            if t < self._t:
                raise ValueError("a clock only moves forward")
            self._t = float(t)
            return self._t


__all__ = ["Clock", "SystemClock", "ManualClock"]
