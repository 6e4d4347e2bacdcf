"""The review queue and the registration detail page."""

from flask import Response, abort, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user
from sqlalchemy import select

from ..accreditation.workflow import FIRST_APPROVAL_ACTION, WorkflowError
from ..countries_i18n import country_choices
from ..extensions import db
from ..models import AuditEntry, Country, Event, Photo, Registration, RegistrationStatus
from . import bp, review
from .filters import filter_from_args, filter_to_args
from .permissions import Permission, can, event_permission_required
from .queries import Sort, possible_duplicates, registration_page

PAGE_SIZE = 50


def event_registration(event: Event, registration_id: int) -> Registration:
    registration = db.session.get(Registration, registration_id)
    if registration is None or registration.event_id != event.id:
        abort(404)
    return registration


@bp.route("/events/<slug>/registrations")
@event_permission_required(Permission.VIEW_REGISTRATIONS)
def registrations(event: Event):
    filters = filter_from_args(request.args, event)
    number = request.args.get("page", "1")
    page = registration_page(event, filters, int(number) if number.isdigit() else 1, PAGE_SIZE)
    represented = db.session.execute(
        select(Country.code, Country.region, Country.subregion).where(
            Country.code.in_(
                select(Registration.nationality_code)
                .where(Registration.event_id == event.id)
                .distinct()
            )
        )
    ).all()
    regions = sorted(
        {c.region for c in represented if c.region}
        | {c.subregion for c in represented if c.subregion}
    )
    # In the reader's language and alphabetical order.
    countries = country_choices(codes=[c.code for c in represented])
    return render_template(
        "backoffice/registrations.html",
        event=event,
        page=page,
        filters=filters,
        query_args=filter_to_args(filters),
        countries=countries,
        regions=regions,
        sorts=list(Sort),
        can_export=can(current_user, Permission.EXPORT, event),
        can_review=can(current_user, Permission.REVIEW_REGISTRATIONS, event),
        bulk_transitions=[(t, review.button_label(t)) for t in review.BULK_TRANSITIONS],
        back=request.full_path,
    )


@bp.route("/events/<slug>/registrations/<int:registration_id>")
@event_permission_required(Permission.VIEW_REGISTRATIONS)
def registration_detail(event: Event, registration_id: int):
    registration = event_registration(event, registration_id)
    history = db.session.scalars(
        select(AuditEntry)
        .where(AuditEntry.registration_id == registration.id)
        .order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc())
    ).all()
    return render_template(
        "backoffice/registration_detail.html",
        event=event,
        registration=registration,
        history=history,
        duplicates=possible_duplicates(registration),
        transitions=[
            (t, review.button_label(t.name))
            for t in review.staff_transitions(registration, current_user)
        ],
        pending=_pending_decision(registration),
        exchange=review.information_exchange(list(reversed(history)))
        if registration.status == RegistrationStatus.INFO_PROVIDED
        else None,
    )


def _pending_decision(registration: Registration) -> dict:
    """What the officer typed before a refused decision, to show it again."""
    pending = session.pop("pending_decision", None)
    return pending if pending and pending.get("registration") == registration.id else {}


@bp.route("/events/<slug>/registrations/<int:registration_id>/photo")
@event_permission_required(Permission.VIEW_REGISTRATIONS)
def registration_photo(event: Event, registration_id: int):
    registration = event_registration(event, registration_id)
    photo = db.session.scalar(select(Photo).where(Photo.registration_id == registration.id))
    if photo is None:
        abort(404)
    response = Response(photo.content, mimetype="image/jpeg")
    response.headers["Cache-Control"] = "private, max-age=300"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


@bp.route("/events/<slug>/registrations/<int:registration_id>/decide", methods=["POST"])
@event_permission_required(Permission.REVIEW_REGISTRATIONS)
def decide_registration(event: Event, registration_id: int):
    registration = event_registration(event, registration_id)
    transition = request.form.get("transition", "")
    version = request.form.get("version", "")
    reason = request.form.get("reason", "")
    try:
        outcome = review.decide(
            registration,
            transition,
            current_user,
            reason,
            int(version) if version.isdigit() else None,
        )
    except WorkflowError as error:
        flash(error.message, "error")
        # Keep the reason typed, and reopen the same decision, on the page that follows.
        session["pending_decision"] = {
            "registration": registration.id,
            "transition": transition,
            "reason": reason[:1000],
        }
    else:
        if outcome.action == FIRST_APPROVAL_ACTION:
            flash(_("First approval recorded; another officer must give the second."), "success")
        else:
            flash(
                _(
                    "%(name)s: %(decision)s.",
                    name=registration.full_name,
                    decision=review.transition_label(transition),
                ),
                "success",
            )
    return redirect(
        url_for(".registration_detail", slug=event.slug, registration_id=registration.id)
    )


@bp.route("/events/<slug>/registrations/bulk", methods=["POST"])
@event_permission_required(Permission.REVIEW_REGISTRATIONS)
def bulk_decide(event: Event):
    ids = [int(i) for i in request.form.getlist("registration") if i.isdigit()]
    transition = request.form.get("transition", "")
    back = request.form.get("back", "")
    target = back if back.startswith("/backoffice/") else url_for(".registrations", slug=event.slug)
    if not ids:
        flash(_("Tick the registrations to decide on first."), "error")
        return redirect(target)
    if transition not in review.BULK_TRANSITIONS:
        flash(_("Choose approve or reject."), "error")
        return redirect(target)
    result = review.decide_many(event, ids, transition, current_user, request.form.get("reason"))
    if result.done:
        flash(
            ngettext(
                "%(num)d registration: %(decision)s.",
                "%(num)d registrations: %(decision)s.",
                len(result.done),
                decision=review.transition_label(transition),
            ),
            "success",
        )
    for registration, message in result.refused:
        flash(f"{registration.full_name}: {message}", "error")
    return redirect(target)
