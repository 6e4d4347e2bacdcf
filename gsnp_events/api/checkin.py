"""Device API for doors: the offline bundle, scans uploaded later, and online scans."""

import io
import time
import uuid

from flask import Response, g, jsonify, request
from flask_babel import gettext as _
from PIL import Image
from sqlalchemy import select

from ..backoffice.permissions import Permission
from ..checkin import services
from ..checkin.bundle import checkin_bundle, serialise
from ..extensions import db
from ..models import Checkpoint, Direction, Event, Photo, Registration
from . import bp, openapi
from .auth import SECURITY, bearer_token, token_permission_required
from .errors import api_error

MAX_UPLOAD_SCANS = 5000
THUMBNAIL_PX = 240


@bp.route("/events/<slug>/checkin-bundle")
@token_permission_required(Permission.CHECK_IN)
def checkin_bundle_view(event: Event):
    body, etag = serialise(checkin_bundle(event))
    if etag in request.if_none_match:
        return Response(status=304, headers={"ETag": f'"{etag}"'})
    response = Response(body, mimetype="application/json")
    response.set_etag(etag)
    response.headers["Cache-Control"] = "private, no-cache"
    return response


@bp.route("/checkins", methods=["POST"])
def upload_checkins_of_token():
    """The same upload for a device token, whose one event need not be named in the URL;
    a staff token names the event in the body ("event": slug)."""
    token = bearer_token()
    payload = request.get_json(silent=True)
    slug = None
    if token is not None and token.event is not None:
        slug = token.event.slug
    elif isinstance(payload, dict) and isinstance(payload.get("event"), str):
        slug = payload["event"]
    if token is not None and slug is None:
        return api_error(400, "event_required", _('Name the event: {"event": "<slug>", ...}.'))
    return upload_checkins(slug=slug or "")


@bp.route("/events/<slug>/checkins", methods=["POST"])
@token_permission_required(Permission.CHECK_IN)
def upload_checkins(event: Event):
    payload = request.get_json(silent=True)
    scans = payload.get("scans") if isinstance(payload, dict) else None
    if not isinstance(scans, list) or len(scans) > MAX_UPLOAD_SCANS:
        return api_error(
            400,
            "invalid_upload",
            _('Send {"scans": [...]} with at most %(n)d scans.', n=MAX_UPLOAD_SCANS),
        )
    report = services.record_upload(event, g.api_token, scans)
    return jsonify(
        {
            "accepted": report.accepted,
            "already_recorded": report.repeated,
            "judged_invalid": report.judged_invalid,
            "rejected": report.rejected,
        }
    )


@bp.route("/events/<slug>/checkpoints/<code>/scans", methods=["POST"])
@token_permission_required(Permission.CHECK_IN)
def scan_online(event: Event, code: str):
    checkpoint = db.session.scalar(
        select(Checkpoint).where(Checkpoint.event_id == event.id, Checkpoint.code == code)
    )
    if checkpoint is None:
        return api_error(404, "not_found", _("No checkpoint has this code."))
    payload = request.get_json(silent=True) or {}
    token = payload.get("token")
    direction = payload.get("direction", "in")
    try:
        client_uuid = str(uuid.UUID(str(payload.get("client_uuid"))))
    except ValueError:
        client_uuid = None
    if not isinstance(token, str) or not token or direction not in set(Direction):
        return api_error(
            400, "invalid_scan", _('Send {"token": "...", "direction": "in" or "out"}.')
        )
    started = time.perf_counter()
    outcome = services.record_scan(
        event,
        checkpoint,
        token[:500],
        direction=Direction(direction),
        device=g.api_token,
        staff=g.api_token.staff_user,
        client_uuid=client_uuid,
    )
    elapsed_ms = (time.perf_counter() - started) * 1000
    person = outcome.registration
    response = jsonify(
        {
            "result": outcome.result.value,
            "reason": outcome.reason,
            "no_photo": outcome.no_photo,
            "typed": outcome.typed,
            "inside_since": outcome.inside_since.isoformat() if outcome.inside_since else None,
            "already_recorded": outcome.repeated,
            "client_uuid": outcome.scan.client_uuid,
            "person": {
                "registration_id": person.id,
                "name": person.full_name,
                "name_local": person.name_local,
                "category": person.category.badge_label,
            }
            if person
            else None,
        }
    )
    # Verify-and-record time, for monitoring and for `make bench-checkin`.
    response.headers["Server-Timing"] = f"scan;dur={elapsed_ms:.2f}"
    return response


@bp.route("/events/<slug>/checkin-photos/<int:registration_id>")
@token_permission_required(Permission.CHECK_IN)
def checkin_photo(event: Event, registration_id: int):
    photo = db.session.scalar(
        select(Photo)
        .join(Registration, Registration.id == Photo.registration_id)
        .where(Photo.registration_id == registration_id, Registration.event_id == event.id)
    )
    if photo is None:
        return api_error(404, "not_found", _("No photo."))
    image = Image.open(io.BytesIO(photo.content))
    image.thumbnail((THUMBNAIL_PX, THUMBNAIL_PX))
    out = io.BytesIO()
    image.convert("RGB").save(out, "JPEG", quality=80)
    response = Response(out.getvalue(), mimetype="image/jpeg")
    response.headers["Cache-Control"] = "private, max-age=3600"
    return response


_scan_schema = {
    "type": "object",
    "required": ["client_uuid", "token", "checkpoint", "scanned_at"],
    "properties": {
        "client_uuid": {"type": "string", "format": "uuid"},
        "token": {
            "type": "string",
            "description": "The text of the badge's QR code, or the number printed under it "
            "(01-000092/1) typed by hand.",
        },
        "checkpoint": {"type": "string", "description": "The checkpoint's code."},
        "direction": {"type": "string", "enum": ["in", "out"], "default": "in"},
        "scanned_at": {"type": "string", "format": "date-time"},
        "device_result": {"type": "string", "description": "What the device showed."},
    },
}
_event = {"name": "slug", "in": "path", "required": True, "schema": {"type": "string"}}
_secured = [{"bearer": []}]
openapi.add(
    {
        "/events/{slug}/checkin-bundle": {
            "get": {
                "summary": "What a door device needs to verify badges offline",
                "description": "Public keys, checkpoints, current badges of approved "
                "delegates and every withdrawn badge version. Send If-None-Match with the "
                "last ETag: 304 when nothing changed.",
                "parameters": [_event],
                "security": _secured,
                "responses": {
                    "200": {"description": "The bundle (see docs/CHECKIN.md)"},
                    "304": {"description": "Unchanged since the ETag given"},
                    "401": openapi.error_response("No valid token"),
                    "403": openapi.error_response("The token is not for this event"),
                },
            }
        },
        "/checkins": {
            "post": {
                "summary": "Upload scans made offline, for the device token's event",
                "description": "As /events/{slug}/checkins; a staff token adds "
                '"event": "<slug>" to the body.',
                "security": _secured,
                "responses": {"200": {"description": "As /events/{slug}/checkins"}},
            }
        },
        "/events/{slug}/checkins": {
            "post": {
                "summary": "Upload scans made offline (idempotent by client_uuid)",
                "parameters": [_event],
                "security": _secured,
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {"scans": {"type": "array", "items": _scan_schema}},
                            }
                        }
                    }
                },
                "responses": {
                    "200": {
                        "description": "Which scans were recorded (now or before), which "
                        "the server judges invalid now, and which could not be recorded"
                    },
                    "400": openapi.error_response("Not a list of scans"),
                    "401": openapi.error_response("No valid token"),
                    "403": openapi.error_response("The token is not for this event"),
                },
            }
        },
        "/events/{slug}/badge-key": {
            "get": {
                "summary": "The public keys that verify this event's badge tokens",
                "description": "No token needed: the keys verify, they cannot sign. See "
                "docs/BADGES.md for the token format.",
                "parameters": [_event],
                "responses": {"200": {"description": "Current and older accepted keys"}},
            }
        },
        "/events/{slug}/checkin-photos/{registration_id}": {
            "get": {
                "summary": "A small photo of an approved delegate, for the door's screen",
                "parameters": [
                    _event,
                    {
                        "name": "registration_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "integer"},
                    },
                ],
                "security": _secured,
                "responses": {
                    "200": {
                        "description": "JPEG, at most 240 pixels",
                        "content": {"image/jpeg": {}},
                    },
                    "404": openapi.error_response("No photo"),
                },
            }
        },
        "/events/{slug}/checkpoints/{code}/scans": {
            "post": {
                "summary": "Verify and record one scan, online",
                "parameters": [
                    _event,
                    {"name": "code", "in": "path", "required": True, "schema": {"type": "string"}},
                ],
                "security": _secured,
                "responses": {
                    "200": {
                        "description": "The verdict: result (valid, already_inside, revoked, "
                        "superseded, not_approved, wrong_event, unknown, unreadable, forged), "
                        "reason, no_photo (valid, but check an ID: no photo to compare), typed "
                        "(the number was typed, not scanned), person"
                    },
                    "400": openapi.error_response("No token"),
                    "404": openapi.error_response("No such checkpoint"),
                },
            }
        },
    },
    security_schemes=SECURITY,
)
