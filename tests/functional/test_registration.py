"""Self-registration through the form: every rule, each bad input with its message, and that
nothing is written after a rejected submission."""

import io
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from PIL import Image
from sqlalchemy import func, select

from gsnp_events.extensions import db
from gsnp_events.models import (
    AuditEntry,
    Category,
    Organisation,
    OutboxMessage,
    Photo,
    Registration,
)
from gsnp_events.models.base import utcnow
from tests.factories import make_event, make_organisation, make_registration, registration_data

URL = "/events/baku/register"


@pytest.fixture
def event():
    return make_event(
        "baku",
        name="Founding Assembly",
        languages=["en", "fr", "ar"],
        data_protection_notice="We keep your data to run the assembly.",
        data_protection_version="2026-1",
    )


@pytest.fixture
def org():
    return make_organisation()


def counts() -> dict[str, int]:
    return {
        model.__tablename__: db.session.scalar(select(func.count()).select_from(model))
        for model in (Registration, Organisation, AuditEntry, OutboxMessage, Photo)
    }


def jpeg(width=600, height=800, colour=(200, 150, 120), fmt="JPEG", **save) -> bytes:
    out = io.BytesIO()
    mode = "RGBA" if fmt == "PNG" and save.pop("alpha", False) else "RGB"
    Image.new(mode, (width, height), colour).save(out, fmt, **save)
    return out.getvalue()


def post(client, data, photo: bytes | None = None, filename="me.jpg", url=URL):
    data = dict(data)
    if photo is not None:
        data["photo"] = (io.BytesIO(photo), filename)
    return client.post(url, data=data, content_type="multipart/form-data")


def test_the_event_page_links_to_the_form(client, event):
    page = client.get("/events/baku").get_data(as_text=True)
    assert "Founding Assembly" in page and URL in page and "/events/baku/delegation" in page
    home = client.get("/").get_data(as_text=True)
    assert URL in home


def test_the_form_is_light_and_local(client, event):
    response = client.get(URL)
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    css = client.get("/static/css/app.css").data
    js = client.get("/static/js/registration.js").data
    assert len(response.data) + len(css) + len(js) < 100 * 1024
    assert (
        "http://" not in page
        and "https://" not in page
        and "//" not in page.replace("://", "").replace("<!--", "")
    )
    for section in ("Person", "Passport or ID", "Organisation", "Languages", "Travel", "Needs"):
        assert f"<legend>{section}</legend>" in page
    assert "We keep your data to run the assembly." in page and "version 2026-1" in page


def test_a_delegate_registers(client, event, org):
    data = registration_data(org, email="  Fatima.Hassan@Example.ORG ", languages=["en", "ar"])
    response = post(client, data)
    assert response.status_code == 302 and response.location.endswith("/events/baku/registered")
    registration = db.session.scalar(select(Registration))
    assert registration.status == "unconfirmed"
    assert registration.email == "Fatima.Hassan@example.org"
    assert registration.email_normalised == "fatima.hassan@example.org"
    assert registration.phone == "+21671123456"
    assert registration.name_local == "فاطمة الحسن"
    assert registration.organisation_id == org.id and not registration.endorsement_required
    assert registration.languages == ["en", "ar"]
    assert registration.consent_version == "2026-1"
    assert registration.consent_text == "We keep your data to run the assembly."
    assert registration.consent_given_at is not None
    assert registration.confirmation_due_at > utcnow() + timedelta(hours=47)
    mail = db.session.scalar(select(OutboxMessage))
    assert mail.kind == "registration.confirm" and mail.to_address == registration.email
    assert "/confirm/" in mail.body_text and "/confirm/" in mail.body_html
    actions = db.session.scalars(select(AuditEntry.action)).all()
    assert actions == ["registration.created"]
    page = client.get(response.location).get_data(as_text=True)
    assert "Check your e-mail" in page and registration.reference in page


def test_proposing_a_new_organisation(client, event):
    data = registration_data(
        None,
        organisation_name="Sahel Women Network",
        organisation_name_local="شبكة نساء الساحل",
        organisation_country="ML",
        organisation_registration_number="ML-2019-0042",
        organisation_website="sahel-women.example.org",
    )
    assert post(client, data).status_code == 302
    organisation = db.session.scalar(select(Organisation))
    assert organisation.vetting_status == "to_be_vetted"
    assert organisation.name_local == "شبكة نساء الساحل" and organisation.country_code == "ML"
    assert organisation.website == "https://sahel-women.example.org"
    assert db.session.scalar(select(Registration)).organisation_id == organisation.id
    assert "organisation.proposed" in db.session.scalars(select(AuditEntry.action)).all()


def test_text_is_nfc_and_trimmed(client, event, org):
    data = registration_data(org, given_name="  Jose\u0301   Maria ", family_name=" Nun\u0303ez ")
    assert post(client, data).status_code == 302
    registration = db.session.scalar(select(Registration))
    assert registration.given_name == "Jos\u00e9 Maria" and registration.family_name == "Nu\u00f1ez"


def test_names_in_any_script_with_joiners(client, event, org):
    data = registration_data(org, given_name="Mohammad\u200cReza", name_local="محمد\u200cرضا 王芳")
    assert post(client, data).status_code == 302


BAD_INPUTS = [
    ({"given_name": ""}, "Enter your given name(s), as in your passport."),
    ({"family_name": "  "}, "Enter your family name, as in your passport."),
    ({"given_name": "Fati\u202ema"}, "Remove the invisible control or direction characters"),
    ({"name_local": "فاطمة\u2067"}, "Remove the invisible control or direction characters"),
    ({"given_name": "Fati\x07ma"}, "Remove the invisible control or direction characters"),
    ({"given_name": "1234"}, "A name needs at least one letter."),
    ({"family_name": "Hassan<script>"}, "Use only letters, spaces, hyphens"),
    ({"given_name": "F" * 101}, "Shorten this to 100 characters (it has 101)."),
    ({"dietary_needs": "x" * 501}, "Shorten this to 500 characters (it has 501)."),
    ({"email": ""}, "Enter your e-mail address."),
    ({"email": "fatima@"}, "Enter a valid e-mail address, like name@example.org."),
    ({"email": "fatima at example.org"}, "Enter a valid e-mail address"),
    ({"phone": "12"}, "Enter the phone number with its country code"),
    ({"passport_number": ""}, "Enter your passport or ID number."),
    ({"passport_number": "AB!"}, "A passport or ID number has 5 to 20 Latin letters and digits."),
    ({"passport_expiry": ""}, "Enter the date your passport or ID expires."),
    ({"passport_expiry": "23/04/2030"}, "Enter the date as year-month-day"),
    ({"nationality": ""}, "Choose your nationality."),
    ({"nationality": "XX"}, "Choose a country from the list."),
    ({"gender": "unknown"}, "Choose one of the options."),
    ({"category": ""}, "Choose how you take part."),
    ({"category": "staff"}, "Choose one of the categories offered."),
    ({"preferred_language": "tlh"}, "Choose one of the languages offered."),
    ({"languages": ["en", "de"]}, "Choose languages from the list."),
    ({"interpretation_language": "zz"}, "Choose a language from the list."),
    ({"consent": ""}, "To register, you must agree to the data-protection notice."),
    ({"date_of_birth": (date.today() + timedelta(days=1)).isoformat()}, "must be in the past"),
    ({"organisation_choice": "existing", "organisation_id": ""}, "Choose your organisation, or"),
    (
        {"organisation_choice": "existing", "organisation_id": "99999"},
        "Choose an organisation from",
    ),
    ({"organisation_choice": "new", "organisation_name": ""}, "Enter the organisation's name"),
    (
        {"organisation_choice": "new", "organisation_name": "Зелёный мир"},
        "Write the name in Latin letters here",
    ),
    ({"organisation_choice": "new", "organisation_country": ""}, "Choose the organisation's"),
    (
        {"organisation_choice": "new", "organisation_website": "javascript:alert(1)"},
        "Enter a web address like https://example.org.",
    ),
]


@pytest.mark.parametrize(("changes", "message"), BAD_INPUTS)
def test_bad_input_is_explained_kept_and_nothing_is_written(client, event, org, changes, message):
    staff_only = Category(
        event=event, code="staff", name="Staff", badge_label="STAFF", colour="#333333", public=False
    )
    db.session.add(staff_only)
    db.session.commit()
    before = counts()
    data = registration_data(
        org,
        title="Dr",
        position="Programme Officer",
        dietary_needs="Halal",
        accessibility_needs="Step-free access",
        arrival_date=(event.starts_on - timedelta(days=1)).isoformat(),
        departure_date=(event.ends_on + timedelta(days=1)).isoformat(),
        visa_support_requested="y",
    )
    data.update(changes)
    response = post(client, data)
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert message.replace("'", "&#39;") in page
    assert 'class="error-summary"' in page
    assert counts() == before
    # Everything typed is still there.
    for name in ("given_name", "family_name", "passport_number", "email", "position"):
        value = data[name]
        if value and len(value) < 100 and "<" not in value:
            escaped = value.replace("&", "&amp;").replace('"', "&#34;").replace("'", "&#39;")
            assert f'value="{escaped}"' in page, name
    assert ("Halal" in page) != ("dietary_needs" in changes)
    assert "Step-free access" in page
    assert 'name="visa_support_requested" type="checkbox" value="y"' in page and "checked" in page


def test_markup_typed_into_a_field_is_shown_as_text(client, event, org):
    page = post(client, registration_data(org, family_name="<b>x</b>")).get_data(as_text=True)
    assert "<b>x</b>" not in page and "&lt;b&gt;x&lt;/b&gt;" in page


def test_dates_must_fit_the_event(client, event, org):
    cases = [
        (
            {"arrival_date": "2040-01-05", "departure_date": "2040-01-01"},
            "Departure must be after arrival.",
        ),
        (
            {"arrival_date": (event.ends_on + timedelta(days=1)).isoformat()},
            "Arrival must be before the event ends.",
        ),
        (
            {"departure_date": (event.starts_on - timedelta(days=1)).isoformat()},
            "Departure must be after the event starts.",
        ),
        (
            {"passport_expiry": event.ends_on.isoformat()},
            "must still be valid after the event ends",
        ),
    ]
    for changes, message in cases:
        page = post(client, registration_data(org, **changes)).get_data(as_text=True)
        assert message in page, message
    assert counts()["registrations"] == 0


def test_the_minimum_age_is_set_per_event(client, org):
    event = make_event("baku", minimum_age=18)
    young = event.starts_on.replace(year=event.starts_on.year - 17).isoformat()
    page = post(client, registration_data(org, date_of_birth=young)).get_data(as_text=True)
    assert "at least 18 years old on the first day of the event" in page
    page = post(client, registration_data(org, date_of_birth="")).get_data(as_text=True)
    assert "Enter a date." in page
    old_enough = event.starts_on.replace(year=event.starts_on.year - 18).isoformat()
    assert post(client, registration_data(org, date_of_birth=old_enough)).status_code == 302


def test_registration_only_while_open(client, org):
    now = datetime.now(UTC)
    make_event(
        "baku",
        registration_opens_at=now - timedelta(days=9),
        registration_closes_at=now - timedelta(days=1),
    )
    response = post(client, registration_data(org))
    assert response.status_code == 403
    assert "Registration for this event is not open." in response.get_data(as_text=True)
    make_event("draft", published=False)
    assert client.get("/events/draft/register").status_code == 404
    assert counts()["registrations"] == 0


# ------------------------------------------------------------------------------------------
# Photos.


def exif_rotated() -> bytes:
    """A portrait photo stored upside down, with EXIF orientation 3 (rotate 180°)."""
    image = Image.new("RGB", (600, 800), (0, 0, 255))
    image.paste((255, 0, 0), (0, 400, 600, 800))  # red at the bottom as stored
    exif = Image.Exif()
    exif[0x0112] = 3
    exif[0x010F] = "SecretCam"  # Make: must not survive
    exif[0x8825] = {2: (48.0, 51.0, 0.0)}  # GPS
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def test_a_photo_is_normalised(client, event, org):
    assert (
        post(client, registration_data(org), photo=exif_rotated(), filename="x.txt").status_code
        == 302
    )
    photo = db.session.scalar(select(Photo))
    assert (photo.width, photo.height) == (600, 800)
    image = Image.open(io.BytesIO(photo.content))
    assert image.format == "JPEG"
    assert not image.getexif() and "exif" not in image.info and "icc_profile" not in image.info
    # Orientation applied: red (stored at the bottom) is now on top.
    top, bottom = image.getpixel((300, 50)), image.getpixel((300, 750))
    assert top[0] > 200 and top[2] < 60 and bottom[2] > 200


def test_large_photos_are_cropped_to_badge_resolution(client, event, org):
    png = jpeg(2000, 1500, fmt="PNG", alpha=True)
    assert post(client, registration_data(org), photo=png, filename="p.png").status_code == 302
    photo = db.session.scalar(select(Photo))
    assert (photo.width, photo.height) == (600, 800)


def test_webp_is_accepted(client, event, org):
    webp = jpeg(450, 600, fmt="WEBP")
    assert post(client, registration_data(org), photo=webp, filename="p.webp").status_code == 302
    assert db.session.scalar(select(Photo)).width == 450


def png_with_size(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims another size (a decompression bomb's trick)."""
    import struct
    import zlib

    data = bytearray(jpeg(8, 8, fmt="PNG"))
    ihdr = 8 + 8  # signature, then length and type of the IHDR chunk
    data[ihdr : ihdr + 8] = struct.pack(">II", width, height)
    crc = zlib.crc32(bytes(data[12 : ihdr + 13]))
    data[ihdr + 13 : ihdr + 17] = struct.pack(">I", crc)
    return bytes(data)


def animated(fmt: str) -> bytes:
    frames = [Image.new("RGB", (400, 600), c) for c in ((255, 0, 0), (0, 255, 0))]
    out = io.BytesIO()
    frames[0].save(out, fmt, save_all=True, append_images=frames[1:], duration=100, loop=0)
    return out.getvalue()


def gif() -> bytes:
    out = io.BytesIO()
    Image.new("P", (400, 600)).save(out, "GIF")
    return out.getvalue()


BAD_PHOTOS = [
    (b"", "p.jpg", "The photo file is empty."),
    (b"GIF89a" + b"not really", "p.jpg", "Photos must be JPEG, PNG or WebP files."),
    (gif, "p.gif", "Photos must be JPEG, PNG or WebP files."),
    (b"%PDF-1.7 this is a document", "photo.jpg", "This file is not a picture we can read."),
    (lambda: jpeg(200, 300), "small.jpg", "The photo is too small (200 x 300 pixels)."),
    (lambda: png_with_size(7000, 7000), "bomb.png", "too many pixels to be a photo"),
    (lambda: png_with_size(30000, 30000), "bomb.png", "too many pixels to be a photo"),
    (lambda: animated("WEBP"), "a.webp", "The picture is animated. Choose a still photo."),
    (lambda: animated("PNG"), "a.png", "The picture is animated. Choose a still photo."),
    (lambda: jpeg()[:300], "cut.jpg", "The picture file is damaged or incomplete."),
]


@pytest.mark.parametrize(("content", "filename", "message"), BAD_PHOTOS)
def test_each_bad_photo_has_its_own_message(client, event, org, content, filename, message):
    content = content() if callable(content) else content
    before = counts()
    response = post(client, registration_data(org), photo=content, filename=filename)
    page = response.get_data(as_text=True)
    assert message in page
    assert counts() == before


def test_a_photo_over_5_mb_is_refused(client, event, org):
    big = jpeg() + b"\0" * (5 * 1024 * 1024)
    page = post(client, registration_data(org), photo=big).get_data(as_text=True)
    assert "The photo file is larger than 5 MB." in page
    assert counts()["registrations"] == 0


def test_a_much_larger_upload_gets_a_page_saying_so(client, event, org):
    huge = b"\0" * (7 * 1024 * 1024)
    response = post(client, registration_data(org), photo=huge)
    assert response.status_code == 413
    assert "The photo must be at most 5 MB." in response.get_data(as_text=True)


def test_a_failed_submission_keeps_the_photo(client, event, org):
    data = registration_data(org, email="not-an-address")
    page = post(client, data, photo=jpeg(900, 1200)).get_data(as_text=True)
    assert "Enter a valid e-mail address" in page
    kept = re.search(r'name="kept_photo" type="hidden" value="([^"]+)"', page).group(1)
    assert "data:image/jpeg;base64," in page  # the preview
    data.update(email="fatima@example.org", kept_photo=kept)
    assert post(client, data).status_code == 302
    assert db.session.scalar(select(Photo)).width == 600


def test_a_forged_kept_photo_is_ignored(client, event, org):
    data = registration_data(org, kept_photo="aGVsbG8.forged")
    assert post(client, data).status_code == 302
    assert counts()["photos"] == 0


# ------------------------------------------------------------------------------------------
# Duplicates.


def test_the_same_email_cannot_register_twice(client, event, org):
    assert post(client, registration_data(org, email="dup@example.org")).status_code == 302
    before = counts()
    page = post(client, registration_data(org, email="DUP@example.org")).get_data(as_text=True)
    assert "This e-mail address is already registered for this event." in page
    assert "/portal/link" in page
    assert counts() == before


def test_the_same_passport_and_nationality_cannot_register_twice(client, event, org):
    assert post(client, registration_data(org, passport_number="AB123456")).status_code == 302
    page = post(client, registration_data(org, passport_number="ab-123 456")).get_data(as_text=True)
    assert "A registration with this passport number and nationality already exists" in page
    # The same number from another country is another passport.
    assert (
        post(
            client, registration_data(org, passport_number="AB123456", nationality="EG")
        ).status_code
        == 302
    )


def test_a_cancelled_registration_does_not_block_a_new_one(client, event, org):
    make_registration(
        event, email="back@example.org", email_normalised="back@example.org", status="cancelled"
    )
    assert post(client, registration_data(org, email="back@example.org")).status_code == 302


def test_the_database_refuses_a_duplicate_that_slips_past_the_check(event, org, monkeypatch):
    from gsnp_events.registration import services

    assert services.register(event, registration_data(org, email="race@example.org"), None)
    monkeypatch.setattr(services, "_active_duplicate", lambda *a, **k: None)
    with pytest.raises(services.DuplicateRegistration) as error:
        services.register(event, registration_data(org, email="race@example.org"), None)
    assert error.value.code == "duplicate_email"
    assert counts()["registrations"] == 1


# ------------------------------------------------------------------------------------------
# Places and the waiting list.


def test_over_the_category_quota_goes_to_the_waiting_list(client, event, org):
    event.categories[0].quota = 1
    db.session.commit()
    assert post(client, registration_data(org)).status_code == 302
    response = post(client, registration_data(org))
    assert response.status_code == 302
    page = client.get(response.location).get_data(as_text=True)
    assert "you are number 1 on the waiting list" in page
    statuses = db.session.scalars(select(Registration.status).order_by(Registration.id)).all()
    assert statuses == ["unconfirmed", "waitlisted"]
    mail = db.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).all()[-1]
    assert "number 1 on the waiting list" in mail.body_text


@pytest.mark.parametrize(
    ("setting", "second"),
    [
        ({"capacity": 1}, {}),
        ({"country_limit": 1}, {}),
        ({"organisation_limit": 1}, {}),
    ],
)
def test_each_limit_is_applied(client, org, setting, second):
    make_event("baku", **setting)
    post(client, registration_data(org))
    post(client, registration_data(org, **second))
    statuses = db.session.scalars(select(Registration.status).order_by(Registration.id)).all()
    assert statuses == ["unconfirmed", "waitlisted"]


def test_limits_count_only_places_held(client, org):
    event = make_event("baku", capacity=1)
    make_registration(event, status="rejected")
    make_registration(event, status="waitlisted")
    post(client, registration_data(org))
    assert (
        db.session.scalars(select(Registration.status).order_by(Registration.id.desc())).first()
        == "unconfirmed"
    )


def test_another_country_still_fits_the_country_limit(client, org):
    make_event("baku", country_limit=1)
    post(client, registration_data(org, nationality="TN"))
    post(client, registration_data(org, nationality="EG", phone="+20 2 2345 6789"))
    assert set(db.session.scalars(select(Registration.status))) == {"unconfirmed"}


def test_unendorsed_delegates_do_not_use_the_organisations_places(client):
    event = make_event("baku", organisation_limit=1)
    org = make_organisation(focal_point_email="focal@example.org")
    post(client, registration_data(org))
    post(client, registration_data(org))
    registrations = db.session.scalars(select(Registration)).all()
    assert {r.status for r in registrations} == {"unconfirmed"}
    assert all(r.endorsement_required for r in registrations)
    assert event.organisation_limit == 1


def test_an_overdue_unconfirmed_registration_frees_its_place_for_the_next(client, event, org):
    event.capacity = 1
    db.session.commit()
    old = make_registration(
        event, status="unconfirmed", confirmation_due_at=utcnow() - timedelta(minutes=1)
    )
    post(client, registration_data(org))
    db.session.expire_all()
    assert db.session.get(Registration, old.id).status == "expired"
    assert (
        db.session.scalars(select(Registration.status).order_by(Registration.id.desc())).first()
        == "unconfirmed"
    )


# ------------------------------------------------------------------------------------------
# Confirmation.


def confirmation_link(registration_email: str) -> str:
    mail = db.session.scalar(
        select(OutboxMessage).where(
            OutboxMessage.to_address == registration_email,
            OutboxMessage.kind == "registration.confirm",
        )
    )
    return re.search(r"http://localhost(/confirm/\S+)", mail.body_text).group(1)


def test_the_confirmation_link_confirms_and_opens_the_portal(client, event, org):
    post(client, registration_data(org, email="c@example.org"))
    link = confirmation_link("c@example.org")
    response = client.get(link)
    assert response.status_code == 302 and response.location.endswith("/portal/")
    page = client.get("/portal/").get_data(as_text=True)
    assert "Thank you: your e-mail address is confirmed." in page and "Submitted" in page
    registration = db.session.scalar(select(Registration))
    db.session.refresh(registration)
    assert registration.status == "submitted" and registration.confirmed_at is not None
    again = client.get(link)
    assert again.status_code == 302
    assert "already confirmed" in client.get("/portal/").get_data(as_text=True)


def test_a_tampered_or_expired_link_says_what_to_do(client, event, org):
    post(client, registration_data(org, email="t@example.org"))
    link = confirmation_link("t@example.org")
    response = client.get(link[:-3] + "abc")
    assert response.status_code == 400
    assert "This link is not valid." in response.get_data(as_text=True)
    registration = db.session.scalar(select(Registration))
    registration.confirmation_due_at = utcnow() - timedelta(minutes=1)
    db.session.commit()
    from gsnp_events.accreditation.workflow import expire_overdue

    expire_overdue()
    page = client.get(link).get_data(as_text=True)
    assert "expired because its e-mail address was not confirmed in time" in page


def test_a_link_followed_after_the_confirmation_time_has_expired(client, org):
    make_event("baku", unconfirmed_expiry_hours=1)
    post(client, registration_data(org, email="late@example.org"))
    link = confirmation_link("late@example.org")
    registration = db.session.scalar(select(Registration))
    registration.confirmation_due_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    page = client.get(link).get_data(as_text=True)
    assert "This link has expired." in page
    db.session.refresh(registration)
    assert registration.confirmed_at is None


def test_the_photo_is_optional(client, event, org):
    assert post(client, registration_data(org)).status_code == 302
    assert counts()["photos"] == 0


def test_self_registration_for_an_ngo_with_a_focal_point_waits_for_endorsement(client, event):
    org = make_organisation(focal_point_email="focal@example.org")
    post(client, registration_data(org, email="d@example.org"))
    client.get(confirmation_link("d@example.org"))
    registration = db.session.scalar(select(Registration))
    db.session.refresh(registration)
    assert registration.status == "awaiting_endorsement"
    kinds = db.session.scalars(
        select(OutboxMessage.kind).where(OutboxMessage.to_address == "focal@example.org")
    ).all()
    assert kinds == ["focal_point.endorsement_requested"]


# ------------------------------------------------------------------------------------------
# Organisations.


def test_find_organisations_of_a_country(client, event):
    make_organisation("Green Earth Tunisia", name_local="الأرض الخضراء")
    make_organisation("Tunis Youth Forum")
    make_organisation("Cairo Water Trust", country_code="EG")
    make_organisation("Bogus NGO", vetting_status="rejected")
    data = registration_data(
        None,
        organisation_choice="existing",
        organisation_country="TN",
        organisation_search="الخضراء",
        action="find_organisation",
        email="keep@example.org",
    )
    before = counts()
    page = post(client, data).get_data(as_text=True)
    assert "Green Earth Tunisia (الأرض الخضراء)" in page
    assert "Tunis Youth Forum" not in page and "Cairo Water Trust" not in page
    assert 'value="keep@example.org"' in page and 'class="error-summary"' not in page
    assert counts() == before
    page = client.get(URL + "?").get_data(as_text=True)
    page = post(client, {**data, "organisation_search": ""}).get_data(as_text=True)
    assert "Tunis Youth Forum" in page and "Bogus NGO" not in page


def test_organisation_search_treats_wildcards_as_text(event):
    from gsnp_events.registration.services import search_organisations

    make_organisation("100% Youth")
    make_organisation("Youth Action")
    assert [o.name for o in search_organisations("TN", "%").organisations] == ["100% Youth"]
    assert [o.name for o in search_organisations("TN", "_").organisations] == []
