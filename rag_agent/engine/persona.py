"""The agent's persona: who it is, how it speaks, how long it answers, what it must not mention."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, ValidationError, field_validator

from rag_agent.errors import PersonaError

LENGTHS: dict[str, tuple[int, int]] = {"short": (100, 200), "medium": (150, 250), "long": (200, 300)}
LANGUAGES = ("en", "es", "pt", "tr", "id", "ru")


class Persona(BaseModel):
    """Persona settings, with the documented limits enforced."""

    name: str = Field("Store assistant", max_length=80)
    role: str = Field("", max_length=1500, description="role and personality, at most 1,500 characters")
    tone: Literal["casual", "friendly", "professional"] = "friendly"
    reply_length: Literal["short", "medium", "long"] = "medium"
    reply_language: str = "auto"
    guidelines: list[str] = Field(default_factory=list, max_length=50)
    do_not_mention: list[str] = Field(default_factory=list, max_length=100)
    # how a stock question is answered: "exact" (yes, with the count), "in_stock" (yes / no only), "low_stock"
    # (yes, and "only N left" at or under low_stock_threshold). Stock is told only when asked.
    stock_display: Literal["in_stock", "exact", "low_stock"] = "exact"
    low_stock_threshold: int = Field(5, ge=1, le=1000)

    @field_validator("reply_language")
    @classmethod
    def _lang(cls, v: str) -> str:
        v = v.strip().lower()
        if v != "auto" and v not in LANGUAGES:
            raise ValueError(f"reply_language must be 'auto' or one of {', '.join(LANGUAGES)}")
        return v

    @field_validator("guidelines")
    @classmethod
    def _guidelines(cls, v: list[str]) -> list[str]:
        for i, line in enumerate(v, 1):
            if len(line) > 300:
                raise ValueError(f"guideline {i} has {len(line)} characters; at most 300 are allowed")
        return v

    @property
    def length_range(self) -> tuple[int, int]:
        return LENGTHS[self.reply_length]

    def merged(self, overrides: dict | None) -> "Persona":
        """This persona with per-request overrides applied (and validated)."""
        if not overrides:
            return self
        return make_persona({**self.model_dump(), **{k: v for k, v in overrides.items() if v is not None}})


def make_persona(data: dict | None) -> Persona:
    """Build a persona, turning validation failures into one clear PersonaError."""
    try:
        return Persona(**(data or {}))
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        raise PersonaError(f"invalid persona: {problems}") from exc
