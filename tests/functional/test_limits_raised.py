"""Raising a limit (capacity, category quota, organisation or country limit) moves the waiting
list up at once, in order, with the e-mails and the audit entries; lowering one moves nobody."""

import pytest
from sqlalchemy import select

from gsnp_events.accreditation.places import waiting_position
from gsnp_events.backoffice.event_setup import to_local
from gsnp_events.extensions import db
from gsnp_events.mail import MemorySender
from gsnp_events.models import AuditEntry, Registration, Role
from gsnp_events.models.base import utcnow
from tests.factories import login, make_event, make_organisation, make_registration, make_staff


@pytest.fixture
def mails(app):
    """E-mails sent after the response, as in production."""
    messages = MemorySender.messages_of(app)
    messages.clear()
    app.config["MAIL_SEND_AFTER_REQUEST"] = True
    yield messages
    app.config["MAIL_SEND_AFTER_REQUEST"] = False
    messages.clear()


def _event(**limits):
    return make_event(
        "baku", data_protection_notice="We keep your data.", data_protection_version="1", **limits
    )


def _local(event, moment) -> str:
    return f"{to_local(moment, event.timezone):%Y-%m-%dT%H:%M}"


def _settings(event, **changes) -> dict:
    data = {
        name: getattr(event, name)
        for name in ("name", "short_name", "venue", "city", "country_code", "timezone")
    }
    data |= {
        "slug": event.slug,
        "starts_on": event.starts_on.isoformat(),
        "ends_on": event.ends_on.isoformat(),
        "registration_opens_at": _local(event, event.registration_opens_at),
        "registration_closes_at": _local(event, event.registration_closes_at),
        "published": "y",
        "unconfirmed_expiry_hours": str(event.unconfirmed_expiry_hours),
        "languages": event.languages,
        "data_protection_notice": event.data_protection_notice,
        "data_protection_version": event.data_protection_version,
    }
    for name in ("capacity", "organisation_limit", "country_limit"):
        value = changes.get(name, getattr(event, name))
        data[name] = "" if value is None else str(value)
    return data


def _save_settings(client, event, **changes) -> str:
    response = client.post(
        f"/backoffice/events/{event.slug}/settings", data=_settings(event, **changes)
    )
    assert response.status_code == 302
    response.close()  # the e-mails leave once the response has gone
    return client.get(response.location).get_data(as_text=True)


def _holding(event, n, **overrides):
    return [
        make_registration(event, status="submitted", confirmed_at=utcnow(), **overrides)
        for _ in range(n)
    ]


def _waiting(event, confirmed=True, **overrides):
    return make_registration(
        event, status="waitlisted", confirmed_at=utcnow() if confirmed else None, **overrides
    )


def _statuses(people) -> list[str]:
    db.session.expire_all()
    return [db.session.get(Registration, p.id).status for p in people]


def test_raising_the_capacity_moves_the_first_in_line_up_with_their_emails(client, mails):
    event = _event(capacity=2)
    _holding(event, 2)
    line = [_waiting(event), _waiting(event, confirmed=False), _waiting(event)]
    manager = make_staff(Role.EVENT_MANAGER, event)
    login(client, manager)
    page = _save_settings(client, event, capacity=4)
    assert "2 people moved up from the waiting list and will receive an e-mail." in page
    assert _statuses(line) == ["submitted", "unconfirmed", "waitlisted"]
    assert waiting_position(db.session.get(Registration, line[2].id)) == 1
    # In order, each told that a place became free (the unconfirmed one with its link).
    assert [m["To"] for m in mails] == [line[0].email, line[1].email]
    assert all(
        "Good news: a place became free" in m.get_body(("plain",)).get_content() for m in mails
    )
    assert "/confirm/" in mails[1].get_body(("plain",)).get_content()
    promotions = db.session.scalars(
        select(AuditEntry)
        .where(AuditEntry.action == "registration.promoted")
        .order_by(AuditEntry.id)
    ).all()
    assert [e.registration_id for e in promotions] == [line[0].id, line[1].id]
    assert {e.actor_label for e in promotions} == {"system"}
    update = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "event.updated"))
    assert update.actor_id == manager.id
    assert update.data["changed"]["capacity"] == "4"
    assert update.data["promoted"] == [line[0].id, line[1].id]


def test_removing_the_capacity_moves_everyone_up(client, mails):
    event = _event(capacity=1)
    _holding(event, 1)
    line = [_waiting(event) for _ in range(3)]
    login(client, make_staff(Role.EVENT_MANAGER, event))
    _save_settings(client, event, capacity=None)
    assert _statuses(line) == ["submitted"] * 3
    assert len(mails) == 3


def test_lowering_or_not_changing_a_limit_moves_nobody(client, mails):
    event = _event(capacity=2)
    _holding(event, 2)
    person = _waiting(event)
    login(client, make_staff(Role.EVENT_MANAGER, event))
    page = _save_settings(client, event, capacity=1)
    assert "moved up" not in page
    assert _statuses([person]) == ["waitlisted"] and mails == []


def test_raising_a_category_quota_moves_up_that_category_in_order(client, mails):
    event = _event()
    delegate = event.categories[0]
    delegate.quota = 1
    db.session.commit()
    _holding(event, 1)
    line = [_waiting(event), _waiting(event), _waiting(event)]
    login(client, make_staff(Role.EVENT_MANAGER, event))
    response = client.post(
        f"/backoffice/events/baku/categories/{delegate.id}",
        data={
            "code": "delegate",
            "name": "Delegate",
            "badge_label": "DELEGATE",
            "colour": "#1f5fa8",
            "quota": "3",
            "public": "y",
        },
    )
    assert response.status_code == 302
    response.close()
    page = client.get(response.location).get_data(as_text=True)
    assert "2 people moved up from the waiting list and will receive an e-mail." in page
    assert _statuses(line) == ["submitted", "submitted", "waitlisted"]
    assert [m["To"] for m in mails] == [line[0].email, line[1].email]
    update = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "category.updated"))
    assert update.data["quota"] == "3" and update.data["promoted"] == [line[0].id, line[1].id]


def test_raising_the_organisation_limit_moves_up_that_organisations_delegates(client, mails):
    event = _event(organisation_limit=1)
    ngo = make_organisation("Sahel Water")
    _holding(event, 1, organisation=ngo)
    theirs = _waiting(event, organisation=ngo)
    login(client, make_staff(Role.EVENT_MANAGER, event))
    page = _save_settings(client, event, organisation_limit=2)
    assert "1 person moved up from the waiting list and will receive an e-mail." in page
    assert _statuses([theirs]) == ["submitted"]
    assert [m["To"] for m in mails] == [theirs.email]


def test_raising_the_country_limit_skips_who_still_does_not_fit(client, mails):
    """The first in line (another full country) stays first; the next one, who fits, moves."""
    event = _event(country_limit=1)
    _holding(event, 1, nationality_code="TN")
    _holding(event, 2, nationality_code="GH")  # as it was before the limit was set
    ghana, tunisia = _waiting(event, nationality_code="GH"), _waiting(event, nationality_code="TN")
    login(client, make_staff(Role.EVENT_MANAGER, event))
    _save_settings(client, event, country_limit=2)
    assert _statuses([ghana, tunisia]) == ["waitlisted", "submitted"]
    assert waiting_position(db.session.get(Registration, ghana.id)) == 1
    assert [m["To"] for m in mails] == [tunisia.email]
