"""The audit log: read-only, filterable by actor, registration and action."""

from flask import render_template, request
from sqlalchemy import func, select

from ..extensions import db
from ..models import AuditEntry, Event, StaffUser
from . import bp
from .permissions import Permission, event_permission_required

PAGE_SIZE = 100


@bp.route("/events/<slug>/audit")
@event_permission_required(Permission.VIEW_AUDIT)
def audit_log(event: Event):
    actor = request.args.get("actor", "")
    registration = request.args.get("registration", "")
    action = request.args.get("action", "")[:64]
    number = request.args.get("page", "1")
    number = int(number) if number.isdigit() and int(number) > 0 else 1
    query = select(AuditEntry).where(AuditEntry.event_id == event.id)
    if actor == "delegate":
        query = query.where(AuditEntry.actor_id.is_(None))
    elif actor.isdigit():
        query = query.where(AuditEntry.actor_id == int(actor))
    if registration.isdigit():
        query = query.where(AuditEntry.registration_id == int(registration))
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
        selected={"actor": actor, "registration": registration, "action": action},
    )
