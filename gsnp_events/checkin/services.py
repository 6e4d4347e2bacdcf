"""Verifying and recording badge scans at checkpoints, online and uploaded from devices.

The verdict at the server: the token's signature and event (badges/tokens.py), then the
database: the badge version must be the current one, the registration approved, and at a
checkpoint that counts presence an entry must not follow an entry. Every scan is recorded,
whatever its verdict; a client UUID makes recording idempotent.
"""

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy import and_, func, select
from sqlalchemy.exc import IntegrityError

from ..badges import tokens
from ..extensions import db
from ..labels import STATUS_LABELS
from ..models import (
    ApiToken,
    AuditEntry,
    Badge,
    Checkpoint,
    Direction,
    Event,
    Registration,
    RegistrationStatus,
    Role,
    RoleAssignment,
    Scan,
    ScanResult,
    StaffUser,
)
from ..models.badges import BadgeStatus
from ..models.base import utcnow

ACCEPTED = (ScanResult.VALID, ScanResult.ALREADY_INSIDE)


@dataclass
class Judgement:
    result: ScanResult
    registration: Registration | None = None
    badge_version: int | None = None
    reason: str | None = None
    inside_since: datetime | None = None
    typed: bool = False  # the printed number (or the reference) typed by hand

    @property
    def no_photo(self) -> bool:
        """Admitted, but the door cannot compare a face: it must check an ID instead."""
        return (
            self.result == ScanResult.VALID
            and self.registration is not None
            and self.registration.photo is None
        )


@dataclass
class ScanOutcome(Judgement):
    scan: Scan | None = None
    repeated: bool = False  # the same client UUID was recorded before


@lru_cache(maxsize=8)
def _public_keys(current: str | None, secret_key: str, previous: tuple[str, ...]) -> tuple:
    """Parsing keys costs more than verifying a signature: once per process and key set."""
    config = {
        "BADGE_SIGNING_KEY": current,
        "SECRET_KEY": secret_key,
        "BADGE_PREVIOUS_PUBLIC_KEYS": list(previous),
    }
    return tuple(tokens.public_keys(config))


def public_keys() -> tuple:
    config = current_app.config
    return _public_keys(
        config.get("BADGE_SIGNING_KEY"),
        config["SECRET_KEY"],
        tuple(config.get("BADGE_PREVIOUS_PUBLIC_KEYS") or ()),
    )


def _revocation_reason(registration: Registration) -> str | None:
    return db.session.scalar(
        select(AuditEntry.reason)
        .where(
            AuditEntry.registration_id == registration.id,
            AuditEntry.action == "registration.revoked",
        )
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )


def inside_since(checkpoint: Checkpoint, registration_id: int) -> datetime | None:
    """When the person last entered through this checkpoint, if they have not left since."""
    last = db.session.execute(
        select(Scan.direction, Scan.scanned_at)
        .where(
            Scan.checkpoint_id == checkpoint.id,
            Scan.registration_id == registration_id,
            Scan.result == ScanResult.VALID,
            Scan.undone_at.is_(None),
        )
        .order_by(Scan.id.desc())
        .limit(1)
    ).first()
    return last.scanned_at if last and last.direction == Direction.IN else None


def judge(event: Event, checkpoint: Checkpoint, text: str, direction: Direction) -> Judgement:
    """The verdict on a scanned token, or on the badge's printed number typed by hand, from
    the database as it is now."""
    if (number := tokens.parse_printed_number(text)) is not None:
        claim = tokens.BadgeClaim(number.event_id, number.registration_id, number.version)
        return _judge_claim(event, checkpoint, claim, direction, typed=True)
    try:
        claim = tokens.decode(text.strip().upper(), public_keys())
    except tokens.TokenError as error:
        if error.code == tokens.Verdict.FORGED:
            return Judgement(
                ScanResult.FORGED,
                reason=_("The signature does not match: this is not a genuine badge of the event."),
            )
        return Judgement(
            ScanResult.UNREADABLE,
            reason=_(
                "Part of the code is missing or misread. Scan it again, or type the number "
                "printed under the QR code."
            ),
        )
    return _judge_claim(event, checkpoint, claim, direction, typed=False)


def _judge_claim(
    event: Event,
    checkpoint: Checkpoint,
    claim: tokens.BadgeClaim,
    direction: Direction,
    typed: bool,
) -> Judgement:
    """A genuine token's claim, or a typed number's (whose version may be missing)."""
    if claim.event_id != event.id:
        return Judgement(
            ScanResult.WRONG_EVENT, reason=_("This badge is for another event."), typed=typed
        )
    unknown = Judgement(
        ScanResult.UNKNOWN,
        reason=_("No badge with this number was printed. Check the number.")
        if typed
        else _("No badge with this number was printed."),
        typed=typed,
    )
    registration = db.session.get(Registration, claim.registration_id)
    if registration is None or registration.event_id != event.id:
        return unknown
    # Every printed version of this person's badge, in one query.
    versions = dict(
        db.session.execute(
            select(Badge.version, Badge.status).where(Badge.registration_id == registration.id)
        ).all()
    )
    current = next((v for v, status in versions.items() if status == BadgeStatus.CURRENT), None)
    version = claim.version if claim.version is not None else current
    judged = Judgement(ScanResult.VALID, registration, version, typed=typed)
    if registration.status == RegistrationStatus.REVOKED or (
        version is not None and versions.get(version) == BadgeStatus.REVOKED
    ):
        judged.result = ScanResult.REVOKED
        judged.reason = _revocation_reason(registration) or _("The badge was withdrawn.")
        return judged
    verdict = tokens.version_verdict(version, current) if version is not None else None
    if verdict == tokens.Verdict.SUPERSEDED:
        judged.result = ScanResult.SUPERSEDED
        judged.reason = _("A newer badge was printed for this person; this one is void.")
    elif verdict != tokens.Verdict.CURRENT:
        unknown.badge_version = claim.version
        return unknown
    elif registration.status != RegistrationStatus.APPROVED:
        judged.result = ScanResult.NOT_APPROVED
        judged.reason = str(STATUS_LABELS[RegistrationStatus(registration.status)])
    else:
        if claim.version is None:
            # Left-to-right isolates: the number reads 01-000092/2 in a right-to-left sentence.
            printed = f"\u2066{registration.reference}/{version}\u2069"
            judged.reason = _(
                "Typed without the badge version: check that the badge number is %(number)s.",
                number=printed,
            )
        if checkpoint.counts_presence and direction == Direction.IN:
            judged.inside_since = inside_since(checkpoint, registration.id)
            if judged.inside_since is not None:
                judged.result = ScanResult.ALREADY_INSIDE
    return judged


def _existing(client_uuid: str) -> Scan | None:
    return db.session.scalar(select(Scan).where(Scan.client_uuid == client_uuid))


def _outcome_of(scan: Scan, repeated: bool) -> ScanOutcome:
    return ScanOutcome(
        ScanResult(scan.result),
        scan.registration,
        scan.badge_version,
        scan.reason,
        typed=scan.typed,
        scan=scan,
        repeated=repeated,
    )


def record_scan(
    event: Event,
    checkpoint: Checkpoint,
    token: str,
    *,
    direction: Direction = Direction.IN,
    staff: StaffUser | None = None,
    device: ApiToken | None = None,
    client_uuid: str | None = None,
    scanned_at: datetime | None = None,
    device_result: str | None = None,
) -> ScanOutcome:
    """Judge and record one scan. Recording the same client UUID again changes nothing and
    returns the first outcome."""
    if client_uuid and (earlier := _existing(client_uuid)) is not None:
        return _outcome_of(earlier, repeated=True)
    client_uuid = client_uuid or str(uuid.uuid4())
    judged = judge(event, checkpoint, token, direction)
    scan = Scan(
        event_id=event.id,
        checkpoint_id=checkpoint.id,
        registration_id=judged.registration.id if judged.registration else None,
        badge_version=judged.badge_version,
        direction=direction,
        result=judged.result,
        reason=(judged.reason or "")[:500] or None,
        scanned_at=scanned_at or utcnow(),
        client_uuid=client_uuid,
        staff_user_id=staff.id if staff else None,
        api_token_id=device.id if device else None,
        device_result=device_result,
        typed=judged.typed,
    )
    db.session.add(scan)
    try:
        db.session.commit()
    except IntegrityError:
        # The same upload arrived twice at the same moment: the other one recorded it.
        db.session.rollback()
        earlier = _existing(client_uuid)
        if earlier is None:
            raise
        return _outcome_of(earlier, repeated=True)
    return ScanOutcome(**vars(judged), scan=scan)


def undo_last_scan(checkpoint: Checkpoint, staff: StaffUser) -> Scan | None:
    """Mark this staff member's last scan at the checkpoint as undone (a mistaken scan)."""
    scan = db.session.scalar(
        select(Scan)
        .where(
            Scan.checkpoint_id == checkpoint.id,
            Scan.staff_user_id == staff.id,
            Scan.undone_at.is_(None),
        )
        .order_by(Scan.id.desc())
        .limit(1)
    )
    if scan is not None:
        scan.undone_at = utcnow()
        scan.undone_by_id = staff.id
        db.session.commit()
    return scan


@dataclass
class Upload:
    accepted: list[str] = field(default_factory=list)  # recorded now or before
    repeated: list[str] = field(default_factory=list)  # already recorded by an earlier upload
    judged_invalid: list[dict] = field(default_factory=list)  # refused after the fact
    rejected: list[dict] = field(default_factory=list)  # not a scan we could record


def record_upload(event: Event, device: ApiToken, scans: Iterable[dict]) -> Upload:
    """Scans made offline by a device, judged again against the database as it is now."""
    checkpoints = {
        c.code: c
        for c in db.session.scalars(select(Checkpoint).where(Checkpoint.event_id == event.id))
    }
    report = Upload()
    for item in scans:
        problem = _upload_problem(item, checkpoints)
        if problem:
            report.rejected.append({"client_uuid": item.get("client_uuid"), "problem": problem})
            continue
        outcome = record_scan(
            event,
            checkpoints[item["checkpoint"]],
            item["token"],
            direction=Direction(item.get("direction", "in")),
            device=device,
            client_uuid=str(uuid.UUID(item["client_uuid"])),
            scanned_at=datetime.fromisoformat(item["scanned_at"]),
            device_result=item.get("device_result"),
        )
        uid = outcome.scan.client_uuid
        report.accepted.append(uid)
        if outcome.repeated:
            report.repeated.append(uid)
        if outcome.result not in ACCEPTED:
            report.judged_invalid.append(
                {"client_uuid": uid, "result": outcome.result.value, "reason": outcome.reason}
            )
    return report


def _upload_problem(item: dict, checkpoints: dict[str, Checkpoint]) -> str | None:
    if not isinstance(item, dict):
        return "a scan must be an object"
    try:
        uuid.UUID(str(item.get("client_uuid")))
    except ValueError:
        return "client_uuid must be a UUID"
    if not isinstance(item.get("token"), str) or len(item["token"]) > 500:
        return "token must be the text of the QR code"
    if item.get("checkpoint") not in checkpoints:
        return "checkpoint must be the code of one of the event's checkpoints"
    if item.get("direction", "in") not in set(Direction):
        return "direction must be 'in' or 'out'"
    try:
        scanned_at = datetime.fromisoformat(str(item.get("scanned_at")))
    except ValueError:
        return "scanned_at must be an ISO 8601 date and time with its offset"
    if scanned_at.tzinfo is None:
        return "scanned_at must carry a time-zone offset"
    if item.get("device_result") is not None and item["device_result"] not in set(ScanResult):
        return "device_result must be one of " + ", ".join(ScanResult)
    return None


def occupancy(event: Event) -> list[tuple[Checkpoint, int]]:
    """How many people are inside each checkpoint that counts presence."""
    latest = (
        select(Scan.checkpoint_id, Scan.registration_id, func.max(Scan.id).label("last_id"))
        .where(
            Scan.event_id == event.id,
            Scan.result == ScanResult.VALID,
            Scan.undone_at.is_(None),
            Scan.registration_id.is_not(None),
        )
        .group_by(Scan.checkpoint_id, Scan.registration_id)
        .subquery()
    )
    inside = dict(
        db.session.execute(
            select(Scan.checkpoint_id, func.count())
            .join(latest, and_(Scan.id == latest.c.last_id))
            .where(Scan.direction == Direction.IN)
            .group_by(Scan.checkpoint_id)
        ).all()
    )
    checkpoints = db.session.scalars(
        select(Checkpoint)
        .where(Checkpoint.event_id == event.id, Checkpoint.counts_presence.is_(True))
        .order_by(Checkpoint.position, Checkpoint.name)
    )
    return [(c, inside.get(c.id, 0)) for c in checkpoints]


class CheckpointCodeTaken(ValueError):
    code = "code_taken"


def add_checkpoint(event: Event, values: dict, actor: StaffUser) -> Checkpoint:
    if db.session.scalar(
        select(Checkpoint.id).where(
            Checkpoint.event_id == event.id, Checkpoint.code == values["code"]
        )
    ):
        raise CheckpointCodeTaken(_("Another checkpoint of this event has this code."))
    checkpoint = Checkpoint(event_id=event.id, **values)
    db.session.add(checkpoint)
    db.session.flush()
    db.session.add(
        AuditEntry(
            action="checkpoint.created",
            actor=actor,
            actor_label=actor.name,
            event_id=event.id,
            data={"checkpoint": checkpoint.id, **values},
        )
    )
    db.session.commit()
    return checkpoint


def checkpoint_managers(event: Event) -> list[StaffUser]:
    """Who can add this event's checkpoints (its event managers), for a desk that has none."""
    return list(
        db.session.scalars(
            select(StaffUser)
            .join(RoleAssignment, RoleAssignment.user_id == StaffUser.id)
            .where(
                RoleAssignment.event_id == event.id,
                RoleAssignment.role == Role.EVENT_MANAGER,
                StaffUser.active.is_(True),
            )
            .order_by(StaffUser.name)
        )
    )


def recent_scans(event: Event, limit: int = 50) -> list[Scan]:
    from sqlalchemy.orm import selectinload

    return list(
        db.session.scalars(
            select(Scan)
            .where(Scan.event_id == event.id)
            .options(
                selectinload(Scan.registration),
                selectinload(Scan.checkpoint),
                selectinload(Scan.staff_user),
            )
            .order_by(Scan.id.desc())
            .limit(limit)
        )
    )


def find_at_desk(event: Event, text: str, limit: int = 20) -> list[Registration]:
    """Who the desk is looking for: by a scanned badge code, the number printed under it or
    the reference (as in the e-mails, e.g. 01-000123), or a name in any script, an e-mail or
    a passport number."""
    from ..backoffice.queries import RegistrationFilter, registration_page

    text = text.strip()
    if not text:
        return []
    registration_id = None
    try:
        registration_id = tokens.decode(text.upper(), public_keys()).registration_id
    except tokens.TokenError:
        if number := tokens.parse_printed_number(text):
            registration_id = number.registration_id
        elif text.isdigit() and len(text) < 10:
            registration_id = int(text)
    if registration_id is not None:
        registration = db.session.get(Registration, registration_id)
        return [registration] if registration and registration.event_id == event.id else []
    return registration_page(event, RegistrationFilter(search=text), 1, limit).items
