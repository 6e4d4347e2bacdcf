"""The append-only audit trail: who did what, when, and why."""

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, String, event
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from ..extensions import db
from .base import UTCDateTime, utcnow


class AuditEntry(db.Model):
    __tablename__ = "audit_entries"
    __table_args__ = (Index("ix_audit_entries_event_created", "event_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    action: Mapped[str] = mapped_column(String(64))  # dotted, e.g. "registration.approved"
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), index=True)
    actor_label: Mapped[str] = mapped_column(String(150))  # "delegate", "system", a staff name
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"))
    registration_id: Mapped[int | None] = mapped_column(ForeignKey("registrations.id"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    reason: Mapped[str | None] = mapped_column(String(1000))
    data: Mapped[dict] = mapped_column(JSON, default=dict)

    actor = relationship("StaffUser")

    @classmethod
    def about(
        cls,
        registration,
        action: str,
        *,
        actor=None,
        label: str | None = None,
        reason: str | None = None,
        data: dict | None = None,
    ) -> "AuditEntry":
        """An entry about one registration; its event and organisation come with it.

        ``actor`` is the staff user who acted, ``label`` names any other actor ("delegate")."""
        return cls(
            action=action,
            actor_id=actor.id if actor is not None else None,
            actor_label=(label or (actor.name if actor is not None else "system"))[:150],
            event_id=registration.event_id,
            registration_id=registration.id,
            organisation_id=registration.organisation_id,
            reason=reason,
            data=data or {},
        )


class AuditTrailIsAppendOnly(Exception):
    pass


@event.listens_for(Session, "before_flush")
def _refuse_audit_changes(session: Session, flush_context, instances) -> None:
    for obj in (*session.dirty, *session.deleted):
        if isinstance(obj, AuditEntry) and (obj in session.deleted or session.is_modified(obj)):
            raise AuditTrailIsAppendOnly("audit entries cannot be changed or deleted")
