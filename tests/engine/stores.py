"""Small stores of the engine tests' own: a workspace "w" over a folder of files, answered with a fake embedder
(the answer path runs no model)."""

from __future__ import annotations

import csv
import io
from contextlib import contextmanager
from typing import Iterable, Sequence

from rag_agent.embed import HashEmbedder


#: the Shopify export columns most engine tests' catalogs use (one option; stock, price and status per row)
HEADER = ["Handle", "Title", "Body (HTML)", "Vendor", "Type", "Tags", "Option1 Name", "Option1 Value",
          "Variant Inventory Tracker", "Variant Inventory Qty", "Variant Price", "Status"]


def csv_text(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A products.csv of these columns and rows."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def build_store(tmp_path_factory, name: str, title: str, files: dict[str, str]):
    """A Service whose workspace "w" (named ``title``) holds these store files, loaded as `serve --store-dir`
    would; the caller closes it."""
    from rag_agent.service import Service
    from rag_agent.settings import Settings

    root = tmp_path_factory.mktemp(name)
    (root / "store").mkdir()
    for filename, text in files.items():
        (root / "store" / filename).write_text(text)
    svc = Service(Settings(data_dir=root / "data"), embedder=HashEmbedder())
    svc.ensure_workspace("w", title, plan="paid")
    svc.load_store_dir("w", root / "store")
    return svc


@contextmanager
def open_store(tmp_path_factory, name: str, title: str, files: dict[str, str]):
    """:func:`build_store` for a ``with`` block: the Service is closed when the block ends."""
    svc = build_store(tmp_path_factory, name, title, files)
    try:
        yield svc
    finally:
        svc.close()


def ask(svc, message, history=(), **persona):
    """Workspace "w"'s answer, with its explanation; history alternates customer and agent turns."""
    hist = [{"role": "customer" if i % 2 == 0 else "agent", "text": t} for i, t in enumerate(history)]
    return svc.answer("w", message, hist, persona or None, explain=True)
