"""An event's texts in each of its languages (name, venue, city, description, data-protection
notice, e-mail signature): set in the settings, shown to delegates in their language with the
default text where a language has none; the consent records the notice as shown."""

import re

import pytest
from sqlalchemy import select

from gsnp_events.extensions import db
from gsnp_events.letters import services as letters
from gsnp_events.letters.render import render_letter_html
from gsnp_events.models import OutboxMessage, Registration, Role, VisaLetter
from gsnp_events.models.events import TEXT_FIELDS
from gsnp_events.registration import services, tokens
from tests.factories import (
    login,
    make_event,
    make_organisation,
    make_registration,
    make_staff,
    registration_data,
)
from tests.functional.test_event_setup_and_staff import EVENT_FORM
from tests.functional.test_letters import approved, set_up_letters

ARABIC = {
    "name": "الجمعية التأسيسية",
    "venue": "مركز باكو للمؤتمرات",
    "description": "جمعية المنظمات غير الحكومية.\n\nالتسجيل مفتوح للجميع.",
    "data_protection_notice": "نحتفظ ببياناتك لتنظيم الجمعية فقط.",
    "email_signature": "أمانة المنصة",
}  # no city: the Arabic pages show the default one


@pytest.fixture
def event():
    return make_event(
        "baku",
        name="Founding Assembly",
        city="Baku",
        languages=["en", "ar"],
        description="An assembly of NGOs.\n\nOpen to all members.",
        data_protection_notice="We keep your data to run the assembly.",
        data_protection_version="2026-1",
        email_signature="The Platform's secretariat",
        texts={"ar": ARABIC},
    )


def test_the_text_falls_back_to_the_default_one(event):
    assert event.text("name", "ar") == ARABIC["name"]
    assert event.text("city", "ar") == "Baku"  # none in Arabic
    assert event.text("name", "fr") == "Founding Assembly"  # not a language it gives texts in
    assert event.text("name", None) == "Founding Assembly"
    assert event.own_text("city", "ar") is None
    with pytest.raises(ValueError):
        event.text("slug", "ar")


# Settings ------------------------------------------------------------------------------------


def settings_form(**changes) -> dict:
    data = dict(EVENT_FORM, languages=["en", "ar"], data_protection_version="2026-1")
    data.update(changes)
    return data


def texts_typed(language: str, **typed) -> dict:
    """The fields of one language's texts as a browser sends them (the empty ones too)."""
    return {f"texts_{language}-{name}": typed.get(name, "") for name in TEXT_FIELDS}


def test_the_settings_form_saves_the_texts_of_each_language(client, event):
    login(client, make_staff(Role.EVENT_MANAGER, event))
    page = client.get("/backoffice/events/baku/settings").get_data(as_text=True)
    # One section per language of the event, filled with what is stored.
    assert '<summary lang="ar">العربية</summary>' in page
    assert '<summary lang="en">English</summary>' in page
    assert "Français" not in re.findall(r"<summary[^>]*>([^<]*)</summary>", page)
    assert f'value="{ARABIC["venue"]}"' in page and 'lang="ar"' in page and 'dir="auto"' in page
    data = settings_form(
        description="Default description",
        email_signature="Default signature",
        data_protection_notice="We keep your data to run the assembly.",
        data_protection_version="2026-2",
        **texts_typed(
            "ar",
            name=" الجمعية العامة ",
            city="باكو",
            data_protection_notice="إشعار جديد",
        ),
        **texts_typed("en", email_signature="The secretariat, in English"),
        **texts_typed("fr", name="Assemblée"),  # French is not a language of the event
    )
    response = client.post("/backoffice/events/baku/settings", data=data)
    assert response.status_code == 302
    db.session.expire_all()
    assert event.texts == {
        "ar": {"name": "الجمعية العامة", "city": "باكو", "data_protection_notice": "إشعار جديد"},
        "en": {"email_signature": "The secretariat, in English"},
    }
    assert (event.description, event.email_signature) == (
        "Default description",
        "Default signature",
    )
    page = client.get("/backoffice/events/baku/settings").get_data(as_text=True)
    assert 'value="الجمعية العامة"' in page and "إشعار جديد</textarea>" in page


def test_the_settings_form_keeps_the_typed_texts_when_something_is_wrong(client, event):
    login(client, make_staff(Role.EVENT_MANAGER, event))
    data = settings_form(
        ends_on="2027-03-01",  # before the first day
        **texts_typed("ar", **dict(ARABIC, venue="قاعة جديدة", city="ب" * 101)),
    )
    page = client.post("/backoffice/events/baku/settings", data=data).get_data(as_text=True)
    assert "The last day cannot be before the first day." in page
    assert 'value="قاعة جديدة"' in page
    assert "Field cannot be longer than 100 characters." in page
    assert '<details class="language-texts" open>' in page
    db.session.expire_all()
    assert event.texts == {"ar": ARABIC}


def test_a_notice_changed_in_one_language_needs_a_new_version(client, event):
    login(client, make_staff(Role.EVENT_MANAGER, event))
    data = settings_form(
        data_protection_notice="We keep your data to run the assembly.",
        **texts_typed("ar", **dict(ARABIC, data_protection_notice="نص آخر")),
    )
    page = client.post("/backoffice/events/baku/settings", data=data, follow_redirects=True)
    assert "give it a new version" in page.get_data(as_text=True)
    db.session.expire_all()
    assert event.texts["ar"]["data_protection_notice"] == ARABIC["data_protection_notice"]
    data["data_protection_version"] = "2026-2"
    assert client.post("/backoffice/events/baku/settings", data=data).status_code == 302
    db.session.expire_all()
    assert event.texts["ar"]["data_protection_notice"] == "نص آخر"


# Public pages --------------------------------------------------------------------------------


def test_the_event_and_home_pages_show_the_texts_of_the_readers_language(client, event):
    page = client.get("/events/baku?lang=ar").get_data(as_text=True)
    assert f"<h1><bdi>{ARABIC['name']}</bdi></h1>" in page
    assert f"<bdi>{ARABIC['venue']}</bdi>" in page and "<bdi>Baku</bdi>" in page  # city: default
    assert '<p dir="auto">جمعية المنظمات غير الحكومية.</p><p dir="auto">التسجيل' in page
    english = client.get("/events/baku?lang=en").get_data(as_text=True)
    assert "<h1><bdi>Founding Assembly</bdi></h1>" in english
    assert '<p dir="auto">An assembly of NGOs.</p><p dir="auto">Open to all members.</p>' in english
    home = client.get("/?lang=ar").get_data(as_text=True)
    assert f"<bdi>{ARABIC['name']}</bdi>" in home
    assert '<p dir="auto">جمعية المنظمات غير الحكومية.</p>' in home
    assert "التسجيل مفتوح للجميع" not in home  # the first paragraph only
    french = client.get("/events/baku?lang=fr").get_data(as_text=True)  # not an event language
    assert "<h1><bdi>Founding Assembly</bdi></h1>" in french


def test_the_registration_form_shows_the_notice_in_the_readers_language(client, event):
    page = client.get("/events/baku/register?lang=ar").get_data(as_text=True)
    assert ARABIC["data_protection_notice"] in page
    assert '<input type="hidden" name="consent_language" value="ar">' in page
    assert f"<bdi>{ARABIC['name']}</bdi>" in page  # the breadcrumb
    event.texts = {"ar": {"name": ARABIC["name"]}}  # no Arabic notice
    db.session.commit()
    page = client.get("/events/baku/register?lang=ar").get_data(as_text=True)
    assert "We keep your data to run the assembly." in page


def test_registering_in_arabic_records_the_arabic_notice_and_its_version(client, event):
    organisation = make_organisation()
    page = client.get("/events/baku/register?lang=ar").get_data(as_text=True)
    shown = re.search(r'name="consent_language" value="([^"]+)"', page).group(1)
    data = registration_data(organisation, consent_language=shown, preferred_language="ar")
    response = client.post("/events/baku/register?lang=ar", data=data)
    assert response.status_code == 302
    registration = db.session.scalar(select(Registration))
    assert registration.consent_text == ARABIC["data_protection_notice"]
    assert (registration.consent_language, registration.consent_version) == ("ar", "2026-1")

    officer = make_staff(Role.ACCREDITATION_OFFICER, event)
    login(client, officer)
    detail = client.get(
        f"/backoffice/events/baku/registrations/{registration.id}?lang=en"
    ).get_data(as_text=True)
    assert "<summary>The notice agreed to, in Arabic</summary>" in detail
    assert f'lang="ar">{ARABIC["data_protection_notice"]}</div>' in detail


def test_without_a_notice_in_the_language_the_default_one_is_recorded(event):
    event.texts = {"ar": {"name": ARABIC["name"]}}
    db.session.commit()
    result = services.register(
        event, registration_data(make_organisation(), consent_language="ar"), None
    )
    registration = result.registration
    assert registration.consent_text == "We keep your data to run the assembly."
    assert registration.consent_language is None


def test_a_focal_point_consents_to_the_notice_in_their_language(event):
    raw = {
        "focal_point_name": "Abena Owusu",
        "focal_point_email": "abena@example.org",
        "consent": "y",
        "consent_language": "ar",
        "organisation_choice": "new",
        "organisation_name": "Accra Civic Forum",
        "organisation_country": "GH",
    }
    row = {
        k: v
        for k, v in registration_data(None).items()
        if not k.startswith("organisation") and k != "consent"
    }
    result = services.register_delegation(event, raw, [row])
    (registration,) = result.registrations
    assert registration.consent_text == ARABIC["data_protection_notice"]
    assert registration.consent_language == "ar"


def test_the_portal_names_the_event_in_the_readers_language(client, event):
    registration = make_registration(event, status="submitted")
    client.get(f"/portal/login/{tokens.portal_token(registration)}")
    page = client.get("/portal/?lang=ar").get_data(as_text=True)
    assert f'<p class="breadcrumb"><bdi>{ARABIC["name"]}</bdi></p>' in page
    page = client.get("/portal/?lang=en").get_data(as_text=True)
    assert '<p class="breadcrumb"><bdi>Founding Assembly</bdi></p>' in page


# E-mails -------------------------------------------------------------------------------------


def test_an_email_in_arabic_names_the_event_and_signs_in_arabic(event):
    services.register(event, registration_data(make_organisation(), preferred_language="ar"), None)
    message = db.session.scalar(select(OutboxMessage))
    assert message.language == "ar"
    assert ARABIC["name"] in message.subject
    assert ARABIC["name"] in message.body_text and ARABIC["name"] in message.body_html
    assert message.body_text.rstrip().endswith(f"-- \n{ARABIC['email_signature']}")
    assert f'<p dir="auto">{ARABIC["email_signature"]}</p>' in message.body_html


def test_an_email_falls_back_to_the_default_signature(event):
    event.texts = {"ar": {"name": ARABIC["name"]}}
    db.session.commit()
    services.register(event, registration_data(make_organisation(), preferred_language="ar"), None)
    message = db.session.scalar(select(OutboxMessage))
    assert message.body_text.rstrip().endswith("-- \nThe Platform's secretariat")
    assert "The Platform&#39;s secretariat</p>" in message.body_html


def test_an_email_without_any_signature_ends_as_before(event):
    event.email_signature = ""
    event.texts = {}
    db.session.commit()
    services.register(event, registration_data(make_organisation()), None)
    message = db.session.scalar(select(OutboxMessage))
    assert "-- " not in message.body_text
    assert message.body_text.rstrip().splitlines()[-1].startswith("Your registration")


# API -----------------------------------------------------------------------------------------


def test_the_api_gives_the_texts_of_each_language_and_records_the_notice_shown(client, event):
    body = client.get("/api/v1/events/baku").get_json()
    assert body["name"] == "Founding Assembly" and body["description"].startswith("An assembly")
    assert body["texts"]["ar"] == {
        "name": ARABIC["name"],
        "venue": ARABIC["venue"],
        "city": "Baku",
        "description": ARABIC["description"],
        "data_protection_notice": ARABIC["data_protection_notice"],
    }
    assert body["texts"]["en"]["name"] == "Founding Assembly"
    org = make_organisation()
    data = registration_data(org, consent=True, organisation_id=org.id, consent_language="ar")
    assert client.post("/api/v1/events/baku/registrations", json=data).status_code == 201
    registration = db.session.scalar(select(Registration))
    assert registration.consent_text == ARABIC["data_protection_notice"]
    assert registration.consent_language == "ar"
    document = client.get("/api/v1/openapi.json").get_json()
    assert "texts" in document["components"]["schemas"]["Event"]["properties"]
    assert "consent_language" in document["components"]["schemas"]["NewRegistration"]["properties"]


# Visa letters --------------------------------------------------------------------------------


def test_a_letter_in_the_delegates_language_names_the_venue_and_city_in_it():
    event = make_event(
        "letters",
        languages=["en", "ar"],
        texts={"ar": {"name": ARABIC["name"], "venue": ARABIC["venue"], "city": "باكو"}},
    )
    set_up_letters(event)
    registration = approved(event, preferred_language="ar")
    letter = letters.issue_letter(registration, make_staff(Role.ACCREDITATION_OFFICER, event))
    english, arabic = render_letter_html(letter).split('<section class="page"')[1:]
    assert 'lang="ar"' in arabic and 'lang="en"' in english
    assert ARABIC["venue"] in arabic and "باكو" in arabic and ARABIC["name"] in arabic
    assert "Baku Congress Center" in english and ARABIC["venue"] not in english
    # The letter keeps what it said when issued.
    event.texts = {}
    db.session.commit()
    assert ARABIC["venue"] in render_letter_html(db.session.get(VisaLetter, letter.id))
