"""Large print runs on RQ, against the real Redis on 127.0.0.1:6379 (a queue of its own, removed
afterwards), and the fallback to a thread when Redis cannot be reached."""

import uuid

import pytest
from flask import current_app
from rq import SimpleWorker
from sqlalchemy import select

from gsnp_events.badges import jobs
from gsnp_events.extensions import db
from gsnp_events.models import Role
from gsnp_events.models.badges import BadgePrintJob
from tests.factories import login, make_event, make_registration, make_staff
from tests.unit.test_badge_render import decode_qr_codes

REDIS_URL = "redis://127.0.0.1:6379/0"


@pytest.fixture
def run_setup(client, monkeypatch):
    event = make_event("baku")
    for _ in range(2):
        make_registration(event, status="approved")
    login(client, make_staff(Role.BADGE_DESK, event))
    monkeypatch.setitem(current_app.config, "BADGE_INLINE_LIMIT", 1)
    return event


@pytest.fixture
def queue_name(monkeypatch):
    name = f"gsnp-badges-test-{uuid.uuid4().hex[:10]}"
    monkeypatch.setitem(current_app.config, "REDIS_URL", REDIS_URL)
    monkeypatch.setitem(current_app.config, "BADGE_QUEUE", name)
    yield name
    connection = jobs.redis_connection(REDIS_URL)
    jobs.queue(connection, name).delete(delete_jobs=True)
    for key in connection.scan_iter(match=f"*{name}*"):
        connection.delete(key)


def test_a_large_run_is_queued_on_redis_and_a_worker_prints_it(client, run_setup, queue_name):
    response = client.post(
        "/backoffice/events/baku/badges/jobs", data={"query": "layout=a6-portrait"}
    )
    job = db.session.scalar(select(BadgePrintJob))
    assert response.location.endswith(f"/jobs/{job.id}")
    assert (job.runner, job.status) == ("rq", "queued")
    page = client.get(response.location).get_data(as_text=True)
    assert "Waiting to start" in page

    connection = jobs.redis_connection()
    queue = jobs.queue(connection)
    assert queue.count == 1
    # What `flask badges worker --burst` does, in this process and app.
    SimpleWorker([queue], connection=connection).work(burst=True)
    assert queue.count == 0

    db.session.expire_all()
    job = db.session.get(BadgePrintJob, job.id)
    assert (job.status, job.done, job.pages) == ("done", 2, 2)
    pdf = client.get(f"/backoffice/events/baku/badges/jobs/{job.id}/badges.pdf").data
    assert len(decode_qr_codes(pdf, 1)) == 1


def test_without_redis_a_large_run_falls_back_to_a_thread(client, run_setup, monkeypatch):
    monkeypatch.setitem(current_app.config, "REDIS_URL", "redis://127.0.0.1:1/0")  # nobody there
    client.post("/backoffice/events/baku/badges/jobs", data={"query": "layout=cr80-landscape"})
    job = db.session.scalar(select(BadgePrintJob))
    jobs.join(job.id, timeout=60)
    db.session.expire_all()
    job = db.session.get(BadgePrintJob, job.id)
    assert (job.runner, job.status, job.done) == ("thread", "done", 2)


def test_the_worker_command_starts_warm_render_processes_and_prints(
    app, client, run_setup, queue_name, monkeypatch
):
    from gsnp_events.badges import render

    monkeypatch.setitem(current_app.config, "BADGE_RENDER_PROCESSES", 2)
    client.post("/backoffice/events/baku/badges/jobs", data={"query": "layout=cr80-landscape"})
    try:
        result = app.test_cli_runner().invoke(args=["badges", "worker", "--burst"])
        assert result.exit_code == 0, result.output
        # Both render processes started (and warmed up) with the worker, though this run of two
        # badges rendered in the worker's own process.
        assert render._pool is not None and len(render._pool._processes) == 2
    finally:
        render.shutdown_pool()
    db.session.expire_all()
    job = db.session.scalar(select(BadgePrintJob))
    assert (job.runner, job.status, job.done) == ("rq", "done", 2)
