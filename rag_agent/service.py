"""The service: one object that owns the data directory and offers every operation the API and CLI use."""

from __future__ import annotations

import hashlib
import json
import logging
import re
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

from ingestion.files import SUPPORTED, chunk_document, parse_file
from ingestion.pipeline import IndexStats, Indexer
from rag_agent.datadir import secure_data_dir
from rag_agent.embed import Embedder, SentenceTransformerEmbedder
from rag_agent.engine.engine import Answer, AnswerEngine, Turn
from rag_agent.engine.persona import Persona, make_persona
from rag_agent.errors import CatalogFormatError, EmptyFile, InputError, MessageTooLong, RagAgentError
from rag_agent.orders import OrderVerifier, VerifyPolicy
from rag_agent.settings import Settings
from rag_agent.sparse import Bm25Encoder
from rag_agent.state import Source, State, Workspace
from rag_agent.store.base import VectorStore

logger = logging.getLogger(__name__)

Progress = Callable[[int], None]


@dataclass
class ImportReport:
    """The outcome of adding or replacing a source."""

    source: Source
    stats: IndexStats
    errors: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"source": self.source.public(), "stats": self.stats.as_dict(), "errors": self.errors}


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
    """Owns state, store, embedder and engine for one data directory."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None, store: VectorStore | None = None) -> None:
        self.settings = settings
        secure_data_dir(settings.data_dir)  # before anything is created in it: private files and directories
        self.embedder = embedder or SentenceTransformerEmbedder(settings.embedding_model_path)
        name = getattr(self.embedder, "name", "model")
        self.store = store or open_store(settings, self.embedder.dim, name)
        self.state = State(settings.data_dir / "state.sqlite3")
        self.sparse = Bm25Encoder()
        self.indexer = Indexer(self.store, self.embedder, self.sparse)
        generator = None
        if settings.llm.base_url:
            from rag_agent.engine.generate import LLMGenerator

            llm = settings.llm
            generator = LLMGenerator(llm.base_url, llm.model, llm.api_key.get_secret_value() if llm.api_key else None,
                                     llm.timeout_s)
        self.engine = AnswerEngine(self.state, self.store, self.embedder, self.sparse, generator,
                                   stale_after_s=settings.stale_after_s,
                                   order_verifier=OrderVerifier(self.state, VerifyPolicy.from_settings(settings)))
        self._write = threading.Lock()
        self._runner = None
        self._runner_lock = threading.Lock()
        self.engine.order_refresher = self._refresh_order

    @property
    def runner(self):
        """The service's store-sync runner (connections, syncs, webhooks), created on first use."""
        with self._runner_lock:
            if self._runner is None:
                from rag_agent.sync import SyncRunner

                self._runner = SyncRunner(self)
            return self._runner

    def _refresh_order(self, ws_id: str, number: str) -> None:
        if not self.state.has_connections(ws_id):
            return
        self.runner.refresh_order(ws_id, number, self.settings.order_max_age_s)

    def close(self) -> None:
        if self._runner is not None:
            self._runner.close()
        self.store.close()
        self.state.close()

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
                               f"{self.settings.max_upload_mb:g} MB")
        if not data.strip():
            raise EmptyFile(f"{filename} is empty")

    def _new_or_existing(self, ws_id: str, name: str, kind: str, source_id: str | None) -> tuple[Source, bool]:
        if source_id:
            src = self.state.get_source(ws_id, source_id)
            if src.locked:
                raise InputError(f"source {src.name!r} is synced from the store; change it in the store and sync")
            return src, False
        return self.state.add_source(ws_id, name, kind), True

    def add_catalog(self, ws_id: str, data: bytes, filename: str, source_id: str | None = None,
                    progress: Progress | None = None) -> ImportReport:
        """Import a Shopify or WooCommerce product CSV export as one source (or replace one)."""
        from connectors.csv_import import import_catalog_csv

        self._check_size(filename, data)
        ws = self.state.get_workspace(ws_id)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise CatalogFormatError(f"{filename} is not UTF-8 text") from exc
        result = import_catalog_csv(text, source=filename, store_url=ws.store_url, currency=ws.currency)
        errors = [{"line": e.line, "message": e.message} for e in result.errors]
        if not result.products:
            raise CatalogFormatError(f"{filename}: no product could be imported"
                                     + (f" ({errors[0]['message']} on line {errors[0]['line']})" if errors else ""))
        with self._write:
            src, new = self._new_or_existing(ws_id, filename, "catalog", source_id)
            try:
                stats = self.indexer.index_products(ws_id, src.id, result.products, progress)
            except BaseException:
                if new:
                    self._drop(ws_id, src.id)
                raise
            self._save_original(ws_id, src.id, filename, data)
            src = self.state.update_source(ws_id, src.id, items=len(result.products), name=filename,
                                           sha256=hashlib.sha256(data).hexdigest(),
                                           meta={"format": result.format, "rows": result.rows,
                                                 "errors": len(errors)})
        self.engine.invalidate(ws_id)
        return ImportReport(src, stats, errors)

    def add_file(self, ws_id: str, data: bytes, filename: str, source_id: str | None = None,
                 progress: Progress | None = None) -> ImportReport:
        """Upload a knowledge file (PDF, DOCX, HTML, Markdown, TXT, CSV, XLSX) as a source."""
        self.state.get_workspace(ws_id)
        doc = parse_file(data, filename, max_bytes=self.settings.max_upload_bytes)
        chunks = chunk_document(doc)
        if not chunks:
            raise EmptyFile(f"{filename} has no text to learn from")
        with self._write:
            src, new = self._new_or_existing(ws_id, filename, "file", source_id)
            try:
                stats = self.indexer.index_chunks(ws_id, src.id, doc, chunks, progress)
            except BaseException:
                if new:
                    self._drop(ws_id, src.id)
                raise
            self._save_original(ws_id, src.id, filename, data)
            src = self.state.update_source(ws_id, src.id, items=len(chunks), name=filename,
                                           sha256=doc.sha256, meta={"parser": doc.parser, "title": doc.title})
        self.engine.invalidate(ws_id)
        return ImportReport(src, stats)

    def add_orders(self, ws_id: str, data: bytes, filename: str, source_id: str | None = None) -> ImportReport:
        """Load orders (JSON lines in the eval format) for status lookups.

        The orders belong to this source: another source's order with the same number is kept. A number
        given twice in the file keeps its later line (the earlier one is reported)."""
        self._check_size(filename, data)
        orders, errors = [], []
        seen: dict[str, int] = {}
        for i, line in enumerate(data.decode("utf-8-sig").splitlines(), 1):
            if not line.strip():
                continue
            try:
                o = json.loads(line)
                if not isinstance(o, dict) or "number" not in o or "status" not in o:
                    raise ValueError("an order needs 'number' and 'status'")
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
            raise InputError(f"{filename}: no order could be read")
        with self._write:
            src, _ = self._new_or_existing(ws_id, filename, "orders", source_id)
            n = self.state.put_orders(ws_id, src.id, iter(orders))
            src = self.state.update_source(ws_id, src.id, items=n, sha256=hashlib.sha256(data).hexdigest())
        return ImportReport(src, IndexStats(added=n), errors)

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
        self.state.get_source(ws_id, source_id)
        with self._write:
            self._drop(ws_id, source_id)
        self.engine.invalidate(ws_id)

    def _drop(self, ws_id: str, source_id: str) -> None:
        self.indexer.remove_source(ws_id, source_id)
        self.state.delete_source(ws_id, source_id)
        shutil.rmtree(self.settings.data_dir / "uploads" / ws_id / source_id, ignore_errors=True)

    # -- answers ---------------------------------------------------------------------------------
    def persona(self, ws_id: str) -> Persona:
        return make_persona(self.state.get_workspace(ws_id).persona)

    def set_persona(self, ws_id: str, changes: dict[str, Any]) -> Persona:
        p = self.persona(ws_id).merged(changes)
        self.state.set_persona(ws_id, p.model_dump())
        return p

    def answer(self, ws_id: str, message: str, history: Sequence[dict[str, str]] | None = None,
               persona: dict[str, Any] | None = None, source_ids: Sequence[str] | None = None,
               products: bool = True, conversation_id: str | None = None) -> Answer:
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
        ws = self.state.get_workspace(ws_id)
        p = self.persona(ws_id).merged(persona)
        turns = []
        for h in history or []:
            role = h.get("role", "customer")
            if role not in {"customer", "agent", "user", "assistant"}:
                raise InputError(f"history role {role!r} is not one of customer, agent")
            turns.append(Turn("agent" if role in {"agent", "assistant"} else "customer",
                              str(h.get("text", ""))[: self.settings.max_message_chars]))
        return self.engine.answer(ws, message, turns[-20:], p, source_ids=source_ids, products=products,
                                  conversation_id=conversation_id)


__all__ = ["Service", "ImportReport", "open_store", "RagAgentError"]
