"""Fixtures of the sync tests: a HashEmbedder service on a fresh data directory (its state on SQLite, then on
PostgreSQL: ``database_url``), the tiny platform."""

from __future__ import annotations

import pytest

from connectors import registry
from tests.sync import tiny_platform

registry.register("tiny", "tests.sync.tiny_platform")


@pytest.fixture()
def hash_service(tmp_path, database_url):
    from rag_agent.embed import HashEmbedder
    from rag_agent.service import Service
    from rag_agent.settings import Settings

    svc = Service(Settings(data_dir=tmp_path / "data", database_url=database_url), embedder=HashEmbedder())
    svc.ensure_workspace("w1", "Shop one")
    yield svc
    svc.close()


@pytest.fixture()
def runner(hash_service):
    """The service's own sync runner (closed with it)."""
    return hash_service.runner


@pytest.fixture()
def tiny(request):
    """A fresh tiny store, registered under this test's name."""
    name = request.node.name
    store = tiny_platform.TinyStore()
    tiny_platform.STORES[name] = store
    tiny_platform.CALLS.clear()
    yield name, store
    tiny_platform.STORES.pop(name, None)
