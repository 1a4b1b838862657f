"""Outgoing webhooks: every reply and handoff is POSTed to the workspace's URL, signed with HMAC-SHA256.

Events are written to an outbox table in the same transaction as the change they report, then sent by
:meth:`Outbox.flush` (the scheduler calls it), retried with backoff, so a receiver that is down loses nothing.

Signature: header ``X-RagAgent-Signature: t=<unix seconds>,v1=<hex>`` where ``hex`` is
HMAC-SHA256(secret, ``f"{t}.{body}"``); :func:`verify` checks it (constant-time, with a tolerance on ``t``).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import uuid
from typing import Any, Callable

import httpx

from rag_agent.db import Database, Tx, dumps
from rag_agent.errors import PrivateUpstream

logger = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-RagAgent-Signature"
MAX_ATTEMPTS = 8


def sign(secret: str, body: bytes, timestamp: int) -> str:
    """The signature header value for ``body`` sent at ``timestamp``."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={mac}"


def verify(secret: str, body: bytes, header: str, now: float, tolerance_s: float = 300) -> bool:
    """Whether ``header`` is a valid signature of ``body`` made within ``tolerance_s`` of ``now``."""
    try:
        parts = dict(p.split("=", 1) for p in header.split(","))
        ts = int(parts["t"])
    except (ValueError, KeyError):
        return False
    if abs(now - ts) > tolerance_s:
        return False
    return hmac.compare_digest(sign(secret, body, ts), header)


class Outbox:
    """Webhook events waiting to be delivered."""

    def __init__(self, db: Database, target: Callable[[str], tuple[str | None, str | None]],
                 client: httpx.Client | None = None) -> None:
        self.db = db
        self.target = target  # workspace id -> (url, secret)
        self.client = client or httpx.Client(timeout=5.0)

    def enqueue(self, tx: Tx, workspace_id: str, event: str, data: dict[str, Any], now: float) -> None:
        """Record an event in the caller's transaction (only when the workspace has a webhook URL)."""
        url, _ = self.target(workspace_id)
        if not url:
            return
        eid = "evt_" + uuid.uuid4().hex[:16]
        body = dumps({"id": eid, "type": event, "workspace_id": workspace_id, "created_at": now, "data": data})
        tx.run("INSERT INTO cv_deliveries(id, workspace_id, event, body, status, attempts, next_at, created_at) "
               "VALUES (:id, :w, :e, :b, 'pending', 0, :t, :t)", id=eid, w=workspace_id, e=event, b=body, t=now)

    def flush(self, now: float, limit: int = 200) -> int:
        """Send due events; returns how many were delivered."""
        due = self.db.rows("SELECT * FROM cv_deliveries WHERE status='pending' AND next_at <= :t "
                           "ORDER BY created_at LIMIT :n", t=now, n=limit)
        sent = 0
        for d in due:
            url, secret = self.target(d["workspace_id"])
            body = d["body"].encode()
            error = None
            if not url:
                error = "no webhook URL configured"
            else:
                headers = {"Content-Type": "application/json", "X-RagAgent-Event": d["event"]}
                if secret:
                    headers[SIGNATURE_HEADER] = sign(secret, body, int(now))
                try:
                    r = self.client.post(url, content=body, headers=headers)
                    if r.status_code >= 300:
                        error = f"HTTP {r.status_code}"
                except httpx.HTTPError as exc:
                    error = f"{type(exc).__name__}: {exc}"
                except PrivateUpstream as exc:  # the URL's host now resolves to a private address
                    error = exc.message
            attempts = d["attempts"] + 1
            if error is None:
                self.db.run("UPDATE cv_deliveries SET status='sent', attempts=:a, sent_at=:t, last_error=NULL "
                            "WHERE id=:id", a=attempts, t=now, id=d["id"])
                sent += 1
            else:
                status = "failed" if attempts >= MAX_ATTEMPTS else "pending"
                logger.warning("webhook %s to workspace %s failed (attempt %s): %s", d["event"], d["workspace_id"],
                               attempts, error)
                self.db.run("UPDATE cv_deliveries SET status=:s, attempts=:a, next_at=:n, last_error=:e "
                            "WHERE id=:id", s=status, a=attempts, n=now + min(3600, 5 * 2 ** attempts), e=error,
                            id=d["id"])
        return sent

    def list(self, workspace_id: str, limit: int = 100) -> list[dict[str, Any]]:
        return self.db.rows("SELECT id, event, status, attempts, last_error, created_at, sent_at FROM cv_deliveries "
                            "WHERE workspace_id=:w ORDER BY created_at DESC LIMIT :n", w=workspace_id, n=limit)


__all__ = ["Outbox", "sign", "verify", "SIGNATURE_HEADER"]
