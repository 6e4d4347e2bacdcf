"""Staff authentication."""

import secrets
from functools import cache

from flask_babel import lazy_gettext as _l
from flask_login import LoginManager
from sqlalchemy import func, select
from werkzeug.security import check_password_hash, generate_password_hash

from ..extensions import db
from ..models import StaffUser
from ..models.base import utcnow

# Failed sign-ins per account (the submitted e-mail), whatever address they come from.
ACCOUNT_SIGN_IN_LIMIT = "20 per hour"
ACCOUNT_SIGN_IN_SCOPE = "staff-sign-in-account"


def find_staff_user(email: str) -> StaffUser | None:
    return db.session.scalar(
        select(StaffUser).where(func.lower(StaffUser.email) == email.strip().lower())
    )


def authenticate(email: str, password: str) -> StaffUser | None:
    """The active user with these credentials, or None. Records the time of sign-in."""
    user = find_staff_user(email)
    if user is None:
        # As slow as a wrong password, so the answer's timing does not tell who has an account.
        check_password_hash(_dummy_password_hash(), password)
        return None
    if not user.check_password(password) or not user.active:
        return None
    user.last_login_at = utcnow()
    db.session.commit()
    return user


def sign_out(user: StaffUser) -> None:
    """End the user's sessions on the server, so a copied session cookie no longer works."""
    user.end_sessions()
    db.session.commit()


@cache
def _dummy_password_hash() -> str:
    """A hash made like the real ones (same method and cost), computed once per process."""
    return generate_password_hash(secrets.token_urlsafe(16), method="scrypt")


def load_user(session_id: str) -> StaffUser | None:
    """Load from the session's "id:generation"; a new password or a sign-out ends older ones."""
    user_id, _, generation = session_id.partition(":")
    if not user_id.isdigit() or not generation.isdigit():
        return None
    user = db.session.get(StaffUser, int(user_id))
    if user is None or user.session_generation != int(generation):
        return None
    return user


def login_manager_setup(manager: LoginManager) -> None:
    manager.user_loader(load_user)
    manager.login_view = "auth.login"
    manager.login_message = _l("Please sign in to see this page.")
    manager.login_message_category = "info"
    manager.session_protection = "strong"
