"""Test data builders, shared by every test module."""

import uuid
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from gsnp_events.extensions import db
from gsnp_events.models import Category, Event, Organisation, Registration, Role, StaffUser
from gsnp_events.staff_accounts import create_staff_user
from gsnp_events.text import fold

PASSWORD = "correct horse battery staple"


def make_event(slug: str = "assembly", **overrides) -> Event:
    now = datetime.now(UTC)
    today = date.today()
    values = {
        "slug": slug,
        "name": f"Test Assembly {slug}",
        "short_name": slug,
        "venue": "Baku Congress Center",
        "city": "Baku",
        "country_code": "AZ",
        "timezone": "Asia/Baku",
        "starts_on": today + timedelta(days=30),
        "ends_on": today + timedelta(days=32),
        "registration_opens_at": now - timedelta(days=1),
        "registration_closes_at": now + timedelta(days=20),
        "published": True,
        "languages": ["en"],
        # Events require a photo for the badge by default; most tests approve delegates
        # without one, and the tests of that rule turn it on.
        "photo_required": False,
    }
    values.update(overrides)
    event = Event(**values)
    event.categories.append(
        Category(code="delegate", name="Delegate", badge_label="DELEGATE", colour="#1f5fa8")
    )
    db.session.add(event)
    db.session.commit()
    return event


def make_staff(
    role: Role = Role.ADMINISTRATOR, event: Event | None = None, email: str | None = None
) -> StaffUser:
    email = email or f"{role.value}-{uuid.uuid4().hex[:6]}@example.org"
    user, _ = create_staff_user(email, role.value.title(), PASSWORD, role, event)
    db.session.commit()
    return user


def login(client, user: StaffUser, password: str = PASSWORD):
    return client.post("/staff/login", data={"email": user.email, "password": password})


def make_registration(event: Event, **overrides) -> Registration:
    n = uuid.uuid4().hex[:8]
    values = {
        "event": event,
        "category": event.categories[0],
        "given_name": "Fatima",
        "family_name": "Al-Hassan",
        "name_local": "فاطمة الحسن",
        "nationality_code": "TN",
        "passport_number": f"P{n}".upper(),
        "passport_number_normalised": f"P{n}".upper(),
        "email": f"fatima.{n}@example.org",
        "email_normalised": f"fatima.{n}@example.org",
    }
    values.update(overrides)
    registration = Registration(**values)
    db.session.add(registration)
    db.session.commit()
    return registration


class QueryCounter:
    """Counts the SQL statements sent while it is active."""

    def __init__(self, engine):
        self.engine = engine
        self.count = 0

    def _count(self, *args, **kwargs):
        self.count += 1

    def __enter__(self):
        from sqlalchemy import event

        event.listen(self.engine, "before_cursor_execute", self._count)
        return self

    def __exit__(self, *exc):
        from sqlalchemy import event

        event.remove(self.engine, "before_cursor_execute", self._count)


def make_organisation(name: str = "Green Earth Tunisia", **overrides) -> Organisation:
    values = {"name": name, "country_code": "TN", "vetting_status": "verified"}
    values.update(overrides)
    # One organisation per folded name and country (a unique index): a second one made by a
    # test gets a number, "Green Earth Tunisia (2)".
    base, number = values["name"], 1
    while values.get("merged_into_id") is None and db.session.scalar(
        select(Organisation.id).where(
            Organisation.country_code == values["country_code"],
            Organisation.name_folded == fold(values["name"]),
            Organisation.merged_into_id.is_(None),
        )
    ):
        number += 1
        values["name"] = f"{base} ({number})"
    organisation = Organisation(**values)
    db.session.add(organisation)
    db.session.commit()
    return organisation


def registration_data(organisation=None, **overrides) -> dict:
    """What a delegate types into the registration form (or sends to the API)."""
    n = uuid.uuid4().hex[:8]
    values = {
        "given_name": "Fatima",
        "family_name": "Al-Hassan",
        "name_local": "فاطمة الحسن",
        "gender": "female",
        "nationality": "TN",
        "date_of_birth": "1985-04-23",
        "passport_number": f"P{n}".upper(),
        "passport_expiry": (date.today() + timedelta(days=3 * 365)).isoformat(),
        "email": f"fatima.{n}@example.org",
        "phone": "+216 71 123 456",
        "preferred_language": "en",
        "category": "delegate",
        "languages": ["en"],
        "consent": "y",
    }
    if organisation is not None:
        values.update(organisation_choice="existing", organisation_id=str(organisation.id))
    else:
        values.update(
            organisation_choice="new",
            organisation_name="Sahel Women Network",
            organisation_country="TN",
        )
    values.update(overrides)
    return values


def make_photo(registration: Registration):
    """A drawn 300 x 400 JPEG portrait, as the registration form would store it."""
    import hashlib

    from gsnp_events.demo.photos import portrait
    from gsnp_events.models import Photo

    content = portrait(registration.email)
    photo = Photo(
        registration_id=registration.id,
        content=content,
        width=300,
        height=400,
        sha256=hashlib.sha256(content).hexdigest(),
    )
    db.session.add(photo)
    db.session.commit()
    return photo
