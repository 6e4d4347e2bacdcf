"""The accreditation state machine: the only code that changes ``Registration.status``.

States and transitions are data (:data:`TRANSITIONS`); :func:`perform` applies one. Every
transition, in one transaction with the change:
- checks the state it starts from (an illegal move raises :class:`IllegalTransition`);
- checks the actor: the delegate, the NGO's focal point, the system, or a staff member holding
  one of the transition's roles for the event (:class:`NotAllowed`);
- requires a reason where it matters (:class:`ReasonRequired`);
- checks the version the actor saw (optimistic locking, :class:`StaleRegistration`);
- writes an append-only :class:`AuditEntry` ("registration.approved", actor, reason,
  data with from/to);
- queues the e-mail to the delegate, in the delegate's language, in the outbox;
- gives a freed place to the first in line on the waiting list (under the event's lock).

Four eyes: in a category marked ``sensitive`` the first officer's approval is recorded
(``registration.first_approval``) and a second, different officer completes it.
"""

import enum
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from ..extensions import db
from ..i18n import event_text
from ..mail import external_url, queue_mail
from ..models import AuditEntry, Organisation, Registration, RegistrationStatus, Role, StaffUser
from ..models.base import utcnow
from ..models.organisations import VettingStatus
from . import places

S = RegistrationStatus

# ---------------------------------------------------------------------------------------------
# Errors: a stable code for programs, a translatable message for people.


class WorkflowError(Exception):
    code = "workflow_error"

    def __init__(self, message, code: str | None = None):
        super().__init__(str(message))
        self.message = message
        if code:
            self.code = code

    def __str__(self) -> str:
        return str(self.message)


class IllegalTransition(WorkflowError):
    code = "illegal_transition"


class NotAllowed(WorkflowError):
    code = "not_allowed"


class ReasonRequired(WorkflowError):
    code = "reason_required"


class StaleRegistration(WorkflowError):
    code = "stale_version"


class OrganisationNotVerified(WorkflowError):
    code = "organisation_not_verified"


class SecondApproverMustDiffer(WorkflowError):
    code = "second_approver_must_differ"


# ---------------------------------------------------------------------------------------------
# Actors.


class ActorKind(enum.StrEnum):
    DELEGATE = "delegate"
    FOCAL_POINT = "focal_point"
    STAFF = "staff"
    SYSTEM = "system"


@dataclass(frozen=True)
class Actor:
    kind: ActorKind
    label: str
    staff: StaffUser | None = None
    registration_id: int | None = None  # a delegate acts on this registration only
    organisation_id: int | None = None  # a focal point acts for this NGO only
    email: str | None = None  # the focal point's address, checked against the NGO's

    @classmethod
    def delegate(cls, registration: Registration) -> "Actor":
        return cls(ActorKind.DELEGATE, "delegate", registration_id=registration.id)

    @classmethod
    def focal_point(cls, organisation: Organisation) -> "Actor":
        return cls(
            ActorKind.FOCAL_POINT,
            f"focal point {organisation.focal_point_email}"[:150],
            organisation_id=organisation.id,
            email=organisation.focal_point_email,
        )

    @classmethod
    def staff_user(cls, user: StaffUser) -> "Actor":
        return cls(ActorKind.STAFF, user.name[:150], staff=user)

    @classmethod
    def system(cls) -> "Actor":
        return cls(ActorKind.SYSTEM, "system")


DELEGATE, FOCAL, STAFF, SYSTEM = (
    ActorKind.DELEGATE,
    ActorKind.FOCAL_POINT,
    ActorKind.STAFF,
    ActorKind.SYSTEM,
)
OFFICERS = frozenset({Role.ACCREDITATION_OFFICER, Role.EVENT_MANAGER})
DESK = frozenset({Role.BADGE_DESK, Role.ACCREDITATION_OFFICER, Role.EVENT_MANAGER})

# ---------------------------------------------------------------------------------------------
# The states and transitions, as data.

# In the officers' queue: waiting for a decision ("info_provided": the delegate answered a
# request for information).
IN_QUEUE = frozenset({S.SUBMITTED, S.INFO_PROVIDED})
OPEN = frozenset({S.UNCONFIRMED, S.AWAITING_ENDORSEMENT, S.INFO_REQUESTED, *IN_QUEUE})
# The delegate (or focal point) may still change the registration's details in these states.
EDITABLE = frozenset({*OPEN, S.WAITLISTED})
# Once approved, only what does not identify the person (contact, travel, needs) may change.
AMENDABLE = frozenset({S.APPROVED})
FINAL = frozenset({S.REJECTED, S.REVOKED, S.CANCELLED, S.EXPIRED})


@dataclass(frozen=True)
class Transition:
    name: str
    sources: frozenset[S]
    targets: frozenset[S]  # where it may lead; the exact one may depend on the registration
    actors: frozenset[ActorKind]
    roles: frozenset[Role] = frozenset()  # for staff actors
    reason_required: bool = False
    label: object = None  # a lazy string, for buttons and the history
    mail_message: object = None  # what the e-mail to the delegate says (None: no e-mail)


def _t(name, sources, targets, actors, roles=(), reason=False, label=None, mail=None):
    return Transition(
        name,
        frozenset(sources),
        frozenset(targets),
        frozenset(actors),
        frozenset(roles),
        reason,
        label,
        mail,
    )


TRANSITIONS: dict[str, Transition] = {
    t.name: t
    for t in (
        _t(
            "confirm",
            {S.UNCONFIRMED, S.WAITLISTED},
            {S.SUBMITTED, S.AWAITING_ENDORSEMENT, S.WAITLISTED},
            {DELEGATE, FOCAL, STAFF},  # staff: a walk-in whose identity the desk has checked
            DESK,
            label=_l("E-mail address confirmed"),
            mail=_l("Thank you: your e-mail address is confirmed."),
        ),
        _t(
            "endorse",
            {S.AWAITING_ENDORSEMENT},
            {S.SUBMITTED, S.WAITLISTED},
            {FOCAL, STAFF},
            OFFICERS,
            label=_l("Endorsed by the organisation"),
            mail=_l("Your organisation's focal point has endorsed your registration."),
        ),
        _t(
            "decline_endorsement",
            {S.AWAITING_ENDORSEMENT},
            {S.REJECTED},
            {FOCAL},
            reason=True,
            label=_l("Not endorsed by the organisation"),
            mail=_l("Your organisation's focal point did not endorse your registration."),
        ),
        _t(
            "answer",
            {S.INFO_REQUESTED},
            {S.INFO_PROVIDED},
            {DELEGATE, FOCAL},
            label=_l("Information sent"),
            mail=_l("Thank you: your answer is with the organisers."),
        ),
        _t(
            "approve",
            IN_QUEUE,
            {S.APPROVED, *IN_QUEUE},  # stays in the queue after the first of four eyes
            {STAFF},
            OFFICERS,
            label=_l("Approved"),
            mail=_l("Your registration is approved. We look forward to welcoming you."),
        ),
        _t(
            "reject",
            {*IN_QUEUE, S.INFO_REQUESTED, S.AWAITING_ENDORSEMENT, S.WAITLISTED},
            {S.REJECTED},
            {STAFF},
            OFFICERS,
            reason=True,
            label=_l("Rejected"),
            mail=_l("We are sorry: your registration was not accepted."),
        ),
        _t(
            "request_info",
            IN_QUEUE,  # from "info_provided": ask again
            {S.INFO_REQUESTED},
            {STAFF},
            OFFICERS,
            reason=True,
            label=_l("Information requested"),
            mail=_l("The organisers need more information before they can decide."),
        ),
        _t(
            "suspend",
            {S.APPROVED},
            {S.SUSPENDED},
            {STAFF},
            OFFICERS,
            reason=True,
            label=_l("Suspended"),
            mail=_l("Your accreditation is suspended for the time being."),
        ),
        _t(
            "reinstate",
            {S.SUSPENDED},
            {S.APPROVED},
            {STAFF},
            OFFICERS,
            label=_l("Reinstated"),
            mail=_l("Your accreditation is valid again."),
        ),
        _t(
            "revoke",
            {S.APPROVED, S.SUSPENDED},
            {S.REVOKED},
            {STAFF},
            OFFICERS,
            reason=True,
            label=_l("Revoked"),
            mail=_l("Your accreditation has been revoked."),
        ),
        _t(
            "cancel",
            {*OPEN, S.WAITLISTED, S.APPROVED},
            {S.CANCELLED},
            {DELEGATE, FOCAL},
            label=_l("Cancelled"),
            mail=_l("Your registration is cancelled, as you asked."),
        ),
        _t(
            "expire",
            {S.UNCONFIRMED, S.WAITLISTED},
            {S.EXPIRED},
            {SYSTEM},
            label=_l("Expired: e-mail address not confirmed in time"),
            mail=_l("Your registration has expired because the e-mail address was not confirmed."),
        ),
        _t(
            "promote",
            {S.WAITLISTED},
            {S.UNCONFIRMED, S.AWAITING_ENDORSEMENT, S.SUBMITTED},
            {SYSTEM},
            label=_l("A place became free"),
            mail=_l("Good news: a place became free and your registration has moved up."),
        ),
    )
}

# Audit actions, dotted: "registration.<what happened>".
ACTIONS = {
    "confirm": "registration.confirmed",
    "endorse": "registration.endorsed",
    "decline_endorsement": "registration.endorsement_declined",
    "answer": "registration.answered",
    "approve": "registration.approved",
    "reject": "registration.rejected",
    "request_info": "registration.info_requested",
    "suspend": "registration.suspended",
    "reinstate": "registration.reinstated",
    "revoke": "registration.revoked",
    "cancel": "registration.cancelled",
    "expire": "registration.expired",
    "promote": "registration.promoted",
}
FIRST_APPROVAL_ACTION = "registration.first_approval"
CREATED_ACTION = "registration.created"

MAIL_SUBJECTS = {
    S.SUBMITTED: _l("%(event)s: your registration is with the organisers"),
    S.INFO_PROVIDED: _l("%(event)s: your registration is with the organisers"),
    S.AWAITING_ENDORSEMENT: _l("%(event)s: your registration awaits your organisation"),
    S.WAITLISTED: _l("%(event)s: you are on the waiting list"),
    S.UNCONFIRMED: _l("%(event)s: please confirm your e-mail address"),
    S.APPROVED: _l("%(event)s: your registration is approved"),
    S.REJECTED: _l("%(event)s: your registration was not accepted"),
    S.INFO_REQUESTED: _l("%(event)s: the organisers need more information"),
    S.SUSPENDED: _l("%(event)s: your accreditation is suspended"),
    S.REVOKED: _l("%(event)s: your accreditation is revoked"),
    S.CANCELLED: _l("%(event)s: your registration is cancelled"),
    S.EXPIRED: _l("%(event)s: your registration has expired"),
}


@dataclass
class Outcome:
    registration: Registration
    transition: str
    from_status: S
    to_status: S
    action: str
    audit: AuditEntry
    promoted: list[Registration] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# Checks.


def _check_actor(registration: Registration, transition: Transition, actor: Actor) -> None:
    if actor.kind not in transition.actors:
        raise NotAllowed(_l("You are not allowed to do this."))
    if actor.kind == DELEGATE and actor.registration_id != registration.id:
        raise NotAllowed(_l("You may only change your own registration."))
    if actor.kind == FOCAL:
        organisation = registration.organisation
        if (
            organisation is None
            or organisation.id != actor.organisation_id
            or not organisation.focal_point_email
            or organisation.focal_point_email != actor.email
        ):
            raise NotAllowed(_l("Only the focal point of the delegate's organisation may do this."))
    staff_ok = actor.staff is not None and actor.staff.has_role(
        registration.event_id, *transition.roles
    )
    if actor.kind == STAFF and not staff_ok:
        raise NotAllowed(_l("Your role for this event does not allow this."))


def _clean_reason(reason: str | None) -> str | None:
    if reason is None:
        return None
    reason = unicodedata.normalize("NFC", reason).strip()
    return reason[:1000] or None


def can_perform(registration: Registration, name: str, actor: Actor) -> bool:
    """Whether the transition is legal now for this actor (to show or hide a button)."""
    transition = TRANSITIONS[name]
    if registration.status not in transition.sources:
        return False
    if name == "confirm" and registration.confirmed_at is not None:
        return False
    try:
        _check_actor(registration, transition, actor)
    except NotAllowed:
        return False
    return True


def available(registration: Registration, actor: Actor) -> list[Transition]:
    return [t for t in TRANSITIONS.values() if can_perform(registration, t.name, actor)]


# ---------------------------------------------------------------------------------------------
# Applying a transition.


def perform(
    registration: Registration,
    name: str,
    actor: Actor,
    *,
    reason: str | None = None,
    expected_version: int | None = None,
    commit: bool = True,
    now: datetime | None = None,
    details: dict | None = None,
) -> Outcome:
    """Apply transition ``name``. With ``commit`` (the default) this is the whole transaction:
    commit on success, roll back on any error. Without it the caller commits, and must roll
    back after an error. ``details`` go into the audit entry's data (e.g. what an answer
    changed)."""
    try:
        # One UPDATE per transition (so one version step): no flush halfway through.
        with db.session.no_autoflush:
            outcome = _apply(
                registration, name, actor, reason, expected_version, now or utcnow(), details
            )
        db.session.flush()
        if commit:
            db.session.commit()
        return outcome
    except StaleDataError as error:
        if commit:
            db.session.rollback()
        raise StaleRegistration(
            _l(
                "Someone else changed this registration first. Reload the page to see "
                "the current version, then decide again."
            )
        ) from error
    except Exception:
        if commit:
            db.session.rollback()
        raise


def _apply(
    registration: Registration,
    name: str,
    actor: Actor,
    reason: str | None,
    expected_version: int | None,
    now: datetime,
    details: dict | None = None,
) -> Outcome:
    transition = TRANSITIONS.get(name)
    if transition is None:
        raise IllegalTransition(_l("Unknown action."), "unknown_transition")
    source = S(registration.status)
    if expected_version is not None and expected_version != registration.version:
        raise StaleRegistration(
            _l(
                "Someone else changed this registration first. Reload the page to see "
                "the current version, then decide again."
            )
        )
    if source not in transition.sources:
        from ..labels import STATUS_LABELS

        raise IllegalTransition(
            _l(
                'This cannot be done while the registration is "%(status)s".',
                status=STATUS_LABELS[source],
            )
        )
    _check_actor(registration, transition, actor)
    reason = _clean_reason(reason)
    if transition.reason_required and not reason:
        raise ReasonRequired(_l("Give a reason: the delegate will read it."))

    handler = _HANDLERS.get(name, _plain)
    target, action, data = handler(registration, transition, actor, now)
    frees_place = source in places.HOLDING and target not in places.HOLDING
    if frees_place and places.event_has_limits(registration.event):
        places.lock_event(registration.event_id)  # before the write: lock late, but first

    _set_status(registration, target, now)
    if source in IN_QUEUE and target not in IN_QUEUE:
        registration.first_approved_by_id = None
        registration.first_approved_at = None
    data = {**(details or {}), **data, "from": source, "to": target}
    audit = _audit(registration, action, actor, reason, data)
    if transition.mail_message is not None and action != FIRST_APPROVAL_ACTION:
        _queue_status_mail(registration, transition, target, reason)

    outcome = Outcome(registration, name, source, target, action, audit)
    if frees_place:
        db.session.flush()
        outcome.promoted = promote_waiting_list(registration.event, now)
    return outcome


def _set_status(registration: Registration, target: S, now: datetime) -> None:
    registration.status = target
    if target == S.SUBMITTED:
        registration.submitted_at = now
    if target in (S.APPROVED, S.REJECTED, S.REVOKED):
        registration.decided_at = now


def _audit(registration, action: str, actor: Actor, reason, data: dict) -> AuditEntry:
    entry = AuditEntry.about(
        registration,
        action,
        actor=actor.staff,
        label=actor.label,
        reason=reason,
        data={
            key: str(value) if isinstance(value, enum.Enum) else value
            for key, value in data.items()
        },
    )
    db.session.add(entry)
    return entry


# Handlers decide the target state and any side change; they return (target, action, data).


def _plain(registration, transition, actor, now):
    (target,) = transition.targets
    return target, ACTIONS[transition.name], {}


def _after_confirmation(registration: Registration) -> S:
    if registration.endorsement_required and registration.endorsed_at is None:
        return S.AWAITING_ENDORSEMENT
    return S.SUBMITTED


def _confirm(registration, transition, actor, now):
    if registration.confirmed_at is not None:
        raise IllegalTransition(
            _l("This e-mail address is already confirmed."), "already_confirmed"
        )
    if actor.kind == FOCAL and not registration.registered_by_focal_point:
        raise NotAllowed(_l("Only the delegate can confirm their own e-mail address."))
    registration.confirmed_at = now
    registration.confirmation_due_at = None
    if registration.status == S.WAITLISTED:
        return S.WAITLISTED, ACTIONS["confirm"], {}
    target = _after_confirmation(registration)
    if target == S.AWAITING_ENDORSEMENT:
        _queue_endorsement_request(registration)
    return target, ACTIONS["confirm"], {}


def _endorse(registration, transition, actor, now):
    registration.endorsed_at = now
    event = registration.event
    full = places.full_limits(
        event,
        registration.category,
        registration.organisation_id,
        registration.nationality_code,
        counts_for_organisation=True,
        exclude_id=registration.id,
    )
    # Only the organisation's limit is new here: the other places are already held.
    if "organisation" in full:
        return S.WAITLISTED, ACTIONS["endorse"], {"waitlisted_because": ["organisation"]}
    return S.SUBMITTED, ACTIONS["endorse"], {}


def _approve(registration, transition, actor, now):
    organisation = registration.organisation
    if organisation is not None and organisation.vetting_status != VettingStatus.VERIFIED:
        raise OrganisationNotVerified(
            _l(
                "Delegates of an organisation that is not verified cannot be approved. "
                "Verify %(name)s first.",
                name=organisation.name,
            )
        )
    if registration.category.sensitive:
        if registration.first_approved_by_id is None:
            registration.first_approved_by_id = actor.staff.id
            registration.first_approved_at = now
            # Still in the queue, as it was (submitted, or information provided).
            return (
                S(registration.status),
                FIRST_APPROVAL_ACTION,
                {"second_approval_needed": True},
            )
        if registration.first_approved_by_id == actor.staff.id:
            raise SecondApproverMustDiffer(
                _l("You gave the first approval; another officer must give the second.")
            )
        return (
            S.APPROVED,
            ACTIONS["approve"],
            {"first_approved_by": registration.first_approved_by_id},
        )
    return S.APPROVED, ACTIONS["approve"], {}


def _expire(registration, transition, actor, now):
    if registration.confirmed_at is not None:
        raise IllegalTransition(_l("A confirmed registration does not expire."), "confirmed")
    if registration.confirmation_due_at is None or registration.confirmation_due_at > now:
        raise IllegalTransition(_l("The confirmation time has not run out yet."), "not_due")
    return S.EXPIRED, ACTIONS["expire"], {}


def _promote(registration, transition, actor, now):
    if registration.confirmed_at is None:
        registration.confirmation_due_at = now + timedelta(
            hours=registration.event.unconfirmed_expiry_hours
        )
        return S.UNCONFIRMED, ACTIONS["promote"], {}
    target = _after_confirmation(registration)
    if target == S.AWAITING_ENDORSEMENT:
        _queue_endorsement_request(registration)
    return target, ACTIONS["promote"], {}


_HANDLERS: dict[str, Callable] = {
    "confirm": _confirm,
    "endorse": _endorse,
    "approve": _approve,
    "expire": _expire,
    "promote": _promote,
}

# ---------------------------------------------------------------------------------------------
# New registrations, the waiting list and expiry.


def start(registration: Registration, actor: Actor, *, admitted: bool, now: datetime) -> None:
    """Give a new registration its first state: unconfirmed (holding a place) or on the
    waiting list. Called once, before the registration's first flush; the caller has checked
    the places under the event's lock. Writes the "registration.created" audit entry."""
    if registration.id is not None:
        raise IllegalTransition(_l("This registration has already started."), "already_started")
    registration.status = S.UNCONFIRMED if admitted else S.WAITLISTED
    registration.created_at = now
    registration.confirmation_due_at = now + timedelta(
        hours=registration.event.unconfirmed_expiry_hours
    )
    db.session.add(registration)
    db.session.flush()  # the audit entry needs the id
    _audit(
        registration,
        CREATED_ACTION,
        actor,
        None,
        {
            "to": registration.status,
            "registered_by_focal_point": registration.registered_by_focal_point,
        },
    )


def promote_waiting_list(
    event, now: datetime | None = None, limit: int = 200
) -> list[Registration]:
    """Move up, in order, everyone on the waiting list who now fits every limit. Takes the
    event's lock; runs inside the caller's transaction."""
    now = now or utcnow()
    if places.event_has_limits(event):
        places.lock_event(event.id)  # before reading the line, so it cannot change under us
    candidates = places.waiting_line(event.id, limit)
    promoted = []
    for candidate in candidates:
        counts_for_org = not candidate.endorsement_required or candidate.endorsed_at is not None
        full = places.full_limits(
            event,
            candidate.category,
            candidate.organisation_id,
            candidate.nationality_code,
            counts_for_organisation=counts_for_org,
            exclude_id=candidate.id,
        )
        if full:
            if "capacity" in full:
                break  # nobody further down fits either
            continue
        _apply(candidate, "promote", Actor.system(), None, None, now)
        db.session.flush()
        promoted.append(candidate)
    return promoted


def expire_overdue(now: datetime | None = None, event_id: int | None = None) -> int:
    """Expire registrations whose e-mail was not confirmed in time. One transaction each."""
    now = now or utcnow()
    query = (
        select(Registration.id)
        .where(
            Registration.status.in_([S.UNCONFIRMED, S.WAITLISTED]),
            Registration.confirmed_at.is_(None),
            Registration.confirmation_due_at <= now,
        )
        .order_by(Registration.confirmation_due_at)
    )
    if event_id is not None:
        query = query.where(Registration.event_id == event_id)
    expired = 0
    for registration_id in list(db.session.scalars(query)):
        registration = db.session.get(Registration, registration_id)
        try:
            perform(registration, "expire", Actor.system(), now=now)
        except WorkflowError:
            continue  # confirmed or changed meanwhile
        expired += 1
    return expired


# ---------------------------------------------------------------------------------------------
# E-mails.


def _queue_status_mail(registration: Registration, transition: Transition, target: S, reason):
    from ..registration.tokens import confirmation_token, portal_token

    event = registration.event
    confirm_url = None
    if target == S.UNCONFIRMED:
        confirm_url = external_url("registration.confirm", token=confirmation_token(registration))
    queue_mail(
        f"registration.{transition.name}",
        registration.email,
        registration.preferred_language,
        "status",
        lambda: MAIL_SUBJECTS[target] % {"event": event_text(event, "name")},
        registration_id=registration.id,
        registration=registration,
        event=event,
        message=transition.mail_message,
        status=target,
        reason=reason if transition.reason_required else None,
        position=places.waiting_position(registration) if target == S.WAITLISTED else None,
        confirm_url=confirm_url,
        portal_url=external_url("portal.login", token=portal_token(registration)),
    )


def _queue_endorsement_request(registration: Registration) -> None:
    from ..registration.tokens import focal_point_token

    organisation = registration.organisation
    if organisation is None or not organisation.focal_point_email:
        return
    event = registration.event
    queue_mail(
        "focal_point.endorsement_requested",
        organisation.focal_point_email,
        registration.preferred_language,
        "endorsement_requested",
        lambda: (
            _l("%(event)s: %(name)s asks for your endorsement")
            % {"event": event_text(event, "name"), "name": registration.full_name}
        ),
        registration_id=registration.id,
        registration=registration,
        organisation=organisation,
        event=event,
        portal_url=external_url(
            "portal.focal_login", token=focal_point_token(event.id, organisation)
        ),
    )
