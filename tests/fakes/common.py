"""A small threaded HTTP fake-server base for store platform fakes.

A platform fake subclasses :class:`FakeServer` and implements :meth:`FakeServer.handle` (and usually
:meth:`FakeServer.authorize` and the error-body hooks). The base gives every fake:

* a real HTTP/1.1 server (keep-alive) on ``127.0.0.1`` and a free port: ``start() -> base_url``,
  ``stop()``, and use as a context manager;
* a fault queue: ``fail_next(429, retry_after=1, times=2)``, ``fail_next(500)``, ``fail_next(401)``,
  ``fail_next(malformed=True)``: the next N API requests get that answer instead of the real one
  (faults come before the auth check, as a proxy or an overloaded platform would answer);
* a request log (``requests``) of every API request with its method, path, query, headers, body and
  the status it got, for assertions such as "the token header was sent" or "three pages were read";
* a control endpoint, ``POST /_fake/<name>`` with a JSON object of keyword arguments, that calls one
  of the names in :attr:`FakeServer.control_names` (``set_price``, ``set_stock``, ``delete_product``,
  ``fail_next``, ``clear_faults``...), so a fake running as a separate process (``python -m
  tests.fakes.shopify --port P --products N``) can be changed from a test. Control requests are not
  logged and never get faults.

:class:`FakeStore` is the surface the shared connector contract (``tests/connectors/contract.py``)
relies on; every platform fake provides it.
"""

from __future__ import annotations

import argparse
import json
import re
import signal
import socket
import threading
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable, Protocol, runtime_checkable
from urllib.parse import parse_qs, urlsplit

__all__ = ["PAYLOADS", "REPO_ROOT", "FakeServer", "FakeStore", "Fault", "RecordedRequest", "Reply", "load_payload", "product_name",
           "serve_main", "slug"]

#: The project's root (where ``python -m tests.fakes.<platform>`` runs from).
REPO_ROOT = Path(__file__).resolve().parents[2]
#: The real platform payloads the fakes copy their bodies from (read-only, see its SOURCES.md).
PAYLOADS = Path(__file__).resolve().parents[3] / "shared" / "data" / "platform_payloads"


_ADJ = ["Classic", "Aurora", "Summit", "Harbor", "Nimbus", "Canyon", "Meadow", "Vertex", "Coastal",
        "Urban", "Alpine", "Willow", "Ember", "Glacier", "Sierra", "Prairie", "Lunar", "Solstice",
        "Cedar", "Drift", "Tundra", "Mesa", "Breeze", "Juniper", "Orbit"]
_MAT = ["Linen", "Wool", "Denim", "Canvas", "Leather", "Bamboo", "Cotton", "Merino", "Suede", "Fleece",
        "Cork", "Hemp", "Silk", "Nylon", "Oak", "Steel", "Ceramic", "Velvet", "Tweed", "Mesh"]
_NOUN = [("Jacket", "Outerwear"), ("T-Shirt", "Tops"), ("Sneakers", "Shoes"), ("Backpack", "Bags"),
         ("Hoodie", "Tops"), ("Jeans", "Bottoms"), ("Cap", "Accessories"), ("Water Bottle", "Accessories"),
         ("Headphones", "Electronics"), ("Desk Lamp", "Home"), ("Scarf", "Accessories"), ("Boots", "Shoes"),
         ("Tote Bag", "Bags"), ("Sweater", "Tops"), ("Shorts", "Bottoms"), ("Watch", "Accessories"),
         ("Blanket", "Home"), ("Mug", "Home"), ("Wallet", "Accessories"), ("Raincoat", "Outerwear")]


def product_name(i: int) -> tuple[str, str, str, str]:
    """A distinct, nameable product title for index `i` (10,000 before any repeats), with its
    adjective, material and product type: ``("Aurora Linen Jacket", "Aurora", "Linen", "Outerwear")``."""
    adj, mat, (noun, ptype) = _ADJ[i % 25], _MAT[(i // 25) % 20], _NOUN[(i // 500) % 20]
    title = f"{adj} {mat} {noun}" + (f" Mk{i // 10000 + 1}" if i >= 10000 else "")
    return title, adj, mat, ptype


def slug(text: str) -> str:
    """A URL handle: lower case, runs of other characters as one hyphen."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def load_payload(platform: str, name: str) -> Any:
    """One real payload file, parsed: ``load_payload("shopify", "product.json")``."""
    return json.loads((PAYLOADS / platform / name).read_text(encoding="utf-8"))


@dataclass
class RecordedRequest:
    """One API request the fake received, and the status it answered."""

    method: str
    path: str  # without the query string
    query: dict[str, list[str]]  # parse_qs of the query string (repeated keys kept)
    headers: dict[str, str]  # names in lower case
    body: bytes
    status: int = 0

    def param(self, name: str, default: str | None = None) -> str | None:
        """The last value of one query parameter (as PHP and most servers read repeated keys)."""
        values = self.query.get(name)
        return values[-1] if values else default

    def json(self) -> Any:
        """The request body parsed as JSON."""
        return json.loads(self.body or b"null")


@dataclass
class Reply:
    """What the fake answers: a status, a body (dict/list -> JSON; str/bytes as they are) and headers."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)

    def encode(self) -> tuple[bytes, dict[str, str]]:
        headers = dict(self.headers)
        if isinstance(self.body, bytes):
            data = self.body
        elif isinstance(self.body, str):
            data = self.body.encode()
        elif self.body is None:
            data = b""
        else:
            data = json.dumps(self.body, separators=(",", ":")).encode()
            headers.setdefault("Content-Type", "application/json; charset=utf-8")
        return data, headers


@dataclass
class Fault:
    """A queued failure answered instead of the real reply."""

    status: int = 500
    retry_after: float | None = None
    malformed: bool = False
    path_prefix: str | None = None  # only requests whose path starts with this (None: any)


@runtime_checkable
class FakeStore(Protocol):
    """What the connector contract needs from a platform fake.

    Ids and order numbers are strings in the form the platform's connector reports them
    (``Product.id``, ``Order.number``).
    """

    base_url: str
    requests: list[RecordedRequest]

    def fail_next(self, status: int = 500, *, times: int = 1, retry_after: float | None = None,
                  malformed: bool = False, path_prefix: str | None = None) -> None:
        """Queue a failure for the next `times` API requests."""
        ...

    def clear_faults(self) -> None:
        """Drop every queued failure."""
        ...

    def product_ids(self) -> list[str]:
        """Ids of the products the store has now."""
        ...

    def set_price(self, product_id: str, price: float) -> None:
        """Set every variant's price of one product (bumps its updated time)."""
        ...

    def set_stock(self, product_id: str, quantity: int) -> None:
        """Set every variant's stock of one product (bumps its updated time)."""
        ...

    def delete_product(self, product_id: str) -> None:
        """Remove one product from the store."""
        ...

    def order_numbers(self) -> list[str]:
        """Customer-facing numbers of every order (as `Order.number`, e.g. "1001")."""
        ...

    def order_tracking(self, number: str) -> str | None:
        """The tracking number the store has for one order (None when not shipped)."""
        ...

    def webhook(self, topic: str, *, product_id: str | None = None,
                order_number: str | None = None) -> tuple[dict[str, str], bytes]:
        """Headers and raw body of a webhook delivery the platform would send now, signed."""
        ...


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like the platforms; every reply has a Content-Length
    server_version = "FakeStore/1.0"
    timeout = 30  # idle keep-alive connections end

    def setup(self) -> None:
        super().setup()
        # headers and body go out in separate writes: without this, Nagle + delayed ACK add ~40 ms a reply
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass

    def _serve(self) -> None:
        fake: FakeServer = self.server.fake  # type: ignore[attr-defined]
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        req = RecordedRequest(
            method=self.command,
            path=parts.path,
            query=parse_qs(parts.query, keep_blank_values=True),
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
        )
        reply = fake._dispatch(req)
        data, headers = reply.encode()
        self.send_response(reply.status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _serve


class FakeServer:
    """Base of the platform fakes: HTTP server, fault queue, request log, control endpoint."""

    platform = "fake"
    #: names callable through ``POST /_fake/<name>``
    control_names: tuple[str, ...] = ("set_price", "set_stock", "delete_product", "fail_next",
                                      "clear_faults")

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.host = host
        self.port = port
        self.base_url = ""
        self.requests: list[RecordedRequest] = []
        self.lock = threading.RLock()
        self._faults: deque[Fault] = deque()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------------
    def start(self) -> str:
        """Start serving in a background thread; returns the base URL (``http://127.0.0.1:PORT``)."""
        if self._httpd is not None:
            return self.base_url
        httpd = ThreadingHTTPServer((self.host, self.port), _Handler)
        httpd.daemon_threads = True
        httpd.fake = self  # type: ignore[attr-defined]
        self._httpd = httpd
        self.port = httpd.server_address[1]
        self.base_url = f"http://{self.host}:{self.port}"
        self._thread = threading.Thread(target=httpd.serve_forever, name=f"fake-{self.platform}",
                                        kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self.base_url

    def stop(self) -> None:
        """Stop serving and free the port."""
        httpd, self._httpd = self._httpd, None
        if httpd is not None:
            httpd.shutdown()
            httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> FakeServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- faults and log --------------------------------------------------------------------------
    def fail_next(self, status: int = 500, *, times: int = 1, retry_after: float | None = None,
                  malformed: bool = False, path_prefix: str | None = None) -> None:
        """Answer the next `times` API requests with `status` (or a truncated JSON body when `malformed`).

        429 replies carry ``Retry-After: retry_after`` when given; 401 replies use the platform's own
        unauthorised body. `path_prefix` limits the fault to requests whose path starts with it.
        """
        with self.lock:
            for _ in range(times):
                self._faults.append(Fault(status=200 if malformed else status, retry_after=retry_after,
                                          malformed=malformed, path_prefix=path_prefix))

    def clear_faults(self) -> None:
        """Drop every queued fault."""
        with self.lock:
            self._faults.clear()

    def pending_faults(self) -> int:
        """How many queued faults have not been served yet."""
        with self.lock:
            return len(self._faults)

    def clear_requests(self) -> None:
        """Empty the request log."""
        with self.lock:
            self.requests.clear()

    def requests_to(self, path_part: str) -> list[RecordedRequest]:
        """Logged requests whose path contains `path_part`."""
        with self.lock:
            return [r for r in self.requests if path_part in r.path]

    # -- hooks for subclasses --------------------------------------------------------------------
    def authorize(self, req: RecordedRequest) -> Reply | None:
        """None when the request carries valid credentials, else the platform's refusal."""
        return None

    def handle(self, req: RecordedRequest) -> Reply:
        """The platform's answer to an authorised request."""
        return Reply(404, {"errors": "Not Found"})

    def unauthorized_reply(self) -> Reply:
        """The platform's 401 body."""
        return Reply(401, {"errors": "Unauthorized"})

    def rate_limited_reply(self, retry_after: float | None) -> Reply:
        """The platform's 429 body (with Retry-After when given)."""
        headers = {} if retry_after is None else {"Retry-After": _retry_after_text(retry_after)}
        return Reply(429, {"errors": "Exceeded the rate limit. Retry after the time in Retry-After."},
                     headers)

    def server_error_reply(self, status: int) -> Reply:
        """The platform's 5xx body."""
        return Reply(status, {"errors": "Internal Server Error"})

    def malformed_reply(self) -> Reply:
        """A 200 whose JSON body is cut off (a proxy dropping the connection mid-body)."""
        return Reply(200, b'{"data": {"items": [{"id": 1, "title": "cut of', {"Content-Type": "application/json"})

    # -- dispatch --------------------------------------------------------------------------------
    def _take_fault(self, req: RecordedRequest) -> Fault | None:
        with self.lock:
            for i, fault in enumerate(self._faults):
                if fault.path_prefix is None or req.path.startswith(fault.path_prefix):
                    del self._faults[i]
                    return fault
        return None

    def _fault_reply(self, fault: Fault) -> Reply:
        if fault.malformed:
            return self.malformed_reply()
        if fault.status == 401:
            return self.unauthorized_reply()
        if fault.status == 429:
            return self.rate_limited_reply(fault.retry_after)
        if fault.status >= 500:
            return self.server_error_reply(fault.status)
        return Reply(fault.status, {"errors": f"fault {fault.status}"})

    def _control(self, req: RecordedRequest) -> Reply:
        name = req.path[len("/_fake/"):].strip("/")
        if name not in self.control_names:
            return Reply(404, {"error": f"unknown control {name!r}; known: {', '.join(self.control_names)}"})
        try:
            kwargs = req.json() or {}
            result = getattr(self, name)(**kwargs)
        except (TypeError, ValueError, KeyError) as exc:
            return Reply(400, {"error": f"{type(exc).__name__}: {exc}"})
        return Reply(200, {"ok": True, "result": result})

    def _dispatch(self, req: RecordedRequest) -> Reply:
        if req.path.startswith("/_fake/") and req.method == "POST":
            return self._control(req)
        fault = self._take_fault(req)
        if fault is not None:
            reply = self._fault_reply(fault)
        else:
            reply = self.authorize(req) or self._handle_safely(req)
        req.status = reply.status
        with self.lock:
            self.requests.append(req)
        return reply

    def _handle_safely(self, req: RecordedRequest) -> Reply:
        try:
            return self.handle(req)
        except Exception as exc:  # noqa: BLE001 - a bug in a fake must show as a 500, not a hang
            return Reply(500, {"errors": f"fake server bug: {type(exc).__name__}: {exc}"})


def _retry_after_text(seconds: float) -> str:
    return str(int(seconds)) if float(seconds).is_integer() else f"{seconds:g}"


def serve_main(factory: Callable[[argparse.Namespace], FakeServer], argv: list[str] | None = None,
               description: str = "",
               add_options: Callable[[argparse.ArgumentParser], None] | None = None) -> None:
    """Run one fake as its own process: print its base URL on the first line, serve until SIGTERM/SIGINT.

    Common options: ``--host``, ``--port`` (0 = any free port), ``--products N``, ``--orders N``,
    ``--seed``; `add_options` adds a platform's own (credentials, page limits...). `factory` builds
    the fake from the parsed options.
    """
    parser = argparse.ArgumentParser(description=description)
    if add_options is not None:
        add_options(parser)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--products", type=int, default=2000)
    parser.add_argument("--orders", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    fake = factory(args)
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    signal.signal(signal.SIGINT, lambda *_: done.set())
    url = fake.start()
    print(url, flush=True)
    try:
        done.wait()
    finally:
        fake.stop()
