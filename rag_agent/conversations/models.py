"""Records of the conversation layer: channels, conversations, messages, humans, teams, handoffs.

Owners: a conversation has at most one owner at a time, ``ai`` (an AI agent), ``human`` (a team member),
``team`` (any member of a team may take it) or ``none`` (waiting for someone to take it).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from rag_agent.errors import InputError

CHANNELS = ("whatsapp", "instagram", "telegram", "facebook", "webchat", "email")
REFUSED_CHANNELS = {
    "whatsapp_lite": "WhatsApp Lite (a number connected through the WhatsApp Business app) cannot be answered by "
                     "AI agents; connect the number through the WhatsApp Business API and send it as channel "
                     "'whatsapp'",
}
CHANNEL_ALIASES = {"web": "webchat", "web_chat": "webchat", "web-chat": "webchat", "livechat": "webchat",
                   "messenger": "facebook", "whatsapp-lite": "whatsapp_lite", "whatsapplite": "whatsapp_lite"}
HUMAN_STATUSES = ("online", "away", "offline")
OwnerKind = Literal["ai", "human", "team", "none"]
COOLDOWN_S = 300  # after a conversation closes, a new one starts no sooner than this
UNANSWERED_INTENTS = frozenset({"no_answer", "out_of_scope"})


class ChannelRefused(InputError):
    """A channel AI agents may not answer (WhatsApp Lite)."""

    status_code = 422


def check_channel(channel: str) -> str:
    """The canonical channel name, or a clear error for an unknown or refused one."""
    c = CHANNEL_ALIASES.get(channel.strip().lower(), channel.strip().lower())
    if c in REFUSED_CHANNELS:
        raise ChannelRefused(REFUSED_CHANNELS[c])
    if c not in CHANNELS:
        raise InputError(f"unknown channel {channel!r}; accepted: {', '.join(CHANNELS)}")
    return c


@dataclass
class Owner:
    """Who answers a conversation now."""

    kind: OwnerKind
    id: str | None = None

    def __str__(self) -> str:
        return f"{self.kind}:{self.id}" if self.id else self.kind


@dataclass
class Human:
    """A team member who can answer conversations."""

    id: str
    workspace_id: str
    name: str
    email: str | None
    status: str
    teams: list[str] = field(default_factory=list)
    rr_seq: int = 0  # round-robin order: higher was assigned more recently
    created_at: float = 0.0

    def public(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("workspace_id")
        return d


@dataclass
class Conversation:
    """A conversation between one lead and the store on one channel."""

    id: str
    workspace_id: str
    lead_id: str
    channel: str
    status: str  # waiting (cooldown) | open | closed
    owner: Owner
    agent_id: str | None
    ai_stopped: bool
    unread: bool
    playground: bool
    stage_id: str | None
    event: dict[str, Any] | None
    language: str | None
    intent: str | None
    sentiment: str | None
    reply_due_at: float | None
    starts_at: float | None
    handed_over: bool
    loop_guarded: bool
    last_error: str | None
    created_at: float
    closed_at: float | None
    updated_at: float
    first_agent_id: str | None = None
    routed_by: str | None = None

    @property
    def ai_replies(self) -> bool:
        """Whether the AI agent answers this conversation now."""
        return self.status == "open" and self.owner.kind == "ai" and not self.ai_stopped

    def public(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("workspace_id")
        d["owner"] = {"kind": self.owner.kind, "id": self.owner.id}
        return d


@dataclass
class Message:
    """One message in a conversation."""

    id: str
    conversation_id: str
    seq: int
    direction: str  # in | out
    sender_kind: str  # customer | ai | human | system
    sender_id: str | None
    kind: str  # text | audio
    text: str | None
    transcript: str | None
    audio_path: str | None
    error: str | None
    status: str  # pending | answered | failed | sent | none
    reply_to: list[str]
    language: str | None
    intent: str | None
    response_s: float | None
    credits: float | None
    meta: dict[str, Any]
    created_at: float

    @property
    def content(self) -> str:
        """What the message says: its text, or the transcript of its audio."""
        return self.text or self.transcript or ""

    def public(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("audio_path")
        d["has_audio"] = bool(self.audio_path)
        return d


__all__ = ["CHANNELS", "REFUSED_CHANNELS", "HUMAN_STATUSES", "COOLDOWN_S", "UNANSWERED_INTENTS", "Owner",
           "Human", "Conversation", "Message", "ChannelRefused", "check_channel"]
