"""Draining the outbox: claim what is due, send it, retry failures with exponential back-off;
and sending what a request queued once its response has gone."""

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import Flask, current_app, g, has_request_context
from sqlalchemy import and_, event, or_, select, update
from sqlalchemy.orm import Session

from ..extensions import db
from ..models import OutboxMessage
from ..models.base import utcnow
from ..models.mail import OutboxStatus
from .senders import build_message, get_sender

MAX_BACKOFF = timedelta(hours=6)


@dataclass
class DeliveryReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0

    def summary(self) -> str:
        return f"{self.sent} sent, {self.retrying} to retry later, {self.failed} given up."


def retry_delay(attempts: int) -> timedelta:
    """1, 2, 4, 8 ... times MAIL_RETRY_SECONDS after the 1st, 2nd, 3rd ... failure."""
    base = current_app.config["MAIL_RETRY_SECONDS"]
    return min(timedelta(seconds=base * 2 ** (attempts - 1)), MAX_BACKOFF)


def _claimable(now: datetime):
    """Due, and claimed by nobody, or by a sender that has not finished in time (crashed)."""
    stale = now - timedelta(seconds=current_app.config["MAIL_CLAIM_TIMEOUT_SECONDS"])
    return and_(
        OutboxMessage.status == OutboxStatus.PENDING,
        OutboxMessage.next_attempt_at <= now,
        or_(OutboxMessage.claimed_at.is_(None), OutboxMessage.claimed_at <= stale),
    )


def _claim_next(now: datetime, ids: list[int] | None) -> tuple[OutboxMessage, str] | None:
    """Claim the next due message in a short transaction of its own, or return None.

    The claim is a conditional UPDATE whose WHERE repeats the test of the SELECT, so of several
    senders that read the same row (threads, processes, servers) exactly one changes it, on
    every database: the others see a row count of 0 and look further. On PostgreSQL the
    SELECT also skips rows another sender is claiming (FOR UPDATE SKIP LOCKED). The claim
    counts as an attempt: a message that crashes its sender each time is still given up.
    """
    while True:
        query = (
            select(OutboxMessage.id)
            .where(_claimable(now))
            .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)
            .limit(1)
        )
        if ids is not None:
            query = query.where(OutboxMessage.id.in_(ids))
        if db.engine.dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        message_id = db.session.scalar(query)
        if message_id is None:
            db.session.rollback()
            return None
        token = secrets.token_hex(16)
        claimed = db.session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == message_id, _claimable(now))
            .values(claimed_at=now, claim_token=token, attempts=OutboxMessage.attempts + 1)
            .execution_options(synchronize_session=False)
        ).rowcount
        db.session.commit()
        if claimed == 1:
            return db.session.get(OutboxMessage, message_id), token


def _finish(message_id: int, token: str, **values) -> None:
    """Record the outcome and release the claim, if the claim is still ours."""
    done = db.session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == message_id, OutboxMessage.claim_token == token)
        .values(claimed_at=None, claim_token=None, **values)
        .execution_options(synchronize_session=False)
    ).rowcount
    db.session.commit()
    if not done:
        current_app.logger.warning(
            "outbox message %s took longer than MAIL_CLAIM_TIMEOUT_SECONDS to send; "
            "another sender took it over",
            message_id,
        )


def send_pending(
    limit: int = 100, now: datetime | None = None, ids: list[int] | None = None
) -> DeliveryReport:
    """Send up to ``limit`` due messages (only those of ``ids`` if given), one at a time.

    Each message is claimed first (:func:`_claim_next`), then sent outside any transaction,
    then marked: several senders may run at once on SQLite or PostgreSQL and no message is
    sent twice. A sender that dies between claim and mark leaves a claim that the others take
    over after MAIL_CLAIM_TIMEOUT_SECONDS (the message is then sent again only if the mail
    server had already accepted it).
    """
    report = DeliveryReport()
    sender = get_sender()
    from_address = current_app.config["MAIL_FROM"]
    max_attempts = current_app.config["MAIL_MAX_ATTEMPTS"]
    for _ in range(limit):
        now_ = now or utcnow()
        claim = _claim_next(now_, ids)
        if claim is None:
            break
        message, token = claim
        message_id, attempts = message.id, message.attempts
        try:
            sender.send(build_message(message, from_address))
        except Exception as error:  # noqa: BLE001  (any failure: keep the message, retry)
            db.session.rollback()
            last_error = f"{type(error).__name__}: {error}"[:1000]
            if attempts >= max_attempts:
                _finish(message_id, token, status=OutboxStatus.FAILED, last_error=last_error)
                report.failed += 1
            else:
                retry_at = now_ + retry_delay(attempts)
                _finish(message_id, token, next_attempt_at=retry_at, last_error=last_error)
                report.retrying += 1
        else:
            _finish(message_id, token, status=OutboxStatus.SENT, sent_at=utcnow(), last_error=None)
            report.sent += 1
    return report


# ---------------------------------------------------------------------------------------------
# After the response: every request that commits mail to the outbox sends it once its response
# has gone (MAIL_SEND_AFTER_REQUEST), whichever view, API method or service queued it.

_FLUSHED = "gsnp_outbox_flushed"  # session.info: ids of messages written, not yet committed
_COMMITTED = "gsnp_outbox_committed"  # g: ids of messages this request has committed


@event.listens_for(Session, "after_flush")
def _note_written(session: Session, flush_context) -> None:
    written = [m.id for m in session.new if isinstance(m, OutboxMessage)]
    if written:
        session.info.setdefault(_FLUSHED, []).extend(written)


@event.listens_for(Session, "after_commit")
def _note_committed(session: Session) -> None:
    committed = session.info.pop(_FLUSHED, None)
    if committed and has_request_context():
        g.setdefault(_COMMITTED, []).extend(committed)


@event.listens_for(Session, "after_rollback")
def _forget_written(session: Session) -> None:
    session.info.pop(_FLUSHED, None)


def _send_after_response(response):
    ids = g.pop(_COMMITTED, None)
    app = current_app._get_current_object()
    if not ids or not app.config["MAIL_SEND_AFTER_REQUEST"]:
        return response

    def send() -> None:
        with app.app_context():
            try:
                send_pending(limit=len(ids), ids=ids)
            except Exception:  # noqa: BLE001  (the outbox keeps the message for later)
                db.session.rollback()
                app.logger.exception("sending mail after the response failed")

    response.call_on_close(send)
    return response


def init_app(app: Flask) -> None:
    app.after_request(_send_after_response)
