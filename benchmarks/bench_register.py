"""A burst of registrations against the app under gunicorn on PostgreSQL, with a yardstick.

Usage: make bench-register   (or: .venv/bin/python -m benchmarks.bench_register)

Creates a throw-away PostgreSQL database with one open event whose delegate quota is smaller
than the burst (so the last places are contested and the rest go to the waiting list: the
event's row lock is on the path), starts gunicorn on 127.0.0.1, and sends N registrations
(POST /api/v1/events/<slug>/registrations, the same service and rules as the web form,
including the outbox e-mail) from C concurrent keep-alive connections. Then sends the same
burst to a trivial Flask endpoint of the same app on the same server (POST, JSON echo of
{"ok": true}) as the yardstick, and reports registrations per second, p50/p95 latency and the
ratio. Checks that exactly quota registrations got a place. Stops gunicorn and drops the
database at the end. The load generator only ever connects to 127.0.0.1.
"""

import argparse
import asyncio
import base64
import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from datetime import UTC, date, datetime, timedelta

import psycopg
from sqlalchemy.engine import make_url

HOST = "127.0.0.1"  # loopback only, never anything else
ADMIN_URL = os.environ.get(
    "TEST_POSTGRES_ADMIN_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
SLUG = "bench-assembly"


def _admin(sql: str) -> None:
    url = make_url(ADMIN_URL).set(drivername="postgresql").render_as_string(False)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(sql)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def bench_app():
    """The app as production runs it, plus the yardstick endpoint (gunicorn imports this)."""
    from flask import jsonify

    from gsnp_events import create_app
    from gsnp_events.extensions import csrf

    app = create_app("production")

    def yardstick():
        return jsonify({"ok": True})

    app.add_url_rule("/__bench/yardstick", "bench_yardstick", yardstick, methods=["POST"])
    csrf.exempt(yardstick)
    return app


def prepare(database_url: str, quota: int) -> None:
    from flask_migrate import upgrade

    from config import TestingConfig
    from gsnp_events import create_app
    from gsnp_events.extensions import db
    from gsnp_events.models import Category, Event, Organisation

    class Config(TestingConfig):
        SQLALCHEMY_DATABASE_URI = database_url

    app = create_app(Config)
    with app.app_context():
        upgrade(revision="heads")
        now = datetime.now(UTC)
        event = Event(
            slug=SLUG,
            name="Benchmark Assembly",
            short_name="Bench",
            venue="Congress Center",
            city="Baku",
            country_code="AZ",
            timezone="Asia/Baku",
            starts_on=date.today() + timedelta(days=60),
            ends_on=date.today() + timedelta(days=62),
            registration_opens_at=now - timedelta(days=1),
            registration_closes_at=now + timedelta(days=30),
            published=True,
            capacity=quota * 2,
            languages=["en", "fr", "ar"],
            data_protection_notice="We keep your data to run the assembly.",
        )
        event.categories.append(
            Category(
                code="delegate",
                name="Delegate",
                badge_label="DELEGATE",
                colour="#1f5fa8",
                quota=quota,
            )
        )
        db.session.add(event)
        for i in range(50):
            db.session.add(
                Organisation(name=f"NGO {i}", country_code="TN", vetting_status="verified")
            )
        db.session.commit()
        db.engine.dispose()


def payload(i: int, organisation_id: int, prefix: str = "bench") -> bytes:
    body = {
        "given_name": "Fatima",
        "family_name": "Bench " + "".join(chr(97 + int(d)) for d in str(i)).title(),
        "name_local": "فاطمة الحسن",
        "nationality": "TN",
        "date_of_birth": "1985-04-23",
        "passport_number": f"B{i:08d}",
        "passport_expiry": (date.today() + timedelta(days=1500)).isoformat(),
        "email": f"{prefix}{i}@example.org",
        "phone": "+216 71 123 456",
        "category": "delegate",
        "organisation_choice": "existing",
        "organisation_id": organisation_id,
        "languages": ["en", "ar"],
        "consent": True,
    }
    return json.dumps(body).encode()


async def burst(port: int, path: str, bodies: list[bytes], concurrency: int) -> dict:
    """Send every body once over ``concurrency`` keep-alive connections; time each request."""
    queue: asyncio.Queue = asyncio.Queue()
    for body in bodies:
        queue.put_nowait(body)
    latencies: list[float] = []
    statuses: dict[int, int] = {}

    async def worker() -> None:
        reader, writer = await asyncio.open_connection(HOST, port)
        try:
            while True:
                try:
                    body = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                request = (
                    f"POST {path} HTTP/1.1\r\nHost: {HOST}:{port}\r\n"
                    "Content-Type: application/json\r\nAccept-Language: en\r\n"
                    f"Content-Length: {len(body)}\r\n\r\n"
                ).encode() + body
                started = time.perf_counter()
                writer.write(request)
                await writer.drain()
                status_line = await reader.readline()
                length, close = 0, False
                while True:
                    line = await reader.readline()
                    if line in (b"\r\n", b""):
                        break
                    name, _, value = line.decode().partition(":")
                    if name.lower() == "content-length":
                        length = int(value)
                    elif name.lower() == "connection" and "close" in value.lower():
                        close = True
                await reader.readexactly(length)
                latencies.append(time.perf_counter() - started)
                status = int(status_line.split()[1])
                statuses[status] = statuses.get(status, 0) + 1
                if close:
                    writer.close()
                    reader, writer = await asyncio.open_connection(HOST, port)
        finally:
            writer.close()

    started = time.perf_counter()
    await asyncio.wait_for(asyncio.gather(*(worker() for _ in range(concurrency))), timeout=400)
    elapsed = time.perf_counter() - started
    return {
        "requests": len(latencies),
        "seconds": elapsed,
        "per_second": len(latencies) / elapsed,
        "p50_ms": percentile(latencies, 50) * 1000,
        "p95_ms": percentile(latencies, 95) * 1000,
        "max_ms": max(latencies) * 1000,
        "statuses": statuses,
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def wait_until_up(port: int, seconds: float = 30) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with socket.create_connection((HOST, port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registrations", type=int, default=2000)
    parser.add_argument("--quota", type=int, default=1500, help="places in the category")
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    args = parser.parse_args()

    name = f"gsnp_bench_reg_{uuid.uuid4().hex[:8]}"
    database_url = make_url(ADMIN_URL).set(database=name).render_as_string(False)
    _admin(f'CREATE DATABASE "{name}"')
    server = None
    try:
        prepare(database_url, args.quota)
        port = free_port()
        env = dict(
            os.environ,
            DATABASE_URL=database_url,
            FLASK_CONFIG="production",
            SECRET_KEY=uuid.uuid4().hex + uuid.uuid4().hex,
            BADGE_SIGNING_KEY=base64.b64encode(os.urandom(32)).decode(),
            MAIL_BACKEND="memory",
            MAIL_SEND_AFTER_REQUEST="false",
            PUBLIC_BASE_URL=f"http://{HOST}:{port}",
        )
        server = subprocess.Popen(  # noqa: S603
            [
                os.path.join(os.path.dirname(sys.executable), "gunicorn"),
                "--bind",
                f"{HOST}:{port}",
                "--workers",
                str(args.workers),
                "--worker-class",
                "gthread",
                "--threads",
                str(args.threads),
                "--keep-alive",
                "30",
                "--log-level",
                "warning",
                "benchmarks.bench_register:bench_app()",
            ],
            env=env,
            start_new_session=True,
        )
        wait_until_up(port)
        with psycopg.connect(
            make_url(database_url).set(drivername="postgresql").render_as_string(False)
        ) as conn:
            organisation_ids = [row[0] for row in conn.execute("SELECT id FROM organisations")]

        warm = [payload(10_000_000 + i, organisation_ids[0], "warm") for i in range(20)]
        asyncio.run(burst(port, f"/api/v1/events/{SLUG}/registrations", warm, 4))
        asyncio.run(burst(port, "/__bench/yardstick", warm, 4))

        bodies = [
            payload(i, organisation_ids[i % len(organisation_ids)])
            for i in range(args.registrations)
        ]
        registrations = asyncio.run(
            burst(port, f"/api/v1/events/{SLUG}/registrations", bodies, args.concurrency)
        )
        yardstick = asyncio.run(burst(port, "/__bench/yardstick", bodies, args.concurrency))

        with psycopg.connect(
            make_url(database_url).set(drivername="postgresql").render_as_string(False)
        ) as conn:
            counts = dict(
                conn.execute(
                    "SELECT status, count(*) FROM registrations WHERE email_normalised "
                    "LIKE 'bench%%' GROUP BY status"
                ).fetchall()
            )
            outbox = conn.execute("SELECT count(*) FROM outbox_messages").fetchone()[0]
    finally:
        if server is not None:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
        _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    held = counts.get("unconfirmed", 0)
    print(
        f"\n{args.registrations} registrations, {args.concurrency} connections, gunicorn "
        f"{args.workers} workers x {args.threads} threads (gthread), PostgreSQL, quota {args.quota}"
    )
    print(f"{'':24} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  statuses")
    for label, result in (
        ("registration (API)", registrations),
        ("yardstick (trivial)", yardstick),
    ):
        print(
            f"{label:24} {result['per_second']:8.1f} {result['p50_ms']:8.1f} "
            f"{result['p95_ms']:8.1f} {result['max_ms']:8.1f}  {result['statuses']}"
        )
    ratio = yardstick["per_second"] / registrations["per_second"]
    print(f"ratio: the trivial endpoint serves {ratio:.1f}x as many requests per second")
    print(f"places: {counts} (outbox messages: {outbox})")
    # The 20 warm-up registrations took places first.
    ok = registrations["statuses"] == {201: args.registrations} and held == args.quota - 20
    ok = ok and counts.get("waitlisted", 0) == args.registrations - args.quota + 20
    print("check:", "exactly the quota got a place, the rest are waitlisted" if ok else "FAILED")
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
