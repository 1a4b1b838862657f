"""Request body caps, enforced while the body is read and before any route runs.

Starlette spools a multipart upload to disk, and FastAPI reads a JSON or webhook body in full, before
the route (and its API-key check) runs. Without a cap, anyone who can reach the port can make the
server take in a body of any size: 2 GB to a webhook URL, which needs no key, took a server from 0.9
to 4.8 GB. This ASGI middleware caps every body by the kind of request:

* ``POST /v1/webhooks/...``: ``RAG_MAX_WEBHOOK_MB``;
* multipart forms (uploads): ``RAG_MAX_UPLOAD_MB`` plus 64 KB for the form's envelope;
* anything else (JSON): ``RAG_MAX_BODY_MB``.

A declared ``Content-Length`` over the cap is answered 413 at once, before a byte of the body is read.
A body without one (chunked) is counted as it streams in: past the cap the 413 is sent, and the
application is told the client went away, so it stops reading. Uvicorn reads the socket only as fast
as the application asks, so the process never holds more than the cap. The reply is the API's usual
``{"error": "RequestTooLarge", "detail": ...}``.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any, Awaitable, Callable

from rag_agent.errors import RequestTooLarge

logger = logging.getLogger(__name__)

__all__ = ["BodyCaps", "BodyLimitMiddleware", "MULTIPART_ENVELOPE_BYTES"]

#: What a multipart form adds around one uploaded file (boundaries, part headers, a few fields).
MULTIPART_ENVELOPE_BYTES = 64 * 1024

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


@dataclass(frozen=True)
class BodyCaps:
    """The caps in bytes, by kind of request."""

    upload: int
    webhook: int
    other: int

    def for_scope(self, scope: Scope) -> tuple[int, str]:
        """(cap, what it is called in the 413) for one request."""
        if scope.get("path", "").startswith("/v1/webhooks/"):
            return self.webhook, f"{_mb(self.webhook)} MB limit for webhook deliveries (RAG_MAX_WEBHOOK_MB)"
        content_type = _header(scope, b"content-type").lower()
        if content_type.startswith("multipart/"):
            return self.upload, (f"{_mb(self.upload - MULTIPART_ENVELOPE_BYTES)} MB limit for uploads "
                                 "(RAG_MAX_UPLOAD_MB)")
        return self.other, f"{_mb(self.other)} MB limit for request bodies (RAG_MAX_BODY_MB)"


class BodyLimitMiddleware:
    """Refuse request bodies over their cap with 413, counting while reading (see the module docstring)."""

    def __init__(self, app: Callable[..., Awaitable[None]], caps: BodyCaps) -> None:
        self.app = app
        self.caps = caps

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        cap, what = self.caps.for_scope(scope)
        declared = _header(scope, b"content-length")
        if declared.isdigit() and int(declared) > cap:
            await _refuse(send, f"the request body is {_mb(int(declared))} MB, over the {what}")
            return

        received = 0
        refused = False
        response_started = False

        async def limited_receive() -> Message:
            nonlocal received, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > cap:
                    refused = True
                    if not response_started:
                        await _refuse(send, f"the request body is over the {what}")
                    return {"type": "http.disconnect"}  # the application stops reading and gives up
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal response_started
            if refused:  # the 413 went out; whatever the application answers to the "disconnect" is dropped
                return
            if message["type"] == "http.response.start":
                response_started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if not refused:
                raise
            logger.info("request to %s refused: body over %d bytes", scope.get("path"), cap)


async def _refuse(send: Send, detail: str) -> None:
    err = RequestTooLarge(detail)
    body = json.dumps({"error": type(err).__name__, "detail": err.message}).encode()
    await send({"type": "http.response.start", "status": err.status_code,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


def _header(scope: Scope, name: bytes) -> str:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return value.decode("latin-1").strip()
    return ""


def _mb(n: int) -> str:
    value = n / (1024 * 1024)
    return f"{value:.0f}" if value >= 10 else (f"{value:.2f}".rstrip("0").rstrip(".") or "0")
