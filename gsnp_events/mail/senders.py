"""Ways to deliver a message: SMTP, .eml files (development) or memory (tests)."""

import io
import smtplib
import ssl
import threading
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import segno
from flask import Flask, current_app

from ..extensions import db
from ..models import OutboxMessage, Registration
from ..models.base import utcnow

DESK_CODE_SRC = "cid:desk-code"  # e-mail templates show the desk code with this image source


def _add_desk_code(mail: EmailMessage, registration_id: int) -> None:
    """A QR code of the registration's reference, which the badge desk scans to find it."""
    registration = db.session.get(Registration, registration_id)
    if registration is None:
        return
    png = io.BytesIO()
    segno.make(registration.reference, error="q").save(png, kind="png", scale=6, border=2)
    mail.get_body(("html",)).add_related(
        png.getvalue(),
        maintype="image",
        subtype="png",
        cid="<desk-code>",
        filename="desk-code.png",
    )


def build_message(message: OutboxMessage, sender: str) -> EmailMessage:
    """Plain text plus an HTML alternative, with the headers a mail server expects."""
    mail = EmailMessage()
    mail["Subject"] = message.subject
    mail["From"] = sender
    mail["To"] = message.to_address
    mail["Date"] = format_datetime(utcnow())
    mail["Message-ID"] = make_msgid(idstring=f"outbox-{message.id}", domain="gsnp-events")
    mail["Auto-Submitted"] = "auto-generated"
    mail.set_content(message.body_text)
    if message.body_html:
        mail.add_alternative(message.body_html, subtype="html")
        if DESK_CODE_SRC in message.body_html and message.registration_id:
            _add_desk_code(mail, message.registration_id)
    mail["Content-Language"] = message.language  # after the content, which clears Content-*
    return mail


class SmtpSender:
    def __init__(self, host: str, port: int, user=None, password=None, starttls=False, timeout=20):
        self.host, self.port, self.user, self.password = host, port, user, password
        self.starttls, self.timeout = starttls, timeout

    def send(self, mail: EmailMessage) -> None:
        with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
            if self.starttls:
                smtp.starttls(context=ssl.create_default_context())
            if self.user:
                smtp.login(self.user, self.password or "")
            smtp.send_message(mail)


class FileSender:
    """Writes each message as an .eml file: open it with any mail program."""

    def __init__(self, directory: str):
        self.directory = Path(directory)

    def send(self, mail: EmailMessage) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        stamp = utcnow().strftime("%Y%m%dT%H%M%S%f")
        msgid = mail["Message-ID"].strip("<>").split("@")[0]
        (self.directory / f"{stamp}-{msgid}.eml").write_bytes(bytes(mail))


class MemorySender:
    """Keeps messages in a list on the app (tests read them from there)."""

    def __init__(self, app: Flask):
        self.messages: list[EmailMessage] = app.extensions.setdefault("gsnp_mail_memory", [])
        self.lock = threading.Lock()

    def send(self, mail: EmailMessage) -> None:
        with self.lock:
            self.messages.append(mail)

    @staticmethod
    def messages_of(app: Flask) -> list[EmailMessage]:
        return app.extensions.setdefault("gsnp_mail_memory", [])


def get_sender(app: Flask | None = None):
    app = app or current_app._get_current_object()
    config = app.config
    backend = config["MAIL_BACKEND"]
    if backend == "smtp":
        return SmtpSender(
            config["MAIL_SMTP_HOST"],
            config["MAIL_SMTP_PORT"],
            config.get("MAIL_SMTP_USER"),
            config.get("MAIL_SMTP_PASSWORD"),
            config.get("MAIL_SMTP_STARTTLS", False),
            config.get("MAIL_SMTP_TIMEOUT", 20),
        )
    if backend == "file":
        return FileSender(config["MAIL_FILE_DIR"])
    if backend == "memory":
        return MemorySender(app)
    raise RuntimeError(f"MAIL_BACKEND must be smtp, file or memory, not {backend!r}")
