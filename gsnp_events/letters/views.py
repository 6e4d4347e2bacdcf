"""Letters pages: the officers' list under /backoffice/events/<slug>/letters/ (issue one or
many, download, withdraw, letterhead settings), the delegate's download from the portal, and the
public verification page that the QR code opens."""

from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user
from sqlalchemy import func, select

from ..backoffice.permissions import Permission, event_permission_required
from ..extensions import db, limiter
from ..models import Event, Registration, RegistrationStatus, VisaLetter
from . import bp, services
from .forms import IssueForm, SettingsForm, WithdrawForm
from .render import render_letter_pdf
from .services import LetterError

PREFIX = "/backoffice/events/<slug>/letters"
PAGE_SIZE = 100
SHOW = ("pending", "issued", "all")


def _pdf(content: bytes, filename: str) -> Response:
    return Response(
        content,
        mimetype="application/pdf",
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff",
        },
    )


def _filename(letter: VisaLetter) -> str:
    return f"visa-letter-{letter.reference}.pdf"


def _registration(event: Event, registration_id: int) -> Registration:
    registration = db.session.get(Registration, registration_id)
    if registration is None or registration.event_id != event.id:
        abort(404)
    return registration


def _letter(event: Event, letter_id: int) -> VisaLetter:
    letter = db.session.get(VisaLetter, letter_id)
    if letter is None or letter.event_id != event.id:
        abort(404)
    return letter


def _page_number() -> int:
    try:
        return max(1, int(request.args.get("page", "1")))
    except ValueError:
        return 1


@bp.route(f"{PREFIX}/")
@event_permission_required(Permission.REVIEW_REGISTRATIONS)
def index(event: Event):
    show = request.args.get("show", "pending")
    if show not in SHOW:
        show = "pending"
    if show == "pending":
        query = services.pending_query(event)
    else:
        query = select(Registration).where(
            Registration.event_id == event.id,
            Registration.status == RegistrationStatus.APPROVED,
            Registration.visa_support_requested.is_(True),
        )
        if show == "issued":
            query = query.where(
                Registration.id.in_(
                    select(VisaLetter.registration_id).where(VisaLetter.withdrawn_at.is_(None))
                )
            )
    total = db.session.scalar(select(func.count()).select_from(query.subquery())) or 0
    page = _page_number()
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(page, pages)
    registrations = list(
        db.session.scalars(
            query.order_by(Registration.family_name, Registration.given_name, Registration.id)
            .limit(PAGE_SIZE)
            .offset((page - 1) * PAGE_SIZE)
        )
    )
    letters = services.letters_by_registration([r.id for r in registrations])
    settings = services.settings_for(event)
    return render_template(
        "letters/index.html",
        event=event,
        show=show,
        page=page,
        pages=pages,
        total=total,
        rows=[(r, letters.get(r.id, [])) for r in registrations],
        counts=services.counts(event),
        settings=settings,
        ready=services.ready_to_issue(settings),
        issue_form=IssueForm(formdata=None),
    )


@bp.route(f"{PREFIX}/issue", methods=["POST"])
@event_permission_required(Permission.REVIEW_REGISTRATIONS)
def issue(event: Event):
    form = IssueForm()
    if not form.validate():
        abort(400)
    every = form.scope.data == "all"
    if not every and not form.registration_ids.data:
        flash(_("Choose at least one delegate."), "error")
        return redirect(url_for(".index", slug=event.slug))
    try:
        letters = services.issue_pending(
            event, current_user, None if every else form.registration_ids.data
        )
    except LetterError as error:
        flash(error.message, "error")
    else:
        if letters:
            flash(
                ngettext("%(num)d letter issued.", "%(num)d letters issued.", len(letters)),
                "success",
            )
        else:
            flash(_("No letter was waiting to be issued."), "info")
    return redirect(url_for(".index", slug=event.slug))


@bp.route(f"{PREFIX}/registrations/<int:registration_id>/issue", methods=["POST"])
@event_permission_required(Permission.REVIEW_REGISTRATIONS)
def issue_one(event: Event, registration_id: int):
    form = IssueForm()
    if not form.validate():
        abort(400)
    registration = _registration(event, registration_id)
    try:
        letter = services.issue_letter(registration, current_user)
    except LetterError as error:
        flash(error.message, "error")
    else:
        flash(_("Letter %(reference)s issued.", reference=letter.reference), "success")
    return redirect(url_for(".index", slug=event.slug, show=request.args.get("show", "pending")))


@bp.route(f"{PREFIX}/<int:letter_id>.pdf")
@event_permission_required(Permission.REVIEW_REGISTRATIONS)
def download(event: Event, letter_id: int):
    letter = _letter(event, letter_id)
    return _pdf(render_letter_pdf(letter), _filename(letter))


@bp.route(f"{PREFIX}/<int:letter_id>/withdraw", methods=["GET", "POST"])
@event_permission_required(Permission.REVIEW_REGISTRATIONS)
def withdraw(event: Event, letter_id: int):
    letter = _letter(event, letter_id)
    form = WithdrawForm()
    error = None
    if form.validate_on_submit():
        try:
            services.withdraw_letter(letter, current_user, form.reason.data)
        except LetterError as failure:
            error = failure.message
        else:
            flash(_("Letter %(reference)s withdrawn.", reference=letter.reference), "success")
            return redirect(url_for(".index", slug=event.slug, show="all"))
    status = 400 if request.method == "POST" else 200
    return render_template(
        "letters/withdraw.html", event=event, letter=letter, form=form, error=error
    ), status


@bp.route(f"{PREFIX}/settings", methods=["GET", "POST"])
@event_permission_required(Permission.MANAGE_EVENT)
def settings(event: Event):
    current = services.settings_for(event)
    form = SettingsForm(obj=current)
    if form.validate_on_submit():
        services.save_settings(event, form.data, current_user)
        flash(_("The letterhead and signatory are saved."), "success")
        return redirect(url_for(".index", slug=event.slug))
    status = 400 if request.method == "POST" else 200
    return render_template("letters/settings.html", event=event, form=form), status


# The delegate's download ----------------------------------------------------------------------


@bp.route("/portal/visa-letter.pdf")
def portal_download():
    from ..registration.portal import portal_registration

    found = portal_registration()
    if found is None:
        flash(_("Your portal session has ended. Ask for a new link by e-mail."), "info")
        return redirect(url_for("portal.request_link"))
    registration, _actor = found
    state, letter = services.portal_state(registration)
    if state != "ready":
        abort(404)
    return _pdf(render_letter_pdf(letter), _filename(letter))


# Public verification --------------------------------------------------------------------------


@bp.route("/letters/verify")
@limiter.limit("60 per minute")
def verify_form():
    """The reference typed from a printed letter."""
    reference = request.args.get("reference", "").strip()[:40]
    if not reference:
        return render_template("letters/verify.html", result=None, reference="")
    normalised = services.normalise_reference(reference)
    if normalised is None:  # cannot be a reference: answer at once, nothing to look up
        page = render_template(
            "letters/verify.html", result=services.Verification(False), reference=reference
        )
        return page, 404, {"Cache-Control": "no-store"}
    return redirect(url_for(".verify", reference=normalised))


@bp.route("/letters/verify/<reference>")
@limiter.limit("60 per minute")
def verify(reference: str):
    result = services.verify(reference)
    response = render_template("letters/verify.html", result=result, reference=reference[:40])
    return response, 200 if result.valid else 404, {"Cache-Control": "no-store"}
