"""Who comes from where: the numbers behind the event dashboard.

Coverage is counted against the country table (NAM membership as sourced in data/), never
against a number written in code.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from ..extensions import db
from ..models import Category, Country, Event, Registration, RegistrationStatus


@dataclass
class Bar:
    label: str
    value: int


@dataclass
class Dashboard:
    by_status_and_category: dict[tuple[str, int], int]
    categories: list[Category]
    total: int
    approved: int
    nam_members: int
    nam_represented: list[Country]
    nam_missing: list[Country]
    other_countries: int
    by_region: list[Bar]
    by_subregion: list[Bar]
    gender: list[Bar]
    per_day: list[Bar]

    def status_total(self, status: str) -> int:
        return sum(n for (s, _c), n in self.by_status_and_category.items() if s == status)

    def category_total(self, category_id: int) -> int:
        return sum(n for (_s, c), n in self.by_status_and_category.items() if c == category_id)


def dashboard(event: Event) -> Dashboard:
    counts = {
        (status, category_id): n
        for status, category_id, n in db.session.execute(
            select(Registration.status, Registration.category_id, func.count())
            .where(Registration.event_id == event.id)
            .group_by(Registration.status, Registration.category_id)
        )
    }
    approved_by_country = dict(
        db.session.execute(
            select(Registration.nationality_code, func.count())
            .where(
                Registration.event_id == event.id,
                Registration.status == RegistrationStatus.APPROVED,
            )
            .group_by(Registration.nationality_code)
        ).all()
    )
    countries = {c.code: c for c in db.session.scalars(select(Country))}
    members = sorted(
        (c for c in countries.values() if c.nam_status == "member"), key=lambda c: c.name
    )
    region, subregion, gender = Counter(), Counter(), Counter()
    for code, n in approved_by_country.items():
        country = countries[code]
        region[country.region or "—"] += n
        subregion[country.subregion or "—"] += n
    for value, n in db.session.execute(
        select(Registration.gender, func.count())
        .where(
            Registration.event_id == event.id,
            Registration.status == RegistrationStatus.APPROVED,
        )
        .group_by(Registration.gender)
    ):
        gender[value or ""] += n
    return Dashboard(
        by_status_and_category=counts,
        categories=list(event.categories),
        total=sum(counts.values()),
        approved=sum(approved_by_country.values()),
        nam_members=len(members),
        nam_represented=[c for c in members if c.code in approved_by_country],
        nam_missing=[c for c in members if c.code not in approved_by_country],
        other_countries=sum(
            1 for code in approved_by_country if countries[code].nam_status != "member"
        ),
        by_region=_bars(region),
        by_subregion=_bars(subregion),
        gender=[Bar(label, gender[label]) for label in ("female", "male", "other", "")],
        per_day=registrations_per_day(event),
    )


def registrations_per_day(event: Event) -> list[Bar]:
    """New registrations per calendar day in the event's time zone, gaps included."""
    zone = ZoneInfo(event.timezone)
    days = Counter(
        created.astimezone(zone).date()
        for created in db.session.scalars(
            select(Registration.created_at).where(Registration.event_id == event.id)
        )
    )
    if not days:
        return []
    first, last = min(days), max(days)
    return [
        Bar(day.isoformat(), days.get(day, 0))
        for day in (date.fromordinal(o) for o in range(first.toordinal(), last.toordinal() + 1))
    ]


def _bars(counter: Counter) -> list[Bar]:
    return [Bar(label, n) for label, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]
