"""Bearer tokens for the staff and device parts of the API.

A staff token acts with its user's roles; a device token acts only for check-in at its one
event. ``token_permission_required`` loads the event named in the URL and checks both."""

from collections.abc import Callable
from functools import wraps

from flask import g, request
from flask_babel import gettext as _
from sqlalchemy import select

from ..api_tokens import authenticate
from ..backoffice.permissions import Permission, can
from ..extensions import db
from ..models import ApiToken, Event, TokenKind
from .errors import api_error

# What a device token may do: check-in only.
DEVICE_PERMISSIONS = frozenset({Permission.CHECK_IN})

SECURITY = {"bearer": {"type": "http", "scheme": "bearer", "description": "An API token."}}


def bearer_token() -> ApiToken | None:
    header = request.headers.get("Authorization", "")
    scheme, _sep, secret = header.partition(" ")
    return authenticate(secret.strip()) if scheme.lower() == "bearer" else None


def token_allows(token: ApiToken, permission: Permission, event: Event) -> bool:
    if token.kind == TokenKind.DEVICE:
        return token.event_id == event.id and permission in DEVICE_PERMISSIONS
    return can(token.staff_user, permission, event)


def token_permission_required(permission: Permission) -> Callable:
    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(slug: str, **kwargs):
            token = bearer_token()
            if token is None:
                return api_error(
                    401, "unauthenticated", _("Send a valid API token: Authorization: Bearer ...")
                )
            event = db.session.scalar(select(Event).where(Event.slug == slug))
            # Another event's token learns nothing, not even whether the event exists.
            if event is None or not token_allows(token, permission, event):
                return api_error(403, "forbidden", _("This token does not allow this."))
            g.api_token = token
            return view(event, **kwargs)

        return wrapped

    return decorator
