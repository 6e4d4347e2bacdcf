"""Error pages that say what happened and what to do next."""

import math

from flask import Flask, render_template, request
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_limiter.errors import RateLimitExceeded
from werkzeug.exceptions import HTTPException, SecurityError

from .auth.services import ACCOUNT_SIGN_IN_SCOPE
from .security import file_limit_mb


def _api_error(error: HTTPException):
    """Under /api/ every error is JSON, even for a path or method no view matches."""
    from .api.errors import http_error

    return http_error(error)


def init_app(app: Flask) -> None:
    @app.errorhandler(405)
    def method_not_allowed(error: HTTPException):
        if request.path.startswith("/api/"):
            return _api_error(error)
        return render_template(
            "error.html",
            title=_("Not allowed"),
            message=_("This page cannot be used this way. Go back and use its buttons."),
        ), 405

    @app.errorhandler(429)
    def too_many_requests(error: HTTPException):
        if request.path.startswith("/api/"):
            return _api_error(error)
        window = error.limit.limit.get_expiry() if isinstance(error, RateLimitExceeded) else 60
        minutes = max(1, math.ceil(window / 60))
        if isinstance(error, RateLimitExceeded) and error.limit.scope == ACCOUNT_SIGN_IN_SCOPE:
            message = ngettext(
                "Too many attempts for this account: try again in %(num)d minute.",
                "Too many attempts for this account: try again in %(num)d minutes.",
                minutes,
            )
        else:
            message = ngettext(
                "Too many attempts. Try again in %(num)d minute.",
                "Too many attempts. Try again in %(num)d minutes.",
                minutes,
            )
        return render_template("error.html", title=_("Too many attempts"), message=message), 429

    @app.errorhandler(413)
    def too_large(error: HTTPException):
        if request.path.startswith("/api/"):
            return _api_error(error)
        return render_template(
            "error.html",
            title=_("The file is too large"),
            message=_(
                "The file is too large: at most %(num)d MB. Go back and choose a smaller file.",
                num=file_limit_mb(),
            ),
        ), 413

    @app.errorhandler(400)
    def bad_request(error: HTTPException):
        if isinstance(error, SecurityError):
            # A Host outside TRUSTED_HOSTS: no page (its links would need that host) and no
            # words for a real visitor, who always comes by PUBLIC_BASE_URL.
            return error
        return render_template(
            "error.html",
            title=_("The request could not be processed"),
            message=_("The form may have expired. Go back, reload the page and try again."),
        ), 400

    @app.errorhandler(403)
    def forbidden(error: HTTPException):
        return render_template(
            "error.html",
            title=_("Not allowed"),
            message=_("Your account does not have a role that allows this page."),
        ), 403

    @app.errorhandler(404)
    def not_found(error: HTTPException):
        if request.path.startswith("/api/"):
            return _api_error(error)
        return render_template(
            "error.html",
            title=_("Page not found"),
            message=_("Check the address, or start again from the home page."),
        ), 404
