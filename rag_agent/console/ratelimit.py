"""A sliding-window counter per client (widget visitor, client address), in this process's memory.

Enough for one server process: the limits protect the agent from one noisy visitor or a sign-in guesser.
Several workers behind a balancer each count their own share (documented in the README).
"""

from __future__ import annotations

import threading
import time
from collections import deque

from rag_agent.errors import TooManyRequests


class RateLimiter:
    """At most ``limit`` events per ``window_s`` for each key."""

    def __init__(self, limit: int, window_s: float = 60.0, max_keys: int = 100_000) -> None:
        self.limit = limit
        self.window_s = window_s
        self.max_keys = max_keys
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str, what: str) -> None:
        """Count one event for ``key``; TooManyRequests (naming ``what``) when over the limit."""
        now = time.monotonic()
        with self._lock:
            if len(self._hits) > self.max_keys:
                self._hits = {k: q for k, q in self._hits.items() if q and q[-1] > now - self.window_s}
            q = self._hits.setdefault(key, deque())
            while q and q[0] <= now - self.window_s:
                q.popleft()
            if len(q) >= self.limit:
                wait = q[0] + self.window_s - now
                raise TooManyRequests(f"too many {what}: at most {self.limit} a minute; try again in "
                                      f"{max(1, round(wait))} s", retry_after_s=wait)
            q.append(now)


__all__ = ["RateLimiter"]
