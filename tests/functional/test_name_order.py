"""The order of a person's names: chosen on the form, the delegation form, the portal, the import
and the API, else the custom of the nationality; the Latin line follows it on badges, letters,
lists, exports and e-mails ("KIM Eun-jong", "Amina Yusuf")."""

import csv
import io
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from flask import current_app
from openpyxl import Workbook
from pypdf import PdfReader
from sqlalchemy import select

from gsnp_events.backoffice.imports import COLUMNS as IMPORT_COLUMNS
from gsnp_events.badges import services as badge_services
from gsnp_events.badges import tokens as badge_tokens
from gsnp_events.badges.render import render_badges
from gsnp_events.extensions import db
from gsnp_events.letters import services as letters
from gsnp_events.models import LetterSettings, OutboxMessage, Registration, Role
from gsnp_events.registration import tokens
from tests.factories import (
    login,
    make_event,
    make_organisation,
    make_registration,
    make_staff,
    registration_data,
)

KOREAN = {"given_name": "Eun-jong", "family_name": "Kim", "nationality": "KR", "name_local": ""}


@pytest.fixture
def event():
    return make_event("baku", languages=["en", "fr"])


@pytest.fixture
def org():
    return make_organisation()


def _registered(email: str) -> Registration:
    return db.session.scalar(select(Registration).where(Registration.email == email))


def _pdf_text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


# Choosing the order ------------------------------------------------------------------------------


def test_the_form_offers_the_order_preset_by_a_small_script(client, event):
    page = client.get("/events/baku/register").get_data(as_text=True)
    select_tag = re.search(r'<select[^>]*name="name_order"[^>]*>', page).group(0)
    assert "data-name-order" in select_tag
    assert all(code in select_tag for code in ("CN", "KR", "KP", "JP", "VN", "KH", "MN", "HU"))
    # Without the script the first option applies the custom of the nationality.
    options = re.findall(
        r'<option[^>]*value="([^"]*)"[^>]*>([^<]*)', page[page.index(select_tag) :]
    )
    assert options[:3] == [
        ("", "As is usual in my country"),
        ("given_first", "Given name first"),
        ("family_first", "Family name first"),
    ]
    script = client.get("/static/js/registration.js").get_data(as_text=True)
    assert "data-name-order" in script and "family_first" in script


def test_without_a_choice_the_nationality_decides(client, event, org):
    data = registration_data(org, **KOREAN, email="kim@example.org")
    assert client.post("/events/baku/register", data=data).status_code == 302
    kim = _registered("kim@example.org")
    assert kim.name_order is None and kim.full_name == "KIM Eun-jong"
    data = registration_data(org, email="amina@example.org", given_name="Amina")
    data["family_name"] = "Yusuf"
    client.post("/events/baku/register", data=data)
    assert _registered("amina@example.org").full_name == "Amina Yusuf"


def test_a_chosen_order_wins_over_the_custom(client, event, org):
    data = registration_data(org, **KOREAN, email="kim@example.org", name_order="given_first")
    client.post("/events/baku/register", data=data)
    kim = _registered("kim@example.org")
    assert kim.name_order == "given_first" and kim.full_name == "Eun-jong Kim"
    mail = db.session.scalar(select(OutboxMessage).where(OutboxMessage.to_address == kim.email))
    assert "Hello \u2068Eun-jong Kim\u2069," in mail.body_text


def test_an_order_that_is_not_offered_is_explained_and_kept(client, event, org):
    data = registration_data(org, **KOREAN, email="kim@example.org", name_order="sideways")
    response = client.post("/events/baku/register", data=data)
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "Choose one of the options." in page
    assert 'value="Eun-jong"' in page and _registered("kim@example.org") is None


def test_the_delegation_form_takes_an_order_per_delegate(client, event):
    rows = {}
    for index, (given, family, country, order) in enumerate(
        [("Eun-jong", "Kim", "KR", ""), ("Béla", "Nagy", "HU", "given_first")]
    ):
        values = {
            "given_name": given,
            "family_name": family,
            "nationality": country,
            "name_order": order,
            "passport_number": f"K000{index}1234",
            "passport_expiry": (event.ends_on + timedelta(days=900)).isoformat(),
            "email": f"delegate{index}@example.org",
            "preferred_language": "en",
            "category": "delegate",
        }
        rows.update({f"delegates-{index}-{k}": v for k, v in values.items()})
    data = {
        "focal_point_name": "Abena Owusu",
        "focal_point_email": "abena@example.org",
        "consent": "y",
        "organisation_choice": "new",
        "organisation_name": "Seoul Civic Forum",
        "organisation_country": "KR",
        **rows,
    }
    assert client.post("/events/baku/delegation", data=data).status_code == 302
    names = [
        r.full_name for r in db.session.scalars(select(Registration).order_by(Registration.id))
    ]
    assert names == ["KIM Eun-jong", "Béla Nagy"]
    focal = db.session.scalar(
        select(OutboxMessage).where(OutboxMessage.to_address == "abena@example.org")
    )
    assert "KIM Eun-jong" in focal.body_text and "Béla Nagy" in focal.body_text
    assert "KIM Eun-jong" in focal.body_html


def test_the_delegate_changes_the_order_in_the_portal(client, event, org):
    kim = make_registration(
        event,
        given_name="Eun-jong",
        family_name="Kim",
        nationality_code="KR",
        name_local=None,
        status="submitted",
        organisation=org,
        passport_expiry=event.ends_on + timedelta(days=400),
    )
    client.get(f"/portal/login/{tokens.portal_token(kim)}")
    page = client.get("/portal/edit").get_data(as_text=True)
    assert 'name="name_order"' in page and "js/registration.js" in page
    data = {
        "version": str(kim.version),
        "given_name": "Eun-jong",
        "family_name": "Kim",
        "nationality": "KR",
        "name_order": "given_first",
        "passport_number": kim.passport_number,
        "passport_expiry": kim.passport_expiry.isoformat(),
        "preferred_language": "en",
        "languages": ["en"],
    }
    assert client.post("/portal/edit", data=data).status_code == 302
    db.session.expire_all()
    assert kim.name_order == "given_first" and kim.full_name == "Eun-jong Kim"
    assert "Eun-jong Kim" in client.get("/portal/").get_data(as_text=True)


def test_the_import_takes_a_name_order_column(client, event):
    ngo = make_organisation(country_code="JP")
    login(client, make_staff(Role.ACCREDITATION_OFFICER, event))
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(list(IMPORT_COLUMNS))
    expiry = (event.ends_on + timedelta(days=900)).isoformat()
    for n, (given, family, order) in enumerate(
        [("Haruki", "Sato", ""), ("Ken", "Ito", "given_first")]
    ):
        row = {
            "given_name": given,
            "family_name": family,
            "name_order": order,
            "nationality": "JP",
            "passport_number": f"TK{n:07d}",
            "passport_expiry": expiry,
            "email": f"jp{n}@example.org",
            "category": "delegate",
        }
        sheet.append([row.get(c) for c in IMPORT_COLUMNS])
    buffer = io.BytesIO()
    workbook.save(buffer)
    page = client.post(
        f"/backoffice/events/baku/organisations/{ngo.id}/import",
        data={"file": (io.BytesIO(buffer.getvalue()), "delegation.xlsx")},
        content_type="multipart/form-data",
    ).get_data(as_text=True)
    assert "2 delegates imported." in page and "SATO Haruki" in page and "Ken Ito" in page


def test_the_api_takes_and_returns_the_order(client, event, org):
    data = registration_data(org, consent=True, organisation_id=org.id, **KOREAN)
    data.update(email="api@example.org", name_order="family_first")
    response = client.post("/api/v1/events/baku/registrations", json=data)
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert body["name_order"] == "family_first" and body["name"] == "KIM Eun-jong"
    data.update(email="api2@example.org", passport_number="K99887766", name_order="upwards")
    response = client.post("/api/v1/events/baku/registrations", json=data)
    assert response.status_code == 422
    assert response.get_json()["error"]["fields"]["name_order"][0]["code"] == "choice"


# Where the name is written ------------------------------------------------------------------------


def _people(event):
    kim = make_registration(
        event,
        given_name="Eun-jong",
        family_name="Kim",
        name_local="김은정",
        nationality_code="KR",
        status="approved",
    )
    amina = make_registration(
        event,
        given_name="Amina",
        family_name="Yusuf",
        name_local=None,
        nationality_code="SD",
        status="approved",
    )
    return kim, amina


def test_the_review_queue_and_the_badge_list_follow_the_order(client, event):
    kim, amina = _people(event)
    login(client, make_staff(Role.ACCREDITATION_OFFICER, event))
    queue = client.get("/backoffice/events/baku/registrations").get_data(as_text=True)
    assert "KIM Eun-jong" in queue and "Amina YUSUF" in queue
    assert "KIM, Eun-jong" not in queue and "Eun-jong Kim" not in queue
    detail = client.get(f"/backoffice/events/baku/registrations/{kim.id}").get_data(as_text=True)
    assert "KIM Eun-jong" in detail and "Family name first" in detail
    assert "the custom of the nationality" in detail


def test_the_badge_list_follows_the_order(client, event):
    _people(event)
    login(client, make_staff(Role.BADGE_DESK, event))
    badges = client.get("/backoffice/events/baku/badges/").get_data(as_text=True)
    assert "KIM Eun-jong" in badges and "Amina YUSUF" in badges


def test_the_export_writes_the_name_in_its_order(client, event):
    _people(event)
    login(client, make_staff(Role.ACCREDITATION_OFFICER, event))
    response = client.get(
        "/backoffice/events/baku/export?format=csv&sort=family_name"
        "&column=name&column=family_name&column=given_name&column=name_order"
    )
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows == [
        ["Name", "Family name", "Given names", "Name order"],
        ["KIM Eun-jong", "Kim", "Eun-jong", "family_first"],
        ["Amina Yusuf", "Yusuf", "Amina", "given_first"],
    ]


def test_the_badge_prints_the_latin_line_in_the_order(app, event):
    kim, amina = _people(event)
    key = badge_tokens.signing_key(current_app.config)
    badges = badge_services.load_badges(event, [kim.id, amina.id], {}, key)
    assert [(b.name, b.latin_name) for b in badges] == [
        ("김은정", "KIM Eun-jong"),
        ("Amina Yusuf", None),
    ]
    text = _pdf_text(render_badges(badges, badge_services.event_text(event), "a6-portrait").pdf)
    assert "KIM Eun-jong" in text and "Amina Yusuf" in text and "Eun-jong Kim" not in text


def test_the_letter_writes_the_name_in_its_order_and_its_initials(client, event, time_machine):
    time_machine.move_to(
        datetime.combine(event.starts_on, datetime.min.time(), UTC) - timedelta(30)
    )
    db.session.add(
        LetterSettings(
            event_id=event.id,
            organiser_name="Global South NGO Platform",
            signatory_name="Leyla Mammadova",
            signatory_title="Secretary-General",
        )
    )
    kim, _ = _people(event)
    kim.visa_support_requested = True
    kim.date_of_birth = date(1985, 4, 23)
    kim.organisation = make_organisation()
    db.session.commit()
    officer = make_staff(Role.ACCREDITATION_OFFICER, event)
    letter = letters.issue_letter(kim, officer)
    assert letter.content["name"] == "KIM Eun-jong"
    login(client, officer)
    pdf = client.get(f"/backoffice/events/{event.slug}/letters/{letter.id}.pdf").data
    assert "KIM Eun-jong" in _pdf_text(pdf)
    page = client.get(f"/letters/verify/{letter.reference}").get_data(as_text=True)
    assert "K. E." in page
    listing = client.get(f"/backoffice/events/{event.slug}/letters/?show=issued")
    assert "KIM Eun-jong" in listing.get_data(as_text=True)
