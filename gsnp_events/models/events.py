"""Events (assemblies) and their participant categories."""

from datetime import date, datetime

from sqlalchemy import JSON, CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import UTCDateTime, utcnow

# The texts an event may give in each of its languages, besides its default text (its column).
TEXT_FIELDS = ("name", "venue", "city", "description", "data_protection_notice", "email_signature")


class Event(db.Model):
    __tablename__ = "events"
    __table_args__ = (
        CheckConstraint("ends_on >= starts_on", name="dates_ordered"),
        CheckConstraint(
            "registration_closes_at > registration_opens_at", name="registration_window_ordered"
        ),
        CheckConstraint("capacity IS NULL OR capacity >= 0", name="capacity_non_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str] = mapped_column(String(60))
    venue: Mapped[str] = mapped_column(String(200))
    city: Mapped[str] = mapped_column(String(100))
    country_code: Mapped[str] = mapped_column(ForeignKey("countries.code"))
    timezone: Mapped[str] = mapped_column(String(64))
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    registration_opens_at: Mapped[datetime] = mapped_column(UTCDateTime)
    registration_closes_at: Mapped[datetime] = mapped_column(UTCDateTime)
    published: Mapped[bool] = mapped_column(default=False)
    capacity: Mapped[int | None]
    organisation_limit: Mapped[int | None]  # delegates per organisation
    country_limit: Mapped[int | None]  # delegates per nationality
    minimum_age: Mapped[int | None]
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    data_protection_notice: Mapped[str] = mapped_column(Text, default="")
    data_protection_version: Mapped[str] = mapped_column(String(20), default="1")
    description: Mapped[str] = mapped_column(Text, default="")  # on the event and home pages
    email_signature: Mapped[str] = mapped_column(Text, default="")  # at the foot of e-mails
    # Per-language texts, {"ar": {"name": ..., "venue": ...}}: only the TEXT_FIELDS given.
    texts: Mapped[dict[str, dict[str, str]]] = mapped_column(JSON, default=dict)
    unconfirmed_expiry_hours: Mapped[int] = mapped_column(default=48)
    allow_walk_ins: Mapped[bool] = mapped_column(default=False)  # the badge desk may register
    # Approving someone without a photo needs the officer's word that the desk will take one.
    photo_required: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    country = relationship("Country")
    categories: Mapped[list["Category"]] = relationship(
        back_populates="event", order_by="Category.position", cascade="all, delete-orphan"
    )

    def registration_open(self, now: datetime) -> bool:
        return self.published and self.registration_opens_at <= now < self.registration_closes_at

    def own_text(self, field: str, language: str | None) -> str | None:
        """The event's text in ``language``, None when it gives none in that language."""
        if field not in TEXT_FIELDS:
            raise ValueError(f"not an event text: {field}")
        return (self.texts or {}).get(language or "", {}).get(field) or None

    def text(self, field: str, language: str | None) -> str:
        """The event's text in ``language``, else its default text."""
        return self.own_text(field, language) or getattr(self, field) or ""

    def __repr__(self) -> str:
        return f"<Event {self.slug}>"


class Category(db.Model):
    """A kind of participant (delegate, observer, media ...), with its badge colour and quota."""

    __tablename__ = "categories"
    __table_args__ = (
        UniqueConstraint("event_id", "code"),
        CheckConstraint("quota IS NULL OR quota >= 0", name="quota_non_negative"),
        CheckConstraint("length(colour) = 7 AND substr(colour, 1, 1) = '#'", name="colour_hex"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(100))
    badge_label: Mapped[str] = mapped_column(String(40))
    colour: Mapped[str] = mapped_column(String(7))
    quota: Mapped[int | None]
    public: Mapped[bool] = mapped_column(default=True)  # delegates may choose it themselves
    sensitive: Mapped[bool] = mapped_column(default=False)  # needs a second approval
    position: Mapped[int] = mapped_column(default=0)

    event: Mapped[Event] = relationship(back_populates="categories")

    def __repr__(self) -> str:
        return f"<Category {self.code}>"
