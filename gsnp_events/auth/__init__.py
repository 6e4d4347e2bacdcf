"""Staff sign-in and sign-out."""

from flask import Blueprint

bp = Blueprint("auth", __name__, url_prefix="/staff")

from . import views  # noqa: E402,F401
from .services import login_manager_setup  # noqa: E402,F401
