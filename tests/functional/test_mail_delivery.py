"""Mail leaves after the response of whichever request committed it (decisions, bulk decisions,
the API, the portal, the badge desk, imports), and concurrent senders never send a message
twice: both through a real SMTP server on loopback, on SQLite and on PostgreSQL."""

import email
import email.policy
import io
import socket
import threading
from datetime import date, timedelta

import pytest
from aiosmtpd.controller import Controller
from openpyxl import Workbook
from sqlalchemy import event as sa_event
from sqlalchemy import func, select

from gsnp_events.api_tokens import issue_token
from gsnp_events.backoffice.imports import COLUMNS
from gsnp_events.extensions import db
from gsnp_events.mail import MemorySender, queue_mail, send_pending
from gsnp_events.mail.delivery import _claim_next, _finish
from gsnp_events.models import OutboxMessage, Role, TokenKind
from gsnp_events.models.base import utcnow
from gsnp_events.registration import tokens
from tests.factories import login, make_event, make_organisation, make_registration, make_staff


class Collector:
    def __init__(self):
        self.envelopes = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.envelopes.append(envelope)
        return "250 Message accepted for delivery"

    def parsed(self) -> list[email.message.EmailMessage]:
        return [
            email.message_from_bytes(e.content, policy=email.policy.default) for e in self.envelopes
        ]


@pytest.fixture
def smtp(app):
    """A real SMTP server on a loopback port, and the app sending to it."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    handler = Collector()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    app.config.update(MAIL_BACKEND="smtp", MAIL_SMTP_HOST="127.0.0.1", MAIL_SMTP_PORT=port)
    yield handler
    app.config.update(MAIL_BACKEND="memory", MAIL_SMTP_PORT=25)
    controller.stop()


@pytest.fixture
def after_response(app):
    app.config["MAIL_SEND_AFTER_REQUEST"] = True
    yield
    app.config["MAIL_SEND_AFTER_REQUEST"] = False


@pytest.fixture
def memory(app):
    messages = MemorySender.messages_of(app)
    messages.clear()
    yield messages
    messages.clear()


def _submitted(event, **overrides):
    overrides.setdefault("organisation", make_organisation(country_code="GH"))
    return make_registration(event, status="submitted", confirmed_at=utcnow(), **overrides)


def _pending() -> int:
    return db.session.scalar(
        select(func.count()).select_from(OutboxMessage).where(OutboxMessage.status == "pending")
    )


def test_a_decision_mail_leaves_right_after_the_response(client, smtp, after_response):
    event = make_event("baku")
    person = _submitted(event)
    login(client, make_staff(Role.ACCREDITATION_OFFICER, event))
    response = client.post(
        f"/backoffice/events/baku/registrations/{person.id}/decide",
        data={"transition": "approve", "version": str(person.version)},
    )
    assert response.status_code == 302
    assert smtp.envelopes == [] and _pending() == 1  # not before the response has gone
    response.close()  # the server closes the response once it is sent
    (mail,) = smtp.parsed()
    assert mail["To"] == person.email and "your registration is approved" in mail["Subject"]
    assert _pending() == 0
    assert db.session.scalar(select(OutboxMessage.status)) == "sent"


def _walk_in_data() -> dict:
    return {
        "given_name": "Nomvula",
        "family_name": "Dlamini",
        "nationality": "ZA",
        "date_of_birth": "1990-02-03",
        "passport_number": "A09876543",
        "passport_expiry": (date.today() + timedelta(days=1500)).isoformat(),
        "email": "nomvula@example.org",
        "category": "delegate",
        "consent": "y",
    }


def _delegation_xlsx() -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(list(COLUMNS))
    for n in (1, 2):
        row = {
            "given_name": "Amina",
            "family_name": "Yusuf",
            "nationality": "SD",
            "passport_number": f"P0{n:07d}",
            "passport_expiry": (date.today() + timedelta(days=3000)).isoformat(),
            "email": f"delegate{n}@example.org",
            "category": "delegate",
            "date_of_birth": "1985-04-12",
        }
        sheet.append([row.get(c) for c in COLUMNS])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _information_request(client, event):
    person = _submitted(event)
    login(client, make_staff(Role.ACCREDITATION_OFFICER, event))
    response = client.post(
        f"/backoffice/events/baku/registrations/{person.id}/decide",
        data={"transition": "request_info", "version": str(person.version), "reason": "Visa?"},
    )
    return response, [person.email]


def _bulk_decision(client, event):
    people = [_submitted(event) for _ in range(3)]
    login(client, make_staff(Role.ACCREDITATION_OFFICER, event))
    response = client.post(
        "/backoffice/events/baku/registrations/bulk",
        data={"transition": "approve", "registration": [str(p.id) for p in people]},
    )
    return response, [p.email for p in people]


def _api_decision(client, event):
    person = _submitted(event)
    officer = make_staff(Role.ACCREDITATION_OFFICER, event)
    _token, secret = issue_token(TokenKind.STAFF, "script", officer, staff_user=officer)
    response = client.post(
        f"/api/v1/events/baku/registrations/{person.id}/decisions",
        json={"transition": "approve", "version": person.version},
        headers={"Authorization": f"Bearer {secret}"},
    )
    return response, [person.email]


def _portal_cancellation(client, event):
    person = _submitted(event)
    client.get(f"/portal/login/{tokens.portal_token(person)}")
    response = client.post("/portal/cancel", data={"version": str(person.version)})
    return response, [person.email]


def _desk_walk_in(client, event):
    login(client, make_staff(Role.BADGE_DESK, event))
    response = client.post("/onsite/events/baku/desk/walk-in", data=_walk_in_data())
    return response, ["nomvula@example.org"]


def _import(client, event):
    ngo = make_organisation(country_code="SD")
    login(client, make_staff(Role.ACCREDITATION_OFFICER, event))
    response = client.post(
        f"/backoffice/events/baku/organisations/{ngo.id}/import",
        data={"file": (io.BytesIO(_delegation_xlsx()), "delegation.xlsx")},
        content_type="multipart/form-data",
    )
    return response, ["delegate1@example.org", "delegate2@example.org"]


@pytest.mark.parametrize(
    "action",
    [
        _information_request,
        _bulk_decision,
        _api_decision,
        _portal_cancellation,
        _desk_walk_in,
        _import,
    ],
)
def test_every_request_that_commits_mail_sends_it_after_its_response(
    client, memory, after_response, action
):
    event = make_event("baku", allow_walk_ins=True)
    response, recipients = action(client, event)
    assert response.status_code in (200, 302)
    assert memory == [] and _pending() == len(recipients)
    response.close()
    assert sorted(m["To"] for m in memory) == sorted(recipients)
    assert _pending() == 0


def test_a_request_sends_its_own_mail_only(client, memory, after_response):
    """A backlog (the server was down) is for `flask send-mail`, not for the next visitor."""
    event = make_event("baku")
    backlog = queue_mail(
        "test.backlog",
        "backlog@example.org",
        "en",
        "portal_link",
        "Your link",
        event=event,
        registration=None,
        organisation=None,
        portal_url="http://127.0.0.1:5000/portal/login/abc",
    )
    db.session.commit()
    response, recipients = _information_request(client, event)
    response.close()
    assert [m["To"] for m in memory] == recipients
    db.session.refresh(backlog)
    assert backlog.status == "pending"


def test_a_refused_decision_sends_nothing(client, memory, after_response):
    event = make_event("baku")
    person = _submitted(event)
    login(client, make_staff(Role.ACCREDITATION_OFFICER, event))
    response = client.post(
        f"/backoffice/events/baku/registrations/{person.id}/decide",
        data={"transition": "reject", "version": str(person.version)},  # no reason given
    )
    response.close()
    assert memory == [] and db.session.scalar(select(func.count(OutboxMessage.id))) == 0


# ---------------------------------------------------------------------------------------------
# Concurrent senders.


def _queue_many(event, count: int) -> list[int]:
    messages = [
        queue_mail(
            "test.race",
            f"person{n}@example.org",
            "en",
            "portal_link",
            f"Message {n}",
            event=event,
            registration=None,
            organisation=None,
            portal_url=f"http://127.0.0.1:5000/portal/login/{n}",
        )
        for n in range(count)
    ]
    db.session.commit()
    return [m.id for m in messages]


def _senders(app, count: int, **kwargs) -> list:
    """``count`` threads calling send_pending at once, each with its own app context and
    database connection; returns their reports."""
    start = threading.Barrier(count)
    reports, errors = [], []

    def run():
        with app.app_context():
            start.wait(timeout=10)
            try:
                reports.append(send_pending(**kwargs))
            except Exception as error:  # noqa: BLE001  (reported by the test below)
                errors.append(error)

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == [] and len(reports) == count
    return reports


def test_two_senders_at_once_deliver_each_message_exactly_once(app, smtp):
    ids = _queue_many(make_event("baku"), 40)
    reports = _senders(app, 2)
    message_ids = [m["Message-ID"] for m in smtp.parsed()]
    assert len(message_ids) == 40 and len(set(message_ids)) == 40
    assert sorted(r for e in smtp.envelopes for r in e.rcpt_tos) == sorted(
        f"person{n}@example.org" for n in range(40)
    )
    assert sum(r.sent for r in reports) == 40
    assert all(r.sent for r in reports)  # both senders worked: they really ran at once
    db.session.expire_all()
    rows = db.session.scalars(select(OutboxMessage).where(OutboxMessage.id.in_(ids))).all()
    assert {(m.status, m.attempts, m.claimed_at) for m in rows} == {("sent", 1, None)}


def test_two_senders_that_read_the_same_row_send_it_once(app, smtp):
    """The race the issue saw: two responses' senders both read the one pending row before
    either marks it. The first to claim it wins; the other sends nothing."""
    _queue_many(make_event("baku"), 1)
    both_read = threading.Barrier(2)
    waited = set()

    def after_read(conn, cursor, statement, parameters, context, executemany):
        first_read = threading.get_ident() not in waited
        if first_read and statement.lstrip().startswith("SELECT outbox_messages.id"):
            waited.add(threading.get_ident())
            both_read.wait(timeout=10)

    sa_event.listen(db.engine, "after_cursor_execute", after_read)
    try:
        reports = _senders(app, 2)
    finally:
        sa_event.remove(db.engine, "after_cursor_execute", after_read)
    assert not both_read.broken  # both had read before either claimed
    assert len(smtp.envelopes) == 1
    assert sorted(r.sent for r in reports) == [0, 1]


def test_a_claim_left_by_a_crashed_sender_is_taken_over_after_the_timeout(app, memory):
    (message_id,) = _queue_many(make_event("baku"), 1)
    now = utcnow()
    _message, crashed = _claim_next(now, None)  # claimed, then its sender died
    db.session.expunge_all()
    timeout = timedelta(seconds=app.config["MAIL_CLAIM_TIMEOUT_SECONDS"])
    assert send_pending(now=now + timeout - timedelta(seconds=1)).sent == 0
    assert send_pending(now=now + timeout).sent == 1
    (sent,) = memory
    assert sent["To"] == "person0@example.org"
    _finish(message_id, crashed, status="failed", last_error="late")  # the old claim is void
    message = db.session.get(OutboxMessage, message_id)
    assert (message.status, message.attempts, message.last_error) == ("sent", 2, None)
