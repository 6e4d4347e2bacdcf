import pytest

from config import TestingConfig
from gsnp_events import create_app
from gsnp_events.extensions import db, limiter
from gsnp_events.models import Role
from tests.conftest import IsolatedClient
from tests.factories import PASSWORD, make_event, make_registration, make_staff


def test_sign_in_shows_the_events_of_the_users_roles(client):
    mine, _other = make_event("mine", name="Mine Assembly"), make_event("other", name="Other Forum")
    make_registration(mine)
    officer = make_staff(Role.ACCREDITATION_OFFICER, mine)
    response = client.post(
        "/staff/login", data={"email": officer.email.upper(), "password": PASSWORD}
    )
    assert response.status_code == 302 and response.location.endswith("/backoffice/")
    page = client.get("/backoffice/").get_data(as_text=True)
    assert "Mine Assembly" in page and "Other Forum" not in page
    assert "Accreditation officer" in page
    assert "E-mail not confirmed" in page  # the one registration, counted by status
    assert db.session.get(type(officer), officer.id).last_login_at is not None


def test_wrong_password_says_so_and_keeps_the_email(client):
    user = make_staff()
    response = client.post("/staff/login", data={"email": user.email, "password": "nope"})
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "That e-mail address and password do not match." in page
    assert f'value="{user.email}"' in page
    assert client.get("/backoffice/").status_code == 302  # still signed out


def test_empty_form_says_what_is_missing(client):
    page = client.post("/staff/login", data={}).get_data(as_text=True)
    assert "Enter your e-mail address." in page and "Enter your password." in page


def test_a_deactivated_account_cannot_sign_in(client):
    user = make_staff()
    user.active = False
    db.session.commit()
    page = client.post("/staff/login", data={"email": user.email, "password": PASSWORD})
    assert "do not match" in page.get_data(as_text=True)


def test_back_office_needs_sign_in(client):
    response = client.get("/backoffice/")
    assert response.status_code == 302 and "/staff/login" in response.location


def test_next_only_leads_to_local_pages(client):
    user = make_staff()
    response = client.post(
        "/staff/login?next=https://evil.example/",
        data={"email": user.email, "password": PASSWORD},
    )
    assert response.location.endswith("/backoffice/")


def test_changing_the_password_ends_other_sessions(client, app):
    user = make_staff()
    client.post("/staff/login", data={"email": user.email, "password": PASSWORD})
    assert client.get("/backoffice/").status_code == 200
    user.set_password("another long passphrase")
    db.session.commit()
    assert client.get("/backoffice/").status_code == 302


def test_sign_out_is_a_post(client):
    user = make_staff()
    client.post("/staff/login", data={"email": user.email, "password": PASSWORD})
    assert client.get("/staff/logout").status_code == 405
    client.post("/staff/logout")
    assert client.get("/backoffice/").status_code == 302


@pytest.fixture
def strict_app(app, database_url):
    class Config(TestingConfig):
        SQLALCHEMY_DATABASE_URI = database_url
        WTF_CSRF_ENABLED = True
        RATELIMIT_ENABLED = True

    strict = create_app(Config)
    strict.test_client_class = IsolatedClient
    yield strict
    # The limiter is one object for every app: give it back to the suite's app, disabled.
    limiter.reset()
    limiter.init_app(app)


def test_sign_in_without_csrf_token_is_refused(strict_app):
    with strict_app.app_context():
        user = make_staff()
        response = strict_app.test_client().post(
            "/staff/login", data={"email": user.email, "password": PASSWORD}
        )
        assert response.status_code == 400
        assert "Go back, reload the page" in response.get_data(as_text=True)


def test_sign_in_is_rate_limited_with_a_clear_message(strict_app):
    strict_app.config["WTF_CSRF_ENABLED"] = False
    client = strict_app.test_client()
    with strict_app.app_context():
        for _ in range(10):
            assert client.post("/staff/login", data={"email": "x@example.org"}).status_code == 200
        response = client.post("/staff/login", data={"email": "x@example.org"})
        assert response.status_code == 429
        assert "Try again in 1 minute." in response.get_data(as_text=True)
