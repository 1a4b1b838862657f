"""The service: one object that owns the data directory and offers every operation the API and CLI use."""

from __future__ import annotations

import hashlib
import json
import logging
import re
import shutil
import threading
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, Callable, Sequence

from ingestion.files import SUPPORTED, FileLimits
from ingestion.pipeline import IndexStats, Indexer, generation_ids
from ingestion.sandbox import ReadLimits, read_catalog, read_file
from rag_agent.connections import Connections
from rag_agent.datadir import secure_data_dir
from rag_agent.db import open_database
from rag_agent.embed import Embedder, SentenceTransformerEmbedder
from rag_agent.engine.answers import Answer, Turn
from rag_agent.engine.engine import AnswerEngine
from rag_agent.engine.persona import Persona, make_persona
from rag_agent.errors import CorruptFile, EmptyFile, InputError, MessageTooLong, RagAgentError
from rag_agent.index_writer import IndexWriter
from rag_agent.orders import OrderVerifier, VerifyPolicy
from rag_agent.progress import stage
from rag_agent.reports import ImportReport
from rag_agent.secretbox import SecretBox
from rag_agent.settings import Settings
from rag_agent.sparse import Bm25Encoder
from rag_agent.state import Source, State, Workspace, new_source_id
from rag_agent.store.base import VectorStore
from rag_agent.sync import StoreOrders, SyncRunner

if TYPE_CHECKING:
    from rag_agent.agents.runtime import AgentRuntime
    from rag_agent.agents.store import AgentStore
    from rag_agent.engine.generate import Generator

logger = logging.getLogger(__name__)

Progress = Callable[[int], None]


#: Longest file name accepted for an upload (it names the source and the stored original).
MAX_NAME_CHARS = 200
MAX_NAME_BYTES = 240


def upload_name(filename: str) -> str:
    """The name an upload is stored under: its last path part, refused when empty or too long.

    Checked before anything is read or indexed: a name the file system cannot hold would otherwise
    fail only when the original is saved, after all the work.
    """
    name = PurePath(filename.replace("\\", "/")).name.strip() if filename else ""
    if not name or name in {".", ".."}:
        raise InputError("the uploaded file has no name; send it with a file name such as faq.md")
    if any(ord(ch) < 32 or ch == "\x7f" for ch in name):
        raise InputError("the file name holds control characters; rename the file")
    if len(name) > MAX_NAME_CHARS:
        raise InputError(f"the file name has {len(name)} characters; at most {MAX_NAME_CHARS} are accepted "
                         "(rename the file)")
    if len(name.encode()) > MAX_NAME_BYTES:  # file systems hold 255 bytes per name
        raise InputError(f"the file name takes {len(name.encode())} bytes in UTF-8; at most {MAX_NAME_BYTES} "
                         "are accepted (rename the file)")
    return name


def order_line(line: str) -> dict[str, Any]:
    """One line of an orders.jsonl file, checked: a JSON object with ``number`` and ``status``, and its
    ``email`` and ``phone`` text when present. ValueError says what is wrong."""
    o = json.loads(line)
    if not isinstance(o, dict) or "number" not in o or "status" not in o:
        raise ValueError("an order needs 'number' and 'status'")
    if isinstance(o["number"], bool) or not isinstance(o["number"], (str, int)) or not str(o["number"]).strip():
        raise ValueError("an order's 'number' must be text or a whole number")
    for key in ("email", "phone", "status"):
        if o.get(key) is not None and not isinstance(o[key], str):
            raise ValueError(f"an order's {key!r} must be text, not {type(o[key]).__name__}")
    return o


def make_generator(settings: Settings) -> "Generator | None":
    """The configured model that writes replies (``RAG_LLM__BASE_URL``), else None (replies are composed)."""
    if not settings.llm.base_url:
        return None
    from rag_agent.engine.generate import LLMGenerator

    llm = settings.llm
    return LLMGenerator(llm.base_url, llm.model, llm.api_key.get_secret_value() if llm.api_key else None,
                        llm.timeout_s)


def open_store(settings: Settings, dim: int, model_name: str) -> VectorStore:
    """The configured vector store: Qdrant Edge in the data directory, or a Qdrant server/cluster."""
    safe = re.sub(r"[^A-Za-z0-9_-]", "_", model_name)
    if settings.store == "server":
        from rag_agent.store.server import QdrantServerStore

        q = settings.qdrant
        return QdrantServerStore.from_url(
            q.url or "http://localhost:6333", q.api_key.get_secret_value() if q.api_key else None,
            f"{settings.collection}_{safe}", dim, shard_number=q.shard_number,
            replication_factor=q.replication_factor, write_consistency_factor=q.write_consistency_factor)
    from rag_agent.store.edge import EdgeStore

    return EdgeStore(settings.data_dir / "qdrant" / safe, dim)


class Service:
    """Owns state, store, embedder and engine for one data directory; the composition root.

    The constructor is the one place the service's parts are built, each handed what it uses (explicit
    constructor arguments, seams as :mod:`rag_agent.ports` Protocols): the state database, the vector store,
    the embedder, the indexer and its write lock (:class:`IndexWriter`), the answer engine with the
    connected stores' orders as its :class:`~rag_agent.ports.OrderSource`, the sync runner, and (built on
    first use, as they load classifiers) the agents' store and runtime.
    """

    def __init__(self, settings: Settings, embedder: Embedder | None = None, store: VectorStore | None = None) -> None:
        self.settings = settings
        secure_data_dir(settings.data_dir)  # before anything is created in it: private files and directories
        # the service's state (state.sqlite3 here, or RAG_DATABASE_URL) first: a wrong URL fails before the model loads
        self.db = open_database(settings)
        self.state = State(self.db)
        self.embedder = embedder or SentenceTransformerEmbedder(settings.embedding_model_path)
        name = getattr(self.embedder, "name", "model")
        self.store = store or open_store(settings, self.embedder.dim, name)
        self.sparse = Bm25Encoder()
        self.indexer = Indexer(self.store, self.embedder, self.sparse)
        connections = Connections(self.db, SecretBox(settings.data_dir))
        allow_private = settings.allow_private_upstreams
        orders = StoreOrders(self.state, connections, settings.order_max_age_s, allow_private=allow_private)
        self.engine = AnswerEngine(self.state, self.store, self.embedder, self.sparse, make_generator(settings),
                                   stale_after_s=settings.stale_after_s,
                                   order_verifier=OrderVerifier(self.state, VerifyPolicy.from_settings(settings)),
                                   order_source=orders)
        self.writer = IndexWriter(self.state, self.store, self.indexer, self.engine, settings.data_dir / "uploads")
        self.runner = SyncRunner(self.state, connections, self.writer, allow_private=allow_private)
        self._agents_lock = threading.Lock()
        self._agent_store: AgentStore | None = None
        self._agent_runtime: AgentRuntime | None = None
        self._recover()

    @property
    def agent_store(self) -> "AgentStore":
        """The workspaces' AI agents, their actions and leads (one per service, created on first use)."""
        with self._agents_lock:
            if self._agent_store is None:
                from rag_agent.agents.store import AgentStore

                self._agent_store = AgentStore(self.state)
            return self._agent_store

    @property
    def agent_runtime(self) -> "AgentRuntime":
        """How an AI agent answers, with its actions applied (one per service, created on first use: it loads
        the condition classifiers)."""
        store = self.agent_store
        with self._agents_lock:
            if self._agent_runtime is None:
                from rag_agent.agents.runtime import AgentRuntime, make_evaluator

                self._agent_runtime = AgentRuntime(self, store, make_evaluator(self.settings, self.embedder))
            return self._agent_runtime

    def close(self) -> None:
        self.runner.close()
        self.store.close()
        self.state.close()
        self.db.close()

    # -- workspaces ------------------------------------------------------------------------------
    def ensure_workspace(self, workspace_id: str, name: str, plan: str = "trial",
                         api_key: str | None = None, currency: str | None = None) -> tuple[Workspace, str | None]:
        """The workspace with this id, created (with a new API key, returned once) when missing."""
        ws = self.state.find_workspace(workspace_id)
        if ws:
            return ws, None
        return self.state.create_workspace(name, plan, currency or self.settings.default_currency, api_key,
                                           workspace_id=workspace_id)

    # -- sources ---------------------------------------------------------------------------------
    def read_limits(self) -> ReadLimits:
        """The limits on reading one upload, from the settings."""
        s = self.settings
        files = FileLimits(max_unzipped_bytes=int(s.max_unzipped_mb * 1024 * 1024), max_zip_entries=s.max_zip_entries,
                           max_zip_ratio=s.max_zip_ratio, max_rows=s.max_csv_rows)
        return ReadLimits(max_bytes=s.max_upload_bytes, timeout_s=s.parse_timeout_s,
                          max_memory_mb=s.parse_max_memory_mb, files=files, max_chunks=s.max_chunks_per_file,
                          max_bad_row_share=s.max_bad_row_share)

    def _save_original(self, ws_id: str, source_id: str, filename: str, data: bytes) -> None:
        d = self.settings.data_dir / "uploads" / ws_id / source_id
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
        (d / Path(filename).name).write_bytes(data)

    def _check_size(self, filename: str, data: bytes) -> None:
        from rag_agent.errors import FileTooLarge

        if len(data) > self.settings.max_upload_bytes:
            raise FileTooLarge(f"{filename} is {len(data) / 1048576:.1f} MB; the limit is "
                               f"{self.settings.max_upload_mb:g} MB (RAG_MAX_UPLOAD_MB)")
        if not data.strip():
            raise EmptyFile(f"{filename} is empty")

    def _target(self, ws_id: str, name: str, kind: str, source_id: str | None) -> Source | None:
        """The source an upload replaces: the one named by id, else this workspace's source of the same
        name and kind (uploading a file again replaces it), else None (a new source)."""
        if source_id:
            src = self.state.get_source(ws_id, source_id)
            if src.locked:
                raise InputError(f"source {src.name!r} is synced from the store; change it in the store and sync")
            return src
        return next((s for s in self.state.list_sources(ws_id)
                     if s.name == name and s.kind == kind and not s.locked), None)

    def add_catalog(self, ws_id: str, data: bytes, filename: str, source_id: str | None = None,
                    progress: Progress | None = None) -> ImportReport:
        """Import a Shopify or WooCommerce product CSV export as one source (or replace one).

        The file is read in a worker process (:mod:`ingestion.sandbox`: time and memory limits, bad-row
        share, essential columns). Its products are written as a new generation beside the live one and
        switched to in one SQLite update (:meth:`_publish`), so a process killed at any moment leaves the
        previous catalog answering and no partial source. Importing a file of the same name again
        replaces that source; identical bytes change nothing (``status: "unchanged"``).
        """
        name = upload_name(filename)
        self._check_size(name, data)
        ws = self.state.get_workspace(ws_id)
        sha = hashlib.sha256(data).hexdigest()
        target = self._target(ws_id, name, "catalog", source_id)
        if target is not None and target.sha256 == sha:
            return ImportReport.unchanged(target)
        if target is None:
            self.state.check_source_room(ws_id)
        stage(progress, f"reading {name}")
        result = read_catalog(data, name, self.read_limits(), ws.store_url, ws.currency)
        errors = [{"line": e.line, "message": e.message} for e in result.errors]
        items = self.indexer.product_items(result.products)
        stage(progress, "indexing products", len({it.key for it in items}))
        meta = {"format": result.format, "rows": result.rows, "errors": len(errors)}
        with self.writer.lock:
            target = self._target(ws_id, name, "catalog", source_id)
            if target is not None and target.sha256 == sha:
                return ImportReport.unchanged(target)
            src, stats = self._publish(ws_id, target, name, "catalog", items, sha, meta, progress)
        self._save_original(ws_id, src.id, name, data)
        self.engine.invalidate(ws_id)
        return ImportReport(src, stats, errors, "replaced" if target else "created")

    def _publish(self, ws_id: str, target: Source | None, name: str, kind: str, items: list, sha: str,
                 meta: dict[str, Any], progress: Progress | None) -> tuple[Source, IndexStats]:
        """Write ``items`` as a new generation of a source and switch to it in one step.

        The points go under the generation answers do not read (``<source id>#a`` / ``#b``, see
        :mod:`rag_agent.sync`); products the live generation holds unchanged are copied with their
        vectors. Then one SQLite statement makes it live (``meta["generation"]`` with the counts, or the
        INSERT of a new source), and the old generation is deleted. A pending-write note in the state
        database lets :meth:`_recover` finish or undo the work of a process killed in between.
        """
        ix = self.indexer
        sid = target.id if target else new_source_id()
        live = target.meta.get("generation") if target else None
        old = live or (target.id if target else None)  # where answers read this source now
        a, b = generation_ids(sid)
        new = b if live == a else a
        self.state.add_pending_write(ws_id, sid, new)
        try:
            carry = ix.item_index(ws_id, old) if old else {}
            leftovers = ix.item_index(ws_id, new)  # of an import killed earlier: re-used, not re-embedded
            stats = ix.upsert_items(ws_id, new, items, existing=leftovers, carry=carry, progress=progress)
            keys = {it.key for it in items}
            ix.delete_items(ws_id, new, [k for k in leftovers if k not in keys])
            stats.deleted = sum(1 for k in carry if k not in keys)
            meta = dict(target.meta if target else {}, **meta, generation=new)
            if target:
                src = self.state.update_source(ws_id, sid, name=name, items=len(keys), sha256=sha, meta=meta)
            else:
                src = self.state.add_source(ws_id, name, kind, meta=meta, source_id=sid, items=len(keys), sha256=sha)
        except BaseException:
            self.store.delete({"workspace_id": ws_id, "source_id": new})
            self.state.drop_pending_write(ws_id, new)
            raise
        if old:  # no longer read; until deleted, _recover knows to finish this
            self.store.delete({"workspace_id": ws_id, "source_id": old})
        self.state.drop_pending_write(ws_id, new)
        return src, stats

    def _recover(self) -> None:
        """Finish or undo the imports a killed process left half done (see :meth:`_publish`)."""
        for w in self.state.pending_writes():
            ws_id, sid, new = w["workspace_id"], w["source_id"], w["target"]
            src = next((s for s in self.state.list_sources(ws_id) if s.id == sid), None)
            if src is not None and new == src.meta.get("generation"):  # switched: drop what it replaced
                a, b = generation_ids(sid)
                self.store.delete({"workspace_id": ws_id, "source_id": [sid, b if new == a else a]})
                logger.info("import of source %s was interrupted after its switch: old points removed", sid)
            elif src is None or new != sid:  # never published: its points are read by nobody
                self.store.delete({"workspace_id": ws_id, "source_id": new})
                logger.info("import of source %s was interrupted: its unpublished points removed", sid)
            self.state.drop_pending_write(ws_id, new)

    def add_file(self, ws_id: str, data: bytes, filename: str, source_id: str | None = None,
                 progress: Progress | None = None) -> ImportReport:
        """Upload a knowledge file (PDF, DOCX, HTML, Markdown, TXT, CSV, XLSX) as a source.

        Parsed and chunked in a worker process (:mod:`ingestion.sandbox`). A new source appears only
        once its chunks are indexed; a file of the same name replaces that source, identical bytes
        change nothing.
        """
        name = upload_name(filename)
        self.state.get_workspace(ws_id)
        sha = hashlib.sha256(data).hexdigest()
        target = self._target(ws_id, name, "file", source_id)
        if target is not None and target.sha256 == sha:
            return ImportReport.unchanged(target)
        if target is None:
            self.state.check_source_room(ws_id)
        stage(progress, f"reading {name}")
        doc, chunks = read_file(data, name, self.read_limits())
        if not chunks:
            raise EmptyFile(f"{name} has no text to learn from")
        stage(progress, "indexing chunks", len(chunks))
        meta = {"parser": doc.parser, "title": doc.title}
        with self.writer.lock:
            target = self._target(ws_id, name, "file", source_id)
            if target is not None:
                stats = self.indexer.index_chunks(ws_id, target.id, doc, chunks, progress)
                src = self.state.update_source(ws_id, target.id, items=len(chunks), name=name, sha256=doc.sha256,
                                               meta=meta)
            else:
                sid = new_source_id()
                self.state.add_pending_write(ws_id, sid, sid)
                try:
                    stats = self.indexer.index_chunks(ws_id, sid, doc, chunks, progress)
                    src = self.state.add_source(ws_id, name, "file", meta=meta, source_id=sid, items=len(chunks),
                                                sha256=doc.sha256)
                except BaseException:
                    self.indexer.remove_source(ws_id, sid)
                    self.state.drop_pending_write(ws_id, sid)
                    raise
                self.state.drop_pending_write(ws_id, sid)
        self._save_original(ws_id, src.id, name, data)
        self.engine.invalidate(ws_id)
        return ImportReport(src, stats, [], "replaced" if target else "created")

    def add_orders(self, ws_id: str, data: bytes, filename: str, source_id: str | None = None) -> ImportReport:
        """Load orders (JSON lines in the eval format) for status lookups.

        The orders belong to this source: another source's order with the same number is kept. A number
        given twice in the file keeps its later line (the earlier one is reported)."""
        name = upload_name(filename)
        self._check_size(name, data)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise CorruptFile(f"{name} is not UTF-8 text (byte {exc.start} cannot be read); nothing was "
                              "stored") from exc
        orders, errors = [], []
        seen: dict[str, int] = {}
        for i, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                o = order_line(line)
                orders.append(o)
            except ValueError as exc:
                errors.append({"line": i, "message": str(exc)})
                continue
            number = str(o["number"])
            if number in seen:
                errors.append({"line": seen[number], "message": f"order {number} is given again on line {i}; "
                                                                "the later line is kept"})
            seen[number] = i
        if not orders:
            first = f" (line {errors[0]['line']}: {errors[0]['message']})" if errors else ""
            raise CorruptFile(f"{name}: no order could be read{first}; nothing was stored")
        with self.writer.lock:
            target = self._target(ws_id, name, "orders", source_id)
            src = target or self.state.add_source(ws_id, name, "orders")
            try:
                n = self.state.put_orders(ws_id, src.id, iter(orders))
            except BaseException:
                if target is None:
                    self.state.delete_source(ws_id, src.id)
                raise
            src = self.state.update_source(ws_id, src.id, items=n, name=name, sha256=hashlib.sha256(data).hexdigest())
        return ImportReport(src, IndexStats(added=n), errors, "replaced" if target else "created")

    def add_source_file(self, ws_id: str, path: Path, progress: Progress | None = None,
                        source_id: str | None = None) -> ImportReport:
        """Add a file by path, choosing catalog, orders or knowledge by its name and header."""
        data = path.read_bytes()
        kind = self.guess_kind(path.name, data)
        if kind == "catalog":
            return self.add_catalog(ws_id, data, path.name, source_id, progress)
        if kind == "orders":
            return self.add_orders(ws_id, data, path.name, source_id)
        return self.add_file(ws_id, data, path.name, source_id, progress)

    @staticmethod
    def guess_kind(filename: str, data: bytes) -> str:
        low = filename.lower()
        if low.endswith(".jsonl") and b'"number"' in data[:2000]:
            return "orders"
        if low.endswith(".csv"):
            head = data[:4000].decode("utf-8-sig", "replace").splitlines()[:1]
            if head and (("Handle" in head[0] and "Title" in head[0]) or ("Type" in head[0] and "Name" in head[0]
                                                                           and "Regular price" in head[0])):
                return "catalog"
        return "file"

    def load_store_dir(self, ws_id: str, folder: Path, progress: Progress | None = None) -> list[ImportReport]:
        """Load a store folder (products.csv, knowledge files, orders.jsonl), re-using sources by name."""
        reports = []
        for path in sorted(folder.iterdir()):
            if not path.is_file() or path.name.startswith("."):
                continue
            if path.suffix.lower() not in SUPPORTED and path.suffix.lower() != ".jsonl":
                continue
            existing = self.state.find_source_by_name(ws_id, path.name)
            if existing and existing.sha256 == hashlib.sha256(path.read_bytes()).hexdigest():
                continue
            reports.append(self.add_source_file(ws_id, path, progress, existing.id if existing else None))
        return reports

    def set_enabled(self, ws_id: str, source_id: str, enabled: bool) -> Source:
        src = self.state.update_source(ws_id, source_id, enabled=enabled)
        self.engine.invalidate(ws_id)
        return src

    def delete_source(self, ws_id: str, source_id: str) -> None:
        """Remove a source, everything indexed from it and its stored original."""
        self.writer.delete_source(ws_id, source_id)

    # -- answers ---------------------------------------------------------------------------------
    def persona(self, ws_id: str) -> Persona:
        return make_persona(self.state.get_workspace(ws_id).persona)

    def set_persona(self, ws_id: str, changes: dict[str, Any]) -> Persona:
        p = self.persona(ws_id).merged(changes)
        self.state.set_persona(ws_id, p.model_dump())
        return p

    def warm(self) -> None:
        """Load every workspace's catalog and knowledge units into the answer engine (a server does this in the
        background at start, so the first answer after a restart is as fast as the next)."""
        for ws in self.state.list_workspaces():
            try:
                self.engine.warm(ws.id)
            except Exception:  # warming is an optimisation: a failure shows up on the first answer instead
                logger.exception("could not warm workspace %s", ws.id)

    def answer(self, ws_id: str, message: str, history: Sequence[dict[str, str]] | None = None,
               persona: dict[str, Any] | None = None, source_ids: Sequence[str] | None = None,
               products: bool = True, conversation_id: str | None = None, explain: bool = False) -> Answer:
        """Answer one customer message; history items are {"role": "customer"|"agent", "text": ...}.

        ``source_ids`` (an agent's connected sources) limits the answer to those of the enabled sources;
        ``products=False`` (an agent's products switch) answers without the catalog; ``conversation_id``
        (a stable id of the conversation) scopes the per-conversation limit on failed order lookups.
        """
        if not message or not message.strip():
            raise InputError("the message is empty")
        if len(message) > self.settings.max_message_chars:
            raise MessageTooLong(f"the message has {len(message)} characters; at most "
                                 f"{self.settings.max_message_chars} are accepted")
        ws, sources = self.state.view(ws_id)  # workspace and sources for one query while nothing changed
        p = make_persona(ws.persona).merged(persona)
        turns = []
        for h in history or []:
            role = h.get("role", "customer")
            if role not in {"customer", "agent", "user", "assistant"}:
                raise InputError(f"history role {role!r} is not one of customer, agent")
            turns.append(Turn("agent" if role in {"agent", "assistant"} else "customer",
                              str(h.get("text", ""))[: self.settings.max_message_chars]))
        return self.engine.answer(ws, message, turns[-20:], p, source_ids=source_ids, products=products,
                                  conversation_id=conversation_id, explain=explain, sources=sources)


__all__ = ["Service", "ImportReport", "open_store", "RagAgentError"]
