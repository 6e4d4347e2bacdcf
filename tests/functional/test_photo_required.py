"""An event may require a photo for the badge: approving someone without one then needs the
officer's word that the desk takes it; the badge print list flags those without a photo."""

from sqlalchemy import select

from gsnp_events.extensions import db
from gsnp_events.models import AuditEntry, Event, Registration, Role
from tests.factories import (
    login,
    make_event,
    make_organisation,
    make_photo,
    make_registration,
    make_staff,
)
from tests.functional.test_event_setup_and_staff import EVENT_FORM

BULK = "/backoffice/events/baku/registrations/bulk"


def _submitted(event):
    return make_registration(
        event, status="submitted", organisation=make_organisation(country_code="GH")
    )


def _decide(client, registration, **extra):
    return client.post(
        f"/backoffice/events/baku/registrations/{registration.id}/decide",
        data={"transition": "approve", "version": str(registration.version), **extra},
        follow_redirects=True,
    ).get_data(as_text=True)


def _status(registration) -> str:
    db.session.expire_all()
    return db.session.get(Registration, registration.id).status


def test_a_new_event_requires_a_photo_and_the_setting_can_be_turned_off(client):
    login(client, make_staff(Role.ADMINISTRATOR))
    form = client.get("/backoffice/events/new").get_data(as_text=True)
    assert 'checked id="photo_required" name="photo_required" type="checkbox"' in form
    client.post("/backoffice/events/new", data=dict(EVENT_FORM, photo_required="y"))
    event = db.session.scalar(select(Event).where(Event.slug == EVENT_FORM["slug"]))
    assert event.photo_required is True
    client.post(f"/backoffice/events/{event.slug}/settings", data=EVENT_FORM)  # unticked
    db.session.expire_all()
    assert event.photo_required is False
    changed = db.session.scalars(
        select(AuditEntry.data).where(AuditEntry.action == "event.updated")
    ).one()
    assert changed["changed"]["photo_required"] == "False"


def test_the_column_defaults_to_requiring_a_photo():
    event = make_event("other")
    fresh = Event(
        **{
            c: getattr(event, c)
            for c in ("name", "short_name", "venue", "city", "country_code", "timezone")
        },
        slug="fresh",
        starts_on=event.starts_on,
        ends_on=event.ends_on,
        registration_opens_at=event.registration_opens_at,
        registration_closes_at=event.registration_closes_at,
    )
    db.session.add(fresh)
    db.session.commit()
    assert fresh.photo_required is True


def test_approving_without_a_photo_is_refused_unless_the_desk_takes_it(client):
    event = make_event("baku", photo_required=True)
    registration = _submitted(event)
    login(client, make_staff(Role.ACCREDITATION_OFFICER, event))
    detail = client.get(f"/backoffice/events/baku/registrations/{registration.id}")
    text = detail.get_data(as_text=True)
    assert "No photo yet: the badge needs one." in text
    assert 'name="photo_at_desk" value="1"' in text and "Photo taken at the desk" in text

    page = _decide(client, registration)
    assert "has no photo, and this event requires one for the badge" in page
    assert _status(registration) == "submitted"

    page = _decide(client, registration, photo_at_desk="1")
    assert "Approved." in page
    assert "has no photo yet: take it at the desk before the badge is printed." in page
    assert _status(registration) == "approved"
    actions = db.session.scalars(
        select(AuditEntry.action)
        .where(AuditEntry.registration_id == registration.id)
        .order_by(AuditEntry.id)
    ).all()
    assert actions == ["registration.approved", "registration.photo_at_desk"]


def test_without_the_setting_approval_warns_only(client):
    event = make_event("baku", photo_required=False)
    registration = _submitted(event)
    login(client, make_staff(Role.ACCREDITATION_OFFICER, event))
    detail = client.get(f"/backoffice/events/baku/registrations/{registration.id}")
    assert "No photo yet: the badge prints without one." in detail.get_data(as_text=True)
    page = _decide(client, registration)
    assert "has no photo yet: take it at the desk" in page
    assert _status(registration) == "approved"


def test_a_delegate_with_a_photo_is_approved_without_a_word_about_photos(client):
    event = make_event("baku", photo_required=True)
    registration = _submitted(event)
    make_photo(registration)
    login(client, make_staff(Role.ACCREDITATION_OFFICER, event))
    detail = client.get(f"/backoffice/events/baku/registrations/{registration.id}")
    assert "photo_at_desk" not in detail.get_data(as_text=True)
    page = _decide(client, registration)
    assert "no photo" not in page
    assert _status(registration) == "approved"


def test_bulk_approval_refuses_those_without_a_photo_unless_the_desk_takes_them(client):
    event = make_event("baku", photo_required=True)
    pictured, unpictured = _submitted(event), _submitted(event)
    make_photo(pictured)
    login(client, make_staff(Role.ACCREDITATION_OFFICER, event))
    queue = client.get("/backoffice/events/baku/registrations").get_data(as_text=True)
    assert queue.count('class="no-photo-flag">No photo<') == 1
    ids = [str(pictured.id), str(unpictured.id)]
    result = client.post(BULK, data={"transition": "approve", "registration": ids})
    text = result.get_data(as_text=True)
    assert "1 registration: Approved." in text
    assert 'data-code="photo_missing"' in text and unpictured.reference in text
    assert (_status(pictured), _status(unpictured)) == ("approved", "submitted")

    result = client.post(
        BULK, data={"transition": "approve", "registration": ids, "photo_at_desk": "1"}
    ).get_data(as_text=True)
    assert "1 registration: Approved." in result
    assert "1 of them has no photo yet" in result
    assert _status(unpictured) == "approved"


def test_the_badge_print_list_flags_badges_without_a_photo(client):
    event = make_event("baku")
    pictured = make_registration(event, status="approved", family_name="Pictured")
    make_photo(pictured)
    for name in ("Bare", "Blank"):
        make_registration(event, status="approved", family_name=name)
    login(client, make_staff(Role.BADGE_DESK, event))
    page = client.get("/backoffice/events/baku/badges/").get_data(as_text=True)
    assert "2 of them have no photo: their badges print without one." in page
    assert page.count('class="no-photo-flag">No photo<') == 2
    row = page[page.index("PICTURED") :]
    assert "No photo" not in row[: row.index("</tr>")]


def test_the_api_refuses_an_approval_without_a_photo_unless_the_desk_takes_it(client):
    from gsnp_events.api_tokens import issue_token
    from gsnp_events.models import TokenKind

    event = make_event("baku", photo_required=True)
    registration = _submitted(event)
    officer = make_staff(Role.ACCREDITATION_OFFICER, event)
    _token, secret = issue_token(TokenKind.STAFF, "script", officer, staff_user=officer)
    path = f"/api/v1/events/baku/registrations/{registration.id}/decisions"
    decision = {"transition": "approve", "version": registration.version}
    headers = {"Authorization": f"Bearer {secret}"}
    refused = client.post(path, json=decision, headers=headers)
    assert refused.status_code == 422
    assert refused.get_json()["error"]["code"] == "photo_missing"
    done = client.post(path, json={**decision, "photo_at_desk": True}, headers=headers)
    assert done.status_code == 200 and done.get_json()["status"] == "approved"
