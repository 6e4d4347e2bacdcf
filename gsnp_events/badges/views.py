"""The badge desk's pages, under /backoffice/events/<slug>/badges/, and the public key."""

from urllib.parse import parse_qsl, urlencode

from flask import Response, abort, flash, jsonify, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import func, select
from werkzeug.datastructures import MultiDict

from ..backoffice.permissions import Permission, event_permission_required
from ..extensions import db
from ..models import (
    Badge,
    Country,
    Event,
    Organisation,
    Photo,
    Registration,
    RegistrationStatus,
)
from ..models.badges import BadgePrintJob, BadgeStatus
from . import bp, jobs, services
from .forms import HandOverForm, PrintOneForm, PrintRunForm, RunOptions
from .layouts import LAYOUTS
from .services import SORT_LABELS, BadgeError, PrintedFilter

PREFIX = "/backoffice/events/<slug>/badges"
LOG_PAGE_SIZE = 50


def _pdf(content: bytes, filename: str, inline: bool = False) -> Response:
    disposition = "inline" if inline else "attachment"
    return Response(
        content,
        mimetype="application/pdf",
        headers={
            "Content-Disposition": f'{disposition}; filename="{filename}"',
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff",
        },
    )


def _counts(event: Event) -> dict[str, int]:
    approved = (
        select(Registration.id)
        .where(
            Registration.event_id == event.id, Registration.status == RegistrationStatus.APPROVED
        )
        .subquery()
    )
    current = select(Badge).where(
        Badge.registration_id.in_(select(approved.c.id)),
        Badge.status == BadgeStatus.CURRENT,
        Badge.printed_at.is_not(None),
    )
    printed = db.session.scalar(select(func.count()).select_from(current.subquery())) or 0
    handed = (
        db.session.scalar(
            select(func.count()).select_from(
                current.where(Badge.handed_over_at.is_not(None)).subquery()
            )
        )
        or 0
    )
    total = db.session.scalar(select(func.count()).select_from(approved)) or 0
    return {"approved": total, "printed": printed, "not_printed": total - printed, "handed": handed}


def _choices(event: Event) -> dict:
    approved = select(Registration).where(
        Registration.event_id == event.id, Registration.status == RegistrationStatus.APPROVED
    )
    countries = db.session.execute(
        select(Country.code, Country.name)
        .where(Country.code.in_(approved.with_only_columns(Registration.nationality_code)))
        .order_by(Country.name)
    ).all()
    organisations = db.session.execute(
        select(Organisation.id, Organisation.name)
        .where(Organisation.id.in_(approved.with_only_columns(Registration.organisation_id)))
        .order_by(Organisation.name)
    ).all()
    return {"countries": countries, "organisations": organisations}


def _photo_check(event: Event, options: RunOptions, rows: list[Registration]) -> dict:
    """Which of the rows shown have a photo, and how many of the whole selection have none."""
    without = services.selection_query(event, options.filters).where(~Registration.photo.has())
    shown = db.session.scalars(
        select(Photo.registration_id).where(Photo.registration_id.in_([r.id for r in rows]))
    )
    return {
        "with_photo": set(shown),
        "without_photo": db.session.scalar(select(func.count()).select_from(without.subquery())),
    }


def _index_page(
    event: Event,
    options: RunOptions,
    form: PrintRunForm | None = None,
    status: int = 200,
    error: str | None = None,
):
    selection = services.describe_selection(event, options.filters, options.order)
    args = options.to_args()
    form = form or PrintRunForm(formdata=None)
    form.query.data = urlencode(list(args.items(multi=True)))
    return (
        render_template(
            "badges/index.html",
            event=event,
            options=options,
            selection=selection,
            counts=_counts(event),
            layouts=LAYOUTS,
            sort_labels=SORT_LABELS,
            printed_filters=PrintedFilter,
            form=form,
            query_args=args,
            jobs=services.recent_jobs(event),
            error=error,
            **_choices(event),
            **_photo_check(event, options, selection.first),
        ),
        status,
    )


@bp.route(f"{PREFIX}/")
@event_permission_required(Permission.PRINT_BADGES)
def index(event: Event):
    return _index_page(event, RunOptions(request.args, event))


@bp.route(f"{PREFIX}/preview.pdf")
@event_permission_required(Permission.PRINT_BADGES)
def preview(event: Event):
    options = RunOptions(request.args, event)
    if options.errors:
        return _index_page(event, options, status=400)
    try:
        pdf = services.preview_pdf(
            event, options.filters, options.layout, options.back, options.order
        )
    except BadgeError as error:
        flash(error.message, "error")
        return redirect(url_for("badges.index", slug=event.slug, **options.to_args()))
    return _pdf(pdf, f"{event.slug}-preview.pdf", inline=True)


@bp.route(f"{PREFIX}/jobs", methods=["POST"])
@event_permission_required(Permission.PRINT_BADGES)
def create_job(event: Event):
    form = PrintRunForm()
    options = RunOptions(MultiDict(parse_qsl(form.query.data or "")), event)
    if not form.validate() or options.errors:
        return _index_page(event, options, form, status=400)
    try:
        job = services.create_print_job(
            event,
            current_user,
            options.filters,
            layout=options.layout,
            back=options.back,
            order=options.order,
            reason=form.reason.data or "",
        )
    except BadgeError as error:
        if error.code in ("reason_required", "reason_too_long"):
            form.reason.errors = [*form.reason.errors, error.message]
            return _index_page(event, options, form, status=400)
        return _index_page(event, options, form, status=400, error=error.message)
    jobs.dispatch(job)
    return redirect(url_for("badges.job", slug=event.slug, job_id=job.id))


def _event_job(event: Event, job_id: int) -> BadgePrintJob:
    job = db.session.get(BadgePrintJob, job_id)
    if job is None or job.event_id != event.id:
        abort(404)
    return job


@bp.route(f"{PREFIX}/jobs/<int:job_id>")
@event_permission_required(Permission.PRINT_BADGES)
def job(event: Event, job_id: int):
    job = _event_job(event, job_id)
    response = Response(render_template("badges/job.html", event=event, job=job, layouts=LAYOUTS))
    if not job.finished:
        response.headers["Refresh"] = "2"  # the page also has a meta refresh: no JavaScript
    return response


@bp.route(f"{PREFIX}/jobs/<int:job_id>/badges.pdf")
@event_permission_required(Permission.PRINT_BADGES)
def job_download(event: Event, job_id: int):
    job = _event_job(event, job_id)
    if job.pdf_removed_at:  # an old link: the run's page says when and why
        return redirect(url_for(".job", slug=event.slug, job_id=job.id))
    try:
        content = services.job_pdf(job)
    except BadgeError:
        abort(404)
    return _pdf(content, f"{event.slug}-badges-{job.id}.pdf")


def _event_registration(event: Event, registration_id: int) -> Registration:
    registration = db.session.get(Registration, registration_id)
    if registration is None or registration.event_id != event.id:
        abort(404)
    return registration


def _registration_page(event, registration, form=None, status=200):
    form = form or PrintOneForm(formdata=None)
    return (
        render_template(
            "badges/registration.html",
            event=event,
            registration=registration,
            history=services.badge_history(registration),
            current=services.current_badge(registration),
            form=form,
            hand_over_form=HandOverForm(formdata=None),
            approved=registration.status == RegistrationStatus.APPROVED,
        ),
        status,
    )


@bp.route(f"{PREFIX}/registrations/<int:registration_id>")
@event_permission_required(Permission.PRINT_BADGES)
def registration(event: Event, registration_id: int):
    return _registration_page(event, _event_registration(event, registration_id))


@bp.route(f"{PREFIX}/registrations/<int:registration_id>/print", methods=["POST"])
@event_permission_required(Permission.PRINT_BADGES)
def print_one(event: Event, registration_id: int):
    registration = _event_registration(event, registration_id)
    form = PrintOneForm()
    if not form.validate():
        return _registration_page(event, registration, form, status=400)
    try:
        job = services.print_registration(
            registration,
            current_user,
            reason=form.reason_text(),
            layout=form.layout.data,
            back=form.back.data,
        )
    except BadgeError as error:
        form.reason.errors = [*form.reason.errors, error.message]
        return _registration_page(event, registration, form, status=400)
    return redirect(url_for("badges.job", slug=event.slug, job_id=job.id))


@bp.route(f"{PREFIX}/registrations/<int:registration_id>/hand-over", methods=["POST"])
@event_permission_required(Permission.PRINT_BADGES)
def hand_over(event: Event, registration_id: int):
    registration = _event_registration(event, registration_id)
    if not HandOverForm().validate():
        abort(400)
    try:
        services.hand_over(registration, current_user)
    except BadgeError as error:
        flash(error.message, "error")
    else:
        flash(_("The badge is recorded as handed over."), "info")
    return redirect(
        url_for("badges.registration", slug=event.slug, registration_id=registration.id)
    )


@bp.route(f"{PREFIX}/log")
@event_permission_required(Permission.PRINT_BADGES)
def print_log(event: Event):
    number = request.args.get("page", "1")
    page = int(number) if number.isdigit() and int(number) > 0 else 1
    rows, total = services.print_log(event, page, LOG_PAGE_SIZE)
    pages = max(1, -(-total // LOG_PAGE_SIZE))
    return render_template(
        "badges/log.html", event=event, rows=rows, total=total, page=page, pages=pages
    )


@bp.route("/api/v1/events/<slug>/badge-key")
def public_key(slug: str):
    """The public key(s) that verify this event's badge tokens (docs/BADGES.md)."""
    event = db.session.scalar(select(Event).where(Event.slug == slug))
    if event is None:
        return jsonify({"error": {"code": "not_found", "message": "No such event."}}), 404
    response = jsonify(services.public_key_document(event))
    response.headers["Cache-Control"] = "public, max-age=300"
    return response
