"""Every response tells the browser what it may load, frame, send and use."""

import pytest

from config import ProductionConfig, TestingConfig
from gsnp_events import create_app
from gsnp_events.models import Role
from tests.factories import login, make_event, make_staff


def _policy(response) -> dict[str, str]:
    directives = (
        d.strip().split(" ", 1) for d in response.headers["Content-Security-Policy"].split(";")
    )
    return dict(directives)


def _assert_protected(response) -> None:
    policy = _policy(response)
    assert policy["default-src"] == "'self'"
    assert policy["script-src"] == "'self'"  # no inline script, no eval
    assert policy["style-src"] == "'self'"
    assert policy["style-src-attr"] == "'unsafe-inline'"
    assert policy["img-src"] == "'self' data: blob:"
    assert policy["object-src"] == "'none'"
    assert policy["base-uri"] == "'none'"
    assert policy["form-action"] == "'self'"
    assert policy["frame-ancestors"] == "'none'"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=(self)" in response.headers["Permissions-Policy"]
    assert "geolocation=()" in response.headers["Permissions-Policy"]


def test_pages_errors_and_the_api_carry_the_headers(client):
    make_event("baku")
    for url in ["/", "/events/baku/register", "/staff/login", "/no-such-page", "/api/v1/nothing"]:
        _assert_protected(client.get(url))


def test_downloads_carry_the_headers_and_still_download(client):
    event = make_event("baku")
    login(client, make_staff(Role.ACCREDITATION_OFFICER, event))
    response = client.get("/backoffice/events/baku/delegation-template.xlsx")
    assert response.status_code == 200
    assert response.mimetype.endswith("spreadsheetml.sheet")
    _assert_protected(response)


def test_hsts_only_over_https(client):
    assert "Strict-Transport-Security" not in client.get("/").headers
    secure = client.get("/", base_url="https://localhost")
    assert secure.headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


@pytest.fixture
def production_like_app(database_url):
    """Production behind a proxy that the app does not see as https still sends HSTS."""

    class Config(TestingConfig):
        SQLALCHEMY_DATABASE_URI = database_url
        PREFERRED_URL_SCHEME = ProductionConfig.PREFERRED_URL_SCHEME

    return create_app(Config)


def test_hsts_in_production(production_like_app):
    response = production_like_app.test_client().get("/")
    assert "Strict-Transport-Security" in response.headers
