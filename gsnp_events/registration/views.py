"""Public pages: the event, the registration form, the delegation form, the confirmation link.

Views are thin: they read the request, call a service, and show its errors in the form.
"""

from flask import abort, current_app, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from werkzeug.exceptions import RequestEntityTooLarge

from ..accreditation import places
from ..extensions import db
from ..models import Organisation, Registration
from ..models.base import utcnow
from . import bp, services
from .forms import DelegationForm, RegistrationForm, fill_choices
from .photos import PhotoError, keep_photo, process_photo, restore_photo
from .tokens import LinkError
from .validation import FieldError, ValidationFailed


def event_or_404(slug: str):
    event = services.open_event(slug)
    if event is None:
        abort(404)
    return event


def raw_values(form_data, prefix: str = "") -> dict:
    """The submitted values as typed (lists for the multi-choice fields)."""
    raw = {k.removeprefix(prefix): v for k, v in form_data.items() if k.startswith(prefix)}
    raw["languages"] = form_data.getlist(prefix + "languages")
    return raw


def all_fields(form) -> dict:
    """Every field of a form by its HTML name, rows of a FieldList included."""
    fields = {}
    for f in form:
        if f.type == "FieldList":
            for entry in f.entries:
                fields.update(all_fields(entry.form))
        else:
            fields[f.name] = f
    return fields


def show_errors(form, errors: dict[str, list[FieldError]]) -> list[str]:
    """Put each error on its field; returns the messages that belong to no field."""
    fields = all_fields(form)
    orphans = []
    for name, problems in errors.items():
        messages = [str(p.message) for p in problems]
        target = fields.get(name)
        if target is None:
            orphans.extend(messages)
        else:
            target.errors = [*list(target.errors or []), *messages]
    return orphans


def organisation_choices(form, default_country: str | None) -> list:
    country = form.organisation_country.data or default_country
    if country and not form.organisation_country.data:
        form.organisation_country.data = country
    organisations = services.find_organisations(country, form.organisation_search.data)
    choices = [("", _("Choose your organisation"))]
    for organisation in organisations:
        label = organisation.name
        if organisation.name_local:
            label += f" ({organisation.name_local})"
        choices.append((str(organisation.id), label))
    selected = form.organisation_id.data
    if selected and selected not in {value for value, _label in choices}:
        # Keep the chosen organisation visible after a search for another country.
        organisation = db.session.get(Organisation, int(selected)) if selected.isdigit() else None
        if organisation is not None:
            choices.append((selected, organisation.name))
    form.organisation_id.choices = choices
    return organisations


def _photo_from_request(form) -> tuple[object, FieldError | None]:
    kept = restore_photo(form.kept_photo.data) if hasattr(form, "kept_photo") else None
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        return kept, None
    data = upload.read(current_app.config["PHOTO_MAX_BYTES"] + 1)
    try:
        return process_photo(data), None
    except PhotoError as error:
        return None, FieldError(error.code, error.message)


@bp.errorhandler(RequestEntityTooLarge)
def too_large(error):
    megabytes = current_app.config["PHOTO_MAX_BYTES"] // (1024 * 1024)
    return render_template(
        "error.html",
        title=_("The upload is too large"),
        message=_(
            "The photo must be at most %(mb)d MB. Go back and choose a smaller file.", mb=megabytes
        ),
    ), 413


@bp.route("/events/<slug>")
def event_page(slug: str):
    event = event_or_404(slug)
    return render_template(
        "public/event.html",
        event=event,
        is_open=event.registration_open(utcnow()),
        categories=[c for c in event.categories if c.public],
    )


@bp.route("/events/<slug>/register", methods=["GET", "POST"])
def register(slug: str):
    event = event_or_404(slug)
    if not event.registration_open(utcnow()):
        return render_template("public/closed.html", event=event), 403
    request.max_content_length = current_app.config["PHOTO_MAX_BYTES"] + 1024 * 1024
    form = RegistrationForm()
    fill_choices(form, event)
    if request.method == "GET":
        form.preferred_language.data = form.preferred_language.data or _current_language()
    organisation_choices(form, form.nationality.data)
    photo, general = None, []
    duplicate = None
    if request.method == "POST" and form.validate_on_submit():
        photo, photo_error = _photo_from_request(form)
        if request.form.get("action") == "find_organisation":
            if photo_error:
                form.photo.errors = [str(photo_error.message)]
        else:
            try:
                result = services.register(event, raw_values(request.form), photo, photo_error)
            except ValidationFailed as failed:
                general = show_errors(form, failed.errors)
            except services.DuplicateRegistration as error:
                duplicate = error
                show_errors(form, {error.field: [FieldError(error.code, error.message)]})
            except services.RegistrationError as error:
                general = [str(error.message)]
            else:
                session["registered"] = result.registration.id
                return redirect(url_for(".registered", slug=slug))
    elif request.method == "POST":
        general = [_("The form has expired. Check your entries and send it again.")]
    if photo is not None:
        form.kept_photo.data = keep_photo(photo)
    elif request.method == "POST":
        form.kept_photo.data = ""
    return render_template(
        "public/register.html",
        event=event,
        form=form,
        general_errors=general,
        duplicate=duplicate,
        photo_preview=photo.data_url() if photo is not None else None,
    )


def _current_language() -> str:
    from flask_babel import get_locale

    locale = get_locale()
    return str(locale) if locale else current_app.config["LANGUAGES"][0]


@bp.route("/events/<slug>/registered")
def registered(slug: str):
    event = event_or_404(slug)
    registration_id = session.get("registered")
    registration = db.session.get(Registration, registration_id) if registration_id else None
    if registration is None or registration.event_id != event.id:
        return redirect(url_for(".event_page", slug=slug))
    return render_template(
        "public/registered.html",
        event=event,
        registration=registration,
        position=places.waiting_position(registration),
    )


@bp.route("/events/<slug>/delegation", methods=["GET", "POST"])
def delegation(slug: str):
    event = event_or_404(slug)
    if not event.registration_open(utcnow()):
        return render_template("public/closed.html", event=event), 403
    form = DelegationForm()
    action = request.form.get("action")
    if request.method == "POST" and action == "add_delegate" and len(form.delegates) < 30:
        form.delegates.append_entry()
    fill_choices(form, event)
    organisation_choices(form, None)
    general = []
    if request.method == "POST" and form.validate_on_submit():
        if action not in ("add_delegate", "find_organisation"):
            rows = [raw_values(request.form, entry.name + "-") for entry in form.delegates]
            try:
                result = services.register_delegation(event, raw_values(request.form), rows)
            except ValidationFailed as failed:
                general = show_errors(form, failed.errors)
            except services.RegistrationError as error:
                general = [str(error.message)]
            else:
                session["delegation"] = {
                    "organisation": result.organisation.id,
                    "count": len(result.registrations),
                    "waitlisted": len(result.waitlisted),
                    "email": result.organisation.focal_point_email,
                }
                return redirect(url_for(".delegation_done", slug=slug))
    elif request.method == "POST":
        general = [_("The form has expired. Check your entries and send it again.")]
    return render_template("public/delegation.html", event=event, form=form, general_errors=general)


@bp.route("/events/<slug>/delegation/sent")
def delegation_done(slug: str):
    event = event_or_404(slug)
    summary = session.get("delegation")
    if not summary:
        return redirect(url_for(".event_page", slug=slug))
    return render_template("public/delegation_done.html", event=event, summary=summary)


@bp.route("/confirm/<token>")
def confirm(token: str):
    try:
        registration, confirmed_now = services.confirm_email(token)
    except LinkError as error:
        return render_template("portal/link_error.html", message=error.message), 400
    from .portal import start_delegate_session

    start_delegate_session(registration)
    if confirmed_now:
        flash(_("Thank you: your e-mail address is confirmed."), "info")
    else:
        flash(_("Your e-mail address was already confirmed."), "info")
    return redirect(url_for("portal.index"))
