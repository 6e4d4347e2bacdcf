"""Printed badges. A reprint adds a version; only the newest one opens doors."""

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import UTCDateTime, enum_check, utcnow


class BadgeStatus(enum.StrEnum):
    CURRENT = "current"
    SUPERSEDED = "superseded"  # replaced by a reprint
    REVOKED = "revoked"


class Badge(db.Model):
    __tablename__ = "badges"
    __table_args__ = (
        enum_check("status", BadgeStatus),
        UniqueConstraint("registration_id", "version"),
        Index(
            "uq_badges_current",
            "registration_id",
            unique=True,
            sqlite_where=text("status = 'current'"),
            postgresql_where=text("status = 'current'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(ForeignKey("registrations.id"), index=True)
    version: Mapped[int]
    status: Mapped[str] = mapped_column(String(12), default=BadgeStatus.CURRENT)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    printed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    printed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    reprint_reason: Mapped[str | None] = mapped_column(String(500))
    handed_over_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    handed_over_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))

    registration = relationship("Registration")
    printed_by = relationship("StaffUser", foreign_keys=[printed_by_id])
    handed_over_by = relationship("StaffUser", foreign_keys=[handed_over_by_id])
