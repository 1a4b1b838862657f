"""Records and parsed files in, indexed points out: text, content hash, skip unchanged, embed, upsert, delete stale.

Content hashes live in the points' payloads, so the store itself is the truth about what is indexed:
re-importing an unchanged item costs a payload lookup and no embedding.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Sequence

from ingestion.units import UNITS_VERSION, analyze_units, build_units
from rag_agent.engine.language import detect as detect_language
from rag_agent.embed import Embedder
from rag_agent.records import Chunk, Document, Page, Product
from rag_agent.sparse import SparseEncoder
from rag_agent.store.base import Hit, Point, VectorStore

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
    dense_text: str | None = None  # what the dense vector is computed from, when shorter than `text`


def unit_payload(title: str, section: str, text: str) -> dict[str, Any]:
    """A chunk's answer units, analysed, with their language and format version (see :mod:`ingestion.units`)."""
    lang = detect_language(text[:600]) if text.strip() else "en"
    units = analyze_units(build_units(section, text), title, lang)
    return {"units": units, "units_v": UNITS_VERSION, "units_lang": lang}


def generation_ids(source_id: str) -> tuple[str, str]:
    """The two generations a synced source's points alternate between (see :mod:`rag_agent.sync`)."""
    return f"{source_id}#a", f"{source_id}#b"


def point_id(workspace_id: str, source_id: str, key: str) -> str:
    """Stable UUID of one item of one source."""
    return str(uuid.uuid5(POINT_NS, f"{workspace_id}/{source_id}/{key}"))


def _hash_text(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


def _option_lines(p: Product) -> list[str]:
    """'Size: S, M, L' for each real option of a product (not Shopify's 'Default Title')."""
    opts = []
    for name in {k for v in p.variants for k in v.options}:
        vals = p.option_values(name)
        if vals and vals != ["Default Title"]:
            opts.append(f"{name}: {', '.join(vals)}")
    return opts


def product_text(p: Product) -> str:
    """What a product is searched by: title, type, vendor, tags, options and description."""
    opts = _option_lines(p)
    parts = [p.title, p.product_type, p.category, p.vendor, " ".join(p.tags), "; ".join(opts),
             " ".join(f"{k}: {v}" for k, v in p.attributes.items()), p.description[:600]]
    return "\n".join(x for x in parts if x)


def product_dense_text(p: Product) -> str:
    """What a product's dense vector is computed from: what the product is, not every detail of it.

    Title, type, the leaf of the category, vendor, tags, options and the first sentence of the description
    (at most 120 characters). The full text, description included, goes into the BM25 vector, which matches details
    word for word; a third of the tokens makes embedding (most of an import's time) about three times faster.
    """
    opts = _option_lines(p)
    first = re.split(r"(?<=[.!?])\s|\n", p.description.strip(), maxsplit=1)[0][:120]
    category = p.category.rsplit(">", 1)[-1].strip()  # "Apparel > Clothing > Outerwear": the leaf says it
    parts = [p.title, p.product_type, category, p.vendor, " ".join(p.tags), "; ".join(opts), first]
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
            items.append(_Item(f"product:{p.id}", product_text(p), payload, p.content_hash(), product_dense_text(p)))
        return self._sync(workspace_id, source_id, items, progress, language)

    def index_pages(self, workspace_id: str, source_id: str, pages: Iterable[Page],
                    chunker: Callable[[str], list[Chunk]], progress: Progress | None = None,
                    language: str = "en") -> IndexStats:
        items = []
        for page in pages:
            for ch in chunker(page.body):
                payload = {"kind": page.kind, "title": page.title, "url": page.url, "section": ch.section,
                           "text": ch.text, "page_id": page.id, **unit_payload(page.title, ch.section, ch.text)}
                text = f"{page.title}\n{ch.section}\n{ch.text}"
                items.append(_Item(f"page:{page.id}:{_hash_text(ch.section, ch.text)}", text, payload,
                                   _hash_text(text)))
        return self._sync(workspace_id, source_id, items, progress, language)

    def index_chunks(self, workspace_id: str, source_id: str, doc: Document, chunks: Sequence[Chunk],
                     progress: Progress | None = None, language: str = "en") -> IndexStats:
        items = []
        for ch in chunks:
            payload = {"kind": "chunk", "title": doc.title or doc.filename, "filename": doc.filename,
                       "section": ch.section, "text": ch.text, "chunk_index": ch.index,
                       **unit_payload(doc.title or doc.filename, ch.section, ch.text)}
            text = f"{doc.title}\n{ch.section}\n{ch.text}"
            # Keyed by content, so an edit in one section re-embeds only that section's chunks.
            items.append(_Item(f"chunk:{_hash_text(ch.section, ch.text)}", text, payload, _hash_text(text)))
        return self._sync(workspace_id, source_id, items, progress, language)

    def remove_source(self, workspace_id: str, source_id: str) -> None:
        self.store.delete({"workspace_id": workspace_id, "source_id": [source_id, *generation_ids(source_id)]})

    # -- upsert-only writes (store syncs: rag_agent.sync) ----------------------------------------
    def product_items(self, products: Iterable[Product]) -> list[_Item]:
        """Indexable items of products (what :meth:`index_products` writes)."""
        return [_Item(f"product:{p.id}", product_text(p), product_payload(p), p.content_hash(),
                      product_dense_text(p)) for p in products]

    def page_items(self, pages: Iterable[Page], chunker: Callable[[str], list[Chunk]]) -> list[_Item]:
        """Indexable items of pages, one per chunk (what :meth:`index_pages` writes)."""
        items = []
        for page in pages:
            for ch in chunker(page.body):
                payload = {"kind": page.kind, "title": page.title, "url": page.url, "section": ch.section,
                           "text": ch.text, "page_id": page.id, **unit_payload(page.title, ch.section, ch.text)}
                text = f"{page.title}\n{ch.section}\n{ch.text}"
                items.append(_Item(f"page:{page.id}:{_hash_text(ch.section, ch.text)}", text, payload,
                                   _hash_text(text)))
        return items

    def item_index(self, workspace_id: str, source_id: str, keys: Sequence[str] | None = None) -> dict[str, Hit]:
        """The points of one source by item key (payload lookups only; ``keys`` narrows it)."""
        flt: dict[str, Any] = {"workspace_id": workspace_id, "source_id": source_id}
        if keys is not None:
            if not keys:
                return {}
            flt["item_key"] = list(keys)
        return {h.payload.get("item_key"): h for h in self.store.lookup(flt)}

    def upsert_items(self, workspace_id: str, source_id: str, items: Sequence[_Item], *,
                     existing: dict[str, Hit] | None = None, carry: dict[str, Hit] | None = None,
                     progress: Progress | None = None, language: str = "en") -> IndexStats:
        """Write items into one source and delete nothing else (the upsert-only path of syncs).

        An item whose content hash the source already holds costs nothing; one whose hash a point in
        ``carry`` holds (the live generation of the same source) is copied with its vectors; only the
        rest is embedded. ``existing``: the source's points by item key, when the caller has them.
        Counts (added/updated/unchanged) are relative to ``carry`` when given, else to the source.
        """
        t0 = time.perf_counter()
        stats = IndexStats()
        if existing is None:
            existing = self.item_index(workspace_id, source_id, [it.key for it in items])
        base = carry if carry is not None else existing
        seen: set[str] = set()
        copy: list[tuple[_Item, Hit]] = []
        todo: list[_Item] = []
        for it in items:
            if it.key in seen:
                continue
            seen.add(it.key)
            before = base.get(it.key)
            if before is None:
                stats.added += 1
            elif before.payload.get("content_hash") == it.content_hash:
                stats.unchanged += 1
            else:
                stats.updated += 1
            here = existing.get(it.key)
            if here is not None and here.payload.get("content_hash") == it.content_hash:
                if progress:
                    progress(1)
                continue
            live = carry.get(it.key) if carry is not None else None
            if live is not None and live.payload.get("content_hash") == it.content_hash:
                copy.append((it, live))
            else:
                todo.append(it)
        now = time.time()
        if copy:
            self.copy_points(workspace_id, [hit for _, hit in copy], source_id, now)
            if progress:
                progress(len(copy))
        stats.embedded += self._embed_upsert(workspace_id, source_id, todo, language, now, progress)
        stats.seconds = time.perf_counter() - t0
        return stats

    def copy_points(self, workspace_id: str, hits: Sequence[Hit], to_source: str,
                    synced_at: float | None = None) -> int:
        """Copy points (vectors and payloads) into another source of the workspace without embedding."""
        if not hits:
            return 0
        now = time.time() if synced_at is None else synced_at
        points = []
        for i in range(0, len(hits), 512):
            for p in self.store.retrieve([h.id for h in hits[i : i + 512]]):
                key = p.payload["item_key"]
                payload = dict(p.payload, source_id=to_source, synced_at=now)
                points.append(Point(point_id(workspace_id, to_source, key), p.dense, p.sparse, payload))
        for i in range(0, len(points), 512):
            self.store.upsert(points[i : i + 512])
        return len(points)

    def delete_items(self, workspace_id: str, source_id: str, keys: Iterable[str]) -> int:
        """Delete one source's items by key; unknown keys are ignored."""
        ids = [point_id(workspace_id, source_id, k) for k in keys]
        if ids:
            self.store.delete_ids(ids)
        return len(ids)

    def _embed_upsert(self, workspace_id: str, source_id: str, todo: Sequence[_Item], language: str, now: float,
                      progress: Progress | None) -> int:
        """Embed (dense + BM25) and upsert items in batches; returns how many were embedded."""
        for i in range(0, len(todo), self.batch_size):
            batch = todo[i : i + self.batch_size]
            texts = [it.text for it in batch]
            dense = self.embedder.embed([it.dense_text or it.text for it in batch])
            sparse = self.sparse.encode_documents(texts, language)
            points = []
            for it, d, s in zip(batch, dense, sparse):
                payload = dict(it.payload, workspace_id=workspace_id, source_id=source_id, item_key=it.key,
                               content_hash=it.content_hash, language=language, synced_at=now)
                points.append(Point(point_id(workspace_id, source_id, it.key), d.tolist(), s, payload))
            self.store.upsert(points)
            if progress:
                progress(len(batch))
        return len(todo)

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
        stats.embedded += self._embed_upsert(workspace_id, source_id, todo, language, now, progress)
        stale = [pid for key, (pid, _) in existing.items() if key not in seen]
        if stale:
            self.store.delete_ids(stale)
            stats.deleted = len(stale)
        stats.seconds = time.perf_counter() - t0
        logger.info("indexed source %s: %s", source_id, stats.as_dict())
        return stats
