"""What the answer engine hands back (:class:`Answer`) and the conversation turns it reads (:class:`Turn`).

Records only, apart from :mod:`rag_agent.engine.engine`, so that the parts that build an answer
(:mod:`rag_agent.engine.compose`) and the callers that read one import them without the engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class Turn:
    """One earlier message of the conversation."""

    role: str  # "customer" | "agent"
    text: str


@dataclass
class Answer:
    """What the agent replies, and why."""

    reply: str
    language: str
    handoff: bool
    citations: list[dict[str, Any]]
    intent: str
    latency_ms: float = 0.0
    generated_by: str = "composer"  # "composer" | "llm"
    explanation: dict[str, Any] | None = None

    def as_dict(self) -> dict[str, Any]:
        d = dict(self.__dict__)
        if d.get("explanation") is None:
            d.pop("explanation", None)
        return d


__all__ = ["Answer", "Turn"]
