"""The tenant boundary (issue 12, items 1, 2, 3 and 15): a workspace API key reaches neither the server's
environment, nor its files, nor its network, nor another workspace's agents, members or teams.

Run against a real ``rag-agent serve`` (``sec_server``: no private upstreams allowed) with an "attacker"
HTTP server on 127.0.0.1 that records what reaches it; the DNS swap is played on the transport and on the
sync runner with a resolver the test controls (a constructor argument, not a patch).
"""

from __future__ import annotations

import httpx
import pytest

from connectors.egress import PublicOnlyTransport, check_public_urls, non_public_reason
from rag_agent.errors import PrivateUpstream
from tests.conftest import REPO
from tests.security.conftest import CANARY

DEMO_CSV = (REPO / "rag_agent" / "demo" / "products.csv").read_bytes()


def _connect(c: httpx.Client, platform: str, config: dict, secrets: dict | None = None, name: str = "shop"):
    return c.post("/v1/connections", json={"platform": platform, "name": name, "config": config,
                                           "secrets": secrets or {}})


def _no_connections(srv, who: str = "A") -> None:
    with srv.client(who) as c:
        assert c.get("/v1/connections").json() == []
        assert not [s for s in c.get("/v1/sources").json() if s["name"].startswith("shop")]


# -- item 1: env: secrets are the operator's ------------------------------------------------------
@pytest.mark.parametrize("platform,config,secrets", [
    ("shopify", {"shop": "x.myshopify.com"}, {"access_token": "env:RAG_TEST_CANARY"}),
    ("shopify", {"shop": "x.myshopify.com"}, {"access_token": "env:RAG_ADMIN_KEY"}),
    ("woocommerce", {"url": "https://93.184.215.14"}, {"consumer_key": "env:RAG_TEST_CANARY",
                                                       "consumer_secret": "cs_x"}),
    # a secret key given under "config" is still a secret
    ("shopify", {"shop": "x.myshopify.com", "access_token": "env:RAG_TEST_CANARY"}, {}),
])
def test_env_secrets_through_a_workspace_key_are_refused(sec_server, attacker, platform, config, secrets):
    with sec_server.client("A") as c:
        r = _connect(c, platform, config, secrets)
        assert r.status_code == 403, r.text
        body = r.json()
        assert body["error"] == "OperatorOnly"
        field = next(k for k, v in {**config, **secrets}.items() if str(v).startswith("env:"))
        assert f"secrets.{field}" in body["detail"] and "environment" in body["detail"]
        assert CANARY not in r.text
    _no_connections(sec_server)
    assert attacker.hits == []


def test_the_attack_of_the_issue_sends_nothing_to_the_attacker(sec_server, attacker):
    """Issue 12 item 1 verbatim: base_url at the attacker and the admin key as the token, then a sync."""
    with sec_server.client("A") as c:
        r = _connect(c, "shopify", {"shop": "x.myshopify.com", "base_url": attacker.url},
                     {"access_token": "env:RAG_ADMIN_KEY"})
        assert r.status_code == 403
        assert c.post("/v1/connections/shop/sync").status_code == 404
    assert attacker.hits == []
    assert CANARY not in sec_server.log() and sec_server.admin_key not in sec_server.log()


def test_the_admin_key_may_connect_with_env_secrets_and_an_address_override(sec_server, attacker):
    ws = sec_server.ws_id("B")
    body = {"platform": "shopify", "name": "operator-shop",
            "config": {"shop": "x.myshopify.com", "base_url": attacker.url},
            "secrets": {"access_token": "env:RAG_TEST_CANARY", "webhook_secret": "whsec-operator"}}
    with sec_server.client("A") as c:  # a workspace key is not the admin key
        assert c.post(f"/v1/admin/workspaces/{ws}/connections", json=body).status_code == 401
    with sec_server.client("admin") as c:
        r = c.post(f"/v1/admin/workspaces/{ws}/connections", json=body)
        assert r.status_code == 201, r.text
        conn = r.json()
        assert conn["origin"] == "operator"
        assert conn["secrets"] == {"access_token": "env:RAG_TEST_CANARY", "webhook_secret": "stored"}
        assert c.post("/v1/admin/workspaces/ws_nope/connections", json=body).status_code == 404
    with sec_server.client("B") as c:
        assert [x["name"] for x in c.get("/v1/connections").json()] == ["operator-shop"]
        assert c.delete("/v1/connections/operator-shop").status_code == 204


# -- item 2: local paths are the operator's -------------------------------------------------------
def test_csv_paths_through_a_workspace_key_are_refused(sec_server):
    with sec_server.client("B") as c:
        r = c.post("/v1/sources", files={"file": ("products.csv", DEMO_CSV)})
        assert r.status_code == 201, r.text
        b_source = r.json()["source"]["id"]
    b_upload = sec_server.data_dir / "uploads" / sec_server.ws_id("B") / b_source / "products.csv"
    assert b_upload.exists()
    with sec_server.client("A") as c:
        for path in ("/etc/passwd", str(b_upload), "~/.ssh/id_rsa", "../../state.sqlite3"):
            r = _connect(c, "csv", {"path": path})
            assert r.status_code == 403, r.text
            assert r.json()["error"] == "OperatorOnly" and "config.path" in r.json()["detail"]
            assert "root:" not in r.text and "missing columns" not in r.text
    _no_connections(sec_server)
    with sec_server.client("A") as c:
        titles = [s["name"] for s in c.get("/v1/sources").json()]
        assert "products.csv" not in titles  # B's catalog did not land in A


def test_the_operator_may_connect_a_csv_file(sec_server, tmp_path):
    f = tmp_path / "catalog.csv"
    f.write_bytes(DEMO_CSV)
    with sec_server.client("admin") as c:
        r = c.post(f"/v1/admin/workspaces/{sec_server.ws_id('A')}/connections",
                   json={"platform": "csv", "name": "op-csv", "config": {"path": str(f)}})
        assert r.status_code == 201, r.text
        assert r.json()["config"]["path"] == str(f.resolve()) and r.json()["origin"] == "operator"
    with sec_server.client("A") as c:
        assert c.delete("/v1/connections/op-csv").status_code == 204


# -- item 3: upstream addresses --------------------------------------------------------------------
@pytest.mark.parametrize("platform,config", [
    ("shopify", {"shop": "x.myshopify.com", "base_url": "http://127.0.0.1:9"}),
    ("nuvemshop", {"store_id": "1", "user_agent": "A (a@example.com)", "base_url": "http://10.0.0.5/v1/1"}),
    ("nuvemshop", {"store_id": "1", "user_agent": "A (a@example.com)", "pages_base_url": "http://10.0.0.5/"}),
    ("lazada", {"country": "sg", "app_key": "1", "auth_url": "http://169.254.169.254/latest"}),
    ("lazada", {"app_key": "1", "base_url": "http://169.254.169.254/latest"}),
])
def test_address_overrides_through_a_workspace_key_are_refused(sec_server, attacker, platform, config):
    secrets = {"shopify": {"access_token": "t"}, "nuvemshop": {"access_token": "t"},
               "lazada": {"app_secret": "s", "access_token": "t"}}[platform]
    with sec_server.client("A") as c:
        r = _connect(c, platform, config, secrets)
        assert r.status_code == 403, r.text
        key = next(k for k in ("base_url", "pages_base_url", "auth_url") if k in config)
        assert r.json()["error"] == "OperatorOnly" and f"config.{key}" in r.json()["detail"]
    _no_connections(sec_server)


def test_store_hosts_that_are_not_public_are_refused_at_connect(sec_server, attacker):
    port = attacker.url.rsplit(":", 1)[1]
    hosts = [f"http://127.0.0.1:{port}", f"http://localhost:{port}", f"http://2130706433:{port}",
             f"http://0x7f.1:{port}", f"http://[::1]:{port}", f"http://[::ffff:127.0.0.1]:{port}",
             f"http://0.0.0.0:{port}", "http://10.1.2.3", "http://192.168.1.1", "http://172.16.0.1",
             "http://169.254.169.254/latest/meta-data", "http://100.64.0.1", "http://[fe80::1]",
             "http://[fd00::1]", "http://224.0.0.1", "https://no-such-host.invalid"]
    with sec_server.client("A") as c:
        for url in hosts:
            r = _connect(c, "woocommerce", {"url": url}, {"consumer_key": "ck_x", "consumer_secret": "cs_x"})
            assert r.status_code == 422, (url, r.text)
            assert r.json()["error"] == "PrivateUpstream" and "config.url" in r.json()["detail"], url
    _no_connections(sec_server)
    assert attacker.hits == []


def test_public_store_hosts_are_accepted(sec_server):
    with sec_server.client("A") as c:
        r = _connect(c, "woocommerce", {"url": "https://93.184.215.14"}, {"consumer_key": "ck_x",
                                                                          "consumer_secret": "cs_x"}, name="pub")
        assert r.status_code == 201, r.text
        assert r.json()["origin"] == "workspace" and r.json()["secrets"]["consumer_key"] == "stored"
        assert c.delete("/v1/connections/pub").status_code == 204


def test_the_outgoing_webhook_url_must_be_public(sec_server):
    with sec_server.client("A") as c:
        for url in ("http://127.0.0.1:8000/hook", "http://169.254.169.254/", "http://[::1]/x"):
            r = c.put("/v1/webhook", json={"url": url})
            assert r.status_code == 422 and r.json()["error"] == "PrivateUpstream", r.text
        assert c.get("/v1/routing").status_code == 200


class _Resolver:
    """A DNS the test controls: host -> addresses, changed at will (a DNS swap)."""

    def __init__(self, table: dict[str, list[str]]) -> None:
        self.table = table
        self.asked: list[str] = []

    def __call__(self, host: str, port: int) -> list[str]:
        self.asked.append(host)
        if host not in self.table:
            raise OSError(f"{host} does not resolve")
        return list(self.table[host])


def test_the_transport_connects_to_the_address_it_checked_and_refuses_a_swap():
    seen: list[httpx.Request] = []
    wire = httpx.MockTransport(lambda req: (seen.append(req), httpx.Response(200, json={"ok": True}))[1])
    dns = _Resolver({"shop.example.com": ["93.184.215.14"]})
    with httpx.Client(transport=PublicOnlyTransport(dns, inner=wire)) as client:
        assert client.get("https://shop.example.com/wp-json/wc/v3/products").json() == {"ok": True}
        sent = seen[-1]
        assert sent.url.host == "93.184.215.14" and sent.headers["host"] == "shop.example.com"
        assert sent.extensions["sni_hostname"] == "shop.example.com"  # TLS still checks the store's name
        for swapped in (["127.0.0.1"], ["10.0.0.7"], ["169.254.169.254"], ["::1"], ["::ffff:127.0.0.1"],
                        ["93.184.215.14", "192.168.0.9"]):  # one private address among public ones is enough
            dns.table["shop.example.com"] = swapped
            with pytest.raises(PrivateUpstream, match="not a public address"):
                client.get("https://shop.example.com/wp-json/wc/v3/products")
        assert len(seen) == 1
        del dns.table["shop.example.com"]
        with pytest.raises(httpx.ConnectError):  # a name that stops resolving is an unreachable store
            client.get("https://shop.example.com/")


def test_non_public_addresses():
    for address in ("127.0.0.1", "10.0.0.1", "172.31.255.255", "192.168.0.1", "169.254.169.254", "100.64.0.1",
                    "0.0.0.0", "224.0.0.251", "255.255.255.255", "::", "::1", "fe80::1", "fc00::1", "ff02::1",
                    "::ffff:127.0.0.1", "::ffff:169.254.169.254", "64:ff9b::a00:1", "2002:a00:1::1"):
        assert non_public_reason(address), address
    for address in ("93.184.215.14", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"):
        assert non_public_reason(address) is None, address
    check_public_urls([("url", "https://93.184.215.14/")])
    with pytest.raises(PrivateUpstream, match="config.url|url"):
        check_public_urls([("url", "file:///etc/passwd")])


def test_a_dns_swap_after_connect_is_refused_at_the_next_sync(tmp_path):
    """End to end in one process: a workspace connects a WooCommerce store whose name resolves to a public
    address; the name then resolves to 127.0.0.1, where a WooCommerce fake listens: the sync fails naming
    the address and the fake never sees a request (so never the consumer key)."""
    from rag_agent.embed import HashEmbedder
    from rag_agent.service import Service
    from rag_agent.settings import Settings
    from rag_agent.sync import SyncRunner
    from tests.fakes.woocommerce import WooCommerceFake

    fake = WooCommerceFake(products=3, orders=1)
    fake.start()
    svc = Service(Settings(data_dir=tmp_path / "data"), embedder=HashEmbedder())
    try:
        svc.ensure_workspace("w1", "Shop")
        port = fake.base_url.rsplit(":", 1)[1]
        dns = _Resolver({"store.example.com": ["93.184.215.14"]})
        # the service's parts, with a resolver that plays a DNS swap
        runner = SyncRunner(svc.state, svc.runner.connections, svc.writer, resolver=dns)
        conn = runner.connect("w1", "shop", "woocommerce", {
            "url": f"http://store.example.com:{port}", "consumer_key": fake.consumer_key,
            "consumer_secret": fake.consumer_secret, "max_retries": "0"}, origin="workspace")
        assert conn.origin == "workspace" and "store.example.com" in dns.asked
        dns.table["store.example.com"] = ["127.0.0.1"]
        with pytest.raises(PrivateUpstream, match=r"store\.example\.com \(127\.0\.0\.1\) is not a public address"):
            runner.sync("w1", "shop")
        assert fake.requests == []
        rec = runner.connections.get_sync("w1", runner.connections.get("w1", "shop").last_sync_id)
        assert rec.status == "failed" and "not a public address" in rec.error
        runner.close()
    finally:
        svc.close()
        fake.stop()


# -- items 3 and 15: every id a workspace names is its own -----------------------------------------
@pytest.fixture(scope="module")
def b_people(sec_server):
    """An agent, a team member and a team of workspace B."""
    with sec_server.client("B") as c:
        agent = c.post("/v1/agents", json={"name": "B's agent"})
        assert agent.status_code == 201, agent.text
        team = c.post("/v1/teams", json={"name": "B's team"}).json()["id"]
        human = c.post("/v1/humans", json={"name": "B's member", "email": "b-member@example.com"}).json()["id"]
    return {"ai": agent.json()["id"], "team": team, "human": human}


@pytest.mark.parametrize("kind", ["ai", "human", "team"])
def test_routing_rules_refuse_another_workspaces_ids(sec_server, b_people, kind):
    foreign = b_people[kind]
    with sec_server.client("A") as c:
        before = c.get("/v1/routing").json()
        r = c.patch("/v1/routing", json={"channel_rules": {"whatsapp": {"kind": kind, "id": foreign}}})
        assert r.status_code == 404, r.text
        assert foreign in r.json()["detail"] and "channel_rules.whatsapp" in r.json()["detail"]
        r = c.patch("/v1/routing", json={"channel_rules": {"telegram": {"kind": kind, "id": "nope_123"}}})
        assert r.status_code == 404 and "nope_123" in r.json()["detail"]
        assert c.get("/v1/routing").json() == before


def test_routing_accepts_the_workspaces_own_ids(sec_server):
    with sec_server.client("A") as c:
        agent = c.post("/v1/agents", json={"name": "A's agent"}).json()["id"]
        team = c.post("/v1/teams", json={"name": "A's team"}).json()["id"]
        r = c.patch("/v1/routing", json={"channel_rules": {"whatsapp": {"kind": "ai", "id": agent},
                                                           "email": {"kind": "team", "id": team}}})
        assert r.status_code == 200, r.text
        assert r.json()["channel_rules"]["whatsapp"] == {"kind": "ai", "id": agent}
        assert c.patch("/v1/routing", json={"channel_rules": {}}).status_code == 200


def test_other_ids_named_in_bodies_must_be_the_workspaces_own(sec_server, b_people):
    with sec_server.client("B") as c:
        b_source = c.get("/v1/sources").json()
        b_source = b_source[0]["id"] if b_source else c.post(
            "/v1/sources", files={"file": ("faq.md", b"# FAQ\nWe ship.")}).json()["source"]["id"]
    with sec_server.client("A") as c:
        assert c.patch("/v1/routing", json={"assign_new_to_ai": b_people["ai"]}).status_code == 404
        assert c.patch("/v1/routing", json={"default_human_id": b_people["human"]}).status_code == 404
        assert c.post("/v1/humans", json={"name": "x", "teams": [b_people["team"]]}).status_code == 404
        agent = c.post("/v1/agents", json={"name": "A2", "source_ids": []}).json()["id"]
        r = c.post(f"/v1/agents/{agent}/sources/{b_source}")
        assert r.status_code == 404 and b_source in r.json()["detail"]
        assert c.post("/v1/agents", json={"name": "A3", "source_ids": [b_source]}).status_code == 404
        pipe = c.post("/v1/pipelines", json={"name": "P", "stages": ["new"]}).json()
        stage = pipe["stages"][0]["id"]
        r = c.put(f"/v1/pipelines/{pipe['id']}/triggers",
                  json={"launch": [{"stage_id": stage, "agent_id": b_people["ai"]}]})
        assert r.status_code == 404 and b_people["ai"] in r.json()["detail"]
        assert c.post(f"/v1/playground/{b_people['ai']}", json={"text": "hi"}).status_code == 404
        assert c.get(f"/v1/dashboard/agents/{b_people['ai']}").status_code == 404


def test_env_references_are_never_resolved_for_a_workspaces_connection(tmp_path, monkeypatch):
    """Defence in depth: whatever the database holds, a connection a workspace key made never reads the
    server's environment. Connections stored before origins were kept are the operator's in the CLI's own
    workspace and a workspace's elsewhere (the API was the only way into another workspace)."""
    import json
    import sqlite3

    from rag_agent.connections import Connections
    from rag_agent.errors import ConfigError, InputError
    from rag_agent.secretbox import SecretBox

    monkeypatch.setenv("SEC_LEGACY_TOKEN", CANARY)  # the server's environment, not our code
    data = tmp_path / "data"
    data.mkdir()
    old = sqlite3.connect(data / "state.sqlite3")  # the table as the previous version made it
    old.execute("CREATE TABLE connections (id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, name TEXT NOT NULL, "
                "platform TEXT NOT NULL, config TEXT NOT NULL DEFAULT '{}', secrets BLOB, products_source_id TEXT "
                "NOT NULL, pages_source_id TEXT NOT NULL, products_cursor REAL, orders_cursor REAL, last_sync_id "
                "TEXT, created_at REAL NOT NULL, updated_at REAL NOT NULL, UNIQUE (workspace_id, name))")
    blob = SecretBox(data).encrypt(json.dumps({"access_token": "env:SEC_LEGACY_TOKEN"}).encode())
    for cid, ws in (("con_cli", "default"), ("con_api", "ws_attacker")):
        old.execute("INSERT INTO connections(id, workspace_id, name, platform, config, secrets, products_source_id, "
                    "pages_source_id, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (cid, ws, "shop", "shopify", '{"shop": "x.myshopify.com"}', blob, "s1", "s2", 0.0, 0.0))
    old.commit()
    old.close()
    from rag_agent.db import Database, sqlite_url

    db = Database(sqlite_url(data))
    conns = Connections(db, SecretBox(data))
    try:
        cli, api = conns.get_by_id("con_cli"), conns.get_by_id("con_api")
        assert (cli.origin, api.origin) == ("operator", "workspace")
        assert conns.secret_values(cli) == {"access_token": CANARY}
        with pytest.raises(ConfigError, match="only the operator's connections") as exc:
            conns.secret_values(api)
        assert CANARY not in str(exc.value)
        with pytest.raises(ConfigError):
            conns.full_config(api)
        with pytest.raises(InputError, match="operator's"):  # and a workspace's connection cannot store one
            conns.create("ws_attacker", "again", "shopify", {}, {"access_token": "env:SEC_LEGACY_TOKEN"}, "a", "b")
    finally:
        db.close()
