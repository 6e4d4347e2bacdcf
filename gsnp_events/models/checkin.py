"""Checkpoints of an event and the scans made at them."""

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import UTCDateTime, enum_check, utcnow


class ScanResult(enum.StrEnum):
    VALID = "valid"
    ALREADY_INSIDE = "already_inside"
    REVOKED = "revoked"
    SUPERSEDED = "superseded"  # replaced by a newer badge
    NOT_APPROVED = "not_approved"
    WRONG_EVENT = "wrong_event"
    UNKNOWN = "unknown"  # no badge with this number was printed (typed wrong, a preview)
    UNREADABLE = "unreadable"  # not a whole badge code (truncated, misread): scan again
    FORGED = "forged"  # the signature does not match: not a genuine badge of ours


class Direction(enum.StrEnum):
    IN = "in"
    OUT = "out"


class Checkpoint(db.Model):
    __tablename__ = "checkpoints"
    __table_args__ = (UniqueConstraint("event_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(100))
    counts_presence: Mapped[bool] = mapped_column(default=False)  # entries and exits
    position: Mapped[int] = mapped_column(default=0)

    event = relationship("Event")


class Scan(db.Model):
    """One scan of a badge at a checkpoint, online or uploaded later by a device."""

    __tablename__ = "scans"
    __table_args__ = (
        enum_check("result", ScanResult),
        enum_check("direction", Direction),
        # A device's retried upload carries the same UUID, so it is never counted twice.
        UniqueConstraint("client_uuid"),
        Index("ix_scans_checkpoint_registration", "checkpoint_id", "registration_id", "id"),
        Index("ix_scans_event_recorded", "event_id", "recorded_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    checkpoint_id: Mapped[int] = mapped_column(ForeignKey("checkpoints.id", ondelete="CASCADE"))
    registration_id: Mapped[int | None] = mapped_column(ForeignKey("registrations.id"))
    badge_version: Mapped[int | None]
    direction: Mapped[str] = mapped_column(String(3), default=Direction.IN)
    result: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(String(500))
    scanned_at: Mapped[datetime] = mapped_column(UTCDateTime)  # when the device saw the badge
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    client_uuid: Mapped[str] = mapped_column(String(36))
    staff_user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    api_token_id: Mapped[int | None] = mapped_column(ForeignKey("api_tokens.id"))
    device_result: Mapped[str | None] = mapped_column(String(16))  # what an offline device showed
    typed: Mapped[bool] = mapped_column(default=False)  # the printed number, typed by hand
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    undone_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))

    checkpoint = relationship("Checkpoint")
    registration = relationship("Registration")
    staff_user = relationship("StaffUser", foreign_keys=[staff_user_id])
