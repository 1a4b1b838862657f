"""The exception tree of rag-agent.

Every error the service raises on purpose derives from :class:`RagAgentError`::

    RagAgentError
    ├── ConfigError                 settings are missing or invalid
    ├── InputError                  the caller sent something we cannot accept
    │   ├── UnsupportedFileType     extension not accepted, or content of another format than its name says
    │   ├── FileTooLarge            over a configured size limit (upload, decompressed size, rows, chunks)
    │   ├── RequestTooLarge         a request body over its cap, refused while reading
    │   ├── EmptyFile               zero bytes or no extractable text
    │   ├── CorruptFile             the parser could not read it
    │   ├── ParseTimeout            reading it took longer than the configured time limit
    │   ├── CatalogFormatError      a catalog CSV lacks required columns or has too many bad rows
    │   ├── MessageTooLong          a customer message over the limit
    │   ├── PersonaError            persona values out of range
    │   ├── OperatorOnly            a setting only the server's operator may give (env: secrets, paths...)
    │   └── PrivateUpstream         an upstream host that is not a public address (or does not resolve)
    ├── NotFound                    an id that does not exist in this workspace
    ├── ConnectionUnavailable       a store connection cannot be used now (the reason is in the server log)
    ├── LimitExceeded               a plan limit (sources, ...) would be passed
    ├── AuthError                   missing or wrong API key
    │   └── OriginNotAllowed        a widget key used from a page whose origin the key does not allow
    ├── TooManyRequests             a per-client rate limit (widget visitor, sign-in) was passed
    ├── StoreError                  the vector store failed or is held by another process
    │   └── StoreLocked             another process owns the embedded store
    └── UpstreamError               a remote service answered with an error
        └── UpstreamRateLimited     ... with 429; ``retry_after_s`` says how long to wait

The HTTP API maps them to status codes in one handler; the CLI prints the message and exits 1.
"""

from __future__ import annotations


class RagAgentError(Exception):
    """Base of every error raised on purpose by rag-agent."""

    status_code = 500

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ConfigError(RagAgentError):
    """Settings are missing or invalid."""


class InputError(RagAgentError):
    """The caller sent something we cannot accept."""

    status_code = 400


class UnsupportedFileType(InputError):
    """The file's type is not one we parse."""

    status_code = 415


class FileTooLarge(InputError):
    """The file is over the configured size limit."""

    status_code = 413


class RequestTooLarge(InputError):
    """A request body over its cap (webhooks, uploads, JSON), refused before it is read in full."""

    status_code = 413


class EmptyFile(InputError):
    """The file has no bytes or no extractable text."""


class CorruptFile(InputError):
    """The parser could not read the file."""

    status_code = 422


class ParseTimeout(InputError):
    """Reading an uploaded file took longer than the configured limit; the worker reading it was killed."""

    status_code = 422


class CatalogFormatError(InputError):
    """A catalog file lacks the columns its format requires."""

    status_code = 422


class MessageTooLong(InputError):
    """A customer message is over the limit."""

    status_code = 413


class PersonaError(InputError):
    """A persona value is out of its allowed range."""

    status_code = 422


class OperatorOnly(InputError):
    """A setting that only the server's operator (CLI on the data directory, admin key) may give."""

    status_code = 403


class PrivateUpstream(InputError):
    """An upstream host a workspace named resolves to an address that is not public (or to none)."""

    status_code = 422


class ConnectionUnavailable(RagAgentError):
    """A store connection cannot be used now (a secret cannot be read); the reason goes to the log only."""

    status_code = 503


class NotFound(RagAgentError):
    """An id that does not exist in this workspace."""

    status_code = 404


class LimitExceeded(RagAgentError):
    """A plan limit would be passed."""

    status_code = 409


class AuthError(RagAgentError):
    """Missing or wrong API key."""

    status_code = 401


class OriginNotAllowed(AuthError):
    """A public widget key was used from a page whose origin it does not list."""

    status_code = 403


class TooManyRequests(RagAgentError):
    """A per-client rate limit was passed; ``retry_after_s`` says when to try again."""

    status_code = 429

    def __init__(self, message: str, retry_after_s: float = 60.0) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class StoreError(RagAgentError):
    """The vector store failed."""

    status_code = 503


class StoreLocked(StoreError):
    """Another process owns the embedded store."""


class UpstreamError(RagAgentError):
    """A remote service answered with an error."""

    status_code = 502

    def __init__(self, message: str, upstream_status: int | None = None) -> None:
        super().__init__(message)
        self.upstream_status = upstream_status


class UpstreamRateLimited(UpstreamError):
    """A remote service answered 429."""

    status_code = 503

    def __init__(self, message: str, retry_after_s: float | None = None) -> None:
        super().__init__(message, 429)
        self.retry_after_s = retry_after_s
