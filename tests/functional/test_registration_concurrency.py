"""The last places of a quota under a burst: real threads, real connections, real commits.

On PostgreSQL (the production database) 100 people race for the last 10 places; on SQLite the
same test runs with 20 threads for 3 places and exercises SQLite's write lock (BEGIN IMMEDIATE).
"""

import threading
from collections import Counter

from sqlalchemy import func, insert, select

from gsnp_events.extensions import db
from gsnp_events.models import Event, Registration
from gsnp_events.models.base import utcnow
from gsnp_events.registration import services
from tests.conftest import USING_POSTGRES
from tests.factories import make_event, make_organisation, registration_data

PEOPLE, LAST_PLACES = (100, 10) if USING_POSTGRES else (20, 3)
ALREADY_TAKEN = 40


def race(app, event_id: int, payloads: list[dict]) -> list[object]:
    """Run one registration per thread, all released at once. Returns each outcome."""
    barrier = threading.Barrier(len(payloads))
    outcomes: list[object] = [None] * len(payloads)

    def run(index: int) -> None:
        with app.app_context():
            event = db.session.get(Event, event_id)
            db.session.rollback()  # start from no transaction, like a request
            barrier.wait(timeout=60)
            try:
                outcomes[index] = services.register(event, payloads[index], None)
            except Exception as error:  # noqa: BLE001  (recorded and asserted below)
                outcomes[index] = error
            finally:
                db.session.remove()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(payloads))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=180)
    assert not any(thread.is_alive() for thread in threads)
    return outcomes


def fill(event, category, count: int) -> None:
    now = utcnow()
    rows = [
        {
            "event_id": event.id,
            "category_id": category.id,
            "status": "submitted",
            "version": 1,
            "given_name": "Taken",
            "family_name": f"Place {i}",
            "nationality_code": "TN",
            "passport_number": f"T{i:07d}",
            "passport_number_normalised": f"T{i:07d}",
            "email": f"taken{i}@example.org",
            "email_normalised": f"taken{i}@example.org",
            "preferred_language": "en",
            "languages": [],
            "visa_support_requested": False,
            "registered_by_focal_point": False,
            "endorsement_required": False,
            "created_at": now,
            "updated_at": now,
            "search_text": "",
        }
        for i in range(count)
    ]
    columns = set(Registration.__table__.columns.keys())
    db.session.execute(
        insert(Registration), [{k: v for k, v in r.items() if k in columns} for r in rows]
    )
    db.session.commit()


def test_the_last_places_of_a_quota_go_to_exactly_that_many(app):
    event = make_event("rush")
    category = event.categories[0]
    category.quota = ALREADY_TAKEN + LAST_PLACES
    db.session.commit()
    fill(event, category, ALREADY_TAKEN)
    organisation = make_organisation()
    payloads = [
        registration_data(organisation, passport_number=f"R{i:07d}", email=f"rush{i}@example.org")
        for i in range(PEOPLE)
    ]

    outcomes = race(app, event.id, payloads)

    errors = [o for o in outcomes if isinstance(o, Exception)]
    assert errors == []
    assert Counter(o.waitlisted for o in outcomes) == {
        False: LAST_PLACES,
        True: PEOPLE - LAST_PLACES,
    }
    db.session.expire_all()
    statuses = Counter(
        db.session.scalars(
            select(Registration.status).where(Registration.email_normalised.like("rush%"))
        )
    )
    assert statuses == {"unconfirmed": LAST_PLACES, "waitlisted": PEOPLE - LAST_PLACES}
    holding = db.session.scalar(
        select(func.count()).where(
            Registration.category_id == category.id, Registration.status != "waitlisted"
        )
    )
    assert holding == category.quota
    # No duplicate, and the waiting list has one person per position.
    emails = db.session.scalars(select(Registration.email_normalised)).all()
    assert len(emails) == len(set(emails)) == ALREADY_TAKEN + PEOPLE
    positions = sorted(o.position for o in outcomes if o.waitlisted)
    assert positions == list(range(1, PEOPLE - LAST_PLACES + 1))


def test_the_same_person_sent_many_times_at_once_is_registered_once(app):
    event = make_event("twice")
    organisation = make_organisation()
    same = registration_data(organisation, email="same@example.org", passport_number="S1234567")
    outcomes = race(app, event.id, [dict(same) for _ in range(PEOPLE // 5)])
    registered = [o for o in outcomes if isinstance(o, services.Registered)]
    refused = [o for o in outcomes if isinstance(o, services.DuplicateRegistration)]
    assert len(registered) == 1 and len(refused) == len(outcomes) - 1
    assert db.session.scalar(select(func.count()).select_from(Registration)) == 1
