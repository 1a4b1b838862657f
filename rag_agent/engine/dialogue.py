"""What a person keeps in mind during a chat: the product being discussed, the list just offered, the order
asked about and whether contact data was given, the topic, the language.

:class:`DialogueState` is explicit and small; :func:`advance` moves it one turn forward. The engine builds it by
folding :func:`advance` over the history the caller sends (``POST /v1/answer`` is stateless), and a
conversation store can keep it between messages instead. A new topic in a message wins over the state; a
follow-up without one ("and in blue?", "how much is it?", "the second one", "send me the link") is resolved
from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from rag_agent.engine import phrases as P
from rag_agent.engine.catalog import Catalog
from rag_agent.engine.text import fold, tokens
from rag_agent.engine.understand import Reading, read

if TYPE_CHECKING:
    from rag_agent.orders import OrderShape

__all__ = ["DialogueState", "advance", "state_from_history", "ordinal_in"]


@dataclass
class DialogueState:
    lang: str | None = None
    product: str | None = None  # handle (or id) of the product being discussed
    listed: list[str] = field(default_factory=list)  # handles of the products just offered, in order
    order_number: str | None = None
    contact_given: bool = False
    awaiting: str | None = None  # "contact" | "order_number": what the agent just asked for
    topic: str | None = None  # the last topic concept ("topic:return")
    topic_asked: bool = False  # whether the customer's last turn named its topic (else the agent's answer does)
    last_ask: str | None = None  # the last thing asked about a product ("price", "stock")
    turns: int = 0

    @property
    def order_pending(self) -> bool:
        """An order number was asked about and no contact data came with it yet: contact data in a later turn
        completes that order's question."""
        return bool(self.order_number) and not self.contact_given

    def as_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "order_pending": self.order_pending}


#: what a product question is about, not a topic a follow-up carries on
_NOT_TOPICS = ("topic:price", "topic:product", "topic:order", "topic:stock")
#: the store's rules an agent's answer can be about ("You can return it within 30 days"); a product's size or
#: colour in an answer ("sizes 40 to 43") is no rule a follow-up carries on
_AGENT_TOPICS = ("topic:return", "topic:exchange", "topic:refund", "topic:shipping", "topic:international",
                 "topic:warranty", "topic:privacy", "topic:payment", "topic:discount", "topic:code", "topic:cancel",
                 "topic:tracking", "topic:pickup", "topic:hours")


def _key(p) -> str:
    return p.payload.get("handle") or p.payload.get("product_id") or p.title


_ASKS_CONTACT = re.compile(r"e-?mail|correo|e-?posta|почт|phone|telefon|телефон|nomor|n[uú]mero de (?:tel|cel)", re.I)
_ASKS_NUMBER = re.compile(r"order number|n[uú]mero (?:de|do) (?:pedido|orden)|sipari[sş] (?:no|numara)|nomor pesanan|"
                          r"номер заказа", re.I)


def ordinal_in(folded: str) -> int | None:
    """The ordinal a message uses ("the second one", "o segundo", "ikincisi"), 0-based, or None."""
    per_lang = [P.ORDINALS[lang] for lang in P.LANGS if lang in P.ORDINALS]
    for n, stems in enumerate(zip(*per_lang)):
        for stem in stems:
            if re.search(rf"(?<!\w)(?:{stem})", folded):
                return n
    return None


def advance(state: DialogueState, role: str, text: str, catalog: Catalog, reading: Reading | None = None,
            order_shape: OrderShape | None = None) -> DialogueState:
    """The state after one more turn (``role`` customer or agent); ``order_shape``: how the store's order numbers
    look (a bare "can u check 418329" asks about an order)."""
    s = replace(state, listed=list(state.listed), turns=state.turns + 1)
    if role == "agent":
        mentioned = catalog.mentioned_in_order(text) if len(catalog) else []
        if len(mentioned) >= 2:
            s.listed = [_key(p) for p in mentioned]
            s.product = None
        elif len(mentioned) == 1:
            s.product = _key(mentioned[0])
            s.listed = []
        if not s.topic_asked and not mentioned:  # an answer naming a product is about the product
            # "the jacket isn't warm enough" - "You can return it within 30 days ..." - "it came 33 days ago, still
            # ok?": the answer's own topic (its first sentences, not the closing offers) is the conversation's
            lead = " ".join(re.split(r"(?<=[.!?])\s+", text)[:2])
            said = read(lead, vocabulary=catalog.vocabulary)
            topics = [t for t in said.topics() if t in _AGENT_TOPICS]
            if topics:
                s.topic = topics[0]
        folded = fold(text)
        if _ASKS_CONTACT.search(folded) and s.order_number or _ASKS_CONTACT.search(folded) and "?" in text:
            s.awaiting = "contact"
        elif _ASKS_NUMBER.search(folded):
            s.awaiting = "order_number"
        else:
            s.awaiting = None
        return s
    r = reading or read(text, vocabulary=catalog.vocabulary, expecting_order=state.awaiting == "order_number",
                        order_shape=order_shape)
    s.lang = r.lang
    if r.order_numbers:
        if r.order_numbers[0] != s.order_number:
            s.contact_given = False
        s.order_number = r.order_numbers[0]
    if r.emails or r.phones:
        s.contact_given = True
    topics = [t for t in r.topics() if t not in _NOT_TOPICS]
    if topics:
        s.topic = topics[0]
    s.topic_asked = bool(topics)
    if len(catalog):
        skip = r.covered
        found = catalog.find_tokens(r.tokens, skip=skip, limit=2, min_score=0.74)
        if found:
            s.product = _key(found[0].product)
            s.listed = [] if len(found) == 1 else s.listed
        else:
            n = ordinal_in(r.folded)
            if n is not None and n < len(s.listed):
                s.product = s.listed[n]
    for ask in ("price", "stock", "size", "colour", "link", "description"):
        if ask in r.asks:
            s.last_ask = ask
            break
    s.awaiting = None
    return s


def state_from_history(history: list[tuple[str, str]], catalog: Catalog,
                       order_shape: OrderShape | None = None) -> DialogueState:
    """The state after the turns of a history, (role, text) oldest first."""
    s = DialogueState()
    for role, text in history:
        s = advance(s, role, text, catalog, order_shape=order_shape)
    return s
