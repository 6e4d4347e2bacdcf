"""Translatable labels for the values the code stores as plain strings."""

from flask_babel import lazy_gettext as _l

from .models import RegistrationStatus, Role, ScanResult, VettingStatus

STATUS_LABELS = {
    RegistrationStatus.UNCONFIRMED: _l("E-mail not confirmed"),
    RegistrationStatus.AWAITING_ENDORSEMENT: _l("Awaiting endorsement"),
    RegistrationStatus.SUBMITTED: _l("Submitted"),
    RegistrationStatus.INFO_REQUESTED: _l("Information requested"),
    RegistrationStatus.WAITLISTED: _l("Waiting list"),
    RegistrationStatus.APPROVED: _l("Approved"),
    RegistrationStatus.REJECTED: _l("Rejected"),
    RegistrationStatus.SUSPENDED: _l("Suspended"),
    RegistrationStatus.REVOKED: _l("Revoked"),
    RegistrationStatus.CANCELLED: _l("Cancelled"),
    RegistrationStatus.EXPIRED: _l("Expired"),
}

ROLE_LABELS = {
    Role.ADMINISTRATOR: _l("Administrator"),
    Role.EVENT_MANAGER: _l("Event manager"),
    Role.ACCREDITATION_OFFICER: _l("Accreditation officer"),
    Role.BADGE_DESK: _l("Badge desk"),
    Role.VIEWER: _l("Viewer"),
}

VETTING_LABELS = {
    VettingStatus.TO_BE_VETTED: _l("To be vetted"),
    VettingStatus.VERIFIED: _l("Verified"),
    VettingStatus.REJECTED: _l("Rejected"),
    VettingStatus.MERGED: _l("Merged"),
}

GENDER_LABELS = {
    "female": _l("Female"),
    "male": _l("Male"),
    "other": _l("Other"),
}

# What a delegate reads in the history of their registration (audit actions).
REGISTRATION_ACTION_LABELS = {
    "registration.created": _l("Registered"),
    "registration.confirmed": _l("E-mail address confirmed"),
    "registration.endorsed": _l("Endorsed by the organisation"),
    "registration.endorsement_declined": _l("Not endorsed by the organisation"),
    "registration.answered": _l("Information sent to the organisers"),
    "registration.first_approval": _l("First approval given"),
    "registration.approved": _l("Approved"),
    "registration.rejected": _l("Rejected"),
    "registration.info_requested": _l("Information requested"),
    "registration.suspended": _l("Suspended"),
    "registration.reinstated": _l("Reinstated"),
    "registration.revoked": _l("Revoked"),
    "registration.cancelled": _l("Cancelled"),
    "registration.expired": _l("Expired"),
    "registration.promoted": _l("Moved up from the waiting list"),
    "registration.updated": _l("Details changed"),
    "registration.photo_replaced": _l("Photo replaced"),
}

SCAN_LABELS = {
    ScanResult.VALID: _l("VALID"),
    ScanResult.ALREADY_INSIDE: _l("ALREADY INSIDE"),
    ScanResult.REVOKED: _l("REVOKED"),
    ScanResult.SUPERSEDED: _l("REPLACED BY A NEWER BADGE"),
    ScanResult.NOT_APPROVED: _l("NOT APPROVED"),
    ScanResult.WRONG_EVENT: _l("WRONG EVENT"),
    ScanResult.FORGED: _l("FORGED"),
}
