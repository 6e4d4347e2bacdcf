"""The outbox and its senders: memory, .eml files, real SMTP on loopback; retries with back-off;
`flask send-mail`; delivery right after the response."""

import email
import email.policy
import socket
from datetime import timedelta

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

from gsnp_events.extensions import db
from gsnp_events.mail import MemorySender, queue_mail, send_pending
from gsnp_events.mail.delivery import retry_delay
from gsnp_events.models import OutboxMessage, Registration
from gsnp_events.models.base import utcnow
from tests.factories import make_event, make_organisation, registration_data


@pytest.fixture
def event():
    return make_event("baku")


@pytest.fixture
def memory(app):
    messages = MemorySender.messages_of(app)
    messages.clear()
    yield messages
    messages.clear()


def queue(event, to="delegate@example.org") -> OutboxMessage:
    message = queue_mail(
        "test.hello",
        to,
        "en",
        "portal_link",
        "Your link",
        event=event,
        registration=None,
        organisation=None,
        portal_url="http://127.0.0.1:5000/portal/login/abc",
    )
    db.session.commit()
    return message


def test_a_queued_message_is_sent_with_text_and_html(event, memory):
    message = queue(event)
    report = send_pending()
    assert (report.sent, report.retrying, report.failed) == (1, 0, 0)
    db.session.refresh(message)
    assert message.status == "sent" and message.sent_at is not None and message.attempts == 1
    (sent,) = memory
    assert sent["To"] == "delegate@example.org" and sent["Subject"] == "Your link"
    assert sent["From"] == "GSNP Events <no-reply@localhost>"
    assert sent["Content-Language"] == "en" and sent["Message-ID"]
    assert "/portal/login/abc" in sent.get_body(("plain",)).get_content()
    html = sent.get_body(("html",)).get_content()
    assert 'href="http://127.0.0.1:5000/portal/login/abc"' in html and '<html lang="en"' in html
    assert send_pending().sent == 0  # nothing left


class Flaky:
    def __init__(self, failures: int):
        self.failures = failures

    def send(self, mail):
        if self.failures:
            self.failures -= 1
            raise ConnectionRefusedError("mail server down")


def test_failures_are_retried_with_back_off_then_given_up(app, event, monkeypatch):
    import gsnp_events.mail.delivery as delivery

    sender = Flaky(failures=100)
    monkeypatch.setattr(delivery, "get_sender", lambda: sender)
    message = queue(event)
    now = utcnow()
    report = send_pending(now=now)
    assert report.retrying == 1
    db.session.refresh(message)
    assert message.status == "pending" and message.attempts == 1
    assert message.next_attempt_at == now + timedelta(seconds=60)
    assert "ConnectionRefusedError: mail server down" in message.last_error
    assert send_pending(now=now + timedelta(seconds=59)).retrying == 0  # not due yet
    send_pending(now=now + timedelta(seconds=60))
    db.session.refresh(message)
    assert message.attempts == 2
    assert message.next_attempt_at == now + timedelta(seconds=60 + 120)
    assert retry_delay(3) == timedelta(seconds=240)
    assert retry_delay(30) == timedelta(hours=6)
    later = now
    for _ in range(app.config["MAIL_MAX_ATTEMPTS"]):
        later += timedelta(days=1)
        send_pending(now=later)
    db.session.refresh(message)
    assert message.status == "failed" and message.attempts == app.config["MAIL_MAX_ATTEMPTS"]


def test_a_retry_that_works_marks_the_message_sent(event, monkeypatch):
    import gsnp_events.mail.delivery as delivery

    monkeypatch.setattr(delivery, "get_sender", lambda: Flaky(failures=0))
    message = queue(event)
    message.attempts, message.last_error = 3, "earlier failure"
    db.session.commit()
    send_pending()
    db.session.refresh(message)
    assert message.status == "sent" and message.last_error is None and message.attempts == 4


def test_development_writes_eml_files(app, event, tmp_path):
    app.config.update(MAIL_BACKEND="file", MAIL_FILE_DIR=str(tmp_path / "mail-out"))
    try:
        queue(event, to="dev@example.org")
        assert send_pending().sent == 1
    finally:
        app.config.update(MAIL_BACKEND="memory")
    (path,) = (tmp_path / "mail-out").glob("*.eml")
    parsed = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert parsed["To"] == "dev@example.org"
    assert "/portal/login/abc" in parsed.get_body(("plain",)).get_content()


def test_flask_send_mail_drains_the_outbox(app, event, memory):
    queue(event)
    queue(event, to="second@example.org")
    result = app.test_cli_runner().invoke(args=["send-mail"])
    assert result.exit_code == 0
    assert "2 sent, 0 to retry later, 0 given up." in result.output
    assert len(memory) == 2


def test_flask_expire_registrations(app, event):
    from tests.factories import make_registration

    make_registration(event, confirmation_due_at=utcnow() - timedelta(hours=1))
    result = app.test_cli_runner().invoke(args=["expire-registrations"])
    assert "1 registration(s) expired." in result.output
    assert db.session.scalar(select(Registration.status)) == "expired"


class Collector:
    def __init__(self):
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_delivery_through_a_real_smtp_server_on_loopback(app, client, event):
    handler = Collector()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    app.config.update(MAIL_BACKEND="smtp", MAIL_SMTP_HOST="127.0.0.1", MAIL_SMTP_PORT=port)
    try:
        org = make_organisation()
        data = registration_data(org, email="smtp.test@example.org", name_local="فاطمة الحسن")
        assert client.post("/events/baku/register", data=data).status_code == 302
        assert send_pending().sent == 1
    finally:
        app.config.update(MAIL_BACKEND="memory", MAIL_SMTP_PORT=25)
        controller.stop()
    (envelope,) = handler.envelopes
    assert envelope.rcpt_tos == ["smtp.test@example.org"]
    parsed = email.message_from_bytes(envelope.content, policy=email.policy.default)
    assert "confirm your e-mail address" in parsed["Subject"]
    text = parsed.get_body(("plain",)).get_content()
    # The name isolated (FSI ... PDI): an Arabic name in an English sentence keeps its order.
    assert "Hello \u2068فاطمة الحسن\u2069," in text and "/confirm/" in text
    assert db.session.scalar(select(OutboxMessage.status)) == "sent"


def test_an_unreachable_smtp_server_leaves_the_message_for_later(app, event):
    app.config.update(
        MAIL_BACKEND="smtp",
        MAIL_SMTP_HOST="127.0.0.1",
        MAIL_SMTP_PORT=free_port(),
        MAIL_SMTP_TIMEOUT=2,
    )
    try:
        queue(event)
        assert send_pending().retrying == 1
    finally:
        app.config.update(MAIL_BACKEND="memory", MAIL_SMTP_PORT=25, MAIL_SMTP_TIMEOUT=20)
    assert db.session.scalar(select(OutboxMessage.status)) == "pending"


def test_mail_is_sent_right_after_the_response_when_configured(app, client, event, memory):
    app.config["MAIL_SEND_AFTER_REQUEST"] = True
    try:
        org = make_organisation()
        response = client.post("/events/baku/register", data=registration_data(org))
        assert response.status_code == 302
        response.close()  # the server closes the response once it is sent
    finally:
        app.config["MAIL_SEND_AFTER_REQUEST"] = False
    assert len(memory) == 1 and "confirm" in memory[0]["Subject"]


def test_mail_and_change_share_one_transaction(event):
    queue_mail(
        "test.rollback",
        "x@example.org",
        "en",
        "portal_link",
        "x",
        event=event,
        registration=None,
        organisation=None,
        portal_url="u",
    )
    db.session.rollback()
    assert db.session.scalar(select(OutboxMessage)) is None


def test_confirmation_and_approval_mails_carry_a_code_the_badge_desk_scans(client, memory):
    import io

    import zxingcpp
    from PIL import Image

    from gsnp_events.accreditation.workflow import Actor, perform
    from gsnp_events.models import Role
    from tests.factories import login, make_organisation, make_registration, make_staff

    event = make_event("desk", allow_walk_ins=False)
    person = make_registration(event, status="submitted", organisation=make_organisation())
    officer = make_staff(Role.ACCREDITATION_OFFICER, event)
    perform(person, "approve", Actor.staff_user(officer))
    send_pending()
    (mail,) = [m for m in memory if m["To"] == person.email]
    html = mail.get_body(("html",)).get_content()
    assert 'src="cid:desk-code"' in html
    (image,) = [p for p in mail.walk() if p.get_content_type() == "image/png"]
    assert image["Content-ID"] == "<desk-code>"
    (code,) = zxingcpp.read_barcodes(Image.open(io.BytesIO(image.get_content())))
    assert code.text == person.reference
    login(client, make_staff(Role.BADGE_DESK, event))
    response = client.get("/onsite/events/desk/desk", query_string={"q": code.text})
    assert response.location.endswith(f"/desk/{person.id}")
