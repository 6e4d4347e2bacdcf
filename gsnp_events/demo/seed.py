"""The demo assembly: the founding meeting of the Global South NGO Platform in Baku.

Deterministic (a fixed random seed) and idempotent: a second run finds the event and
changes nothing. Dates are relative to today so the demo never goes stale.
"""

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select

from ..extensions import db
from ..models import (
    AuditEntry,
    Category,
    Checkpoint,
    Country,
    Event,
    LetterSettings,
    Organisation,
    Registration,
    RegistrationStatus,
    Role,
    StaffUser,
    VettingStatus,
)
from ..staff_accounts import create_staff_user
from .people import COUNTRY_NAMINGS, NAMINGS, ORGANISATION_PATTERNS, PLACES, NameForm, Naming
from .photos import add_demo_photos

SLUG = "founding-assembly"
COUNTRIES_REPRESENTED = 116  # as at the real founding meeting
TARGET_REGISTRATIONS = 1000
UNSPACED_SCRIPTS = {"CJK", "MYANMAR", "TIBETAN"}

CATEGORIES = [
    # code, name, badge label, colour, quota, public, sensitive
    ("delegate", "Delegate", "DELEGATE", "#1f5fa8", 700, True, False),
    ("head", "Head of delegation", "HEAD OF DELEGATION", "#7a1f5c", 130, True, False),
    ("observer", "Observer", "OBSERVER", "#2e7d32", 120, True, False),
    ("speaker", "Speaker", "SPEAKER", "#c45500", 50, False, True),
    ("media", "Media", "MEDIA", "#6a4c93", 60, True, False),
    ("staff", "Staff", "STAFF", "#37474f", 40, False, False),
    ("guest", "Guest of honour", "GUEST", "#b8860b", 20, False, True),
]
CATEGORY_WEIGHTS = {
    "delegate": 62,
    "head": 12,
    "observer": 10,
    "speaker": 4,
    "media": 6,
    "staff": 4,
    "guest": 2,
}
STATUS_WEIGHTS = {
    RegistrationStatus.APPROVED: 45,
    RegistrationStatus.SUBMITTED: 17,
    RegistrationStatus.INFO_REQUESTED: 5,
    RegistrationStatus.INFO_PROVIDED: 2,
    RegistrationStatus.WAITLISTED: 5,
    RegistrationStatus.UNCONFIRMED: 6,
    RegistrationStatus.AWAITING_ENDORSEMENT: 4,
    RegistrationStatus.REJECTED: 5,
    RegistrationStatus.CANCELLED: 5,
    RegistrationStatus.SUSPENDED: 1,
    RegistrationStatus.REVOKED: 2,
    RegistrationStatus.EXPIRED: 5,
}
DECISION_REASONS = {
    RegistrationStatus.REJECTED: "The organisation could not be verified as an NGO.",
    RegistrationStatus.INFO_REQUESTED: "Please upload a passport-style photo with a plain background.",
    RegistrationStatus.REVOKED: "The delegate's organisation withdrew the nomination.",
    RegistrationStatus.SUSPENDED: "On hold while a duplicate registration is checked.",
}
DIETARY = [None] * 6 + ["Halal", "Vegetarian", "Vegan", "No pork", "Gluten-free"]
ACCESSIBILITY = [None] * 20 + ["Wheelchair access", "Sign language interpretation"]
TITLES = [None, None, "Dr", "Prof.", "Mr", "Ms"]
POSITIONS = [
    "Executive Director",
    "Programme Officer",
    "Board Member",
    "Policy Adviser",
    "Communications Officer",
    "Project Coordinator",
    "Founder",
    "Legal Counsel",
]

CHECKPOINTS = [
    # code, name, counts presence (entries and exits)
    ("entrance", "Main entrance", True),
    ("plenary", "Plenary hall", True),
    ("media", "Media centre", False),
]

# Demo passwords, printed by the command; this is demo data, never a production set-up.
STAFF = [
    ("admin@gsnp-events.example", "Amina Rahimova", Role.ADMINISTRATOR, "demo-admin-baku-2026"),
    ("manager@gsnp-events.example", "Jorge Salazar", Role.EVENT_MANAGER, "demo-manager-baku-2026"),
    (
        "officer@gsnp-events.example",
        "Nadia Haddad",
        Role.ACCREDITATION_OFFICER,
        "demo-officer-baku-2026",
    ),
    ("desk@gsnp-events.example", "Kwame Mensah", Role.BADGE_DESK, "demo-desk-baku-2026"),
    ("viewer@gsnp-events.example", "Leila Karimova", Role.VIEWER, "demo-viewer-baku-2026"),
]


@dataclass
class SeedReport:
    created: bool
    event: Event
    organisations: int = 0
    registrations: int = 0
    countries: int = 0
    staff: list[tuple[str, str, str]] = field(default_factory=list)

    def summary(self) -> str:
        lines = [
            f"{'Created' if self.created else 'Already present'}: {self.event.name} "
            f"(slug {self.event.slug}), {self.event.starts_on} to {self.event.ends_on}.",
        ]
        if self.created:
            lines.append(
                f"{self.organisations} organisations from {self.countries} NAM member states, "
                f"{self.registrations} registrations."
            )
        lines.append("Staff accounts (sign in at /staff/login):")
        lines += [f"  {role:<22} {email:<32} {password}" for role, email, password in self.staff]
        return "\n".join(lines)


def seed_demo(today: date | None = None, registrations: int = TARGET_REGISTRATIONS) -> SeedReport:
    """Create the demo assembly unless it exists; always make sure the staff exist.

    ``registrations`` scales the demo up for benchmarks."""
    today = today or date.today()
    event = db.session.scalar(select(Event).where(Event.slug == SLUG))
    report = SeedReport(created=event is None, event=event)
    if event is None:
        rng = random.Random(2025)
        report.event = event = _create_event(today)
        organisations = _create_organisations(rng)
        officer = _staff(report, event)
        created = _create_registrations(rng, event, organisations, officer, registrations)
        add_demo_photos(created)
        report.organisations = len(organisations)
        report.countries = len({o.country_code for o in organisations})
        report.registrations = len(created)
    else:
        _staff(report, event)
    _checkpoints(event)
    _letter_settings(event)
    db.session.commit()
    return report


def _checkpoints(event: Event) -> None:
    """The doors of the venue; a demo loaded before they existed gets them too."""
    existing = set(
        db.session.scalars(select(Checkpoint.code).where(Checkpoint.event_id == event.id))
    )
    for position, (code, name, counts_presence) in enumerate(CHECKPOINTS):
        if code not in existing:
            db.session.add(
                Checkpoint(
                    event_id=event.id,
                    code=code,
                    name=name,
                    counts_presence=counts_presence,
                    position=position,
                )
            )


def _letter_settings(event: Event) -> None:
    """The letterhead and signatory of the visa support letters (added to an older demo too)."""
    if db.session.get(LetterSettings, event.id) is None:
        db.session.add(
            LetterSettings(
                event_id=event.id,
                organiser_name="Global South NGO Platform",
                organiser_address="Baku Congress Center\nBaku, Azerbaijan",
                signatory_name="Leyla Mammadova",
                signatory_title="Head of the Organising Secretariat",
                contact_email="visas@gsnp.example.org",
            )
        )


def _staff(report: SeedReport, event: Event) -> StaffUser:
    officer = None
    for email, name, role, password in STAFF:
        user, _ = create_staff_user(
            email, name, password, role, None if role == Role.ADMINISTRATOR else event
        )
        report.staff.append((role.value, email, password))
        if role == Role.ACCREDITATION_OFFICER:
            officer = user
    db.session.flush()
    return officer


def _create_event(today: date) -> Event:
    starts_on = today + timedelta(days=45)
    opens = datetime.combine(today - timedelta(days=30), time(8), tzinfo=UTC)
    closes = datetime.combine(starts_on - timedelta(days=10), time(20), tzinfo=UTC)
    event = Event(
        slug=SLUG,
        name="Global South NGO Platform — Founding Assembly",
        short_name="GSNP Founding Assembly",
        venue="Baku Congress Center",
        city="Baku",
        country_code="AZ",
        timezone="Asia/Baku",
        starts_on=starts_on,
        ends_on=starts_on + timedelta(days=2),
        registration_opens_at=opens,
        registration_closes_at=closes,
        published=True,
        capacity=1200,
        organisation_limit=8,
        minimum_age=18,
        languages=["en", "fr", "es", "ar", "ru", "pt", "az"],
        data_protection_notice=(
            "The organisers process your personal data to accredit you for the assembly, "
            "to print your badge and, if you ask for one, to issue a visa support letter. "
            "It is kept until three months after the assembly and then deleted."
        ),
        data_protection_version="2026-1",
    )
    for position, (code, name, label, colour, quota, public, sensitive) in enumerate(CATEGORIES):
        event.categories.append(
            Category(
                code=code,
                name=name,
                badge_label=label,
                colour=colour,
                quota=quota,
                public=public,
                sensitive=sensitive,
                position=position,
            )
        )
    db.session.add(event)
    db.session.flush()
    return event


def _create_organisations(rng: random.Random) -> list[Organisation]:
    members = sorted(db.session.scalars(select(Country.code).where(Country.nam_status == "member")))
    countries = sorted(rng.sample(members, COUNTRIES_REPRESENTED))
    organisations = []
    for code in countries:
        naming = COUNTRY_NAMINGS[code][0]
        patterns = rng.sample(
            ORGANISATION_PATTERNS[naming], k=min(3, len(ORGANISATION_PATTERNS[naming]))
        )
        for index, pattern in enumerate(patterns[: rng.choice((1, 2, 2, 3))]):
            place = rng.choice(PLACES[code])
            # The first NGO of each country is verified, so every country can be represented.
            vetting = (
                VettingStatus.VERIFIED
                if index == 0
                else rng.choices(
                    [VettingStatus.VERIFIED, VettingStatus.TO_BE_VETTED, VettingStatus.REJECTED],
                    weights=[70, 25, 5],
                )[0]
            )
            latin = pattern.latin.format(place=place.latin)
            local = pattern.local.format(place=place.local)
            organisation = Organisation(
                name=latin,
                name_local=local if local != latin else None,
                acronym=pattern.acronym,
                country_code=code,
                city=place.latin,
                registration_number=f"{code}-{rng.randint(10000, 99999)}",
                website=f"https://{_ascii_slug(pattern.acronym)}-{code.lower()}.example.org",
                vetting_status=vetting,
                vetting_reason="Not registered as a non-profit organisation."
                if vetting == VettingStatus.REJECTED
                else None,
            )
            organisations.append(organisation)
    db.session.add_all(organisations)
    db.session.flush()
    return organisations


def _create_registrations(
    rng: random.Random,
    event: Event,
    organisations: list[Organisation],
    officer: StaffUser,
    count: int,
) -> list[Registration]:
    categories = {c.code: c for c in event.categories}
    statuses = list(STATUS_WEIGHTS)
    # One approved delegate per represented country, from its verified NGO ...
    first_verified: dict[str, Organisation] = {}
    for organisation in organisations:
        if organisation.vetting_status == VettingStatus.VERIFIED:
            first_verified.setdefault(organisation.country_code, organisation)
    planned = [(RegistrationStatus.APPROVED, "delegate", o) for o in first_verified.values()]
    # ... every status in every category ...
    planned += [(s, c, None) for s in statuses for c in categories]
    # ... and the rest drawn by weight.
    planned += [
        (
            rng.choices(statuses, weights=list(STATUS_WEIGHTS.values()))[0],
            rng.choices(list(CATEGORY_WEIGHTS), weights=list(CATEGORY_WEIGHTS.values()))[0],
            None,
        )
        for _ in range(count - len(planned))
    ]
    verified = [o for o in organisations if o.vetting_status == VettingStatus.VERIFIED]
    now = datetime.now(UTC)
    emails: set[str] = set()
    registrations = []
    for status, category_code, organisation in planned:
        if organisation is None:
            # Only delegates of verified NGOs can have been approved.
            decided = status in (
                RegistrationStatus.APPROVED,
                RegistrationStatus.REVOKED,
                RegistrationStatus.SUSPENDED,
            )
            organisation = rng.choice(verified if decided else organisations)
        registrations.append(
            _person(rng, event, organisation, categories[category_code], status, now, emails)
        )
    db.session.add_all(registrations)
    db.session.flush()
    db.session.add_all(_history(registration, officer, now) for registration in registrations)
    return registrations


def _person(rng, event, organisation, category, status, now, emails) -> Registration:
    code = organisation.country_code
    naming = NAMINGS[rng.choice(COUNTRY_NAMINGS[code])]
    female = rng.random() < 0.5
    given = rng.choice(naming.given_female if female else naming.given_male)
    family = rng.choice(naming.family_names(female))
    local = _join(naming, given, family, "local")
    latin_full = _join(naming, given, family, "latin")
    email = _unique_email(f"{_ascii_slug(given.latin)}.{_ascii_slug(family.latin)}", emails)
    created = now - timedelta(days=rng.randint(0, 29), minutes=rng.randint(0, 1439))
    arrival = event.starts_on - timedelta(days=rng.choice((1, 1, 2)))
    languages = sorted({"en", rng.choice(event.languages)})
    decided = status not in (
        RegistrationStatus.UNCONFIRMED,
        RegistrationStatus.EXPIRED,
        RegistrationStatus.AWAITING_ENDORSEMENT,
        RegistrationStatus.SUBMITTED,
        RegistrationStatus.WAITLISTED,
        RegistrationStatus.CANCELLED,
    )
    confirmed = status not in (RegistrationStatus.UNCONFIRMED, RegistrationStatus.EXPIRED)
    passport = "".join(rng.choices("ABCDEFGHJKLMNPRSTUVWXYZ", k=2)) + str(
        rng.randint(1000000, 9999999)
    )
    return Registration(
        event=event,
        category=category,
        organisation=organisation,
        status=status,
        title=rng.choice(TITLES),
        given_name=given.latin,
        family_name=family.latin,
        name_local=local if local != latin_full else None,
        gender="female" if female else "male",
        nationality_code=code,
        date_of_birth=date(rng.randint(1955, 2002), rng.randint(1, 12), rng.randint(1, 28)),
        passport_number=passport,
        passport_number_normalised=passport,
        passport_expiry=event.ends_on + timedelta(days=rng.randint(200, 3000)),
        email=email,
        email_normalised=email,
        phone=None,
        position=rng.choice(POSITIONS),
        preferred_language=rng.choice(event.languages),
        languages=languages,
        interpretation_language=rng.choice([None, None, "ar", "fr", "es", "ru"]),
        dietary_needs=rng.choice(DIETARY),
        accessibility_needs=rng.choice(ACCESSIBILITY),
        arrival_date=arrival,
        departure_date=event.ends_on + timedelta(days=rng.choice((0, 1, 1, 2))),
        visa_support_requested=rng.random() < 0.3,
        consent_given_at=created,
        consent_version=event.data_protection_version,
        consent_text=event.data_protection_notice,
        created_at=created,
        updated_at=created,
        confirmed_at=created + timedelta(minutes=7) if confirmed else None,
        submitted_at=created + timedelta(minutes=7) if confirmed else None,
        decided_at=created + timedelta(days=1) if decided else None,
    )


def _history(registration: Registration, officer: StaffUser, now: datetime) -> AuditEntry:
    """The entry of the registration's latest move, as the workflow would have written it;
    never later than the seeding itself."""
    status = registration.status
    by_officer = status in DECISION_REASONS or status == RegistrationStatus.APPROVED
    return AuditEntry(
        created_at=min(registration.decided_at or registration.created_at, now),
        action=f"registration.{status}",
        actor=officer if by_officer else None,
        actor_label=officer.name if by_officer else "delegate",
        event_id=registration.event_id,
        registration_id=registration.id,
        organisation_id=registration.organisation_id,
        reason=DECISION_REASONS.get(status),
        data={"to": status, "source": "demo seed"},
    )


def _join(naming: Naming, given: NameForm, family: NameForm, form: str) -> str:
    parts = (family, given) if naming.family_first else (given, family)
    # Chinese, Burmese and Dzongkha names are written without a space between the parts.
    separator = "" if form == "local" and naming.script in UNSPACED_SCRIPTS else " "
    return separator.join(getattr(p, form) for p in parts)


def _ascii_slug(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and c.isalnum()).lower() or "delegate"


def _unique_email(local: str, taken: set[str]) -> str:
    candidate, n = f"{local}@example.org", 1
    while candidate in taken:
        n += 1
        candidate = f"{local}{n}@example.org"
    taken.add(candidate)
    return candidate
