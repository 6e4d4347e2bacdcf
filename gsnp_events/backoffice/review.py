"""Officers' decisions, one at a time or in bulk, through the accreditation workflow."""

from dataclasses import dataclass, field

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from ..accreditation.workflow import (
    ACTIONS,
    TRANSITIONS,
    Actor,
    ActorKind,
    Outcome,
    WorkflowError,
    available,
    perform,
)
from ..extensions import db
from ..models import AuditEntry, Event, Registration, StaffUser
from .queries import with_photo

REQUEST_ACTION, ANSWER_ACTION = ACTIONS["request_info"], ACTIONS["answer"]

# The buttons say what the officer does; the workflow's labels say what happened.
BUTTONS = {
    "approve": _l("Approve"),
    "reject": _l("Reject"),
    "request_info": _l("Ask for more information"),
    "endorse": _l("Endorse for the organisation"),
    "suspend": _l("Suspend"),
    "reinstate": _l("Reinstate"),
    "revoke": _l("Revoke"),
}

# Confirming an e-mail address at the desk needs the person there: one at a time.
ONE_AT_A_TIME = frozenset({"confirm"})

# What an officer may do to many registrations at once, with one reason: every staff
# transition of the workflow but those above, in the order of the buttons.
BULK_TRANSITIONS = tuple(
    sorted(
        (
            name
            for name, transition in TRANSITIONS.items()
            if ActorKind.STAFF in transition.actors and name not in ONE_AT_A_TIME
        ),
        key=lambda name: list(BUTTONS).index(name) if name in BUTTONS else len(BUTTONS),
    )
)

# Written beside the approval when the officer confirmed that the desk takes the photo.
PHOTO_AT_DESK_ACTION = "registration.photo_at_desk"


class PhotoMissing(WorkflowError):
    code = "photo_missing"


@dataclass
class InformationExchange:
    """The latest request for information and what came back after it."""

    request: AuditEntry
    answer: AuditEntry | None = None
    replies: list[AuditEntry] = field(default_factory=list)  # entries with the delegate's words
    fields: list[str] = field(default_factory=list)  # labels of the changed fields
    photo_replaced: bool = False


def information_exchange(history: list[AuditEntry]) -> InformationExchange | None:
    """From a registration's history (oldest first): the last request for information, the
    replies, the changed fields and any new photo since; None if nobody asked."""
    from ..labels import FIELD_LABELS

    exchange = None
    for entry in history:
        if entry.action == REQUEST_ACTION:
            exchange = InformationExchange(entry)
        elif exchange is None:
            continue
        elif entry.action == ANSWER_ACTION:
            exchange.answer = entry
            if entry.reason:
                exchange.replies.append(entry)
        elif entry.action == "registration.updated":
            for name in (entry.data or {}).get("fields", []):
                label = str(FIELD_LABELS.get(name, name))
                if label not in exchange.fields:
                    exchange.fields.append(label)
        elif entry.action == "registration.photo_replaced":
            exchange.photo_replaced = True
    return exchange


def staff_transitions(registration: Registration, user: StaffUser):
    """The decisions this staff member may take now (the buttons of the detail page)."""
    return available(registration, Actor.staff_user(user))


def has_photo(registration: Registration) -> bool:
    return registration.id in with_photo([registration.id])


def _photo_missing_error(registration: Registration) -> PhotoMissing:
    return PhotoMissing(
        _l(
            "%(name)s has no photo, and this event requires one for the badge. Confirm that "
            "the photo is taken at the desk, or ask the delegate for a photo.",
            name=registration.full_name,
        )
    )


def _decide(
    registration: Registration,
    transition: str,
    actor: Actor,
    reason: str | None,
    seen_version: int | None,
    photo_at_desk: bool,
    photo_present: bool,
) -> Outcome:
    """One decision as its own transaction: the workflow's move and, for an approval without
    a photo that the officer confirmed the desk will take, an audit entry saying so."""
    without_photo = transition == "approve" and not photo_present
    if without_photo and registration.event.photo_required and not photo_at_desk:
        raise _photo_missing_error(registration)
    try:
        outcome = perform(
            registration,
            transition,
            actor,
            reason=reason,
            expected_version=seen_version,
            commit=False,
        )
        if without_photo and photo_at_desk:
            db.session.add(AuditEntry.about(registration, PHOTO_AT_DESK_ACTION, actor=actor.staff))
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    return outcome


def decide(
    registration: Registration,
    transition: str,
    user: StaffUser,
    reason: str | None,
    seen_version: int | None,
    photo_at_desk: bool = False,
) -> Outcome:
    """One decision, as its own transaction. Raises WorkflowError with a message to show.

    Approving someone without a photo, where the event requires one for the badge, needs
    ``photo_at_desk``: the officer's word that the desk takes the photo on arrival."""
    return _decide(
        registration,
        transition,
        Actor.staff_user(user),
        reason,
        seen_version,
        photo_at_desk,
        has_photo(registration),
    )


@dataclass
class BulkResult:
    done: list[Registration] = field(default_factory=list)
    refused: list[tuple[Registration, WorkflowError]] = field(default_factory=list)
    # Approved (or given their first approval) although they have no photo yet.
    without_photo: list[Registration] = field(default_factory=list)


def decide_many(
    event: Event,
    ids: list[int],
    transition: str,
    user: StaffUser,
    reason: str | None,
    photo_at_desk: bool = False,
) -> BulkResult:
    """Apply one decision to each chosen registration, each in its own transaction, so that
    one that cannot be decided (e.g. its NGO is not verified) does not hold back the others;
    the result says, for each one refused, why."""
    if transition not in BULK_TRANSITIONS:
        raise ValueError(transition)
    result = BulkResult()
    chosen = list(
        db.session.scalars(
            select(Registration.id)
            .where(Registration.event_id == event.id, Registration.id.in_(ids))
            .order_by(Registration.id)
        )
    )
    photographed = with_photo(chosen)
    actor = Actor.staff_user(user)
    for registration_id in chosen:
        registration = db.session.get(Registration, registration_id)
        present = registration_id in photographed
        try:
            _decide(registration, transition, actor, reason, None, photo_at_desk, present)
        except WorkflowError as error:
            result.refused.append((registration, error))
        else:
            result.done.append(registration)
            if transition == "approve" and not present:
                result.without_photo.append(registration)
    return result


def reason_required(name: str) -> bool:
    return TRANSITIONS[name].reason_required


def transition_label(name: str) -> str:
    return str(TRANSITIONS[name].label)


def button_label(name: str) -> str:
    return str(BUTTONS.get(name) or TRANSITIONS[name].label)
