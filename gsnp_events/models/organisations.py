"""Organisations (NGOs) and their vetting status."""

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy import event as sa_event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ..text import fold
from .base import UTCDateTime, enum_check, utcnow

_NOT_MERGED = text("merged_into_id IS NULL")


class VettingStatus(enum.StrEnum):
    TO_BE_VETTED = "to_be_vetted"
    VERIFIED = "verified"
    REJECTED = "rejected"
    MERGED = "merged"


class Organisation(db.Model):
    __tablename__ = "organisations"
    __table_args__ = (
        enum_check("vetting_status", VettingStatus),
        # One organisation per folded name and country (a merged duplicate keeps its name).
        Index(
            "uq_organisations_country_name_folded",
            "country_code",
            "name_folded",
            unique=True,
            sqlite_where=_NOT_MERGED,
            postgresql_where=_NOT_MERGED,
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))  # in Latin letters
    name_local: Mapped[str | None] = mapped_column(String(200))  # in its own script
    name_folded: Mapped[str] = mapped_column(String(200), default="")  # fold(name), kept below
    # fold() of the name, the local name and the acronym, for the organisation picker's search.
    search_text: Mapped[str] = mapped_column(Text, default="")
    acronym: Mapped[str | None] = mapped_column(String(20))
    country_code: Mapped[str] = mapped_column(ForeignKey("countries.code"), index=True)
    city: Mapped[str | None] = mapped_column(String(100))
    registration_number: Mapped[str | None] = mapped_column(String(64))
    website: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    vetting_status: Mapped[str] = mapped_column(String(16), default=VettingStatus.TO_BE_VETTED)
    vetting_reason: Mapped[str | None] = mapped_column(String(500))
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    # The NGO's designated contact: registers and manages its delegation from the portal and
    # endorses delegates who register themselves for the NGO (see accreditation/workflow.py).
    focal_point_name: Mapped[str | None] = mapped_column(String(150))
    focal_point_email: Mapped[str | None] = mapped_column(String(254))  # normalised, lower case
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    country = relationship("Country")
    merged_into = relationship("Organisation", remote_side=[id])

    def has_focal_point(self) -> bool:
        return bool(self.focal_point_email)

    def __repr__(self) -> str:
        return f"<Organisation {self.id} {self.name!r}>"


def _search_text(name: str | None, name_local: str | None, acronym: str | None) -> str:
    return " | ".join(fold(part) for part in (name, name_local, acronym) if part)


@sa_event.listens_for(Organisation, "before_insert")
@sa_event.listens_for(Organisation, "before_update")
def _fold_names(mapper, connection, organisation: Organisation) -> None:
    organisation.name_folded = fold(organisation.name)[:200]
    organisation.search_text = _search_text(
        organisation.name, organisation.name_local, organisation.acronym
    )
