"""One access-log line per HTTP request: method, path, status, latency and a request id.

Never the query string (widget keys travel in it), a header, a key or a body. The request id is the
caller's ``X-Request-ID`` when it is a short token, else a new one; it is sent back in ``X-Request-ID`` so
a client's report can be matched with the log line. Lines go to the ``rag_agent.access`` logger, which
``rag-agent serve`` sends to stderr (:func:`configure`; ``--no-access-log`` turns it off).
"""

from __future__ import annotations

import logging
import re
import sys
import time
import uuid
from typing import Any, Awaitable, Callable

__all__ = ["AccessLogMiddleware", "configure", "LOGGER_NAME"]

LOGGER_NAME = "rag_agent.access"
logger = logging.getLogger(LOGGER_NAME)
_TOKEN = re.compile(r"[A-Za-z0-9._-]{1,64}")

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


class AccessLogMiddleware:
    """Pure ASGI middleware (it does not buffer bodies, so uploads and streams pass as they are)."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]]) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = next((v.decode("latin-1") for k, v in scope.get("headers", []) if k == b"x-request-id"), "")
        request_id = given if _TOKEN.fullmatch(given) else uuid.uuid4().hex[:16]
        scope.setdefault("state", {})["request_id"] = request_id
        status = 500  # what the client gets when the app fails before it answers
        t0 = time.perf_counter()

        async def send_with_id(message: dict[str, Any]) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", []), (b"x-request-id", request_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            logger.info("%s %s %d %.1fms id=%s", scope.get("method", "-"), scope.get("path", "-"), status,
                        (time.perf_counter() - t0) * 1000, request_id)


class _AccessHandler(logging.StreamHandler):
    """The access log's own handler (so that configuring twice adds it once)."""


def configure(enabled: bool = True) -> None:
    """Send access lines to stderr (one line each, with the time), or silence them."""
    if not enabled:
        logger.setLevel(logging.WARNING)
        return
    logger.setLevel(logging.INFO)
    if not any(isinstance(h, _AccessHandler) for h in logger.handlers):
        handler = _AccessHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s access %(message)s"))
        logger.addHandler(handler)
        logger.propagate = False
