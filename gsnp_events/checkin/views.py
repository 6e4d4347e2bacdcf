"""The checkpoint page (a keyboard-wedge scanner types into it) and the live occupancy."""

import uuid

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from ..api_tokens import issue_token, revoke_token
from ..backoffice.permissions import Permission, can, event_permission_required
from ..extensions import db
from ..models import ApiToken, Checkpoint, Direction, Event, TokenKind
from . import bp, services
from .forms import CheckpointForm


def _checkpoint(event: Event, code: str) -> Checkpoint:
    checkpoint = db.session.scalar(
        select(Checkpoint).where(Checkpoint.event_id == event.id, Checkpoint.code == code)
    )
    if checkpoint is None:
        abort(404)
    return checkpoint


@bp.route("/events/<slug>/checkpoints", methods=["GET", "POST"])
@event_permission_required(Permission.CHECK_IN)
def checkpoints(event: Event):
    form = CheckpointForm()
    may_manage = can(current_user, Permission.MANAGE_EVENT, event)
    if form.validate_on_submit():
        if not may_manage:
            abort(403)
        values = {
            "name": form.name.data.strip(),
            "code": form.code.data,
            "counts_presence": form.counts_presence.data,
            "position": form.position.data or 0,
        }
        try:
            services.add_checkpoint(event, values, current_user)
        except services.CheckpointCodeTaken as error:
            db.session.rollback()
            form.code.errors.append(str(error))
        else:
            flash(_("The checkpoint is added."), "success")
            return redirect(url_for(".checkpoints", slug=event.slug))
    listed = db.session.scalars(
        select(Checkpoint).where(Checkpoint.event_id == event.id).order_by(Checkpoint.position)
    ).all()
    return render_template(
        "checkin/checkpoints.html",
        event=event,
        checkpoints=listed,
        form=form,
        may_manage=may_manage,
        managers=services.checkpoint_managers(event) if not listed and not may_manage else [],
    )


@bp.route("/events/<slug>/checkpoints/<code>", methods=["GET", "POST"])
@event_permission_required(Permission.CHECK_IN)
def checkpoint(event: Event, code: str):
    checkpoint = _checkpoint(event, code)
    outcome = None
    direction = Direction.IN
    if request.method == "POST":
        direction = Direction.OUT if request.form.get("direction") == "out" else Direction.IN
        token = request.form.get("token", "")[:500]
        client_uuid = request.form.get("client_uuid", "")
        try:
            client_uuid = str(uuid.UUID(client_uuid))
        except ValueError:
            client_uuid = None
        if token.strip():
            outcome = services.record_scan(
                event,
                checkpoint,
                token,
                direction=direction,
                staff=current_user,
                client_uuid=client_uuid,
            )
        else:
            flash(_("Scan a badge, or type the code under its QR code."), "error")
    return render_template(
        "checkin/checkpoint.html",
        event=event,
        checkpoint=checkpoint,
        outcome=outcome,
        direction=direction,
        client_uuid=uuid.uuid4(),  # a new one for the next scan: a resent form counts once
    )


@bp.route("/events/<slug>/checkpoints/<code>/undo", methods=["POST"])
@event_permission_required(Permission.CHECK_IN)
def undo(event: Event, code: str):
    checkpoint = _checkpoint(event, code)
    scan = services.undo_last_scan(checkpoint, current_user)
    if scan is None:
        flash(_("You have no scan to undo here."), "error")
    else:
        flash(_("Your last scan is undone."), "success")
    return redirect(url_for(".checkpoint", slug=event.slug, code=checkpoint.code))


@bp.route("/events/<slug>/occupancy")
@event_permission_required(Permission.MANAGE_EVENT)
def occupancy(event: Event):
    return render_template(
        "checkin/occupancy.html",
        event=event,
        occupancy=services.occupancy(event),
        scans=services.recent_scans(event),
    )


@bp.route("/events/<slug>/devices", methods=["GET", "POST"])
@event_permission_required(Permission.MANAGE_EVENT)
def devices(event: Event):
    """Door devices of the event: issue a token (shown once) or revoke one."""
    secret = None
    name = request.form.get("name", "").strip()
    if request.method == "POST":
        revoke_id = request.form.get("revoke", "")
        if revoke_id.isdigit():
            token = db.session.get(ApiToken, int(revoke_id))
            if token is None or token.event_id != event.id or token.kind != TokenKind.DEVICE:
                abort(404)
            revoke_token(token, current_user)
            flash(
                _("The device's token is revoked; it can no longer download or upload."), "success"
            )
            return redirect(url_for(".devices", slug=event.slug))
        if not name:
            flash(_("Give the device a name, e.g. Entrance scanner 2."), "error")
        else:
            _token, secret = issue_token(TokenKind.DEVICE, name, current_user, event=event)
            name = ""
    listed = db.session.scalars(
        select(ApiToken)
        .where(ApiToken.event_id == event.id, ApiToken.kind == TokenKind.DEVICE)
        .order_by(ApiToken.created_at.desc())
    ).all()
    return render_template(
        "checkin/devices.html", event=event, devices=listed, secret=secret, name=name
    )
