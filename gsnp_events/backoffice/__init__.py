"""The organisers' back office."""

from flask import Blueprint

from .permissions import Permission, can

bp = Blueprint("backoffice", __name__, url_prefix="/backoffice")


@bp.app_context_processor
def permission_helpers() -> dict:
    return {"can": can, "Permission": Permission}


from . import (  # noqa: E402,F401
    audit_views,
    event_views,
    export_views,
    organisation_views,
    registration_views,
    report_views,
    staff_views,
    views,
)
