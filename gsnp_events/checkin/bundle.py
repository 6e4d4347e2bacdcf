"""The check-in bundle: what a door device needs to verify badges with no network."""

import hashlib
import json

from flask import current_app, url_for
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..badges import tokens
from ..extensions import db
from ..models import Badge, Checkpoint, Event, Registration, RegistrationStatus
from ..models.badges import BadgeStatus
from ..models.checkin import ScanResult

FORMAT = 1


def checkin_bundle(event: Event) -> dict:
    """Public keys, checkpoints, the current badges of approved delegates (with what a door
    shows), and every badge version that must no longer open a door, with why."""
    badges = db.session.scalars(
        select(Badge)
        .join(Registration, Registration.id == Badge.registration_id)
        .where(Registration.event_id == event.id)
        .options(
            selectinload(Badge.registration).selectinload(Registration.category),
            selectinload(Badge.registration).selectinload(Registration.photo),
        )
        .order_by(Badge.registration_id, Badge.version)
    ).all()
    valid, withdrawn = [], []
    for badge in badges:
        registration = badge.registration
        if badge.status == BadgeStatus.SUPERSEDED:
            withdrawn.append(_withdrawn(badge, ScanResult.SUPERSEDED))
        elif (
            badge.status == BadgeStatus.REVOKED or registration.status == RegistrationStatus.REVOKED
        ):
            withdrawn.append(_withdrawn(badge, ScanResult.REVOKED))
        elif registration.status != RegistrationStatus.APPROVED:
            withdrawn.append(_withdrawn(badge, ScanResult.NOT_APPROVED))
        else:
            valid.append(_person(event, badge))
    checkpoints = db.session.scalars(
        select(Checkpoint).where(Checkpoint.event_id == event.id).order_by(Checkpoint.position)
    )
    return {
        "format": FORMAT,
        "event": {
            "id": event.id,
            "slug": event.slug,
            "name": event.name,
            "timezone": event.timezone,
        },
        "public_keys": [
            tokens.public_key_text(key) for key in tokens.public_keys(current_app.config)
        ],
        "checkpoints": [
            {"code": c.code, "name": c.name, "counts_presence": c.counts_presence}
            for c in checkpoints
        ],
        "badges": valid,
        "withdrawn": withdrawn,
    }


def _withdrawn(badge: Badge, result: ScanResult) -> dict:
    return {
        "registration_id": badge.registration_id,
        "version": badge.version,
        "result": result.value,
    }


def _person(event: Event, badge: Badge) -> dict:
    r = badge.registration
    return {
        "registration_id": r.id,
        "version": badge.version,
        "name": r.full_name,
        "name_local": r.name_local,
        "category": r.category.badge_label,
        "colour": r.category.colour,
        "photo_url": url_for("api.checkin_photo", slug=event.slug, registration_id=r.id)
        if r.photo
        else None,
    }


def serialise(bundle: dict) -> tuple[bytes, str]:
    """The bundle's JSON and its ETag, which changes exactly when the content does."""
    body = json.dumps(bundle, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    return body, hashlib.sha256(body).hexdigest()[:32]
