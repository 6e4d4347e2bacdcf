"""Absolute links for e-mails, built from PUBLIC_BASE_URL rather than the request's Host header."""

from flask import current_app, has_request_context, request, url_for


def external_url(endpoint: str, **values) -> str:
    base = current_app.config.get("PUBLIC_BASE_URL")
    if has_request_context():
        path = url_for(endpoint, **values)
        root = base.rstrip("/") if base else request.host_url.rstrip("/")
        return root + path
    with current_app.test_request_context(base_url=base or "http://127.0.0.1:5000"):
        return url_for(endpoint, _external=True, **values)
