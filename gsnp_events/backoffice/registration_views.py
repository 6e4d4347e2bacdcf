"""The review queue and the registration detail page."""

from flask import Response, abort, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select
from werkzeug.datastructures import MultiDict

from ..accreditation.workflow import FIRST_APPROVAL_ACTION, WorkflowError
from ..countries_i18n import country_choices
from ..extensions import db
from ..labels import category_name
from ..models import AuditEntry, Country, Event, Photo, Registration, RegistrationStatus
from . import bp, review
from .filters import filter_from_args, filter_to_args
from .permissions import Permission, can, event_permission_required
from .queries import Sort, matching_ids, possible_duplicates, registration_page, with_photo

PAGE_SIZE = 50


def event_registration(event: Event, registration_id: int) -> Registration:
    registration = db.session.get(Registration, registration_id)
    if registration is None or registration.event_id != event.id:
        abort(404)
    return registration


@bp.route("/events/<slug>/registrations")
@event_permission_required(Permission.VIEW_REGISTRATIONS)
def registrations(event: Event):
    return _queue_page(event, request.args)


def _queue_page(
    event: Event,
    args: MultiDict,
    ticked: frozenset[int] = frozenset(),
    bulk_error: str | None = None,
    status: int = 200,
):
    """The queue as ``args`` filter it; after a refused bulk decision, with the boxes ticked
    and what was typed kept."""
    filters = filter_from_args(args, event)
    number = args.get("page", "1")
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
    return (
        render_template(
            "backoffice/registrations.html",
            event=event,
            page=page,
            filters=filters,
            query_args=filter_to_args(filters),
            countries=countries,
            categories=[(c.id, category_name(c)) for c in event.categories],
            regions=regions,
            sorts=list(Sort),
            can_export=can(current_user, Permission.EXPORT, event),
            can_review=can(current_user, Permission.REVIEW_REGISTRATIONS, event),
            bulk_transitions=[
                (t, review.button_label(t), review.reason_required(t))
                for t in review.BULK_TRANSITIONS
            ],
            with_photo=with_photo([r.id for r in page.items]),
            ticked=ticked,
            bulk=args if bulk_error else MultiDict(),
            bulk_error=bulk_error,
            back=url_for(
                ".registrations",
                slug=event.slug,
                page=page.number,
                **filter_to_args(filters).to_dict(flat=False),
            ),
        ),
        status,
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
            photo_at_desk=request.form.get("photo_at_desk") == "1",
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
        if transition == "approve" and not review.has_photo(registration):
            flash(
                _(
                    "%(name)s has no photo yet: take it at the desk before the badge is printed.",
                    name=registration.full_name,
                ),
                "warning",
            )
    return redirect(
        url_for(".registration_detail", slug=event.slug, registration_id=registration.id)
    )


@bp.route("/events/<slug>/registrations/bulk", methods=["POST"])
@event_permission_required(Permission.REVIEW_REGISTRATIONS)
def bulk_decide(event: Event):
    """A decision for the ticked registrations, or for all that match the queue's filter:
    these are counted again when applied, and applied only if the officer confirmed that
    very number."""
    form = request.form
    transition = form.get("transition", "")
    reason = form.get("reason", "")
    ids = frozenset(int(i) for i in form.getlist("registration") if i.isdigit())
    if transition not in review.BULK_TRANSITIONS:
        return _queue_page(event, form, ids, _("Choose a decision."), 400)
    if review.reason_required(transition) and not reason.strip():
        return _queue_page(event, form, ids, _("Give a reason: the delegates will read it."), 400)
    filters = filter_from_args(form, event)
    if form.get("scope") == "matching":
        chosen = matching_ids(event, filters)
        expected = form.get("expected", "")
        if form.get("confirmed") != "1" or expected != str(len(chosen)):
            return render_template(
                "backoffice/bulk_confirm.html",
                event=event,
                total=len(chosen),
                changed=form.get("confirmed") == "1",
                decision=review.button_label(transition),
                form=form,
                back=_back(event, form),
            )
    elif ids:
        chosen = sorted(ids)
    else:
        return _queue_page(
            event,
            form,
            ids,
            _("Tick the registrations to decide on first, or choose all that match the filter."),
            400,
        )
    result = review.decide_many(
        event, chosen, transition, current_user, reason, form.get("photo_at_desk") == "1"
    )
    return render_template(
        "backoffice/bulk_results.html",
        event=event,
        result=result,
        decision=review.transition_label(transition),
        back=_back(event, form),
    )


def _back(event: Event, form: MultiDict) -> str:
    back = form.get("back", "")
    return back if back.startswith("/backoffice/") else url_for(".registrations", slug=event.slug)
