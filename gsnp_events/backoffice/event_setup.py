"""Creating and editing events and their categories.

Changing a limit (the event's capacity, organisation or country limit, a category's quota)
moves up at once, in order, everyone on the waiting list who now fits: the workflow writes each
promotion's audit entry and e-mail in the same transaction, and the event's or category's audit
entry lists who moved up.
"""

from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from flask_babel import gettext as _
from sqlalchemy import func, select

from ..accreditation.workflow import promote_waiting_list
from ..extensions import db
from ..models import AuditEntry, Category, Event, Registration, RegistrationStatus, StaffUser
from ..models.base import utcnow
from .errors import BackofficeError

LIMIT_FIELDS = ("capacity", "organisation_limit", "country_limit")

EVENT_FIELDS = (
    "name",
    "short_name",
    "venue",
    "city",
    "country_code",
    "timezone",
    "starts_on",
    "ends_on",
    "published",
    "allow_walk_ins",
    "photo_required",
    "capacity",
    "organisation_limit",
    "country_limit",
    "minimum_age",
    "unconfirmed_expiry_hours",
    "languages",
    "data_protection_notice",
    "data_protection_version",
    "description",
    "email_signature",
    "texts",  # {language: {field: text}}, from the form's texts in each language
)
CATEGORY_FIELDS = (
    "code",
    "name",
    "badge_label",
    "colour",
    "quota",
    "public",
    "sensitive",
    "position",
)


def to_utc(local: datetime, timezone: str) -> datetime:
    """A wall-clock time entered in the event's zone, as an aware UTC datetime."""
    return local.replace(tzinfo=ZoneInfo(timezone)).astimezone(ZoneInfo("UTC"))


def to_local(moment: datetime, timezone: str) -> datetime:
    return moment.astimezone(ZoneInfo(timezone)).replace(tzinfo=None)


@dataclass
class Saved:
    event: Event
    category: Category | None = None
    promoted: list[Registration] = field(default_factory=list)  # off the waiting list


def _promote_if_waiting(event: Event) -> list[Registration]:
    """After a limit changed: everyone on the waiting list who now fits moves up, in order."""
    waiting = db.session.scalar(
        select(func.count()).where(
            Registration.event_id == event.id, Registration.status == RegistrationStatus.WAITLISTED
        )
    )
    if not waiting:
        return []
    return promote_waiting_list(event, utcnow(), limit=waiting)


def _audit(action: str, event: Event, actor: StaffUser, data: dict) -> None:
    db.session.add(
        AuditEntry(action=action, actor=actor, actor_label=actor.name, event_id=event.id, data=data)
    )


def _notices(texts: dict | None) -> dict:
    return {
        language: own.get("data_protection_notice")
        for language, own in (texts or {}).items()
        if own.get("data_protection_notice")
    }


def save_event(event: Event | None, values: dict, actor: StaffUser) -> Saved:
    """Create (``event`` None) or update an event from validated form values. ``texts`` keeps
    only the event's languages."""
    values = dict(
        values,
        texts={
            language: own
            for language, own in (values.get("texts") or {}).items()
            if own and language in values["languages"]
        },
    )
    creating = event is None
    if creating:
        if db.session.scalar(select(Event.id).where(Event.slug == values["slug"])):
            raise BackofficeError(
                _("Another event already uses this address name; choose another."), "slug_taken"
            )
        event = Event(slug=values["slug"], created_at=utcnow())
        db.session.add(event)
    elif values["data_protection_version"] == event.data_protection_version and (
        values["data_protection_notice"] != event.data_protection_notice
        or _notices(values["texts"]) != _notices(event.texts)
    ):
        raise BackofficeError(
            _(
                "The data-protection notice changed: give it a new version, so that consents "
                "record which text people agreed to."
            ),
            "notice_version_unchanged",
        )
    changed = {}
    for name in EVENT_FIELDS:
        if getattr(event, name, None) != values[name]:
            changed[name] = str(values[name])[:200]
        setattr(event, name, values[name])
    for name in ("registration_opens_at", "registration_closes_at"):
        moment = to_utc(values[name], values["timezone"])
        if getattr(event, name, None) != moment:
            changed[name] = moment.isoformat()
        setattr(event, name, moment)
    db.session.flush()
    saved = Saved(event)
    if not creating and changed.keys() & set(LIMIT_FIELDS):
        saved.promoted = _promote_if_waiting(event)
    data = {"changed": changed}
    if saved.promoted:
        data["promoted"] = [r.id for r in saved.promoted]
    _audit("event.created" if creating else "event.updated", event, actor, data)
    db.session.commit()
    return saved


def save_category(event: Event, category: Category | None, values: dict, actor: StaffUser) -> Saved:
    clash = db.session.scalar(
        select(Category.id).where(Category.event_id == event.id, Category.code == values["code"])
    )
    if clash and (category is None or clash != category.id):
        raise BackofficeError(_("Another category of this event has this code."), "code_taken")
    creating = category is None
    if creating:
        category = Category(event=event)
        db.session.add(category)
    quota_changed = not creating and category.quota != values["quota"]
    for name in CATEGORY_FIELDS:
        setattr(category, name, values[name])
    category.colour = category.colour.lower()
    db.session.flush()
    saved = Saved(event, category)
    if quota_changed:
        saved.promoted = _promote_if_waiting(event)
    data = {"category": category.id, **{k: str(values[k]) for k in CATEGORY_FIELDS}}
    if saved.promoted:
        data["promoted"] = [r.id for r in saved.promoted]
    _audit("category.created" if creating else "category.updated", event, actor, data)
    db.session.commit()
    return saved
