"""The OpenAPI document. Modules add their paths and schemas with :func:`add`."""

from flask import jsonify

from . import bp

DOCUMENT = {
    "openapi": "3.1.0",
    "info": {
        "title": "GSNP Events API",
        "version": "1.0.0",
        "description": (
            "Registration for assemblies of NGOs. Errors are JSON objects "
            '{"error": {"code": ..., "message": ..., "fields": {...}}} whose `code` is stable '
            "and whose `message` is in the language of the Accept-Language header."
        ),
    },
    "servers": [{"url": "/api/v1"}],
    "paths": {},
    "components": {
        "schemas": {
            "Error": {
                "type": "object",
                "required": ["error"],
                "properties": {
                    "error": {
                        "type": "object",
                        "required": ["code", "message"],
                        "properties": {
                            "code": {"type": "string"},
                            "message": {"type": "string"},
                            "fields": {
                                "type": "object",
                                "additionalProperties": {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "properties": {
                                            "code": {"type": "string"},
                                            "message": {"type": "string"},
                                        },
                                    },
                                },
                            },
                        },
                    }
                },
            }
        },
        "securitySchemes": {},
    },
}


def add(paths: dict, schemas: dict | None = None, security_schemes: dict | None = None) -> None:
    for path, operations in paths.items():  # two modules may describe one path's methods
        DOCUMENT["paths"].setdefault(path, {}).update(operations)
    DOCUMENT["components"]["schemas"].update(schemas or {})
    DOCUMENT["components"]["securitySchemes"].update(security_schemes or {})


def error_response(description: str) -> dict:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }


@bp.route("/openapi.json")
def openapi_document():
    return jsonify(DOCUMENT)
