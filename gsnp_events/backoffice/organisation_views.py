"""NGO vetting pages."""

from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from ..extensions import db
from ..models import Event, Organisation, Registration, VettingStatus
from ..registration import services as registration_services
from . import bp, imports, vetting
from .errors import BackofficeError
from .permissions import Permission, can, event_permission_required


def _organisation_of_event(event: Event, organisation_id: int) -> Organisation:
    """Only organisations with a registration for this event are visible from it."""
    organisation = db.session.get(Organisation, organisation_id)
    linked = db.session.scalar(
        select(Registration.id)
        .where(Registration.event_id == event.id, Registration.organisation_id == organisation_id)
        .limit(1)
    )
    if organisation is None or (
        linked is None and organisation.vetting_status != VettingStatus.MERGED
    ):
        abort(404)
    return organisation


@bp.route("/events/<slug>/organisations")
@event_permission_required(Permission.VIEW_REGISTRATIONS)
def organisations(event: Event):
    status = request.args.get("vetting", VettingStatus.TO_BE_VETTED)
    status = status if status in set(VettingStatus) or status == "" else VettingStatus.TO_BE_VETTED
    search = request.args.get("q", "")[:100]
    return render_template(
        "backoffice/organisations.html",
        event=event,
        rows=vetting.organisations_of_event(event, status or None, search),
        vetting=status,
        search=search,
        can_vet=can(current_user, Permission.VET_ORGANISATIONS, event),
    )


@bp.route("/events/<slug>/organisations/<int:organisation_id>", methods=["GET", "POST"])
@event_permission_required(Permission.VIEW_REGISTRATIONS)
def organisation_detail(event: Event, organisation_id: int):
    organisation = _organisation_of_event(event, organisation_id)
    can_vet = can(current_user, Permission.VET_ORGANISATIONS, event)
    form = request.form
    if request.method == "POST":
        if not can_vet:
            abort(403)
        try:
            action = form.get("action")
            if action == "verify":
                vetting.verify(organisation, current_user, event)
                flash(_("%(name)s is verified.", name=organisation.name), "success")
            elif action == "reject":
                vetting.reject(organisation, current_user, event, form.get("reason", ""))
                flash(_("%(name)s is rejected.", name=organisation.name), "success")
            elif action == "focal_point":
                vetting.name_focal_point(
                    organisation,
                    form.get("focal_point_name", ""),
                    form.get("focal_point_email", ""),
                    current_user,
                    event,
                )
                flash(_("The focal point is saved."), "success")
            elif action == "merge":
                target_id = form.get("target", "")
                target = (
                    _organisation_of_event(event, int(target_id)) if target_id.isdigit() else None
                )
                if target is None:
                    raise BackofficeError(
                        _("Choose the organisation to merge into."), "merge_target"
                    )
                moved = vetting.merge(organisation, target, current_user, event)
                flash(
                    _(
                        "Merged into %(name)s; %(n)d registrations moved.",
                        name=target.name,
                        n=moved,
                    ),
                    "success",
                )
                return redirect(
                    url_for(".organisation_detail", slug=event.slug, organisation_id=target.id)
                )
            else:
                abort(400)
            return redirect(
                url_for(".organisation_detail", slug=event.slug, organisation_id=organisation.id)
            )
        except BackofficeError as error:
            db.session.rollback()
            flash(error.message, "error")
    delegates = db.session.scalars(
        select(Registration)
        .where(Registration.event_id == event.id, Registration.organisation_id == organisation.id)
        .order_by(Registration.family_name)
    ).all()
    others = [
        o
        for o, _registered, _waiting in vetting.organisations_of_event(event)
        if o.id != organisation.id
        and o.country_code == organisation.country_code
        and o.vetting_status != VettingStatus.MERGED
    ]
    return render_template(
        "backoffice/organisation_detail.html",
        event=event,
        organisation=organisation,
        delegates=delegates,
        others=others,
        can_vet=can_vet,
        reason=form.get("reason", ""),
        focal_point={
            "name": form.get("focal_point_name", organisation.focal_point_name or ""),
            "email": form.get("focal_point_email", organisation.focal_point_email or ""),
        },
    )


@bp.route("/events/<slug>/delegation-template.xlsx")
@event_permission_required(Permission.REVIEW_REGISTRATIONS)
def delegation_template(event: Event):
    return Response(
        imports.template_workbook(),
        mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        headers={"Content-Disposition": 'attachment; filename="delegation-template.xlsx"'},
    )


@bp.route("/events/<slug>/organisations/<int:organisation_id>/import", methods=["GET", "POST"])
@event_permission_required(Permission.REVIEW_REGISTRATIONS)
def import_delegation(event: Event, organisation_id: int):
    organisation = db.session.get(Organisation, organisation_id) or abort(404)
    report = error = None
    good_rows_only = request.form.get("good_rows_only") == "y"
    if request.method == "POST":
        upload = request.files.get("file")
        try:
            if upload is None or not upload.filename:
                raise BackofficeError(_("Choose the spreadsheet to import."), "no_file")
            rows = imports.read_rows(upload.filename, upload.read(imports.MAX_BYTES + 1))
            report = registration_services.import_delegation(
                event, organisation, rows, current_user, good_rows_only=good_rows_only
            )
        except BackofficeError as problem:
            error = problem.message
        except registration_services.ImportRefused as refused:
            error, report = str(refused.message), refused.report
        except registration_services.RegistrationError as problem:
            error = str(problem.message)
    return render_template(
        "backoffice/import.html",
        event=event,
        organisation=organisation,
        report=report,
        error=error,
        good_rows_only=good_rows_only,
        columns=imports.COLUMNS,
    )
