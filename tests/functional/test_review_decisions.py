"""Officers decide from the detail page and in bulk; the workflow checks every move."""

from sqlalchemy import select

from gsnp_events.extensions import db
from gsnp_events.models import AuditEntry, OutboxMessage, Registration, Role
from tests.factories import login, make_event, make_organisation, make_registration, make_staff


def _submitted(event, **overrides):
    overrides.setdefault("organisation", make_organisation(country_code="GH"))
    return make_registration(event, status="submitted", **overrides)


def _decide(client, registration, transition, reason="", version=None):
    return client.post(
        f"/backoffice/events/{registration.event.slug}/registrations/{registration.id}/decide",
        data={
            "transition": transition,
            "reason": reason,
            "version": str(version if version is not None else registration.version),
        },
        follow_redirects=True,
    ).get_data(as_text=True)


def test_officer_sees_the_decisions_allowed_now_and_approves(client):
    event = make_event("baku")
    registration = _submitted(event)
    officer = make_staff(Role.ACCREDITATION_OFFICER, event)
    login(client, officer)
    page = client.get(f"/backoffice/events/baku/registrations/{registration.id}").get_data(
        as_text=True
    )
    for button in ("Approve", "Reject", "Ask for more information"):
        assert f">{button}</button>" in page
    assert ">Revoke</button>" not in page
    page = _decide(client, registration, "approve")
    assert "Approved." in page
    db.session.expire_all()
    assert registration.status == "approved"
    entry = db.session.scalar(
        select(AuditEntry).where(AuditEntry.action == "registration.approved")
    )
    assert entry.actor_id == officer.id and entry.data["from"] == "submitted"
    assert db.session.scalar(select(OutboxMessage.to_address)) == registration.email


def test_reject_needs_a_reason_and_keeps_what_was_typed(client):
    event = make_event("baku")
    registration = _submitted(event)
    login(client, make_staff(Role.ACCREDITATION_OFFICER, event))
    page = _decide(client, registration, "reject", reason="   ")
    assert "Give a reason: the delegate will read it." in page
    db.session.expire_all()
    assert registration.status == "submitted"
    page = _decide(client, registration, "request_info", reason="Passport scan unreadable")
    db.session.expire_all()
    assert registration.status == "info_requested"
    assert "Passport scan unreadable" in page  # in the history


def test_a_decision_on_a_stale_page_is_refused_plainly(client):
    event = make_event("baku")
    registration = _submitted(event)
    login(client, make_staff(Role.ACCREDITATION_OFFICER, event))
    seen = registration.version
    _decide(client, registration, "request_info", reason="Which NGO?")  # another officer
    db.session.expire_all()
    page = _decide(client, registration, "reject", reason="Not an NGO", version=seen)
    assert "Someone else changed this registration first." in page
    assert "Not an NGO" in page  # the reason typed is still in the form
    db.session.expire_all()
    assert registration.status == "info_requested"


def test_delegates_of_an_unverified_ngo_cannot_be_approved_and_the_page_says_why(client):
    event = make_event("baku")
    ngo = make_organisation(country_code="GH", vetting_status="to_be_vetted")
    registration = _submitted(event, organisation=ngo)
    login(client, make_staff(Role.ACCREDITATION_OFFICER, event))
    page = client.get(f"/backoffice/events/baku/registrations/{registration.id}").get_data(
        as_text=True
    )
    assert "cannot be approved" in page
    page = _decide(client, registration, "approve")
    assert "Verify" in page and "first" in page
    db.session.expire_all()
    assert registration.status == "submitted"


def test_sensitive_categories_need_two_different_officers(client, app):
    event = make_event("baku")
    event.categories[0].sensitive = True
    db.session.commit()
    registration = _submitted(event)
    first, second = (make_staff(Role.ACCREDITATION_OFFICER, event) for _ in range(2))
    login(client, first)
    assert "another officer must give the second" in _decide(client, registration, "approve")
    db.session.expire_all()
    assert registration.status == "submitted" and registration.first_approved_by_id == first.id
    page = _decide(client, registration, "approve")
    assert "You gave the first approval" in page
    other = app.test_client()
    login(other, second)
    _decide(other, registration, "approve")
    db.session.expire_all()
    assert registration.status == "approved"


def test_bulk_approve_reports_the_ones_that_could_not_be(client):
    event = make_event("baku")
    good = [_submitted(event) for _ in range(2)]
    blocked = _submitted(
        event, organisation=make_organisation(country_code="KE", vetting_status="to_be_vetted")
    )
    login(client, make_staff(Role.ACCREDITATION_OFFICER, event))
    page = client.post(
        "/backoffice/events/baku/registrations/bulk",
        data={
            "transition": "approve",
            "registration": [str(r.id) for r in (*good, blocked)],
            "back": "/backoffice/events/baku/registrations?status=submitted",
        },
        follow_redirects=True,
    ).get_data(as_text=True)
    assert "2 registrations: Approved." in page
    row = page[page.index(blocked.reference) :]
    row = row[: row.index("</tr>")]
    assert "To be vetted" in row
    assert "Delegates of an organisation that is not verified" in row
    statuses = dict(db.session.execute(select(Registration.id, Registration.status)).all())
    assert [statuses[r.id] for r in good] == ["approved", "approved"]
    assert statuses[blocked.id] == "submitted"


def test_bulk_reject_needs_its_reason(client):
    event = make_event("baku")
    registration = _submitted(event)
    login(client, make_staff(Role.ACCREDITATION_OFFICER, event))
    page = client.post(
        "/backoffice/events/baku/registrations/bulk",
        data={"transition": "reject", "registration": [str(registration.id)]},
        follow_redirects=True,
    ).get_data(as_text=True)
    assert "Give a reason" in page
    db.session.expire_all()
    assert registration.status == "submitted"


def test_viewers_and_badge_desk_cannot_decide(client):
    event = make_event("baku")
    registration = _submitted(event)
    for role in (Role.VIEWER, Role.BADGE_DESK):
        login(client, make_staff(role, event))
        page = client.get(f"/backoffice/events/baku/registrations/{registration.id}")
        assert ">Approve</button>" not in page.get_data(as_text=True)
        response = client.post(
            f"/backoffice/events/baku/registrations/{registration.id}/decide",
            data={"transition": "approve", "version": "1"},
        )
        assert response.status_code == 403
        client.post("/staff/logout")
    db.session.expire_all()
    assert registration.status == "submitted"
