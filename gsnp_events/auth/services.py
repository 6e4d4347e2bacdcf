"""Staff authentication."""

from flask_babel import lazy_gettext as _l
from flask_login import LoginManager
from sqlalchemy import func, select

from ..extensions import db
from ..models import StaffUser
from ..models.base import utcnow


def find_staff_user(email: str) -> StaffUser | None:
    return db.session.scalar(
        select(StaffUser).where(func.lower(StaffUser.email) == email.strip().lower())
    )


def authenticate(email: str, password: str) -> StaffUser | None:
    """The active user with these credentials, or None. Records the time of sign-in."""
    user = find_staff_user(email)
    if user is None or not user.active or not user.check_password(password):
        return None
    user.last_login_at = utcnow()
    db.session.commit()
    return user


def sign_out(user: StaffUser) -> None:
    """End the user's sessions on the server, so a copied session cookie no longer works."""
    user.end_sessions()
    db.session.commit()


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
