"""Creating staff accounts and assigning roles (used by the CLI and the demo seed)."""

from flask import current_app
from flask_babel import gettext as _

from .auth.services import find_staff_user
from .extensions import db
from .models import Event, Role, RoleAssignment, StaffUser


class StaffAccountError(ValueError):
    def __init__(self, message: str, code: str):
        super().__init__(message)
        self.code = code


def check_password_strength(password: str) -> None:
    minimum = current_app.config["MIN_PASSWORD_LENGTH"]
    if len(password) < minimum:
        raise StaffAccountError(
            _("The password must have at least %(n)d characters.", n=minimum), "password_short"
        )
    if len(set(password)) < 6:
        raise StaffAccountError(
            _("The password repeats too few characters; choose a less predictable one."),
            "password_weak",
        )


def create_staff_user(
    email: str, name: str, password: str, role: Role, event: Event | None
) -> tuple[StaffUser, bool]:
    """Create the account (or find it by e-mail) and assign ``role``. Does not commit."""
    if (role == Role.ADMINISTRATOR) != (event is None):
        raise StaffAccountError(
            _("Administrators hold their role for every event; every other role needs an event."),
            "role_scope",
        )
    user = find_staff_user(email)
    created = user is None
    if created:
        check_password_strength(password)
        user = StaffUser(email=email.strip().lower(), name=name.strip(), session_generation=0)
        user.set_password(password)
        db.session.add(user)
    event_id = event.id if event else None
    if not any(a.role == role and a.event_id == event_id for a in user.role_assignments):
        user.role_assignments.append(RoleAssignment(role=role, event=event))
    return user, created
