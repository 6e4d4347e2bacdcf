"""The demo assembly: realistic, complete, and the same however often it is loaded."""

import unicodedata
from collections import Counter

from sqlalchemy import delete, func, select

from gsnp_events.demo.seed import SLUG, STAFF, seed_demo
from gsnp_events.extensions import db
from gsnp_events.models import (
    Category,
    Checkpoint,
    Country,
    Event,
    Organisation,
    Registration,
    RegistrationStatus,
    Role,
    StaffUser,
)
from tests.factories import login

SCRIPTS = [
    "ARABIC",
    "BENGALI",
    "DEVANAGARI",
    "TAMIL",
    "SINHALA",
    "THAI",
    "KHMER",
    "MYANMAR",
    "LAO",
    "ETHIOPIC",
    "CYRILLIC",
    "HANGUL",
]


def _counts() -> dict:
    return {
        model.__name__: db.session.scalar(select(func.count()).select_from(model))
        for model in (Event, Category, Organisation, Registration, StaffUser, Checkpoint)
    }


def _scripts_of(text: str) -> set[str]:
    return {unicodedata.name(c, "").split(" ")[0] for c in text if not c.isspace()}


def test_seed_builds_the_founding_assembly_and_is_idempotent(client):
    report = seed_demo()
    event = db.session.scalar(select(Event).where(Event.slug == SLUG))
    assert event.name == "Global South NGO Platform — Founding Assembly"
    assert event.city == "Baku" and event.published
    from gsnp_events.models.base import utcnow

    assert event.registration_open(utcnow())
    first = _counts()
    assert report.registrations == first["Registration"] == 1000

    # NGOs from 116 NAM member states, each with at least one approved delegate.
    countries = db.session.scalars(select(Organisation.country_code).distinct()).all()
    assert len(countries) == 116
    assert all(db.session.get(Country, c).nam_status == "member" for c in countries)
    approved_countries = db.session.scalars(
        select(Registration.nationality_code)
        .where(Registration.status == RegistrationStatus.APPROVED)
        .distinct()
    ).all()
    assert len(approved_countries) == 116

    # Every status in every category.
    pairs = set(db.session.execute(select(Registration.status, Category.code).join(Category)).all())
    assert len(pairs) == len(RegistrationStatus) * first["Category"]

    # Names in the scripts of the countries.
    seen = Counter()
    for name in db.session.scalars(
        select(Registration.name_local).where(Registration.name_local.is_not(None))
    ):
        seen.update(_scripts_of(name))
    assert set(SCRIPTS) <= set(seen), set(SCRIPTS) - set(seen)
    latin_diacritics = db.session.scalars(select(Registration.given_name)).all()
    assert any(not n.isascii() for n in latin_diacritics)

    # Every staff role can sign in with the printed credentials.
    summary = report.summary()
    for email, _name, role, password in STAFF:
        assert email in summary and password in summary
        user = db.session.scalar(select(StaffUser).where(StaffUser.email == email))
        assert {a.role for a in user.role_assignments} == {role}
    assert {role for _e, _n, role, _p in STAFF} == set(Role)
    assert login(client, user, STAFF[-1][3]).status_code == 302

    # Most delegates have a (drawn) photo, as the badges need.
    from gsnp_events.models import Photo

    assert db.session.scalar(select(func.count()).select_from(Photo)) >= 850

    # The doors of the venue, for the badge desk to scan at.
    checkpoints = db.session.scalars(
        select(Checkpoint).where(Checkpoint.event_id == event.id).order_by(Checkpoint.position)
    ).all()
    assert [(c.code, c.name, c.counts_presence) for c in checkpoints] == [
        ("entrance", "Main entrance", True),
        ("plenary", "Plenary hall", True),
        ("media", "Media centre", False),
    ]
    desk_email, _name, _role, desk_password = next(s for s in STAFF if s[2] == Role.BADGE_DESK)
    desk = db.session.scalar(select(StaffUser).where(StaffUser.email == desk_email))
    client.post("/staff/logout")
    login(client, desk, desk_password)
    page = client.get(f"/onsite/events/{SLUG}/checkpoints").get_data(as_text=True)
    assert "Main entrance" in page and "Plenary hall" in page

    # The history it writes is not dated after the seeding.
    from gsnp_events.models import AuditEntry

    latest = db.session.scalar(select(func.max(AuditEntry.created_at)))
    assert latest <= utcnow()
    assert db.session.scalar(select(func.count()).select_from(AuditEntry)) >= 1000

    # A second run changes nothing.
    again = seed_demo()
    assert not again.created and _counts() == first

    # A demo loaded before checkpoints existed gets them on the next run.
    db.session.execute(delete(Checkpoint))
    db.session.commit()
    seed_demo()
    assert _counts() == first
