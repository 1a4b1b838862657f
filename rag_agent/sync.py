"""The sync runner: a connected store's products, pages and orders into the index, by command or by webhook.

How a sync stays safe when killed at any moment (``kill -9``) and run again
---------------------------------------------------------------------------
A connection owns two locked sources: its catalog (products; orders are filed under it too) and its
pages. Each source's points alternate between two *generations*, ``<source id>#a`` and
``<source id>#b`` (the ``source_id`` in their payloads). The source's ``meta["generation"]`` in SQLite
names the live one, and the answer engine reads only live generations
(:meth:`rag_agent.state.Source.point_source_ids`). A sync:

1. writes the new generation beside the live one. Items whose content hash the live generation already
   holds are copied with their vectors (no embedding); items the new generation already holds (from a
   sync killed earlier) cost nothing; only new or changed items are embedded;
2. drops from the new generation what it should not hold (deleted upstream, leftovers);
3. switches ``meta["generation"]`` in one SQLite update, then advances the incremental cursors, then
   deletes the old generation.

Killed before 3, answers keep coming from the old generation and the next run completes the new one
(stable point ids: no duplicates). Killed inside 3, the next run finds the work done or redoes it.
Orders are upserted one by one (each is independent) and filed under the catalog source.

Incremental syncs ask the platform for products updated since the last completed sync's start (minus
:data:`CURSOR_MARGIN_S` for clock skew; re-read items cost no embedding), carry every other live product
over, and drop products deleted upstream by comparing ``connector.product_ids()`` with the index on every
sync. Pages are read in full on every sync (stores have few).

Webhooks apply one event right away to the live generation (and to the generation being written, if a
sync is running in this process, when that sync switches), so the next answer reflects it. A delivery is
verified with the webhook secret alone before any other secret is read. A delete is applied only when the
store confirms it (the product is gone when asked): a delivery id is not signed, so a captured delete
replayed under a new id must not remove a product the store still sells.

Who may connect what (:func:`create_connection`)
-------------------------------------------------
The operator (the CLI on the server's data directory, or the admin key) may give anything. Through a
workspace API key, secrets are values only (an ``env:`` reference would read the server's environment),
a platform's ``OPERATOR_KEYS`` (a csv connection's ``path``: a file on the server) are refused, and so
are its ``ADDRESS_KEYS`` (``base_url``...) unless the operator allows private upstreams
(``RAG_ALLOW_PRIVATE_UPSTREAMS``). Without that setting, every host such a connection fetches must resolve
to public addresses when it is made, and again at every request (:mod:`connectors.egress`).
"""

from __future__ import annotations

import logging
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping
from urllib.parse import urlsplit

from connectors import registry
from connectors.base import StoreConnector, WebhookEvent
from ingestion.files import chunk_document, parse_file
from ingestion.pipeline import generation_ids
from rag_agent.connections import Connection, Connections
from rag_agent.errors import (AuthError, ConfigError, ConnectionUnavailable, InputError, NotFound, OperatorOnly,
                              RagAgentError)
from rag_agent.index_writer import IndexWriter
from rag_agent.progress import stage
from rag_agent.records import Chunk, Order, Product
from rag_agent.state import Source, State
from rag_agent.store.base import Hit

if TYPE_CHECKING:
    from connectors.egress import Resolver

logger = logging.getLogger(__name__)

__all__ = ["SyncRunner", "StoreOrders", "open_connector", "SyncSummary", "create_connection", "WebhookSignatureError", "order_record", "CURSOR_MARGIN_S"]

#: Incremental syncs ask for changes since the last sync's start minus this (platform clocks differ).
CURSOR_MARGIN_S = 300.0
ORDER_RETRY_S = 30.0  # a number the store failed on or did not know is not asked about again for this long
#: Products per write batch (one embedding call, one store upsert, one hold of the index's write lock).
BATCH = 64
Progress = Callable[[int], None]


class WebhookSignatureError(AuthError):
    """A webhook delivery whose signature does not verify with the connection's secret."""


@dataclass
class SyncSummary:
    """What one sync did. Counts are relative to the previously live data."""

    sync_id: str
    connection: str
    full: bool
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    failed: int = 0
    embedded: int = 0
    pages: int = 0
    orders: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        d = dict(self.__dict__)
        d["failures"] = d["failures"][:20]
        return d


def product_total(connector: StoreConnector, since: datetime | None) -> int | None:
    """How many products the read will yield, where the platform says so before it starts (a connector's
    optional ``product_count(updated_since)``); None otherwise (the bar then counts without a percentage)."""
    count = getattr(connector, "product_count", None)
    if count is None:
        return None
    try:
        return count(since)
    except RagAgentError as exc:  # a count is a nicety: the sync itself reports real failures
        logger.info("product count not available: %s", exc.message)
        return None


def order_record(o: Order) -> dict[str, Any]:
    """An order as the orders table keeps it (the orders.jsonl format; contact data gets hashed there)."""
    return {
        "number": str(o.number).lstrip("#"), "email": o.email, "phone": o.phone, "status": o.status,
        "items": [i.model_dump() for i in o.items], "tracking_number": o.tracking_number,
        "tracking_url": o.tracking_url, "created_at": o.created_at.isoformat() if o.created_at else None,
        "updated_at": o.updated_at.isoformat() if o.updated_at else None,
    }


def page_chunker(body: str) -> list[Chunk]:
    """Chunks of a page body (plain text or Markdown), headings kept as sections."""
    if not body.strip():
        return []
    return chunk_document(parse_file(body.encode(), "page.md"))


def _other(live: str | None, source_id: str) -> str:
    a, b = generation_ids(source_id)
    return b if live == a else a


def _product_id(key: str) -> str:
    return key.split(":", 1)[1]


def _ts(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    if isinstance(value, str) and value:
        try:
            return _ts(datetime.fromisoformat(value.replace("Z", "+00:00")))
        except ValueError:
            return None
    return None


class _Inflight:
    """A sync running in this process: the generation it writes and the keys webhooks touched meanwhile."""

    def __init__(self, source_id: str, target: str) -> None:
        self.source_id = source_id
        self.target = target
        self.dirty: set[str] = set()


def _operator_only(platform: str, config: Mapping[str, str], secrets: Mapping[str, str],
                   allow_private: bool) -> None:
    """Refuse (403, naming the field) what a workspace API key may not give (see the module docstring)."""
    how = ("the server's operator sets it with `rag-agent connect` on the server, or with the admin key "
           "(POST /v1/admin/workspaces/{id}/connections)")
    for key, value in secrets.items():
        if value.startswith("env:"):
            raise OperatorOnly(f"secrets.{key}: an 'env:' reference reads the server's environment, which is the "
                               f"operator's; give the secret's value (it is stored encrypted), or {how}")
    always, address = registry.operator_keys(platform)
    for key in always:
        if config.get(key):
            raise OperatorOnly(f"config.{key}: names a file on the server, which a workspace may not read; upload "
                               f"the file instead (POST /v1/sources), or {how}")
    if not allow_private:
        for key in address:
            if config.get(key):
                raise OperatorOnly(f"config.{key}: overrides the platform's API address, which only the operator may "
                                   f"do (it could reach the server's own network); {how}")


def _named_by(url: str, config: Mapping[str, str]) -> str:
    """The config key whose value the URL comes from (for errors), else "the store's address"."""
    host = (urlsplit(url).hostname or "").lower()
    for key, value in config.items():
        if host and host in str(value).lower():
            return f"config.{key}"
    for key, value in config.items():  # Shopify: "my-store" -> my-store.myshopify.com
        if value and host.startswith(str(value).lower().split(".")[0] + "."):
            return f"config.{key}"
    return "the store's address"


def create_connection(state: State, connections: Connections, ws_id: str, name: str, platform: str,
                      options: Mapping[str, str], *, origin: str = "operator", allow_private: bool = False,
                      resolver: Resolver | None = None) -> Connection:
    """Store a connection and create its two locked sources (catalog, pages); needs no embedder.

    ``options`` holds the platform's config keys and secret keys (a secret may be ``env:NAME``);
    ``webhook_secret`` is accepted by every platform that takes webhooks. ``origin`` is who asks:
    ``operator`` (CLI, admin key, library callers) or ``workspace`` (a workspace API key), which may give
    less (:func:`_operator_only`) and, unless ``allow_private``, only hosts that resolve to public
    addresses (through ``resolver``; the system's by default).
    """
    state.get_workspace(ws_id)
    config_keys, secret_keys = registry.config_keys(platform)
    secret_set = set(secret_keys)
    if registry.supports_webhooks(platform):
        secret_set.add("webhook_secret")
    accepted = list(config_keys) + sorted(secret_set - set(config_keys))
    unknown = [k for k in options if k not in accepted]
    if unknown:
        raise InputError(f"{platform} connections take {', '.join(accepted)}; unknown: {', '.join(unknown)}")
    config = {k: str(v) for k, v in options.items() if k not in secret_set}
    secrets = {k: str(v) for k, v in options.items() if k in secret_set}
    if origin != "operator":
        _operator_only(platform, config, secrets, allow_private)
    if platform == "csv" and config.get("path"):
        config["path"] = str(Path(config["path"]).expanduser().resolve())
    # Check the config makes a connector (missing keys, bad values) before storing anything.
    probe = dict(config, **{k: (v if not v.startswith("env:") else "probe") for k, v in secrets.items()})
    try:
        connector = registry.make_connector(platform, probe)
    except ConfigError as exc:  # a key the platform needs is missing: the caller's to fix
        raise InputError(exc.message) from exc
    try:
        if origin != "operator" and not allow_private:
            from connectors.egress import check_public_urls  # httpx: loaded when a connection is made

            check_public_urls([(_named_by(u, config), u) for u in registry.upstream_urls(connector)], resolver)
    finally:
        connector.close()
    if connections.find(ws_id, name):
        raise InputError(f"a connection named {name!r} already exists; remove it first or pick another name")
    base = re.sub(r"[^A-Za-z0-9_.-]", "-", f"con-{ws_id}-{name}")
    meta = {"connection": name, "platform": platform}
    products = state.add_source(ws_id, f"{name} ({platform})", "catalog", locked=True, meta=meta,
                                source_id=f"{base}-catalog")
    try:
        pages = state.add_source(ws_id, f"{name} pages ({platform})", "pages", locked=True, meta=meta,
                                 source_id=f"{base}-pages")
    except BaseException:
        state.delete_source(ws_id, products.id)
        raise
    try:
        return connections.create(ws_id, name, platform, config, secrets, products.id, pages.id, origin=origin)
    except BaseException:
        state.delete_source(ws_id, products.id)
        state.delete_source(ws_id, pages.id)
        raise


def open_connector(connections: Connections, conn: Connection, allow_private: bool = False,
                   resolver: Resolver | None = None) -> tuple[StoreConnector, list[str]]:
    """A connector for ``conn`` with its secrets resolved (and those secrets' values, to scrub from errors).

    A connection a workspace made talks only to public addresses, checked at every request, unless
    ``allow_private``; tokens the platform refreshes are stored back encrypted.
    """
    cfg = connections.full_config(conn)
    secrets = [v for k, v in cfg.items() if k not in conn.config and v]
    if conn.platform == "csv":
        cfg.setdefault("name", conn.name)
    secret_keys = registry.config_keys(conn.platform)[1]

    def on_tokens(tokens: dict[str, Any]) -> None:
        connections.store_tokens(conn, tokens, secret_keys)

    transport = None
    if not conn.by_operator and not allow_private:
        from connectors.egress import PublicOnlyTransport

        transport = PublicOnlyTransport(resolver)  # every request: public addresses only (DNS swaps)
    return registry.make_connector(conn.platform, cfg, on_tokens, transport), secrets


class StoreOrders:
    """The :class:`rag_agent.ports.OrderSource` of connected stores: an order asked about is re-read from the
    store it was synced from when the stored copy is older than ``max_age_s`` or missing."""

    def __init__(self, state: State, connections: Connections, max_age_s: float, *, allow_private: bool = False,
                 resolver: Resolver | None = None) -> None:
        self.state = state
        self.connections = connections
        self.max_age_s = max_age_s
        self.allow_private = allow_private
        self.resolver = resolver
        self._mu = threading.Lock()
        self._misses: dict[tuple[str, str], float] = {}

    def refresh_order(self, ws_id: str, number: str) -> bool:
        """Re-read one order from its store when the stored copy is older than ``max_age_s`` or missing.

        Called on the answer path before an order is verified, so a customer asking about an order that
        shipped an hour ago hears "shipped", and one placed after the last sync is found. The order is
        fetched by number and stored like a synced one (contact data as keyed hashes); verification then
        runs on it exactly as before, so nothing is told without the matching email or phone. An upstream
        failure keeps the stored copy, and a number that failed or was not found is not asked about again
        for ``ORDER_RETRY_S`` (no request storm from one customer repeating a wrong number). A workspace
        with no connection costs one query. Returns whether a fresh copy was stored.
        """
        state = self.state
        if not state.has_connections(ws_id):
            return False
        now = time.time()
        conns = self.connections.list(ws_id)
        # each connection's own copy (an uploaded orders file may hold the same number; it is not a store's)
        stored = {c.id: state.order_synced_at(ws_id, c.products_source_id, number) for c in conns}
        if any(at is not None and now - at < self.max_age_s for at in stored.values()):
            return False
        with self._mu:  # a number the store just failed on or did not know is not asked again at once
            if now - self._misses.get((ws_id, number), 0.0) < ORDER_RETRY_S:
                return False
        holders = [c for c in conns if stored[c.id] is not None]
        for conn in holders or conns:  # a stale copy is re-read from its own store; an unknown one from each
            try:
                connector, _ = open_connector(self.connections, conn, self.allow_private, self.resolver)
                try:
                    order = connector.order(number)
                finally:
                    connector.close()
            except Exception as exc:  # the store is down or refuses: answer from what we have
                logger.warning("order refresh from connection %s failed (%s)", conn.name, type(exc).__name__)
                continue
            if order is not None:
                state.put_orders(ws_id, conn.products_source_id, iter([order_record(order)]), replace=False)
                return True
        with self._mu:
            self._misses[(ws_id, number)] = now
        return False


class SyncRunner:
    """Connects stores, runs syncs (in the foreground or in a thread) and applies webhook events.

    Every index write holds the index's write lock (:attr:`rag_agent.index_writer.IndexWriter.lock`, shared
    with uploads), so syncs, webhooks and uploads never interleave inside one batch.
    """

    def __init__(self, state: State, connections: Connections, writer: IndexWriter, *,
                 allow_private: bool = False, resolver: Resolver | None = None) -> None:
        self.state = state
        self.connections = connections
        self.writer = writer
        self.allow_private = allow_private  # RAG_ALLOW_PRIVATE_UPSTREAMS
        self.resolver = resolver  # None: the system's (tests hand one in to play a DNS swap)
        self._mu = threading.Lock()
        self._inflight: dict[str, _Inflight] = {}
        self._threads: dict[str, threading.Thread] = {}

    def close(self) -> None:
        for t in list(self._threads.values()):
            t.join(timeout=60)
        self.connections.close()

    # -- connections -----------------------------------------------------------------------------
    def connect(self, ws_id: str, name: str, platform: str, options: Mapping[str, str],
                origin: str = "operator") -> Connection:
        """Store a connection and create its two locked sources (see :func:`create_connection`);
        ``origin="workspace"`` for a workspace API key's request."""
        return create_connection(self.state, self.connections, ws_id, name, platform, options, origin=origin,
                                 allow_private=self.allow_private, resolver=self.resolver)

    def disconnect(self, ws_id: str, name: str) -> None:
        """Remove a connection, its sources and everything indexed from them."""
        conn = self.connections.get(ws_id, name)
        for sid in (conn.products_source_id, conn.pages_source_id):
            try:
                self.writer.delete_source(ws_id, sid)
            except NotFound:
                pass
        self.connections.delete(ws_id, name)

    def _connector(self, conn: Connection) -> tuple[StoreConnector, list[str]]:
        return open_connector(self.connections, conn, self.allow_private, self.resolver)

    # -- syncs -----------------------------------------------------------------------------------
    def start(self, ws_id: str, name: str, full: bool = False) -> str:
        """Start a sync in a background thread; returns its id (read it with ``connections.get_sync``)."""
        conn = self.connections.get(ws_id, name)
        rec = self.connections.start_sync(conn, full)

        def run() -> None:
            try:
                self._run(conn, rec.id, full, None)
            except RagAgentError as exc:
                logger.warning("sync %s of %s failed: %s", rec.id, conn.name, exc.message)
            except Exception:
                logger.exception("sync %s of %s failed", rec.id, conn.name)
            finally:
                self._threads.pop(rec.id, None)

        t = threading.Thread(target=run, name=f"sync-{conn.name}", daemon=True)
        self._threads[rec.id] = t
        t.start()
        return rec.id

    def sync(self, ws_id: str, name: str, full: bool = False, progress: Progress | None = None) -> SyncSummary:
        """Run one sync now (incremental when a cursor exists, unless ``full``)."""
        conn = self.connections.get(ws_id, name)
        rec = self.connections.start_sync(conn, full)
        return self._run(conn, rec.id, full, progress)

    def _run(self, conn: Connection, sync_id: str, full: bool, progress: Progress | None) -> SyncSummary:
        summary = SyncSummary(sync_id, conn.name, full or conn.products_cursor is None)
        t0 = time.perf_counter()
        secrets: list[str] = []
        try:
            connector, secrets = self._connector(conn)
            try:
                self._sync(conn, connector, summary, progress)
            finally:
                connector.close()
        except BaseException as exc:
            summary.seconds = round(time.perf_counter() - t0, 3)
            message = exc.message if isinstance(exc, RagAgentError) else f"{type(exc).__name__}: {exc}"
            for s in secrets:  # connectors must not put secrets in errors; make sure anyway
                message = message.replace(s, "***")
            self.connections.update_sync(sync_id, summary.as_dict(), "failed", message)
            raise
        summary.seconds = round(time.perf_counter() - t0, 3)
        self.connections.update_sync(sync_id, summary.as_dict(), "succeeded")
        logger.info("sync %s of %s: %s", sync_id, conn.name, {k: v for k, v in summary.as_dict().items()
                                                             if k != "failures"})
        return summary

    def _sync(self, conn: Connection, connector: StoreConnector, summary: SyncSummary,
              progress: Progress | None) -> None:
        ws, ix = conn.workspace_id, self.writer.indexer
        started = time.time()
        incremental = not summary.full
        since = datetime.fromtimestamp(conn.products_cursor - CURSOR_MARGIN_S, timezone.utc) \
            if incremental and conn.products_cursor else None
        src = self.state.get_source(ws, conn.products_source_id)
        live = src.meta.get("generation")
        target = _other(live, src.id)
        live_index = ix.item_index(ws, live) if live else {}
        target_index = ix.item_index(ws, target)
        inflight = _Inflight(src.id, target)
        with self._mu:
            self._inflight[conn.id] = inflight
        try:
            fetched: set[str] = set()
            batch: list[Product] = []
            last_report = time.monotonic()

            def flush() -> None:
                nonlocal last_report
                items = []
                for p in batch:
                    try:
                        items.append(ix.product_items([p])[0])
                    except Exception as exc:  # one unreadable record must not stop the store's sync
                        summary.failed += 1
                        summary.failures.append(f"product {p.id}: {exc}")
                items = [it for it in items if it.key not in fetched]
                fetched.update(it.key for it in items)
                with self.writer.lock:
                    st = ix.upsert_items(ws, target, items, existing=target_index, carry=live_index,
                                         progress=progress)
                summary.added += st.added
                summary.updated += st.updated
                summary.unchanged += st.unchanged
                summary.embedded += st.embedded
                batch.clear()
                if time.monotonic() - last_report > 1.0:
                    self.connections.update_sync(summary.sync_id, summary.as_dict())
                    last_report = time.monotonic()

            stage(progress, "products", product_total(connector, since))
            for product in connector.products(since):
                batch.append(product)
                if len(batch) >= BATCH:
                    flush()
            if batch:
                flush()
            for err in getattr(connector, "errors", []) or []:  # rows a file connector could not read
                summary.failed += 1
                summary.failures.append(f"line {err.line}: {err.message}")

            if incremental:
                upstream = connector.product_ids()
                keep = {k for k in live_index if k not in fetched and _product_id(k) in upstream}
                carry = [live_index[k] for k in keep
                         if (target_index.get(k) is None or target_index[k].payload.get("content_hash")
                             != live_index[k].payload.get("content_hash"))]
                stage(progress, "unchanged products carried over", len(carry))
                with self.writer.lock:
                    for i in range(0, len(carry), 512):
                        ix.copy_points(ws, carry[i:i + 512], target)
                        if progress:
                            progress(len(carry[i:i + 512]))
                summary.unchanged += len(keep)
                final = fetched | keep
            else:
                final = fetched
            summary.deleted = sum(1 for k in live_index if k not in final)
            stale = [k for k in target_index if k not in final]

            stage(progress, "pages and orders")
            pages = self._pages(conn, connector, summary)
            orders_cursor = self._orders(conn, connector, summary, since, started)

            with self.writer.lock:
                if stale:
                    ix.delete_items(ws, target, stale)
                # events webhooks applied to the live generation while this sync ran win over what it read
                for key in sorted(inflight.dirty):
                    hit = ix.item_index(ws, live, [key]).get(key) if live else None
                    if hit is not None:
                        ix.copy_points(ws, [hit], target)
                        final.add(key)
                    else:
                        ix.delete_items(ws, target, [key])
                        final.discard(key)
                self._switch(ws, src, target, len(final), started)
                if pages is not None:
                    self._switch(ws, pages[0], pages[1], pages[2], started)
                self.connections.set_cursors(conn.id, started, orders_cursor)
                with self._mu:
                    self._inflight.pop(conn.id, None)
            # the old generation is no longer read; dropping it is safe at any moment (a leftover is reused)
            if live:
                self.writer.store.delete({"workspace_id": ws, "source_id": live})
            if pages is not None and pages[3]:
                self.writer.store.delete({"workspace_id": ws, "source_id": pages[3]})
            self.writer.changed(ws)
        finally:
            with self._mu:
                if self._inflight.get(conn.id) is inflight:
                    self._inflight.pop(conn.id, None)

    def _switch(self, ws: str, src: Source, generation: str, items: int, started: float) -> None:
        """Make ``generation`` the one answers read: one SQLite update of the source's meta."""
        current = self.state.get_source(ws, src.id)
        meta = dict(current.meta, generation=generation)
        self.state.update_source(ws, src.id, meta=meta, items=items, synced_at=started)

    def _pages(self, conn: Connection, connector: StoreConnector,
               summary: SyncSummary) -> tuple[Source, str, int, str | None] | None:
        """Write the pages' new generation; (source, generation, items, old generation) to switch to."""
        ws, ix = conn.workspace_id, self.writer.indexer
        pages = list(connector.pages())
        src = self.state.get_source(ws, conn.pages_source_id)
        live = src.meta.get("generation")
        if not pages and not live:
            return None
        target = _other(live, src.id)
        items = ix.page_items(pages, page_chunker)
        with self.writer.lock:
            target_index = ix.item_index(ws, target)
            st = ix.upsert_items(ws, target, items, existing=target_index,
                                 carry=ix.item_index(ws, live) if live else {})
            keys = {it.key for it in items}
            ix.delete_items(ws, target, [k for k in target_index if k not in keys])
        summary.pages = len(pages)
        summary.embedded += st.embedded
        return src, target, len(keys), live

    def _orders(self, conn: Connection, connector: StoreConnector, summary: SyncSummary,
                since: datetime | None, started: float) -> float:
        """Upsert orders (changed since the orders cursor); returns the next orders cursor."""
        ws = conn.workspace_id
        if since is not None and conn.orders_cursor:
            since = datetime.fromtimestamp(conn.orders_cursor - CURSOR_MARGIN_S, timezone.utc)
        batch: list[dict[str, Any]] = []

        def flush() -> None:
            self.state.put_orders(ws, conn.products_source_id, iter(batch), replace=False)
            summary.orders += len(batch)
            batch.clear()

        for order in connector.orders(since):
            try:
                batch.append(order_record(order))
            except Exception as exc:
                summary.failed += 1
                summary.failures.append(f"order {getattr(order, 'number', '?')}: {exc}")
            if len(batch) >= 200:
                flush()
        if batch:
            flush()
        return started

    # -- webhooks --------------------------------------------------------------------------------
    def webhook(self, connection_id: str, headers: Mapping[str, str], body: bytes) -> dict[str, Any]:
        """Verify, de-duplicate and apply one webhook delivery.

        A bad signature raises :class:`WebhookSignatureError` (401) and changes nothing; a delivery id
        seen before is a no-op.
        """
        try:
            conn = self.connections.get_by_id(connection_id)
        except NotFound:
            raise WebhookSignatureError("unknown webhook endpoint") from None
        except ConfigError as exc:  # the stored secrets cannot be decrypted: the operator's to fix
            logger.error("webhook for connection %s cannot be verified: %s", connection_id, exc.message)
            raise ConnectionUnavailable("this webhook endpoint cannot take deliveries now") from None
        try:  # the webhook secret alone: other secrets are not read, so they cannot fail the check
            verified = registry.verify_webhook(conn.platform, headers, body, self.connections.lazy_config(conn))
        except ConfigError as exc:
            logger.error("webhook for connection %s cannot be verified: %s", conn.name, exc.message)
            raise ConnectionUnavailable("this webhook endpoint cannot take deliveries now") from None
        if not verified:
            logger.warning("webhook for connection %s refused: bad signature", conn.name)
            raise WebhookSignatureError("the webhook signature does not verify with this connection's secret")
        event = registry.parse_webhook(conn.platform, headers, body)
        if not self.connections.first_delivery(conn.id, event.delivery_id, event.topic):
            return {"status": "duplicate", "delivery_id": event.delivery_id, "topic": event.topic}
        try:
            applied = self.apply_event(conn, event)
        except ConfigError as exc:  # a secret the event needs (to refetch) cannot be read
            self.connections.forget_delivery(conn.id, event.delivery_id)
            logger.error("webhook %s for connection %s not applied: %s", event.delivery_id, conn.name, exc.message)
            raise ConnectionUnavailable("this connection cannot reach its store now; the delivery was not "
                                        "applied (retry later)") from None
        except BaseException:
            self.connections.forget_delivery(conn.id, event.delivery_id)
            raise
        return {"status": "applied" if applied else "ignored", "delivery_id": event.delivery_id,
                "topic": event.topic}

    def apply_event(self, conn: Connection, event: WebhookEvent) -> bool:
        """Apply one verified event to the live data now; False when there was nothing to apply."""
        ws = conn.workspace_id
        applied = False
        products = [event.product] if event.product is not None else []
        deleted: list[str] = []
        if not products and event.refetch_product_id:
            exists, products = self._lookup_product(conn, event.refetch_product_id)
            if not exists:  # gone upstream
                deleted.append(event.refetch_product_id)
        if event.deleted_product_id:
            # the delivery id is not signed: a captured delete can come back under a new one. Apply it only
            # when the store confirms; while the store still has the product, its current copy is applied.
            exists, current = self._lookup_product(conn, event.deleted_product_id)
            if exists:
                logger.warning("webhook for %s: delete of product %s not applied, the store still has it "
                               "(a replayed delivery?)", conn.name, event.deleted_product_id)
                products += current
            else:
                deleted.append(event.deleted_product_id)
        if products:
            applied |= self._apply_products(conn, products, [])
        if deleted:
            applied |= self._apply_products(conn, [], deleted)
        order = event.order
        if order is None and event.refetch_order_number:
            connector, _ = self._connector(conn)
            try:
                order = connector.order(event.refetch_order_number)
            finally:
                connector.close()
        if order is not None:
            with self.writer.lock:
                self.state.put_orders(ws, conn.products_source_id, iter([order_record(order)]), replace=False)
            applied = True
        return applied

    def _lookup_product(self, conn: Connection, product_id: str) -> tuple[bool, list[Product]]:
        """Whether the store has the product now, and its records as the store has them: ``product_records``
        (every language copy) or ``product``; else ``product_ids`` says whether it exists and a scan of the
        last hour's changes gives its records."""
        connector, _ = self._connector(conn)
        try:
            records = getattr(connector, "product_records", None)
            if callable(records):
                found = list(records(product_id))
                return bool(found), found
            one = getattr(connector, "product", None)
            if callable(one):
                product = one(product_id)
                return product is not None, [product] if product is not None else []
            if product_id not in connector.product_ids():
                return False, []
            recent = datetime.fromtimestamp(time.time() - 3600, timezone.utc)
            return True, [p for p in connector.products(recent) if p.id == product_id]
        finally:
            connector.close()

    def _apply_products(self, conn: Connection, products: Iterable[Product], deleted: Iterable[str]) -> bool:
        ws, ix = conn.workspace_id, self.writer.indexer
        products, deleted = list(products), list(deleted)
        with self.writer.lock:
            src = self.state.get_source(ws, conn.products_source_id)
            live = src.meta.get("generation")
            if not live:
                logger.info("webhook for %s ignored: no sync has completed yet", conn.name)
                return False
            items = ix.product_items(products)
            existing = ix.item_index(ws, live, [it.key for it in items])
            fresh = []
            for p, it in zip(products, items):
                have = existing.get(it.key)
                newer, ours = _ts(p.updated_at), _ts(have.payload.get("updated_at")) if have else None
                if newer and ours and ours > newer:
                    logger.info("webhook for %s: product %s is older than the indexed copy; skipped",
                                conn.name, p.id)
                    continue
                fresh.append(it)
            if fresh:
                ix.upsert_items(ws, live, fresh, existing=existing)
            gone: list[str] = []
            if deleted:  # a product and its copies ("X" and "X:pt" for per-language records)
                wanted = set(deleted)
                gone = [k for k in ix.item_index(ws, live) if k.startswith("product:")
                        and (_product_id(k) in wanted or _product_id(k).split(":", 1)[0] in wanted)]
            if gone:
                ix.delete_items(ws, live, gone)
            with self._mu:
                inflight = self._inflight.get(conn.id)
                if inflight is not None:
                    inflight.dirty.update(it.key for it in fresh)
                    inflight.dirty.update(gone)
            if not fresh and not gone:
                return False
            items_now = self.writer.store.count({"workspace_id": ws, "source_id": live, "kind": "product"})
            self.state.update_source(ws, src.id, items=items_now, synced_at=time.time())
        self.writer.changed(ws)
        return True

    # -- reading ---------------------------------------------------------------------------------
    def live_points(self, ws_id: str, name: str) -> list[Hit]:
        """The points answers read for a connection (both of its sources' live generations)."""
        conn = self.connections.get(ws_id, name)
        out: list[Hit] = []
        for sid in (conn.products_source_id, conn.pages_source_id):
            gen = self.state.get_source(ws_id, sid).meta.get("generation")
            if gen:
                out.extend(self.writer.store.lookup({"workspace_id": ws_id, "source_id": gen}))
        return out
