"""Bodies larger than the route allows get 413 before anything reads them; JSON too deep to
parse is a 400 in the API's error shape, not a crash."""

import io

import pytest

from config import TestingConfig
from gsnp_events import create_app
from gsnp_events.api_tokens import issue_token
from gsnp_events.models import Role, TokenKind
from tests.conftest import IsolatedClient
from tests.factories import make_event, make_staff

MIB = 1024 * 1024
BOUNDARY = "xyz"


@pytest.fixture
def csrf_client(database_url):
    """As in production: CSRF protection reads the form before the view runs."""

    class Config(TestingConfig):
        SQLALCHEMY_DATABASE_URI = database_url
        WTF_CSRF_ENABLED = True

    app = create_app(Config)
    app.test_client_class = IsolatedClient
    return app.test_client()


def _multipart(size: int) -> bytes:
    return (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="photo"; filename="p.jpg"\r\n'
        f"Content-Type: image/jpeg\r\n\r\n".encode()
        + b"x" * size
        + f"\r\n--{BOUNDARY}--\r\n".encode()
    )


def _post_claiming(client, url: str, claimed: int, content_type: str):
    """A request that announces ``claimed`` bytes but carries only a few."""
    return client.post(
        url,
        input_stream=io.BytesIO(_multipart(10)),
        environ_overrides={"CONTENT_LENGTH": str(claimed)},
        content_type=content_type,
    )


def test_a_100_mb_upload_to_the_registration_form_is_refused_before_it_is_read(csrf_client):
    make_event("baku")
    response = _post_claiming(
        csrf_client,
        "/events/baku/register?lang=fr",
        100 * MIB,
        f"multipart/form-data; boundary={BOUNDARY}",
    )
    assert response.status_code == 413
    page = response.get_data(as_text=True)
    assert "La photo ne doit pas dépasser 5 Mo." in page
    assert 'lang="fr"' in page


def test_a_100_mb_portal_photo_is_refused_in_the_page_language(csrf_client):
    response = _post_claiming(
        csrf_client, "/portal/photo?lang=fr", 100 * MIB, f"multipart/form-data; boundary={BOUNDARY}"
    )
    assert response.status_code == 413
    page = response.get_data(as_text=True)
    assert "Le fichier est trop volumineux : 5 Mo au maximum." in page


def test_a_photo_within_the_limit_still_reaches_the_form(client):
    make_event("baku")
    response = client.post(
        "/events/baku/register",
        data=_multipart(2 * MIB),
        content_type=f"multipart/form-data; boundary={BOUNDARY}",
    )
    assert response.status_code == 200  # the form again, with what to fix


def test_routes_without_an_upload_allow_1_mib(csrf_client):
    response = csrf_client.post(
        "/staff/login",
        data={"email": "a@example.org", "password": "x" * (2 * MIB)},
    )
    assert response.status_code == 413
    assert "at most 1 MB" in response.get_data(as_text=True)


def test_the_spreadsheet_import_allows_its_own_limit(csrf_client):
    make_event("baku")
    response = _post_claiming(
        csrf_client,
        "/backoffice/events/baku/organisations/1/import",
        4 * MIB,
        f"multipart/form-data; boundary={BOUNDARY}",
    )
    assert response.status_code == 413
    assert "at most 2 MB" in response.get_data(as_text=True)


def test_the_api_answers_413_in_its_error_shape(client):
    make_event("baku")
    response = _post_claiming(
        client, "/api/v1/events/baku/registrations", 100 * MIB, "application/json"
    )
    assert response.status_code == 413
    assert response.get_json()["error"]["code"] == "too_large"
    assert "at most 7 MB" in response.get_json()["error"]["message"]


DEEP = '{"a":' + "[" * 1000
DEEPER = '{"a":' + "[" * 100_000 + "]" * 100_000 + "}"


@pytest.mark.parametrize("body", [DEEP, DEEPER])
def test_too_deep_json_to_the_registration_api_is_a_400(client, body):
    make_event("baku")
    response = client.post(
        "/api/v1/events/baku/registrations", data=body, content_type="application/json"
    )
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "bad_json"


@pytest.mark.parametrize("url", ["/api/v1/checkins", "/api/v1/events/baku/checkins"])
@pytest.mark.parametrize("body", [DEEP, DEEPER])
def test_too_deep_json_to_the_checkin_upload_is_a_400(client, url, body):
    event = make_event("baku")
    _token, secret = issue_token(
        TokenKind.DEVICE, "Entrance scanner", make_staff(Role.ADMINISTRATOR), event=event
    )
    response = client.post(
        url,
        data=body,
        content_type="application/json",
        headers={"Authorization": f"Bearer {secret}"},
    )
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "invalid_upload"
