"""Retry timing shared by the Shopify and WooCommerce connectors (private).

One :class:`Backoff` per connector: exponential backoff for 5xx, transport errors and unreadable bodies;
``Retry-After`` honoured for 429 but capped (``max_wait_s``) so a hostile or broken header cannot park a
sync for an hour. The sleep function is a constructor argument, so tests pass small caps through config
rather than patching time.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any, Callable, Mapping

from rag_agent.errors import ConfigError

__all__ = ["Backoff", "header", "parse_retry_after", "config_float", "config_int"]


@dataclass
class Backoff:
    """How often and how long a connector retries."""

    max_retries: int = 4  # retries after the first attempt
    backoff_s: float = 0.5  # first backoff; doubled per attempt
    max_wait_s: float = 30.0  # cap on any single wait (backoff, Retry-After or throttle)
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number `attempt` (1-based)."""
        wait = retry_after if retry_after is not None else self.backoff_s * (2 ** (attempt - 1))
        return max(0.0, min(wait, self.max_wait_s))

    def wait(self, seconds: float) -> None:
        """Sleep `seconds`, capped at ``max_wait_s``."""
        seconds = max(0.0, min(seconds, self.max_wait_s))
        if seconds > 0:
            self.sleep(seconds)


def header(headers: Mapping[str, str], name: str) -> str | None:
    """A header value by case-insensitive name (plain dicts, httpx/Starlette headers alike)."""
    value = headers.get(name)
    if value is None:
        lowered = name.lower()
        value = next((v for k, v in headers.items() if k.lower() == lowered), None)
    return value


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header: a number ("2", "2.0") or an HTTP date; None when unreadable."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def config_int(config: Mapping[str, Any], key: str, default: int) -> int:
    """An integer config value (config values arrive as strings); ConfigError names the key."""
    raw = config.get(key)
    if raw in (None, ""):
        return default
    try:
        return int(raw)
    except (TypeError, ValueError):
        raise ConfigError(f"{key} must be an integer, got {raw!r}") from None


def config_float(config: Mapping[str, Any], key: str, default: float) -> float:
    """A number config value; ConfigError names the key."""
    raw = config.get(key)
    if raw in (None, ""):
        return default
    try:
        return float(raw)
    except (TypeError, ValueError):
        raise ConfigError(f"{key} must be a number, got {raw!r}") from None
