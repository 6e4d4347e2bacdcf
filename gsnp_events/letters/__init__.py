"""Visa support letters: services (issue, withdraw, verify), render (WeasyPrint), views (the
officers' page under /backoffice/events/<slug>/letters, the delegate's download from the portal,
the public verification page)."""

from flask import Blueprint

bp = Blueprint("letters", __name__)


@bp.app_template_global("visa_letter_state")
def _visa_letter_state(registration):
    """For templates/letters/_portal.html: (state, letter); see services.portal_state."""
    from .services import portal_state

    return portal_state(registration)


from . import views  # noqa: E402,F401
