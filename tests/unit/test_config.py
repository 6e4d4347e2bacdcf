import pytest

import config
from gsnp_events import create_app


def test_production_refuses_to_start_without_a_secret_key(monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(RuntimeError, match="SECRET_KEY must be set"):
        create_app("production")


@pytest.mark.parametrize("key", [config.DEVELOPMENT_SECRET_KEY, "short"])
def test_production_refuses_a_placeholder_or_short_key(monkeypatch, key):
    monkeypatch.setenv("SECRET_KEY", key)
    with pytest.raises(RuntimeError, match="at least 32 characters"):
        config.ProductionConfig.check()


def test_production_starts_with_a_real_key_and_secure_cookies(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "k" * 20 + "a-real-random-value-0123456789")
    monkeypatch.setenv("BADGE_SIGNING_KEY", "a2tr" * 10 + "a2s=")  # base64 of 32 bytes
    monkeypatch.setenv("PUBLIC_BASE_URL", "https://events.example.org")
    app = create_app("production")
    assert app.config["SESSION_COOKIE_SECURE"] is True
    assert app.config["SECRET_KEY"].endswith("0123456789")


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
        ("sqlite:////tmp/x.sqlite", "sqlite:////tmp/x.sqlite"),
    ],
)
def test_database_url_from_the_environment(monkeypatch, given, expected):
    monkeypatch.setenv("DATABASE_URL", given)
    assert config._database_url("sqlite://") == expected


def test_sqlite_under_instance_is_the_default(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    url = config._database_url(f"sqlite:///{config.INSTANCE_DIR / 'gsnp_events.sqlite'}")
    assert url.endswith("instance/gsnp_events.sqlite")
