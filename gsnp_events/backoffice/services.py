from sqlalchemy import func, select

from ..extensions import db
from ..models import Event, Registration, StaffUser


def events_for(user: StaffUser) -> list[Event]:
    """The events a staff user holds a role for (administrators: all)."""
    query = select(Event).order_by(Event.starts_on.desc())
    if not user.is_administrator:
        event_ids = {a.event_id for a in user.role_assignments}
        query = query.where(Event.id.in_(event_ids))
    return list(db.session.scalars(query))


def status_counts(event_ids: list[int]) -> dict[int, dict[str, int]]:
    """Registrations per status for each event, in one query."""
    counts: dict[int, dict[str, int]] = {event_id: {} for event_id in event_ids}
    rows = db.session.execute(
        select(Registration.event_id, Registration.status, func.count())
        .where(Registration.event_id.in_(event_ids))
        .group_by(Registration.event_id, Registration.status)
    )
    for event_id, status, count in rows:
        counts[event_id][status] = count
    return counts
