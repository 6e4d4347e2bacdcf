"""The back office's JSON API: registrations (list, read, decide) and the audit trail.

Staff tokens only; each call needs the same permission as the matching page, and decisions
go through the same workflow functions, with the same errors."""

from flask import g, jsonify, request
from flask_babel import gettext as _
from sqlalchemy import select

from ..accreditation.workflow import (
    IllegalTransition,
    NotAllowed,
    StaleRegistration,
    WorkflowError,
)
from ..backoffice import review
from ..backoffice.filters import filter_from_args
from ..backoffice.permissions import Permission
from ..backoffice.queries import registration_page
from ..extensions import db
from ..models import AuditEntry, Event, Registration, TokenKind
from . import bp, openapi
from .auth import token_permission_required
from .errors import api_error
from .public import registration_json

MAX_PER_PAGE = 200
WORKFLOW_STATUS = {IllegalTransition: 409, StaleRegistration: 409, NotAllowed: 403}


def _list_item(registration: Registration) -> dict:
    return {
        "id": registration.id,
        "reference": registration.reference,
        "status": registration.status,
        "version": registration.version,
        "given_name": registration.given_name,
        "family_name": registration.family_name,
        "name": registration.full_name,
        "name_local": registration.name_local,
        "nationality": registration.nationality_code,
        "category": registration.category.code,
        "organisation": registration.organisation.name if registration.organisation else None,
        "created_at": registration.created_at.isoformat(),
    }


def _staff_only():
    if g.api_token.kind != TokenKind.STAFF:
        return api_error(403, "forbidden", _("This token does not allow this."))
    return None


def _registration(event: Event, registration_id: int) -> Registration | None:
    registration = db.session.get(Registration, registration_id)
    return registration if registration and registration.event_id == event.id else None


@bp.route("/events/<slug>/registrations", methods=["GET"])
@token_permission_required(Permission.VIEW_REGISTRATIONS)
def list_registrations(event: Event):
    """Filters as in the review queue: status, country, region, category, vetting, q, sort."""
    page_arg, size_arg = request.args.get("page", "1"), request.args.get("per_page", "50")
    number = int(page_arg) if page_arg.isdigit() else 1
    size = min(MAX_PER_PAGE, max(1, int(size_arg))) if size_arg.isdigit() else 50
    page = registration_page(event, filter_from_args(request.args, event), number, size)
    return jsonify(
        {
            "total": page.total,
            "page": page.number,
            "pages": page.pages,
            "per_page": page.size,
            "registrations": [_list_item(r) for r in page.items],
        }
    )


@bp.route("/events/<slug>/registrations/<int:registration_id>")
@token_permission_required(Permission.VIEW_REGISTRATIONS)
def get_registration(event: Event, registration_id: int):
    registration = _registration(event, registration_id)
    if registration is None:
        return api_error(404, "not_found", _("Not found."))
    return jsonify({"id": registration.id, **registration_json(registration)})


@bp.route("/events/<slug>/registrations/<int:registration_id>/decisions", methods=["POST"])
@token_permission_required(Permission.REVIEW_REGISTRATIONS)
def decide_registration(event: Event, registration_id: int):
    if (refused := _staff_only()) is not None:
        return refused
    registration = _registration(event, registration_id)
    if registration is None:
        return api_error(404, "not_found", _("Not found."))
    payload = request.get_json(silent=True) or {}
    transition, version = payload.get("transition"), payload.get("version")
    if not isinstance(transition, str) or not isinstance(version, int):
        return api_error(
            400,
            "invalid_decision",
            _('Send {"transition": "approve", "version": <the version you saw>, "reason": "..."}.'),
        )
    try:
        outcome = review.decide(
            registration,
            transition,
            g.api_token.staff_user,
            payload.get("reason"),
            version,
            photo_at_desk=payload.get("photo_at_desk") is True,
        )
    except WorkflowError as error:
        return api_error(WORKFLOW_STATUS.get(type(error), 422), error.code, error.message)
    return jsonify(
        {
            "id": registration.id,
            "status": outcome.to_status,
            "version": registration.version,
            "action": outcome.action,
        }
    )


@bp.route("/events/<slug>/audit")
@token_permission_required(Permission.VIEW_AUDIT)
def audit_trail(event: Event):
    query = select(AuditEntry).where(AuditEntry.event_id == event.id)
    registration = request.args.get("registration", "")
    if registration.isdigit():
        query = query.where(AuditEntry.registration_id == int(registration))
    if action := request.args.get("action"):
        query = query.where(AuditEntry.action == action)
    before = request.args.get("before", "")
    if before.isdigit():
        query = query.where(AuditEntry.id < int(before))
    entries = db.session.scalars(query.order_by(AuditEntry.id.desc()).limit(MAX_PER_PAGE)).all()
    return jsonify(
        {
            "entries": [
                {
                    "id": e.id,
                    "at": e.created_at.isoformat(),
                    "action": e.action,
                    "actor": e.actor_label,
                    "actor_id": e.actor_id,
                    "registration_id": e.registration_id,
                    "organisation_id": e.organisation_id,
                    "reason": e.reason,
                    "data": e.data,
                }
                for e in entries
            ],
            "next_before": entries[-1].id if len(entries) == MAX_PER_PAGE else None,
        }
    )


_event = {"name": "slug", "in": "path", "required": True, "schema": {"type": "string"}}
_id = {"name": "registration_id", "in": "path", "required": True, "schema": {"type": "integer"}}
_secured = [{"bearer": []}]
_filters = [
    {"name": name, "in": "query", "schema": {"type": "string"}, "description": text}
    for name, text in (
        ("status", "repeatable"),
        ("country", "ISO 3166-1 alpha-2, repeatable"),
        ("region", "UN M49 region or sub-region"),
        ("category", "category id, repeatable"),
        ("vetting", "NGO vetting status, repeatable"),
        ("q", "name in any script, e-mail or passport number; accents and case ignored"),
        ("sort", "newest, oldest, family_name, country, status"),
        ("page", "from 1"),
        ("per_page", f"at most {MAX_PER_PAGE}"),
    )
]
openapi.add(
    {
        "/events/{slug}/registrations": {
            "get": {
                "summary": "List and filter registrations (staff token)",
                "parameters": [_event, *_filters],
                "security": _secured,
                "responses": {
                    "200": {"description": "A page of registrations"},
                    "401": openapi.error_response("No valid token"),
                    "403": openapi.error_response("No role for this event"),
                },
            }
        },
        "/events/{slug}/registrations/{registration_id}": {
            "get": {
                "summary": "One registration (staff token)",
                "parameters": [_event, _id],
                "security": _secured,
                "responses": {
                    "200": {"description": "The registration"},
                    "404": openapi.error_response("No such registration in this event"),
                },
            }
        },
        "/events/{slug}/registrations/{registration_id}/decisions": {
            "post": {
                "summary": "Approve, reject, ask for information, suspend, reinstate, revoke",
                "parameters": [_event, _id],
                "security": _secured,
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["transition", "version"],
                                "properties": {
                                    "transition": {"type": "string"},
                                    "version": {"type": "integer"},
                                    "reason": {"type": "string"},
                                    "photo_at_desk": {
                                        "type": "boolean",
                                        "description": "To approve someone without a photo "
                                        "where the event requires one: the desk takes it",
                                    },
                                },
                            }
                        }
                    }
                },
                "responses": {
                    "200": {"description": "The new status and version"},
                    "403": openapi.error_response("Role not allowed"),
                    "409": openapi.error_response("Stale version or illegal transition"),
                    "422": openapi.error_response(
                        "Reason required, NGO not verified, photo missing ..."
                    ),
                },
            }
        },
        "/events/{slug}/audit": {
            "get": {
                "summary": "The audit trail, newest first (staff token)",
                "parameters": [
                    _event,
                    {"name": "registration", "in": "query", "schema": {"type": "integer"}},
                    {"name": "action", "in": "query", "schema": {"type": "string"}},
                    {"name": "before", "in": "query", "schema": {"type": "integer"}},
                ],
                "security": _secured,
                "responses": {"200": {"description": "Entries"}},
            }
        },
    }
)
