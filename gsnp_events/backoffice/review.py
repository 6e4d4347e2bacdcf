"""Officers' decisions, one at a time or in bulk, through the accreditation workflow."""

from dataclasses import dataclass, field

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from ..accreditation.workflow import (
    ACTIONS,
    TRANSITIONS,
    Actor,
    WorkflowError,
    available,
    perform,
)
from ..extensions import db
from ..models import AuditEntry, Event, Registration, StaffUser

REQUEST_ACTION, ANSWER_ACTION = ACTIONS["request_info"], ACTIONS["answer"]

# What an officer may do to many registrations at once, with one reason.
BULK_TRANSITIONS = ("approve", "reject")

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


def decide(
    registration: Registration,
    transition: str,
    user: StaffUser,
    reason: str | None,
    seen_version: int | None,
):
    """One decision, as its own transaction. Raises WorkflowError with a message to show."""
    return perform(
        registration,
        transition,
        Actor.staff_user(user),
        reason=reason,
        expected_version=seen_version,
    )


@dataclass
class BulkResult:
    done: list[Registration] = field(default_factory=list)
    refused: list[tuple[Registration, str]] = field(default_factory=list)


def decide_many(
    event: Event, ids: list[int], transition: str, user: StaffUser, reason: str | None
) -> BulkResult:
    """Apply one decision to each chosen registration, each in its own transaction, so that
    one that cannot be decided (e.g. its NGO is not verified) does not hold back the others."""
    if transition not in BULK_TRANSITIONS:
        raise ValueError(transition)
    result = BulkResult()
    registrations = db.session.scalars(
        select(Registration)
        .where(Registration.event_id == event.id, Registration.id.in_(ids))
        .order_by(Registration.id)
    ).all()
    actor = Actor.staff_user(user)
    for registration in registrations:
        try:
            perform(registration, transition, actor, reason=reason)
        except WorkflowError as error:
            result.refused.append((registration, str(error.message)))
        else:
            result.done.append(registration)
    return result


def transition_label(name: str) -> str:
    return str(TRANSITIONS[name].label)


def button_label(name: str) -> str:
    return str(BUTTONS.get(name) or TRANSITIONS[name].label)
