"""The organisation picker of the registration and delegation forms: filtered by country,
searched by folded name through the JSON endpoint (rate-limited), every organisation
reachable with or without JavaScript; a proposed organisation that already exists (same
folded name and country) is matched to it, from the form, the delegation form and the API."""

import re
from datetime import date, timedelta
from html.parser import HTMLParser

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from config import TestingConfig
from gsnp_events import create_app
from gsnp_events.extensions import db, limiter
from gsnp_events.models import AuditEntry, Organisation, Registration
from gsnp_events.registration import validation
from tests.conftest import IsolatedClient
from tests.factories import make_event, make_organisation, registration_data

REGISTER = "/events/baku/register"
DELEGATION = "/events/baku/delegation"
SEARCH = "/api/v1/organisations"


@pytest.fixture
def event():
    return make_event("baku", languages=["en", "ar"])


def organisations_count() -> int:
    return db.session.scalar(select(func.count()).select_from(Organisation))


def options(page: str) -> list[str]:
    """The labels of the organisation list of a page."""
    select_html = re.search(r'<select id="organisation_id".*?</select>', page, re.S).group(0)
    return re.findall(r'<option[^>]*value="\d+"[^>]*>([^<]*)</option>', select_html)


def many_organisations(
    count: int, country: str = "TN", prefix: str = "Org", **values
) -> list[Organisation]:
    organisations = [
        Organisation(name=f"{prefix} {country} {i:03d}", country_code=country, **values)
        for i in range(count)
    ]
    db.session.add_all(organisations)
    db.session.commit()
    return organisations


# ------------------------------------------------------------------------------------------
# The list without JavaScript.


def test_the_list_shows_the_organisations_of_the_chosen_country(client, event):
    make_organisation("Green Earth Tunisia")
    make_organisation("Cairo Water Trust", country_code="EG")
    make_organisation("Nile Youth", country_code="EG", vetting_status="to_be_vetted")
    make_organisation("Bogus Cairo NGO", country_code="EG", vetting_status="rejected")
    page = client.get(REGISTER).get_data(as_text=True)
    assert 'data-search-url="/api/v1/organisations"' in page
    data = registration_data(
        None, organisation_choice="existing", organisation_country="EG", action="find_organisation"
    )
    page = client.post(REGISTER, data=data).get_data(as_text=True)
    assert options(page) == ["Cairo Water Trust", "Nile Youth"]
    assert "Organisations found: 2" in page and "Show more organisations" not in page
    assert 'value="Fatima"' in page and 'class="error-summary"' not in page
    data["organisation_search"] = "zzz"
    page = client.post(REGISTER, data=data).get_data(as_text=True)
    assert options(page) == []
    assert "No organisation found. Check the country and the spelling" in page


def test_the_list_defaults_to_the_country_of_the_nationality(client, event):
    make_organisation("Green Earth Tunisia")
    make_organisation("Cairo Water Trust", country_code="EG")
    data = registration_data(
        None, organisation_choice="existing", nationality="EG", action="find_organisation"
    )
    data.pop("organisation_country")
    page = client.post(REGISTER, data=data).get_data(as_text=True)
    assert options(page) == ["Cairo Water Trust"]


def test_show_more_reaches_every_organisation_without_javascript(client, event):
    """228 organisations, as in the demo: 60 listed, the page says how many match, and "Show
    more" lists 60 more each time until all are there."""
    created = many_organisations(228, country="TN")
    data = registration_data(
        None, organisation_choice="existing", organisation_country="TN", action="find_organisation"
    )
    page = client.post(REGISTER, data=data).get_data(as_text=True)
    assert len(options(page)) == 60
    assert "Organisations found: 228" in page and "The first 60 are listed" in page
    pages = 1
    while "Show more organisations" in page:
        pages_field = re.search(r'name="organisation_pages"[^>]*value="(\d+)"', page).group(1)
        page = client.post(
            REGISTER,
            data={**data, "action": "more_organisations", "organisation_pages": pages_field},
        ).get_data(as_text=True)
        pages += 1
        assert len(options(page)) == min(228, 60 * pages)
    assert pages == 4
    assert sorted(options(page)) == sorted(o.name for o in created)
    assert "The first" not in page
    # A new search starts from the first page again.
    page = client.post(
        REGISTER, data={**data, "organisation_search": "tn 1", "organisation_pages": "4"}
    ).get_data(as_text=True)
    matching = sum("1" in f"{i:03d}" for i in range(228))
    assert f"Organisations found: {matching}" in page and len(options(page)) == 60


def test_the_chosen_organisation_stays_listed_after_a_search_elsewhere(client, event):
    tunisian = make_organisation("Green Earth Tunisia")
    make_organisation("Cairo Water Trust", country_code="EG")
    data = registration_data(
        tunisian, organisation_country="EG", action="find_organisation", organisation_search=""
    )
    page = client.post(REGISTER, data=data).get_data(as_text=True)
    assert options(page) == ["Cairo Water Trust", "Green Earth Tunisia"]
    assert re.search(rf'<option selected value="{tunisian.id}">', page)


# ------------------------------------------------------------------------------------------
# The JSON search.


def test_the_search_folds_case_and_accents_and_matches_every_word(client, event):
    make_organisation("Association Égalité Tunis", name_local="جمعية المساواة", acronym="AET")
    make_organisation("Tunis Youth Forum")
    make_organisation("Égalité Cairo", country_code="EG")

    def names(**params):
        body = client.get(SEARCH, query_string=params).get_json()
        return [o["name"] for o in body["organisations"]], body["total"]

    assert names(country="TN", q="egalite") == (["Association Égalité Tunis"], 1)
    assert names(country="TN", q="TUNIS ÉGALITÉ") == (["Association Égalité Tunis"], 1)
    assert names(country="TN", q="المساواة") == (["Association Égalité Tunis"], 1)
    assert names(country="TN", q="aet") == (["Association Égalité Tunis"], 1)
    assert names(country="TN", q="tunis") == (
        ["Association Égalité Tunis", "Tunis Youth Forum"],
        2,
    )
    assert names(q="egalite") == (["Association Égalité Tunis", "Égalité Cairo"], 2)
    assert names(country="TN", q="%") == ([], 0)


def test_the_search_pages_through_every_organisation(client, event):
    created = many_organisations(150, "TN") + many_organisations(78, "EG")
    many_organisations(3, "TN", prefix="Bogus", vetting_status="rejected")
    seen = []
    offset = 0
    while True:
        body = client.get(SEARCH, query_string={"limit": 20, "offset": offset}).get_json()
        assert body["total"] == 228 and body["offset"] == offset
        assert len(body["organisations"]) <= 20
        seen += [o["id"] for o in body["organisations"]]
        offset += 20
        if offset >= body["total"]:
            break
    assert sorted(seen) == sorted(o.id for o in created)
    tunisian = client.get(SEARCH, query_string={"country": "tn", "limit": 500}).get_json()
    assert tunisian["total"] == 150 and len(tunisian["organisations"]) == 100
    assert {o["country"] for o in tunisian["organisations"]} == {"TN"}
    beyond = client.get(SEARCH, query_string={"country": "TN", "offset": 900}).get_json()
    assert beyond["organisations"] == [] and beyond["total"] == 150
    bad = client.get(SEARCH, query_string={"limit": "x", "offset": "-3"}).get_json()
    assert bad["offset"] == 0 and len(bad["organisations"]) == 100


@pytest.fixture
def limited_app(app, database_url):
    class Config(TestingConfig):
        SQLALCHEMY_DATABASE_URI = database_url
        RATELIMIT_ENABLED = True

    limited = create_app(Config)
    limited.test_client_class = IsolatedClient
    yield limited
    # The limiter is one object for every app: give it back to the suite's app, disabled.
    limiter.reset()
    limiter.init_app(app)


def test_the_search_is_rate_limited(limited_app):
    client = limited_app.test_client()
    with limited_app.app_context():
        for _ in range(60):
            assert client.get(SEARCH, query_string={"q": "a"}).status_code == 200
        response = client.get(SEARCH, query_string={"q": "a"})
    assert response.status_code == 429
    assert response.get_json()["error"]["code"] == "rate_limited"


# ------------------------------------------------------------------------------------------
# A proposed organisation that exists already.


def test_a_proposal_with_the_name_of_an_existing_organisation_is_matched_to_it(client, event):
    existing = make_organisation("Fondation Amal", country_code="TN", vetting_status="verified")
    data = registration_data(
        None, organisation_name="  FONDATION   amal ", organisation_country="TN"
    )
    response = client.post(REGISTER, data=data)
    assert response.status_code == 302
    registration = db.session.scalar(select(Registration))
    assert registration.organisation_id == existing.id
    assert organisations_count() == 1
    assert "organisation.proposed" not in db.session.scalars(select(AuditEntry.action)).all()
    # The same name in another country is another organisation.
    other = registration_data(None, organisation_name="Fondation Amal", organisation_country="MA")
    response = client.post(REGISTER, data=other)
    assert response.status_code == 302, re.findall(r'class="error"[^>]*>([^<]*)', response.text)
    assert organisations_count() == 2


def test_two_proposals_of_one_new_organisation_make_one(client, event):
    for name in ("Sahel Women Network", "sahel women network"):
        data = registration_data(None, organisation_name=name, organisation_country="TN")
        assert client.post(REGISTER, data=data).status_code == 302
    assert organisations_count() == 1
    organisation = db.session.scalar(select(Organisation))
    assert organisation.name == "Sahel Women Network" and organisation.vetting_status == (
        "to_be_vetted"
    )
    assert organisation.name_folded == "sahel women network"
    assert {r.organisation_id for r in db.session.scalars(select(Registration))} == {
        organisation.id
    }


def test_the_api_matches_a_proposal_to_the_existing_organisation(client, event):
    existing = make_organisation("Green Earth Tunisia")
    data = registration_data(None, organisation_name="green earth TUNISIA")
    data["consent"] = True
    response = client.post("/api/v1/events/baku/registrations", json=data)
    assert response.status_code == 201, response.get_json()
    assert response.get_json()["organisation"]["id"] == existing.id
    second = registration_data(None, organisation_name="Brand New Forum")
    second["consent"] = True
    third = {**registration_data(None, organisation_name="BRAND NEW FORUM"), "consent": True}
    first_id = client.post("/api/v1/events/baku/registrations", json=second).get_json()
    again = client.post("/api/v1/events/baku/registrations", json=third).get_json()
    assert first_id["organisation"]["id"] == again["organisation"]["id"]
    assert organisations_count() == 2


def test_the_delegation_form_matches_a_proposal_to_the_existing_organisation(client, event):
    existing = make_organisation("Accra Civic Forum", country_code="GH")
    data = {
        "focal_point_name": "Abena Owusu",
        "focal_point_email": "abena@example.org",
        "consent": "y",
        "organisation_choice": "new",
        "organisation_name": "ACCRA  civic forum",
        "organisation_country": "GH",
        "delegates-0-given_name": "Kwame",
        "delegates-0-family_name": "Mensah",
        "delegates-0-nationality": "GH",
        "delegates-0-passport_number": "G00012345",
        "delegates-0-passport_expiry": (date.today() + timedelta(days=1000)).isoformat(),
        "delegates-0-email": "kwame@example.org",
        "delegates-0-category": "delegate",
    }
    assert client.post(DELEGATION, data=data).status_code == 302
    assert organisations_count() == 1
    db.session.refresh(existing)
    assert existing.focal_point_email == "abena@example.org"
    assert db.session.scalar(select(Registration.organisation_id)) == existing.id


def test_a_proposal_matching_a_rejected_organisation_is_refused(client, event):
    make_organisation("Bogus NGO", vetting_status="rejected")
    data = registration_data(None, organisation_name="bogus ngo", organisation_country="TN")
    page = client.post(REGISTER, data=data).get_data(as_text=True)
    assert "The organisers did not accept an organisation of this name" in page
    assert db.session.scalar(select(func.count()).select_from(Registration)) == 0
    assert organisations_count() == 1


def test_a_proposal_matching_a_merged_duplicate_goes_to_the_organisation_kept(client, event):
    kept = make_organisation("Green Earth Tunisia")
    make_organisation(
        "Green Earth", vetting_status="merged", merged_into_id=kept.id, country_code="TN"
    )
    data = registration_data(None, organisation_name="green earth", organisation_country="TN")
    assert client.post(REGISTER, data=data).status_code == 302
    assert db.session.scalar(select(Registration.organisation_id)) == kept.id
    assert organisations_count() == 2


def test_the_database_refuses_a_second_organisation_of_one_name_and_country(event):
    make_organisation("Green Earth Tunisia")
    make_organisation("Green Earth Tunisia", country_code="EG")
    kept = make_organisation("Green Earth", country_code="TN")
    make_organisation("GREEN EARTH TUNISIA ", vetting_status="merged", merged_into_id=kept.id)
    db.session.add(Organisation(name="green  earth tunisia", country_code="TN"))
    with pytest.raises(IntegrityError):
        db.session.commit()
    db.session.rollback()


def test_a_proposal_racing_another_is_matched_to_the_one_written_first(client, event, monkeypatch):
    """Between the check and the insert another request wrote the same organisation: the
    unique index refuses the second, and the registration is matched to the first."""
    looked = []
    real = validation.matching_organisation

    def not_yet_there(country, name):
        looked.append(name)
        if len(looked) == 1:  # the check ran before the other request's commit ...
            db.session.add(Organisation(name="Sahel Women Network", country_code="TN"))
            db.session.commit()  # ... which lands now
            return None
        return real(country, name)

    monkeypatch.setattr(validation, "matching_organisation", not_yet_there)
    data = registration_data(None, organisation_name="Sahel Women Network")
    assert client.post(REGISTER, data=data).status_code == 302
    assert len(looked) == 2 and organisations_count() == 1
    organisation = db.session.scalar(select(Organisation))
    assert db.session.scalar(select(Registration.organisation_id)) == organisation.id


# ------------------------------------------------------------------------------------------
# Every id once, every label pointing at its field.


class Ids(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: list[str] = []
        self.references: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.append(attributes["id"])
        if tag == "label" and attributes.get("for"):
            self.references.append(("for", attributes["for"]))
        for name in ("aria-describedby", "aria-labelledby", "aria-controls"):
            for target in (attributes.get(name) or "").split():
                self.references.append((name, target))
        if tag == "a" and (attributes.get("href") or "").startswith("#"):
            self.references.append(("href", attributes["href"][1:]))


def check_ids(page: str) -> None:
    parser = Ids()
    parser.feed(page)
    duplicates = sorted({i for i in parser.ids if parser.ids.count(i) > 1})
    assert duplicates == []
    missing = [(kind, target) for kind, target in parser.references if target not in parser.ids]
    assert missing == []


def test_the_registration_form_has_unique_ids_and_labels_that_point_at_fields(client, event):
    make_organisation()
    check_ids(client.get(REGISTER).get_data(as_text=True))
    page = client.post(REGISTER, data={"given_name": "", "consent": ""}).get_data(as_text=True)
    assert 'class="error-summary"' in page
    check_ids(page)


def test_the_delegation_form_has_unique_ids_and_labels_that_point_at_fields(client, event):
    check_ids(client.get(DELEGATION).get_data(as_text=True))
    data = {f"delegates-{i}-given_name": name for i, name in enumerate(["A", "B", "C"])}
    page = client.post(DELEGATION, data={**data, "delegates-1-family_name": ""}).get_data(
        as_text=True
    )
    assert 'id="delegates-2-family_name"' in page and 'class="error-summary"' in page
    check_ids(page)


# ------------------------------------------------------------------------------------------
# The migration: organisations proposed twice before it are merged into the first.


def test_the_migration_merges_organisations_proposed_twice(app, tmp_path):
    import uuid

    from alembic.script import ScriptDirectory
    from flask_migrate import upgrade
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from tests.conftest import USING_POSTGRES, _admin_execute, _postgres_admin_url

    if USING_POSTGRES:
        name = f"gsnp_org_{uuid.uuid4().hex[:8]}"
        _admin_execute(f'CREATE DATABASE "{name}"')
        url = make_url(_postgres_admin_url()).set(database=name).render_as_string(False)
    else:
        url = f"sqlite:///{tmp_path / 'before.sqlite'}"

    class Config(TestingConfig):
        SQLALCHEMY_DATABASE_URI = url

    fresh = create_app(Config)
    config = fresh.extensions["migrate"].migrate.get_config()
    before = ScriptDirectory.from_config(config).get_revision("0014_org_folded").down_revision
    try:
        with fresh.app_context():
            upgrade(revision=before)
            with db.engine.begin() as connection:
                for name_, status in [
                    ("Sahel Women Network", "verified"),
                    ("SAHEL  women network", "to_be_vetted"),
                    ("Sahel Women Network", "to_be_vetted"),
                    ("Other NGO", "verified"),
                ]:
                    connection.execute(
                        text(
                            "INSERT INTO organisations (name, country_code, vetting_status, "
                            "created_at) VALUES (:name, 'TN', :status, CURRENT_TIMESTAMP)"
                        ),
                        {"name": name_, "status": status},
                    )
            upgrade(revision="0014_org_folded")
            with db.engine.connect() as connection:
                rows = connection.execute(
                    text(
                        "SELECT id, name_folded, vetting_status, merged_into_id "
                        "FROM organisations ORDER BY id"
                    )
                ).all()
                first = rows[0].id
                assert [tuple(r)[1:] for r in rows] == [
                    ("sahel women network", "verified", None),
                    ("sahel women network", "merged", first),
                    ("sahel women network", "merged", first),
                    ("other ngo", "verified", None),
                ]
                actions = connection.execute(
                    text("SELECT action, organisation_id FROM audit_entries ORDER BY id")
                ).all()
                assert [tuple(a) for a in actions] == [
                    ("organisation.merged", rows[1].id),
                    ("organisation.merged", rows[2].id),
                ]
            db.engine.dispose()
    finally:
        if USING_POSTGRES:
            _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
