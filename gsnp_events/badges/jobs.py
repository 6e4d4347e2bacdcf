"""Where a print job runs: in the request when it is small, on an RQ worker when Redis is
configured (REDIS_URL), otherwise in a thread of the app process. Job state and the PDF live
in the database, so any app server can show progress and serve the download."""

import logging
import threading

from flask import Flask, current_app, has_app_context

from ..models.badges import BadgePrintJob

log = logging.getLogger(__name__)

_threads: dict[int, threading.Thread] = {}
_worker_app: Flask | None = None


def dispatch(job: BadgePrintJob) -> str:
    """Start ``job`` (already committed) and return how it runs: inline, rq or thread."""
    from .services import run_print_job

    config = current_app.config
    job_id = job.id
    if job.total <= config["BADGE_INLINE_LIMIT"]:
        runner = "inline"
    elif config.get("REDIS_URL"):
        runner = "rq"
    else:
        runner = "thread"
    _set_runner(job_id, runner)
    if runner == "inline":
        run_print_job(job_id)
    elif runner == "rq":
        try:
            enqueue(job_id)
        except Exception:  # Redis is down: print anyway, in this process
            log.exception("could not queue badge job %s on Redis; running it in a thread", job_id)
            _set_runner(job_id, "thread")
            start_thread(job_id)
    else:
        start_thread(job_id)
    return runner


def _set_runner(job_id: int, runner: str) -> None:
    from ..extensions import db

    job = db.session.get(BadgePrintJob, job_id)
    job.runner = runner
    db.session.commit()


def start_thread(job_id: int) -> threading.Thread:
    app = current_app._get_current_object()
    thread = threading.Thread(
        target=_run_in_app, args=(app, job_id), name=f"badge-job-{job_id}", daemon=True
    )
    _threads[job_id] = thread
    thread.start()
    return thread


def join(job_id: int, timeout: float | None = None) -> None:
    """Wait for a job running in a thread of this process (tests, the command line)."""
    thread = _threads.pop(job_id, None)
    if thread is not None:
        thread.join(timeout)


def _run_in_app(app: Flask, job_id: int) -> None:
    from ..extensions import db
    from .services import run_print_job

    with app.app_context():
        try:
            run_print_job(job_id)
        finally:
            db.session.remove()


def redis_connection(url: str | None = None):
    from redis import Redis

    return Redis.from_url(url or current_app.config["REDIS_URL"])


def queue(connection=None, name: str | None = None):
    from rq import Queue

    return Queue(
        name or current_app.config["BADGE_QUEUE"], connection=connection or redis_connection()
    )


def enqueue(job_id: int, connection=None, queue_name: str | None = None):
    return queue(connection, queue_name).enqueue(
        rq_task, job_id, job_timeout=3600, result_ttl=600, failure_ttl=86400
    )


def rq_task(job_id: int) -> None:
    """The RQ job: runs in `flask badges worker` (which has the app), or in a plain
    `rq worker`, where it builds the app once per process."""
    global _worker_app
    from .services import run_print_job

    if has_app_context():
        run_print_job(job_id)
        return
    if _worker_app is None:
        from .. import create_app

        _worker_app = create_app()
    _run_in_app(_worker_app, job_id)
