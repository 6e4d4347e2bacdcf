"""After approval: the delegate still changes contact details, travel and needs in the portal,
the status stays; who they are (name, birth date, nationality, passport) is locked. The first
e-mail tells only an approved delegate to show the desk code."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from gsnp_events.accreditation.workflow import Actor, perform
from gsnp_events.extensions import db
from gsnp_events.models import AuditEntry, OutboxMessage, Registration, Role
from tests.factories import make_event, make_organisation, make_staff, registration_data
from tests.functional.test_portal import edit_data, registration, sign_in

DESK = "Show this code at the badge desk when you come to collect your badge."
LATER = "Once your registration is approved, we will send you a code to show at the badge desk."


@pytest.fixture
def event():
    return make_event("baku", languages=["en", "fr"])


def test_an_approved_delegate_changes_contact_travel_and_needs(client, event):
    reg = registration(event, status="approved", languages=["en"], position="Officer")
    sign_in(client, reg)
    portal = client.get("/portal/").get_data(as_text=True)
    assert "Change your contact details, travel and needs" in portal
    page = client.get("/portal/edit").get_data(as_text=True)
    assert "your name, date of birth, nationality and passport are locked" in page
    assert reg.passport_number in page and 'name="passport_number"' not in page
    assert 'name="given_name"' not in page and 'name="phone"' in page
    arrival = event.starts_on - timedelta(days=1)
    version = reg.version
    data = edit_data(
        reg,
        languages=["en"],
        given_name="Someone",  # not on the page: ignored if sent anyway
        passport_number="X1234567",
        phone="+216 71 123 456",
        position="Director",
        dietary_needs="Vegetarian",
        arrival_date=arrival.isoformat(),
        visa_support_requested="y",
    )
    response = client.post("/portal/edit", data=data)
    assert response.status_code == 302
    db.session.refresh(reg)
    assert reg.status == "approved" and reg.version == version + 1
    assert (reg.phone, reg.position, reg.dietary_needs) == (
        "+21671123456",
        "Director",
        "Vegetarian",
    )
    assert reg.arrival_date == arrival and reg.visa_support_requested
    assert reg.given_name == "Fatima" and reg.passport_number != "X1234567"
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "registration.updated"))
    assert set(entry.data["fields"]) == {
        "phone",
        "position",
        "dietary_needs",
        "arrival_date",
        "visa_support_requested",
    }
    assert db.session.scalar(select(OutboxMessage)) is None  # no status change, no e-mail


def test_an_approved_delegates_bad_input_is_kept_with_its_message(client, event):
    reg = registration(event, status="approved", languages=["en"])
    sign_in(client, reg)
    data = edit_data(reg, languages=["en"], phone="12", dietary_needs="Halal")
    page = client.post("/portal/edit", data=data).get_data(as_text=True)
    assert "Enter the phone number with its country code" in page and "Halal" in page
    db.session.refresh(reg)
    assert reg.dietary_needs is None and reg.status == "approved"


def test_a_suspended_registration_stays_closed(client, event):
    reg = registration(event, status="suspended")
    sign_in(client, reg)
    assert "Change your" not in client.get("/portal/").get_data(as_text=True)
    client.post("/portal/edit", data=edit_data(reg, dietary_needs="Vegan"))
    db.session.refresh(reg)
    assert reg.dietary_needs is None


def test_only_the_approved_delegate_is_told_to_show_the_desk_code(client, event):
    organisation = make_organisation()
    client.post(
        "/events/baku/register",
        data=registration_data(organisation),
        content_type="multipart/form-data",
    )
    reg = db.session.scalar(select(Registration))
    (confirm,) = db.session.scalars(select(OutboxMessage)).all()
    assert confirm.kind == "registration.confirm"
    for body in (confirm.body_text, confirm.body_html):
        assert DESK not in body and LATER in body
    assert "cid:desk-code" not in confirm.body_html

    perform(reg, "confirm", Actor.delegate(reg))
    perform(reg, "approve", Actor.staff_user(make_staff(Role.ACCREDITATION_OFFICER, event)))
    approval = db.session.scalars(
        select(OutboxMessage).where(OutboxMessage.kind == "registration.approve")
    ).one()
    assert DESK in approval.body_html and 'src="cid:desk-code"' in approval.body_html
    assert LATER not in approval.body_html
