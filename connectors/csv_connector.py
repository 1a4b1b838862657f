"""The core's Shopify / WooCommerce product CSV imports as one more :class:`StoreConnector`.

A "csv" connection reads a product export file by path (config ``path``; ``store_url`` and
``currency`` as for uploads). The path is on the server's disk, so only the server's operator may create
such a connection (the CLI, or the admin key); a workspace uploads its catalog instead. It has no pages, orders or webhooks. An incremental sync reads nothing
when the file has not been modified since the last sync; otherwise the whole file (content hashes
keep unchanged products from being embedded again). Rows that cannot be read are kept in
:attr:`CsvConnector.errors` and logged by the sync as failed items.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from connectors.base import UpstreamError
from connectors.csv_import import ImportResult, RowError, import_catalog_csv
from rag_agent.records import Order, Page, Product

__all__ = ["CsvConnector", "from_config", "CONFIG_KEYS", "SECRET_KEYS", "OPERATOR_KEYS"]

logger = logging.getLogger(__name__)

CONFIG_KEYS = ("path", "store_url", "currency")
SECRET_KEYS: tuple[str, ...] = ()
#: A file on the server's disk: only the server's operator may name one (a workspace uploads its file instead).
OPERATOR_KEYS: tuple[str, ...] = ("path",)


class CsvConnector:
    """Products of a Shopify or WooCommerce product CSV export on disk."""

    platform = "csv"

    def __init__(self, path: Path, store_url: str | None = None, currency: str = "USD", name: str = "") -> None:
        self.path = Path(path)
        self.store_url = store_url
        self.currency = currency
        self.source = f"csv:{name or self.path.name}"
        self.errors: list[RowError] = []
        self._result: ImportResult | None = None
        self._mtime: float | None = None

    def _read(self) -> ImportResult:
        try:
            mtime = self.path.stat().st_mtime
        except OSError as exc:
            raise UpstreamError(f"cannot read {self.path}: {exc.strerror}") from exc
        if self._result is None or mtime != self._mtime:
            self._result = import_catalog_csv(self.path, source=self.source, store_url=self.store_url,
                                              currency=self.currency)
            self._mtime = mtime
            self.errors = list(self._result.errors)
            for e in self.errors:
                logger.warning("%s line %d: %s", self.path.name, e.line, e.message)
        return self._result

    def products(self, updated_since: datetime | None = None) -> Iterator[Product]:
        result = self._read()
        if updated_since is not None:
            modified = datetime.fromtimestamp(self._mtime or 0, timezone.utc)
            since = updated_since if updated_since.tzinfo else updated_since.replace(tzinfo=timezone.utc)
            if modified < since:
                return
        yield from result.products

    def product_count(self, updated_since: datetime | None = None) -> int | None:
        """How many products :meth:`products` will yield (the file's products), for progress."""
        return sum(1 for _ in self.products(updated_since))

    def product_ids(self) -> set[str]:
        return {p.id for p in self._read().products}

    def pages(self) -> Iterator[Page]:
        return iter(())

    def orders(self, updated_since: datetime | None = None) -> Iterator[Order]:
        return iter(())

    def order(self, number: str) -> Order | None:
        return None

    def close(self) -> None:
        self._result = None


def from_config(config: dict[str, str]) -> CsvConnector:
    """``path`` (required), ``store_url``, ``currency`` (default USD)."""
    path = config.get("path")
    if not path:
        from rag_agent.errors import InputError

        raise InputError("a csv connection needs path=<product CSV export>")
    return CsvConnector(Path(path).expanduser(), config.get("store_url") or None,
                        (config.get("currency") or "USD").upper(), config.get("name", ""))
