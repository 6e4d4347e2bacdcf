from datetime import datetime

from sqlalchemy import select

from ..extensions import db
from ..models import Event


def open_events(now: datetime) -> list[Event]:
    """Published events whose registration window includes ``now``, soonest first."""
    return list(
        db.session.scalars(
            select(Event)
            .where(
                Event.published.is_(True),
                Event.registration_opens_at <= now,
                Event.registration_closes_at > now,
            )
            .order_by(Event.starts_on, Event.name)
        )
    )


def upcoming_events(now: datetime) -> list[Event]:
    """Published events whose registration has not opened yet."""
    return list(
        db.session.scalars(
            select(Event)
            .where(Event.published.is_(True), Event.registration_opens_at > now)
            .order_by(Event.registration_opens_at)
        )
    )
