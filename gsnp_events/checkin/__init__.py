"""On site: checkpoints where badges are scanned, and the live occupancy."""

from flask import Blueprint

bp = Blueprint("checkin", __name__, url_prefix="/onsite")

from . import desk, views  # noqa: E402,F401
