from flask import current_app, render_template, send_from_directory

from ..models.base import utcnow
from . import bp
from .services import open_events, upcoming_events


@bp.route("/")
def home():
    now = utcnow()
    return render_template(
        "public/home.html", events=open_events(now), upcoming=upcoming_events(now)
    )


@bp.route("/favicon.ico")
def favicon():
    """Browsers (and feed readers, bookmarks) ask for /favicon.ico whatever the page links to."""
    return send_from_directory(
        current_app.static_folder,
        "favicon.ico",
        mimetype="image/vnd.microsoft.icon",
        max_age=7 * 24 * 3600,
    )
