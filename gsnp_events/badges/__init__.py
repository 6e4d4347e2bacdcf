"""Printed badges: layouts (geometry), render (WeasyPrint), tokens (signed QR codes),
services (print runs, reprints, hand-over), views for the badge desk, and `flask badges`."""

from flask import Blueprint

bp = Blueprint("badges", __name__)


@bp.app_template_global("badge_state")
def _badge_state(registration):
    """For templates/badges/_portal_state.html: (state, where to collect the badge)."""
    from .services import badge_state

    return badge_state(registration)


from . import views  # noqa: E402,F401
