"""Shared fixtures. The database is SQLite unless GSNP_TEST_DATABASE=postgresql, in which case
a fresh PostgreSQL database is created for the run and dropped after it."""

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
import time_machine
from flask import Flask, g, has_app_context
from flask.testing import FlaskClient
from flask_migrate import upgrade
from sqlalchemy import delete
from sqlalchemy.engine import make_url

from config import TestingConfig
from gsnp_events import create_app
from gsnp_events.extensions import db

USING_POSTGRES = os.environ.get("GSNP_TEST_DATABASE") == "postgresql"
# GSNP_TEST_CLOCK_SHIFT_DAYS=N runs the whole session N days from now, the clock ticking (the
# PostgreSQL half of `make test` runs 400 days ahead): no test may depend on today's date.
CLOCK_SHIFT_DAYS = int(os.environ.get("GSNP_TEST_CLOCK_SHIFT_DAYS") or 0)
_shifted_clock = None


def pytest_configure(config) -> None:
    """Start the shifted clock before the test modules are imported (some read the time)."""
    global _shifted_clock
    if CLOCK_SHIFT_DAYS:
        moment = datetime.now(UTC) + timedelta(days=CLOCK_SHIFT_DAYS)
        _shifted_clock = time_machine.travel(moment, tick=True)
        _shifted_clock.start()


def pytest_report_header(config) -> str | None:
    if CLOCK_SHIFT_DAYS:
        return f"clock shifted {CLOCK_SHIFT_DAYS} days: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
    return None


def pytest_unconfigure(config) -> None:
    if _shifted_clock is not None:
        _shifted_clock.stop()


def _postgres_admin_url() -> str:
    url = os.environ.get(
        "TEST_POSTGRES_ADMIN_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
    )
    return url


def _admin_execute(sql: str) -> None:
    url = make_url(_postgres_admin_url()).set(drivername="postgresql")
    with psycopg.connect(url.render_as_string(hide_password=False), autocommit=True) as conn:
        conn.execute(sql)


@pytest.fixture(scope="session")
def database_url(tmp_path_factory) -> Iterator[str]:
    if not USING_POSTGRES:
        yield f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.sqlite'}"
        return
    name = f"gsnp_test_{uuid.uuid4().hex[:12]}"
    _admin_execute(f'CREATE DATABASE "{name}"')
    try:
        yield (
            make_url(_postgres_admin_url()).set(database=name).render_as_string(hide_password=False)
        )
    finally:
        _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def app(database_url) -> Iterator[Flask]:
    class Config(TestingConfig):
        SQLALCHEMY_DATABASE_URI = database_url

    app = create_app(Config)
    with app.app_context():
        upgrade(revision="heads")  # the schema comes from the migrations, as in production
    yield app
    with app.app_context():
        db.engine.dispose()


def empty_the_database() -> None:
    """Delete every row but the countries' (in an app context)."""
    db.session.rollback()
    for table in reversed(db.metadata.sorted_tables):
        if table.name != "countries":
            db.session.execute(delete(table))
    db.session.commit()
    db.session.remove()


@pytest.fixture(autouse=True)
def app_context(app) -> Iterator[None]:
    """Each test runs in an app context and leaves the database as it found it."""
    with app.app_context():
        yield
        empty_the_database()


class IsolatedClient(FlaskClient):
    """Requests reuse the test's app context; give each one a fresh ``g``, as in production
    (Flask-Login and Flask-Babel cache the user and the locale there)."""

    def open(self, *args, **kwargs):
        if has_app_context():
            g.__dict__.clear()
        return super().open(*args, **kwargs)


@pytest.fixture
def client(app):
    app.test_client_class = IsolatedClient
    return app.test_client()
