"""Visa support letters, and each event's letterhead and signatory."""

from datetime import datetime

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import UTCDateTime, utcnow

_CURRENT = text("withdrawn_at IS NULL")


class LetterSettings(db.Model):
    """Who signs an event's visa support letters, and the letterhead above them."""

    __tablename__ = "letter_settings"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    organiser_name: Mapped[str] = mapped_column(String(200))
    organiser_address: Mapped[str] = mapped_column(String(500), default="")
    signatory_name: Mapped[str] = mapped_column(String(150))
    signatory_title: Mapped[str] = mapped_column(String(150))
    contact_email: Mapped[str] = mapped_column(String(254), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    event = relationship("Event")


class VisaLetter(db.Model):
    """One issued letter. What it says is kept as issued (``content``), so that the PDF reads
    the same every time it is downloaded, even if the registration changes afterwards.

    ``reference`` is random (not a sequence number): it is printed on the letter and carried
    by the QR code's verification link. At most one letter per registration is current.
    """

    __tablename__ = "visa_letters"
    __table_args__ = (
        CheckConstraint(
            "withdrawn_at IS NULL OR withdrawal_reason IS NOT NULL", name="withdrawal_has_reason"
        ),
        Index(
            "uq_visa_letters_current",
            "registration_id",
            unique=True,
            sqlite_where=_CURRENT,
            postgresql_where=_CURRENT,
        ),
        Index("ix_visa_letters_event_issued", "event_id", "issued_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(24), unique=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"))
    registration_id: Mapped[int] = mapped_column(ForeignKey("registrations.id"), index=True)
    language: Mapped[str] = mapped_column(String(8))  # the delegate's, beside English
    content: Mapped[dict] = mapped_column(JSON, default=dict)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    withdrawn_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    withdrawal_reason: Mapped[str | None] = mapped_column(Text)

    event = relationship("Event")
    registration = relationship("Registration")
    issued_by = relationship("StaffUser", foreign_keys=[issued_by_id])
    withdrawn_by = relationship("StaffUser", foreign_keys=[withdrawn_by_id])

    @property
    def valid(self) -> bool:
        return self.withdrawn_at is None


__all__ = ["LetterSettings", "VisaLetter"]
