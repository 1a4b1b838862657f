"""What every `rag-agent` command shares: settings, the default workspace and its key file, opening the data
directory, one-line failures, progress, and talking to the server that holds the data directory.

One process owns the data directory's vector store. ``rag-agent serve`` records its address in
``$RAG_DATA_DIR/server.json`` (:func:`record_server`); a command that would open the data directory first
asks :func:`running_server`, and when a live server holds it, goes through that server's HTTP API with the
workspace key from ``$RAG_DATA_DIR/api-key`` (:class:`Remote`), or says in one line that it cannot.
Commands import this module, never one another (no import circles between the CLI's rooms).
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from rag_agent.errors import RagAgentError

if TYPE_CHECKING:  # imported lazily at run time: a command that needs no service never loads it
    from rag_agent.progress import ConsoleProgress
    from rag_agent.service import Service
    from rag_agent.settings import Settings
    from rag_agent.state import State

DEFAULT_WS = "default"
CONTEXT = {"help_option_names": ["-h", "--help"]}
SERVER_FILE = "server.json"


def demo_dir() -> Path:
    """The demo store shipped with the package."""
    from importlib import resources

    return Path(str(resources.files("rag_agent") / "demo"))


def settings() -> "Settings":
    """The settings of this process (environment, read once)."""
    from rag_agent.settings import get_settings

    return get_settings()


def key_file(s: "Settings") -> Path:
    """Where the CLI's default workspace key is kept (0600), written on first use."""
    return s.data_dir / "api-key"


def fail(exc: Exception | str) -> NoReturn:
    """Print one line (never a traceback) and exit 1."""
    click.echo(f"error: {exc}", err=True)
    sys.exit(1)


def ensure_default_key(state: "State", s: "Settings") -> None:
    """The CLI's default workspace, created (with its API key file, 0600) when missing; needs no model."""
    if state.find_workspace(DEFAULT_WS) is None:
        _, key = state.create_workspace("My store", "trial", s.default_currency, workspace_id=DEFAULT_WS)
        path = key_file(s)
        path.write_text(key + "\n")
        os.chmod(path, 0o600)


def open_service() -> "Service":
    """The service on the data directory, with the default workspace; refused in one line when a running
    server holds the directory (see :func:`check_not_held`). The embedding model is not loaded here."""
    from rag_agent.service import Service

    s = settings()
    check_not_held(s)
    svc = Service(s)
    try:
        ensure_default_key(svc.state, s)
    except BaseException:
        svc.close()
        raise
    return svc


# -- the server that holds the data directory ----------------------------------------------------

@dataclass
class ServerInfo:
    """What ``serve`` records about itself in the data directory."""

    url: str
    pid: int


def record_server(data_dir: Path, url: str) -> Path:
    """Write ``server.json`` (this process's address and pid); the caller removes it on exit."""
    path = data_dir / SERVER_FILE
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"url": url, "pid": os.getpid()}) + "\n")
    os.replace(tmp, path)
    return path


def forget_server(data_dir: Path) -> None:
    """Remove ``server.json`` when it is this process's."""
    info = _read_server_file(data_dir)
    if info is not None and info.pid == os.getpid():
        (data_dir / SERVER_FILE).unlink(missing_ok=True)


def _read_server_file(data_dir: Path) -> ServerInfo | None:
    try:
        raw = json.loads((data_dir / SERVER_FILE).read_text())
        return ServerInfo(str(raw["url"]), int(raw["pid"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _alive(pid: int) -> bool:
    if pid <= 0 or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another account's live process
        return True
    return True


def running_server(data_dir: Path) -> ServerInfo | None:
    """The live server recorded in ``data_dir``, or None (no record, or its process is gone)."""
    info = _read_server_file(data_dir)
    if info is None or not _alive(info.pid):
        return None
    return info


def check_not_held(s: "Settings") -> None:
    """Refuse at once, in one line, to open a data directory that a running server holds."""
    info = running_server(s.data_dir)
    if info is not None:
        raise RagAgentError(f"the data directory {s.data_dir} is held by the server at {info.url} (pid {info.pid}); "
                            f"this command cannot go through it: stop the server first")


def read_key(s: "Settings") -> str | None:
    """The default workspace's key from the key file, or None."""
    try:
        key = key_file(s).read_text().strip()
    except OSError:
        return None
    return key or None


class Remote:
    """The HTTP API of a running server, with a workspace key; errors become one-line failures."""

    def __init__(self, url: str, api_key: str, timeout: float = 120.0) -> None:
        import httpx

        self.url = url.rstrip("/")
        self.http = httpx.Client(base_url=self.url, headers={"Authorization": f"Bearer {api_key}"},
                                 timeout=timeout)

    def call(self, method: str, path: str, ok: tuple[int, ...] = (200,), **kwargs: Any) -> Any:
        """One request; a status outside ``ok`` ends the command with the server's own ``detail``."""
        import httpx

        try:
            r = self.http.request(method, path, **kwargs)
        except httpx.HTTPError as exc:
            fail(f"cannot reach the server at {self.url}: {exc}")
        if r.status_code not in ok:
            try:
                body = r.json()
                detail = body.get("detail") if isinstance(body, dict) else None
            except ValueError:
                detail = None
            fail(f"the server at {self.url} answered {r.status_code}: {detail or r.text[:200]}")
        return r.json() if r.content else None

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> "Remote":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def api_key_for(url: str, api_key: str | None) -> str:
    """The key for ``--url``: ``--api-key`` (or ``RAG_API_KEY``), else the key file, else a one-line failure
    saying what is missing."""
    s = settings()
    key = api_key or read_key(s)
    if not key:
        fail(f"--url {url} needs a workspace API key: give --api-key KEY (or RAG_API_KEY), or run this on "
             f"the server's machine where {key_file(s)} holds it")
    return key


def remote_for(url: str | None, api_key: str | None) -> Remote | None:
    """Where a command should go: ``--url`` (its key from ``--api-key``, ``RAG_API_KEY`` or the key file,
    else a one-line failure saying what is missing), else the server holding the data directory (with the
    key file), else None (open the data directory in this process)."""
    s = settings()
    if url:
        return Remote(url, api_key_for(url, api_key))
    info = running_server(s.data_dir)
    if info is None:
        return None
    key = api_key or read_key(s)
    if not key:
        fail(f"the data directory {s.data_dir} is held by the server at {info.url}, and {key_file(s)} (its "
             "workspace key) cannot be read: give --api-key KEY")
    click.echo(f"(through the server at {info.url}, which holds {s.data_dir})", err=True)
    return Remote(info.url, key)


def progress(label: str) -> "ConsoleProgress":
    """A progress display for the CLI (see :class:`rag_agent.progress.ConsoleProgress`)."""
    from rag_agent.progress import ConsoleProgress

    return ConsoleProgress(label)
