"""`rag-agent serve`: take the port first, then open the data directory, announce, and serve.

The port is bound before anything slow happens (:func:`bind`), so a busy port is one clear line at once,
never a banner followed by a failure. The server then records its address in the data directory
(``server.json``, see :mod:`rag_agent.cli_base`) so that CLI commands on the same directory go through it,
loads the embedding model in the background (the first answer does not wait for it; commands never load
it), and logs one access line per request (:mod:`rag_agent.accesslog`).
"""

from __future__ import annotations

import errno
import logging
import socket
import sys
import threading

import click

from typing import TYPE_CHECKING

from rag_agent import cli_base as base
from rag_agent.errors import ConfigError, RagAgentError

if TYPE_CHECKING:
    from rag_agent.service import Service

__all__ = ["bind", "run_server"]

logger = logging.getLogger(__name__)


def bind(host: str, port: int) -> socket.socket:
    """A listening-ready socket on ``host:port``; ConfigError in one line when it cannot be had."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise ConfigError(f"cannot listen on {host}: {exc.strerror} (give --host an address of this machine)") \
            from exc
    family, kind, proto, _, addr = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(addr)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise ConfigError(f"port {port} on {host} is already in use (another rag-agent serve, or another "
                              "program): stop it, or choose another port with --port or RAG_PORT") from exc
        if exc.errno == errno.EACCES:
            raise ConfigError(f"port {port} on {host} needs privileges this user lacks: choose a port above "
                              "1023 with --port or RAG_PORT") from exc
        raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror}") from exc
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def _warm_up(svc: "Service") -> None:
    """Load what the first answer needs (the embedding model, the language detector) off the request path."""
    try:
        warm = getattr(svc.embedder, "warm_up", None)  # a test's fake embedder has nothing to load
        if warm is not None:
            warm()
        from rag_agent.engine.language import detect

        detect("hello, is this in stock?")
    except Exception:  # a warm-up is an optimisation: the first request will load (and report) it again
        logger.exception("warming up the embedding model failed; the first answer will try again")


def run_server(sock: socket.socket, host: str, port: int, demo: bool, access_log: bool) -> None:
    """Open the data directory on an already bound socket and serve until stopped."""
    import uvicorn

    from rag_agent.accesslog import configure as configure_access_log
    from rag_agent.api import create_app
    from rag_agent.service import Service

    s = base.settings()
    try:
        svc = Service(s)
    except RagAgentError as exc:
        sock.close()
        base.fail(exc)
    try:
        base.ensure_default_key(svc.state, s)
        if demo:
            with base.progress("loading demo store") as bar:
                svc.load_store_dir(base.DEFAULT_WS, base.demo_dir(), bar)
        from ingestion.sandbox import warm_up as warm_reader

        threading.Thread(target=warm_reader, name="reader-warm-up", daemon=True).start()  # first upload waits less
        if s.warm_up:
            threading.Thread(target=_warm_up, args=(svc,), name="model-warm-up", daemon=True).start()
        # every workspace's catalog and knowledge units loaded before the first customer asks (no model needed)
        threading.Thread(target=svc.warm, name="answers-warm-up", daemon=True).start()
        app = create_app(svc)
        if demo:
            from rag_agent.conversations.api import conversations_for
            from rag_agent.firstrun import prepare_demo

            prepare_demo(svc.agent_store, conversations_for(app), app.state.console.keys, base.DEFAULT_WS,
                         [f"http://{host}:{port}", f"http://localhost:{port}", f"http://127.0.0.1:{port}"])
    except RagAgentError as exc:
        svc.close()
        sock.close()
        base.fail(exc)
    url = f"http://{host if ':' not in host else f'[{host}]'}:{port}"
    local = {"0.0.0.0": "127.0.0.1", "::": "::1"}.get(host)  # listening everywhere: commands here use loopback
    base.record_server(s.data_dir, url if local is None else f"http://{local if ':' not in local else '[::1]'}:{port}")
    configure_access_log(access_log)
    key = base.key_file(s)
    click.echo(f"rag-agent serving {s.data_dir} on {url}  (docs: {url}/docs)")
    click.echo(f"console: open {url}/ and sign in with the workspace API key in {key}")
    click.echo(f"try: curl -s {url}/v1/answer -H \"Authorization: Bearer $(cat {key})\" "
               "-H 'Content-Type: application/json' -d '{\"message\": \"How much is the Trail Runner Jacket?\"}'")
    sys.stdout.flush()
    try:
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
        server.run(sockets=[sock])
    finally:
        base.forget_server(s.data_dir)
