"""AgentRuntime: one agent's reply to a client's messages, with its WHEN/THEN actions applied.

Use (the conversations room calls exactly this)::

    from rag_agent.agents.runtime import AgentRuntime, AgentReply
    from rag_agent.agents.store import AgentStore

    store = AgentStore(state)                                  # the service's state
    runtime = AgentRuntime(service, store, make_evaluator(settings, embedder))  # service: any Answerer
    reply = runtime.respond(workspace_id, agent_id, lead_id, ["hi", "I want to buy the jacket"],
                            history=[{"role": "customer", "text": "..."}, {"role": "agent", "text": "..."}])
    reply.text, reply.language, reply.handoff, reply.transfer_to, reply.intent, reply.sentiment
    reply.lead_id, reply.lead_updates, reply.citations, reply.conditions_matched, reply.actions_applied

``messages`` are the client's messages since the agent last replied (several, when they arrived within the
agent's ``settings.reply_delay_s``); they are answered together. ``lead_id`` None creates a new lead (its id is
in ``reply.lead_id``); an unknown id creates the lead with that id. ``respond`` answers for an agent in any state
(previews of drafts, conversations in progress after a deactivation); call
:meth:`AgentStore.require_active` before starting a *new* conversation.

What happens, in order:

1. The messages are read once into condition signals (classifiers, lexicons, validators; see
   :mod:`rag_agent.agents.conditions`).
2. Valid contact data the client gave (email, phone; a name or address given explicitly, or as the answer to the
   agent's own request) is stored on the lead; nothing else is ever written to the lead.
3. Each enabled action is checked (ALL / ANY of its conditions); the THEN steps of the actions that fire are
   applied in the agents' order: ``use_message`` replaces the reply (``answer_from_kb`` keeps the knowledge-base
   answer beside it), ``reply_with_info`` / ``bring_up_topic`` add text, ``try_bring_up_topic`` adds it once per
   conversation, ``do_not_mention`` removes sentences saying it, ``transfer`` hands off to a team member,
   ``request`` asks for a lead field the lead does not have yet and waits for it.
4. A request the agent is waiting for is fulfilled when the client sends a valid value (then the agent thanks and
   does not ask again); an invalid email or phone gets a "please check" reply and the agent keeps waiting.

The answer itself comes from :meth:`Service.answer` with the agent's persona and only its connected sources
(``source_ids``) and products switch.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from dataclasses import asdict, dataclass, field
from typing import Any, Sequence

from rag_agent.agents import phrases as AP
from rag_agent.agents.conditions import ConditionEvaluator, Judge, Signals
from rag_agent.agents.models import LEAD_FIELDS, Agent, Lead
from rag_agent.agents.store import AgentStore
from rag_agent.engine.text import fold
from rag_agent.errors import InputError
from rag_agent.embed import Embedder, message_embedder
from rag_agent.ports import Answerer
from rag_agent.settings import LLMSettings, Settings

logger = logging.getLogger(__name__)

_SENT = re.compile(r"(?<=[.!?。])\s+")


@dataclass
class AgentReply:
    """The agent's reply and what led to it."""

    text: str
    language: str
    handoff: bool
    transfer_to: str | None
    intent: str
    sentiment: str
    lead_id: str
    lead_updates: dict[str, Any] = field(default_factory=dict)
    citations: list[dict[str, Any]] = field(default_factory=list)
    conditions_matched: list[dict[str, Any]] = field(default_factory=list)
    actions_applied: list[dict[str, Any]] = field(default_factory=list)
    waiting_for: list[str] = field(default_factory=list)
    latency_ms: float = 0.0
    conditions_ms: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _mentions(text: str, banned: list[str]) -> bool:
    f = fold(text)
    return any(b.strip() and fold(b.strip()) in f for b in banned)


class AgentRuntime:
    """Answers as one agent of a workspace, applying its actions; see the module docstring."""

    def __init__(self, answers: Answerer, store: AgentStore, evaluator: ConditionEvaluator) -> None:
        self.answers = answers  # the knowledge-base answer (the Service: an agent's persona and sources)
        self.store = store
        self.evaluator = evaluator

    # -- entry point ------------------------------------------------------------------------------
    def respond(self, workspace_id: str, agent_id: str, lead_id: str | None, messages: Sequence[str],
                history: Sequence[dict[str, str]] | None = None, now: dt.datetime | None = None,
                persona: dict[str, Any] | None = None) -> AgentReply:
        """The agent's reply to the client's messages (see the module docstring); ``persona`` overrides some of
        the agent's persona fields for this reply only (the console's playground tries a tone or a language)."""
        t0 = time.perf_counter()
        if isinstance(messages, str):
            messages = [messages]
        parts = [m.strip() for m in messages if m and m.strip()]
        if not parts:
            raise InputError("no message to answer: send at least one non-empty message")
        message = "\n".join(parts)
        history = list(history or [])
        agent = self.store.get(workspace_id, agent_id)
        lead = self.store.get_or_create_lead(workspace_id, lead_id)
        memory = self.store.memory(agent.id, lead.id)
        pending: list[str] = list(memory.get("pending", []))
        topics: list[str] = list(memory.get("topics", []))

        tc = time.perf_counter()
        earlier = [str(h.get("text", "")) for h in history if h.get("role") in ("customer", "user")]
        sig = self.evaluator.analyze(message, earlier[-4:])
        self.evaluator.prime([a for a in agent.actions if a.enabled])  # condition texts: one batch, then cached
        fired = []
        matched_info = []
        for action in agent.actions:
            if not action.enabled:
                continue
            ok, matches = self.evaluator.run(action, sig, now)
            if ok:
                fired.append(action)
                matched_info.append({"action_id": action.id, "action_name": action.name, "match": action.match,
                                     "conditions": [m.as_dict() for m in matches if m.matched]})
        cond_ms = (time.perf_counter() - tc) * 1000

        # what the client gave, for the lead (validated; names/addresses only when explicit or asked for)
        updates, thanks, invalid = self._lead_data(sig, lead, pending, message)

        do_not = [t.text or "" for a in fired for t in a.then if t.type == "do_not_mention"]
        overrides = persona
        persona = {**agent.persona, **{k: v for k, v in (overrides or {}).items() if v is not None}}
        if do_not:
            persona["do_not_mention"] = list(persona.get("do_not_mention") or []) + do_not
        ans = self.answers.answer(workspace_id, message, history, persona or None,
                                  source_ids=agent.source_ids, products=agent.products_enabled,
                                  conversation_id=f"agent:{agent.id}:lead:{lead.id}")
        lang = ans.language

        applied: list[dict[str, Any]] = []
        fixed: list[str] = []
        keep_kb = False
        infos: list[str] = []
        asks: list[str] = []
        transfer_to = None
        handoff = ans.handoff
        have = {f: getattr(lead, f) or updates.get(f) for f in LEAD_FIELDS}
        for action in fired:
            for step in action.then:
                rec: dict[str, Any] = {"action_id": action.id, "type": step.type}
                if step.type == "transfer":
                    handoff, transfer_to = True, step.user
                    rec["user"] = step.user
                elif step.type == "use_message":
                    fixed.append(step.text or "")
                elif step.type == "answer_from_kb":
                    keep_kb = True
                elif step.type in ("reply_with_info", "bring_up_topic"):
                    infos.append(step.text or "")
                elif step.type == "try_bring_up_topic":
                    key = fold(step.text or "")
                    said = any(key and key in fold(h.get("text", "")) for h in history if h.get("role") == "agent")
                    if key in topics or said:
                        rec["skipped"] = "already brought up in this conversation"
                    else:
                        infos.append(step.text or "")
                        topics.append(key)
                elif step.type == "request":
                    f = step.field or ""
                    rec["field"] = f
                    if have.get(f):
                        rec["skipped"] = f"the lead already has a {f}"
                    elif f in pending and f not in thanks and not invalid:
                        # already asked and still waiting: ask again once more, gently
                        asks.append(AP.say(f"request_{f}", lang))
                    elif f not in asks:
                        asks.append(AP.say(f"request_{f}", lang))
                        if f not in pending:
                            pending.append(f)
                elif step.type == "do_not_mention":
                    rec["text"] = step.text
                applied.append(rec)

        # the reply: fixed message or the knowledge-base answer, then thanks, information, requests
        body: list[str] = []
        if fixed:
            body.extend(fixed)
            if keep_kb:
                body.append(ans.reply)
        elif (thanks or invalid) and _only_contact_data(message, sig):
            pass  # the client only sent what we asked for: thank, no knowledge-base answer
        else:
            body.append(ans.reply)
        for f in thanks:
            body.append(AP.say(f"thanks_{f}", lang, value=updates.get(f, "")))
        for f in invalid:
            body.append(AP.say(f"invalid_{f}", lang))
        body.extend(infos)
        if not invalid:
            body.extend(a for a in asks if a not in body)
        if transfer_to and not fixed and not ans.handoff:
            body.append(AP.say("transfer", lang))
        banned = list(persona.get("do_not_mention") or [])
        text = self._clean(body, banned, lang)

        if updates:
            lead = self.store.update_lead(workspace_id, lead.id, **updates)
        pending = [f for f in pending if not getattr(lead, f)]
        if memory or pending or topics:
            self.store.set_memory(agent.id, lead.id, {"pending": pending, "topics": topics})
        return AgentReply(text=text, language=lang, handoff=handoff, transfer_to=transfer_to, intent=sig.intent,
                          sentiment=sig.sentiment, lead_id=lead.id, lead_updates=updates,
                          citations=[] if fixed and not keep_kb else ans.citations,
                          conditions_matched=matched_info, actions_applied=applied, waiting_for=pending,
                          latency_ms=round((time.perf_counter() - t0) * 1000, 2), conditions_ms=round(cond_ms, 3))

    # -- helpers ----------------------------------------------------------------------------------
    def _lead_data(self, sig: Signals, lead: Lead, pending: list[str],
                   message: str) -> tuple[dict[str, Any], list[str], list[str]]:
        """(lead updates, fields to thank for, fields given invalid) from one message."""
        ext = sig.extracted
        updates: dict[str, Any] = {}
        if ext.emails and ext.emails[0] != lead.email:
            updates["email"] = ext.emails[0]
        if ext.phones and ext.phones[0] != lead.phone:
            updates["phone"] = ext.phones[0]
        name = ext.names[0] if ext.names else None
        if not name and "name" in pending and not lead.name:
            name = _bare_name(message)
        if name and name != lead.name:
            updates["name"] = name
        addr = ext.addresses[0] if ext.addresses else None
        if not addr and "address" in pending and not lead.address:
            from rag_agent.agents.extract import looks_like_address

            if looks_like_address(message):
                addr = message.strip()[:200]
        if addr and addr != lead.address:
            updates["address"] = addr
        thanks = [f for f in pending if f in updates]
        invalid = []
        if "email" in pending and "email" not in updates and ext.bad_email:
            invalid.append("email")
        if "phone" in pending and "phone" not in updates and ext.bad_phone and not ext.emails:
            invalid.append("phone")
        return updates, thanks, invalid

    def _clean(self, parts: list[str], banned: list[str], lang: str) -> str:
        out: list[str] = []
        for p in parts:
            if not p:
                continue
            kept = [s for s in _SENT.split(p.strip()) if s and not _mentions(s, banned)]
            if kept:
                out.append(" ".join(kept))
        if not out:
            from rag_agent.engine import phrases as P

            out.append(P.phrase("no_answer", lang, "friendly"))
        return re.sub(r"\s+", " ", " ".join(out)).strip()


def _bare_name(message: str) -> str | None:
    """A reply that is just a name ("Ana Souza", "it's Ana")."""
    t = re.sub(r"^(?:it'?s|i'?m|me llamo|soy|sou|eu sou|ben|saya|я)\s+", "", message.strip(), flags=re.I)
    t = t.strip(" .!,")
    words = t.split()
    if 1 <= len(words) <= 4 and all(re.fullmatch(r"[^\W\d_][^\W\d_'.-]*", w) for w in words) \
            and any(w[:1].isupper() for w in words):
        return t[:80]
    return None


def _only_contact_data(message: str, sig: Signals) -> bool:
    """True when the message is little more than the contact data it carries."""
    rest = message
    for v in sig.extracted.emails + sig.extracted.names + sig.extracted.addresses:
        rest = re.sub(re.escape(v), " ", rest, flags=re.I)
    rest = re.sub(r"\+?\d[\d\s().-]{5,}\d", " ", rest)
    return len(re.findall(r"[^\W\d_]+", rest)) <= 6 and "?" not in rest


def make_evaluator(settings: Settings, embedder: Embedder | None, judge: Judge | None = None) -> ConditionEvaluator:
    """The condition evaluator the settings ask for: custom conditions compared with ``embedder`` (an int8 copy
    of the model when ``RAG_CONDITION_MODEL_INT8``), judged by ``judge`` or else the configured
    OpenAI-compatible model (``RAG_LLM__BASE_URL``), if any."""
    if judge is None:
        judge = configured_judge(settings.llm)
    if embedder is not None:
        embedder = message_embedder(embedder, settings.condition_model_int8)
    return ConditionEvaluator(embedder=embedder, judge=judge, region=settings.phone_region)


def configured_judge(llm: LLMSettings) -> Judge | None:
    """The OpenAI-compatible model that judges conditions the built-in readers cannot, else None."""
    if not llm.base_url:
        return None
    from rag_agent.agents.judge import OpenAIJudge

    return OpenAIJudge(llm.base_url, llm.model, llm.api_key.get_secret_value() if llm.api_key else None,
                       llm.timeout_s)


__all__ = ["AgentRuntime", "AgentReply", "Agent", "make_evaluator", "configured_judge"]
