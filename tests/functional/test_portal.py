"""The delegate portal: magic links, status and history, editing, the photo, cancelling, new
links; the focal point's delegation portal: endorse, decline, cancel, manage a delegate."""

import io
import re
from datetime import timedelta

import pytest
from PIL import Image
from sqlalchemy import select

from gsnp_events.accreditation import workflow
from gsnp_events.accreditation.workflow import Actor
from gsnp_events.extensions import db
from gsnp_events.models import AuditEntry, OutboxMessage, Photo, Registration, Role
from gsnp_events.models.base import utcnow
from gsnp_events.registration import tokens
from tests.factories import login, make_event, make_organisation, make_registration, make_staff


@pytest.fixture
def event():
    return make_event("baku", languages=["en", "fr"])


@pytest.fixture
def org():
    return make_organisation(focal_point_email="focal@example.org", focal_point_name="Amina")


def registration(event, org=None, **overrides) -> Registration:
    values = {
        "status": "submitted",
        "organisation": org,
        "confirmed_at": utcnow(),
        "passport_expiry": event.ends_on + timedelta(days=400),
        "date_of_birth": event.starts_on.replace(year=1980),
    }
    values.update(overrides)
    return make_registration(event, **values)


def sign_in(client, reg: Registration):
    return client.get(f"/portal/login/{tokens.portal_token(reg)}")


def jpeg(width=600, height=800) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (120, 130, 140)).save(out, "JPEG")
    return out.getvalue()


def edit_data(reg: Registration, **changes) -> dict:
    data = {
        "version": str(reg.version),
        "given_name": reg.given_name,
        "family_name": reg.family_name,
        "name_local": reg.name_local or "",
        "nationality": reg.nationality_code,
        "passport_number": reg.passport_number,
        "passport_expiry": reg.passport_expiry.isoformat(),
        "date_of_birth": reg.date_of_birth.isoformat(),
        "preferred_language": "en",
        "languages": ["en"],
    }
    data.update(changes)
    return data


def test_the_magic_link_opens_the_portal(client, event, org):
    reg = registration(event, org)
    response = sign_in(client, reg)
    assert response.status_code == 302 and response.location.endswith("/portal/")
    page = client.get("/portal/").get_data(as_text=True)
    assert "Registration of <bdi>فاطمة الحسن</bdi>" in page and "Submitted" in page
    assert reg.reference in page and "Green Earth Tunisia" in page


def test_without_a_link_the_portal_asks_for_one(client):
    response = client.get("/portal/")
    assert response.status_code == 302 and response.location.endswith("/portal/link")


@pytest.mark.parametrize("mangle", [lambda t: t[:-2] + "xx", lambda t: "nonsense"])
def test_a_bad_link_is_refused(client, event, mangle):
    reg = registration(event)
    response = client.get(f"/portal/login/{mangle(tokens.portal_token(reg))}")
    assert response.status_code == 400
    assert "This link is not valid." in response.get_data(as_text=True)
    assert client.get("/portal/").status_code == 302


def test_a_link_stops_working_when_the_address_changes(client, event):
    reg = registration(event)
    token = tokens.portal_token(reg)
    reg.email_normalised = "someone.else@example.org"
    db.session.commit()
    assert client.get(f"/portal/login/{token}").status_code == 400


def test_an_old_link_has_expired(client, app, event):
    reg = registration(event)
    token = tokens.portal_token(reg)
    app.config["PORTAL_LINK_MAX_AGE_HOURS"] = -1
    try:
        page = client.get(f"/portal/login/{token}").get_data(as_text=True)
    finally:
        app.config["PORTAL_LINK_MAX_AGE_HOURS"] = 72
    assert "This link has expired. Ask for a new one below." in page


def test_the_portal_session_ends_after_some_hours(client, app, event):
    sign_in(client, registration(event))
    app.config["PORTAL_SESSION_HOURS"] = 0
    try:
        assert client.get("/portal/").status_code == 302
    finally:
        app.config["PORTAL_SESSION_HOURS"] = 12


def test_history_and_waiting_position(client, event):
    event.capacity = 1
    db.session.commit()
    registration(event, email="first@example.org", email_normalised="first@example.org")
    reg = registration(event, status="waitlisted")
    db.session.add(
        AuditEntry(
            action="registration.created",
            actor_label="delegate",
            registration_id=reg.id,
            event_id=event.id,
            data={},
        )
    )
    db.session.commit()
    sign_in(client, reg)
    page = client.get("/portal/").get_data(as_text=True)
    assert "number 1 on the waiting list" in page and "Registered" in page


def test_editing_details(client, event):
    reg = registration(event)
    sign_in(client, reg)
    page = client.get("/portal/edit").get_data(as_text=True)
    assert f'value="{reg.passport_number}"' in page and 'name="email"' not in page
    response = client.post(
        "/portal/edit", data=edit_data(reg, dietary_needs="Vegetarian", phone="+216 71 123 456")
    )
    assert response.status_code == 302
    db.session.refresh(reg)
    assert reg.dietary_needs == "Vegetarian" and reg.phone == "+21671123456"
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "registration.updated"))
    assert set(entry.data["fields"]) == {"dietary_needs", "phone", "languages"}
    assert entry.actor_label == "delegate"


def test_editing_keeps_the_rules_and_the_typed_values(client, event):
    reg = registration(event)
    sign_in(client, reg)
    page = client.post(
        "/portal/edit", data=edit_data(reg, given_name="", dietary_needs="Vegan")
    ).get_data(as_text=True)
    assert "Enter your given name(s)" in page and "Vegan" in page
    db.session.refresh(reg)
    assert reg.given_name == "Fatima" and reg.dietary_needs is None


def test_a_stale_edit_is_refused_and_the_current_version_shown(client, event):
    reg = registration(event)
    sign_in(client, reg)
    seen = edit_data(reg, dietary_needs="Halal")
    reg.accessibility_needs = "Wheelchair"  # someone else saves first
    db.session.commit()
    page = client.post("/portal/edit", data=seen).get_data(as_text=True)
    assert "Someone else changed this registration first" in page
    assert "Wheelchair" in page
    db.session.refresh(reg)
    assert reg.dietary_needs is None


def test_decided_registrations_cannot_be_edited(client, event):
    reg = registration(event, status="rejected")
    sign_in(client, reg)
    assert "Change your details" not in client.get("/portal/").get_data(as_text=True)
    response = client.post("/portal/edit", data=edit_data(reg, dietary_needs="x"))
    assert response.status_code == 302
    db.session.refresh(reg)
    assert reg.dietary_needs is None


def test_answering_a_request_for_information(client, event):
    officer = make_staff(Role.ACCREDITATION_OFFICER, event)
    reg = registration(event)
    workflow.perform(
        reg, "request_info", Actor.staff_user(officer), reason="Your passport expires too soon."
    )
    sign_in(client, reg)
    page = client.get("/portal/").get_data(as_text=True)
    assert "The organisers asked for more information:" in page
    assert "Your passport expires too soon." in page
    new_expiry = (event.ends_on + timedelta(days=900)).isoformat()
    data = edit_data(reg, passport_expiry=new_expiry, action="answer")
    assert client.post("/portal/edit", data=data).status_code == 302
    db.session.refresh(reg)
    assert reg.status == "info_provided" and reg.passport_expiry.isoformat() == new_expiry
    actions = db.session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions[-2:] == ["registration.updated", "registration.answered"]


def test_replacing_the_photo(client, event):
    reg = registration(event)
    sign_in(client, reg)
    bad = client.post(
        "/portal/photo",
        data={"photo": (io.BytesIO(b"not an image"), "x.jpg")},
        content_type="multipart/form-data",
    ).get_data(as_text=True)
    assert "This file is not a picture we can read." in bad
    version = reg.version
    response = client.post(
        "/portal/photo",
        data={"photo": (io.BytesIO(jpeg()), "me.jpg")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 302
    photo = db.session.scalar(select(Photo))
    assert photo.registration_id == reg.id
    db.session.refresh(reg)
    assert reg.version == version + 1
    served = client.get("/portal/photo.jpg")
    assert served.status_code == 200 and served.mimetype == "image/jpeg"
    assert served.headers["Cache-Control"] == "private, no-store"
    assert served.data == photo.content
    second = client.post(
        "/portal/photo",
        data={"photo": (io.BytesIO(jpeg(900, 1200)), "me.jpg")},
        content_type="multipart/form-data",
    )
    assert second.status_code == 302
    assert len(db.session.scalars(select(Photo)).all()) == 1


def test_photos_are_served_only_to_the_delegate_their_focal_point_and_staff(client, event, org):
    owner = registration(event, org)
    db.session.add(Photo(registration=owner, content=jpeg(), width=600, height=800, sha256="x"))
    db.session.commit()
    url = f"/portal/registrations/{owner.id}/photo.jpg"
    assert client.get(url).status_code == 404
    other = registration(event, email="o@example.org", email_normalised="o@example.org")
    sign_in(client, other)
    assert client.get(url).status_code == 404
    sign_in(client, owner)
    assert client.get(url).status_code == 200
    client.post("/portal/logout")
    viewer_elsewhere = make_staff(Role.VIEWER, make_event("elsewhere"))
    login(client, viewer_elsewhere)
    assert client.get(url).status_code == 404
    client.post("/staff/logout")
    login(client, make_staff(Role.BADGE_DESK, event))
    assert client.get(url).status_code == 200


def test_cancelling_frees_the_place_for_the_next_in_line(client, event):
    event.capacity = 1
    db.session.commit()
    holder = registration(event, email="h@example.org", email_normalised="h@example.org")
    waiting = registration(event, status="waitlisted")
    sign_in(client, holder)
    response = client.post("/portal/cancel", data={"version": str(holder.version)})
    assert response.status_code == 302
    assert "Your registration is cancelled." in client.get("/portal/").get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Registration, holder.id).status == "cancelled"
    assert db.session.get(Registration, waiting.id).status == "submitted"
    kinds = {m.to_address: m.kind for m in db.session.scalars(select(OutboxMessage))}
    assert kinds == {"h@example.org": "registration.cancel", waiting.email: "registration.promote"}
    again = client.post("/portal/cancel", data={"version": "99"}).location
    assert "Someone else changed" in client.get(again).get_data(as_text=True)


def test_resend_the_link(client, event):
    reg = registration(event)
    sign_in(client, reg)
    assert client.post("/portal/resend").status_code == 302
    mail = db.session.scalar(select(OutboxMessage))
    assert mail.kind == "registration.portal_link" and "/portal/login/" in mail.body_text


def test_asking_for_a_link_by_email_reveals_nothing(client, event, org):
    reg = registration(event, email="Known@Example.org", email_normalised="known@example.org")
    for address in ("KNOWN@example.org", "unknown@example.org"):
        page = client.post("/portal/link", data={"email": address}).get_data(as_text=True)
        assert "If a registration uses this address, we have sent a link to it." in page
    mails = db.session.scalars(select(OutboxMessage)).all()
    assert [(m.to_address, m.registration_id) for m in mails] == [("Known@Example.org", reg.id)]
    link = re.search(r"http://localhost(/portal/login/\S+)", mails[0].body_text).group(1)
    assert client.get(link).status_code == 302
    empty = client.post("/portal/link", data={"email": ""}).get_data(as_text=True)
    assert "Enter your e-mail address." in empty


def test_a_focal_point_asks_for_their_link(client, event, org):
    registration(event, org)
    client.post("/portal/link", data={"email": "FOCAL@example.org"})
    mail = db.session.scalar(select(OutboxMessage))
    assert mail.kind == "focal_point.link" and "/portal/delegation/login/" in mail.body_text


# ------------------------------------------------------------------------------------------
# The focal point.


def focal_sign_in(client, event, org):
    return client.get(f"/portal/delegation/login/{tokens.focal_point_token(event.id, org)}")


def test_the_focal_point_endorses_and_declines(client, event, org):
    waiting = registration(event, org, status="awaiting_endorsement", endorsement_required=True)
    other = registration(
        event,
        org,
        status="awaiting_endorsement",
        endorsement_required=True,
        email="b@example.org",
        email_normalised="b@example.org",
        given_name="Bilal",
    )
    focal_sign_in(client, event, org)
    page = client.get("/portal/delegation").get_data(as_text=True)
    assert "Delegation of <bdi>Green Earth Tunisia</bdi>" in page and "Endorse" in page
    client.post(f"/portal/delegation/{waiting.id}/endorse", data={"version": waiting.version})
    page = client.get(
        client.post(f"/portal/delegation/{other.id}/decline", data={"reason": ""}).location
    ).get_data(as_text=True)
    assert "Give a reason: the delegate will read it." in page
    client.post(f"/portal/delegation/{other.id}/decline", data={"reason": "Not one of ours"})
    db.session.expire_all()
    assert db.session.get(Registration, waiting.id).status == "submitted"
    assert db.session.get(Registration, waiting.id).endorsed_at is not None
    declined = db.session.get(Registration, other.id)
    assert declined.status == "rejected"
    entry = db.session.scalar(
        select(AuditEntry).where(AuditEntry.action == "registration.endorsement_declined")
    )
    assert (
        entry.reason == "Not one of ours" and entry.actor_label == "focal point focal@example.org"
    )


def test_a_focal_point_cannot_touch_another_ngos_delegates(client, event, org):
    stranger_org = make_organisation("Other NGO", focal_point_email="other@example.org")
    theirs = registration(
        event, stranger_org, status="awaiting_endorsement", endorsement_required=True
    )
    focal_sign_in(client, event, org)
    assert client.post(f"/portal/delegation/{theirs.id}/endorse").status_code == 404
    assert client.get(f"/portal/delegation/{theirs.id}").status_code == 404
    assert client.get(f"/portal/registrations/{theirs.id}/photo.jpg").status_code == 404
    db.session.refresh(theirs)
    assert theirs.status == "awaiting_endorsement"


def test_the_focal_point_manages_a_delegate(client, event, org):
    reg = registration(event, org, registered_by_focal_point=True)
    focal_sign_in(client, event, org)
    client.get(f"/portal/delegation/{reg.id}")
    page = client.get("/portal/").get_data(as_text=True)
    assert "as the focal point of <bdi>Green Earth Tunisia</bdi>" in page
    assert (
        client.post("/portal/edit", data=edit_data(reg, badge_name="Fatima H.")).status_code == 302
    )
    db.session.refresh(reg)
    assert reg.badge_name == "Fatima H."
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "registration.updated"))
    assert entry.actor_label == "focal point focal@example.org"
    client.post("/portal/cancel", data={"version": reg.version})
    db.session.refresh(reg)
    assert reg.status == "cancelled"


def test_a_replaced_focal_point_loses_the_portal(client, event, org):
    focal_sign_in(client, event, org)
    org.focal_point_email = "new@example.org"
    db.session.commit()
    assert client.get("/portal/delegation").status_code == 302
