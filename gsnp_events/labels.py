"""Translatable labels for the values the code stores as plain strings."""

from flask_babel import lazy_gettext as _l

from .models import RegistrationStatus, Role, ScanResult, VettingStatus

STATUS_LABELS = {
    RegistrationStatus.UNCONFIRMED: _l("E-mail not confirmed"),
    RegistrationStatus.AWAITING_ENDORSEMENT: _l("Awaiting endorsement"),
    RegistrationStatus.SUBMITTED: _l("Submitted"),
    RegistrationStatus.INFO_REQUESTED: _l("Information requested"),
    RegistrationStatus.INFO_PROVIDED: _l("Information provided"),
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

# The registration's fields, as an officer reads what a delegate changed (several columns
# may share one label: the passport's normalised number, the two travel dates).
FIELD_LABELS = {
    "title": _l("Title"),
    "given_name": _l("Given names"),
    "family_name": _l("Family name"),
    "name_local": _l("Name in own script"),
    "badge_name": _l("Name on badge"),
    "gender": _l("Gender"),
    "nationality_code": _l("Nationality"),
    "date_of_birth": _l("Date of birth"),
    "passport_number": _l("Passport or ID number"),
    "passport_number_normalised": _l("Passport or ID number"),
    "passport_expiry": _l("Passport expiry"),
    "phone": _l("Phone"),
    "position": _l("Position"),
    "preferred_language": _l("Language for our e-mails"),
    "languages": _l("Languages you speak"),
    "interpretation_language": _l("Interpretation"),
    "dietary_needs": _l("Dietary needs"),
    "accessibility_needs": _l("Accessibility needs"),
    "arrival_date": _l("Arrival and departure"),
    "departure_date": _l("Arrival and departure"),
    "visa_support_requested": _l("Visa support letter"),
}

SCAN_LABELS = {
    ScanResult.VALID: _l("VALID"),
    ScanResult.ALREADY_INSIDE: _l("ALREADY INSIDE"),
    ScanResult.REVOKED: _l("REVOKED"),
    ScanResult.SUPERSEDED: _l("REPLACED BY A NEWER BADGE"),
    ScanResult.NOT_APPROVED: _l("NOT APPROVED"),
    ScanResult.WRONG_EVENT: _l("WRONG EVENT"),
    ScanResult.UNKNOWN: _l("NO SUCH BADGE"),
    ScanResult.UNREADABLE: _l("UNREADABLE — scan again"),
    ScanResult.FORGED: _l("FORGED"),
}

# What the audit log says for each action (registration moves take the workflow's labels).
ACTION_LABELS = {
    "registration.created": _l("Registered"),
    "registration.first_approval": _l("First of two approvals"),
    "registration.updated": _l("Details changed"),
    "registration.photo_replaced": _l("Photo replaced"),
    "organisation.proposed": _l("Organisation proposed"),
    "organisation.verified": _l("Organisation verified"),
    "organisation.rejected": _l("Organisation rejected"),
    "organisation.merged": _l("Organisation merged into another"),
    "organisation.focal_point_named": _l("Focal point named"),
    "organisation.focal_point_removed": _l("Focal point removed"),
    "event.created": _l("Event created"),
    "event.updated": _l("Event settings changed"),
    "category.created": _l("Category created"),
    "category.updated": _l("Category changed"),
    "checkpoint.created": _l("Checkpoint created"),
    "staff.role_assigned": _l("Role assigned"),
    "staff.role_removed": _l("Role removed"),
    "staff.activated": _l("Account activated"),
    "staff.deactivated": _l("Account deactivated"),
    "staff.password_changed": _l("Password changed"),
    "api_token.issued": _l("API token issued"),
    "api_token.revoked": _l("API token revoked"),
    "badge.printed": _l("Badge printed"),
    "badge.reprinted": _l("Badge reprinted"),
    "badge.handed_over": _l("Badge handed over"),
    "registration.photo_at_desk": _l("Approved without a photo: taken at the desk"),
    "visa_letter.issued": _l("Visa support letter issued"),
    "visa_letter.withdrawn": _l("Visa support letter withdrawn"),
    "visa_letter.settings_saved": _l("Visa letter settings changed"),
}


def action_label(action: str) -> str:
    """A readable, translated name for an audit action; the dotted name if none is known."""
    from .accreditation.workflow import ACTIONS, TRANSITIONS

    if action in ACTION_LABELS:
        return ACTION_LABELS[action]
    for name, dotted in ACTIONS.items():
        if dotted == action and TRANSITIONS[name].label:
            return TRANSITIONS[name].label
    # "registration.<status>": the state a registration was put in (the demo's history).
    prefix, _dot, status = action.partition(".")
    if prefix == "registration" and status in set(RegistrationStatus):
        return STATUS_LABELS[RegistrationStatus(status)]
    return action


# The usual participant categories (the demo's and the set-up's defaults). While an event keeps
# the English default for a category's name or badge label, readers see it in their language;
# a name the organisers typed themselves shows as they typed it.
CATEGORY_DEFAULTS = {
    "delegate": (("Delegate", _l("Delegate")), ("DELEGATE", _l("DELEGATE"))),
    "head": (
        ("Head of delegation", _l("Head of delegation")),
        ("HEAD OF DELEGATION", _l("HEAD OF DELEGATION")),
    ),
    "observer": (("Observer", _l("Observer")), ("OBSERVER", _l("OBSERVER"))),
    "speaker": (("Speaker", _l("Speaker")), ("SPEAKER", _l("SPEAKER"))),
    "media": (("Media", _l("Media")), ("MEDIA", _l("MEDIA"))),
    "staff": (("Staff", _l("Staff")), ("STAFF", _l("STAFF"))),
    "guest": (("Guest of honour", _l("Guest of honour")), ("GUEST", _l("GUEST"))),
}


def category_name(category) -> str:
    """The category's name in the current language if it is a default one."""
    default = CATEGORY_DEFAULTS.get(category.code)
    if default and category.name == default[0][0]:
        return str(default[0][1])
    return category.name


def category_badge_label(category) -> str:
    """The category's badge label in the current language if it is a default one (call it
    under flask_babel.force_locale(the badge's language))."""
    default = CATEGORY_DEFAULTS.get(category.code)
    if default and category.badge_label == default[1][0]:
        return str(default[1][1])
    return category.badge_label
