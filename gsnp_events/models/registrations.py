"""Registrations of people for an event, and their photos."""

import enum
from datetime import date, datetime

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    text,
)
from sqlalchemy import event as sa_event
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from ..extensions import db
from ..names import NameOrder, latin_name, name_order
from ..text import search_text
from .base import UTCDateTime, enum_check, utcnow


class RegistrationStatus(enum.StrEnum):
    UNCONFIRMED = "unconfirmed"  # e-mail address not yet confirmed
    AWAITING_ENDORSEMENT = "awaiting_endorsement"  # waits for the NGO's focal point
    SUBMITTED = "submitted"  # in the accreditation officers' queue
    INFO_REQUESTED = "info_requested"  # the delegate is asked for more information
    INFO_PROVIDED = "info_provided"  # answered: back in the officers' queue
    WAITLISTED = "waitlisted"
    APPROVED = "approved"
    REJECTED = "rejected"
    SUSPENDED = "suspended"
    REVOKED = "revoked"
    CANCELLED = "cancelled"  # by the delegate
    EXPIRED = "expired"  # never confirmed


# A person may register again once an earlier registration has ended this way.
INACTIVE_STATUSES = (RegistrationStatus.CANCELLED, RegistrationStatus.EXPIRED)
_ACTIVE = text("status NOT IN ('cancelled', 'expired')")


class Gender(enum.StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


class Registration(db.Model):
    __tablename__ = "registrations"
    __table_args__ = (
        enum_check("status", RegistrationStatus),
        enum_check("name_order", NameOrder),  # NULL passes: not chosen
        CheckConstraint("gender IS NULL OR gender IN ('female', 'male', 'other')", name="gender"),
        CheckConstraint(
            "departure_date IS NULL OR arrival_date IS NULL OR departure_date >= arrival_date",
            name="travel_dates_ordered",
        ),
        CheckConstraint("version > 0", name="version_positive"),
        # One active registration per person and event, enforced by the database.
        Index(
            "uq_registrations_event_email_active",
            "event_id",
            "email_normalised",
            unique=True,
            sqlite_where=_ACTIVE,
            postgresql_where=_ACTIVE,
        ),
        Index(
            "uq_registrations_event_passport_active",
            "event_id",
            "nationality_code",
            "passport_number_normalised",
            unique=True,
            sqlite_where=_ACTIVE,
            postgresql_where=_ACTIVE,
        ),
        Index("ix_registrations_event_status", "event_id", "status"),
        Index("ix_registrations_status_confirmation_due", "status", "confirmation_due_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"))
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    status: Mapped[str] = mapped_column(String(24), default=RegistrationStatus.UNCONFIRMED)
    version: Mapped[int] = mapped_column(default=1)

    # The person. Names in Latin letters, as in the passport's machine-readable zone.
    title: Mapped[str | None] = mapped_column(String(40))
    given_name: Mapped[str] = mapped_column(String(100))
    family_name: Mapped[str] = mapped_column(String(100))
    name_local: Mapped[str | None] = mapped_column(String(200))  # in the person's own script
    badge_name: Mapped[str | None] = mapped_column(String(100))  # preferred name on the badge
    # The order the person writes their names in (names.NameOrder); None: not chosen, the
    # custom of their nationality applies.
    name_order: Mapped[str | None] = mapped_column(String(12))
    gender: Mapped[str | None] = mapped_column(String(8))
    nationality_code: Mapped[str] = mapped_column(ForeignKey("countries.code"), index=True)
    date_of_birth: Mapped[date | None]
    passport_number: Mapped[str] = mapped_column(String(32))
    passport_number_normalised: Mapped[str] = mapped_column(String(32))
    passport_expiry: Mapped[date | None]
    email: Mapped[str] = mapped_column(String(254))
    email_normalised: Mapped[str] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(20))  # E.164
    position: Mapped[str | None] = mapped_column(String(150))  # job title in the organisation
    preferred_language: Mapped[str] = mapped_column(String(8), default="en")

    # Participation, travel and needs.
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)  # languages spoken
    interpretation_language: Mapped[str | None] = mapped_column(String(8))
    dietary_needs: Mapped[str | None] = mapped_column(String(500))
    accessibility_needs: Mapped[str | None] = mapped_column(String(500))
    arrival_date: Mapped[date | None]
    departure_date: Mapped[date | None]
    visa_support_requested: Mapped[bool] = mapped_column(default=False)

    consent_given_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    consent_version: Mapped[str | None] = mapped_column(String(20))
    consent_text: Mapped[str | None] = mapped_column(Text)  # the notice exactly as shown
    # The language of that notice; None: the event's default notice (as before 0015).
    consent_language: Mapped[str | None] = mapped_column(String(8))

    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # An unconfirmed e-mail address must be confirmed by then, or the registration expires.
    confirmation_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Delegation registrations: entered by the NGO's focal point, who is their contact.
    registered_by_focal_point: Mapped[bool] = mapped_column(default=False)
    # Self-registered for an NGO with a focal point: needs the focal point's endorsement.
    endorsement_required: Mapped[bool] = mapped_column(default=False)
    endorsed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Four eyes for sensitive categories: the first of the two approvals.
    first_approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    first_approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Names, e-mail and passport folded for search (see text.fold); kept current on every write.
    search_text: Mapped[str] = mapped_column(Text, default="")

    event = relationship("Event")
    category = relationship("Category")
    organisation = relationship("Organisation")
    nationality = relationship("Country")
    first_approved_by = relationship("StaffUser")
    photo: Mapped["Photo | None"] = relationship(
        back_populates="registration", uselist=False, cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}

    @property
    def order(self) -> NameOrder:
        """The order of the names: as chosen, else the custom of the nationality."""
        return name_order(self.name_order, self.nationality_code)

    @property
    def full_name(self) -> str:
        """The name in Latin letters, in the person's order: "Amina Yusuf", "KIM Eun-jong"."""
        return latin_name(self.given_name, self.family_name, self.order)

    @property
    def listed_name(self) -> str:
        """As in lists sorted by family name: "Amina YUSUF", "KIM Eun-jong"."""
        return latin_name(self.given_name, self.family_name, self.order, listed=True)

    @property
    def display_name(self) -> str:
        """The name as the person writes it: own script first, else Latin letters."""
        return self.name_local or self.badge_name or self.full_name

    @property
    def reference(self) -> str:
        return registration_reference(self.event_id, self.id)

    def __repr__(self) -> str:
        return f"<Registration {self.id} {self.status}>"


def registration_reference(event_id: int, registration_id: int) -> str:
    """What staff and delegates call a registration: "01-000092" (event 1, number 92)."""
    return f"{event_id:02d}-{registration_id:06d}"


@sa_event.listens_for(Registration, "before_insert")
@sa_event.listens_for(Registration, "before_update")
def _fold_search_text(mapper, connection, registration: Registration) -> None:
    registration.search_text = search_text(getattr(registration, name) for name in SEARCHED)


# The columns that search finds a registration by (folded into search_text).
SEARCHED = (
    "given_name",
    "family_name",
    "name_local",
    "badge_name",
    "email",
    "passport_number_normalised",
)


class Photo(db.Model):
    """A normalised JPEG, kept in the database so that every app server can serve it."""

    __tablename__ = "photos"

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registrations.id", ondelete="CASCADE"), unique=True
    )
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    width: Mapped[int]
    height: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    registration: Mapped[Registration] = relationship(back_populates="photo")


__all__ = ["Gender", "INACTIVE_STATUSES", "Photo", "Registration", "RegistrationStatus"]
