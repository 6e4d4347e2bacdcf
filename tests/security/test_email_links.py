"""A forged Host header must not end up in e-mailed links, and production serves only its host."""

import pytest
from flask import Flask
from sqlalchemy import select

from config import TestingConfig
from gsnp_events import create_app
from gsnp_events.extensions import db
from gsnp_events.mail import external_url
from gsnp_events.mail.links import LOCAL_BASE_URL
from gsnp_events.models import OutboxMessage
from gsnp_events.models.base import utcnow
from tests.factories import make_event, make_registration

BADGE_KEY = "a2tr" * 10 + "a2s="  # base64 of 32 bytes


def test_a_portal_link_asked_for_with_a_forged_host_points_to_the_public_address(client):
    make_registration(
        make_event(),
        email="amina@example.org",
        email_normalised="amina@example.org",
        status="submitted",
        confirmed_at=utcnow(),
    )
    page = client.post(
        "/portal/link", data={"email": "amina@example.org"}, headers={"Host": "evil.example"}
    ).get_data(as_text=True)
    assert "we have sent a link" in page
    mail = db.session.scalar(select(OutboxMessage))
    assert "/portal/login/" in mail.body_text and "/portal/login/" in mail.body_html
    assert "evil.example" not in mail.body_text + mail.body_html
    assert "http://localhost/portal/login/" in mail.body_text  # TestingConfig's PUBLIC_BASE_URL


def test_without_a_public_address_links_use_the_local_one_not_the_host_header(database_url):
    class Config(TestingConfig):
        SQLALCHEMY_DATABASE_URI = database_url
        PUBLIC_BASE_URL = None

    app = create_app(Config)
    with app.test_request_context("/", headers={"Host": "evil.example"}):
        assert external_url("public.home") == LOCAL_BASE_URL + "/"


@pytest.fixture
def production_env(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "k" * 20 + "a-real-random-value-0123456789")
    monkeypatch.setenv("BADGE_SIGNING_KEY", BADGE_KEY)
    monkeypatch.setenv("PUBLIC_BASE_URL", "https://events.example.org/")


@pytest.mark.parametrize("value", [None, "", "events.example.org", "ftp://events.example.org"])
def test_production_refuses_to_start_without_a_public_address(production_env, monkeypatch, value):
    if value is None:
        monkeypatch.delenv("PUBLIC_BASE_URL")
    else:
        monkeypatch.setenv("PUBLIC_BASE_URL", value)
    with pytest.raises(RuntimeError, match="PUBLIC_BASE_URL must be set in production"):
        create_app("production")


def production_app() -> Flask:
    app = create_app("production")
    assert app.config["PUBLIC_BASE_URL"] == "https://events.example.org"
    assert app.config["TRUSTED_HOSTS"] == ["events.example.org"]
    return app


def test_production_answers_only_requests_for_its_own_host(production_env):
    client = production_app().test_client()
    stylesheet = "/static/css/app.css"
    ok = client.get(stylesheet, headers={"Host": "events.example.org"}, base_url="https://x")
    assert ok.status_code == 200
    ok.close()
    forged = client.get(stylesheet, headers={"Host": "evil.example"}, base_url="https://x")
    assert forged.status_code == 400
    forged.close()


def test_production_links_use_the_public_address(production_env):
    app = production_app()
    with app.app_context():
        assert external_url("public.home") == "https://events.example.org/"
