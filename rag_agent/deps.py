"""FastAPI dependencies shared by every router: the service, the caller's workspace, the admin check.

Routers in other modules (`rag_agent/*/api.py`) import these and are included by `rag_agent.api.create_app`.
"""

import hmac
from typing import Annotated

from fastapi import Depends, Header, Request

from rag_agent.errors import AuthError
from rag_agent.service import Service
from rag_agent.state import Workspace


def get_service(request: Request) -> Service:
    return request.app.state.service


ServiceDep = Annotated[Service, Depends(get_service)]


def _bearer(authorization: str | None) -> str | None:
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip() or None
    return None


def current_workspace(svc: ServiceDep, authorization: Annotated[str | None, Header()] = None,
                      x_api_key: Annotated[str | None, Header()] = None) -> Workspace:
    key = x_api_key or _bearer(authorization)
    if not key:
        raise AuthError("missing API key: send 'Authorization: Bearer <key>' or 'X-API-Key: <key>'")
    return svc.state.workspace_for_key(key)


WorkspaceDep = Annotated[Workspace, Depends(current_workspace)]


def require_admin(svc: ServiceDep, authorization: Annotated[str | None, Header()] = None) -> None:
    admin = svc.settings.admin_key
    given = _bearer(authorization) or ""
    if admin is None or not hmac.compare_digest(given.encode(), admin.get_secret_value().encode()):
        raise AuthError("this route needs the admin key (RAG_ADMIN_KEY)")
