"""The public JSON API (/api/v1) and its OpenAPI document."""

import base64
import io
from datetime import UTC, datetime, timedelta

import pytest
from PIL import Image
from sqlalchemy import func, select

from gsnp_events.extensions import db
from gsnp_events.models import Category, OutboxMessage, Photo, Registration
from gsnp_events.registration import tokens
from tests.factories import make_event, make_organisation, registration_data


@pytest.fixture
def event():
    event = make_event("baku", name="Founding Assembly", languages=["en", "fr"])
    db.session.add(
        Category(
            event=event,
            code="staff",
            name="Staff",
            badge_label="STAFF",
            colour="#333333",
            public=False,
        )
    )
    db.session.commit()
    return event


@pytest.fixture
def org():
    return make_organisation()


def api_data(org, **changes) -> dict:
    data = registration_data(org, consent=True, organisation_id=org.id)
    data.update(changes)
    return data


def count() -> int:
    return db.session.scalar(select(func.count()).select_from(Registration))


def test_list_open_events_with_public_categories(client, event):
    now = datetime.now(UTC)
    make_event(
        "closed",
        registration_opens_at=now - timedelta(days=5),
        registration_closes_at=now - timedelta(days=1),
    )
    body = client.get("/api/v1/events").get_json()
    assert [e["slug"] for e in body["events"]] == ["baku"]
    assert [c["code"] for c in body["events"][0]["categories"]] == ["delegate"]
    assert client.get("/api/v1/events/baku").get_json()["name"] == "Founding Assembly"
    missing = client.get("/api/v1/events/closed")
    assert missing.status_code == 404 and missing.get_json()["error"]["code"] == "not_found"


def test_create_a_registration(client, event, org):
    response = client.post(
        "/api/v1/events/baku/registrations", json=api_data(org, email="api@example.org")
    )
    assert response.status_code == 201
    body = response.get_json()
    assert body["status"] == "unconfirmed" and body["email"] == "api@example.org"
    assert body["organisation"]["id"] == org.id and body["waiting_position"] is None
    assert db.session.scalar(select(OutboxMessage.kind)) == "registration.confirm"


def test_the_api_applies_the_forms_rules_and_codes(client, event, org):
    response = client.post(
        "/api/v1/events/baku/registrations",
        json=api_data(
            org, email="nope", phone="12", given_name="\u202eEvil", consent=False, category="staff"
        ),
    )
    assert response.status_code == 422
    error = response.get_json()["error"]
    assert error["code"] == "invalid"
    fields = {name: [p["code"] for p in problems] for name, problems in error["fields"].items()}
    assert fields == {
        "email": ["email"],
        "phone": ["phone"],
        "given_name": ["name_characters"],
        "consent": ["consent_required"],
        "category": ["choice"],
    }
    assert (
        error["fields"]["email"][0]["message"]
        == "Enter a valid e-mail address, like name@example.org."
    )
    assert count() == 0


def test_duplicates_and_closed_events(client, event, org):
    client.post("/api/v1/events/baku/registrations", json=api_data(org, email="twice@example.org"))
    response = client.post(
        "/api/v1/events/baku/registrations", json=api_data(org, email="twice@example.org")
    )
    assert response.status_code == 409
    assert response.get_json()["error"]["code"] == "duplicate_email"
    now = datetime.now(UTC)
    make_event(
        "over",
        registration_opens_at=now - timedelta(days=5),
        registration_closes_at=now - timedelta(days=1),
    )
    closed = client.post("/api/v1/events/over/registrations", json=api_data(org))
    assert closed.status_code == 409 and closed.get_json()["error"]["code"] == "registration_closed"
    assert count() == 1


def test_not_json_is_a_clear_error(client, event):
    response = client.post("/api/v1/events/baku/registrations", data="given_name=x")
    assert response.status_code == 400 and response.get_json()["error"]["code"] == "bad_json"
    assert client.post("/api/v1/events/baku/registrations", json=[1, 2]).status_code == 400


def test_a_photo_in_base64(client, event, org):
    out = io.BytesIO()
    Image.new("RGB", (600, 800), (10, 20, 30)).save(out, "PNG")
    good = api_data(org, photo_base64=base64.b64encode(out.getvalue()).decode())
    assert client.post("/api/v1/events/baku/registrations", json=good).status_code == 201
    assert db.session.scalar(select(Photo.width)) == 600
    bad = client.post(
        "/api/v1/events/baku/registrations",
        json=api_data(org, photo_base64=base64.b64encode(b"plain text").decode()),
    )
    assert bad.get_json()["error"]["fields"]["photo"][0]["code"] == "photo_not_image"
    garbled = client.post(
        "/api/v1/events/baku/registrations", json=api_data(org, photo_base64="***")
    )
    assert garbled.get_json()["error"]["fields"]["photo"][0]["code"] == "photo_base64"


def test_read_my_registration_with_the_portal_token(client, event, org):
    created = client.post("/api/v1/events/baku/registrations", json=api_data(org)).get_json()
    registration = db.session.scalar(select(Registration))
    token = tokens.portal_token(registration)
    response = client.get("/api/v1/registrations/me", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    assert response.get_json()["reference"] == created["reference"]
    missing = client.get("/api/v1/registrations/me")
    assert missing.status_code == 401 and missing.get_json()["error"]["code"] == "token_required"
    forged = client.get("/api/v1/registrations/me", headers={"Authorization": "Bearer abc.def.ghi"})
    assert forged.status_code == 401 and forged.get_json()["error"]["code"] == "link_invalid"


def test_organisations_to_choose_from(client, event):
    make_organisation("Green Earth Tunisia")
    make_organisation("Cairo Water Trust", country_code="EG")
    body = client.get("/api/v1/organisations?country=EG").get_json()
    assert [o["name"] for o in body["organisations"]] == ["Cairo Water Trust"]


def test_every_route_is_in_the_openapi_document(app, client):
    document = client.get("/api/v1/openapi.json").get_json()
    assert document["openapi"].startswith("3.1")
    documented = {
        (path, method) for path, operations in document["paths"].items() for method in operations
    }
    for rule in app.url_map.iter_rules():
        if not rule.endpoint.startswith("api."):
            continue
        path = rule.rule.removeprefix("/api/v1").replace("<", "{").replace(">", "}")
        path = path.replace("{int:", "{")
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            assert (path, method.lower()) in documented, (path, method)
    schemas = document["components"]["schemas"]
    assert {"Error", "Event", "NewRegistration", "Registration"} <= set(schemas)
