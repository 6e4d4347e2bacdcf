"""Queue an e-mail in the outbox, rendered in the recipient's language."""

from flask import current_app, render_template
from flask_babel import force_locale

from ..extensions import db
from ..models import OutboxMessage


def mail_language(language: str | None) -> str:
    """The recipient's language if the app offers it, else the default one."""
    languages = current_app.config["LANGUAGES"]
    return language if language in languages else languages[0]


def queue_mail(
    kind: str,
    to: str,
    language: str | None,
    template: str,
    subject,
    registration_id: int | None = None,
    **context,
) -> OutboxMessage:
    """Render ``emails/<template>.txt`` and ``.html`` under the recipient's locale and add the
    message to the session, so it is committed (or rolled back) with the change that caused it.

    ``subject`` is a lazy string (or a callable returning one) evaluated under that locale.
    """
    language = mail_language(language)
    with force_locale(language):
        subject_text = str(subject() if callable(subject) else subject)
        context.setdefault("subject", subject_text)
        body_text = render_template(f"emails/{template}.txt", **context)
        body_html = render_template(f"emails/{template}.html", lang=language, **context)
    message = OutboxMessage(
        kind=kind,
        to_address=to,
        language=language,
        subject=subject_text[:300],
        body_text=body_text,
        body_html=body_html,
        registration_id=registration_id,
    )
    db.session.add(message)
    return message
