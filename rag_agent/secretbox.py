"""Secrets at rest: one Fernet key per data directory, for every secret the service keeps.

Connector secrets and outgoing-webhook signing secrets (in the service's database, which may be a PostgreSQL
shared by several workers: each needs a copy of the same key file) are encrypted with Fernet (AES-128-CBC +
HMAC-SHA256) under the key in ``<data dir>/secret.key``, created with mode 0600 on first use. Whoever reads a database dump without the
data directory's key learns no secret; replacing the key file makes stored secrets unreadable (a clear error).

A sealed text is ``enc:v1:<Fernet token>``, so a reader tells sealed values from plain ones written by an
older version (those are sealed on start by their owners).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

from rag_agent.errors import ConfigError

__all__ = ["SecretBox", "SEALED_PREFIX"]

SEALED_PREFIX = "enc:v1:"


class SecretBox:
    """Encrypts and decrypts with the data directory's key (created on first use)."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / "secret.key"
        self._fernet: Fernet | None = None
        self._lock = threading.Lock()

    def _cipher(self) -> Fernet:
        with self._lock:
            if self._fernet is None:
                try:
                    fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                except FileExistsError:
                    key = self.path.read_bytes().strip()
                else:
                    key = Fernet.generate_key()
                    with os.fdopen(fd, "wb") as f:
                        f.write(key)
                try:
                    self._fernet = Fernet(key)
                except ValueError as exc:
                    raise ConfigError(f"{self.path} does not hold a valid secret key") from exc
            return self._fernet

    def encrypt(self, data: bytes) -> bytes:
        return self._cipher().encrypt(data)

    def decrypt(self, token: bytes, what: str = "a stored secret") -> bytes:
        try:
            return self._cipher().decrypt(bytes(token))
        except InvalidToken as exc:
            raise ConfigError(f"{what} cannot be decrypted with {self.path} (was the key file replaced?)") from exc

    def seal(self, text: str) -> str:
        """``text`` encrypted, as ``enc:v1:<token>`` (a sealed text is returned as it is)."""
        if self.is_sealed(text):
            return text
        return SEALED_PREFIX + self.encrypt(text.encode()).decode()

    def open(self, value: str, what: str = "a stored secret") -> str:
        """The clear text of a sealed value; a plain (legacy) value is returned as it is."""
        if not self.is_sealed(value):
            return value
        return self.decrypt(value[len(SEALED_PREFIX):].encode(), what).decode()

    @staticmethod
    def is_sealed(value: object) -> bool:
        return isinstance(value, str) and value.startswith(SEALED_PREFIX)
