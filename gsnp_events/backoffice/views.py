from flask import render_template
from flask_login import current_user, login_required

from ..models import RegistrationStatus
from . import bp
from .services import events_for, status_counts


@bp.route("/")
@login_required
def index():
    events = events_for(current_user)
    return render_template(
        "backoffice/index.html",
        events=events,
        counts=status_counts([e.id for e in events]),
        statuses=list(RegistrationStatus),
    )
