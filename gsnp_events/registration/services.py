"""Self-registration, delegation registration and the delegate's own changes.

Services own the transaction: they validate everything first (nothing is written after a
rejected submission), then take the event's place lock late, count, insert and commit in one
step. Status changes go through accreditation.workflow; e-mails go to the outbox in the same
transaction.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload

from ..accreditation import places, workflow
from ..accreditation.workflow import AMENDABLE, EDITABLE, FINAL, Actor
from ..extensions import db
from ..i18n import event_text
from ..mail import external_url, queue_mail
from ..models import (
    AuditEntry,
    Event,
    Organisation,
    Photo,
    Registration,
    RegistrationStatus,
    StaffUser,
)
from ..models.base import utcnow
from ..models.organisations import VettingStatus
from ..models.registrations import INACTIVE_STATUSES
from ..text import fold
from . import tokens
from .photos import ProcessedPhoto
from .validation import (
    Checker,
    FieldError,
    ValidationFailed,
    check_category,
    check_consent,
    check_contact,
    check_organisation,
    check_participation,
    check_person,
    check_travel_and_needs,
    clean_text,
    registration_values,
)

S = RegistrationStatus
MAX_DELEGATES = 30


class RegistrationError(Exception):
    """A registration that cannot go ahead, with a stable code and a translatable message."""

    def __init__(self, message, code: str, field: str | None = None):
        super().__init__(str(message))
        self.message = message
        self.code = code
        self.field = field


class DuplicateRegistration(RegistrationError):
    pass


@dataclass
class Registered:
    registration: Registration
    waitlisted: bool
    position: int | None


@dataclass
class DelegationRegistered:
    organisation: Organisation
    registrations: list[Registration] = field(default_factory=list)

    @property
    def waitlisted(self) -> list[Registration]:
        return [r for r in self.registrations if r.status == S.WAITLISTED]


def open_event(slug: str, now: datetime | None = None) -> Event | None:
    """A published event by slug (None when there is none)."""
    return db.session.scalar(select(Event).where(Event.slug == slug, Event.published.is_(True)))


def load_registration(registration_id: int) -> Registration:
    """A registration with its event, category and organisation, in one query."""
    return db.session.scalars(
        select(Registration)
        .options(
            joinedload(Registration.event),
            joinedload(Registration.category),
            joinedload(Registration.organisation),
        )
        .where(Registration.id == registration_id)
        .execution_options(populate_existing=True)
    ).one()


def ensure_open(event: Event, now: datetime) -> None:
    if not event.registration_open(now):
        raise RegistrationError(
            _l("Registration for this event is not open."), "registration_closed"
        )


@dataclass
class OrganisationPage:
    """Some of the organisations that match a search, and how many match in all."""

    organisations: list[Organisation]
    total: int
    offset: int

    @property
    def more(self) -> bool:
        return self.offset + len(self.organisations) < self.total


def search_organisations(
    country: str | None, query: str | None, limit: int = 60, offset: int = 0
) -> OrganisationPage:
    """NGOs that may be chosen: of ``country``, with every word of ``query`` in a name or the
    acronym (folded: case, accents and harakat do not matter), by name."""
    conditions = [
        Organisation.vetting_status.in_([VettingStatus.VERIFIED, VettingStatus.TO_BE_VETTED])
    ]
    if country:
        conditions.append(Organisation.country_code == country.upper()[:2])
    for word in fold(clean_text(query)[:100]).split():
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conditions.append(Organisation.search_text.like(f"%{escaped}%", escape="\\"))
    total = db.session.scalar(select(func.count(Organisation.id)).where(*conditions))
    offset = max(0, min(offset, total))
    organisations = db.session.scalars(
        select(Organisation)
        .where(*conditions)
        .order_by(Organisation.name_folded, Organisation.id)
        .offset(offset)
        .limit(limit)
    )
    return OrganisationPage(list(organisations), total, offset)


# ---------------------------------------------------------------------------------------------
# Duplicates.


def _active_duplicate(event_id: int, email: str | None, nationality, passport, exclude_id=None):
    conditions = []
    if email:
        conditions.append(Registration.email_normalised == email)
    if nationality and passport:
        conditions.append(
            (Registration.nationality_code == nationality)
            & (Registration.passport_number_normalised == passport)
        )
    if not conditions:
        return None
    stmt = select(Registration).where(
        Registration.event_id == event_id,
        Registration.status.not_in([s.value for s in INACTIVE_STATUSES]),
        or_(*conditions),
    )
    if exclude_id is not None:
        stmt = stmt.where(Registration.id != exclude_id)
    return db.session.scalars(stmt.limit(1)).first()


def _duplicate(by_email: bool) -> DuplicateRegistration:
    if by_email:
        return DuplicateRegistration(
            _l(
                "This e-mail address is already registered for this event. To see or change "
                "that registration, ask for a link to your portal."
            ),
            "duplicate_email",
            "email",
        )
    return DuplicateRegistration(
        _l(
            "A registration with this passport number and nationality already exists for this "
            "event. To see or change it, ask for a link to your portal with its e-mail address."
        ),
        "duplicate_passport",
        "passport_number",
    )


def _duplicate_error(existing: Registration, email: str | None) -> DuplicateRegistration:
    return _duplicate(bool(email) and existing.email_normalised == email)


def _integrity_duplicate(error: IntegrityError, email: str | None) -> DuplicateRegistration:
    """The database's unique index caught a duplicate that slipped past the check."""
    return _duplicate("email" in str(error.orig))


# ---------------------------------------------------------------------------------------------
# Consent.


def consent(event: Event, language: str | None, now: datetime) -> dict:
    """What a registration records of the data-protection notice the person agreed to: the
    notice in ``language`` (the one they were shown) if the event gives one, else its default
    notice (language None), exactly as worded, with its version and the time."""
    code = str(language or "")[:8]
    own = event.own_text("data_protection_notice", code)
    return {
        "consent_given_at": now,
        "consent_version": event.data_protection_version,
        "consent_text": own or event.data_protection_notice,
        "consent_language": code if own else None,
    }


# ---------------------------------------------------------------------------------------------
# One delegate registers.


def _new_organisation(data: dict, now: datetime, actor_label: str) -> Organisation:
    organisation = Organisation(
        name=data["name"],
        name_local=data["name_local"],
        country_code=data["country_code"],
        registration_number=data["registration_number"],
        website=data["website"],
        vetting_status=VettingStatus.TO_BE_VETTED,
        created_at=now,
    )
    db.session.add(organisation)
    db.session.flush()
    db.session.add(
        AuditEntry(
            action="organisation.proposed",
            actor_label=actor_label,
            organisation_id=organisation.id,
            data={"name": organisation.name, "country": organisation.country_code},
        )
    )
    return organisation


def _expire_overdue_first(event: Event, now: datetime) -> None:
    """Free the places of registrations never confirmed, before counting (cheap: one indexed
    query when there is nothing to expire)."""
    if not places.event_has_limits(event):
        return
    overdue = db.session.scalar(
        select(Registration.id)
        .where(
            Registration.event_id == event.id,
            Registration.status.in_([S.UNCONFIRMED, S.WAITLISTED]),
            Registration.confirmation_due_at <= now,
            Registration.confirmed_at.is_(None),
        )
        .limit(1)
    )
    if overdue is not None:
        db.session.rollback()
        workflow.expire_overdue(now, event_id=event.id)


def validate_registration(event: Event, raw: Mapping[str, Any], now: datetime) -> Checker:
    checker = Checker(raw, now=now)
    check_person(checker, event)
    category = check_category(checker, event)
    checker.values["category"] = category
    checker.values["organisation"] = check_organisation(checker)
    check_participation(checker, event)
    check_travel_and_needs(checker, event)
    check_consent(checker)
    return checker


def _organisation_taken(error: IntegrityError) -> bool:
    """Another request proposed the same organisation between our check and our insert (the
    unique index on the folded name and country refused the second one)."""
    return "name_folded" in str(error.orig)


def register(
    event: Event,
    raw: Mapping[str, Any],
    photo: ProcessedPhoto | None,
    photo_error: FieldError | None = None,
    now: datetime | None = None,
    *,
    retried: bool = False,
) -> Registered:
    """Register one delegate. Raises ValidationFailed (per-field errors), DuplicateRegistration
    or RegistrationError; writes nothing unless everything is right."""
    now = now or utcnow()
    ensure_open(event, now)
    checker = validate_registration(event, raw, now)
    if photo_error is not None:
        checker.errors.setdefault("photo", []).append(photo_error)
    if checker.errors:
        raise ValidationFailed(checker.errors)
    values = checker.values
    existing = _active_duplicate(
        event.id,
        values["email_normalised"],
        values["nationality"],
        values["passport_number_normalised"],
    )
    if existing is not None:
        raise _duplicate_error(existing, values["email_normalised"])

    _expire_overdue_first(event, now)
    choice = values["organisation"]
    category = values["category"]
    organisation = choice.existing
    needs_endorsement = bool(organisation is not None and organisation.focal_point_email)
    try:
        # Lock late, once: everything above only read.
        admitted = not places.full_limits(
            event,
            category,
            organisation.id if organisation else None,
            values["nationality"],
            counts_for_organisation=not needs_endorsement,
        )
        now = utcnow()  # the time of the decision, under the lock
        if organisation is None:
            organisation = _new_organisation(choice.new, now, "delegate")
        registration = Registration(
            event=event,
            category=category,
            organisation=organisation,
            endorsement_required=needs_endorsement,
            **consent(event, raw.get("consent_language"), now),
            **registration_values(values),
        )
        workflow.start(registration, Actor.delegate(registration), admitted=admitted, now=now)
        if photo is not None:
            registration.photo = Photo(
                content=photo.content,
                width=photo.width,
                height=photo.height,
                sha256=photo.sha256,
                created_at=now,
            )
        position = places.waiting_position(registration)
        _queue_confirmation(registration, position)
        db.session.commit()
    except IntegrityError as error:
        db.session.rollback()
        if _organisation_taken(error) and not retried:  # check again: it matches that one now
            return register(event, raw, photo, photo_error, now, retried=True)
        raise _integrity_duplicate(error, values["email_normalised"]) from error
    except Exception:
        db.session.rollback()
        raise
    return Registered(registration, not admitted, position)


def _queue_confirmation(registration: Registration, position: int | None) -> None:
    event = registration.event
    queue_mail(
        "registration.confirm",
        registration.email,
        registration.preferred_language,
        "confirm",
        lambda: (
            _l("%(event)s: please confirm your e-mail address")
            % {"event": event_text(event, "name")}
        ),
        registration_id=registration.id,
        registration=registration,
        event=event,
        position=position,
        hours=event.unconfirmed_expiry_hours,
        confirm_url=external_url(
            "registration.confirm", token=tokens.confirmation_token(registration)
        ),
        portal_url=external_url("portal.login", token=tokens.portal_token(registration)),
    )


# ---------------------------------------------------------------------------------------------
# A focal point registers a delegation.


def validate_delegation(
    event: Event,
    raw: Mapping[str, Any],
    rows: list[Mapping[str, Any]],
    now: datetime,
    positions: list[int] | None = None,
) -> tuple[Checker, list[Checker]]:
    checker = Checker(raw, now=now)
    checker.text("focal_point_name", required=True)
    email = checker.text("focal_point_email", required=True)
    if email:
        from .validation import normalise_email

        try:
            checker.values["focal_point_email"] = normalise_email(email)
        except Exception:  # noqa: BLE001
            checker.error(
                "focal_point_email",
                "email",
                _l("Enter a valid e-mail address, like name@example.org."),
            )
    checker.values["organisation"] = check_organisation(checker)
    check_consent(checker)
    row_checkers = check_delegate_rows(event, rows, now=now, positions=positions)
    return checker, row_checkers


def check_delegate_rows(
    event: Event,
    rows: list[Mapping[str, Any]],
    *,
    now: datetime,
    public_only: bool = True,
    travel: bool = False,
    positions: list[int] | None = None,
) -> list[Checker]:
    """Check each delegate of a list, and that no two share an e-mail address or passport.
    Errors are named delegates-<position>-<field>, the position in ``positions`` (by default
    the row's index)."""
    row_checkers = []
    seen_emails: dict[str, int] = {}
    seen_passports: dict[tuple, int] = {}
    for index, row in enumerate(rows):
        position = positions[index] if positions is not None else index
        row_checker = Checker(row, prefix=f"delegates-{position}-", now=now)
        check_person(row_checker, event, for_delegation=True)
        row_checker.values["category"] = check_category(row_checker, event, public_only)
        if travel:
            check_travel_and_needs(row_checker, event)
        v = row_checker.values
        if v.get("email_normalised"):
            if v["email_normalised"] in seen_emails:
                row_checker.error(
                    "email",
                    "duplicate_in_list",
                    _l("Each delegate needs their own e-mail address."),
                )
            seen_emails.setdefault(v["email_normalised"], index)
        key = (v.get("nationality"), v.get("passport_number_normalised"))
        if all(key):
            if key in seen_passports:
                row_checker.error(
                    "passport_number",
                    "duplicate_in_list",
                    _l("This passport is already listed for another delegate."),
                )
            seen_passports.setdefault(key, index)
        row_checkers.append(row_checker)
    return row_checkers


def register_delegation(
    event: Event,
    raw: Mapping[str, Any],
    rows: list[Mapping[str, Any]],
    now: datetime | None = None,
    *,
    retried: bool = False,
) -> DelegationRegistered:
    """The focal point registers several delegates of their NGO in one transaction."""
    now = now or utcnow()
    ensure_open(event, now)
    ignored = {"category", "preferred_language", "nationality", "languages"}
    # Rows left empty are skipped; the others keep their position in the list for the errors.
    positions = [
        position
        for position, row in enumerate(rows)
        if any(isinstance(v, str) and clean_text(v) for k, v in row.items() if k not in ignored)
    ]
    given_rows, rows = rows, [rows[position] for position in positions]
    if not rows:
        raise ValidationFailed(
            {
                "delegates-0-given_name": [
                    FieldError("no_delegates", _l("Add at least one delegate."))
                ]
            }
        )
    if len(rows) > MAX_DELEGATES:
        raise RegistrationError(
            _l("Register at most %(n)d delegates at a time.", n=MAX_DELEGATES), "too_many"
        )
    checker, row_checkers = validate_delegation(event, raw, rows, now, positions)
    errors = dict(checker.errors)
    for row_checker in row_checkers:
        errors.update(row_checker.errors)
    focal_email = checker.values.get("focal_point_email")
    choice = checker.values.get("organisation")
    if choice is not None and choice.existing is not None and focal_email:
        current = choice.existing.focal_point_email
        if current and current != focal_email:
            errors.setdefault("focal_point_email", []).append(
                FieldError(
                    "not_the_focal_point",
                    _l(
                        "This organisation has named another focal point. Ask them to register "
                        "the delegation, or register yourself as a delegate."
                    ),
                )
            )
    if errors:
        raise ValidationFailed(errors)
    for index, row_checker in enumerate(row_checkers):
        v = row_checker.values
        existing = _active_duplicate(
            event.id, v["email_normalised"], v["nationality"], v["passport_number_normalised"]
        )
        if existing is not None:
            duplicate = _duplicate_error(existing, v["email_normalised"])
            raise ValidationFailed(
                {
                    f"delegates-{positions[index]}-{duplicate.field}": [
                        FieldError(duplicate.code, duplicate.message)
                    ]
                }
            )

    _expire_overdue_first(event, now)
    try:
        organisation = choice.existing
        if places.event_has_limits(event):
            places.lock_event(event.id)  # before the new organisation is written
            now = utcnow()
        if organisation is None:
            organisation = _new_organisation(choice.new, now, f"focal point {focal_email}")
        if not organisation.focal_point_email:
            organisation.focal_point_email = focal_email
            organisation.focal_point_name = checker.values["focal_point_name"]
            db.session.add(
                AuditEntry(
                    action="organisation.focal_point_named",
                    actor_label=f"focal point {focal_email}"[:150],
                    event_id=event.id,
                    organisation_id=organisation.id,
                    data={"email": focal_email, "name": checker.values["focal_point_name"]},
                )
            )
        result = DelegationRegistered(organisation)
        actor = Actor.focal_point(organisation)
        for row_checker in row_checkers:
            v = row_checker.values
            category = v["category"]
            full = places.full_limits(
                event, category, organisation.id, v["nationality"], counts_for_organisation=True
            )
            registration = Registration(
                event=event,
                category=category,
                organisation=organisation,
                registered_by_focal_point=True,
                endorsed_at=now,
                **consent(event, raw.get("consent_language"), now),
                **registration_values(v),
            )
            workflow.start(registration, actor, admitted=not full, now=now)
            result.registrations.append(registration)
        for registration in result.registrations:
            _queue_delegate_notice(registration, organisation)
        _queue_focal_point_confirmation(event, organisation, result.registrations)
        db.session.commit()
    except IntegrityError as error:
        db.session.rollback()
        if _organisation_taken(error) and not retried:  # check again: it matches that one now
            return register_delegation(event, raw, given_rows, now, retried=True)
        raise _integrity_duplicate(error, None) from error
    except Exception:
        db.session.rollback()
        raise
    return result


def _queue_delegate_notice(registration: Registration, organisation: Organisation) -> None:
    event = registration.event
    queue_mail(
        "registration.by_focal_point",
        registration.email,
        registration.preferred_language,
        "delegation_member",
        lambda: (
            _l("%(event)s: %(organisation)s registered you")
            % {"event": event_text(event, "name"), "organisation": organisation.name}
        ),
        registration_id=registration.id,
        registration=registration,
        organisation=organisation,
        event=event,
        position=places.waiting_position(registration),
        portal_url=external_url("portal.login", token=tokens.portal_token(registration)),
    )


def _queue_focal_point_confirmation(event, organisation, registrations) -> None:
    queue_mail(
        "focal_point.confirm",
        organisation.focal_point_email,
        registrations[0].preferred_language if registrations else None,
        "delegation_confirm",
        lambda: (
            _l("%(event)s: confirm the delegation of %(organisation)s")
            % {"event": event_text(event, "name"), "organisation": organisation.name}
        ),
        event=event,
        organisation=organisation,
        registrations=registrations,
        hours=event.unconfirmed_expiry_hours,
        portal_url=external_url(
            "portal.focal_login", token=tokens.focal_point_token(event.id, organisation)
        ),
    )


# ---------------------------------------------------------------------------------------------
# Confirmation and the portals' links.


def confirm_email(token: str, now: datetime | None = None) -> tuple[Registration, bool]:
    """Follow the confirmation link. Returns (registration, whether this confirmed it now)."""
    now = now or utcnow()
    registration_id, email, _age = tokens.read_confirmation_token(token)
    registration = db.session.get(Registration, registration_id)
    if registration is None or registration.email_normalised != email:
        raise tokens.LinkError(_l("This link is not valid."), "link_invalid")
    if registration.confirmed_at is not None:
        return registration, False
    if registration.status == S.EXPIRED:
        raise tokens.LinkError(
            _l(
                "This registration expired because its e-mail address was not confirmed in time. "
                "Please register again."
            ),
            "registration_expired",
        )
    # The link lasts as long as the registration may stay unconfirmed (a move up from the
    # waiting list sets a new time and sends a new link).
    due = registration.confirmation_due_at
    if due is not None and due <= now:
        raise tokens.LinkError(
            _l("This link has expired. Ask for a new one below."), "link_expired"
        )
    if registration.status not in (S.UNCONFIRMED, S.WAITLISTED):
        raise tokens.LinkError(
            _l("This registration can no longer be confirmed."), "not_confirmable"
        )
    workflow.perform(registration, "confirm", Actor.delegate(registration), now=now)
    return registration, True


def registration_from_portal_token(token: str) -> Registration:
    registration_id, email = tokens.read_portal_token(token)
    registration = db.session.get(Registration, registration_id)
    if registration is None or registration.email_normalised != email:
        raise tokens.LinkError(_l("This link is not valid."), "link_invalid")
    return registration


def focal_point_from_token(token: str) -> tuple[Event, Organisation]:
    event_id, organisation_id, email = tokens.read_focal_point_token(token)
    event = db.session.get(Event, event_id)
    organisation = db.session.get(Organisation, organisation_id)
    if event is None or organisation is None or organisation.focal_point_email != email:
        raise tokens.LinkError(_l("This link is not valid."), "link_invalid")
    return event, organisation


def confirm_delegation(event: Event, organisation: Organisation, now=None) -> int:
    """The focal point followed their link: confirm every delegate they registered."""
    now = now or utcnow()
    actor = Actor.focal_point(organisation)
    pending = list(
        db.session.scalars(
            select(Registration).where(
                Registration.event_id == event.id,
                Registration.organisation_id == organisation.id,
                Registration.registered_by_focal_point.is_(True),
                Registration.confirmed_at.is_(None),
                Registration.status.in_([S.UNCONFIRMED, S.WAITLISTED]),
            )
        )
    )
    try:
        for registration in pending:
            workflow.perform(registration, "confirm", actor, commit=False, now=now)
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    return len(pending)


def delegation_of(event: Event, organisation: Organisation) -> list[Registration]:
    return list(
        db.session.scalars(
            select(Registration)
            .where(
                Registration.event_id == event.id,
                Registration.organisation_id == organisation.id,
            )
            .order_by(Registration.family_name, Registration.given_name, Registration.id)
        )
    )


def send_portal_links(email: str) -> int:
    """Queue a fresh portal link for every active registration of this address, and a focal
    point link for every NGO it is the focal point of. Says nothing about what it found."""
    from .validation import normalise_email

    try:
        normalised = normalise_email(clean_text(email))
    except Exception:  # noqa: BLE001
        return 0
    registrations = list(
        db.session.scalars(
            select(Registration).where(
                Registration.email_normalised == normalised,
                Registration.status.not_in([s.value for s in INACTIVE_STATUSES]),
            )
        )
    )
    for registration in registrations:
        _queue_portal_link(registration)
    organisations = list(
        db.session.scalars(select(Organisation).where(Organisation.focal_point_email == normalised))
    )
    count = len(registrations)
    for organisation in organisations:
        event_ids = set(
            db.session.scalars(
                select(Registration.event_id)
                .where(Registration.organisation_id == organisation.id)
                .distinct()
            )
        )
        for event_id in event_ids:
            event = db.session.get(Event, event_id)
            queue_mail(
                "focal_point.link",
                normalised,
                None,
                "portal_link",
                lambda event=event: (
                    _l("%(event)s: your link to the delegation portal")
                    % {"event": event_text(event, "name")}
                ),
                event=event,
                organisation=organisation,
                registration=None,
                portal_url=external_url(
                    "portal.focal_login", token=tokens.focal_point_token(event.id, organisation)
                ),
            )
            count += 1
    db.session.commit()
    return count


def _queue_portal_link(registration: Registration) -> None:
    event = registration.event
    queue_mail(
        "registration.portal_link",
        registration.email,
        registration.preferred_language,
        "portal_link",
        lambda: (
            _l("%(event)s: your link to your registration") % {"event": event_text(event, "name")}
        ),
        registration_id=registration.id,
        registration=registration,
        organisation=None,
        event=event,
        portal_url=external_url("portal.login", token=tokens.portal_token(registration)),
    )


def resend_portal_link(registration: Registration) -> None:
    _queue_portal_link(registration)
    db.session.commit()


# ---------------------------------------------------------------------------------------------
# The delegate's own changes.

# What an approved delegate may still change: contact, travel and needs, not who they are.
AMENDABLE_FIELDS = (
    "phone",
    "position",
    "preferred_language",
    "languages",
    "interpretation_language",
    "dietary_needs",
    "accessibility_needs",
    "arrival_date",
    "departure_date",
    "visa_support_requested",
)

EDIT_FIELDS = (
    "title",
    "given_name",
    "family_name",
    "name_local",
    "badge_name",
    "name_order",
    "gender",
    "nationality_code",
    "date_of_birth",
    "passport_number",
    "passport_number_normalised",
    "passport_expiry",
    *AMENDABLE_FIELDS,
)

MAX_REPLY = 1000


def _require_editable(registration: Registration) -> None:
    if registration.status not in EDITABLE | AMENDABLE:
        raise RegistrationError(
            _l("This registration has been decided and can no longer be changed here."),
            "not_editable",
        )


def _check_version(registration: Registration, expected_version: int | None) -> None:
    if expected_version is not None and expected_version != registration.version:
        raise workflow.StaleRegistration(
            _l(
                "Someone else changed this registration first. Here is the current version: "
                "check it and make your change again."
            )
        )


def clean_reply(reply: str | None, required: bool = False) -> str | None:
    """The delegate's written answer to an information request (ValidationFailed on the
    ``reply`` field when it is missing but required, or too long)."""
    text = clean_text(reply, multiline=True) or None
    if required and text is None:
        problem = FieldError("required", _l("Write your answer to the organisers."))
    elif text is not None and len(text) > MAX_REPLY:
        problem = FieldError(
            "too_long",
            _l("Your answer is too long: at most %(num)d characters.", num=MAX_REPLY),
        )
    else:
        return text
    raise ValidationFailed({"reply": [problem]})


def _answer(registration, actor: Actor, reply: str | None, details: dict, now) -> None:
    """Send the answer to an information request back to the officers' queue (in the
    caller's transaction): the reply is the answer's reason, what changed goes in its data."""
    workflow.perform(
        registration, "answer", actor, reason=reply, details=details, commit=False, now=now
    )


def _commit_change(registration: Registration) -> None:
    """Commit the delegate's change, or roll it back and raise a typed error."""
    from sqlalchemy.orm.exc import StaleDataError

    try:
        db.session.flush()
        db.session.commit()
    except IntegrityError as error:
        db.session.rollback()
        raise _integrity_duplicate(error, None) from error
    except StaleDataError as error:
        db.session.rollback()
        raise workflow.StaleRegistration(
            _l("Someone else changed this registration first. Check it and try again.")
        ) from error
    except Exception:
        db.session.rollback()
        raise


def _checked_values(registration: Registration, raw: Mapping[str, Any], now) -> dict:
    """The new values of the fields this registration's state lets the delegate change."""
    event = registration.event
    raw = dict(raw)
    raw["email"] = registration.email  # the address is the key to the portal: not changed here
    checker = Checker(raw, now=now)
    if registration.status in AMENDABLE:
        check_contact(checker, registration.nationality_code)
    else:
        check_person(checker, event)
    check_participation(checker, event)
    check_travel_and_needs(checker, event)
    if checker.errors:
        raise ValidationFailed(checker.errors)
    values = registration_values(checker.values)
    if registration.status in AMENDABLE:
        return {name: values.get(name) for name in AMENDABLE_FIELDS}
    existing = _active_duplicate(
        event.id,
        None,
        values["nationality_code"],
        values["passport_number_normalised"],
        exclude_id=registration.id,
    )
    if existing is not None:
        duplicate = _duplicate_error(existing, None)
        raise ValidationFailed({"passport_number": [FieldError(duplicate.code, duplicate.message)]})
    return {name: values.get(name) for name in EDIT_FIELDS}


def update_registration(
    registration: Registration,
    raw: Mapping[str, Any],
    actor: Actor,
    expected_version: int | None,
    answer: bool = False,
    reply: str | None = None,
    now: datetime | None = None,
) -> list[str]:
    """The delegate (or their focal point) corrects details; with ``answer`` an information
    request is answered in the same step, with the ``reply`` they wrote. Once approved, only
    contact, travel and needs change (the status stays). Returns the changed fields' names."""
    now = now or utcnow()
    _require_editable(registration)
    _check_version(registration, expected_version)
    answering = answer and registration.status == S.INFO_REQUESTED
    reply_errors = {}  # shown together with the other fields' errors
    try:
        reply = clean_reply(reply) if answering else None
    except ValidationFailed as failed:
        reply_errors = failed.errors
    try:
        values = _checked_values(registration, raw, now)
    except ValidationFailed as failed:
        raise ValidationFailed({**reply_errors, **failed.errors}) from None
    if reply_errors:
        raise ValidationFailed(reply_errors)
    changed = [name for name, value in values.items() if getattr(registration, name) != value]
    try:
        for name in changed:
            setattr(registration, name, values[name])
        if changed:
            db.session.add(
                AuditEntry.about(
                    registration,
                    "registration.updated",
                    label=actor.label,
                    data={"fields": changed},
                )
            )
        if answering:
            _answer(registration, actor, reply, {"fields": changed}, now)
    except Exception:
        db.session.rollback()
        raise
    _commit_change(registration)
    return changed


def answer_in_writing(
    registration: Registration,
    reply: str | None,
    actor: Actor,
    expected_version: int | None,
    now: datetime | None = None,
) -> None:
    """Answer an information request with a written reply only."""
    now = now or utcnow()
    _check_version(registration, expected_version)
    reply = clean_reply(reply, required=True)
    try:
        _answer(registration, actor, reply, {"fields": []}, now)
    except Exception:
        db.session.rollback()
        raise
    _commit_change(registration)


def replace_photo(
    registration: Registration,
    photo: ProcessedPhoto,
    actor: Actor,
    answer: bool = False,
    reply: str | None = None,
    now: datetime | None = None,
) -> None:
    """A new photo; with ``answer`` it answers an information request, with ``reply``."""
    now = now or utcnow()
    if registration.status in FINAL:
        raise RegistrationError(
            _l("This registration has ended; its photo can no longer be changed."), "not_editable"
        )
    answering = answer and registration.status == S.INFO_REQUESTED
    reply = clean_reply(reply) if answering else None
    try:
        current = db.session.scalar(select(Photo).where(Photo.registration_id == registration.id))
        if current is None:
            registration.photo = Photo(
                content=photo.content,
                width=photo.width,
                height=photo.height,
                sha256=photo.sha256,
                created_at=now,
            )
        else:
            current.content = photo.content
            current.width, current.height = photo.width, photo.height
            current.sha256 = photo.sha256
            current.created_at = now
        registration.updated_at = now  # a new version: staff see that the photo changed
        db.session.add(
            AuditEntry.about(
                registration,
                "registration.photo_replaced",
                actor=actor.staff,
                label=actor.label,
                data={"sha256": photo.sha256},
            )
        )
        if answering:
            _answer(registration, actor, reply, {"fields": [], "photo": True}, now)
    except Exception:
        db.session.rollback()
        raise
    _commit_change(registration)


def history(registration: Registration) -> list[AuditEntry]:
    return list(
        db.session.scalars(
            select(AuditEntry)
            .where(AuditEntry.registration_id == registration.id)
            .order_by(AuditEntry.created_at, AuditEntry.id)
        )
    )


# ---------------------------------------------------------------------------------------------
# Organisers import a delegation from a spreadsheet.


@dataclass
class ImportReport:
    created: list[Registration] = field(default_factory=list)
    # Spreadsheet row number -> [(column, message)], for every row that cannot be imported.
    problems: dict[int, list[tuple[str, str]]] = field(default_factory=dict)

    @property
    def rows_with_problems(self) -> int:
        return len(self.problems)


class ImportRefused(RegistrationError):
    def __init__(self, report: ImportReport):
        super().__init__(
            _l("Nothing was imported: correct the rows listed, or import only the good rows."),
            "rows_invalid",
        )
        self.report = report


def import_delegation(
    event: Event,
    organisation: Organisation,
    rows: list[tuple[int, Mapping[str, Any]]],
    actor: StaffUser,
    *,
    good_rows_only: bool = False,
    now: datetime | None = None,
) -> ImportReport:
    """Register the delegates of ``rows`` (spreadsheet row number, values) for ``organisation``.

    Every row is checked as on the delegation form (travel and needs too; any category, also
    those delegates cannot choose). With a wrong row nothing is written and ImportRefused says
    why, row by row, unless ``good_rows_only``: then the good rows are imported and the report
    lists the others. Each delegate is e-mailed to confirm the address."""
    now = now or utcnow()
    report = ImportReport()
    numbers = [number for number, _values in rows]
    checkers = check_delegate_rows(
        event, [values for _n, values in rows], now=now, public_only=False, travel=True
    )
    for number, checker in zip(numbers, checkers, strict=True):
        problems = [
            (name.removeprefix(checker.prefix), str(error.message))
            for name, errors in checker.errors.items()
            for error in errors
        ]
        if not problems:
            v = checker.values
            existing = _active_duplicate(
                event.id, v["email_normalised"], v["nationality"], v["passport_number_normalised"]
            )
            if existing is not None:
                duplicate = _duplicate_error(existing, v["email_normalised"])
                problems.append((duplicate.field, str(duplicate.message)))
        if problems:
            report.problems[number] = problems
    if report.problems and not good_rows_only:
        raise ImportRefused(report)
    good = [c for n, c in zip(numbers, checkers, strict=True) if n not in report.problems]
    if not good:
        return report
    _expire_overdue_first(event, now)
    staff = Actor.staff_user(actor)
    try:
        for checker in good:
            v = checker.values
            full = places.full_limits(
                event,
                v["category"],
                organisation.id,
                v["nationality"],
                counts_for_organisation=True,
            )
            registration = Registration(
                event=event,
                category=v["category"],
                organisation=organisation,
                endorsed_at=now,
                **registration_values(v),
            )
            workflow.start(registration, staff, admitted=not full, now=now)
            report.created.append(registration)
        for registration in report.created:
            _queue_confirmation(registration, places.waiting_position(registration))
        db.session.commit()
    except IntegrityError as error:
        db.session.rollback()
        raise _integrity_duplicate(error, None) from error
    except Exception:
        db.session.rollback()
        raise
    return report


# ---------------------------------------------------------------------------------------------
# The badge desk registers a walk-in.


def register_walk_in(
    event: Event,
    raw: Mapping[str, Any],
    actor: StaffUser,
    *,
    approve: bool = False,
    now: datetime | None = None,
) -> Registration:
    """Register someone at the desk, whose passport the desk has seen: the e-mail address
    counts as confirmed, so the registration goes straight to the officers' queue, or, with
    ``approve`` by a desk lead (an officer or event manager), is approved at once."""
    now = now or utcnow()
    if not event.allow_walk_ins:
        raise RegistrationError(_l("This event does not register walk-ins."), "no_walk_ins")
    checker = Checker(raw, now=now)
    check_person(checker, event, for_delegation=True)
    category = check_category(checker, event, public_only=False)
    organisation = None
    organisation_id = clean_text(raw.get("organisation_id"))
    if organisation_id:
        organisation = (
            db.session.get(Organisation, int(organisation_id))
            if organisation_id.isdigit()
            else None
        )
        if organisation is None or organisation.vetting_status == VettingStatus.MERGED:
            checker.error("organisation_id", "choice", _l("Choose an organisation from the list."))
    if not raw.get("consent"):
        checker.error(
            "consent", "required", _l("The person must agree to the data-protection notice.")
        )
    if checker.errors:
        raise ValidationFailed(checker.errors)
    v = checker.values
    existing = _active_duplicate(
        event.id, v["email_normalised"], v["nationality"], v["passport_number_normalised"]
    )
    if existing is not None:
        raise _duplicate_error(existing, v["email_normalised"])
    staff = Actor.staff_user(actor)
    try:
        admitted = not places.full_limits(
            event,
            category,
            organisation.id if organisation else None,
            v["nationality"],
            counts_for_organisation=True,
        )
        now = utcnow()  # the time of the decision, under the lock
        registration = Registration(
            event=event,
            category=category,
            organisation=organisation,
            endorsed_at=now,
            **consent(event, raw.get("consent_language"), now),
            **registration_values(v),
        )
        workflow.start(registration, staff, admitted=admitted, now=now)
        workflow.perform(registration, "confirm", staff, commit=False, now=now)
        if approve and registration.status == S.SUBMITTED:
            workflow.perform(registration, "approve", staff, commit=False, now=now)
        db.session.commit()
    except IntegrityError as error:
        db.session.rollback()
        raise _integrity_duplicate(error, v["email_normalised"]) from error
    except Exception:
        db.session.rollback()
        raise
    return registration
