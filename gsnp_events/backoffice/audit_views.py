"""The audit log: read-only, filterable by actor, registration (by its reference) and action."""

import re

from flask import render_template, request
from flask_babel import gettext as _
from sqlalchemy import false, func, select

from ..extensions import db
from ..models import AuditEntry, Event, StaffUser
from ..models.registrations import registration_reference
from . import bp
from .permissions import Permission, event_permission_required

PAGE_SIZE = 100
# A registration's reference, as Registration.reference prints it ("01-000092"): the event's
# number, a hyphen, the registration's number; the event part may be left out.
REFERENCE = re.compile(r"(?:(\d{1,9})\s*[-‐‑–]\s*)?(\d{1,12})")


def registration_id_from_reference(text: str, event: Event) -> int | None:
    """The registration number in a reference typed by an officer, or None if it is not one
    (or is one of another event)."""
    match = REFERENCE.fullmatch(text.strip())
    if match is None or (match[1] is not None and int(match[1]) != event.id):
        return None
    return int(match[2])


@bp.route("/events/<slug>/audit")
@event_permission_required(Permission.VIEW_AUDIT)
def audit_log(event: Event):
    actor = request.args.get("actor", "")
    reference = request.args.get("reference", "")[:40]
    action = request.args.get("action", "")[:64]
    number = request.args.get("page", "1")
    number = int(number) if number.isdigit() and int(number) > 0 else 1
    query = select(AuditEntry).where(AuditEntry.event_id == event.id)
    if actor == "delegate":
        query = query.where(AuditEntry.actor_id.is_(None))
    elif actor.isdigit():
        query = query.where(AuditEntry.actor_id == int(actor))
    reference_error = None
    if reference.strip():
        registration_id = registration_id_from_reference(reference, event)
        if registration_id is None:
            reference_error = _(
                "Type a registration reference of this event, such as %(example)s.",
                example=registration_reference(event.id, 92),
            )
            query = query.where(false())
        else:
            query = query.where(AuditEntry.registration_id == registration_id)
    if action:
        query = query.where(AuditEntry.action == action)
    entries = db.session.scalars(
        query.order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc())
        .limit(PAGE_SIZE + 1)
        .offset((number - 1) * PAGE_SIZE)
    ).all()
    actions = db.session.scalars(
        select(AuditEntry.action)
        .where(AuditEntry.event_id == event.id)
        .distinct()
        .order_by(AuditEntry.action)
    ).all()
    actors = db.session.execute(
        select(StaffUser.id, StaffUser.name)
        .where(
            StaffUser.id.in_(
                select(AuditEntry.actor_id).where(AuditEntry.event_id == event.id).distinct()
            )
        )
        .order_by(func.lower(StaffUser.name))
    ).all()
    return render_template(
        "backoffice/audit_log.html",
        event=event,
        entries=entries[:PAGE_SIZE],
        has_next=len(entries) > PAGE_SIZE,
        number=number,
        actions=actions,
        actors=actors,
        selected={"actor": actor, "reference": reference, "action": action},
        reference_error=reference_error,
        reference=registration_reference,
    )
