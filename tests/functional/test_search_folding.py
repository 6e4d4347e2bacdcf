"""Search in the review queue, the badge list and at the badge desk finds a name typed on
another keyboard: Arabic-script letter variants, joiners, Arabic compound names with or without
their space, Traditional or Simplified Chinese; and migration 0012 refolds stored search text."""

import importlib.util
from pathlib import Path

import pytest
from sqlalchemy import select, update

from gsnp_events.extensions import db
from gsnp_events.models import Registration, Role
from tests.factories import login, make_event, make_registration, make_staff

QUEUE = "/backoffice/events/baku/registrations"
MIGRATION = Path(__file__).resolve().parents[2] / "migrations/versions"
MIGRATION /= "0012_name_order_and_search_folding.py"


def _people(event, **extra):
    return {
        "persian": make_registration(
            event,
            given_name="Ali",
            family_name="Karimi",
            name_local="علی کریمی",  # Farsi yeh and keheh
            nationality_code="IR",
            **extra,
        ),
        "compound": make_registration(
            event,
            given_name="Abdulrahman",
            family_name="Haddad",
            name_local="عبدالرحمن حداد",
            nationality_code="JO",
            **extra,
        ),
        "urdu": make_registration(
            event,
            given_name="Zahra",
            family_name="Shah",
            name_local="زہرہ شاہ",  # heh goal
            nationality_code="PK",
            **extra,
        ),
        "joiner": make_registration(
            event,
            given_name="Mohammadhossein",
            family_name="Rahimi",
            name_local="محمد\u200cحسین رحیمی",  # with a zero-width non-joiner
            nationality_code="IR",
            **extra,
        ),
        "traditional": make_registration(
            event,
            given_name="Dehua",
            family_name="Liu",
            name_local="劉德華",
            nationality_code="TW",
            **extra,
        ),
        "simplified": make_registration(
            event,
            given_name="Xiuying",
            family_name="Wang",
            name_local="王秀英",
            nationality_code="CN",
            **extra,
        ),
    }


# What someone types on another keyboard, and whom it must find.
QUERIES = [
    ("علي كريمي", "persian"),  # Arabic yeh and kaf
    ("عبد الرحمن", "compound"),  # with the space
    ("الرحمن", "compound"),
    ("زهره", "urdu"),  # Arabic heh
    ("محمدحسين", "joiner"),  # without the non-joiner, Arabic yeh
    ("刘德华", "traditional"),  # Simplified finds Traditional
    ("德華", "traditional"),
    ("王秀英", "simplified"),
]


@pytest.mark.parametrize(("query", "who"), QUERIES)
def test_the_review_queue_finds_a_name_typed_on_another_keyboard(client, query, who):
    event = make_event("baku")
    people = _people(event)
    login(client, make_staff(Role.VIEWER, event))
    page = client.get(QUEUE, query_string={"q": query}).get_data(as_text=True)
    found = [key for key, person in people.items() if person.listed_name in page]
    assert found == [who]


def test_traditional_typed_finds_a_simplified_name(client):
    event = make_event("baku")
    make_registration(event, given_name="Jun", family_name="Chen", name_local="陈军")
    login(client, make_staff(Role.VIEWER, event))
    page = client.get(QUEUE, query_string={"q": "陳軍"}).get_data(as_text=True)
    assert "陈军" in page and "1 registration matches." in page


def test_the_badge_desk_finds_a_name_typed_on_another_keyboard(client):
    event = make_event("baku")
    people = _people(event, status="approved")
    login(client, make_staff(Role.BADGE_DESK, event))
    for query, who in QUERIES:
        response = client.get("/onsite/events/baku/desk", query_string={"q": query})
        assert response.status_code == 302, query
        assert response.location.endswith(f"/desk/{people[who].id}"), query


def test_the_badge_list_finds_a_name_typed_on_another_keyboard(client):
    event = make_event("baku")
    _people(event, status="approved")
    login(client, make_staff(Role.BADGE_DESK, event))
    page = client.get("/backoffice/events/baku/badges/", query_string={"q": "عبد الرحمن"})
    text = page.get_data(as_text=True)
    assert "عبدالرحمن حداد" in text and "علی کریمی" not in text


def test_migration_0012_refolds_the_search_text_stored_before_it(app):
    event = make_event("baku")
    people = _people(event)
    # As the folding before 0012 stored it: letter variants and joiners kept.
    db.session.execute(
        update(Registration)
        .where(Registration.id == people["persian"].id)
        .values(search_text="ali | karimi | علی کریمی")
    )
    db.session.commit()
    spec = importlib.util.spec_from_file_location("migration_0012", MIGRATION)
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    with db.engine.begin() as connection:
        migration.refold_search_text(connection)
    db.session.expire_all()
    stored = db.session.scalars(select(Registration.search_text).order_by(Registration.id)).all()
    assert stored[0].startswith("ali | karimi | علي كريمي | ")
    assert stored == _expected()


def _expected() -> list[str]:
    from gsnp_events.models.registrations import SEARCHED
    from gsnp_events.text import search_text

    rows = db.session.scalars(select(Registration).order_by(Registration.id)).all()
    return [search_text(getattr(r, name) for name in SEARCHED) for r in rows]
