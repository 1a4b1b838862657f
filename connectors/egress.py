"""Requests to hosts a workspace named: public addresses only, checked when each request is sent.

A workspace API key may name the store it syncs from (a Shopify shop, a WooCommerce address). Without a
check, the server would fetch whatever that name resolves to: its own loopback services, the operator's
private network, or the cloud metadata service at 169.254.169.254 (a request forgery path). So:

* :func:`check_public_urls` resolves each host when the connection is made and refuses it (422) unless
  every address is public;
* :class:`PublicOnlyTransport` does the same for every request, then connects to the address it checked
  (the ``Host`` header and TLS name stay the host's), so a name that resolves to a public address when
  the connection is made and to a private one later (a DNS swap) is refused at the request.

Not public: unspecified, loopback, private (RFC 1918, fc00::/7), link-local (169.254/16, fe80::/10),
shared CGNAT space (100.64/10), multicast, reserved and documentation ranges, and IPv6 addresses that
carry one of those as IPv4 (``::ffff:a.b.c.d``, 6to4, NAT64 ``64:ff9b::/96``, Teredo).

The operator can allow private addresses (``RAG_ALLOW_PRIVATE_UPSTREAMS``, for stores on their own
network and for local test servers); the service then does not use this transport.
"""

from __future__ import annotations

import ipaddress
import socket
from typing import Callable, Iterable
from urllib.parse import urlsplit

import httpx

from rag_agent.errors import PrivateUpstream

__all__ = ["PrivateUpstream", "PublicOnlyTransport", "Resolver", "check_public_urls", "non_public_reason",
           "public_addresses", "system_resolver"]

#: host, port -> the addresses the host resolves to (raises ``OSError`` when it resolves to none).
Resolver = Callable[[str, int], list[str]]

_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_SHARED = ipaddress.ip_network("100.64.0.0/10")


def system_resolver(host: str, port: int) -> list[str]:
    """The addresses the system resolver gives for ``host`` (TCP), in its order, without repeats."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def non_public_reason(address: str) -> str | None:
    """Why ``address`` (an IP in text) is not a public address; None when it is public."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "not an IP address"
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            inner = non_public_reason(str(embedded))
            return f"{inner} (as IPv6)" if inner else None
    checks = (("unspecified", ip.is_unspecified), ("loopback", ip.is_loopback),
              ("link-local, where cloud metadata services live", ip.is_link_local),
              ("multicast", ip.is_multicast),
              ("shared carrier-grade NAT space", isinstance(ip, ipaddress.IPv4Address) and ip in _SHARED),
              ("private", ip.is_private), ("reserved", ip.is_reserved), ("not globally routable", not ip.is_global))
    return next((why for why, hit in checks if hit), None)


def public_addresses(host: str, port: int, resolver: Resolver | None = None) -> list[str]:
    """Every address ``host`` resolves to, all public; :class:`PrivateUpstream` names the first that is not.

    An unresolvable host raises ``OSError`` (``socket.gaierror``) from the resolver.
    """
    host = host.strip("[]")
    try:
        addresses = [str(ipaddress.ip_address(host.split("%", 1)[0]))]
    except ValueError:
        addresses = (resolver or system_resolver)(host, port)
    if not addresses:
        raise OSError(f"{host} resolves to no address")
    for address in addresses:
        why = non_public_reason(address)
        if why:
            shown = host if host == address else f"{host} ({address})"
            raise PrivateUpstream(f"{shown} is not a public address ({why}); a workspace can only connect "
                                  "stores on the public internet")
    return addresses


def check_public_urls(urls: Iterable[tuple[str, str]], resolver: Resolver | None = None) -> None:
    """Refuse (422, naming the config key) any URL whose host is not public or does not resolve.

    ``urls``: (config key, URL) pairs.
    """
    for key, url in urls:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise PrivateUpstream(f"{key}: {url!r} is not an http(s) URL")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        try:
            public_addresses(parts.hostname, port, resolver)
        except PrivateUpstream as exc:
            raise PrivateUpstream(f"{key}: {exc.message}") from None
        except OSError:
            raise PrivateUpstream(f"{key}: the host {parts.hostname!r} does not resolve; check the name") from None


class PublicOnlyTransport(httpx.BaseTransport):
    """An httpx transport that resolves each request's host, checks every address, and connects to the
    checked one (see the module docstring). ``inner`` sends the rewritten request (an ``httpx.HTTPTransport``
    made with ``transport_kwargs`` by default)."""

    def __init__(self, resolver: Resolver | None = None, inner: httpx.BaseTransport | None = None,
                 **transport_kwargs: object) -> None:
        self._resolver = resolver or system_resolver
        self._inner = inner or httpx.HTTPTransport(**transport_kwargs)  # type: ignore[arg-type]

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        host = url.host
        try:
            address = public_addresses(host, url.port or (443 if url.scheme == "https" else 80), self._resolver)[0]
        except OSError as exc:  # like any unreachable host: the connector's retry rules apply
            raise httpx.ConnectError(f"cannot resolve {host}", request=request) from exc
        if address != host:
            # the Host header was set from the original URL; TLS checks the certificate against the host's name
            request.url = url.copy_with(host=address)
            if url.scheme == "https":
                request.extensions = {**request.extensions, "sni_hostname": host}
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()
