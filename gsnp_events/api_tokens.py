"""Issuing and checking API tokens. The secret is shown once; only its hash is kept."""

import secrets
from datetime import timedelta

from sqlalchemy import select

from .extensions import db
from .models import ApiToken, AuditEntry, Event, StaffUser, TokenKind
from .models.api_tokens import hash_token
from .models.base import utcnow

PREFIX = "gsnp_"
LAST_USED_GRANULARITY = timedelta(minutes=5)  # no write on every request


def issue_token(
    kind: TokenKind,
    name: str,
    created_by: StaffUser,
    *,
    staff_user: StaffUser | None = None,
    event: Event | None = None,
) -> tuple[ApiToken, str]:
    """A new token and its secret (to show once). Commits."""
    secret = PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(
        name=name.strip()[:100],
        kind=kind,
        token_hash=hash_token(secret),
        staff_user=staff_user,
        event=event,
        created_by_id=created_by.id,
    )
    db.session.add(token)
    db.session.flush()
    db.session.add(
        AuditEntry(
            action="api_token.issued",
            actor=created_by,
            actor_label=created_by.name,
            event_id=event.id if event else None,
            data={"token": token.id, "kind": kind.value, "name": token.name},
        )
    )
    db.session.commit()
    return token, secret


def revoke_token(token: ApiToken, actor: StaffUser) -> None:
    token.revoked_at = utcnow()
    db.session.add(
        AuditEntry(
            action="api_token.revoked",
            actor=actor,
            actor_label=actor.name,
            event_id=token.event_id,
            data={"token": token.id, "name": token.name},
        )
    )
    db.session.commit()


def authenticate(secret: str | None) -> ApiToken | None:
    """The active token with this secret, whose staff user (if any) is still active."""
    if not secret or not secret.startswith(PREFIX) or len(secret) > 100:
        return None
    token = db.session.scalar(select(ApiToken).where(ApiToken.token_hash == hash_token(secret)))
    if token is None or not token.active:
        return None
    if token.staff_user is not None and not token.staff_user.active:
        return None
    now = utcnow()
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_GRANULARITY:
        token.last_used_at = now
        db.session.commit()
    return token
