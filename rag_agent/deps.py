"""FastAPI dependencies shared by every router: the service, the caller's workspace, the admin check.

Routers in other modules (`rag_agent/*/api.py`) import these and are included by `rag_agent.api.create_app`.
"""

import hmac
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from rag_agent.errors import AuthError
from rag_agent.service import Service
from rag_agent.state import Workspace


def get_service(request: Request) -> Service:
    return request.app.state.service


ServiceDep = Annotated[Service, Depends(get_service)]


# Declared as security schemes, so the OpenAPI schema says how to authenticate and /docs has an Authorize
# button; auto_error=False: a missing key is our own 401 with the one error shape.
bearer_scheme = HTTPBearer(scheme_name="bearer", auto_error=False,
                           description="`Authorization: Bearer <key>`: the workspace API key; on /v1/admin routes "
                                       "and POST /v1/workspaces, the operator's admin key (RAG_ADMIN_KEY)")
api_key_scheme = APIKeyHeader(name="X-API-Key", scheme_name="apiKey", auto_error=False,
                              description="the workspace API key, as an alternative to the bearer header")
BearerDep = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)]


def current_workspace(svc: ServiceDep, bearer: BearerDep,
                      x_api_key: Annotated[str | None, Depends(api_key_scheme)] = None) -> Workspace:
    key = x_api_key or (bearer.credentials.strip() if bearer else None)
    if not key:
        raise AuthError("missing API key: send 'Authorization: Bearer <key>' or 'X-API-Key: <key>'")
    return svc.state.workspace_for_key(key)


WorkspaceDep = Annotated[Workspace, Depends(current_workspace)]


def require_admin(svc: ServiceDep, bearer: BearerDep) -> None:
    admin = svc.settings.admin_key
    given = bearer.credentials.strip() if bearer else ""
    if admin is None or not hmac.compare_digest(given.encode(), admin.get_secret_value().encode()):
        raise AuthError("this route needs the admin key (RAG_ADMIN_KEY)")
