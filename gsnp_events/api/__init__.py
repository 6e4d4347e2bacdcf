"""The JSON API, versioned under /api/v1 and described by an OpenAPI 3.1 document at
/api/v1/openapi.json. One module per area adds its routes and its part of the document
(public.py: open events, registration, the delegate's own registration); the back office's
endpoints come in their own module the same way."""

from flask import Blueprint

bp = Blueprint("api", __name__, url_prefix="/api/v1")

from . import backoffice, checkin, errors, openapi, public  # noqa: E402,F401
