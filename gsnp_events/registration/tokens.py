"""Signed, expiring links (itsdangerous): e-mail confirmation and the portals' magic links.

A token names the registration (or the focal point's organisation) and the e-mail address it
was sent to: when the address changes, older links stop working.
"""

from datetime import UTC, datetime

from flask import current_app
from flask_babel import lazy_gettext as _l
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

CONFIRM = "registration-confirm"
PORTAL = "delegate-portal"
FOCAL_POINT = "focal-point-portal"


class LinkError(Exception):
    def __init__(self, message, code: str):
        super().__init__(str(message))
        self.message = message
        self.code = code


def _serializer(salt: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.secret_key, salt=salt)


def _load(salt: str, token: str, max_age_seconds: int) -> dict:
    try:
        data = _serializer(salt).loads(token, max_age=max_age_seconds)
    except SignatureExpired as error:
        raise LinkError(
            _l("This link has expired. Ask for a new one below."), "link_expired"
        ) from error
    except BadSignature as error:
        raise LinkError(
            _l(
                "This link is not valid. Copy the whole link from the e-mail, or ask for a new one."
            ),
            "link_invalid",
        ) from error
    if not isinstance(data, dict):
        raise LinkError(_l("This link is not valid."), "link_invalid")
    return data


def confirmation_token(registration) -> str:
    return _serializer(CONFIRM).dumps({"r": registration.id, "e": registration.email_normalised})


def read_confirmation_token(token: str) -> tuple[int, str, int]:
    """(registration id, e-mail, age in seconds). The caller compares the age with the
    event's confirmation time, which only the registration knows."""
    try:
        data, signed_at = _serializer(CONFIRM).loads(token, return_timestamp=True)
    except BadSignature as error:
        raise LinkError(
            _l(
                "This link is not valid. Copy the whole link from the e-mail, or ask for a new one."
            ),
            "link_invalid",
        ) from error
    age = (datetime.now(UTC) - signed_at).total_seconds()
    return int(data["r"]), str(data["e"]), int(age)


def portal_token(registration) -> str:
    return _serializer(PORTAL).dumps({"r": registration.id, "e": registration.email_normalised})


def read_portal_token(token: str) -> tuple[int, str]:
    hours = current_app.config["PORTAL_LINK_MAX_AGE_HOURS"]
    data = _load(PORTAL, token, hours * 3600)
    return int(data["r"]), str(data["e"])


def focal_point_token(event_id: int, organisation) -> str:
    return _serializer(FOCAL_POINT).dumps(
        {"ev": event_id, "o": organisation.id, "e": organisation.focal_point_email}
    )


def read_focal_point_token(token: str) -> tuple[int, int, str]:
    hours = current_app.config["PORTAL_LINK_MAX_AGE_HOURS"]
    data = _load(FOCAL_POINT, token, hours * 3600)
    return int(data["ev"]), int(data["o"]), str(data["e"])
