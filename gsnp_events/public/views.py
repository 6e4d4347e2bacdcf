from flask import render_template

from ..models.base import utcnow
from . import bp
from .services import open_events, upcoming_events


@bp.route("/")
def home():
    now = utcnow()
    return render_template(
        "public/home.html", events=open_events(now), upcoming=upcoming_events(now)
    )
