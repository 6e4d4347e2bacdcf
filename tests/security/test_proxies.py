"""X-Forwarded-For is believed only from TRUSTED_PROXIES reverse proxies (none by default)."""

import pytest

from config import TestingConfig
from gsnp_events import create_app
from gsnp_events.extensions import limiter
from tests.conftest import IsolatedClient

SIGN_IN_LIMIT = 10  # per minute, on /staff/login


@pytest.fixture
def limited_app_with(app, database_url):
    def make(proxies: int):
        class Config(TestingConfig):
            SQLALCHEMY_DATABASE_URI = database_url
            RATELIMIT_ENABLED = True
            TRUSTED_PROXIES = proxies

        limited = create_app(Config)
        limited.test_client_class = IsolatedClient
        limiter.reset()
        return limited

    yield make
    # The limiter is one object for every app: give it back to the suite's app, disabled.
    limiter.reset()
    limiter.init_app(app)


def sign_in_attempt(client, forwarded_for: str) -> int:
    return client.post(
        "/staff/login",
        data={"email": "x@example.org"},
        headers={"X-Forwarded-For": forwarded_for},
    ).status_code


def test_without_trusted_proxies_a_forged_forwarded_for_does_not_escape_the_limit(
    limited_app_with,
):
    limited = limited_app_with(0)
    client = limited.test_client()
    with limited.app_context():
        for n in range(SIGN_IN_LIMIT):
            assert sign_in_attempt(client, f"203.0.113.{n}") == 200
        assert sign_in_attempt(client, "198.51.100.99") == 429  # the peer address is the key


def test_behind_a_trusted_proxy_each_client_has_its_own_limit(limited_app_with):
    limited = limited_app_with(1)
    client = limited.test_client()  # every request comes from the proxy's address
    with limited.app_context():
        for _ in range(SIGN_IN_LIMIT):
            assert sign_in_attempt(client, "203.0.113.7") == 200
        assert sign_in_attempt(client, "203.0.113.7") == 429
        assert sign_in_attempt(client, "198.51.100.20") == 200
        # Only the address the proxy added counts, not one the client put before it.
        assert sign_in_attempt(client, "198.51.100.20, 203.0.113.7") == 429
