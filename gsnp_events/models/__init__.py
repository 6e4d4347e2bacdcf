"""SQLAlchemy models, one module per aggregate. Importing this package registers them all."""

from .api_tokens import ApiToken, TokenKind
from .audit import AuditEntry
from .badges import Badge
from .checkin import Checkpoint, Direction, Scan, ScanResult
from .events import Category, Event
from .geo import Country
from .letters import LetterSettings, VisaLetter
from .mail import OutboxMessage
from .organisations import Organisation, VettingStatus
from .registrations import Photo, Registration, RegistrationStatus
from .staff import Role, RoleAssignment, StaffUser

__all__ = [
    "ApiToken",
    "Checkpoint",
    "Direction",
    "Scan",
    "ScanResult",
    "TokenKind",
    "AuditEntry",
    "Badge",
    "Category",
    "Country",
    "Event",
    "Organisation",
    "OutboxMessage",
    "Photo",
    "Registration",
    "RegistrationStatus",
    "Role",
    "RoleAssignment",
    "StaffUser",
    "VettingStatus",
    "LetterSettings",
    "VisaLetter",
]
