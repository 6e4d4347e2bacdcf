"""The filtered list of registrations behind the review queue, the exports and bulk actions."""

import enum
import math
from dataclasses import dataclass, field

from sqlalchemy import Select, func, select
from sqlalchemy.orm import selectinload

from ..extensions import db
from ..models import Country, Event, Organisation, Photo, Registration
from ..text import fold


class Sort(enum.StrEnum):
    NEWEST = "newest"
    OLDEST = "oldest"
    FAMILY_NAME = "family_name"
    COUNTRY = "country"
    STATUS = "status"


ORDERINGS = {
    Sort.NEWEST: (Registration.created_at.desc(), Registration.id.desc()),
    Sort.OLDEST: (Registration.created_at, Registration.id),
    Sort.FAMILY_NAME: (Registration.family_name, Registration.given_name, Registration.id),
    Sort.COUNTRY: (Registration.nationality_code, Registration.family_name, Registration.id),
    Sort.STATUS: (Registration.status, Registration.created_at, Registration.id),
}


@dataclass
class RegistrationFilter:
    """What an organiser narrows the list by; empty fields do not filter."""

    statuses: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    region: str = ""
    category_ids: list[int] = field(default_factory=list)
    organisation_id: int | None = None
    vetting_statuses: list[str] = field(default_factory=list)
    search: str = ""
    sort: Sort = Sort.NEWEST

    def apply(self, query: Select, event: Event) -> Select:
        query = query.where(Registration.event_id == event.id)
        if self.statuses:
            query = query.where(Registration.status.in_(self.statuses))
        if self.countries:
            query = query.where(Registration.nationality_code.in_(self.countries))
        if self.region:
            query = query.where(
                Registration.nationality_code.in_(
                    select(Country.code).where(
                        (Country.region == self.region) | (Country.subregion == self.region)
                    )
                )
            )
        if self.category_ids:
            query = query.where(Registration.category_id.in_(self.category_ids))
        if self.organisation_id:
            query = query.where(Registration.organisation_id == self.organisation_id)
        if self.vetting_statuses:
            query = query.where(
                Registration.organisation_id.in_(
                    select(Organisation.id).where(
                        Organisation.vetting_status.in_(self.vetting_statuses)
                    )
                )
            )
        for word in fold(self.search).split():
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(Registration.search_text.like(f"%{escaped}%", escape="\\"))
        return query


@dataclass
class Page:
    items: list[Registration]
    total: int
    number: int
    size: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.size))

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.pages


def registrations_query(event: Event, filters: RegistrationFilter) -> Select:
    """Registrations matching ``filters``, ordered, with what a list row shows loaded."""
    return filters.apply(
        select(Registration).options(
            selectinload(Registration.category),
            selectinload(Registration.organisation),
            selectinload(Registration.nationality),
        ),
        event,
    ).order_by(*ORDERINGS[filters.sort])


def registration_page(
    event: Event, filters: RegistrationFilter, number: int = 1, size: int = 50
) -> Page:
    """One page of the list: a count query and a page query, however long the list."""
    total = db.session.scalar(filters.apply(select(func.count(Registration.id)), event))
    pages = max(1, math.ceil(total / size))
    number = min(max(1, number), pages)
    items = db.session.scalars(
        registrations_query(event, filters).limit(size).offset((number - 1) * size)
    ).all()
    return Page(items=list(items), total=total, number=number, size=size)


def matching_ids(event: Event, filters: RegistrationFilter) -> list[int]:
    """The ids of every registration matching ``filters``, on all pages (for bulk decisions)."""
    return list(
        db.session.scalars(filters.apply(select(Registration.id), event).order_by(Registration.id))
    )


def with_photo(registration_ids: list[int]) -> set[int]:
    """Which of these registrations have a photo (without loading the photos)."""
    return set(
        db.session.scalars(
            select(Photo.registration_id).where(Photo.registration_id.in_(registration_ids))
        )
    )


def possible_duplicates(registration: Registration, limit: int = 10) -> list[Registration]:
    """Other registrations of the event with the same folded name, or the same birth date and
    family name, or the same passport number under another nationality."""
    same_name = (func.lower(Registration.given_name) == registration.given_name.lower()) & (
        func.lower(Registration.family_name) == registration.family_name.lower()
    )
    conditions = [same_name]
    if registration.date_of_birth:
        conditions.append(
            (Registration.date_of_birth == registration.date_of_birth)
            & (func.lower(Registration.family_name) == registration.family_name.lower())
        )
    conditions.append(
        Registration.passport_number_normalised == registration.passport_number_normalised
    )
    if registration.name_local:
        conditions.append(Registration.name_local == registration.name_local)
    query = (
        select(Registration)
        .where(
            Registration.event_id == registration.event_id,
            Registration.id != registration.id,
            db.or_(*conditions),
        )
        .options(selectinload(Registration.organisation), selectinload(Registration.nationality))
        .order_by(Registration.id)
        .limit(limit)
    )
    return list(db.session.scalars(query))
