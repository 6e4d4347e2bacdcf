"""Public endpoints: open events and their categories, organisations to choose from, creating
a registration (same rules and errors as the form), and reading one's own registration with
the portal token (Authorization: Bearer <token from the portal link>)."""

import base64
import binascii

from flask import current_app, jsonify, request
from flask_babel import gettext as _

from ..accreditation import places
from ..extensions import limiter
from ..models import Event, Registration
from ..models.base import utcnow
from ..public.services import open_events
from ..registration import services
from ..registration.photos import PhotoError, process_photo
from ..registration.tokens import LinkError
from ..registration.validation import FieldError, ValidationFailed
from . import bp
from .errors import api_error
from .openapi import add, error_response

# Each keystroke in the picker may ask (the script waits for a pause in the typing first).
ORGANISATION_SEARCH_LIMIT = "60 per minute"


def category_json(category) -> dict:
    return {
        "code": category.code,
        "name": category.name,
        "badge_label": category.badge_label,
        "colour": category.colour,
    }


PUBLIC_TEXTS = ("name", "venue", "city", "description", "data_protection_notice")


def event_json(event: Event) -> dict:
    """The event with its default texts, and under ``texts`` its texts in each of its
    languages (the default text where it gives none in a language)."""
    return {
        "slug": event.slug,
        "name": event.name,
        "venue": event.venue,
        "city": event.city,
        "country": event.country_code,
        "timezone": event.timezone,
        "starts_on": event.starts_on.isoformat(),
        "ends_on": event.ends_on.isoformat(),
        "registration_closes_at": event.registration_closes_at.isoformat(),
        "languages": list(event.languages or []),
        "minimum_age": event.minimum_age,
        "data_protection_notice": event.data_protection_notice,
        "data_protection_version": event.data_protection_version,
        "description": event.description,
        "texts": {
            language: {field: event.text(field, language) for field in PUBLIC_TEXTS}
            for language in event.languages or []
        },
        "categories": [category_json(c) for c in event.categories if c.public],
    }


def registration_json(registration: Registration) -> dict:
    def day(value):
        return value.isoformat() if value else None

    return {
        "reference": registration.reference,
        "event": registration.event.slug,
        "status": registration.status,
        "waiting_position": places.waiting_position(registration),
        "version": registration.version,
        "category": registration.category.code,
        "organisation": {
            "id": registration.organisation.id,
            "name": registration.organisation.name,
            "vetting_status": registration.organisation.vetting_status,
        }
        if registration.organisation
        else None,
        "title": registration.title,
        "given_name": registration.given_name,
        "family_name": registration.family_name,
        "name_local": registration.name_local,
        "badge_name": registration.badge_name,
        "name_order": registration.name_order,
        "name": registration.full_name,
        "gender": registration.gender,
        "nationality": registration.nationality_code,
        "date_of_birth": day(registration.date_of_birth),
        "passport_number": registration.passport_number,
        "passport_expiry": day(registration.passport_expiry),
        "email": registration.email,
        "phone": registration.phone,
        "position": registration.position,
        "preferred_language": registration.preferred_language,
        "languages": list(registration.languages or []),
        "interpretation_language": registration.interpretation_language,
        "arrival_date": day(registration.arrival_date),
        "departure_date": day(registration.departure_date),
        "visa_support_requested": registration.visa_support_requested,
        "dietary_needs": registration.dietary_needs,
        "accessibility_needs": registration.accessibility_needs,
        "email_confirmed": registration.confirmed_at is not None,
        "created_at": registration.created_at.isoformat(),
    }


def _fields(errors: dict[str, list[FieldError]]) -> dict:
    return {name: [e.as_dict() for e in problems] for name, problems in errors.items()}


@bp.route("/events")
def list_events():
    return jsonify({"events": [event_json(e) for e in open_events(utcnow())]})


@bp.route("/events/<slug>")
def get_event(slug: str):
    event = services.open_event(slug)
    if event is None or not event.registration_open(utcnow()):
        return api_error(404, "not_found", _("No event open for registration has this name."))
    return jsonify(event_json(event))


def _whole_number(name: str, default: int, highest: int) -> int:
    value = request.args.get(name, "")
    return max(0, min(int(value), highest)) if value.isdigit() else default


@bp.route("/organisations")
@limiter.limit(ORGANISATION_SEARCH_LIMIT)
def list_organisations():
    """The organisation picker of the registration forms searches here as the delegate types."""
    found = services.search_organisations(
        request.args.get("country"),
        request.args.get("q"),
        limit=_whole_number("limit", 100, 100) or 100,
        offset=_whole_number("offset", 0, 1_000_000),
    )
    return jsonify(
        {
            "total": found.total,
            "offset": found.offset,
            "organisations": [
                {
                    "id": o.id,
                    "name": o.name,
                    "name_local": o.name_local,
                    "country": o.country_code,
                    "vetting_status": o.vetting_status,
                }
                for o in found.organisations
            ],
        }
    )


@bp.route("/events/<slug>/registrations", methods=["POST"])
def create_registration(slug: str):
    event = services.open_event(slug)
    if event is None:
        return api_error(404, "not_found", _("No event open for registration has this name."))
    request.max_content_length = _max_body()
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        return api_error(400, "bad_json", _("Send a JSON object (Content-Type: application/json)."))
    photo, photo_error = None, None
    encoded = data.get("photo_base64")
    if encoded:
        try:
            raw_photo = base64.b64decode(str(encoded), validate=True)
        except (binascii.Error, ValueError):
            photo_error = FieldError("photo_base64", _("The photo is not valid base64."))
        else:
            try:
                photo = process_photo(raw_photo)
            except PhotoError as error:
                photo_error = FieldError(error.code, error.message)
    try:
        result = services.register(event, data, photo, photo_error)
    except ValidationFailed as failed:
        return api_error(422, "invalid", _("Some fields need correcting."), _fields(failed.errors))
    except services.DuplicateRegistration as error:
        return api_error(
            409,
            error.code,
            error.message,
            {error.field: [{"code": error.code, "message": str(error.message)}]},
        )
    except services.RegistrationError as error:
        return api_error(409, error.code, error.message)
    body = registration_json(services.load_registration(result.registration.id))
    response = jsonify(body)
    response.status_code = 201
    return response


@bp.route("/registrations/me")
def my_registration():
    header = request.headers.get("Authorization", "")
    scheme, _sep, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return api_error(
            401, "token_required", _("Send the token of your portal link as a Bearer token.")
        )
    try:
        registration = services.registration_from_portal_token(token.strip())
    except LinkError as error:
        return api_error(401, error.code, error.message)
    return jsonify(registration_json(registration))


STRING = {"type": "string"}
NULLABLE_STRING = {"type": ["string", "null"]}
DATE = {"type": "string", "format": "date"}

add(
    paths={
        "/events": {
            "get": {
                "summary": "Events open for registration, with their public categories",
                "operationId": "listEvents",
                "responses": {
                    "200": {
                        "description": "The open events",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "events": {
                                            "type": "array",
                                            "items": {"$ref": "#/components/schemas/Event"},
                                        }
                                    },
                                }
                            }
                        },
                    }
                },
            }
        },
        "/events/{slug}": {
            "get": {
                "summary": "One open event",
                "operationId": "getEvent",
                "parameters": [{"name": "slug", "in": "path", "required": True, "schema": STRING}],
                "responses": {
                    "200": {
                        "description": "The event",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Event"}}
                        },
                    },
                    "404": error_response("No open event has this slug"),
                },
            }
        },
        "/organisations": {
            "get": {
                "summary": "Organisations a delegate may choose (verified or to be vetted), by "
                "name; every word of q in a name or the acronym, case and accents ignored",
                "operationId": "listOrganisations",
                "parameters": [
                    {"name": "country", "in": "query", "schema": STRING},
                    {"name": "q", "in": "query", "schema": STRING},
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 100}},
                    {"name": "offset", "in": "query", "schema": {"type": "integer"}},
                ],
                "responses": {
                    "200": {
                        "description": "Up to limit (100) organisations from offset, and the "
                        "total that match"
                    },
                    "429": error_response("More than 60 searches a minute"),
                },
            }
        },
        "/events/{slug}/registrations": {
            "post": {
                "summary": "Register a delegate (the rules and error codes of the web form)",
                "operationId": "createRegistration",
                "parameters": [{"name": "slug", "in": "path", "required": True, "schema": STRING}],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/NewRegistration"}
                        }
                    },
                },
                "responses": {
                    "201": {
                        "description": "Registered: unconfirmed (a place is held) or waitlisted. "
                        "A confirmation link is e-mailed.",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Registration"}
                            }
                        },
                    },
                    "400": error_response("Not a JSON object"),
                    "404": error_response("No open event has this slug"),
                    "409": error_response(
                        "duplicate_email, duplicate_passport or registration_closed"
                    ),
                    "422": error_response("Fields to correct, listed in error.fields"),
                },
            }
        },
        "/registrations/me": {
            "get": {
                "summary": "The registration of the portal token's holder",
                "operationId": "getMyRegistration",
                "security": [{"portalToken": []}],
                "responses": {
                    "200": {
                        "description": "The registration",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Registration"}
                            }
                        },
                    },
                    "401": error_response("token_required, link_expired or link_invalid"),
                },
            }
        },
        "/openapi.json": {
            "get": {
                "summary": "This document",
                "operationId": "getOpenApi",
                "responses": {"200": {"description": "OpenAPI 3.1"}},
            }
        },
    },
    schemas={
        "Category": {
            "type": "object",
            "properties": {"code": STRING, "name": STRING, "badge_label": STRING, "colour": STRING},
        },
        "Event": {
            "type": "object",
            "properties": {
                "slug": STRING,
                "name": STRING,
                "venue": STRING,
                "city": STRING,
                "country": STRING,
                "timezone": STRING,
                "starts_on": DATE,
                "ends_on": DATE,
                "registration_closes_at": {"type": "string", "format": "date-time"},
                "languages": {"type": "array", "items": STRING},
                "minimum_age": {"type": ["integer", "null"]},
                "data_protection_notice": STRING,
                "data_protection_version": STRING,
                "description": STRING,
                "texts": {
                    "type": "object",
                    "description": "The texts in each of the event's languages, by language "
                    "code (the default text where the event gives none in a language)",
                    "additionalProperties": {
                        "type": "object",
                        "properties": dict.fromkeys(PUBLIC_TEXTS, STRING),
                    },
                },
                "categories": {"type": "array", "items": {"$ref": "#/components/schemas/Category"}},
            },
        },
        "NewRegistration": {
            "type": "object",
            "required": [
                "given_name",
                "family_name",
                "nationality",
                "passport_number",
                "passport_expiry",
                "email",
                "category",
                "consent",
            ],
            "properties": {
                "title": STRING,
                "given_name": STRING,
                "family_name": STRING,
                "name_local": STRING,
                "badge_name": STRING,
                "name_order": {
                    "enum": ["given_first", "family_first", "", None],
                    "description": "Omitted or empty: the custom of the nationality",
                },
                "gender": {"enum": ["female", "male", "other", ""]},
                "nationality": {**STRING, "description": "ISO 3166-1 alpha-2"},
                "date_of_birth": DATE,
                "passport_number": STRING,
                "passport_expiry": DATE,
                "email": {"type": "string", "format": "email"},
                "phone": {**STRING, "description": "Any format; stored as E.164"},
                "position": STRING,
                "preferred_language": STRING,
                "category": {**STRING, "description": "A public category code of the event"},
                "organisation_choice": {"enum": ["existing", "new"]},
                "organisation_id": {"type": ["integer", "string"]},
                "organisation_name": STRING,
                "organisation_name_local": STRING,
                "organisation_country": STRING,
                "organisation_registration_number": STRING,
                "organisation_website": STRING,
                "languages": {"type": "array", "items": STRING},
                "interpretation_language": STRING,
                "arrival_date": DATE,
                "departure_date": DATE,
                "visa_support_requested": {"type": "boolean"},
                "dietary_needs": STRING,
                "accessibility_needs": STRING,
                "consent": {"type": "boolean", "const": True},
                "consent_language": {
                    **STRING,
                    "description": "The language of the data-protection notice shown to the "
                    "person (a key of the event's texts); the consent records that notice. "
                    "Omitted: the default notice.",
                },
                "photo_base64": {
                    **STRING,
                    "description": "JPEG, PNG or WebP, at most 5 MB before encoding",
                },
            },
        },
        "Registration": {
            "type": "object",
            "properties": {
                "reference": STRING,
                "event": STRING,
                "status": {
                    "enum": [
                        "unconfirmed",
                        "awaiting_endorsement",
                        "submitted",
                        "info_requested",
                        "info_provided",
                        "waitlisted",
                        "approved",
                        "rejected",
                        "suspended",
                        "revoked",
                        "cancelled",
                        "expired",
                    ]
                },
                "waiting_position": {"type": ["integer", "null"]},
                "version": {"type": "integer"},
                "category": STRING,
                "given_name": STRING,
                "family_name": STRING,
                "name_local": NULLABLE_STRING,
                "name_order": {"enum": ["given_first", "family_first", None]},
                "name": {
                    **STRING,
                    "description": "In Latin letters, in the person's name order "
                    '("Amina Yusuf", "KIM Eun-jong")',
                },
                "email": STRING,
                "email_confirmed": {"type": "boolean"},
            },
            "additionalProperties": True,
        },
    },
    security_schemes={
        "portalToken": {
            "type": "http",
            "scheme": "bearer",
            "description": "The token at the end of the delegate's portal link "
            "(/portal/login/<token>).",
        }
    },
)


def _max_body() -> int:
    return current_app.config["PHOTO_MAX_BYTES"] * 4 // 3 + 1024 * 1024
