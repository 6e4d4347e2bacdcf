"""The badge desk: find a delegate, check the ID, hand over or print the badge; walk-ins."""

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from ..accreditation.workflow import FINAL, Actor, WorkflowError
from ..backoffice.permissions import Permission, can, event_permission_required
from ..badges import services as badges
from ..extensions import db
from ..labels import STATUS_LABELS
from ..models import Country, Event, Organisation, Registration
from ..registration import services as registrations
from ..registration.photos import PhotoError, process_photo
from ..registration.validation import ValidationFailed
from . import bp, services


def _registration(event: Event, registration_id: int) -> Registration:
    registration = db.session.get(Registration, registration_id)
    if registration is None or registration.event_id != event.id:
        abort(404)
    return registration


@bp.route("/events/<slug>/desk")
@event_permission_required(Permission.CHECK_IN)
def desk(event: Event):
    query = request.args.get("q", "")[:500]
    found = services.find_at_desk(event, query) if query else []
    if len(found) == 1 and query:
        return redirect(url_for(".desk_person", slug=event.slug, registration_id=found[0].id))
    return render_template("checkin/desk.html", event=event, query=query, found=found)


@bp.route("/events/<slug>/desk/<int:registration_id>", methods=["GET", "POST"])
@event_permission_required(Permission.CHECK_IN)
def desk_person(event: Event, registration_id: int):
    registration = _registration(event, registration_id)
    job = None
    photo_error = None
    if request.method == "POST":
        if not can(current_user, Permission.PRINT_BADGES, event):
            abort(403)
        request.max_content_length = current_app.config["PHOTO_MAX_BYTES"] + 1024 * 1024
        action = request.form.get("action")
        try:
            if action == "photo":
                photo_error = _take_photo(registration)
                if photo_error is None:
                    return redirect(
                        url_for(".desk_person", slug=event.slug, registration_id=registration.id)
                    )
            elif action == "hand_over":
                if request.form.get("id_checked") != "y":
                    raise badges.BadgeError(
                        _("Check the passport or ID against the photo and tick the box first."),
                        "id_not_checked",
                    )
                badges.hand_over(registration, current_user)
                flash(_("Handed over. Next, please."), "success")
                return redirect(url_for(".desk", slug=event.slug))
            elif action == "print":
                job = badges.print_registration(
                    registration, current_user, reason=request.form.get("reason", "")
                )
                flash(_("The badge is ready to print."), "success")
            else:
                abort(400)
        except badges.BadgeError as error:
            db.session.rollback()
            flash(str(error.message), "error")
    return render_template(
        "checkin/desk_person.html",
        event=event,
        registration=registration,
        badge=badges.current_badge(registration),
        job=job,
        photo_error=photo_error,
        photo_changeable=registration.status not in FINAL,
    )


def _take_photo(registration: Registration) -> str | None:
    """The photo taken with the desk's camera (or a file), through the same processing as the
    delegate's own upload; the audit trail names the desk user. The problem, if any."""
    uploads = [
        f for f in (request.files.get("camera"), request.files.get("file")) if f and f.filename
    ]
    if not uploads:
        return _("Take a photo with the camera or choose a picture file first.")
    try:
        processed = process_photo(uploads[0].read(current_app.config["PHOTO_MAX_BYTES"] + 1))
        registrations.replace_photo(registration, processed, Actor.staff_user(current_user))
    except (PhotoError, registrations.RegistrationError) as error:
        return str(error.message)
    badge = badges.current_badge(registration)
    if badge is not None and badge.printed_at is not None:
        flash(_("The photo is saved. Reprint the badge so that it shows the new photo."), "success")
    else:
        flash(_("The photo is saved."), "success")
    return None


@bp.route("/events/<slug>/desk/walk-in", methods=["GET", "POST"])
@event_permission_required(Permission.CHECK_IN)
def walk_in(event: Event):
    if not event.allow_walk_ins:
        flash(
            _("This event does not register walk-ins; send the person to the organisers."), "error"
        )
        return redirect(url_for(".desk", slug=event.slug))
    may_approve = can(current_user, Permission.REVIEW_REGISTRATIONS, event)
    errors: dict = {}
    if request.method == "POST":
        try:
            registration = registrations.register_walk_in(
                event,
                request.form,
                current_user,
                approve=may_approve and request.form.get("approve") == "y",
            )
        except ValidationFailed as failed:
            errors = {
                name: [str(e.message) for e in problems] for name, problems in failed.errors.items()
            }
        except (registrations.RegistrationError, WorkflowError) as error:
            flash(str(error.message), "error")
        else:
            flash(
                _("Registered: %(status)s.", status=STATUS_LABELS[registration.status]), "success"
            )
            return redirect(
                url_for(".desk_person", slug=event.slug, registration_id=registration.id)
            )
    countries = db.session.execute(select(Country.code, Country.name).order_by(Country.name))
    organisations = db.session.scalars(
        select(Organisation)
        .where(Organisation.vetting_status != "merged")
        .order_by(Organisation.country_code, Organisation.name)
    )
    return render_template(
        "checkin/walk_in.html",
        event=event,
        form=request.form,
        errors=errors,
        countries=list(countries),
        organisations=list(organisations),
        may_approve=may_approve,
    )
