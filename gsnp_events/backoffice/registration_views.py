"""The review queue and the registration detail page."""

from flask import Response, abort, render_template, request
from flask_login import current_user
from sqlalchemy import select

from ..extensions import db
from ..models import AuditEntry, Country, Event, Photo, Registration
from . import bp
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
    countries = db.session.execute(
        select(Country.code, Country.name, Country.region, Country.subregion)
        .where(
            Country.code.in_(
                select(Registration.nationality_code)
                .where(Registration.event_id == event.id)
                .distinct()
            )
        )
        .order_by(Country.name)
    ).all()
    regions = sorted(
        {c.region for c in countries if c.region} | {c.subregion for c in countries if c.subregion}
    )
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
        can_review=can(current_user, Permission.REVIEW_REGISTRATIONS, event),
    )


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
