"""Vetting NGOs: verify, reject with a reason, or merge duplicates of the same NGO."""

from flask_babel import gettext as _
from sqlalchemy import case, func, select, update

from ..extensions import db
from ..models import AuditEntry, Event, Organisation, Registration, StaffUser, VettingStatus
from ..models.registrations import RegistrationStatus
from .errors import BackofficeError

WAITING = (
    RegistrationStatus.SUBMITTED,
    RegistrationStatus.AWAITING_ENDORSEMENT,
    RegistrationStatus.INFO_REQUESTED,
    RegistrationStatus.INFO_PROVIDED,
    RegistrationStatus.WAITLISTED,
)


def organisations_of_event(
    event: Event, vetting: str | None = None, search: str = ""
) -> list[tuple[Organisation, int, int]]:
    """Organisations with registrations for the event: (organisation, registered, waiting)."""
    waiting = func.sum(case((Registration.status.in_(WAITING), 1), else_=0))
    query = (
        select(Organisation, func.count(Registration.id), waiting)
        .join(Registration, Registration.organisation_id == Organisation.id)
        .where(Registration.event_id == event.id)
        .group_by(Organisation.id)
        .order_by(Organisation.country_code, Organisation.name)
    )
    if vetting:
        query = query.where(Organisation.vetting_status == vetting)
    if search:
        pattern = "%" + search.replace("%", r"\%").replace("_", r"\_") + "%"
        query = query.where(
            Organisation.name.ilike(pattern, escape="\\")
            | Organisation.name_local.ilike(pattern, escape="\\")
            | Organisation.acronym.ilike(pattern, escape="\\")
        )
    return [(o, registered, waiting or 0) for o, registered, waiting in db.session.execute(query)]


def _record(action: str, organisation: Organisation, actor: StaffUser, event: Event, **kw):
    db.session.add(
        AuditEntry(
            action=action,
            actor=actor,
            actor_label=actor.name,
            event_id=event.id,
            organisation_id=organisation.id,
            **kw,
        )
    )


def _check_open(organisation: Organisation) -> None:
    if organisation.vetting_status == VettingStatus.MERGED:
        raise BackofficeError(
            _("This organisation was merged into another; vet that one instead."), "merged"
        )


def verify(organisation: Organisation, actor: StaffUser, event: Event) -> None:
    _check_open(organisation)
    previous = organisation.vetting_status
    organisation.vetting_status = VettingStatus.VERIFIED
    organisation.vetting_reason = None
    _record(
        "organisation.verified",
        organisation,
        actor,
        event,
        data={"from": previous, "to": VettingStatus.VERIFIED},
    )
    db.session.commit()


def reject(organisation: Organisation, actor: StaffUser, event: Event, reason: str) -> None:
    reason = (reason or "").strip()
    if not reason:
        raise BackofficeError(
            _("Give the reason for rejecting the organisation; the delegates will see it."),
            "reason_required",
        )
    _check_open(organisation)
    previous = organisation.vetting_status
    organisation.vetting_status = VettingStatus.REJECTED
    organisation.vetting_reason = reason[:500]
    _record(
        "organisation.rejected",
        organisation,
        actor,
        event,
        reason=reason[:1000],
        data={"from": previous, "to": VettingStatus.REJECTED},
    )
    db.session.commit()


def merge(duplicate: Organisation, target: Organisation, actor: StaffUser, event: Event) -> int:
    """Move every registration of ``duplicate`` to ``target``; returns how many moved."""
    if duplicate.id == target.id:
        raise BackofficeError(_("An organisation cannot be merged into itself."), "merge_self")
    _check_open(duplicate)
    if target.vetting_status == VettingStatus.MERGED:
        raise BackofficeError(
            _("Merge into the organisation that remains, not into one already merged."),
            "merge_target_merged",
        )
    moved = db.session.execute(
        update(Registration)
        .where(Registration.organisation_id == duplicate.id)
        .values(organisation_id=target.id, version=Registration.version + 1)
        .execution_options(synchronize_session="fetch")
    ).rowcount
    duplicate.vetting_status = VettingStatus.MERGED
    duplicate.merged_into = target
    _record(
        "organisation.merged",
        duplicate,
        actor,
        event,
        data={"into": target.id, "registrations_moved": moved},
    )
    db.session.commit()
    return moved


def name_focal_point(
    organisation: Organisation, name: str, email: str, actor: StaffUser, event: Event
) -> None:
    """Name (or change, or with both empty remove) the NGO's focal point."""
    from email_validator import EmailNotValidError, validate_email

    name, email = (name or "").strip(), (email or "").strip()
    if email:
        try:
            email = validate_email(email, check_deliverability=False).normalized.lower()
        except EmailNotValidError as error:
            raise BackofficeError(
                _("Enter the focal point's e-mail address like name@example.org."), "email"
            ) from error
        if not name:
            raise BackofficeError(_("Enter the focal point's name."), "name_required")
    elif name:
        raise BackofficeError(_("Enter the focal point's e-mail address."), "email_required")
    previous = organisation.focal_point_email
    organisation.focal_point_name = name[:150] or None
    organisation.focal_point_email = email or None
    _record(
        "organisation.focal_point_named" if email else "organisation.focal_point_removed",
        organisation,
        actor,
        event,
        data={"from": previous, "to": organisation.focal_point_email, "name": name[:150]},
    )
    db.session.commit()
