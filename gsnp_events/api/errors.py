"""Errors as JSON: {"error": {"code", "message", "fields"?}} with a stable code."""

from flask import jsonify
from flask_babel import gettext as _
from werkzeug.exceptions import HTTPException

from ..security import body_limit_mb
from . import bp


def api_error(status: int, code: str, message, fields: dict | None = None):
    body = {"error": {"code": code, "message": str(message)}}
    if fields:
        body["error"]["fields"] = fields
    return jsonify(body), status


@bp.errorhandler(HTTPException)
def http_error(error: HTTPException):
    messages = {
        404: _("Not found."),
        405: _("This method is not allowed here."),
        413: _("The request is too large: at most %(num)d MB.", num=body_limit_mb()),
        429: _("Too many requests. Try again later."),
    }
    code = {404: "not_found", 405: "method_not_allowed", 413: "too_large", 429: "rate_limited"}
    return api_error(
        error.code or 500,
        code.get(error.code, "http_error"),
        messages.get(error.code, error.description),
    )
