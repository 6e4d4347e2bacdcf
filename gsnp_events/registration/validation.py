"""The input rules of a registration, shared by the HTML form and the JSON API.

Input is a mapping of raw values (strings, or lists and booleans from JSON). Every text is
Unicode NFC and trimmed; each field has a length limit; names may be in any script but hold
no control, format or bidi-override characters; the e-mail address is validated without a
network lookup; the phone number is parsed to E.164; dates must fit the event.
Errors are collected per field, each with a stable code and a translatable message.
"""

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from flask import current_app
from flask_babel import format_date
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from ..extensions import db
from ..models import Category, Country, Event, Organisation
from ..models.base import utcnow
from ..models.organisations import VettingStatus
from ..models.registrations import Gender
from ..names import NameOrder
from ..text import fold


@dataclass
class FieldError:
    code: str
    message: object  # a lazy string

    def as_dict(self) -> dict:
        return {"code": self.code, "message": str(self.message)}


class ValidationFailed(Exception):
    code = "invalid"

    def __init__(self, errors: dict[str, list[FieldError]]):
        super().__init__("; ".join(f"{k}: {e.code}" for k, v in errors.items() for e in v))
        self.errors = errors


# Zero-width joiner and non-joiner shape Persian, Indic and other scripts: allowed in names.
JOINERS = {"\u200c", "\u200d"}
BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")
NAME_PUNCTUATION = set(" -'’.,")

LIMITS = {
    "title": 40,
    "given_name": 100,
    "family_name": 100,
    "name_local": 200,
    "badge_name": 100,
    "passport_number": 32,
    "email": 254,
    "phone": 40,
    "position": 150,
    "dietary_needs": 500,
    "accessibility_needs": 500,
    "organisation_name": 200,
    "organisation_name_local": 200,
    "organisation_registration_number": 64,
    "organisation_website": 200,
    "focal_point_name": 150,
}
NAME_FIELDS = ("given_name", "family_name", "name_local", "badge_name", "focal_point_name")
REQUIRED_MESSAGES = {
    "given_name": _l("Enter your given name(s), as in your passport."),
    "family_name": _l("Enter your family name, as in your passport."),
    "nationality": _l("Choose your nationality."),
    "passport_number": _l("Enter your passport or ID number."),
    "passport_expiry": _l("Enter the date your passport or ID expires."),
    "email": _l("Enter your e-mail address."),
    "category": _l("Choose how you take part."),
    "organisation_name": _l("Enter the organisation's name in Latin letters."),
    "organisation_country": _l("Choose the organisation's country."),
    "focal_point_name": _l("Enter your name."),
}
PASSPORT_RE = re.compile(r"^[A-Z0-9]{5,20}$")


def clean_text(value: Any, multiline: bool = False) -> str:
    """NFC, trimmed, with line breaks folded unless ``multiline``."""
    if value is None:
        return ""
    if not isinstance(value, str):
        value = str(value)
    value = unicodedata.normalize("NFC", value).strip()
    if not multiline:
        value = " ".join(value.split())
    return value


def bad_characters(value: str, multiline: bool = False) -> bool:
    for char in value:
        if char in BIDI_CONTROLS:
            return True
        category = unicodedata.category(char)
        if category == "Cc" and not (multiline and char in "\n\t"):
            return True
        if category in ("Cf", "Co", "Cs", "Cn") and char not in JOINERS:
            return True
    return False


def name_problem(value: str) -> FieldError | None:
    if bad_characters(value):
        return FieldError(
            "name_characters",
            _l("Remove the invisible control or direction characters from this name."),
        )
    if not any(unicodedata.category(c).startswith("L") for c in value):
        return FieldError("name_letters", _l("A name needs at least one letter."))
    if any(
        not (unicodedata.category(c)[0] in "LM" or c in NAME_PUNCTUATION or c in JOINERS)
        for c in value
    ):
        return FieldError(
            "name_symbols",
            _l("Use only letters, spaces, hyphens, apostrophes and full stops in a name."),
        )
    return None


def normalise_passport(value: str) -> str:
    return re.sub(r"[\s\-./]", "", value).upper()


def normalise_email(value: str) -> str:
    """The address as stored and compared: validated, domain in IDNA form, lower case."""
    return validate_email(value, check_deliverability=False).normalized.lower()


def parse_date(value: Any) -> date | None | str:
    """A date from YYYY-MM-DD; None when empty; "bad" when unreadable."""
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(clean_text(value))
    except ValueError:
        return "bad"


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    return clean_text(value).lower() in ("1", "true", "y", "yes", "on")


@dataclass
class PersonData:
    """A delegate's details, cleaned."""

    values: dict[str, Any] = field(default_factory=dict)


@dataclass
class OrganisationChoice:
    existing: Organisation | None = None
    new: dict[str, Any] | None = None


class Checker:
    """Collects errors while cleaning one mapping of raw values, as of ``now`` (the service's
    clock: a date of birth is in the past or not by that moment, not by the machine's)."""

    def __init__(self, raw: Mapping[str, Any], prefix: str = "", now: datetime | None = None):
        self.raw = raw
        self.prefix = prefix
        self.now = now or utcnow()
        self.errors: dict[str, list[FieldError]] = {}
        self.values: dict[str, Any] = {}

    def error(self, name: str, code: str, message) -> None:
        self.errors.setdefault(self.prefix + name, []).append(FieldError(code, message))

    def text(self, name: str, required: bool = False, multiline: bool = False) -> str | None:
        value = clean_text(self.raw.get(name), multiline=multiline)
        limit = LIMITS.get(name)
        if not value:
            if required:
                self.error(name, "required", REQUIRED_MESSAGES.get(name, _l("Fill in this field.")))
            self.values[name] = None
            return None
        if limit and len(value) > limit:
            self.error(
                name,
                "too_long",
                _l("Shorten this to %(max)d characters (it has %(n)d).", max=limit, n=len(value)),
            )
        elif name in NAME_FIELDS:
            problem = name_problem(value)
            if problem:
                self.errors.setdefault(self.prefix + name, []).append(problem)
        elif bad_characters(value, multiline=multiline):
            self.error(name, "characters", _l("Remove the invisible control characters."))
        self.values[name] = value
        return value

    def date(self, name: str, required: bool = False) -> date | None:
        value = parse_date(self.raw.get(name))
        if value == "bad":
            self.error(
                name, "date_format", _l("Enter the date as year-month-day, e.g. 1980-04-23.")
            )
            value = None
        elif value is None and required:
            self.error(name, "required", REQUIRED_MESSAGES.get(name, _l("Enter a date.")))
        self.values[name] = value
        return value


def _countries() -> set[str]:
    cache = current_app.extensions.setdefault("gsnp_country_codes", set())
    if not cache:
        cache.update(db.session.scalars(select(Country.code)))
    return cache


def check_person(checker: Checker, event: Event, for_delegation: bool = False) -> None:
    """The person, passport, e-mail and phone fields of one delegate."""
    c = checker
    c.text("title")
    c.text("given_name", required=True)
    c.text("family_name", required=True)
    c.text("name_local")
    c.text("badge_name")
    order = clean_text(c.raw.get("name_order")) or None
    if order and order not in {o.value for o in NameOrder}:
        c.error("name_order", "choice", _l("Choose one of the options."))
    c.values["name_order"] = order
    gender = clean_text(c.raw.get("gender")) or None
    if gender and gender not in {g.value for g in Gender}:
        c.error("gender", "choice", _l("Choose one of the options."))
    c.values["gender"] = gender

    nationality = clean_text(c.raw.get("nationality")).upper() or None
    if not nationality:
        c.error("nationality", "required", REQUIRED_MESSAGES["nationality"])
    elif nationality not in _countries():
        c.error("nationality", "choice", _l("Choose a country from the list."))
    c.values["nationality"] = nationality

    birth = c.date("date_of_birth", required=event.minimum_age is not None)
    if birth:
        if birth >= checker.now.astimezone(ZoneInfo(event.timezone)).date():
            c.error("date_of_birth", "future", _l("The date of birth must be in the past."))
        elif event.minimum_age is not None:
            start = event.starts_on
            age = start.year - birth.year - ((start.month, start.day) < (birth.month, birth.day))
            if age < event.minimum_age:
                c.error(
                    "date_of_birth",
                    "too_young",
                    _l(
                        "Participants must be at least %(age)d years old on the first day of the "
                        "event.",
                        age=event.minimum_age,
                    ),
                )

    passport = c.text("passport_number", required=True)
    if passport:
        normalised = normalise_passport(passport)
        if not PASSPORT_RE.match(normalised):
            c.error(
                "passport_number",
                "passport_format",
                _l("A passport or ID number has 5 to 20 Latin letters and digits."),
            )
        c.values["passport_number_normalised"] = normalised
    expiry = c.date("passport_expiry", required=True)
    if expiry and expiry <= event.ends_on:
        c.error(
            "passport_expiry",
            "passport_expires",
            _l(
                "Your passport or ID must still be valid after the event ends (%(date)s).",
                date=format_date(event.ends_on, "long"),
            ),
        )

    email = c.text("email", required=True)
    if email:
        try:
            c.values["email"] = validate_email(email, check_deliverability=False).normalized
            c.values["email_normalised"] = c.values["email"].lower()
        except EmailNotValidError:
            c.error("email", "email", _l("Enter a valid e-mail address, like name@example.org."))

    check_contact(c, nationality)


def check_contact(checker: Checker, region: str | None) -> None:
    """Position, phone (read as a number of ``region`` when typed without a country code) and
    the language for e-mails: what a delegate may still change once approved."""
    c = checker
    c.text("position")
    phone = c.text("phone")
    if phone:
        try:
            number = phonenumbers.parse(phone, region or None)
            if not phonenumbers.is_valid_number(number):
                raise phonenumbers.NumberParseException(0, "invalid")
            c.values["phone"] = phonenumbers.format_number(
                number, phonenumbers.PhoneNumberFormat.E164
            )
        except phonenumbers.NumberParseException:
            c.error(
                "phone",
                "phone",
                _l("Enter the phone number with its country code, e.g. +994 12 555 01 23."),
            )

    languages = current_app.config["LANGUAGES"]
    preferred = clean_text(c.raw.get("preferred_language")) or languages[0]
    if preferred not in languages:
        c.error("preferred_language", "choice", _l("Choose one of the languages offered."))
    c.values["preferred_language"] = preferred


def check_category(checker: Checker, event: Event, public_only: bool = True) -> Category | None:
    code = clean_text(checker.raw.get("category"))
    if not code:
        checker.error("category", "required", REQUIRED_MESSAGES["category"])
        return None
    for category in event.categories:
        if category.code == code and (category.public or not public_only):
            checker.values["category"] = category
            return category
    checker.error("category", "choice", _l("Choose one of the categories offered."))
    return None


def check_participation(checker: Checker, event: Event) -> None:
    c = checker
    raw_languages = c.raw.get("languages") or []
    if isinstance(raw_languages, str):
        raw_languages = [raw_languages]
    spoken = []
    for code in raw_languages:
        code = clean_text(code)
        if code and code not in spoken:
            spoken.append(code)
    if any(code not in event.languages for code in spoken):
        c.error("languages", "choice", _l("Choose languages from the list."))
    c.values["languages"] = spoken
    interpretation = clean_text(c.raw.get("interpretation_language")) or None
    if interpretation and interpretation not in event.languages:
        c.error("interpretation_language", "choice", _l("Choose a language from the list."))
    c.values["interpretation_language"] = interpretation


def check_travel_and_needs(checker: Checker, event: Event) -> None:
    c = checker
    arrival = c.date("arrival_date")
    departure = c.date("departure_date")
    if arrival and arrival > event.ends_on:
        c.error("arrival_date", "arrival_late", _l("Arrival must be before the event ends."))
    if departure and departure < event.starts_on:
        c.error(
            "departure_date", "departure_early", _l("Departure must be after the event starts.")
        )
    if arrival and departure and departure < arrival:
        c.error(
            "departure_date", "departure_before_arrival", _l("Departure must be after arrival.")
        )
    c.values["visa_support_requested"] = parse_bool(c.raw.get("visa_support_requested"))
    c.text("dietary_needs", multiline=True)
    c.text("accessibility_needs", multiline=True)


def check_consent(checker: Checker) -> None:
    if not parse_bool(checker.raw.get("consent")):
        checker.error(
            "consent",
            "consent_required",
            _l("To register, you must agree to the data-protection notice."),
        )


def matching_organisation(country: str, name: str) -> Organisation | None:
    """The organisation of ``country`` whose name folds like ``name`` ("Fondation Amal" and
    "FONDATION  AMAL" are one), or the one a namesake was merged into; None if there is none."""
    namesakes = db.session.scalars(
        select(Organisation)
        .where(Organisation.country_code == country, Organisation.name_folded == fold(name)[:200])
        .order_by(Organisation.id)
    ).all()
    for organisation in namesakes:
        if organisation.merged_into_id is None:
            return organisation
    organisation = namesakes[0] if namesakes else None
    while organisation is not None and organisation.merged_into_id is not None:
        organisation = db.session.get(Organisation, organisation.merged_into_id)
    return organisation


def check_organisation(checker: Checker) -> OrganisationChoice | None:
    """Either an existing organisation (by id) or a proposed new one."""
    c = checker
    choice = clean_text(c.raw.get("organisation_choice")) or (
        "new" if clean_text(c.raw.get("organisation_name")) else "existing"
    )
    if choice == "existing":
        raw_id = clean_text(c.raw.get("organisation_id"))
        if not raw_id:
            c.error(
                "organisation_id",
                "required",
                _l("Choose your organisation, or propose it if it is not listed."),
            )
            return None
        organisation = db.session.get(Organisation, int(raw_id)) if raw_id.isdigit() else None
        if organisation is not None and organisation.merged_into_id:
            organisation = db.session.get(Organisation, organisation.merged_into_id)
        if organisation is None or organisation.vetting_status == VettingStatus.REJECTED:
            c.error("organisation_id", "choice", _l("Choose an organisation from the list."))
            return None
        return OrganisationChoice(existing=organisation)
    if choice != "new":
        c.error("organisation_choice", "choice", _l("Choose one of the options."))
        return None
    name = c.text("organisation_name", required=True)
    c.text("organisation_name_local")
    country = clean_text(c.raw.get("organisation_country")).upper() or None
    if not country:
        c.error("organisation_country", "required", REQUIRED_MESSAGES["organisation_country"])
    elif country not in _countries():
        c.error("organisation_country", "choice", _l("Choose a country from the list."))
    if name and any(not (c_.isascii()) for c_ in name if c_.isalpha()):
        c.error(
            "organisation_name",
            "latin_letters",
            _l("Write the name in Latin letters here; use the next field for its own script."),
        )
    c.text("organisation_registration_number")
    website = c.text("organisation_website")
    if website:
        if "://" not in website:
            website = "https://" + website
        parts = urlsplit(website)
        if parts.scheme not in ("http", "https") or "." not in (parts.hostname or ""):
            c.error(
                "organisation_website",
                "url",
                _l("Enter a web address like https://example.org."),
            )
        c.values["organisation_website"] = website
    if name and country and not any(k.startswith(c.prefix + "organisation_") for k in c.errors):
        known = matching_organisation(country, name)
        if known is not None and known.vetting_status == VettingStatus.REJECTED:
            c.error(
                "organisation_name",
                "organisation_rejected",
                _l(
                    "The organisers did not accept an organisation of this name in this "
                    "country. If you think this is a mistake, write to them."
                ),
            )
            return None
        if known is not None:  # proposed before: the same organisation, not a second one
            return OrganisationChoice(existing=known)
    return OrganisationChoice(
        new={
            "name": name,
            "name_local": c.values.get("organisation_name_local"),
            "country_code": country,
            "registration_number": c.values.get("organisation_registration_number"),
            "website": c.values.get("organisation_website"),
        }
    )


REGISTRATION_COLUMNS = (
    "title",
    "given_name",
    "family_name",
    "name_local",
    "badge_name",
    "name_order",
    "gender",
    "date_of_birth",
    "passport_number",
    "passport_number_normalised",
    "passport_expiry",
    "email",
    "email_normalised",
    "phone",
    "position",
    "preferred_language",
    "languages",
    "interpretation_language",
    "dietary_needs",
    "accessibility_needs",
    "arrival_date",
    "departure_date",
    "visa_support_requested",
)


def registration_values(values: dict[str, Any]) -> dict[str, Any]:
    """The cleaned values that are columns of Registration."""
    result = {k: values[k] for k in REGISTRATION_COLUMNS if k in values}
    if "nationality" in values:
        result["nationality_code"] = values["nationality"]
    return result
