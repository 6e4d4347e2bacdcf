"""Staff users and their roles, assigned per event."""

import enum
from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import ForeignKey, Index, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from ..extensions import db
from .base import UTCDateTime, enum_check, utcnow


class Role(enum.StrEnum):
    ADMINISTRATOR = "administrator"  # every event, and staff management
    EVENT_MANAGER = "event_manager"
    ACCREDITATION_OFFICER = "accreditation_officer"
    BADGE_DESK = "badge_desk"
    VIEWER = "viewer"


class StaffUser(UserMixin, db.Model):
    __tablename__ = "staff_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(150))
    password_hash: Mapped[str] = mapped_column(String(255))
    # Raised on a password change and at sign-out: sessions carry it, so every older one ends.
    session_generation: Mapped[int] = mapped_column(default=1)
    active: Mapped[bool] = mapped_column(default=True)
    preferred_language: Mapped[str] = mapped_column(String(8), default="en")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    role_assignments: Mapped[list["RoleAssignment"]] = relationship(
        back_populates="user", cascade="all, delete-orphan"
    )

    def set_password(self, password: str) -> None:
        self.password_hash = generate_password_hash(password, method="scrypt")
        self.end_sessions()

    def end_sessions(self) -> None:
        """End every session of this user, including copies of its cookie."""
        self.session_generation = (self.session_generation or 0) + 1

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)

    @property
    def is_active(self) -> bool:
        return self.active

    def get_id(self) -> str:
        return f"{self.id}:{self.session_generation}"

    @property
    def is_administrator(self) -> bool:
        return any(a.role == Role.ADMINISTRATOR for a in self.role_assignments)

    def has_role(self, event_id: int, *roles: Role) -> bool:
        """Whether the user holds one of ``roles`` for the event (administrators hold all)."""
        return any(
            a.role == Role.ADMINISTRATOR or (a.event_id == event_id and a.role in roles)
            for a in self.role_assignments
        )

    def __repr__(self) -> str:
        return f"<StaffUser {self.email}>"


class RoleAssignment(db.Model):
    __tablename__ = "role_assignments"
    __table_args__ = (
        enum_check("role", Role),
        UniqueConstraint("user_id", "event_id", "role"),
        # Administrators hold their role for every event; everyone else for one.
        db.CheckConstraint(
            "(role = 'administrator') = (event_id IS NULL)", name="administrator_unscoped"
        ),
        Index(
            "uq_role_assignments_administrator",
            "user_id",
            unique=True,
            sqlite_where=text("event_id IS NULL"),
            postgresql_where=text("event_id IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id", ondelete="CASCADE"))
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(32))

    user: Mapped[StaffUser] = relationship(back_populates="role_assignments")
    event = relationship("Event")
