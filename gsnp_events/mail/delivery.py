"""Draining the outbox: send what is due, retry failures with exponential back-off."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import current_app, g
from sqlalchemy import select

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


def send_pending(
    limit: int = 100, now: datetime | None = None, ids: list[int] | None = None
) -> DeliveryReport:
    """Send up to ``limit`` due messages, one transaction each. Several senders may run at once
    on PostgreSQL: each claims its rows with FOR UPDATE SKIP LOCKED."""
    report = DeliveryReport()
    sender = get_sender()
    from_address = current_app.config["MAIL_FROM"]
    max_attempts = current_app.config["MAIL_MAX_ATTEMPTS"]
    for _ in range(limit):
        now_ = now or utcnow()
        query = (
            select(OutboxMessage)
            .where(
                OutboxMessage.status == OutboxStatus.PENDING,
                OutboxMessage.next_attempt_at <= now_,
            )
            .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)
            .limit(1)
        )
        if ids is not None:
            query = query.where(OutboxMessage.id.in_(ids))
        if db.engine.dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        message = db.session.scalar(query)
        if message is None:
            break
        try:
            sender.send(build_message(message, from_address))
        except Exception as error:  # noqa: BLE001  (any failure: keep the message, retry)
            message.attempts += 1
            message.last_error = f"{type(error).__name__}: {error}"[:1000]
            if message.attempts >= max_attempts:
                message.status = OutboxStatus.FAILED
                report.failed += 1
            else:
                message.next_attempt_at = now_ + retry_delay(message.attempts)
                report.retrying += 1
        else:
            message.attempts += 1
            message.status = OutboxStatus.SENT
            message.sent_at = utcnow()
            message.last_error = None
            report.sent += 1
        db.session.commit()
    return report


def deliver_after_response(response):
    """Send the messages queued by this request once the response has gone, when configured.

    Call it from a view after the commit; it returns the response. Without the setting the
    outbox waits for ``flask send-mail``.
    """
    app = current_app._get_current_object()
    if not app.config.get("MAIL_SEND_AFTER_REQUEST"):
        return response
    if g.get("_gsnp_mail_hooked"):
        return response
    g._gsnp_mail_hooked = True

    def send() -> None:
        with app.app_context():
            try:
                send_pending(limit=20)
            except Exception:  # noqa: BLE001  (the outbox keeps the message for later)
                db.session.rollback()
                app.logger.exception("sending mail after the response failed")

    response.call_on_close(send)
    return response
