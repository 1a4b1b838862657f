"""Records and parsed files in, indexed points out: text, content hash, skip unchanged, embed, upsert, delete stale.

Content hashes live in the points' payloads, so the store itself is the truth about what is indexed:
re-importing an unchanged item costs a payload lookup and no embedding.
"""

from __future__ import annotations

import hashlib
import logging
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Sequence

from rag_agent.embed import Embedder
from rag_agent.records import Chunk, Document, Page, Product
from rag_agent.sparse import SparseEncoder
from rag_agent.store.base import Point, VectorStore

logger = logging.getLogger(__name__)

POINT_NS = uuid.UUID("6f1c2a52-6a4e-4a4b-9b1e-6c9a0b7f2e11")
Progress = Callable[[int], None]


@dataclass
class IndexStats:
    """What one indexing run did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    embedded: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class _Item:
    key: str
    text: str
    payload: dict[str, Any]
    content_hash: str = field(default="")


def point_id(workspace_id: str, source_id: str, key: str) -> str:
    """Stable UUID of one item of one source."""
    return str(uuid.uuid5(POINT_NS, f"{workspace_id}/{source_id}/{key}"))


def _hash_text(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


def product_text(p: Product) -> str:
    """What a product is searched by: title, type, vendor, tags, options and description."""
    opts = []
    for name in {k for v in p.variants for k in v.options}:
        vals = p.option_values(name)
        if vals and vals != ["Default Title"]:
            opts.append(f"{name}: {', '.join(vals)}")
    parts = [p.title, p.product_type, p.category, p.vendor, " ".join(p.tags), "; ".join(opts),
             " ".join(f"{k}: {v}" for k, v in p.attributes.items()), p.description[:600]]
    return "\n".join(x for x in parts if x)


def product_payload(p: Product) -> dict[str, Any]:
    """The structured fields the answer engine quotes, exactly as the catalog has them."""
    prices = [v.price for v in p.variants if v.price is not None]
    stock_known = [v.inventory_quantity for v in p.variants if v.inventory_quantity is not None]
    return {
        "kind": "product",
        "product_id": p.id,
        "title": p.title,
        "handle": p.handle,
        "url": p.url,
        "vendor": p.vendor,
        "product_type": p.product_type,
        "category": p.category,
        "tags": p.tags,
        "attributes": p.attributes,
        "description": p.description[:1500],
        "currency": p.currency,
        "status": p.status,
        "image": p.image,
        "price_min": min(prices) if prices else None,
        "price_max": max(prices) if prices else None,
        "stock": sum(stock_known) if stock_known else None,
        "available": any(v.available for v in p.variants) if p.variants else False,
        "variants": [v.model_dump(mode="json") for v in p.variants],
        "updated_at": p.updated_at.isoformat() if p.updated_at else None,
    }


class Indexer:
    """Writes one source's items into the vector store, embedding only what changed."""

    def __init__(self, store: VectorStore, embedder: Embedder, sparse: SparseEncoder,
                 batch_size: int = 128) -> None:
        self.store = store
        self.embedder = embedder
        self.sparse = sparse
        self.batch_size = batch_size

    # -- public ----------------------------------------------------------------------------------
    def index_products(self, workspace_id: str, source_id: str, products: Iterable[Product],
                       progress: Progress | None = None, language: str = "en") -> IndexStats:
        items = []
        for p in products:
            payload = product_payload(p)
            items.append(_Item(f"product:{p.id}", product_text(p), payload, p.content_hash()))
        return self._sync(workspace_id, source_id, items, progress, language)

    def index_pages(self, workspace_id: str, source_id: str, pages: Iterable[Page],
                    chunker: Callable[[str], list[Chunk]], progress: Progress | None = None,
                    language: str = "en") -> IndexStats:
        items = []
        for page in pages:
            for ch in chunker(page.body):
                payload = {"kind": page.kind, "title": page.title, "url": page.url, "section": ch.section,
                           "text": ch.text, "page_id": page.id}
                text = f"{page.title}\n{ch.section}\n{ch.text}"
                items.append(_Item(f"page:{page.id}:{_hash_text(ch.section, ch.text)}", text, payload,
                                   _hash_text(text)))
        return self._sync(workspace_id, source_id, items, progress, language)

    def index_chunks(self, workspace_id: str, source_id: str, doc: Document, chunks: Sequence[Chunk],
                     progress: Progress | None = None, language: str = "en") -> IndexStats:
        items = []
        for ch in chunks:
            payload = {"kind": "chunk", "title": doc.title or doc.filename, "filename": doc.filename,
                       "section": ch.section, "text": ch.text, "chunk_index": ch.index}
            text = f"{doc.title}\n{ch.section}\n{ch.text}"
            # Keyed by content, so an edit in one section re-embeds only that section's chunks.
            items.append(_Item(f"chunk:{_hash_text(ch.section, ch.text)}", text, payload, _hash_text(text)))
        return self._sync(workspace_id, source_id, items, progress, language)

    def remove_source(self, workspace_id: str, source_id: str) -> None:
        self.store.delete({"workspace_id": workspace_id, "source_id": source_id})

    # -- the one write path ----------------------------------------------------------------------
    def _sync(self, workspace_id: str, source_id: str, items: list[_Item], progress: Progress | None,
              language: str) -> IndexStats:
        t0 = time.perf_counter()
        stats = IndexStats()
        existing = {h.payload.get("item_key"): (h.id, h.payload.get("content_hash"))
                    for h in self.store.lookup({"workspace_id": workspace_id, "source_id": source_id})}
        seen: set[str] = set()
        todo: list[_Item] = []
        for it in items:
            if it.key in seen:  # duplicate rows of one item: first wins
                continue
            seen.add(it.key)
            old = existing.get(it.key)
            if old and old[1] == it.content_hash:
                stats.unchanged += 1
                if progress:
                    progress(1)
                continue
            if old:
                stats.updated += 1
            else:
                stats.added += 1
            todo.append(it)
        now = time.time()
        for i in range(0, len(todo), self.batch_size):
            batch = todo[i : i + self.batch_size]
            texts = [it.text for it in batch]
            dense = self.embedder.embed(texts)
            sparse = self.sparse.encode_documents(texts, language)
            points = []
            for it, d, s in zip(batch, dense, sparse):
                payload = dict(it.payload, workspace_id=workspace_id, source_id=source_id, item_key=it.key,
                               content_hash=it.content_hash, language=language, synced_at=now)
                points.append(Point(point_id(workspace_id, source_id, it.key), d.tolist(), s, payload))
            self.store.upsert(points)
            stats.embedded += len(batch)
            if progress:
                progress(len(batch))
        stale = [pid for key, (pid, _) in existing.items() if key not in seen]
        if stale:
            self.store.delete_ids(stale)
            stats.deleted = len(stale)
        stats.seconds = time.perf_counter() - t0
        logger.info("indexed source %s: %s", source_id, stats.as_dict())
        return stats
