"""Check-in at the doors: server time to verify and record a scan with 50 concurrent scanners
on PostgreSQL, and offline verifications per second in the Python module.

Usage: make bench-checkin   (or: .venv/bin/python -m benchmarks.bench_checkin)

Creates a throw-away PostgreSQL database with the demo assembly, prints a badge version for
every approved delegate, starts gunicorn on a free loopback port and lets 50 threads (each a
door scanner with its own keep-alive connection) scan badges through
POST /api/v1/events/<slug>/checkpoints/entrance/scans, alternating entries and exits. The
server's own time (verify + record, from the Server-Timing header) and the round trip are
reported. Only 127.0.0.1 is contacted; the run is bounded by --scans.
"""

import argparse
import base64
import http.client
import json
import os
import random
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import uuid

from sqlalchemy import select
from sqlalchemy.engine import make_url

from benchmarks.bench_backoffice import _admin, percentile

ADMIN_URL = os.environ.get(
    "TEST_POSTGRES_ADMIN_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prepare(database_url: str, env: dict) -> tuple[str, list[str], dict]:
    """Seed, print one badge per approved delegate, add the checkpoint and a device token."""
    os.environ.update(env)
    from flask_migrate import upgrade

    from config import ProductionConfig
    from gsnp_events import create_app
    from gsnp_events.api_tokens import issue_token
    from gsnp_events.badges import tokens
    from gsnp_events.checkin.bundle import checkin_bundle
    from gsnp_events.demo.seed import SLUG, seed_demo
    from gsnp_events.extensions import db
    from gsnp_events.models import Badge, Checkpoint, Event, Registration, StaffUser, TokenKind

    app = create_app(ProductionConfig)
    with app.app_context(), app.test_request_context():
        upgrade(revision="heads")
        seed_demo()
        event = db.session.scalar(select(Event).where(Event.slug == SLUG))
        approved = db.session.scalars(
            select(Registration.id).where(
                Registration.event_id == event.id, Registration.status == "approved"
            )
        ).all()
        db.session.add_all(Badge(registration_id=r, version=1) for r in approved)
        db.session.add(
            Checkpoint(
                event_id=event.id, code="entrance", name="Main entrance", counts_presence=True
            )
        )
        db.session.commit()
        manager = db.session.scalar(select(StaffUser).where(StaffUser.email.like("manager@%")))
        _token, secret = issue_token(TokenKind.DEVICE, "bench scanner", manager, event=event)
        key = tokens.signing_key(app.config)
        badge_tokens = [tokens.issue(key, event.id, r, 1) for r in approved]
        bundle = json.loads(json.dumps(checkin_bundle(event)))
        db.engine.dispose()
    return secret, badge_tokens, bundle


def scanner(port, secret, badge_tokens, count, rng, server_ms, round_ms, errors):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Authorization": f"Bearer {secret}", "Content-Type": "application/json"}
    for n in range(count):
        body = json.dumps(
            {
                "token": rng.choice(badge_tokens),
                "direction": "in" if n % 2 == 0 else "out",
                "client_uuid": str(uuid.uuid4()),
            }
        )
        started = time.perf_counter()
        try:
            conn.request(
                "POST",
                "/api/v1/events/founding-assembly/checkpoints/entrance/scans",
                body=body,
                headers=headers,
            )
            response = conn.getresponse()
            response.read()
        except (OSError, http.client.HTTPException):
            errors.append("connection")
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            continue
        round_ms.append((time.perf_counter() - started) * 1000)
        if response.status != 200:
            errors.append(response.status)
            continue
        timing = response.getheader("Server-Timing", "")
        server_ms.append(float(timing.split("dur=")[1]))
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scanners", type=int, default=50)
    parser.add_argument("--scans", type=int, default=6000, help="in all")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (one per core)")
    parser.add_argument("--offline", type=int, default=20000, help="offline verifications")
    args = parser.parse_args()

    name = f"gsnp_bench_{uuid.uuid4().hex[:8]}"
    database_url = make_url(ADMIN_URL).set(database=name).render_as_string(False)
    env = {
        "DATABASE_URL": database_url,
        "SECRET_KEY": secrets.token_urlsafe(48),
        "BADGE_SIGNING_KEY": base64.b64encode(secrets.token_bytes(32)).decode(),
        "MAIL_BACKEND": "memory",
        "FLASK_CONFIG": "production",
        "PUBLIC_BASE_URL": "http://127.0.0.1",  # the host it is reached by (any port)
    }
    _admin(f'CREATE DATABASE "{name}"')
    server = None
    try:
        secret, badge_tokens, bundle = prepare(database_url, env)
        port = _free_port()
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "-w",
                str(args.workers),
                "-b",
                f"127.0.0.1:{port}",
                "--log-level",
                "warning",
                "gsnp_events:create_app()",
            ],
            env={**os.environ, **env},
        )
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        server_ms, round_ms, errors = [], [], []
        per_scanner = args.scans // args.scanners
        threads = [
            threading.Thread(
                target=scanner,
                args=(
                    port,
                    secret,
                    badge_tokens,
                    per_scanner,
                    random.Random(i),
                    server_ms,
                    round_ms,
                    errors,
                ),
            )
            for i in range(args.scanners)
        ]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - started
        print(
            f"\n{len(server_ms)} scans by {args.scanners} concurrent scanners, "
            f"gunicorn {args.workers} workers, PostgreSQL, {len(badge_tokens)} badges"
        )
        print(f"errors: {len(errors)}  throughput: {len(server_ms) / wall:.0f} scans/s")
        for label, values in (("server (verify + record)", server_ms), ("round trip", round_ms)):
            print(
                f"{label:26} p50 {statistics.median(values):7.2f} ms  "
                f"p95 {percentile(values, 95):7.2f} ms  p99 {percentile(values, 99):7.2f} ms"
            )

        from gsnp_events.checkin.offline import OfflineVerifier

        verifier = OfflineVerifier(bundle)
        rng = random.Random(1)
        sample = [rng.choice(badge_tokens) for _ in range(args.offline)]
        started = time.perf_counter()
        for n, token in enumerate(sample):
            verifier.check(token, "entrance", "in" if n % 2 == 0 else "out")
        seconds = time.perf_counter() - started
        print(
            f"offline verification: {args.offline / seconds:,.0f} checks/s "
            f"({seconds / args.offline * 1e6:.0f} µs each, one core)"
        )
    finally:
        if server is not None:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)
        _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
