"""Who may hear about an order: the order-verification policy the answer engine calls.

An order's status is told only to someone who shows the order's own email or phone. This module decides
what counts as showing it, and how often one may try:

* **Recent contact data only.** Candidates are read from the current message and the last few customer
  turns (``VerifyPolicy.contact_turns``); agent turns and older turns never count, so a pasted or
  fabricated long history cannot carry a list of guesses.
* **A few candidates, not a search.** More distinct emails or phones than ``max_emails`` / ``max_phones`` in
  those turns is refused outright (and counts as a failed attempt), so 20 guessed addresses in one message
  unlock nothing.
* **Limited attempts.** Failed lookups are counted per order number, per conversation (when the caller
  names one) and per workspace (which catches invented histories and callers that name no conversation),
  within a sliding window. Past either limit the lookup is refused even with the right contact data.
  The counts live in the service's state database, so several workers share them and a restart does not
  reset them.
* **One refusal.** Unknown number, wrong contact data, too many candidates and too many attempts give the
  same :class:`Verdict` (``refused``); the reason is for logs only, so a reply never tells whether the
  number exists.

Which number is an order number at all is read from the store's own orders: :class:`OrderShape` learns how
its numbers are written (how many digits, which prefix), so "can u check 418329" is read as an order in a
store whose orders have six digits. The shape only decides that a number is *asked about*; telling anything
still takes the proof above.

Public surface: :class:`VerifyPolicy`, :class:`Contacts`, :func:`recent_contacts`, :class:`Verdict`,
:class:`OrderVerifier`, :class:`OrderShape`.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Collection, Iterable, Literal, Sequence

from rag_agent.engine.text import emails_in, phones_in
from rag_agent.ports import OrderSource
from rag_agent.state import State, normalize_email, normalize_phone

if TYPE_CHECKING:
    from rag_agent.settings import Settings

__all__ = ["VerifyPolicy", "Contacts", "recent_contacts", "Verdict", "OrderVerifier", "OrderShape"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class VerifyPolicy:
    """The limits of order verification (settings ``RAG_ORDER_*``, see :meth:`from_settings`)."""

    contact_turns: int = 3  # earlier customer turns read for contact data, besides the current message
    max_emails: int = 2  # distinct emails in those turns; more is a refusal
    max_phones: int = 2  # distinct phones in those turns; more is a refusal
    conversation_attempts: int = 5  # failed lookups of one number in one conversation, per window
    workspace_attempts: int = 20  # failed lookups of one number in the whole workspace, per window
    window_s: float = 3600.0  # the sliding window both attempt limits count in

    @classmethod
    def from_settings(cls, settings: Settings) -> "VerifyPolicy":
        return cls(settings.order_contact_turns, settings.order_max_emails, settings.order_max_phones,
                   settings.order_attempts_per_conversation, settings.order_attempts_per_workspace,
                   float(settings.order_attempt_window_s))


@dataclass(frozen=True)
class Contacts:
    """The distinct emails and phones (normalised) a customer gave in the turns that count."""

    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.emails or self.phones)

    def too_many(self, policy: VerifyPolicy) -> bool:
        return len(self.emails) > policy.max_emails or len(self.phones) > policy.max_phones


def recent_contacts(message: str, customer_turns: Sequence[str], policy: VerifyPolicy) -> Contacts:
    """Contact data from ``message`` and the last ``policy.contact_turns`` of ``customer_turns`` (the earlier
    customer turns, oldest first; agent turns must not be passed)."""
    earlier = list(customer_turns)[-policy.contact_turns:] if policy.contact_turns > 0 else []
    emails: dict[str, None] = {}
    phones: dict[str, None] = {}
    for text in earlier + [message]:
        for e in emails_in(text):
            emails[normalize_email(e)] = None
        for p in phones_in(text):
            digits = normalize_phone(p)
            if len(digits) >= 7:
                phones[digits] = None
    return Contacts(tuple(emails), tuple(phones))


@dataclass(frozen=True)
class Verdict:
    """The outcome of one lookup.

    ``outcome``: ``verified`` (``order`` holds it), ``ask_contact`` (no contact data in the turns that count:
    ask for it; not an attempt) or ``refused`` (one reply for every reason). ``reason`` is for logs only.
    """

    outcome: Literal["verified", "ask_contact", "refused"]
    order: dict[str, Any] | None = None
    reason: str = ""


class OrderVerifier:
    """Applies a :class:`VerifyPolicy` to order lookups of one state database."""

    def __init__(self, state: State, policy: VerifyPolicy | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.state = state
        self.policy = policy or VerifyPolicy()
        self.clock = clock

    def verify(self, ws_id: str, number: str, message: str, customer_turns: Sequence[str], *,
               conversation_id: str | None = None, sources: Collection[str] | None = None,
               refresh: OrderSource | None = None) -> Verdict:
        """Look up order ``number`` for the customer who wrote ``message`` after ``customer_turns``.

        ``conversation_id``: a stable id of the conversation (its per-conversation attempt count; None
        counts only in the workspace). ``sources``: the source ids the answer may read. ``refresh``: asked to
        re-read (workspace, number) from its store just before the lookup, only when the lookup is allowed (a
        blocked guesser causes no request to the store).
        """
        p = self.policy
        contacts = recent_contacts(message, customer_turns, p)
        if not contacts:
            return Verdict("ask_contact")
        now = self.clock()
        since = now - p.window_s
        if self.state.order_failures(ws_id, number, since) >= p.workspace_attempts:
            return self._refuse(ws_id, number, "workspace attempt limit")
        if conversation_id is not None and \
                self.state.order_failures(ws_id, number, since, conversation_id) >= p.conversation_attempts:
            return self._refuse(ws_id, number, "conversation attempt limit")
        if contacts.too_many(p):
            return self._fail(ws_id, number, conversation_id, now, "too many candidates")
        if refresh is not None:
            refresh.refresh_order(ws_id, number)  # a stale or unknown order is re-read from its store first
        order = self.state.verified_order(ws_id, number, list(contacts.emails), list(contacts.phones),
                                          list(sources) if sources is not None else None)
        if order is None:
            return self._fail(ws_id, number, conversation_id, now, "no match for the given contact data")
        return Verdict("verified", order)

    def _fail(self, ws_id: str, number: str, conversation_id: str | None, now: float, reason: str) -> Verdict:
        self.state.add_order_failure(ws_id, number, conversation_id, now, now - self.policy.window_s)
        return self._refuse(ws_id, number, reason)

    @staticmethod
    def _refuse(ws_id: str, number: str, reason: str) -> Verdict:
        logger.info("order lookup refused in workspace %s: %s", ws_id, reason)
        return Verdict("refused", reason=reason)


_STORED = re.compile(r"(\D{0,8}?)(\d{3,15})")


@dataclass(frozen=True)
class OrderShape:
    """How a store writes its order numbers, learnt from its own orders: the digit counts seen and the text
    before the digits ("", "#", "BK-"). A customer types "418329" without saying "order"; in a store whose
    orders all have six digits that number is most likely one (the reader still checks that the message gives
    it no other role: money, a quantity, a phone, a product's model number)."""

    min_digits: int
    max_digits: int
    prefixes: tuple[str, ...] = ()  # as stored, "" for none

    @classmethod
    def learn(cls, numbers: Iterable[str]) -> "OrderShape | None":
        """The shape of ``numbers`` (a store's order numbers), or None when there are none to learn from."""
        lengths: list[int] = []
        prefixes: dict[str, None] = {}
        for n in numbers:
            m = _STORED.fullmatch(str(n).strip())
            if m:
                lengths.append(len(m.group(2)))
                prefixes[m.group(1)] = None
        if not lengths:
            return None
        return cls(min(lengths), max(lengths), tuple(prefixes))

    def fits(self, digits: str) -> bool:
        """Whether a bare run of digits has the length of the store's order numbers."""
        return digits.isdigit() and self.min_digits <= len(digits) <= self.max_digits

    def prefixed_in(self, text: str) -> list[str]:
        """Digits the text writes with one of the store's own prefixes ("BK-3104368", "bk 3104368")."""
        out: list[str] = []
        for pre in self.prefixes:
            core = pre.strip().rstrip("-_ ./")
            if not core or not any(ch.isalpha() for ch in core):
                continue  # "#" and "" are read by the message reader itself
            rx = re.compile(rf"(?<!\w){re.escape(core)}[-_ ./]?(\d{{{self.min_digits},{self.max_digits}}})(?!\d)", re.I)
            out += [m.group(1) for m in rx.finditer(text) if m.group(1) not in out]
        return out

    def stored(self, digits: str) -> str:
        """The number as the store keeps it: its one prefix added when all its numbers have the same one."""
        if len(self.prefixes) == 1 and self.prefixes[0] and not digits.startswith(self.prefixes[0]):
            return self.prefixes[0] + digits
        return digits
