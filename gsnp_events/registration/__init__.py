"""Public self-registration, delegation registration and the delegate portal.

views.py: the event page, the registration and delegation forms, the confirmation link.
portal.py: the delegate's and the focal point's portal (magic links, no password).
services.py: the transactions; validation.py: the input rules (shared with the JSON API);
photos.py: photo checks and normalisation; tokens.py: signed, expiring links.
"""

from flask import Blueprint

bp = Blueprint("registration", __name__)
portal_bp = Blueprint("portal", __name__, url_prefix="/portal")

from . import portal, views  # noqa: E402,F401
