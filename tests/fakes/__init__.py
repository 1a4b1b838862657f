"""Local fake store APIs for connector tests: real HTTP on 127.0.0.1 speaking each platform's API.

Every fake derives from :class:`tests.fakes.common.FakeServer` (threaded HTTP server, fault queue,
request log) and serves bodies built from the real payloads in ``../shared/data/platform_payloads``,
multiplied across many products by varying ids, handles, titles, prices and stock.
"""

from tests.fakes.common import FakeServer, FakeStore, Fault, RecordedRequest, Reply

__all__ = ["FakeServer", "FakeStore", "Fault", "RecordedRequest", "Reply"]
