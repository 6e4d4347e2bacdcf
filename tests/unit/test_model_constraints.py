"""The database itself enforces the rules the code relies on."""

import pytest
from sqlalchemy import text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from gsnp_events.extensions import db
from gsnp_events.models import AuditEntry, Registration, RegistrationStatus, Role, RoleAssignment
from gsnp_events.models.audit import AuditTrailIsAppendOnly
from tests.factories import make_event, make_registration, make_staff


def _fails(**overrides):
    event = overrides.pop("event", None) or make_event()
    with pytest.raises(IntegrityError):
        make_registration(event, **overrides)
    db.session.rollback()


def test_one_active_registration_per_email_and_event():
    event = make_event()
    make_registration(event, email="a@example.org", email_normalised="a@example.org")
    _fails(event=event, email="A@example.org", email_normalised="a@example.org")


def test_the_same_email_may_register_for_another_event_or_after_cancelling():
    first, second = make_event("one"), make_event("two")
    earlier = make_registration(first, email_normalised="a@example.org")
    make_registration(second, email_normalised="a@example.org")
    earlier.status = RegistrationStatus.CANCELLED
    db.session.commit()
    make_registration(first, email_normalised="a@example.org")


def test_one_active_registration_per_passport_and_nationality():
    event = make_event()
    make_registration(event, nationality_code="BD", passport_number_normalised="A1234567")
    _fails(event=event, nationality_code="BD", passport_number_normalised="A1234567")
    # The same number issued by another country is another passport.
    make_registration(event, nationality_code="NP", passport_number_normalised="A1234567")


def test_status_must_be_a_known_state():
    event = make_event()
    registration = make_registration(event)
    with pytest.raises(IntegrityError):
        db.session.execute(
            update(Registration).where(Registration.id == registration.id).values(status="lost")
        )
        db.session.flush()
    db.session.rollback()


def test_a_scan_result_must_be_a_known_verdict():
    import uuid

    from gsnp_events.models import Checkpoint, Scan
    from gsnp_events.models.base import utcnow

    event = make_event()
    checkpoint = Checkpoint(event_id=event.id, code="entrance", name="Entrance")
    db.session.add(checkpoint)
    db.session.commit()
    values = {"event_id": event.id, "checkpoint_id": checkpoint.id, "scanned_at": utcnow()}
    for result in ("unreadable", "unknown"):
        db.session.add(Scan(result=result, client_uuid=str(uuid.uuid4()), **values))
    db.session.commit()
    db.session.add(Scan(result="misread", client_uuid=str(uuid.uuid4()), **values))
    with pytest.raises(IntegrityError):
        db.session.flush()
    db.session.rollback()


def test_foreign_keys_are_enforced_on_every_database():
    event = make_event()
    _fails(event=event, nationality_code="XX")


def test_departure_cannot_precede_arrival():
    from datetime import date

    _fails(arrival_date=date(2026, 5, 3), departure_date=date(2026, 5, 1))


def test_category_colour_must_be_hex():
    event = make_event()
    event.categories[0].colour = "red"
    with pytest.raises(IntegrityError):
        db.session.commit()
    db.session.rollback()


def test_a_stale_version_cannot_overwrite_a_newer_decision():
    event = make_event()
    registration = make_registration(event)
    assert registration.version == 1
    # Another officer's transaction moves the registration on first.
    db.session.execute(
        text("UPDATE registrations SET status = 'approved', version = 2 WHERE id = :id"),
        {"id": registration.id},
    )
    registration.status = RegistrationStatus.REJECTED
    with pytest.raises(StaleDataError):
        db.session.commit()
    db.session.rollback()


def test_audit_entries_cannot_be_changed_or_deleted():
    entry = AuditEntry(action="registration.approved", actor_label="system")
    db.session.add(entry)
    db.session.commit()
    entry.reason = "rewritten history"
    with pytest.raises(AuditTrailIsAppendOnly):
        db.session.commit()
    db.session.rollback()
    db.session.delete(entry)
    with pytest.raises(AuditTrailIsAppendOnly):
        db.session.commit()
    db.session.rollback()


def test_only_administrators_hold_a_role_for_every_event():
    event = make_event()
    user = make_staff(Role.VIEWER, event)
    db.session.add(RoleAssignment(user=user, role=Role.EVENT_MANAGER, event=None))
    with pytest.raises(IntegrityError):
        db.session.commit()
    db.session.rollback()
    assert user.has_role(event.id, Role.VIEWER)
    assert not user.has_role(event.id, Role.ACCREDITATION_OFFICER)
    assert make_staff(Role.ADMINISTRATOR).has_role(event.id, Role.BADGE_DESK)
