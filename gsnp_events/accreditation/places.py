"""Places: event capacity, category quota, per-organisation and per-country limits, the waiting
list, and the lock that makes "check the places, then insert" one atomic step.

Locking rules (after pretix's): lock late, once per transaction, and only when a limit is being
used up. The lock is the event's row:
- PostgreSQL: ``SELECT ... FOR UPDATE`` on the event row. Every transaction that takes or gives
  back a place of the event queues behind it; READ COMMITTED lets each one count the rows that
  the previous holder committed.
- SQLite serialises writers: ``BEGIN IMMEDIATE`` takes the database's write lock before the
  counts are read (waiting up to busy_timeout), so nobody can insert between count and insert.
  The sqlite3 driver opens transactions only before a write, so the reads before the lock ran
  in autocommit mode and no stale snapshot is kept.
"""

from dataclasses import dataclass

from sqlalchemy import and_, case, func, literal, or_, select, text

from ..extensions import db
from ..models import Category, Event, Registration, RegistrationStatus

S = RegistrationStatus
# A registration in one of these states holds a place of the event.
HOLDING = frozenset(
    {
        S.UNCONFIRMED,
        S.AWAITING_ENDORSEMENT,
        S.SUBMITTED,
        S.INFO_REQUESTED,
        S.INFO_PROVIDED,
        S.APPROVED,
        S.SUSPENDED,
    }
)


def event_has_limits(event: Event, category: Category | None = None) -> bool:
    if event.capacity is not None or event.organisation_limit is not None:
        return True
    if event.country_limit is not None:
        return True
    if category is not None:
        return category.quota is not None
    return any(c.quota is not None for c in event.categories)


def lock_event(event_id: int) -> None:
    """Take the event's place lock for the rest of the transaction (idempotent within it)."""
    session = db.session
    connection = session.connection()
    dialect = connection.dialect.name
    if dialect == "postgresql":
        session.execute(
            select(Event.id).where(Event.id == event_id).with_for_update(),
            execution_options={"populate_existing": False},
        )
    elif dialect == "sqlite":
        raw = connection.connection.dbapi_connection
        if not raw.in_transaction:  # a write in this transaction already holds the lock
            raw.execute("BEGIN IMMEDIATE")
    else:  # pragma: no cover - only SQLite and PostgreSQL are supported
        session.execute(text("LOCK TABLE events IN EXCLUSIVE MODE"))


def _org_counted():
    """Registrations that count against their organisation's limit: endorsed, or not needing it."""
    return or_(
        Registration.endorsement_required.is_(False),
        Registration.endorsed_at.is_not(None),
    )


@dataclass
class Usage:
    total: int
    category: int
    organisation: int
    country: int


def usage(
    event_id: int,
    category_id: int,
    organisation_id: int | None,
    nationality_code: str,
    exclude_id: int | None = None,
) -> Usage:
    """Places held in the event, its category, the organisation and the nationality: one query."""
    holding = and_(
        Registration.event_id == event_id,
        Registration.status.in_([s.value for s in HOLDING]),
    )
    if exclude_id is not None:
        holding = and_(holding, Registration.id != exclude_id)

    def count_if(condition):
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    organisation_count = (
        count_if(and_(Registration.organisation_id == organisation_id, _org_counted()))
        if organisation_id is not None
        else literal(0)
    )
    row = db.session.execute(
        select(
            func.count(),
            count_if(Registration.category_id == category_id),
            organisation_count,
            count_if(Registration.nationality_code == nationality_code),
        ).where(holding)
    ).one()
    return Usage(int(row[0]), int(row[1]), int(row[2]), int(row[3]))


def full_limits(
    event: Event,
    category: Category,
    organisation_id: int | None,
    nationality_code: str,
    counts_for_organisation: bool,
    exclude_id: int | None = None,
) -> list[str]:
    """The limits a new place would exceed: "capacity", "category", "organisation", "country".

    When the event has limits this takes its lock first (:func:`lock_event`, once per
    transaction), so the answer stays true until the commit.
    """
    if not event_has_limits(event, category):
        return []
    lock_event(event.id)
    used = usage(event.id, category.id, organisation_id, nationality_code, exclude_id)
    full = []
    if event.capacity is not None and used.total >= event.capacity:
        full.append("capacity")
    if category.quota is not None and used.category >= category.quota:
        full.append("category")
    if (
        counts_for_organisation
        and organisation_id is not None
        and event.organisation_limit is not None
        and used.organisation >= event.organisation_limit
    ):
        full.append("organisation")
    if event.country_limit is not None and used.country >= event.country_limit:
        full.append("country")
    return full


def waiting_position(registration: Registration) -> int | None:
    """1 for the first in line; None when the registration is not on the waiting list.

    The line is in order of id: ids are given at insert, under the event's lock, so they follow
    the order in which the places were counted (clocks of several servers may disagree).
    """
    if registration.status != S.WAITLISTED:
        return None
    ahead = db.session.scalar(
        select(func.count()).where(
            Registration.event_id == registration.event_id,
            Registration.status == S.WAITLISTED,
            Registration.id < registration.id,
        )
    )
    return int(ahead) + 1


def waiting_line(event_id: int, limit: int = 200) -> list[Registration]:
    return list(
        db.session.scalars(
            select(Registration)
            .where(Registration.event_id == event_id, Registration.status == S.WAITLISTED)
            .order_by(Registration.id)
            .limit(limit)
        )
    )
