"""HTTP plumbing shared by the platform connectors (private): retry timing, headers, config values.

One :class:`Backoff` per connector (Shopify, WooCommerce): exponential backoff for 5xx, transport errors and unreadable bodies;
``Retry-After`` honoured for 429 but capped (``max_wait_s``) so a hostile or broken header cannot park a
sync for an hour. The sleep function is a constructor argument, so tests pass small caps through config
rather than patching time.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any, Callable, Mapping

from rag_agent.errors import ConfigError

__all__ = ["Backoff", "header", "parse_retry_after", "config_float", "config_int", "hmac_sha256", "signed_by"]


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


def hmac_sha256(secret: str, body: bytes, encoding: str = "base64") -> str:
    """HMAC-SHA256 of ``body`` keyed with ``secret``: base64 (Shopify, WooCommerce) or lowercase hex (Nuvemshop,
    Lazada)."""
    digest = hmac.new(secret.encode(), body, hashlib.sha256)
    return base64.b64encode(digest.digest()).decode() if encoding == "base64" else digest.hexdigest()


def signed_by(headers: Mapping[str, str], name: str, expected: str, *, any_case: bool = False) -> bool:
    """Whether header ``name`` carries the ``expected`` signature (constant time; hex signatures ``any_case``)."""
    given = header(headers, name)
    if not given or not expected:
        return False
    given = given.strip().lower() if any_case else given.strip()
    return hmac.compare_digest(expected.encode(), given.encode("utf-8", "replace"))


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


def config_int(config: Mapping[str, Any], key: str, default: int, where: str = "") -> int:
    """An integer config value (config values arrive as strings, maybe padded; "5.0" is 5); ConfigError names the
    connector (``where``) and the key."""
    value = config_float(config, key, default, where)
    if value != int(value):
        raise ConfigError(f"{_prefix(where)}{key} must be a whole number, got {config.get(key)!r}")
    return int(value)


def config_float(config: Mapping[str, Any], key: str, default: float, where: str = "") -> float:
    """A number config value; ConfigError names the connector (``where``) and the key."""
    raw = config.get(key)
    if raw is None or str(raw).strip() == "":
        return default
    try:
        return float(str(raw).strip())
    except ValueError:
        raise ConfigError(f"{_prefix(where)}{key} must be a number, got {raw!r}") from None


def _prefix(where: str) -> str:
    return f"{where}: " if where else ""
