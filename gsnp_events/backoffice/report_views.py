from flask import render_template

from ..models import Event
from . import bp
from .permissions import Permission, event_permission_required
from .reports import dashboard


@bp.route("/events/<slug>/reports")
@event_permission_required(Permission.VIEW_REGISTRATIONS)
def reports(event: Event):
    return render_template("backoffice/reports.html", event=event, report=dashboard(event))
