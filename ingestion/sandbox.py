"""Uploads are read in a worker process: a time limit that holds, a memory cap, and nobody else stalled.

Why a process and not a thread
------------------------------
Parsing runs Python and C code (pypdf, lxml, python-docx, openpyxl, the catalog importers) on bytes
sent by anyone holding a workspace key. In the server process it would hold the GIL, so every
workspace's answers would wait, and a parser stuck inside C code could not be stopped at all. A
worker process has its own GIL, is killed when it passes ``timeout_s`` (:class:`ParseTimeout`), runs
under an address-space cap (``max_memory_mb``: a :class:`FileTooLarge` instead of a server swapping),
and gives all its memory back when it exits. Embedding and indexing stay in the caller's thread:
torch releases the GIL while it computes.

Workers are forked from :mod:`multiprocessing`'s fork server, a small single-threaded process that
imports the parsers once (:func:`warm_up` starts it ahead of the first upload), so a job starts in
a few tens of milliseconds and never inherits the server's threads, model or open files. Where the
platform has no fork server (Windows), each job is a spawned interpreter. As with any
:mod:`multiprocessing` code, a worker re-imports the program's main module: a script of your own that
adds sources through :class:`rag_agent.service.Service` must keep its work under
``if __name__ == "__main__":`` (the ``rag-agent`` command and pytest do).

What crosses back is plain data: a :class:`~rag_agent.records.Document` and its chunks, or a
catalog :class:`~connectors.csv_import.ImportResult`. An error the readers raise on purpose
(:class:`~rag_agent.errors.RagAgentError`) is re-raised in the caller as it is; anything else is a
bug and is raised as :class:`RuntimeError` with the worker's traceback.
"""

from __future__ import annotations

import logging
import multiprocessing
import sys
import threading
import traceback
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any, Callable

from connectors.csv_import import ImportResult, import_catalog_csv
from ingestion.files import FileLimits, check_content, chunk_document, parse_file
from rag_agent.errors import CatalogFormatError, CorruptFile, FileTooLarge, ParseTimeout, RagAgentError
from rag_agent.records import Chunk, Document

__all__ = ["ReadLimits", "read_catalog", "read_file", "warm_up"]

logger = logging.getLogger(__name__)

_MB = 1024 * 1024

#: What the fork server imports once, so that no job pays for it.
_PRELOAD = ["ingestion.sandbox", "ingestion.files", "connectors.csv_import", "docx", "openpyxl", "pypdf",
            "lxml.etree", "bs4.dammit", "llama_index.core.node_parser", "nltk.tokenize.punkt"]


@dataclass(frozen=True)
class ReadLimits:
    """Every limit on reading one upload (the service fills it from ``rag_agent.settings``)."""

    max_bytes: int = 50 * _MB  # RAG_MAX_UPLOAD_MB
    timeout_s: float = 120.0  # RAG_PARSE_TIMEOUT_S
    max_memory_mb: int = 2048  # RAG_PARSE_MAX_MEMORY_MB
    files: FileLimits = field(default_factory=FileLimits)
    max_chunks: int = 5000  # RAG_MAX_CHUNKS_PER_FILE
    max_bad_row_share: float = 0.1  # RAG_MAX_BAD_ROW_SHARE


def read_file(data: bytes, filename: str, limits: ReadLimits) -> tuple[Document, list[Chunk]]:
    """A knowledge file parsed and chunked in a worker (see :func:`ingestion.files.parse_file`)."""
    return _run(_read_file, (data, filename, limits), limits, filename)


def read_catalog(data: bytes, filename: str, limits: ReadLimits, store_url: str | None = None,
                 currency: str = "USD") -> ImportResult:
    """A Shopify or WooCommerce product CSV imported in a worker.

    Refused with :class:`CatalogFormatError` (and nothing imported): bytes that are not UTF-8 text or
    are another format, a header without the essential columns, no product at all, or more
    unreadable rows than ``limits.max_bad_row_share``. Over ``limits.files.max_rows`` rows:
    :class:`FileTooLarge`.
    """
    return _run(_read_catalog, (data, filename, limits, store_url, currency), limits, filename)


def warm_up() -> None:
    """Start the fork server now (it imports the parsers, a few seconds) rather than on the first upload."""
    ctx = _context()
    if ctx.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


# -- the jobs (run in the worker) ----------------------------------------------------------------

def _read_file(data: bytes, filename: str, limits: ReadLimits) -> tuple[Document, list[Chunk]]:
    doc = parse_file(data, filename, max_bytes=limits.max_bytes, limits=limits.files)
    chunks = chunk_document(doc)
    if len(chunks) > limits.max_chunks:
        raise FileTooLarge(f"{PurePath(filename).name} makes {len(chunks)} chunks; at most {limits.max_chunks} "
                           "are accepted per file (RAG_MAX_CHUNKS_PER_FILE)")
    return doc, chunks


def _read_catalog(data: bytes, filename: str, limits: ReadLimits, store_url: str | None,
                  currency: str) -> ImportResult:
    name = PurePath(filename).name
    check_content(data, name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CatalogFormatError(f"{name} is not UTF-8 text (byte {exc.start} cannot be read); export the "
                                 "catalog again as a UTF-8 CSV") from exc
    if "\x00" in text:
        raise CatalogFormatError(f"{name} holds binary data, not CSV text")
    result = import_catalog_csv(text, source=name, store_url=store_url, currency=currency,
                                max_rows=limits.files.max_rows)
    first = f" (line {result.errors[0].line}: {result.errors[0].message})" if result.errors else ""
    if not result.products:
        raise CatalogFormatError(f"{name}: no product could be imported{first}")
    bad = len(result.errors)
    if result.rows and bad / result.rows > limits.max_bad_row_share:
        raise CatalogFormatError(
            f"{name}: {bad} of {result.rows} rows ({bad / result.rows:.0%}) could not be read, more than the "
            f"{limits.max_bad_row_share:.0%} accepted (RAG_MAX_BAD_ROW_SHARE); nothing was imported{first}")
    return result


# -- the worker ----------------------------------------------------------------------------------

_ctx: Any = None
_ctx_lock = threading.Lock()


def _context() -> Any:
    """The multiprocessing context: the fork server where there is one (preloaded), else spawn."""
    global _ctx
    with _ctx_lock:
        if _ctx is None:
            if "forkserver" in multiprocessing.get_all_start_methods():
                ctx = multiprocessing.get_context("forkserver")
                # A job re-imports the parent's main module; importing it once in the server makes that cheap.
                main = getattr(sys.modules["__main__"].__spec__, "name", None) or ""
                extra = [m for m in (main, "rag_agent.cli") if m in sys.modules and not m.endswith("__main__")]
                ctx.set_forkserver_preload(_PRELOAD + extra)
            else:
                ctx = multiprocessing.get_context("spawn")
            _ctx = ctx
        return _ctx


def _run(job: Callable[..., Any], args: tuple, limits: ReadLimits, filename: str) -> Any:
    name = PurePath(filename).name or filename
    ctx = _context()
    receiver, sender = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_worker, args=(sender, job, args, limits.max_memory_mb), daemon=True,
                       name="rag-agent-reader")
    proc.start()
    sender.close()
    try:
        if not receiver.poll(limits.timeout_s):
            logger.warning("reading %s took over %gs: worker %s killed", name, limits.timeout_s, proc.pid)
            raise ParseTimeout(f"reading {name} took longer than {limits.timeout_s:g} s, the limit "
                               "(RAG_PARSE_TIMEOUT_S); nothing was stored")
        try:
            status, value = receiver.recv()
        except EOFError:
            proc.join(5)
            raise CorruptFile(f"could not read {name}: the reader stopped (exit code {proc.exitcode})") from None
    finally:
        receiver.close()
        if proc.is_alive():
            proc.kill()
        proc.join()
    if status == "ok":
        return value
    if status == "error":
        raise value
    if status == "memory":
        raise FileTooLarge(f"reading {name} needs more than {limits.max_memory_mb} MB of memory, the limit "
                           "(RAG_PARSE_MAX_MEMORY_MB)")
    raise RuntimeError(f"reading {name} failed in the worker:\n{value}")


def _worker(conn: Any, job: Callable[..., Any], args: tuple, max_memory_mb: int) -> None:
    """Run one job under the memory cap and send ("ok" | "error" | "memory" | "bug", value) back."""
    _die_with_parent()
    if max_memory_mb:
        try:
            import resource

            _, hard = resource.getrlimit(resource.RLIMIT_AS)
            cap = max_memory_mb * _MB
            resource.setrlimit(resource.RLIMIT_AS, (cap if hard == resource.RLIM_INFINITY else min(cap, hard), hard))
        except (ImportError, ValueError, OSError):  # no rlimits here (Windows): the time limit still holds
            pass
    try:
        try:
            out: tuple[str, Any] = ("ok", job(*args))
        except RagAgentError as exc:
            out = ("error", exc)
        except MemoryError:
            out = ("memory", None)
        except Exception:  # a bug in a reader: the parent raises it with this traceback
            out = ("bug", traceback.format_exc())
        try:
            conn.send(out)
        except MemoryError:
            conn.send(("memory", None))
    finally:
        conn.close()


def _die_with_parent() -> None:
    """Linux: the worker is killed when the process that forked it exits (a server killed with -9)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
