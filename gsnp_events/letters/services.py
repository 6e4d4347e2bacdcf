"""Issuing, withdrawing and verifying visa support letters.

A letter goes to an approved delegate who asked for one (``visa_support_requested``), once the
event's signatory is set. Its reference is random (80 bits, printed on the letter and carried by
the QR code's link): nobody can guess another delegate's letter from their own. What the letter
says is kept as issued. Every issue and withdrawal writes an audit entry in the same transaction.

A letter verifies as valid while it is not withdrawn and the registration is still approved.
"""

import secrets
from dataclasses import dataclass
from datetime import date

from flask_babel import lazy_gettext as _l
from sqlalchemy import exists, func, select
from sqlalchemy.exc import IntegrityError

from ..extensions import db
from ..i18n import event_zone
from ..mail.outbox import mail_language
from ..models import (
    AuditEntry,
    Event,
    LetterSettings,
    Registration,
    RegistrationStatus,
    StaffUser,
    VisaLetter,
)
from ..models.base import utcnow
from ..names import NameOrder, initials

# Letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L).
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
REFERENCE_LENGTH = 16  # about 79 bits
MAX_REASON = 1000


class LetterError(Exception):
    code = "letter_error"

    def __init__(self, message, code: str | None = None):
        super().__init__(str(message))
        self.message = message
        if code:
            self.code = code

    def __str__(self) -> str:
        return str(self.message)


def new_reference() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(REFERENCE_LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, REFERENCE_LENGTH, 4))


def normalise_reference(text: str | None) -> str | None:
    """The reference in its printed form, or None if it cannot be one (wrong length or
    letters): people may type it in lower case or without the dashes."""
    if not text:
        return None
    raw = "".join(text.split()).replace("-", "").upper()
    if len(raw) != REFERENCE_LENGTH or any(char not in ALPHABET for char in raw):
        return None
    return "-".join(raw[i : i + 4] for i in range(0, REFERENCE_LENGTH, 4))


# Settings -------------------------------------------------------------------------------------


def settings_for(event: Event) -> LetterSettings | None:
    return db.session.get(LetterSettings, event.id)


def ready_to_issue(settings: LetterSettings | None) -> bool:
    """Whether letters can be issued: the letterhead (the organiser) and the signatory are set."""
    return settings is not None and all(
        (value or "").strip()
        for value in (settings.organiser_name, settings.signatory_name, settings.signatory_title)
    )


def save_settings(event: Event, values: dict, actor: StaffUser) -> LetterSettings:
    settings = settings_for(event)
    creating = settings is None
    if creating:
        settings = LetterSettings(event_id=event.id)
        db.session.add(settings)
    for name in (
        "organiser_name",
        "organiser_address",
        "signatory_name",
        "signatory_title",
        "contact_email",
    ):
        setattr(settings, name, (values.get(name) or "").strip())
    db.session.add(
        AuditEntry(
            action="visa_letter.settings_saved",
            actor_id=actor.id,
            actor_label=actor.name[:150],
            event_id=event.id,
            data={"signatory": settings.signatory_name, "organiser": settings.organiser_name},
        )
    )
    db.session.commit()
    return settings


# Issuing --------------------------------------------------------------------------------------


def stay_dates(registration: Registration) -> tuple[date, date]:
    """The dates of stay: the delegate's travel dates, else the event's own dates."""
    event = registration.event
    return (
        registration.arrival_date or event.starts_on,
        registration.departure_date or event.ends_on,
    )


def letter_content(registration: Registration, settings: LetterSettings) -> dict:
    """What the letter says, as plain JSON values, kept with the letter as issued."""
    event = registration.event
    stay_from, stay_to = stay_dates(registration)
    organisation = registration.organisation
    return {
        "given_name": registration.given_name,
        "family_name": registration.family_name,
        "name": registration.full_name,
        "name_order": registration.order.value,
        "nationality_code": registration.nationality_code,
        "date_of_birth": registration.date_of_birth.isoformat()
        if registration.date_of_birth
        else None,
        "passport_number": registration.passport_number,
        "passport_expiry": registration.passport_expiry.isoformat()
        if registration.passport_expiry
        else None,
        "organisation": organisation.name if organisation else None,
        "category": registration.category.code,
        "category_name": registration.category.name,
        "stay_from": stay_from.isoformat(),
        "stay_to": stay_to.isoformat(),
        "event_name": event.name,
        "venue": event.venue,
        "city": event.city,
        # The event's texts on each page of the letter (English and the delegate's language).
        "texts": {
            language: {
                "event_name": event.text("name", language),
                "venue": event.text("venue", language),
                "city": event.text("city", language),
            }
            for language in sorted({"en", mail_language(registration.preferred_language)})
        },
        "country_code": event.country_code,
        "starts_on": event.starts_on.isoformat(),
        "ends_on": event.ends_on.isoformat(),
        "organiser_name": settings.organiser_name,
        "organiser_address": settings.organiser_address,
        "signatory_name": settings.signatory_name,
        "signatory_title": settings.signatory_title,
        "contact_email": settings.contact_email,
    }


def current_letter(registration: Registration) -> VisaLetter | None:
    return db.session.scalar(
        select(VisaLetter).where(
            VisaLetter.registration_id == registration.id, VisaLetter.withdrawn_at.is_(None)
        )
    )


def _check_can_issue(registration: Registration, settings: LetterSettings | None) -> None:
    if not ready_to_issue(settings):
        raise LetterError(
            _l("Set the letterhead and signatory of this event's letters first."), "no_signatory"
        )
    if registration.status != RegistrationStatus.APPROVED:
        raise LetterError(
            _l("Only approved delegates receive a visa support letter."), "not_approved"
        )
    if not registration.visa_support_requested:
        raise LetterError(_l("This delegate did not ask for a visa support letter."), "not_asked")


def _new_letter(registration: Registration, settings: LetterSettings, actor: StaffUser):
    letter = VisaLetter(
        reference=new_reference(),
        event_id=registration.event_id,
        registration=registration,
        language=mail_language(registration.preferred_language),
        content=letter_content(registration, settings),
        issued_at=utcnow(),
        issued_by_id=actor.id,
    )
    db.session.add(letter)
    db.session.add(
        AuditEntry.about(
            registration,
            "visa_letter.issued",
            actor=actor,
            data={"reference": letter.reference, "language": letter.language},
        )
    )
    return letter


def issue_letter(registration: Registration, actor: StaffUser) -> VisaLetter:
    """Issue the delegate's letter (LetterError if they may not have one or already do)."""
    settings = settings_for(registration.event)
    _check_can_issue(registration, settings)
    if current_letter(registration) is not None:
        raise LetterError(_l("This delegate already has a valid letter."), "already_issued")
    letter = _new_letter(registration, settings, actor)
    try:
        db.session.commit()
    except IntegrityError as error:  # another officer issued it a moment ago
        db.session.rollback()
        raise LetterError(
            _l("This delegate already has a valid letter."), "already_issued"
        ) from error
    return letter


def pending_query(event: Event):
    """Approved registrations of ``event`` that asked for a letter and have no valid one."""
    has_current = exists().where(
        VisaLetter.registration_id == Registration.id, VisaLetter.withdrawn_at.is_(None)
    )
    return select(Registration).where(
        Registration.event_id == event.id,
        Registration.status == RegistrationStatus.APPROVED,
        Registration.visa_support_requested.is_(True),
        ~has_current,
    )


def issue_pending(
    event: Event, actor: StaffUser, registration_ids: list[int] | None = None
) -> list[VisaLetter]:
    """Issue every pending letter of ``event`` (or those of ``registration_ids``), in one
    transaction. Registrations that cannot have one are left out."""
    settings = settings_for(event)
    if not ready_to_issue(settings):
        raise LetterError(
            _l("Set the letterhead and signatory of this event's letters first."), "no_signatory"
        )
    query = pending_query(event).order_by(Registration.family_name, Registration.id)
    if registration_ids is not None:
        query = query.where(Registration.id.in_(registration_ids))
    letters = [_new_letter(r, settings, actor) for r in db.session.scalars(query)]
    try:
        db.session.commit()
    except IntegrityError as error:
        db.session.rollback()
        raise LetterError(
            _l("Another officer issued some of these letters at the same time. Try again."),
            "already_issued",
        ) from error
    return letters


def withdraw_letter(letter: VisaLetter, actor: StaffUser, reason: str) -> VisaLetter:
    reason = (reason or "").strip()
    if not reason:
        raise LetterError(_l("Give the reason for withdrawing the letter."), "reason_required")
    if len(reason) > MAX_REASON:
        raise LetterError(
            _l("The reason is too long (at most %(num)d characters).", num=MAX_REASON),
            "reason_too_long",
        )
    if letter.withdrawn_at is not None:
        raise LetterError(_l("This letter is already withdrawn."), "already_withdrawn")
    actor_id, actor_label = actor.id, actor.name[:150]  # loaded before the letter changes
    letter.withdrawal_reason = reason
    letter.withdrawn_by_id = actor_id
    letter.withdrawn_at = utcnow()
    db.session.add(
        AuditEntry(
            action="visa_letter.withdrawn",
            actor_id=actor_id,
            actor_label=actor_label,
            event_id=letter.event_id,
            registration_id=letter.registration_id,
            reason=reason,
            data={"reference": letter.reference},
        )
    )
    db.session.commit()
    return letter


# Verifying ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verification:
    valid: bool
    initials: str = ""
    issued_on: date | None = None


def verify(reference: str | None) -> Verification:
    normalised = normalise_reference(reference)
    if normalised is None:
        return Verification(False)
    letter = db.session.scalar(select(VisaLetter).where(VisaLetter.reference == normalised))
    if letter is None or letter.withdrawn_at is not None:
        return Verification(False)
    if letter.registration.status != RegistrationStatus.APPROVED:
        return Verification(False)
    content = letter.content
    return Verification(
        True,
        # Fatima Al-Hassan -> "F. A.", KIM Eun-jong -> "K. E.": enough to match a passport, too
        # little to identify. Letters issued before the order was kept read given name first.
        initials(
            content.get("given_name", ""),
            content.get("family_name", ""),
            NameOrder(content.get("name_order", NameOrder.GIVEN_FIRST)),
        ),
        letter.issued_at.astimezone(event_zone(letter.event)).date(),
    )


# Lists ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    asked: int
    issued: int
    pending: int


def counts(event: Event) -> Counts:
    asked = db.session.scalar(
        select(func.count()).where(
            Registration.event_id == event.id,
            Registration.status == RegistrationStatus.APPROVED,
            Registration.visa_support_requested.is_(True),
        )
    )
    pending = db.session.scalar(select(func.count()).select_from(pending_query(event).subquery()))
    return Counts(asked or 0, (asked or 0) - (pending or 0), pending or 0)


def letters_by_registration(registration_ids: list[int]) -> dict[int, list[VisaLetter]]:
    found: dict[int, list[VisaLetter]] = {}
    if not registration_ids:
        return found
    for letter in db.session.scalars(
        select(VisaLetter)
        .where(VisaLetter.registration_id.in_(registration_ids))
        .order_by(VisaLetter.issued_at.desc(), VisaLetter.id.desc())
    ):
        found.setdefault(letter.registration_id, []).append(letter)
    return found


def portal_state(registration: Registration) -> tuple[str, VisaLetter | None]:
    """For the delegate portal: (state, the valid letter or None). States: "none" (not asked),
    "waiting" (not approved yet), "preparing" (approved, no letter yet), "on_hold" (approved,
    but the event's letterhead or signatory is not set, so no letter can be issued), "ready",
    "unavailable" (the registration ended or is suspended)."""
    if not registration.visa_support_requested:
        return "none", None
    letter = current_letter(registration)
    if letter is not None and registration.status == RegistrationStatus.APPROVED:
        return "ready", letter
    if registration.status == RegistrationStatus.APPROVED:
        if not ready_to_issue(settings_for(registration.event)):
            return "on_hold", None
        return "preparing", None
    if registration.status in (
        RegistrationStatus.REJECTED,
        RegistrationStatus.REVOKED,
        RegistrationStatus.CANCELLED,
        RegistrationStatus.EXPIRED,
        RegistrationStatus.SUSPENDED,
    ):
        return "unavailable", None
    return "waiting", None
