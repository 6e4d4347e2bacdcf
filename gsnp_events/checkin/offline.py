"""Offline verification of badges for a door device, with the check-in bundle alone.

Dependencies: the Python standard library, ``cryptography`` and the token module
``gsnp_events/badges/tokens.py`` (which needs nothing else). A scanner app can copy the two
files side by side. docs/CHECKIN.md describes the bundle and the token format.

    verifier = OfflineVerifier(bundle)            # the JSON of GET .../checkin-bundle
    check = verifier.check(scanned_text, "entrance")
    check.result          # "valid", "already_inside", "revoked", "superseded", ...
    check.person          # name, name_local, category, colour, photo_url (or None)
    check.no_photo        # valid, but no photo to compare: check an ID instead

The text may also be the number printed under the QR code (01-000092/1), or the reference
alone (01-000092), typed by hand: ``check.typed`` is then true.

Entries and exits at checkpoints that count presence are remembered by the verifier, so a
second entry shows "already_inside". Upload what was scanned later (POST /api/v1/checkins).
"""

from dataclasses import dataclass
from datetime import datetime, timezone

try:
    from ..badges import tokens
except ImportError:  # copied beside tokens.py into a scanner app
    import tokens  # type: ignore[no-redef]

_VERDICTS = {
    tokens.Verdict.CURRENT: "valid",
    tokens.Verdict.SUPERSEDED: "superseded",
    tokens.Verdict.REVOKED: "revoked",
    tokens.Verdict.UNKNOWN: "unknown",
    tokens.Verdict.OTHER_EVENT: "wrong_event",
    tokens.Verdict.FORGED: "forged",
    tokens.Verdict.MALFORMED: "unreadable",
}


@dataclass(frozen=True)
class OfflineCheck:
    result: str
    registration_id: int | None = None
    person: dict | None = None
    inside_since: datetime | None = None
    typed: bool = False

    @property
    def admits(self) -> bool:
        return self.result == "valid"

    @property
    def no_photo(self) -> bool:
        return self.admits and self.person is not None and not self.person.get("photo_url")


class OfflineVerifier:
    def __init__(self, bundle: dict):
        if bundle.get("format") != 1:
            raise ValueError("unknown bundle format")
        self.event_id = bundle["event"]["id"]
        self.public_keys = [tokens.load_public_key(k) for k in bundle["public_keys"]]
        self.people = {b["registration_id"]: b for b in bundle["badges"]}
        self.current = {b["registration_id"]: b["version"] for b in bundle["badges"]}
        # A withdrawn version that is still the newest one: revoked, or no longer approved.
        self.withdrawn = {
            (w["registration_id"], w["version"]): w["result"] for w in bundle["withdrawn"]
        }
        for (registration_id, version), _result in self.withdrawn.items():
            if self.current.get(registration_id, 0) < version:
                self.current[registration_id] = version
        self.presence = {c["code"] for c in bundle["checkpoints"] if c["counts_presence"]}
        self._inside: dict[tuple[str, int], datetime] = {}

    def check(
        self,
        token: str,
        checkpoint: str | None = None,
        direction: str = "in",
        now: datetime | None = None,
    ) -> OfflineCheck:
        number = tokens.parse_printed_number(token)
        typed = number is not None
        if number is not None:
            verification = self._verify_number(number)
        else:
            verification = tokens.verify(
                token.strip().upper(),
                event_id=self.event_id,
                public_keys=self.public_keys,
                current_versions=self.current,
            )
        claim = verification.claim
        result = _VERDICTS[verification.verdict]
        if result == "valid":
            result = self.withdrawn.get((claim.registration_id, claim.version), "valid")
        if claim is None or result not in ("valid", "superseded", "revoked", "not_approved"):
            return OfflineCheck(result, typed=typed)
        person = self.people.get(claim.registration_id)
        if result != "valid":
            return OfflineCheck(result, claim.registration_id, person, typed=typed)
        now = now or datetime.now(timezone.utc)  # noqa: UP017 (runs on older Pythons too)
        key = (checkpoint or "", claim.registration_id)
        if checkpoint in self.presence:
            if direction == "out":
                self._inside.pop(key, None)
            elif key in self._inside:
                return OfflineCheck(
                    "already_inside", claim.registration_id, person, self._inside[key], typed
                )
            else:
                self._inside[key] = now
        return OfflineCheck("valid", claim.registration_id, person, typed=typed)

    def _verify_number(self, number: tokens.PrintedNumber) -> tokens.Verification:
        """A typed number has no signature: the bundle's list of printed badges decides."""
        if number.event_id != self.event_id:
            return tokens.Verification(tokens.Verdict.OTHER_EVENT)
        current = self.current.get(number.registration_id)
        version = number.version if number.version is not None else current
        if version is None:
            return tokens.Verification(tokens.Verdict.UNKNOWN)
        claim = tokens.BadgeClaim(number.event_id, number.registration_id, version)
        return tokens.Verification(tokens.version_verdict(version, current), claim)
