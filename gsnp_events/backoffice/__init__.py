"""The organisers' back office."""

from flask import Blueprint

bp = Blueprint("backoffice", __name__, url_prefix="/backoffice")

from . import views  # noqa: E402,F401
