"""Credits and limits: one balance per workspace shared by its agents, priced per message type.

Three limits, checked before an AI reply is written:

- the balance (credits bought or granted by the plan): at zero, replies go to a human (:class:`CreditsExhausted`);
- the usage limit (credits per UTC day): past it, replies go to a human (:class:`UsageLimitReached`);
- the rate limit (AI replies per rolling minute): past it, the reply waits for the window (:class:`RateLimited`).

Nothing is lost either way: the customer's messages stay in the conversation, pending.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from rag_agent.conversations.config import Limits
from rag_agent.db import Database, Tx
from rag_agent.conversations.plans import PRICES, Plan
from rag_agent.errors import InputError, LimitExceeded

DAY = 86400


class CreditsExhausted(LimitExceeded):
    """The workspace has no credits left for this reply."""

    status_code = 402


class UsageLimitReached(LimitExceeded):
    """The workspace spent its credits for the day."""

    status_code = 429


class RateLimited(LimitExceeded):
    """Too many AI replies in the last minute; ``retry_at`` says when one is possible."""

    status_code = 429

    def __init__(self, message: str, retry_at: float) -> None:
        super().__init__(message)
        self.retry_at = retry_at


@dataclass
class Account:
    balance: float
    granted: float
    spent_today: float
    daily_limit: float
    replies_per_minute: int
    replies_last_minute: int

    def public(self) -> dict[str, Any]:
        return dict(self.__dict__, prices=PRICES)


class Credits:
    """Balances, usage records and the limit checks."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def _ensure(self, tx: Tx, workspace_id: str, plan: Plan, now: float) -> dict[str, Any]:
        row = tx.one("SELECT * FROM cv_credit_accounts WHERE workspace_id=:w", w=workspace_id)
        if row is None:  # two workers may open the account at once: the second finds the first's
            tx.run("INSERT INTO cv_credit_accounts(workspace_id, balance, granted, updated_at) VALUES (:w, :b, :b, :t) "
                   "ON CONFLICT (workspace_id) DO NOTHING", w=workspace_id, b=plan.starting_credits, t=now)
            row = tx.one("SELECT * FROM cv_credit_accounts WHERE workspace_id=:w", w=workspace_id)
        return row  # type: ignore[return-value]

    def account(self, tx: Tx, workspace_id: str, plan: Plan, limits: Limits, now: float) -> Account:
        row = self._ensure(tx, workspace_id, plan, now)
        day0 = now - now % DAY
        spent = tx.one("SELECT COALESCE(SUM(credits), 0) AS s FROM cv_usage WHERE workspace_id=:w AND created_at >= :d",
                       w=workspace_id, d=day0)["s"]
        recent = tx.one("SELECT COUNT(*) AS n FROM cv_usage WHERE workspace_id=:w AND created_at > :t",
                        w=workspace_id, t=now - 60)["n"]
        return Account(balance=float(row["balance"]), granted=float(row["granted"]), spent_today=float(spent),
                       daily_limit=float(limits.daily_credit_limit if limits.daily_credit_limit is not None
                                         else plan.daily_credit_limit),
                       replies_per_minute=int(limits.replies_per_minute or plan.replies_per_minute),
                       replies_last_minute=int(recent))

    def check(self, tx: Tx, workspace_id: str, plan: Plan, limits: Limits, msg_type: str, now: float) -> float:
        """The price of one reply of ``msg_type``, or the limit error that stops it."""
        price = PRICES[msg_type]
        acc = self.account(tx, workspace_id, plan, limits, now)
        if acc.balance < price:
            raise CreditsExhausted(f"the workspace has {acc.balance:g} credits left and a {msg_type} reply costs "
                                   f"{price:g}; add credits to resume AI replies")
        if acc.spent_today + price > acc.daily_limit:
            raise UsageLimitReached(f"the workspace spent {acc.spent_today:g} of its {acc.daily_limit:g} credits "
                                    "for today; AI replies resume tomorrow (UTC) or when the limit is raised")
        if acc.replies_last_minute >= acc.replies_per_minute:
            first = tx.one("SELECT MIN(created_at) AS t FROM cv_usage WHERE workspace_id=:w AND created_at > :t",
                           w=workspace_id, t=now - 60)["t"]
            raise RateLimited(f"{acc.replies_last_minute} AI replies in the last minute (limit "
                              f"{acc.replies_per_minute}); the reply waits", retry_at=float(first) + 60.0001)
        return price

    def charge(self, tx: Tx, workspace_id: str, agent_id: str | None, conversation_id: str | None,
               message_id: str | None, msg_type: str, credits: float, now: float) -> None:
        tx.run("INSERT INTO cv_usage(id, workspace_id, agent_id, conversation_id, message_id, msg_type, credits, "
               "created_at) VALUES (:id, :w, :a, :c, :m, :k, :n, :t)", id="use_" + uuid.uuid4().hex[:16],
               w=workspace_id, a=agent_id, c=conversation_id, m=message_id, k=msg_type, n=credits, t=now)
        tx.run("UPDATE cv_credit_accounts SET balance = balance - :n, updated_at=:t WHERE workspace_id=:w",
               n=credits, t=now, w=workspace_id)

    def add(self, tx: Tx, workspace_id: str, plan: Plan, amount: float, now: float) -> None:
        if amount == 0:
            raise InputError("amount must not be 0")
        self._ensure(tx, workspace_id, plan, now)
        tx.run("UPDATE cv_credit_accounts SET balance = balance + :n, granted = granted + :g, updated_at=:t "
               "WHERE workspace_id=:w", n=amount, g=max(amount, 0), t=now, w=workspace_id)


__all__ = ["Credits", "Account", "CreditsExhausted", "UsageLimitReached", "RateLimited", "PRICES"]
