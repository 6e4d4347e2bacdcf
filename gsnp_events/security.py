"""Security headers on every response, request size limits, JSON that cannot crash the API."""

from flask import Flask, current_app, g, request
from flask.json.provider import DefaultJSONProvider
from flask.wrappers import Response

MIB = 1024 * 1024

# All scripts and style sheets are files under /static: no inline <script>, no on...=
# handlers, no <style> elements, so script-src and style-src stay 'self'. Pages do colour
# elements with style attributes (category swatches, the bar charts' --share), which is
# what style-src-attr 'unsafe-inline' allows; an attribute can restyle an element but not
# run code or load anything. A browser without style-src-attr falls back to style-src and
# only loses those colours. img-src: photo previews are blob: URLs, small images data: URLs.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "style-src-attr 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
# The checkpoint page reads QR codes and the badge desk takes photos with the camera.
PERMISSIONS_POLICY = "camera=(self), microphone=(), geolocation=(), payment=(), usb=()"
HSTS = "max-age=31536000; includeSubDomains"

# Endpoints that receive a photo (also base64 in JSON) or a spreadsheet are allowed more.
PHOTO_ENDPOINTS = {
    "registration.register",
    "registration.delegation",
    "portal.photo",
    "checkin.desk_person",
    "api.create_registration",
}
IMPORT_ENDPOINTS = {
    "backoffice.import_delegation",
    "api.upload_checkins",
    "api.upload_checkins_of_token",
}


class SafeJSONProvider(DefaultJSONProvider):
    """Too deeply nested JSON is invalid JSON (ValueError: a 400), not a RecursionError."""

    def loads(self, s, **kwargs):
        try:
            return super().loads(s, **kwargs)
        except RecursionError as error:
            raise ValueError("JSON nested too deeply") from error


def limit_request_size() -> None:
    """Set the body limit before anything (CSRF protection first) reads the form."""
    config = current_app.config
    if request.endpoint in PHOTO_ENDPOINTS:
        g.file_limit_bytes = config["PHOTO_MAX_BYTES"]
        # base64 in JSON is 4/3 of the photo; the rest of the form fits in 1 MiB.
        request.max_content_length = config["PHOTO_MAX_BYTES"] * 4 // 3 + MIB
    elif request.endpoint in IMPORT_ENDPOINTS:
        from .backoffice.imports import MAX_BYTES

        g.file_limit_bytes = MAX_BYTES
        request.max_content_length = MAX_BYTES + MIB


def file_limit_mb() -> int:
    """The file size to tell someone whose form was too large, in whole megabytes."""
    return max(1, (g.get("file_limit_bytes") or request.max_content_length) // MIB)


def body_limit_mb() -> int:
    """The body size to tell an API client whose request was too large, in whole megabytes."""
    return max(1, request.max_content_length // MIB)


def set_security_headers(response: Response) -> Response:
    headers = response.headers
    headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    headers.setdefault("X-Frame-Options", "DENY")
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
    headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
    if request.is_secure or current_app.config["PREFERRED_URL_SCHEME"] == "https":
        headers.setdefault("Strict-Transport-Security", HSTS)
    return response


def init_app(app: Flask) -> None:
    """Call before csrf.init_app: this before_request must run before CSRF reads the form."""
    app.json = SafeJSONProvider(app)
    app.before_request(limit_request_size)
    app.after_request(set_security_headers)
