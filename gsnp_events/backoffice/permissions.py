"""Named permissions, declared once, and the decorator that loads an event and checks one.

A view names the permission it needs; the roles that grant it are listed here, not in view
bodies. Administrators hold every permission for every event.
"""

import enum
from collections.abc import Callable
from functools import wraps

from flask import abort
from flask_login import current_user, login_required
from sqlalchemy import select

from ..extensions import db
from ..models import Event, Role, StaffUser


class Permission(enum.StrEnum):
    VIEW_REGISTRATIONS = "view_registrations"
    REVIEW_REGISTRATIONS = "review_registrations"
    VET_ORGANISATIONS = "vet_organisations"
    MANAGE_EVENT = "manage_event"
    EXPORT = "export"
    PRINT_BADGES = "print_badges"
    VIEW_AUDIT = "view_audit"
    CHECK_IN = "check_in"


GRANTED_BY: dict[Permission, tuple[Role, ...]] = {
    Permission.VIEW_REGISTRATIONS: (
        Role.EVENT_MANAGER,
        Role.ACCREDITATION_OFFICER,
        Role.BADGE_DESK,
        Role.VIEWER,
    ),
    Permission.REVIEW_REGISTRATIONS: (Role.EVENT_MANAGER, Role.ACCREDITATION_OFFICER),
    Permission.VET_ORGANISATIONS: (Role.EVENT_MANAGER, Role.ACCREDITATION_OFFICER),
    Permission.MANAGE_EVENT: (Role.EVENT_MANAGER,),
    Permission.EXPORT: (Role.EVENT_MANAGER, Role.ACCREDITATION_OFFICER, Role.VIEWER),
    Permission.PRINT_BADGES: (Role.EVENT_MANAGER, Role.BADGE_DESK),
    Permission.VIEW_AUDIT: (Role.EVENT_MANAGER, Role.ACCREDITATION_OFFICER),
    Permission.CHECK_IN: (Role.EVENT_MANAGER, Role.BADGE_DESK),
}


def can(user: StaffUser, permission: Permission, event: Event) -> bool:
    return user.is_authenticated and user.has_role(event.id, *GRANTED_BY[permission])


def event_permission_required(permission: Permission) -> Callable:
    """Load the event named by ``slug`` in the URL (404) and check ``permission`` (403).

    The view receives the event instead of the slug.
    """

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        @login_required
        def wrapped(slug: str, **kwargs):
            event = db.session.scalar(select(Event).where(Event.slug == slug))
            if event is None:
                abort(404)
            if not can(current_user, permission, event):
                abort(403)
            return view(event, **kwargs)

        return wrapped

    return decorator


def administrator_required(view: Callable) -> Callable:
    @wraps(view)
    @login_required
    def wrapped(**kwargs):
        if not current_user.is_administrator:
            abort(403)
        return view(**kwargs)

    return wrapped
