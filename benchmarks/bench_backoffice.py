"""Server time of the back office with 10,000 registrations on PostgreSQL.

Usage: make bench-backoffice   (or: .venv/bin/python -m benchmarks.bench_backoffice)

Creates a throw-away PostgreSQL database, loads the demo assembly scaled to N registrations,
signs in as the accreditation officer and times each page through the WSGI app (no network,
no browser: this is the server's own time), after a warm-up. Prints p50/p95/max and the
number of SQL statements per request. Drops the database at the end.
"""

import argparse
import os
import random
import statistics
import time
import uuid

import psycopg
from sqlalchemy import event as sa_event
from sqlalchemy import select
from sqlalchemy.engine import make_url

ADMIN_URL = os.environ.get(
    "TEST_POSTGRES_ADMIN_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


def _admin(sql: str) -> None:
    url = make_url(ADMIN_URL).set(drivername="postgresql").render_as_string(False)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(sql)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registrations", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=60, help="timed requests per page")
    args = parser.parse_args()

    from config import TestingConfig
    from gsnp_events import create_app
    from gsnp_events.demo.seed import SLUG, seed_demo
    from gsnp_events.extensions import db
    from gsnp_events.models import Registration

    name = f"gsnp_bench_{uuid.uuid4().hex[:8]}"
    _admin(f'CREATE DATABASE "{name}"')
    try:

        class Config(TestingConfig):
            SQLALCHEMY_DATABASE_URI = make_url(ADMIN_URL).set(database=name).render_as_string(False)

        app = create_app(Config)
        with app.app_context():
            from flask_migrate import upgrade

            upgrade(revision="heads")
            started = time.perf_counter()
            seed_demo(registrations=args.registrations)
            seconds = time.perf_counter() - started
            print(f"seeded {args.registrations} registrations in {seconds:.1f} s")
            ids = db.session.scalars(select(Registration.id)).all()
            db.session.execute(db.text("ANALYZE"))
            db.session.commit()

        client = app.test_client()
        client.post(
            "/staff/login",
            data={"email": "officer@gsnp-events.example", "password": "demo-officer-baku-2026"},
        )
        rng = random.Random(7)
        base = f"/backoffice/events/{SLUG}"
        pages = {
            "review queue (first page)": lambda: f"{base}/registrations",
            "review queue (submitted, by country, page 3)": lambda: (
                f"{base}/registrations?status=submitted&sort=country&page=3"
            ),
            "review queue (search 'ahmed')": lambda: f"{base}/registrations?q=ahmed",
            "registration detail": lambda: f"{base}/registrations/{rng.choice(ids)}",
            "dashboard (reports)": lambda: f"{base}/reports",
        }
        queries = {"n": 0}

        def count(*_args, **_kwargs):
            queries["n"] += 1

        with app.app_context():
            sa_event.listen(db.engine, "before_cursor_execute", count)
        print(f"\n{'page':48} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'queries':>8}")
        for label, path in pages.items():
            for _ in range(5):
                assert client.get(path()).status_code == 200
            times, counts = [], []
            for _ in range(args.requests):
                queries["n"] = 0
                url = path()
                started = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - started) * 1000)
                counts.append(queries["n"])
                assert response.status_code == 200, (url, response.status_code)
            print(
                f"{label:48} {statistics.median(times):8.1f} {percentile(times, 95):8.1f} "
                f"{max(times):8.1f} {max(counts):8d}"
            )
        with app.app_context():
            db.engine.dispose()
    finally:
        _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
