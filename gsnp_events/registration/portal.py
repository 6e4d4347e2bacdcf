"""The delegate portal and the focal point's delegation portal. No password: a signed,
expiring link from an e-mail opens a portal session for a few hours."""

import time

from email_validator import EmailNotValidError
from flask import (
    current_app,
    flash,
    make_response,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user

from ..accreditation import places, workflow
from ..accreditation.workflow import AMENDABLE, EDITABLE, FINAL, Actor, WorkflowError
from ..extensions import db, limiter
from ..labels import REGISTRATION_ACTION_LABELS
from ..models import Event, Organisation, Photo, Registration, RegistrationStatus, Role
from . import portal_bp as bp
from . import services
from .forms import ActionForm, AnswerForm, EditForm, LinkRequestForm, PhotoForm, fill_choices
from .photos import PhotoError, process_photo
from .tokens import LinkError
from .validation import FieldError, ValidationFailed, normalise_email
from .views import raw_values, show_errors

S = RegistrationStatus
# Portal-link requests, per client address and per requested e-mail: enough for a delegate who
# lost a link, too few to flood someone's inbox.
LINK_REQUEST_LIMIT = "5 per hour"


def _fresh(data: dict | None) -> bool:
    hours = current_app.config["PORTAL_SESSION_HOURS"]
    return bool(data) and time.time() - data.get("t", 0) < hours * 3600


def focal_point_session() -> tuple[Event, Organisation] | None:
    data = session.get("focal")
    if not _fresh(data):
        return None
    event = db.session.get(Event, data["ev"])
    organisation = db.session.get(Organisation, data["o"])
    if event is None or organisation is None or organisation.focal_point_email != data["e"]:
        return None
    return event, organisation


def portal_registration() -> tuple[Registration, Actor] | None:
    """The registration this portal session may see, and who is acting on it."""
    data = session.get("portal")
    if not _fresh(data):
        return None
    registration = db.session.get(Registration, data["r"])
    if registration is None:
        return None
    if data.get("focal"):
        focal = focal_point_session()
        if focal is None or focal[1].id != registration.organisation_id:
            return None
        return registration, Actor.focal_point(focal[1])
    if registration.email_normalised != data.get("e"):
        return None
    return registration, Actor.delegate(registration)


def start_delegate_session(registration: Registration) -> None:
    session.pop("focal", None)
    session["portal"] = {"r": registration.id, "e": registration.email_normalised, "t": time.time()}


def _signed_out():
    flash(_("Your portal session has ended. Ask for a new link by e-mail."), "info")
    return redirect(url_for(".request_link"))


@bp.route("/login/<token>")
def login(token: str):
    try:
        registration = services.registration_from_portal_token(token)
    except LinkError as error:
        return render_template("portal/link_error.html", message=error.message), 400
    start_delegate_session(registration)
    return redirect(url_for(".index"))


@bp.route("/")
def index():
    found = portal_registration()
    if found is None:
        return _signed_out()
    registration, actor = found
    return _index_page(registration, actor, AnswerForm(formdata=None))


def _answering(registration: Registration) -> bool:
    """Whether the submitted form answers the organisers' request for information."""
    return registration.status == S.INFO_REQUESTED and request.form.get("action") == "answer"


def _version(form) -> int | None:
    return int(form.version.data) if (form.version.data or "").isdigit() else None


def _index_page(registration: Registration, actor: Actor, answer_form: AnswerForm):
    history = [
        entry
        for entry in services.history(registration)
        if entry.action in REGISTRATION_ACTION_LABELS
    ]
    has_photo = (
        db.session.scalar(db.select(Photo.id).where(Photo.registration_id == registration.id))
        is not None
    )
    return render_template(
        "portal/index.html",
        registration=registration,
        event=registration.event,
        actor=actor,
        history=history,
        position=places.waiting_position(registration),
        has_photo=has_photo,
        editable=registration.status in EDITABLE | AMENDABLE,
        identity_locked=registration.status in AMENDABLE,
        photo_changeable=registration.status not in FINAL,
        can_cancel=workflow.can_perform(registration, "cancel", actor),
        info_requested=registration.status == S.INFO_REQUESTED,
        info_provided=registration.status == S.INFO_PROVIDED,
        information_request=next(
            (e.reason for e in reversed(history) if e.action == "registration.info_requested"),
            None,
        ),
        action_form=ActionForm(),
        answer_form=answer_form,
        badge_state=_badge_state(registration),
        registration_action_labels=REGISTRATION_ACTION_LABELS,
    )


@bp.route("/answer", methods=["POST"])
def answer():
    """A written answer to the organisers' request for information."""
    found = portal_registration()
    if found is None:
        return _signed_out()
    registration, actor = found
    form = AnswerForm()
    if not form.validate_on_submit():
        flash(_("The form has expired. Try again."), "error")
        return redirect(url_for(".index"))
    try:
        services.answer_in_writing(registration, form.reply.data, actor, _version(form))
    except ValidationFailed as failed:
        show_errors(form, failed.errors)
        return _index_page(registration, actor, form), 400
    except WorkflowError as error:
        db.session.rollback()
        flash(str(error.message), "error")
        return redirect(url_for(".index"))
    flash(_("Your answer is sent to the organisers."), "info")
    return redirect(url_for(".index"))


def _badge_state(registration):
    """The badge's state, once the badges module offers it (another issue)."""
    try:
        from ..badges.services import badge_state  # type: ignore[import-not-found]
    except ImportError:
        return None
    return badge_state(registration)


@bp.route("/edit", methods=["GET", "POST"])
def edit():
    found = portal_registration()
    if found is None:
        return _signed_out()
    registration, actor = found
    if registration.status not in EDITABLE | AMENDABLE:
        flash(_("This registration has been decided and can no longer be changed here."), "error")
        return redirect(url_for(".index"))
    form = EditForm(obj=None if request.method == "POST" else _edit_data(registration))
    fill_choices(form, registration.event)
    general = []
    if request.method == "GET":
        form.version.data = str(registration.version)
    elif form.validate_on_submit():
        version = _version(form)
        answering = _answering(registration)
        try:
            services.update_registration(
                registration,
                raw_values(request.form),
                actor,
                expected_version=version,
                answer=answering,
                reply=form.reply.data,
            )
        except ValidationFailed as failed:
            general = show_errors(form, failed.errors)
        except workflow.StaleRegistration as error:
            db.session.rollback()
            registration = db.session.get(Registration, registration.id)
            general = [str(error.message)]
            form = EditForm(formdata=None, obj=_edit_data(registration))
            fill_choices(form, registration.event)
            form.version.data = str(registration.version)
        except (services.RegistrationError, WorkflowError) as error:
            general = [str(error.message)]
        else:
            if answering:
                flash(_("Your changes are saved and sent to the organisers."), "info")
            else:
                flash(_("Your changes are saved."), "info")
            return redirect(url_for(".index"))
    else:
        general = [_("The form has expired. Check your entries and send it again.")]
    return render_template(
        "portal/edit.html",
        registration=registration,
        event=registration.event,
        form=form,
        general_errors=general,
        info_requested=registration.status == S.INFO_REQUESTED,
        identity_locked=registration.status in AMENDABLE,
    )


class _EditData:
    """The registration's values under the form's field names."""

    def __init__(self, registration: Registration):
        for name in (
            "title",
            "given_name",
            "family_name",
            "name_local",
            "badge_name",
            "name_order",
            "gender",
            "passport_number",
            "phone",
            "position",
            "preferred_language",
            "languages",
            "interpretation_language",
            "dietary_needs",
            "accessibility_needs",
            "visa_support_requested",
        ):
            setattr(self, name, getattr(registration, name))
        self.nationality = registration.nationality_code
        for name in ("date_of_birth", "passport_expiry", "arrival_date", "departure_date"):
            value = getattr(registration, name)
            setattr(self, name, value.isoformat() if value else "")
        self.email = registration.email


def _edit_data(registration: Registration) -> _EditData:
    return _EditData(registration)


@bp.route("/photo", methods=["GET", "POST"])
def photo():
    found = portal_registration()
    if found is None:
        return _signed_out()
    registration, actor = found
    request.max_content_length = current_app.config["PHOTO_MAX_BYTES"] + 1024 * 1024
    form = PhotoForm()
    if request.method == "POST" and form.validate_on_submit():
        upload = request.files.get("photo")
        if upload is None or not upload.filename:
            form.photo.errors = [_("Choose a photo to upload.")]
        else:
            answering = _answering(registration)
            try:
                processed = process_photo(upload.read(current_app.config["PHOTO_MAX_BYTES"] + 1))
                services.replace_photo(
                    registration, processed, actor, answer=answering, reply=form.reply.data
                )
            except PhotoError as error:
                form.photo.errors = [str(error.message)]
            except ValidationFailed as failed:
                show_errors(form, failed.errors)
            except (services.RegistrationError, WorkflowError) as error:
                flash(str(error.message), "error")
                return redirect(url_for(".index"))
            else:
                if answering:
                    flash(_("Your new photo is saved and sent to the organisers."), "info")
                else:
                    flash(_("Your new photo is saved."), "info")
                return redirect(url_for(".index"))
    return render_template(
        "portal/photo.html",
        registration=registration,
        event=registration.event,
        form=form,
        info_requested=registration.status == S.INFO_REQUESTED,
    )


@bp.route("/photo.jpg")
def own_photo():
    found = portal_registration()
    if found is None:
        return _signed_out()
    return _photo_response(found[0].id)


@bp.route("/registrations/<int:registration_id>/photo.jpg")
def registration_photo(registration_id: int):
    """A delegate's photo: for that delegate, their focal point, and the event's staff."""
    registration = db.session.get(Registration, registration_id)
    if registration is None:
        return _not_found()
    found = portal_registration()
    focal = focal_point_session()
    allowed = (
        (found is not None and found[0].id == registration.id)
        or (focal is not None and focal[1].id == registration.organisation_id)
        or (
            current_user.is_authenticated
            and current_user.has_role(registration.event_id, *list(Role))
        )
    )
    if not allowed:
        return _not_found()
    return _photo_response(registration.id)


def _not_found():
    return render_template(
        "error.html",
        title=_("Page not found"),
        message=_("Check the address, or start again from the home page."),
    ), 404


def _photo_response(registration_id: int):
    photo = db.session.scalar(db.select(Photo).where(Photo.registration_id == registration_id))
    if photo is None:
        return _not_found()
    response = make_response(photo.content)
    response.headers["Content-Type"] = "image/jpeg"
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


@bp.route("/cancel", methods=["POST"])
def cancel():
    found = portal_registration()
    if found is None:
        return _signed_out()
    registration, actor = found
    form = ActionForm()
    if not form.validate_on_submit():
        flash(_("The form has expired. Try again."), "error")
        return redirect(url_for(".index"))
    version = _version(form)
    try:
        workflow.perform(registration, "cancel", actor, expected_version=version)
    except WorkflowError as error:
        flash(str(error.message), "error")
    else:
        flash(_("Your registration is cancelled."), "info")
    return redirect(url_for(".index"))


@bp.route("/resend", methods=["POST"])
@limiter.limit("5 per hour", methods=["POST"])
def resend():
    found = portal_registration()
    if found is None:
        return _signed_out()
    if not ActionForm().validate_on_submit():
        return redirect(url_for(".index"))
    services.resend_portal_link(found[0])
    flash(_("We have sent a new link to %(email)s.", email=found[0].email), "info")
    return redirect(url_for(".index"))


def _requested_email() -> str:
    email = request.form.get("email", "")
    try:
        return normalise_email(email)
    except EmailNotValidError:
        return email.strip().lower()


@bp.route("/link", methods=["GET", "POST"])
@limiter.limit(LINK_REQUEST_LIMIT, methods=["POST"])
@limiter.limit(
    LINK_REQUEST_LIMIT, methods=["POST"], key_func=_requested_email, scope="portal-link-email"
)
def request_link():
    form = LinkRequestForm()
    sent = False
    if form.validate_on_submit():
        if not (form.email.data or "").strip():
            form.email.errors = [_("Enter your e-mail address.")]
        else:
            services.send_portal_links(form.email.data)
            sent = True
    return render_template("portal/request_link.html", form=form, sent=sent)


@bp.route("/logout", methods=["POST"])
def logout():
    session.pop("portal", None)
    session.pop("focal", None)
    flash(_("You have left the portal."), "info")
    return redirect(url_for("public.home"))


# ---------------------------------------------------------------------------------------------
# The focal point's delegation portal.


@bp.route("/delegation/login/<token>")
def focal_login(token: str):
    try:
        event, organisation = services.focal_point_from_token(token)
    except LinkError as error:
        return render_template("portal/link_error.html", message=error.message), 400
    session["focal"] = {
        "ev": event.id,
        "o": organisation.id,
        "e": organisation.focal_point_email,
        "t": time.time(),
    }
    session.pop("portal", None)
    confirmed = services.confirm_delegation(event, organisation)
    if confirmed:
        flash(_("Thank you: the delegation is confirmed."), "info")
    return redirect(url_for(".delegation"))


@bp.route("/delegation")
def delegation():
    focal = focal_point_session()
    if focal is None:
        return _signed_out()
    event, organisation = focal
    actor = Actor.focal_point(organisation)
    registrations = services.delegation_of(event, organisation)
    return render_template(
        "portal/delegation.html",
        event=event,
        organisation=organisation,
        registrations=registrations,
        actor=actor,
        can=workflow.can_perform,
        positions={r.id: places.waiting_position(r) for r in registrations},
        action_form=ActionForm(),
    )


@bp.route(
    "/delegation/<int:registration_id>/<any(endorse, decline, cancel):action>", methods=["POST"]
)
def delegation_action(registration_id: int, action: str):
    focal = focal_point_session()
    if focal is None:
        return _signed_out()
    event, organisation = focal
    registration = db.session.get(Registration, registration_id)
    if registration is None or registration.organisation_id != organisation.id:
        return _not_found()
    form = ActionForm()
    if not form.validate_on_submit():
        flash(_("The form has expired. Try again."), "error")
        return redirect(url_for(".delegation"))
    name = {"endorse": "endorse", "decline": "decline_endorsement", "cancel": "cancel"}[action]
    version = _version(form)
    try:
        workflow.perform(
            registration,
            name,
            Actor.focal_point(organisation),
            reason=form.reason.data,
            expected_version=version,
        )
    except WorkflowError as error:
        flash(str(error.message), "error")
    else:
        flash(
            _("%(name)s: %(status)s.", name=registration.full_name, status=_status(registration)),
            "info",
        )
    return redirect(url_for(".delegation"))


def _status(registration: Registration) -> str:
    from ..labels import STATUS_LABELS

    return str(STATUS_LABELS[S(registration.status)])


@bp.route("/delegation/<int:registration_id>")
def manage_delegate(registration_id: int):
    """The focal point opens one delegate's portal page to change it for them."""
    focal = focal_point_session()
    if focal is None:
        return _signed_out()
    registration = db.session.get(Registration, registration_id)
    if registration is None or registration.organisation_id != focal[1].id:
        return _not_found()
    session["portal"] = {"r": registration.id, "focal": True, "t": time.time()}
    return redirect(url_for(".index"))


# Kept for symmetry with the field errors of the forms.
__all__ = ["FieldError", "bp"]
