"""Public pages: the event, the registration form, the delegation form, the confirmation link.

Views are thin: they read the request, call a service, and show its errors in the form.
"""

from flask import abort, current_app, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from werkzeug.exceptions import RequestEntityTooLarge

from ..accreditation import places
from ..extensions import db, limiter
from ..models import Organisation, Registration
from ..models.base import utcnow
from . import bp, services
from .forms import DelegateRow, DelegationForm, RegistrationForm, fill_choices
from .photos import PhotoError, keep_photo, process_photo, restore_photo
from .tokens import LinkError
from .validation import FieldError, ValidationFailed

# Sent forms per client address: a delegation or a group of colleagues behind one address fits,
# a script filling the event with registrations does not.
PUBLIC_FORM_LIMIT = "20 per hour"


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


ORGANISATIONS_PER_PAGE = 60
# Buttons that re-show the form (without JavaScript) instead of sending it.
ORGANISATION_ACTIONS = ("find_organisation", "more_organisations")


def organisation_choices(form, default_country: str | None):
    """Fill the organisation list: the organisations of the chosen country matching the
    search, 60 more each time "Show more" is pressed; returns the page (with the total)."""
    country = form.organisation_country.data or default_country
    if country and not form.organisation_country.data:
        form.organisation_country.data = country
    try:
        pages = max(1, min(int(form.organisation_pages.data or 1), 50))
    except ValueError:
        pages = 1
    if request.form.get("action") == "more_organisations":
        pages += 1
    elif request.form.get("action") == "find_organisation":
        pages = 1
    form.organisation_pages.data = str(pages)
    found = services.search_organisations(
        country, form.organisation_search.data, limit=pages * ORGANISATIONS_PER_PAGE
    )
    choices = [("", _("Choose your organisation"))]
    for organisation in found.organisations:
        choices.append((str(organisation.id), organisation_label(organisation)))
    selected = form.organisation_id.data
    if selected and selected not in {value for value, _label in choices}:
        # Keep the chosen organisation visible after a search for another country.
        organisation = db.session.get(Organisation, int(selected)) if selected.isdigit() else None
        if organisation is not None:
            choices.append((selected, organisation_label(organisation)))
    form.organisation_id.choices = choices
    return found


def by_entry_name(errors: dict, entries) -> dict:
    """Errors named delegates-<position>-<field> renamed after the rows' own names (the page's
    script may have removed a row, leaving delegates-0 and delegates-2)."""
    renamed = {}
    for name, problems in errors.items():
        head, position, rest = (name.split("-", 2) + ["", ""])[:3]
        if head == "delegates" and position.isdigit() and int(position) < len(entries):
            name = f"{entries[int(position)].name}-{rest}"
        renamed[name] = problems
    return renamed


def organisation_label(organisation: Organisation) -> str:
    if organisation.name_local:
        return f"{organisation.name} ({organisation.name_local})"
    return organisation.name


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
@limiter.limit(PUBLIC_FORM_LIMIT, methods=["POST"])
def register(slug: str):
    event = event_or_404(slug)
    if not event.registration_open(utcnow()):
        return render_template("public/closed.html", event=event), 403
    request.max_content_length = current_app.config["PHOTO_MAX_BYTES"] + 1024 * 1024
    form = RegistrationForm()
    fill_choices(form, event)
    if request.method == "GET":
        form.preferred_language.data = form.preferred_language.data or _current_language()
    organisations = organisation_choices(form, form.nationality.data)
    photo, general = None, []
    duplicate = None
    if request.method == "POST" and form.validate_on_submit():
        photo, photo_error = _photo_from_request(form)
        if request.form.get("action") in ORGANISATION_ACTIONS:
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
        organisations=organisations,
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
@limiter.limit(PUBLIC_FORM_LIMIT, methods=["POST"])
def delegation(slug: str):
    event = event_or_404(slug)
    if not event.registration_open(utcnow()):
        return render_template("public/closed.html", event=event), 403
    form = DelegationForm()
    action = request.form.get("action")
    if request.method == "POST" and action == "add_delegate" and len(form.delegates) < 30:
        form.delegates.append_entry()
    fill_choices(form, event)
    organisations = organisation_choices(form, None)
    general = []
    if request.method == "POST" and form.validate_on_submit():
        if action != "add_delegate" and action not in ORGANISATION_ACTIONS:
            entries = form.delegates.entries
            rows = [raw_values(request.form, entry.name + "-") for entry in entries]
            try:
                result = services.register_delegation(event, raw_values(request.form), rows)
            except ValidationFailed as failed:
                general = show_errors(form, by_entry_name(failed.errors, entries))
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
    return render_template(
        "public/delegation.html",
        event=event,
        form=form,
        general_errors=general,
        organisations=organisations,
        blank_delegate=blank_delegate(event),
    )


def blank_delegate(event):
    """An empty delegate, the model the page's script copies for "Add a delegate"."""
    row = DelegateRow(prefix="delegates-__index__-", formdata=None)
    fill_choices(row, event)
    return row


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
