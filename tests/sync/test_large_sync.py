"""Each platform syncs a 2,000-product store from its local fake with the fields answers quote, and a
second sync with nothing changed embeds nothing (HashEmbedder: the model is not the subject here)."""

from __future__ import annotations

import pytest

from tests.sync.test_webhook_answers import FAKES

pytestmark = [pytest.mark.integration, pytest.mark.slow]

FIELDS = ("title", "url", "currency", "price_min", "variants", "available", "product_id")


@pytest.mark.parametrize("platform", sorted(FAKES))
def test_2000_products_then_a_no_change_sync_embeds_nothing(platform, tmp_path):
    from rag_agent.embed import HashEmbedder
    from rag_agent.service import Service
    from rag_agent.settings import Settings

    fake, options, _ = FAKES[platform](2000)
    svc = Service(Settings(data_dir=tmp_path / "data"), embedder=HashEmbedder())
    runner = svc.runner
    try:
        svc.ensure_workspace("w1", "Shop", plan="paid")
        runner.connect("w1", "shop", platform, options)
        first = runner.sync("w1", "shop")
        assert first.added >= 2000 and first.failed == 0
        products = [h.payload for h in runner.live_points("w1", "shop") if h.payload["kind"] == "product"]
        assert len(products) == first.added
        for p in products:
            assert all(p.get(f) not in (None, "") for f in FIELDS), {f: p.get(f) for f in FIELDS}
            assert all(v.get("price") is not None for v in p["variants"])
        assert any(p["stock"] is not None for p in products)
        assert any(len(p["variants"]) > 1 and p["variants"][0]["options"] for p in products)
        second = runner.sync("w1", "shop")
        assert second.embedded == 0 and second.unchanged == first.added and second.deleted == 0
    finally:
        runner.close()
        svc.close()
        fake.stop()
