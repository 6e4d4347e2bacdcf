"""Absolute links for e-mails, built from PUBLIC_BASE_URL and never from the Host header.

A request's Host header is chosen by whoever sends it: a link built from it would carry a
valid portal token to that host. PUBLIC_BASE_URL is the address of the app's root (with any
path prefix); production refuses to start without it.
"""

from flask import current_app, has_request_context, request, url_for

# Where `flask run` listens, for a configuration that names no public address.
LOCAL_BASE_URL = "http://127.0.0.1:5000"


def external_url(endpoint: str, **values) -> str:
    base = (current_app.config.get("PUBLIC_BASE_URL") or LOCAL_BASE_URL).rstrip("/")
    if has_request_context():
        path = url_for(endpoint, **values).removeprefix(request.script_root)
        return base + path
    with current_app.test_request_context(base_url=base):
        return url_for(endpoint, _external=True, **values)
