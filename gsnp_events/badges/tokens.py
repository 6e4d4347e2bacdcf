"""Signed badge tokens: what the QR code on a badge carries, and how a door checks it.

A token is 75 bytes written in base32 (RFC 4648, capitals and 2-7, no padding): exactly 120
characters, which a QR code holds in alphanumeric mode (version 7 at error correction Q).

    bytes 0-10   payload: format (1 byte, = 1), event id (4 bytes), registration id (4 bytes),
                 badge version (2 bytes); unsigned big-endian integers
    bytes 11-74  Ed25519 signature of b"GSNP-BADGE" + payload

A door device verifies offline with the event's public key (GET /api/v1/events/<slug>/badge-key)
and a list of current badge versions. A reprint raises the badge version, so an older badge
still has a valid signature but is reported as superseded. docs/BADGES.md has the details.
"""

import base64
import binascii
import enum
import hashlib
import re
import struct
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

FORMAT = 1
CONTEXT = b"GSNP-BADGE"  # signed before the payload, so the key signs nothing else by accident
PAYLOAD = struct.Struct(">BIIH")
SIGNATURE_LENGTH = 64
TOKEN_BYTES = PAYLOAD.size + SIGNATURE_LENGTH  # 75
TOKEN_LENGTH = TOKEN_BYTES * 8 // 5  # 120 base32 characters, no padding needed
PREVIEW_VERSION = 0  # previews carry version 0, which no printed badge has


class Verdict(enum.StrEnum):
    CURRENT = "current"  # the newest printed version of a badge of this event
    SUPERSEDED = "superseded"  # genuine, but a reprint replaced it
    REVOKED = "revoked"  # genuine, but the badge or registration was withdrawn
    UNKNOWN = "unknown"  # genuine signature, but no such printed badge (e.g. a preview)
    OTHER_EVENT = "other_event"  # genuine, for another event
    FORGED = "forged"  # the signature does not match
    MALFORMED = "malformed"  # not a token at all, or truncated: scan again


class TokenError(ValueError):
    def __init__(self, message: str, code: str):
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class BadgeClaim:
    event_id: int
    registration_id: int
    version: int


@dataclass(frozen=True)
class Verification:
    verdict: Verdict
    claim: BadgeClaim | None = None

    @property
    def valid(self) -> bool:
        return self.verdict == Verdict.CURRENT


@dataclass(frozen=True)
class PrintedNumber:
    """The number printed under the QR code (``01-000092/1``: event, registration, badge
    version), or the bare reference (``01-000092``, no version), typed in by hand."""

    event_id: int
    registration_id: int
    version: int | None


# "No. 01-000092/1" as printed (the label in any language), or the reference alone.
_PRINTED_NUMBER = re.compile(r"\D*?(\d{1,9})\s*-\s*(\d{1,9})(?:\s*/\s*(\d{1,5}))?\s*")


def parse_printed_number(text: str) -> PrintedNumber | None:
    match = _PRINTED_NUMBER.fullmatch(text.strip())
    if match is None:
        return None
    event_id, registration_id, version = match.groups()
    return PrintedNumber(int(event_id), int(registration_id), int(version) if version else None)


def version_verdict(version: int, current: int | None) -> Verdict:
    """A genuine badge's version against the newest printed version of that person's badge."""
    if current is None or version > current or version == PREVIEW_VERSION:
        return Verdict.UNKNOWN
    if version < current:
        return Verdict.SUPERSEDED
    return Verdict.CURRENT


def issue(key: Ed25519PrivateKey, event_id: int, registration_id: int, version: int) -> str:
    payload = PAYLOAD.pack(FORMAT, event_id, registration_id, version)
    signature = key.sign(CONTEXT + payload)
    return base64.b32encode(payload + signature).decode("ascii")


def decode(token: str, public_keys: Iterable[Ed25519PublicKey]) -> BadgeClaim:
    """The claim of a genuine token; TokenError ("malformed" or "forged") otherwise."""
    if not isinstance(token, str) or len(token) != TOKEN_LENGTH:
        raise TokenError("not a badge token (wrong length)", "malformed")
    try:
        raw = base64.b32decode(token.encode("ascii"), casefold=False)
    except (binascii.Error, UnicodeEncodeError, ValueError) as error:
        raise TokenError("not a badge token (not base32)", "malformed") from error
    payload, signature = raw[: PAYLOAD.size], raw[PAYLOAD.size :]
    fmt, event_id, registration_id, version = PAYLOAD.unpack(payload)
    if fmt != FORMAT:
        raise TokenError(f"unknown token format {fmt}", "malformed")
    for public_key in public_keys:
        try:
            public_key.verify(signature, CONTEXT + payload)
        except InvalidSignature:
            continue
        return BadgeClaim(event_id, registration_id, version)
    raise TokenError("the signature does not match", "forged")


def verify(
    token: str,
    *,
    event_id: int,
    public_keys: Iterable[Ed25519PublicKey],
    current_versions: Mapping[int, int] | Callable[[int], int | None],
    revoked: Iterable[int] = (),
) -> Verification:
    """Check a scanned token for ``event_id``, offline: ``current_versions`` gives the newest
    printed version per registration id (a mapping, or a function that looks it up) and
    ``revoked`` the registration ids whose badges were withdrawn."""
    try:
        claim = decode(token, public_keys)
    except TokenError as error:
        return Verification(Verdict(error.code))
    if claim.event_id != event_id:
        return Verification(Verdict.OTHER_EVENT, claim)
    if claim.registration_id in set(revoked):
        return Verification(Verdict.REVOKED, claim)
    lookup = current_versions.get if isinstance(current_versions, Mapping) else current_versions
    return Verification(version_verdict(claim.version, lookup(claim.registration_id)), claim)


# Keys ------------------------------------------------------------------------------------------


def load_private_key(text: str) -> Ed25519PrivateKey:
    """A key from configuration: a PEM (PKCS#8) private key, or the base64 of the 32-byte seed."""
    text = text.strip()
    if text.startswith("-----BEGIN"):
        key = serialization.load_pem_private_key(text.encode(), password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise ValueError("BADGE_SIGNING_KEY is not an Ed25519 key")
        return key
    try:
        seed = base64.b64decode(text, validate=True)
    except binascii.Error as error:
        raise ValueError("BADGE_SIGNING_KEY is neither PEM nor base64") from error
    if len(seed) != 32:
        raise ValueError("BADGE_SIGNING_KEY must be the base64 of 32 bytes")
    return Ed25519PrivateKey.from_private_bytes(seed)


def load_public_key(text: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(base64.b64decode(text.strip(), validate=True))


def development_key(secret_key: str) -> Ed25519PrivateKey:
    """Development and tests only: a key derived from SECRET_KEY, so that it stays the same
    across restarts without any set-up. Production refuses to start without BADGE_SIGNING_KEY."""
    seed = hashlib.sha256(b"gsnp-events development badge key\0" + secret_key.encode()).digest()
    return Ed25519PrivateKey.from_private_bytes(seed)


def generate_key_text() -> str:
    seed = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    return base64.b64encode(seed).decode("ascii")


def public_key_text(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def signing_key(config: Mapping) -> Ed25519PrivateKey:
    configured = config.get("BADGE_SIGNING_KEY")
    if configured:
        return load_private_key(configured)
    return development_key(config["SECRET_KEY"])


def public_keys(config: Mapping) -> list[Ed25519PublicKey]:
    """The current public key first, then older ones still accepted (key rotation)."""
    keys = [signing_key(config).public_key()]
    keys += [load_public_key(text) for text in config.get("BADGE_PREVIOUS_PUBLIC_KEYS") or []]
    return keys


if __name__ == "__main__":
    print(generate_key_text())
