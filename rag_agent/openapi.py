"""The API's OpenAPI schema, made honest, and ``/docs`` served from files inside the package.

Every ``/v1`` operation declares the errors it can answer, each with the one error body
(:class:`rag_agent.schemas.ErrorBody`): the ones that follow from its shape (:func:`shape_errors`: 401 for
a key, 404 for an id in the path, 413 and 422 for a body or parameters) and the ones its router names with
``responses=errors(...)`` (409 for a plan limit, 415 for a file type...). The schemathesis run in
``tests/test_openapi_fuzz.py`` checks that no operation answers a status it does not declare.

``/docs`` is Swagger UI from ``rag_agent/docs_ui/`` (no CDN: it works offline), with the schema's bearer
scheme behind its Authorize button.
"""

from __future__ import annotations

import http
from importlib import resources
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from rag_agent.schemas import ErrorBody

__all__ = ["errors", "hide_paths", "install", "set_limit", "shape_errors"]

_ERROR_REF = {"$ref": "#/components/schemas/ErrorBody"}

#: What each error status means on this API (the response's description in the schema).
MEANING = {
    400: "bad input (e.g. an empty message, a file name that cannot be stored)",
    401: "missing or wrong API key",
    403: "a setting only the operator may give, or an origin a widget key does not allow",
    404: "unknown id (also an id of another workspace)",
    409: "a plan limit would be passed, or the state does not allow it",
    413: "too large (request body, file, message)",
    415: "unsupported file type, or content of another format than its name says",
    422: "invalid values (the errors list names each field)",
    429: "too many requests; try again later",
    502: "the store's API answered with an error",
    503: "a store connection cannot be used now (the reason is in the server log)",
}


def errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """``responses=`` for a route: these error statuses, each with the error body."""
    return {code: {"model": ErrorBody, "description": MEANING.get(code, http.HTTPStatus(code).phrase)}
            for code in codes}


def shape_errors(op: dict[str, Any]) -> set[int]:
    """The error statuses an operation (of the generated schema) can answer because of its shape alone:
    401 when it takes a key, 404 for an id in its path, 400 and 422 for any input, 413 for a body."""
    params = op.get("parameters") or []
    out: set[int] = set()
    if op.get("security"):
        out.add(401)
    if any(p.get("in") == "path" for p in params):
        out.add(404)
    if params or op.get("requestBody"):
        out |= {400, 422}  # 400: a text the database cannot hold or compare (a NUL character), wherever it is sent
    if op.get("requestBody"):
        out |= {400, 413}  # a body that cannot be parsed; one over its cap
    return out


def set_limit(app: FastAPI, model: str, field: str, **keywords: Any) -> None:
    """Declare in the schema a limit the service enforces from a setting (e.g. the message length), so the
    schema tells the limit this server runs with."""
    limits = getattr(app.state, "schema_limits", None)
    if limits is None:
        limits = app.state.schema_limits = []
    limits.append((model, field, keywords))
    app.openapi_schema = None


def hide_paths(app: FastAPI, prefix: str) -> None:
    """Leave the paths under ``prefix`` out of the schema (routes that answer 404 on this server)."""
    hidden = getattr(app.state, "schema_hidden", None)
    if hidden is None:
        hidden = app.state.schema_hidden = []
    hidden.append(prefix)
    app.openapi_schema = None


def _no_nul(schema: dict[str, Any]) -> None:
    """A text parameter never holds a NUL character (the database can neither store nor compare one, and such a
    text is a 400): the schema says so, unless the parameter already has a stricter pattern or a fixed set."""
    for sub in schema.get("anyOf") or []:
        _no_nul(sub)
    if schema.get("type") == "string" and "pattern" not in schema and "enum" not in schema \
            and "format" not in schema:
        schema["pattern"] = "^[^\\x00]*$"


def _schema(app: FastAPI) -> dict[str, Any]:
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    for prefix in getattr(app.state, "schema_hidden", []):
        for path in [p for p in schema.get("paths", {}) if p.startswith(prefix)]:
            del schema["paths"][path]
    for name, sub in ErrorBody.model_json_schema(ref_template="#/components/schemas/{model}")\
            .get("$defs", {}).items():
        components.setdefault(name, sub)
    body = ErrorBody.model_json_schema(ref_template="#/components/schemas/{model}")
    body.pop("$defs", None)
    components["ErrorBody"] = body
    for path, item in schema.get("paths", {}).items():
        if not path.startswith("/v1"):
            continue
        for op in item.values():
            for param in op.get("parameters") or []:
                _no_nul(param.get("schema") or {})
            responses = op.setdefault("responses", {})
            for code in sorted(shape_errors(op)):
                responses.setdefault(str(code), {"description": MEANING[code]})
            for code, resp in responses.items():  # one error body for every error (FastAPI's 422 is not it)
                if code[:1] in "45" and code.isdigit():
                    resp["content"] = {"application/json": {"schema": _ERROR_REF}}
                    if resp.get("description") in ("Validation Error", None):
                        resp["description"] = MEANING.get(int(code), resp.get("description", ""))
    for model, field, keywords in getattr(app.state, "schema_limits", []):
        components[model]["properties"][field].update(keywords)
    components.pop("HTTPValidationError", None)
    components.pop("ValidationError", None)
    app.openapi_schema = schema
    return schema


_DOCS_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - API docs</title>
<link rel="icon" type="image/png" href="/docs/static/favicon-32x32.png">
<link rel="stylesheet" href="/docs/static/swagger-ui.css">
</head>
<body data-schema="{schema}">
<div id="swagger-ui"></div>
<script src="/docs/static/swagger-ui-bundle.js"></script>
<script src="/docs/static/docs.js"></script>
</body>
</html>
"""


def install(app: FastAPI) -> None:
    """Give ``app`` the honest schema (at ``/openapi.json``) and ``/docs`` from the package's own files.

    The app must be made with ``docs_url=None, redoc_url=None`` (FastAPI's pages load Swagger UI and ReDoc
    from a CDN)."""
    app.openapi = lambda: _schema(app)  # type: ignore[method-assign]
    assets = str(resources.files("rag_agent") / "docs_ui")
    app.mount("/docs/static", StaticFiles(directory=assets), name="docs-static")
    page = _DOCS_PAGE.format(title=app.title, schema=app.openapi_url)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(page)
