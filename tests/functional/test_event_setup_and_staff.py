"""Event set-up, categories and staff management."""

from datetime import UTC, datetime

from sqlalchemy import select

from gsnp_events.extensions import db
from gsnp_events.models import AuditEntry, Category, Event, Role, StaffUser
from tests.factories import PASSWORD, login, make_event, make_staff

EVENT_FORM = {
    "name": "Regional Consultation of African NGOs",
    "short_name": "Africa Consultation",
    "slug": "africa-consultation",
    "venue": "UN Conference Centre",
    "city": "Addis Ababa",
    "country_code": "ET",
    "timezone": "Africa/Addis_Ababa",
    "starts_on": "2027-03-10",
    "ends_on": "2027-03-12",
    "registration_opens_at": "2027-01-05T09:00",
    "registration_closes_at": "2027-02-20T18:00",
    "published": "y",
    "capacity": "400",
    "unconfirmed_expiry_hours": "48",
    "languages": ["en", "fr", "ar"],
    "data_protection_notice": "We keep your data for the consultation only.",
    "data_protection_version": "2027-1",
}


def test_an_administrator_creates_an_event_in_its_own_time_zone(client):
    login(client, make_staff(Role.ADMINISTRATOR))
    response = client.post("/backoffice/events/new", data=EVENT_FORM)
    assert response.status_code == 302
    event = db.session.scalar(select(Event).where(Event.slug == "africa-consultation"))
    # 09:00 in Addis Ababa (UTC+3) is 06:00 UTC.
    assert event.registration_opens_at == datetime(2027, 1, 5, 6, 0, tzinfo=UTC)
    assert event.languages == ["en", "fr", "ar"]
    assert db.session.scalar(select(AuditEntry.action)) == "event.created"


def test_bad_event_input_is_explained_and_kept(client):
    login(client, make_staff(Role.ADMINISTRATOR))
    data = dict(
        EVENT_FORM,
        slug="Africa Consultation!",
        ends_on="2027-03-01",
        registration_closes_at="2027-01-01T09:00",
        name="Keep this name",
    )
    page = client.post("/backoffice/events/new", data=data).get_data(as_text=True)
    assert "Use lower-case letters, digits and single hyphens only." in page
    assert "The last day cannot be before the first day." in page
    assert "Registration must close after it opens." in page
    assert 'value="Keep this name"' in page
    assert db.session.scalar(select(Event)) is None


def test_an_event_manager_edits_settings_and_must_version_a_changed_notice(client):
    event = make_event("baku", data_protection_notice="Old text", data_protection_version="1")
    login(client, make_staff(Role.EVENT_MANAGER, event))
    form = client.get("/backoffice/events/baku/settings").get_data(as_text=True)
    assert 'value="baku"' in form and "readonly" in form
    data = dict(
        EVENT_FORM, slug="ignored", data_protection_notice="New text", data_protection_version="1"
    )
    page = client.post("/backoffice/events/baku/settings", data=data, follow_redirects=True)
    assert "give it a new version" in page.get_data(as_text=True)
    db.session.expire_all()
    assert event.data_protection_notice == "Old text"
    data["data_protection_version"] = "2"
    client.post("/backoffice/events/baku/settings", data=data)
    db.session.expire_all()
    assert (event.slug, event.data_protection_version, event.city) == ("baku", "2", "Addis Ababa")


def test_categories_with_quota_colour_and_second_approval(client):
    event = make_event("baku")
    login(client, make_staff(Role.EVENT_MANAGER, event))
    page = client.post(
        "/backoffice/events/baku/categories/new",
        data={
            "code": "media",
            "name": "Media",
            "badge_label": "MEDIA",
            "colour": "red;}",
            "quota": "-1",
        },
    ).get_data(as_text=True)
    assert "Choose a colour." in page and "Number must be at least 0." in page
    response = client.post(
        "/backoffice/events/baku/categories/new",
        data={
            "code": "media",
            "name": "Media",
            "badge_label": "MEDIA",
            "colour": "#6A4C93",
            "quota": "60",
            "sensitive": "y",
        },
    )
    assert response.status_code == 302
    media = db.session.scalar(select(Category).where(Category.code == "media"))
    assert (media.colour, media.quota, media.sensitive, media.public) == (
        "#6a4c93",
        60,
        True,
        False,
    )
    page = client.post(
        "/backoffice/events/baku/categories/new",
        data={"code": "media", "name": "Press", "badge_label": "PRESS", "colour": "#000000"},
        follow_redirects=True,
    ).get_data(as_text=True)
    assert "Another category of this event has this code." in page


def test_administrator_creates_staff_and_manages_roles(client):
    event = make_event("baku")
    admin = make_staff(Role.ADMINISTRATOR)
    login(client, admin)
    page = client.post(
        "/backoffice/staff",
        data={
            "name": "Kwame Mensah",
            "email": "kwame@example.org",
            "password": "short",
            "role": "badge_desk",
            "event": str(event.id),
        },
    ).get_data(as_text=True)
    assert "at least 12 characters" in page and 'value="Kwame Mensah"' in page
    client.post(
        "/backoffice/staff",
        data={
            "name": "Kwame Mensah",
            "email": "kwame@example.org",
            "password": PASSWORD,
            "role": "badge_desk",
            "event": str(event.id),
        },
    )
    user = db.session.scalar(select(StaffUser).where(StaffUser.email == "kwame@example.org"))
    assert user.has_role(event.id, Role.BADGE_DESK)
    page = client.post(
        f"/backoffice/staff/{user.id}",
        data={"action": "assign", "role": "viewer", "event": ""},
        follow_redirects=True,
    )
    assert "every other role needs an event" in page.get_data(as_text=True)
    client.post(
        f"/backoffice/staff/{user.id}",
        data={"action": "assign", "role": "viewer", "event": str(event.id)},
    )
    db.session.expire_all()
    assert {a.role for a in user.role_assignments} == {"badge_desk", "viewer"}
    assignment = next(a for a in user.role_assignments if a.role == "viewer")
    client.post(
        f"/backoffice/staff/{user.id}", data={"action": "remove", "assignment": str(assignment.id)}
    )
    db.session.expire_all()
    assert {a.role for a in user.role_assignments} == {"badge_desk"}
    page = client.post(
        f"/backoffice/staff/{admin.id}", data={"action": "deactivate"}, follow_redirects=True
    )
    assert "You cannot deactivate your own account." in page.get_data(as_text=True)


def test_changing_ones_password_keeps_this_session_and_ends_the_others(app, client):
    user = make_staff(Role.VIEWER, make_event("baku"))
    other_device = app.test_client()
    login(client, user)
    login(other_device, user)
    page = client.post(
        "/backoffice/account/password",
        data={
            "current": "wrong",
            "new": "a brand new passphrase",
            "repeat": "a brand new passphrase",
        },
    )
    assert "The current password is not right." in page.get_data(as_text=True)
    client.post(
        "/backoffice/account/password",
        data={
            "current": PASSWORD,
            "new": "a brand new passphrase",
            "repeat": "a brand new passphrase",
        },
    )
    assert client.get("/backoffice/").status_code == 200
    assert other_device.get("/backoffice/").status_code == 302
