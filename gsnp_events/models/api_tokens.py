"""Tokens for the JSON API: one per staff member (acting with their roles) or per device
(a door scanner, scoped to one event's check-in). Only a hash of the token is stored."""

import enum
import hashlib
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import UTCDateTime, enum_check, utcnow


class TokenKind(enum.StrEnum):
    STAFF = "staff"
    DEVICE = "device"


def hash_token(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


class ApiToken(db.Model):
    __tablename__ = "api_tokens"
    __table_args__ = (
        enum_check("kind", TokenKind),
        CheckConstraint(
            "(kind = 'staff' AND staff_user_id IS NOT NULL) OR "
            "(kind = 'device' AND event_id IS NOT NULL)",
            name="scope",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))  # e.g. "Entrance scanner 2"
    kind: Mapped[str] = mapped_column(String(8))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    staff_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_users.id", ondelete="CASCADE"), index=True
    )
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    staff_user = relationship("StaffUser", foreign_keys=[staff_user_id])
    event = relationship("Event")

    @property
    def active(self) -> bool:
        return self.revoked_at is None
