"""Platform name -> connector module, imported lazily (a platform's client libraries load only when used).

Every platform module exposes:

* ``from_config(config: dict[str, str]) -> StoreConnector``: config and secrets by name;
* ``CONFIG_KEYS`` / ``SECRET_KEYS``: the names it reads (secrets are stored encrypted);
* ``OPERATOR_KEYS`` (optional): config keys only the server's operator may set, never a workspace API key
  (a local file, ``path``, would let a workspace read the host's files);
* ``ADDRESS_KEYS`` (optional): API address overrides (``base_url``...): the operator's too, unless the
  operator allows private upstreams (``RAG_ALLOW_PRIVATE_UPSTREAMS``, for local test servers);
* a connector that talks HTTP takes ``transport`` (an ``httpx.BaseTransport``) in ``from_config``, so the
  service can send it through :class:`connectors.egress.PublicOnlyTransport`, and names the URLs it will
  fetch in ``upstream_urls``;
* ``verify_webhook(headers, body, ...)``: the platform's signature check, in constant time;
* ``parse_webhook(headers, body) -> WebhookEvent``.

Webhook signatures are checked with the connection's secrets; which secrets each platform signs with
is :data:`WEBHOOK_SECRETS` (names of the keyword arguments ``verify_webhook`` takes).
"""

from __future__ import annotations

import importlib
import inspect
from types import ModuleType
from typing import TYPE_CHECKING, Any, Callable, Mapping

from rag_agent.errors import ConfigError, InputError

if TYPE_CHECKING:  # the records behind them load with a platform's module, not with `rag-agent --help`
    from connectors.base import StoreConnector, WebhookEvent

__all__ = ["PLATFORMS", "register", "platform_module", "make_connector", "config_keys", "operator_keys",
           "upstream_urls", "verify_webhook", "parse_webhook", "supports_webhooks"]

PLATFORMS: dict[str, str] = {
    "shopify": "connectors.shopify",
    "woocommerce": "connectors.woocommerce",
    "nuvemshop": "connectors.nuvemshop",
    "lazada": "connectors.lazada",
    "csv": "connectors.csv_connector",
}


def register(platform: str, module: str) -> None:
    """Add (or replace) a platform: its name and the dotted path of its connector module."""
    PLATFORMS[platform] = module


def platform_module(platform: str) -> ModuleType:
    """The connector module of a platform; a clear error when the platform is unknown or not installed."""
    name = PLATFORMS.get(platform)
    if name is None:
        raise InputError(f"unknown platform {platform!r}; accepted: {', '.join(PLATFORMS)}")
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:
            raise ConfigError(f"the {platform} connector is not available in this installation") from exc
        raise


#: Optional tuning keys the connectors read besides their CONFIG_KEYS (see each module's docstring).
TUNING_KEYS = ("page_size", "per_page", "workers", "query_string_auth", "verify_ssl", "max_retries", "backoff_s",
               "max_wait_s", "timeout_s", "min_remaining")


def config_keys(platform: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(config keys, SECRET_KEYS) of a platform; config keys are its CONFIG_KEYS and the tuning keys."""
    mod = platform_module(platform)
    config = tuple(dict.fromkeys(tuple(getattr(mod, "CONFIG_KEYS", ())) + TUNING_KEYS))
    return config, tuple(getattr(mod, "SECRET_KEYS", ()))


def operator_keys(platform: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(``OPERATOR_KEYS``, ``ADDRESS_KEYS``) of a platform: config keys only the operator may set, and API
    address overrides (see the module docstring)."""
    mod = platform_module(platform)
    return tuple(getattr(mod, "OPERATOR_KEYS", ())), tuple(getattr(mod, "ADDRESS_KEYS", ()))


def upstream_urls(connector: StoreConnector) -> tuple[str, ...]:
    """The URLs a connector will fetch (its ``upstream_urls``; none for a connector that fetches nothing)."""
    return tuple(getattr(connector, "upstream_urls", ()) or ())


def make_connector(platform: str, config: Mapping[str, str],
                   on_tokens: Callable[[dict[str, Any]], None] | None = None,
                   transport: Any = None) -> StoreConnector:
    """A connector for one connection's config and secrets; ``on_tokens`` receives refreshed tokens
    from platforms that refresh them (Lazada); ``transport`` carries every HTTP request of platforms that
    take one (all the built-in HTTP platforms)."""
    from_config = platform_module(platform).from_config
    params = inspect.signature(from_config).parameters
    kw: dict[str, Any] = {}
    if on_tokens is not None and "on_tokens" in params:
        kw["on_tokens"] = on_tokens
    if transport is not None and "transport" in params:
        kw["transport"] = transport
    return from_config(dict(config), **kw)


def supports_webhooks(platform: str) -> bool:
    return hasattr(platform_module(platform), "verify_webhook")


def verify_webhook(platform: str, headers: Mapping[str, str], body: bytes, config: Mapping[str, str]) -> bool:
    """Whether a delivery carries a valid signature for this connection (False, never an exception,
    when a secret it needs is not configured)."""
    mod = platform_module(platform)
    verify = getattr(mod, "verify_webhook", None)
    if verify is None:
        raise InputError(f"the {platform} connector takes no webhooks")
    params = list(inspect.signature(verify).parameters.values())[2:]
    args = []
    for p in params:
        if p.kind not in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
            break
        value = _secret_for(p.name, config)
        if value is None:
            if p.default is not p.empty:
                break
            return False
        args.append(value)
    return bool(verify(headers, body, *args))


def _secret_for(param: str, config: Mapping[str, str]) -> str | None:
    """The config value a ``verify_webhook`` parameter stands for (``secret`` -> ``webhook_secret``...)."""
    for key in (param, f"webhook_{param}", param.removeprefix("webhook_")):
        if config.get(key):
            return config[key]
    if param in {"secret", "webhook_secret"}:  # platforms that sign with the app's secret
        for key in ("client_secret", "consumer_secret", "app_secret", "api_secret"):
            if config.get(key):
                return config[key]
    return None


def parse_webhook(platform: str, headers: Mapping[str, str], body: bytes) -> WebhookEvent:
    return platform_module(platform).parse_webhook(headers, body)
