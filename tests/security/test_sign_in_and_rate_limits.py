"""Sign-in does not tell who has an account and is limited per account; public forms and portal
links are limited per client address (and per e-mail for links)."""

import pytest
from werkzeug import security

from config import TestingConfig
from gsnp_events import create_app
from gsnp_events.auth import services
from gsnp_events.extensions import limiter
from gsnp_events.models import staff
from tests.conftest import IsolatedClient
from tests.factories import PASSWORD, make_event, make_staff


@pytest.fixture
def limited_app(app, database_url):
    class Config(TestingConfig):
        SQLALCHEMY_DATABASE_URI = database_url
        RATELIMIT_ENABLED = True

    limited = create_app(Config)
    limited.test_client_class = IsolatedClient
    limiter.reset()
    yield limited
    # The limiter is one object for every app: give it back to the suite's app, disabled.
    limiter.reset()
    limiter.init_app(app)


@pytest.fixture
def password_checks(monkeypatch) -> list[str]:
    """The hashes that sign-in checked a password against."""
    checked = []

    def counting_check(password_hash, password):
        checked.append(password_hash)
        return security.check_password_hash(password_hash, password)

    monkeypatch.setattr(staff, "check_password_hash", counting_check)
    monkeypatch.setattr(services, "check_password_hash", counting_check, raising=False)
    return checked


def test_an_unknown_account_costs_a_password_check_like_a_known_one(client, password_checks):
    user = make_staff()
    client.post("/staff/login", data={"email": user.email, "password": "wrong"})
    client.post("/staff/login", data={"email": "nobody@example.org", "password": "wrong"})
    assert len(password_checks) == 2
    known, unknown = password_checks
    # The same method and cost (scrypt:N:r:p), and the dummy hash is made once only.
    assert unknown.split("$")[0] == known.split("$")[0]
    client.post("/staff/login", data={"email": "other@example.org", "password": "wrong"})
    assert password_checks[2] == unknown


def test_an_inactive_account_costs_a_password_check_too(client, password_checks):
    user = make_staff()
    user.active = False
    response = client.post("/staff/login", data={"email": user.email, "password": PASSWORD})
    assert response.status_code == 200 and len(password_checks) == 1


def _sign_in(client, email, password, address):
    return client.post(
        "/staff/login",
        data={"email": email, "password": password},
        environ_base={"REMOTE_ADDR": address},
    )


def test_failures_from_many_addresses_lock_the_account_not_the_others(limited_app):
    client = limited_app.test_client()
    with limited_app.app_context():
        target, other = make_staff(), make_staff()
        for n in range(20):
            response = _sign_in(client, f"  {target.email.upper()} ", "guess", f"10.0.0.{n}")
            assert response.status_code == 200
        response = _sign_in(client, target.email, PASSWORD, "10.0.1.1")
        assert response.status_code == 429
        page = response.get_data(as_text=True)
        assert "Too many attempts for this account: try again in 60 minutes." in page
        assert _sign_in(client, other.email, PASSWORD, "10.0.1.2").status_code == 302


def test_successful_sign_ins_do_not_use_up_the_account_limit(limited_app):
    client = limited_app.test_client()
    with limited_app.app_context():
        user = make_staff()
        for n in range(22):
            assert _sign_in(client, user.email, PASSWORD, f"10.0.2.{n}").status_code == 302
            client.post("/staff/logout")
        assert _sign_in(client, user.email, "guess", "10.0.2.99").status_code == 200


def _post_until_limited(client, path, limit, data=None, **addresses):
    for _ in range(limit):
        assert client.post(path, data=data or {}, **addresses).status_code != 429
    return client.post(path, data=data or {}, **addresses)


@pytest.mark.parametrize("form", ["register", "delegation"])
def test_public_forms_are_limited_per_address_but_not_their_pages(limited_app, form):
    client = limited_app.test_client()
    with limited_app.app_context():
        event = make_event("limits")
        path = f"/events/{event.slug}/{form}"
        one = {"environ_base": {"REMOTE_ADDR": "10.0.3.1"}}
        response = _post_until_limited(client, path, 20, **one)
        assert response.status_code == 429
        assert "Try again in 60 minutes." in response.get_data(as_text=True)
        assert client.get(path, **one).status_code == 200
        other = {"environ_base": {"REMOTE_ADDR": "10.0.3.2"}}
        assert client.post(path, data={}, **other).status_code != 429


def _link_request(client, email, address):
    return client.post("/portal/link", data={"email": email}, environ_base={"REMOTE_ADDR": address})


def test_portal_links_are_limited_per_address(limited_app):
    client = limited_app.test_client()
    with limited_app.app_context():
        for n in range(5):
            assert _link_request(client, f"p{n}@example.org", "10.0.4.1").status_code == 200
        response = _link_request(client, "p9@example.org", "10.0.4.1")
        assert response.status_code == 429
        assert "Try again in 60 minutes." in response.get_data(as_text=True)
        page = client.get("/portal/link", environ_base={"REMOTE_ADDR": "10.0.4.1"})
        assert page.status_code == 200


def test_portal_links_are_limited_per_email_whatever_the_address(limited_app):
    client = limited_app.test_client()
    with limited_app.app_context():
        for n in range(5):
            email = "victim@example.org" if n % 2 else " Victim@EXAMPLE.org "
            assert _link_request(client, email, f"10.0.5.{n}").status_code == 200
        assert _link_request(client, "victim@example.org", "10.0.5.9").status_code == 429
        assert _link_request(client, "other@example.org", "10.0.5.9").status_code == 200
