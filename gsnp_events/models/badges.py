"""Printed badges. A reprint adds a version; only the newest one opens doors."""

import enum
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, LargeBinary, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

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


class PrintJobStatus(enum.StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class BadgePrintJob(db.Model):
    """One print run: the badges chosen, its progress, and the resulting PDF (kept in the
    database, like photos, so that every app server and worker can serve it)."""

    __tablename__ = "badge_print_jobs"
    __table_args__ = (
        enum_check("status", PrintJobStatus),
        Index("ix_badge_print_jobs_event_created", "event_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(8), default=PrintJobStatus.QUEUED)
    layout: Mapped[str] = mapped_column(String(32))
    back_side: Mapped[bool] = mapped_column(default=False)
    sort_order: Mapped[str] = mapped_column(String(32))
    filters: Mapped[dict] = mapped_column(JSON, default=dict)  # as chosen, for the record
    registration_ids: Mapped[list[int]] = mapped_column(JSON, default=list)  # in print order
    reprint_reason: Mapped[str | None] = mapped_column(String(500))
    runner: Mapped[str] = mapped_column(String(8), default="inline")  # inline, thread or rq
    total: Mapped[int] = mapped_column(default=0)
    done: Mapped[int] = mapped_column(default=0)
    error: Mapped[str | None] = mapped_column(String(1000))
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    pages: Mapped[int | None]
    pdf_size: Mapped[int | None]
    pdf: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    pdf_removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # see purge_job_pdfs

    event = relationship("Event")
    created_by = relationship("StaffUser")

    @property
    def finished(self) -> bool:
        return self.status in (PrintJobStatus.DONE, PrintJobStatus.FAILED)

    @property
    def percent(self) -> int:
        return (
            100 if self.status == PrintJobStatus.DONE else int(100 * self.done / (self.total or 1))
        )
