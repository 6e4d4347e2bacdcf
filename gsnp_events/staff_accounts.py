"""Creating staff accounts and assigning roles (used by the CLI and the demo seed)."""

from flask import current_app
from flask_babel import gettext as _

from .auth.services import find_staff_user
from .extensions import db
from .models import AuditEntry, Event, Role, RoleAssignment, StaffUser


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


def _audit(action: str, user: StaffUser, actor: StaffUser, **data) -> None:
    db.session.add(
        AuditEntry(
            action=action, actor=actor, actor_label=actor.name, data={"user": user.id, **data}
        )
    )


def change_password(user: StaffUser, new_password: str, actor: StaffUser) -> None:
    """Set a new password; every session of ``user`` opened before ends."""
    check_password_strength(new_password)
    user.set_password(new_password)
    _audit("staff.password_changed", user, actor)
    db.session.commit()


def set_active(user: StaffUser, active: bool, actor: StaffUser) -> None:
    if user.id == actor.id and not active:
        raise StaffAccountError(_("You cannot deactivate your own account."), "self_deactivate")
    user.active = active
    user.session_generation += 1  # a deactivated user's open sessions end at once
    _audit("staff.activated" if active else "staff.deactivated", user, actor)
    db.session.commit()


def assign_role(user: StaffUser, role: Role, event: Event | None, actor: StaffUser) -> None:
    if (role == Role.ADMINISTRATOR) != (event is None):
        raise StaffAccountError(
            _("Administrators hold their role for every event; every other role needs an event."),
            "role_scope",
        )
    event_id = event.id if event else None
    if any(a.role == role and a.event_id == event_id for a in user.role_assignments):
        raise StaffAccountError(_("This person already holds that role."), "role_held")
    user.role_assignments.append(RoleAssignment(role=role, event=event))
    _audit("staff.role_assigned", user, actor, role=role.value, event=event_id)
    db.session.commit()


def remove_role(user: StaffUser, assignment_id: int, actor: StaffUser) -> None:
    assignment = next((a for a in user.role_assignments if a.id == assignment_id), None)
    if assignment is None:
        raise StaffAccountError(_("That role assignment no longer exists."), "role_missing")
    if user.id == actor.id and assignment.role == Role.ADMINISTRATOR:
        raise StaffAccountError(_("You cannot remove your own administrator role."), "self_demote")
    user.role_assignments.remove(assignment)
    _audit("staff.role_removed", user, actor, role=assignment.role, event=assignment.event_id)
    db.session.commit()
