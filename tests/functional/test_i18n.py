"""Languages: choosing one, country names and dates in it, right-to-left pages."""

from datetime import UTC, datetime

import pytest
from flask import g, render_template_string
from markupsafe import Markup
from sqlalchemy import select

from gsnp_events.countries_i18n import country_choices, country_name, sort_key
from gsnp_events.extensions import db
from gsnp_events.i18n import bdi, event_date, event_datetime, isolate
from gsnp_events.models import Country
from tests.factories import make_event

LANGUAGES = ["en", "fr", "es", "ar", "ru", "pt", "az"]


def test_the_app_offers_seven_languages(app):
    assert app.config["LANGUAGES"] == LANGUAGES


def test_the_language_chosen_is_remembered_and_the_first_visit_follows_accept_language(client):
    page = client.get("/", headers={"Accept-Language": "ru-RU,ru;q=0.9,en;q=0.5"})
    assert '<html lang="ru" dir="ltr">' in page.get_data(as_text=True)

    page = client.get("/?lang=ar", headers={"Accept-Language": "ru"})
    assert '<html lang="ar" dir="rtl">' in page.get_data(as_text=True)
    # Remembered in the session, whatever the browser says afterwards.
    page = client.get("/", headers={"Accept-Language": "fr"})
    assert '<html lang="ar" dir="rtl">' in page.get_data(as_text=True)

    page = client.get("/?lang=xx")  # not offered: the remembered one stays
    assert '<html lang="ar"' in page.get_data(as_text=True)


def test_the_language_selector_keeps_the_page_and_its_query(client):
    page = client.get("/?lang=es&q=Bolivia&page=2&q=Chile").get_data(as_text=True)
    assert '<form method="get" class="language" action="/">' in page
    assert '<input type="hidden" name="q" value="Bolivia">' in page
    assert '<input type="hidden" name="q" value="Chile">' in page
    assert '<input type="hidden" name="page" value="2">' in page
    assert '<input type="hidden" name="lang"' not in page
    # Every language is offered under its own name, marked with its language.
    assert '<option value="ar" lang="ar">العربية</option>' in page
    assert '<option value="es" lang="es" selected>español</option>' in page
    assert '<label for="lang">' in page

    page = client.get("/staff/login?next=%2Fbackoffice%2F").get_data(as_text=True)
    assert 'action="/staff/login"' in page
    assert '<input type="hidden" name="next" value="/backoffice/">' in page


def test_query_values_in_the_selector_are_escaped(client):
    page = client.get('/?q="><script>alert(1)</script>').get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page
    assert 'value="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in page


UN_NAMES = {  # Palestine, Iran, Bolivia
    "en": ("State of Palestine", "Iran (Islamic Republic of)", "Bolivia (Plurinational State of)"),
    "fr": (
        "État de Palestine",
        "Iran (République islamique d’)",
        "Bolivie (État plurinational de)",
    ),
    "es": (
        "Estado de Palestina",
        "Irán (República Islámica del)",
        "Bolivia (Estado Plurinacional de)",
    ),
    "ar": ("دولة فلسطين", "إيران (جمهورية - الإسلامية)", "بوليفيا (دولة - المتعددة القوميات)"),
    "ru": (
        "Государство Палестина",
        "Иран (Исламская Республика)",
        "Боливия (Многонациональное Государство)",
    ),
    "pt": ("Estado da Palestina", "Irã", "Bolívia"),
    "az": ("Fələstin Dövləti", "İran", "Boliviya"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_country_names_follow_un_usage_in_each_language(language):
    palestine, iran, bolivia = UN_NAMES[language]
    assert country_name("PS", language) == palestine
    assert country_name("IR", language) == iran
    assert country_name("BO", language) == bolivia
    assert country_name("ps", language) == palestine  # codes in any case


def test_english_names_are_those_of_the_countries_table_for_nam_members():
    members = db.session.execute(
        select(Country.code, Country.name).where(Country.nam_status.is_not(None))
    ).all()
    assert len(members) > 100
    assert {code: country_name(code, "en") for code, _ in members} == dict(members)
    assert country_name("KN", "en") == "Saint Kitts and Nevis"  # not "St. Kitts & Nevis"
    assert country_name("TR", "en") == "Türkiye"


def test_every_country_of_the_table_has_a_name_in_every_language():
    codes = set(db.session.scalars(select(Country.code)))
    for language in LANGUAGES:
        choices = country_choices(language)
        assert {code for code, _ in choices} == codes
        assert all(name and name != code for code, name in choices)


def names(language):
    return [name for _, name in country_choices(language)]


def before(language, first, second):
    listed = names(language)
    return listed.index(country_name(first, language)) < listed.index(
        country_name(second, language)
    )


def test_countries_sort_by_each_languages_alphabet():
    # French ignores accents and case: Égypte between Dominique and Équateur... and El Salvador.
    assert before("fr", "DM", "EG") and before("fr", "EG", "ES")
    # Azerbaijani: Ç is a letter after C, X after H, İ after I (ı), Q after K.
    assert before("az", "DJ", "TD") and before("az", "TD", "DK")  # Cibuti < Çad < Danimarka
    assert before("az", "HN", "HR") and before(
        "az", "HR", "ID"
    )  # Honduras < Xorvatiya < İndoneziya
    assert before("az", "KE", "GA")  # Keniya < Qabon
    # Arabic: without the article, as UN lists sort (الأردن under أ, before أرمينيا).
    assert before("ar", "JO", "AM") and before("ar", "AZ", "AR")
    # Russian: Cyrillic order.
    assert before("ru", "AU", "AT") and before("ru", "AZ", "AL")
    # Spanish: ñ is a letter after n.
    assert sort_key("Españ", "es") > sort_key("Espanz", "es")


def test_country_choices_can_be_limited_to_some_codes():
    assert country_choices("fr", codes=["TN", "DZ", "BO"]) == [
        ("DZ", "Algérie"),
        ("BO", "Bolivie (État plurinational de)"),
        ("TN", "Tunisie"),
    ]


def in_language(app, language):
    g.pop("_flask_babel", None)  # the locale of an earlier request in this app context
    return app.test_request_context(f"/?lang={language}")


def test_the_country_name_filter_uses_the_pages_language(app):
    with in_language(app, "ar"):
        assert render_template_string("{{ 'PS'|country_name }}") == "دولة فلسطين"
    with in_language(app, "fr"):
        assert render_template_string("{{ 'CI'|country_name }}") == "Côte d’Ivoire"


def test_event_times_are_shown_in_the_events_zone_with_the_zone_named(app):
    event = make_event(timezone="Asia/Baku")
    late = datetime(2026, 12, 1, 21, 30, tzinfo=UTC)  # already 2 December in Baku
    assert event_datetime(late, event, "medium", "en") == (
        "Dec 2, 2026, 1:30\u202fAM (Azerbaijan Standard Time)"
    )
    with in_language(app, "fr"):
        assert event_datetime(late, event, "long") == (
            "2 décembre 2026, 01:30 (heure normale de l’Azerbaïdjan)"
        )
        assert render_template_string("{{ value|event_date(event) }}", value=late, event=event) == (
            "2 décembre 2026"
        )
    assert event_datetime(None, event) == ""
    lima = make_event("lima", timezone="America/Lima")
    assert event_date(late, lima, "long", "es") == "1 de diciembre de 2026"


def test_home_page_dates_are_those_of_the_venue(client, time_machine):
    time_machine.move_to(datetime(2026, 11, 20, 12, 0, tzinfo=UTC))  # registration still open
    closes = datetime(2026, 12, 1, 21, 30, tzinfo=UTC)
    make_event(registration_closes_at=closes, timezone="Asia/Baku")
    page = client.get("/?lang=en").get_data(as_text=True)
    assert (
        "Registration closes on December 2, 2026, 1:30\u202fAM (Azerbaijan Standard Time)." in page
    )


def test_isolate_wraps_plain_text_in_unicode_isolates():
    assert isolate("Baku Congress Center") == "\u2068Baku Congress Center\u2069"
    assert isolate("") == "" and isolate(None) == ""


def test_bdi_isolates_and_escapes():
    assert bdi("فاطمة") == Markup("<bdi>فاطمة</bdi>")
    assert bdi("<b>x</b>") == Markup("<bdi>&lt;b&gt;x&lt;/b&gt;</bdi>")
    assert bdi(None) == Markup("")


def test_latin_names_in_an_arabic_page_are_isolated(client):
    make_event(name="Global South NGO Platform — Founding Assembly", short_name="GSNP 2026")
    page = client.get("/?lang=ar").get_data(as_text=True)
    assert "<h2><bdi>Global South NGO Platform — Founding Assembly</bdi></h2>" in page
    assert "<bdi>Baku Congress Center</bdi>" in page
    assert "<bdi>GSNP 2026</bdi>" in page


def test_the_registration_form_lists_countries_in_the_pages_language_and_order(client):
    make_event("countries")
    page = client.get("/events/countries/register?lang=ar").get_data(as_text=True)
    assert '<option value="PS">دولة فلسطين</option>' in page
    assert page.index('<option value="JO">') < page.index('<option value="AM">')
    page = client.get("/events/countries/register?lang=az").get_data(as_text=True)
    assert page.index('<option value="CN">Çin</option>') < page.index('<option value="DK">')
    assert page.index('<option value="CL">') < page.index('<option value="CN">')
