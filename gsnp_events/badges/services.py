"""Badge printing: choosing delegates, print jobs, reprints, hand-over, checking a scanned
token, and what the delegate sees.

Services take the acting staff user as an argument (None for the command line), own their
transactions and raise BadgeError with a stable code. A print job records its badges only
once its PDF exists: the new badge versions, the superseded old ones, the audit entries and
the PDF are written in one transaction, so a failed job leaves no half-printed state.
"""

import enum
import logging
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_interval
from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import Select, func, insert, select, update
from sqlalchemy.orm import joinedload

from ..extensions import db
from ..labels import category_badge_label
from ..models import (
    AuditEntry,
    Badge,
    Category,
    Country,
    Event,
    Organisation,
    Photo,
    Registration,
    RegistrationStatus,
    StaffUser,
)
from ..models.badges import BadgePrintJob, BadgeStatus, PrintJobStatus
from ..models.base import utcnow
from ..text import fold
from . import tokens
from .layouts import DEFAULT_LAYOUT, LAYOUTS
from .render import BadgeData, EventText, chunk_sizes, render_badges, render_chunks

log = logging.getLogger(__name__)

ID_BATCH = 500  # registration ids per IN (...) when loading
# Below this many badges, worker processes cost more to start than they save.
PARALLEL_FROM = 100


class BadgeError(Exception):
    def __init__(self, message, code: str):
        super().__init__(str(message))
        self.message = message
        self.code = code


class SortOrder(enum.StrEnum):
    COUNTRY = "country"
    NAME = "name"
    ORGANISATION = "organisation"
    CATEGORY = "category"
    NUMBER = "number"


SORT_LABELS = {
    SortOrder.COUNTRY: _l("Country, then name"),
    SortOrder.NAME: _l("Family name"),
    SortOrder.ORGANISATION: _l("Organisation, then name"),
    SortOrder.CATEGORY: _l("Category, then name"),
    SortOrder.NUMBER: _l("Registration number"),
}


class PrintedFilter(enum.StrEnum):
    ANY = "any"
    NOT_PRINTED = "not_printed"
    PRINTED_BEFORE = "printed_before"


class BadgeState(enum.StrEnum):
    """What the delegate portal shows about the badge."""

    NOT_YET = "not_yet"  # the registration is not approved (yet)
    PREPARING = "preparing"  # approved, not printed yet
    READY = "ready"  # printed, waiting at the badge desk
    COLLECTED = "collected"
    WITHDRAWN = "withdrawn"  # the registration was revoked or suspended


@dataclass
class BadgeFilters:
    """Which approved delegates a print run takes; empty fields do not filter."""

    country: str = ""  # ISO 3166-1 alpha-2
    category_id: int | None = None
    organisation_id: int | None = None
    printed: PrintedFilter = PrintedFilter.ANY
    printed_before: date | None = None  # with PRINTED_BEFORE, in the event's time zone
    search: str = ""  # name, e-mail or passport, folded

    def as_dict(self) -> dict:
        values = asdict(self)
        values["printed"] = str(self.printed)
        values["printed_before"] = self.printed_before.isoformat() if self.printed_before else None
        return {k: v for k, v in values.items() if v not in (None, "")}


# Choosing delegates ------------------------------------------------------------------------------


def _latest_versions() -> Select:
    return select(Badge.registration_id, func.max(Badge.version).label("version")).group_by(
        Badge.registration_id
    )


def selection_query(event: Event, filters: BadgeFilters) -> Select:
    """Approved registrations of ``event`` that match ``filters`` (a select of Registration)."""
    query = select(Registration).where(
        Registration.event_id == event.id, Registration.status == RegistrationStatus.APPROVED
    )
    if filters.country:
        query = query.where(Registration.nationality_code == filters.country)
    if filters.category_id:
        query = query.where(Registration.category_id == filters.category_id)
    if filters.organisation_id:
        query = query.where(Registration.organisation_id == filters.organisation_id)
    printed = select(Badge.registration_id).where(
        Badge.status == BadgeStatus.CURRENT, Badge.printed_at.is_not(None)
    )
    if filters.printed == PrintedFilter.NOT_PRINTED:
        query = query.where(Registration.id.not_in(printed))
    elif filters.printed == PrintedFilter.PRINTED_BEFORE and filters.printed_before:
        zone = ZoneInfo(event.timezone)
        limit = datetime.combine(filters.printed_before, time(0), tzinfo=zone)
        query = query.where(Registration.id.in_(printed.where(Badge.printed_at < limit)))
    for word in fold(filters.search).split():
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(Registration.search_text.like(f"%{escaped}%", escape="\\"))
    return query


def _ordered(query: Select, order: SortOrder) -> Select:
    names = (func.lower(Registration.family_name), func.lower(Registration.given_name))
    if order == SortOrder.COUNTRY:
        query = query.join(Country, Country.code == Registration.nationality_code)
        return query.order_by(Country.name, *names, Registration.id)
    if order == SortOrder.ORGANISATION:
        query = query.outerjoin(Organisation, Organisation.id == Registration.organisation_id)
        return query.order_by(Organisation.name, *names, Registration.id)
    if order == SortOrder.CATEGORY:
        query = query.join(Category, Category.id == Registration.category_id)
        return query.order_by(Category.position, Category.name, *names, Registration.id)
    if order == SortOrder.NUMBER:
        return query.order_by(Registration.id)
    return query.order_by(*names, Registration.id)


@dataclass
class Selection:
    total: int
    already_printed: int
    first: list[Registration] = field(default_factory=list)  # the first rows, in print order
    versions: dict[int, int] = field(default_factory=dict)  # current printed version by id


def describe_selection(
    event: Event, filters: BadgeFilters, order: SortOrder, limit: int = 25
) -> Selection:
    base = selection_query(event, filters).subquery()
    total = db.session.scalar(select(func.count()).select_from(base)) or 0
    already = (
        db.session.scalar(
            select(func.count())
            .select_from(Badge)
            .where(
                Badge.registration_id.in_(select(base.c.id)),
                Badge.status == BadgeStatus.CURRENT,
                Badge.printed_at.is_not(None),
            )
        )
        or 0
    )
    rows = list(
        db.session.scalars(
            _ordered(selection_query(event, filters), order)
            .options(
                joinedload(Registration.category),
                joinedload(Registration.organisation),
                joinedload(Registration.nationality),
            )
            .limit(limit)
        ).unique()
    )
    versions = current_versions([r.id for r in rows])
    return Selection(total, already, rows, versions)


def selected_ids(event: Event, filters: BadgeFilters, order: SortOrder) -> list[int]:
    query = _ordered(selection_query(event, filters), order).with_only_columns(Registration.id)
    return list(db.session.scalars(query))


def current_versions(registration_ids: list[int]) -> dict[int, int]:
    """The version of each registration's current printed badge."""
    versions: dict[int, int] = {}
    for start in range(0, len(registration_ids), ID_BATCH):
        batch = registration_ids[start : start + ID_BATCH]
        rows = db.session.execute(
            select(Badge.registration_id, Badge.version).where(
                Badge.registration_id.in_(batch),
                Badge.status == BadgeStatus.CURRENT,
                Badge.printed_at.is_not(None),
            )
        )
        versions.update(rows.all())
    return versions


def _latest_any(registration_ids: list[int]) -> dict[int, int]:
    """The highest version ever issued per registration (superseded and revoked included)."""
    latest: dict[int, int] = {}
    for start in range(0, len(registration_ids), ID_BATCH):
        batch = registration_ids[start : start + ID_BATCH]
        rows = db.session.execute(_latest_versions().where(Badge.registration_id.in_(batch)))
        latest.update(rows.all())
    return latest


# Turning registrations into badge data --------------------------------------------------------


def badge_language(event: Event) -> str:
    languages = [code for code in (event.languages or []) if code]
    return languages[0] if languages else current_app.config["BABEL_DEFAULT_LOCALE"]


def event_text(event: Event, preview: bool = False) -> EventText:
    """The event's words on the badge, in the event's first language."""
    language = badge_language(event)
    try:
        locale = Locale.parse(language)
    except (ValueError, TypeError):
        locale = Locale.parse("en")
    with force_locale(str(locale)):
        labels = {
            "number": _("No."),
            "emergency": _("Emergency:"),
            "return_note": _("If found, please return this badge to the badge desk."),
            "ruler": _("Print at 100 % (actual size): this bar measures 50 mm."),
            "preview": _("PREVIEW · NOT VALID"),
        }
    country = locale.territories.get(event.country_code) or (
        event.country.name if event.country else event.country_code
    )
    return EventText(
        name=event.name,
        short_name=event.short_name or event.name,
        dates=format_interval(event.starts_on, event.ends_on, "yMMMMd", locale=locale),
        city=event.city,
        place=f"{event.venue}, {event.city}, {country}",
        emergency=current_app.config.get("BADGE_EMERGENCY_CONTACT", ""),
        language=str(locale),
        direction="rtl" if locale.character_order == "right-to-left" else "ltr",
        labels={key: str(value) for key, value in labels.items()},
        preview=preview,
    )


def _country_names(locale_code: str) -> dict[str, str]:
    """Country names in the badge's language, in UN usage (gsnp_events.countries_i18n)."""
    from ..countries_i18n import country_choices

    return dict(country_choices(locale_code))


def load_badges(
    event: Event, registration_ids: list[int], versions: dict[int, int], key
) -> list[BadgeData]:
    """Badge data for ``registration_ids`` (in that order), with photos and signed tokens for
    the given badge ``versions`` (0 for a preview)."""
    registrations: dict[int, Registration] = {}
    photos: dict[int, bytes] = {}
    for start in range(0, len(registration_ids), ID_BATCH):
        batch = registration_ids[start : start + ID_BATCH]
        registrations.update(
            (r.id, r)
            for r in db.session.scalars(
                select(Registration)
                .where(Registration.id.in_(batch))
                .options(
                    joinedload(Registration.category),
                    joinedload(Registration.organisation),
                    joinedload(Registration.nationality),
                )
            ).unique()
        )
        rows = db.session.execute(
            select(Photo.registration_id, Photo.content).where(Photo.registration_id.in_(batch))
        )
        photos.update(rows.all())
    language = badge_language(event)
    countries = _country_names(language)
    # Default category labels ("DELEGATE") in the badge's language; typed ones as typed.
    with force_locale(language):
        category_labels = {c.id: category_badge_label(c) for c in event.categories}
    badges = []
    for registration_id in registration_ids:
        registration = registrations.get(registration_id)
        if registration is None:
            continue
        version = versions.get(registration_id, 0)
        latin = registration.badge_name or registration.full_name
        organisation = registration.organisation
        nationality = registration.nationality
        badges.append(
            BadgeData(
                registration_id=registration.id,
                number=f"{registration.reference}/{version}" if version else registration.reference,
                name=registration.name_local or latin,
                latin_name=latin if registration.name_local else None,
                organisation=organisation.name if organisation else None,
                country=countries.get(registration.nationality_code)
                or (nationality.name if nationality else registration.nationality_code),
                nationality=registration.nationality_code,
                category_label=category_labels.get(
                    registration.category_id, registration.category.badge_label
                ),
                category_colour=registration.category.colour,
                token=tokens.issue(key, event.id, registration.id, version),
                photo=photos.get(registration.id),
            )
        )
    return badges


def render_processes() -> int:
    """How many worker processes render a large run (BADGE_RENDER_PROCESSES; 0: one per core,
    up to 4)."""
    configured = current_app.config.get("BADGE_RENDER_PROCESSES") or 0
    if configured > 0:
        return configured
    import os

    return max(1, min(4, os.cpu_count() or 1))


# Preview -------------------------------------------------------------------------------------


def preview_pdf(
    event: Event, filters: BadgeFilters, layout: str, back: bool, order: SortOrder
) -> bytes:
    """The first page of the print run, marked as a preview. Its QR codes carry badge version
    0, which no printed badge has, so a printed preview never opens a door."""
    _check_layout(layout)
    per_page = LAYOUTS[layout].per_page
    ids = _ordered(selection_query(event, filters), order).with_only_columns(Registration.id)
    first = list(db.session.scalars(ids.limit(per_page)))
    if not first:
        raise BadgeError(
            _l("No approved delegate matches these filters: there is nothing to preview."),
            "empty_selection",
        )
    versions = dict.fromkeys(first, tokens.PREVIEW_VERSION)
    badges = load_badges(event, first, versions, tokens.signing_key(current_app.config))
    return render_badges(badges, event_text(event, preview=True), layout, back).pdf


# Print jobs ------------------------------------------------------------------------------------


def _check_layout(layout: str) -> None:
    if layout not in LAYOUTS:
        raise BadgeError(_l("Choose one of the layouts in the list."), "unknown_layout")


def create_print_job(
    event: Event,
    actor: StaffUser | None,
    filters: BadgeFilters,
    *,
    layout: str = DEFAULT_LAYOUT,
    back: bool = False,
    order: SortOrder = SortOrder.COUNTRY,
    reason: str = "",
    registration_ids: list[int] | None = None,
) -> BadgePrintJob:
    """Record a print run of the approved delegates that match ``filters`` (or exactly
    ``registration_ids``, in that order). A reason is needed when any of them already has a
    printed badge: that badge stops working once the new one is printed."""
    _check_layout(layout)
    reason = (reason or "").strip()
    if registration_ids is None:
        ids = selected_ids(event, filters, order)
    else:
        allowed = set(
            db.session.scalars(
                selection_query(event, BadgeFilters()).with_only_columns(Registration.id)
            )
        )
        ids = [i for i in registration_ids if i in allowed]
    if not ids:
        raise BadgeError(
            _l("No approved delegate matches these filters: there is nothing to print."),
            "empty_selection",
        )
    if current_versions(ids) and not reason:
        raise BadgeError(
            _l(
                "Some of these delegates already have a printed badge. Give the reason for the "
                "reprint (lost, damaged, name corrected ...): their old badges will stop working."
            ),
            "reason_required",
        )
    if len(reason) > 500:
        raise BadgeError(_l("Keep the reason under 500 characters."), "reason_too_long")
    job = BadgePrintJob(
        event_id=event.id,
        created_by_id=actor.id if actor else None,
        layout=layout,
        back_side=back,
        sort_order=str(order),
        filters=filters.as_dict(),
        registration_ids=ids,
        reprint_reason=reason or None,
        total=len(ids),
    )
    db.session.add(job)
    db.session.commit()
    return job


def print_registration(
    registration: Registration,
    actor: StaffUser | None,
    *,
    reason: str = "",
    layout: str = DEFAULT_LAYOUT,
    back: bool = False,
) -> BadgePrintJob:
    """Print (or reprint, with a reason) one delegate's badge, now."""
    if registration.status != RegistrationStatus.APPROVED:
        raise BadgeError(
            _l("Only approved delegates get a badge; this registration is not approved."),
            "not_approved",
        )
    job = create_print_job(
        registration.event,
        actor,
        BadgeFilters(),
        layout=layout,
        back=back,
        order=SortOrder.NUMBER,
        reason=reason,
        registration_ids=[registration.id],
    )
    run_print_job(job.id)
    db.session.refresh(job)
    return job


def run_print_job(job_id: int) -> None:
    """Render a queued job and record its badges. Runs in the request (small jobs), in a
    thread, or in an RQ worker; it commits as it goes (progress) and at the end."""
    job = db.session.get(BadgePrintJob, job_id)
    if job is None or job.status != PrintJobStatus.QUEUED:
        return
    job.status = PrintJobStatus.RUNNING
    job.started_at = utcnow()
    db.session.commit()
    try:
        _render_and_record(job)
    except Exception as error:  # the job fails as a whole; nothing else was written
        db.session.rollback()
        job = db.session.get(BadgePrintJob, job_id)
        job.status = PrintJobStatus.FAILED
        job.finished_at = utcnow()
        job.error = (
            error.message
            if isinstance(error, BadgeError)
            else _("The badges could not be rendered.")
        )
        job.error = str(job.error)[:1000]
        db.session.commit()
        if not isinstance(error, BadgeError):
            log.exception("badge print job %s failed", job_id)


def _render_and_record(job: BadgePrintJob) -> None:
    event = db.session.get(Event, job.event_id)
    ids = list(job.registration_ids)
    previous = _latest_any(ids)
    printed_before = current_versions(ids)
    versions = {i: previous.get(i, 0) + 1 for i in ids}
    key = tokens.signing_key(current_app.config)
    layout = LAYOUTS[job.layout]
    processes = render_processes() if len(ids) >= PARALLEL_FROM else 1
    sizes = chunk_sizes(
        len(ids), layout.per_page, processes, current_app.config["BADGE_CHUNK_SIZE"]
    )
    job_id = job.id

    def chunks() -> Iterator[list[BadgeData]]:
        start = 0
        for size in sizes:
            yield load_badges(event, ids[start : start + size], versions, key)
            start += size

    def progress(done: int) -> None:
        db.session.execute(
            update(BadgePrintJob).where(BadgePrintJob.id == job_id).values(done=done)
        )
        db.session.commit()

    result = render_chunks(
        chunks(),
        event_text(event),
        job.layout,
        job.back_side,
        processes=processes,
        progress=progress,
    )
    if result.refused:
        log.warning("badge job %s: %d resources refused", job_id, len(result.refused))
    _record(job_id, event, ids, previous, printed_before, versions, result.pdf, result.pages)


def _record(job_id, event, ids, previous, printed_before, versions, pdf: bytes, pages: int) -> None:
    """One transaction: supersede the old badges, add the new versions, log, keep the PDF."""
    job = db.session.get(BadgePrintJob, job_id)
    if _latest_any(ids) != previous:
        raise BadgeError(
            _l(
                "Some of these badges were printed by another print run meanwhile. "
                "Start this print run again."
            ),
            "changed_meanwhile",
        )
    still_approved = set()
    for start in range(0, len(ids), ID_BATCH):
        still_approved.update(
            db.session.scalars(
                select(Registration.id).where(
                    Registration.id.in_(ids[start : start + ID_BATCH]),
                    Registration.status == RegistrationStatus.APPROVED,
                )
            )
        )
    if len(still_approved) != len(ids):
        raise BadgeError(
            _l(
                "A delegate in this print run is no longer approved. "
                "Start the print run again to print the others."
            ),
            "selection_changed",
        )
    now = utcnow()
    actor = db.session.get(StaffUser, job.created_by_id) if job.created_by_id else None
    for start in range(0, len(ids), ID_BATCH):
        db.session.execute(
            update(Badge)
            .where(
                Badge.registration_id.in_(ids[start : start + ID_BATCH]),
                Badge.status == BadgeStatus.CURRENT,
            )
            .values(status=BadgeStatus.SUPERSEDED)
        )
    db.session.flush()
    organisations: dict[int, int | None] = {}
    for start in range(0, len(ids), ID_BATCH):
        rows = db.session.execute(
            select(Registration.id, Registration.organisation_id).where(
                Registration.id.in_(ids[start : start + ID_BATCH])
            )
        )
        organisations.update(rows.all())
    # Two multi-row inserts: a print run of thousands records its badges in a moment, while
    # the desk waits for the PDF.
    badges, entries = [], []
    for registration_id in ids:
        version = versions[registration_id]
        reprint = registration_id in printed_before
        badges.append(
            {
                "registration_id": registration_id,
                "version": version,
                "status": BadgeStatus.CURRENT,
                "printed_at": now,
                "printed_by_id": job.created_by_id,
                "reprint_reason": job.reprint_reason if reprint else None,
            }
        )
        entries.append(
            {
                "created_at": now,
                "action": "badge.reprinted" if reprint else "badge.printed",
                "actor_id": actor.id if actor else None,
                "actor_label": actor.name if actor else "command line",
                "event_id": event.id,
                "registration_id": registration_id,
                "organisation_id": organisations.get(registration_id),
                "reason": job.reprint_reason if reprint else None,
                "data": {"version": version, "print_job": job.id, "layout": job.layout},
            }
        )
    db.session.execute(insert(Badge), badges)
    db.session.execute(insert(AuditEntry), entries)
    job.pdf = pdf
    job.pdf_size = len(pdf)
    job.pages = pages
    job.done = len(ids)
    job.status = PrintJobStatus.DONE
    job.finished_at = now
    db.session.commit()


def recent_jobs(event: Event, limit: int = 10) -> list[BadgePrintJob]:
    return list(
        db.session.scalars(
            select(BadgePrintJob)
            .where(BadgePrintJob.event_id == event.id)
            .order_by(BadgePrintJob.created_at.desc(), BadgePrintJob.id.desc())
            .limit(limit)
        )
    )


def purge_job_pdfs(older_than: datetime) -> int:
    """Remove the PDFs of print runs that finished before ``older_than``: they hold the
    delegates' names and photos, and the badges are printed. The runs and the print log stay.
    Returns how many PDFs were removed."""
    removed = db.session.execute(
        update(BadgePrintJob)
        .where(BadgePrintJob.finished_at < older_than, BadgePrintJob.pdf.is_not(None))
        .values(pdf=None, pdf_removed_at=utcnow())
    ).rowcount
    db.session.commit()
    return removed


def job_pdf(job: BadgePrintJob) -> bytes:
    content = db.session.scalar(select(BadgePrintJob.pdf).where(BadgePrintJob.id == job.id))
    if job.status != PrintJobStatus.DONE or content is None:
        raise BadgeError(_l("This print run has no PDF (yet)."), "no_pdf")
    return content


# One delegate's badge -------------------------------------------------------------------------


def badge_history(registration: Registration) -> list[Badge]:
    return list(
        db.session.scalars(
            select(Badge)
            .where(Badge.registration_id == registration.id)
            .options(joinedload(Badge.printed_by), joinedload(Badge.handed_over_by))
            .order_by(Badge.version.desc())
        )
    )


def current_badge(registration: Registration) -> Badge | None:
    return db.session.scalar(
        select(Badge).where(
            Badge.registration_id == registration.id, Badge.status == BadgeStatus.CURRENT
        )
    )


def hand_over(registration: Registration, actor: StaffUser) -> Badge:
    """Record that the delegate collected the current badge (after an ID check)."""
    badge = current_badge(registration)
    if badge is None or badge.printed_at is None:
        raise BadgeError(_l("This delegate's badge has not been printed yet."), "not_printed")
    if badge.handed_over_at is not None:
        raise BadgeError(_l("This badge has already been handed over."), "already_handed_over")
    if registration.status != RegistrationStatus.APPROVED:
        raise BadgeError(
            _l("This registration is no longer approved: do not hand the badge over."),
            "not_approved",
        )
    badge.handed_over_at = utcnow()
    badge.handed_over_by_id = actor.id
    db.session.add(
        AuditEntry.about(
            registration, "badge.handed_over", actor=actor, data={"version": badge.version}
        )
    )
    db.session.commit()
    return badge


def print_log(event: Event, page: int = 1, per_page: int = 50) -> tuple[list[Badge], int]:
    """Every printed badge version of the event, newest first: who printed which when."""
    query = (
        select(Badge)
        .join(Registration, Registration.id == Badge.registration_id)
        .where(Registration.event_id == event.id, Badge.printed_at.is_not(None))
    )
    total = db.session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = db.session.scalars(
        query.options(joinedload(Badge.registration), joinedload(Badge.printed_by))
        .order_by(Badge.printed_at.desc(), Badge.id.desc())
        .offset((max(page, 1) - 1) * per_page)
        .limit(per_page)
    )
    return list(rows), total


# Verification and the delegate's view ----------------------------------------------------------


def verify_token(event: Event, token: str) -> tokens.Verification:
    """Check a scanned token against the database (doors use tokens.verify offline)."""

    def lookup(registration_id: int) -> int | None:
        return current_versions([registration_id]).get(registration_id)

    revoked = db.session.scalars(
        select(Registration.id).where(
            Registration.event_id == event.id,
            Registration.status.in_((RegistrationStatus.REVOKED, RegistrationStatus.SUSPENDED)),
        )
    )
    return tokens.verify(
        token,
        event_id=event.id,
        public_keys=tokens.public_keys(current_app.config),
        current_versions=lookup,
        revoked=list(revoked),
    )


def public_key_document(event: Event) -> dict:
    keys = tokens.public_keys(current_app.config)
    return {
        "event_id": event.id,
        "event": event.slug,
        "algorithm": "Ed25519",
        "token_format": tokens.FORMAT,
        "signed_prefix": tokens.CONTEXT.decode(),
        "public_keys": [tokens.public_key_text(k) for k in keys],
        "documentation": "docs/BADGES.md",
    }


def collection_point(event: Event) -> str:
    return _(
        "At the badge desk, %(venue)s, %(city)s. Bring the passport you registered with.",
        venue=event.venue,
        city=event.city,
    )


def badge_state(registration: Registration) -> tuple[str, str | None]:
    """(state, where to collect it) for the delegate portal; see BadgeState."""
    status = registration.status
    if status in (RegistrationStatus.REVOKED, RegistrationStatus.SUSPENDED):
        return BadgeState.WITHDRAWN, None
    if status != RegistrationStatus.APPROVED:
        return BadgeState.NOT_YET, None
    badge = current_badge(registration)
    where = collection_point(registration.event)
    if badge is None or badge.printed_at is None:
        return BadgeState.PREPARING, where
    if badge.handed_over_at is not None:
        return BadgeState.COLLECTED, None
    return BadgeState.READY, where
