"""A focal point registers a delegation of their NGO in one sitting."""

import re
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from gsnp_events.extensions import db
from gsnp_events.models import AuditEntry, Organisation, OutboxMessage, Registration
from tests.factories import make_event, make_organisation

URL = "/events/baku/delegation"


@pytest.fixture
def event():
    return make_event("baku")


def delegate(index: int, **fields) -> dict:
    values = {
        "given_name": ["Kwame", "Ama", "Kofi"][index],
        "family_name": "Mensah",
        "nationality": "GH",
        "passport_number": f"G000{index}1234",
        "passport_expiry": (date.today() + timedelta(days=1000)).isoformat(),
        "email": f"delegate{index}@example.org",
        "preferred_language": "en",
        "category": "delegate",
    }
    values.update(fields)
    return {f"delegates-{index}-{k}": v for k, v in values.items()}


def form(*rows, organisation=None, **fields) -> dict:
    data = {
        "focal_point_name": "Abena Owusu",
        "focal_point_email": "Abena@Example.org",
        "consent": "y",
    }
    if organisation is not None:
        data.update(organisation_choice="existing", organisation_id=str(organisation.id))
    else:
        data.update(
            organisation_choice="new",
            organisation_name="Accra Civic Forum",
            organisation_country="GH",
        )
    for row in rows:
        data.update(row)
    data.update(fields)
    return data


def count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def test_a_focal_point_registers_a_delegation_and_confirms_it(client, event):
    response = client.post(URL, data=form(delegate(0), delegate(1)))
    assert response.status_code == 302
    page = client.get(response.location).get_data(as_text=True)
    assert "2 delegates are registered." in page and "abena@example.org" in page
    organisation = db.session.scalar(select(Organisation))
    assert organisation.focal_point_email == "abena@example.org"
    assert organisation.focal_point_name == "Abena Owusu"
    assert organisation.vetting_status == "to_be_vetted"
    registrations = db.session.scalars(select(Registration).order_by(Registration.id)).all()
    assert [r.status for r in registrations] == ["unconfirmed", "unconfirmed"]
    assert all(r.registered_by_focal_point and r.endorsed_at for r in registrations)
    mails = {m.to_address: m for m in db.session.scalars(select(OutboxMessage))}
    assert set(mails) == {"abena@example.org", "delegate0@example.org", "delegate1@example.org"}
    assert "Kwame Mensah" in mails["abena@example.org"].body_text
    assert "/portal/login/" in mails["delegate0@example.org"].body_text
    actions = db.session.scalars(select(AuditEntry.action)).all()
    assert actions.count("registration.created") == 2
    assert "organisation.focal_point_named" in actions

    link = re.search(
        r"http://localhost(/portal/delegation/login/\S+)", mails["abena@example.org"].body_text
    ).group(1)
    response = client.get(link)
    assert response.location.endswith("/portal/delegation")
    page = client.get("/portal/delegation").get_data(as_text=True)
    assert "Thank you: the delegation is confirmed." in page
    db.session.expire_all()
    assert {r.status for r in db.session.scalars(select(Registration))} == {"submitted"}


def test_add_another_delegate_keeps_what_was_typed(client, event):
    page = client.post(URL, data=form(delegate(0), action="add_delegate")).get_data(as_text=True)
    assert 'name="delegates-1-given_name"' in page and 'value="Kwame"' in page
    assert count(Registration) == 0


def test_errors_point_at_the_row_and_nothing_is_written(client, event):
    data = form(delegate(0), delegate(1, email="delegate0@example.org", passport_number="!!"))
    page = client.post(URL, data=data).get_data(as_text=True)
    assert "Each delegate needs their own e-mail address." in page
    assert "A passport or ID number has 5 to 20 Latin letters and digits." in page
    # The summary names the delegate and links to the field.
    assert (
        '<a href="#delegates-1-email">Delegate 2, <bdi>Ama Mensah</bdi>: E-mail address — '
        "Each delegate needs their own e-mail address.</a>"
    ) in page
    assert '<a href="#delegates-1-passport_number">Delegate 2, <bdi>Ama Mensah</bdi>:' in page
    assert 'value="Ama"' in page
    assert count(Registration) == 0 and count(Organisation) == 0 and count(OutboxMessage) == 0


def test_focal_point_fields_are_required(client, event):
    page = client.post(
        URL, data=form(delegate(0), focal_point_name="", focal_point_email="x@", consent="")
    ).get_data(as_text=True)
    assert "Enter your name." in page
    assert "Enter a valid e-mail address" in page
    assert "you must agree to the data-protection notice" in page
    assert count(Registration) == 0


def test_an_empty_delegation_is_refused(client, event):
    page = client.post(URL, data=form()).get_data(as_text=True)
    assert "Add at least one delegate." in page


def test_only_the_named_focal_point_registers_for_an_ngo(client, event):
    organisation = make_organisation(
        "Accra Civic Forum", country_code="GH", focal_point_email="boss@example.org"
    )
    page = client.post(URL, data=form(delegate(0), organisation=organisation)).get_data(
        as_text=True
    )
    assert "This organisation has named another focal point." in page
    assert count(Registration) == 0
    ok = client.post(
        URL, data=form(delegate(0), organisation=organisation, focal_point_email="BOSS@example.org")
    )
    assert ok.status_code == 302


def test_a_delegate_already_registered_is_pointed_out(client, event):
    client.post(URL, data=form(delegate(0)))
    page = client.post(
        URL, data=form(delegate(1), delegate(2, email="delegate0@example.org"))
    ).get_data(as_text=True)
    assert "This e-mail address is already registered for this event." in page
    assert count(Registration) == 1


def test_the_delegation_fills_places_in_order(client):
    make_event("baku", organisation_limit=2)
    client.post(URL, data=form(delegate(0), delegate(1), delegate(2)))
    statuses = db.session.scalars(select(Registration.status).order_by(Registration.id)).all()
    assert statuses == ["unconfirmed", "unconfirmed", "waitlisted"]
    page = client.get(URL + "/sent").get_data(as_text=True)
    assert "1 of them is on the waiting list." in page
