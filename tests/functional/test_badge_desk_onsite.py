"""The badge desk on site: find, check the ID, print, hand over; walk-ins."""

import io
from datetime import date, timedelta

from flask import current_app
from PIL import Image
from sqlalchemy import select

from gsnp_events.badges import tokens
from gsnp_events.extensions import db
from gsnp_events.models import AuditEntry, Badge, Photo, Registration, Role
from tests.factories import login, make_event, make_organisation, make_registration, make_staff


def _approved(event, **overrides):
    overrides.setdefault("organisation", make_organisation(country_code="ET"))
    return make_registration(
        event,
        status="approved",
        nationality_code="ET",
        given_name="Abebe",
        family_name="Kebede",
        name_local="አበበ ከበደ",
        **overrides,
    )


def test_find_by_badge_code_reference_or_name_in_any_script(client):
    event = make_event("baku")
    person = _approved(event)
    db.session.add(Badge(registration_id=person.id, version=1))
    db.session.commit()
    login(client, make_staff(Role.BADGE_DESK, event))
    token = tokens.issue(tokens.signing_key(current_app.config), event.id, person.id, 1)
    for query in (token, person.reference, f"{person.reference}/1", "ከበደ", "kebede"):
        response = client.get("/onsite/events/baku/desk", query_string={"q": query})
        assert response.status_code == 302, query
        assert response.location.endswith(f"/desk/{person.id}")
    page = client.get("/onsite/events/baku/desk?q=nobody+here").get_data(as_text=True)
    assert "Nobody found." in page


def test_print_then_hand_over_after_the_id_check(client):
    event = make_event("baku")
    person = _approved(event)
    desk = make_staff(Role.BADGE_DESK, event)
    login(client, desk)
    path = f"/onsite/events/baku/desk/{person.id}"
    page = client.post(path, data={"action": "print"}).get_data(as_text=True)
    assert "The badge is ready to print." in page and "badges.pdf" in page
    badge = db.session.scalar(select(Badge).where(Badge.registration_id == person.id))
    assert badge.version == 1 and badge.printed_at is not None
    page = client.post(path, data={"action": "hand_over"}, follow_redirects=True)
    assert "tick the box first" in page.get_data(as_text=True)
    response = client.post(path, data={"action": "hand_over", "id_checked": "y"})
    assert response.status_code == 302 and response.location.endswith("/desk")
    db.session.expire_all()
    assert badge.handed_over_by_id == desk.id
    assert db.session.scalar(
        select(AuditEntry.action).where(AuditEntry.action == "badge.handed_over")
    )


def test_no_badge_for_a_registration_that_is_not_approved(client):
    event = make_event("baku")
    person = make_registration(event, status="submitted")
    login(client, make_staff(Role.BADGE_DESK, event))
    page = client.get(f"/onsite/events/baku/desk/{person.id}").get_data(as_text=True)
    assert "not approved: no badge can be given" in page
    page = client.post(f"/onsite/events/baku/desk/{person.id}", data={"action": "print"})
    assert "Only approved delegates get a badge" in page.get_data(as_text=True)
    assert db.session.scalar(select(Badge)) is None


WALK_IN = {
    "given_name": "Nomvula",
    "family_name": "Dlamini",
    "nationality": "ZA",
    "date_of_birth": "1990-02-03",
    "passport_number": "A09876543",
    "passport_expiry": (date.today() + timedelta(days=1500)).isoformat(),
    "email": "nomvula@example.org",
    "category": "delegate",
    "consent": "y",
}


def test_walk_ins_go_to_the_queue_or_are_approved_by_a_desk_lead(client, app):
    event = make_event("baku", allow_walk_ins=True)
    login(client, make_staff(Role.BADGE_DESK, event))
    page = client.post(
        "/onsite/events/baku/desk/walk-in", data={**WALK_IN, "approve": "y"}, follow_redirects=True
    )
    assert "Registered: Submitted." in page.get_data(as_text=True)
    first = db.session.scalar(select(Registration))
    assert first.status == "submitted" and first.confirmed_at is not None

    lead = app.test_client()
    login(lead, make_staff(Role.EVENT_MANAGER, event))
    data = {
        **WALK_IN,
        "email": "thabo@example.org",
        "passport_number": "A01112223",
        "given_name": "Thabo",
        "approve": "y",
    }
    page = lead.post("/onsite/events/baku/desk/walk-in", data=data, follow_redirects=True)
    assert "Registered: Approved." in page.get_data(as_text=True)


def test_walk_in_errors_are_explained_and_kept(client):
    event = make_event("baku", allow_walk_ins=True)
    login(client, make_staff(Role.BADGE_DESK, event))
    data = {**WALK_IN, "email": "not an address", "consent": ""}
    page = client.post("/onsite/events/baku/desk/walk-in", data=data).get_data(as_text=True)
    assert "Enter a valid e-mail address" in page
    assert "must agree to the data-protection notice" in page
    assert 'value="Nomvula"' in page
    assert db.session.scalar(select(Registration)) is None


def test_walk_ins_only_where_the_event_allows_them(client):
    event = make_event("baku")
    login(client, make_staff(Role.BADGE_DESK, event))
    page = client.post("/onsite/events/baku/desk/walk-in", data=WALK_IN, follow_redirects=True)
    assert "does not register walk-ins" in page.get_data(as_text=True)
    assert db.session.scalar(select(Registration)) is None


def test_desk_roles(client):
    event = make_event("baku")
    person = _approved(event)
    for role, allowed in (
        (Role.VIEWER, False),
        (Role.ACCREDITATION_OFFICER, False),
        (Role.BADGE_DESK, True),
        (Role.EVENT_MANAGER, True),
    ):
        login(client, make_staff(role, event))
        status = client.get(f"/onsite/events/baku/desk/{person.id}").status_code
        assert status == (200 if allowed else 403), role
        client.post("/staff/logout")


def _picture(width=900, height=1200, fmt="JPEG") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (140, 120, 100)).save(out, fmt)
    return out.getvalue()


def test_the_desk_takes_the_photo_with_the_camera_or_a_file(client):
    event = make_event("baku")
    person = _approved(event)
    desk = make_staff(Role.BADGE_DESK, event)
    login(client, desk)
    path = f"/onsite/events/baku/desk/{person.id}"
    page = client.get(path).get_data(as_text=True)
    assert "No photo uploaded" in page
    assert 'accept="image/*" capture="user"' in page and 'enctype="multipart/form-data"' in page

    response = client.post(
        path,
        data={"action": "photo", "camera": (io.BytesIO(_picture()), "image.jpg")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 302 and response.location.endswith(path)
    photo = db.session.scalar(select(Photo).where(Photo.registration_id == person.id))
    assert (photo.width, photo.height) == (600, 800)  # the badge's processing: 3:4, resized
    entry = db.session.scalar(
        select(AuditEntry).where(AuditEntry.action == "registration.photo_replaced")
    )
    assert entry.registration_id == person.id and entry.actor_id == desk.id
    page = client.get(path).get_data(as_text=True)
    assert "The photo is saved." in page and "No photo uploaded" not in page

    # After printing, a new photo (from a file this time) asks for a reprint.
    client.post(path, data={"action": "print"})
    client.post(
        path,
        data={"action": "photo", "file": (io.BytesIO(_picture(fmt="PNG")), "new.png")},
        content_type="multipart/form-data",
    )
    page = client.get(path).get_data(as_text=True)
    assert "Reprint the badge so that it shows the new photo." in page


def test_a_desk_photo_that_is_not_usable_says_why_and_changes_nothing(client):
    event = make_event("baku")
    person = _approved(event)
    login(client, make_staff(Role.BADGE_DESK, event))
    path = f"/onsite/events/baku/desk/{person.id}"
    page = client.post(path, data={"action": "photo"}, content_type="multipart/form-data")
    assert "Take a photo with the camera or choose a picture file first." in page.get_data(
        as_text=True
    )
    small = {"action": "photo", "camera": (io.BytesIO(_picture(200, 250)), "tiny.jpg")}
    page = client.post(path, data=small, content_type="multipart/form-data")
    assert "The photo is too small" in page.get_data(as_text=True)
    garbage = {"action": "photo", "camera": (io.BytesIO(b"not a picture"), "x.jpg")}
    page = client.post(path, data=garbage, content_type="multipart/form-data")
    assert "not a picture we can read" in page.get_data(as_text=True)
    assert db.session.scalar(select(Photo)) is None
    assert db.session.scalar(select(AuditEntry).where(AuditEntry.action.like("%photo%"))) is None

    # Staff who may not use the desk cannot send a photo either.
    client.post("/staff/logout")
    login(client, make_staff(Role.VIEWER, event))
    upload = {"action": "photo", "camera": (io.BytesIO(_picture()), "image.jpg")}
    assert client.post(path, data=upload, content_type="multipart/form-data").status_code == 403
