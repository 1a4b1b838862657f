"""Request bodies shared by the API's routers, and the one error body every error answers with.

Every request model derives from :class:`RequestModel`, which refuses fields it does not know (422 naming
the field), so a misspelt or unsupported setting is never accepted and silently ignored. Limits a route
enforces are declared on its model (lengths, enums), so the OpenAPI schema says what is accepted.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

__all__ = ["RequestModel", "JsonInt", "PersonaOverrides", "HistoryTurn", "ErrorBody", "FieldError", "LANGUAGE_CODES"]

#: The reply languages a persona may fix ("auto": the customer's).
LANGUAGE_CODES = ("auto", "en", "es", "pt", "tr", "id", "ru")


def _number_not_text(value: object) -> object:
    if isinstance(value, (str, bool)):
        raise ValueError("must be a JSON number")
    return value


#: An integer as JSON Schema has it: 2 and 2.0, never "2" or true (strict pydantic refuses 2.0).
JsonInt = Annotated[int, Field(strict=False), BeforeValidator(_number_not_text)]


class RequestModel(BaseModel):
    """A request body: unknown fields are refused (``extra="forbid"``), values are taken as their JSON type."""

    model_config = ConfigDict(extra="forbid", strict=True)  # and no coercion: "yes" is not a boolean


class HistoryTurn(RequestModel):
    """One earlier turn of the conversation."""

    role: Literal["customer", "agent"]
    text: str = Field(max_length=20000)


class PersonaOverrides(RequestModel):
    """Persona values to set (``PATCH /v1/persona``) or to use for one answer; omitted ones stay as they are."""

    name: str | None = Field(None, max_length=80)
    role: str | None = Field(None, max_length=1500, description="role and personality")
    tone: Literal["casual", "friendly", "professional"] | None = None
    reply_length: Literal["short", "medium", "long"] | None = Field(
        None, description="short 100-200, medium 150-250, long 200-300 characters")
    reply_language: Literal["auto", "en", "es", "pt", "tr", "id", "ru"] | None = None
    guidelines: list[Annotated[str, Field(max_length=300)]] | None = Field(
        None, max_length=50, description="at most 50 lines of 300 characters")
    do_not_mention: list[str] | None = Field(None, max_length=100)
    stock_display: Literal["exact", "in_stock", "low_stock"] | None = Field(
        None, description="exact counts, only in/out of stock, or a count only when at most low_stock_threshold")
    low_stock_threshold: int | None = Field(None, ge=1, le=1000)


class FieldError(BaseModel):
    """One problem of a request that failed validation."""

    loc: list[str] = Field(description="where: body, query, path or header, then the field's path")
    msg: str
    type: str


class ErrorBody(BaseModel):
    """Every error: a machine-readable name and a sentence for people; validation errors add ``errors``."""

    error: str = Field(description="the error's name, e.g. NotFound, ValidationError, LimitExceeded")
    detail: str = Field(description="what was wrong and what is accepted")
    errors: list[FieldError] | None = Field(None, description="validation errors only: one per problem")
