"""Signed badge tokens: compact, verifiable offline, and a reprint supersedes the old badge."""

import base64
import string

import pytest
import segno
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

import config
from gsnp_events import create_app
from gsnp_events.badges import tokens
from gsnp_events.badges.tokens import Verdict

KEY = tokens.development_key("unit-test-secret")
PUBLIC = [KEY.public_key()]


def check(token: str, current: dict[int, int], event_id: int = 7, revoked=()) -> Verdict:
    return tokens.verify(
        token, event_id=event_id, public_keys=PUBLIC, current_versions=current, revoked=revoked
    ).verdict


def test_a_token_is_120_base32_characters_and_fits_a_small_qr_code():
    token = tokens.issue(KEY, 7, 123456, 3)
    assert len(token) == tokens.TOKEN_LENGTH == 120
    assert set(token) <= set(string.ascii_uppercase + "234567")
    code = segno.make(token, error="q", boost_error=False)
    assert code.mode == "alphanumeric" and code.version == 7 and code.error == "Q"


def test_the_payload_layout_is_as_documented():
    raw = base64.b32decode(tokens.issue(KEY, 7, 123456, 3))
    assert raw[:11] == bytes([1]) + (7).to_bytes(4, "big") + (123456).to_bytes(4, "big") + (
        3
    ).to_bytes(2, "big")
    KEY.public_key().verify(raw[11:], b"GSNP-BADGE" + raw[:11])  # raises if not


def test_current_and_superseded_versions():
    old, new = tokens.issue(KEY, 7, 42, 1), tokens.issue(KEY, 7, 42, 2)
    assert check(new, {42: 2}) == Verdict.CURRENT
    assert check(old, {42: 2}) == Verdict.SUPERSEDED
    assert tokens.verify(
        new, event_id=7, public_keys=PUBLIC, current_versions=lambda rid: {42: 2}.get(rid)
    ).valid


def test_other_event_unknown_revoked_and_previews():
    token = tokens.issue(KEY, 7, 42, 1)
    assert check(token, {42: 1}, event_id=8) == Verdict.OTHER_EVENT
    assert check(token, {}) == Verdict.UNKNOWN  # never printed
    assert check(tokens.issue(KEY, 7, 42, 5), {42: 1}) == Verdict.UNKNOWN  # not printed yet
    assert check(tokens.issue(KEY, 7, 42, tokens.PREVIEW_VERSION), {42: 1}) == Verdict.UNKNOWN
    assert check(token, {42: 1}, revoked=[42]) == Verdict.REVOKED


@pytest.mark.parametrize(
    "mangle",
    [
        lambda t: t[:-1] + ("A" if t[-1] != "A" else "B"),  # last signature byte
        lambda t: t[:5] + ("A" if t[5] != "A" else "B") + t[6:],  # a byte of the event id
    ],
)
def test_a_changed_token_is_forged(mangle):
    token = tokens.issue(KEY, 7, 42, 1)
    assert check(mangle(token), {42: 1}) == Verdict.FORGED


def test_a_token_signed_with_another_key_is_forged():
    other = Ed25519PrivateKey.generate()
    assert check(tokens.issue(other, 7, 42, 1), {42: 1}) == Verdict.FORGED


@pytest.mark.parametrize(
    "token",
    ["", "GSNP", "A" * 119, "A" * 121, "a" * 120, "1" * 120, "é" * 120, None],
)
def test_truncated_or_garbled_tokens_are_malformed(token):
    full = tokens.issue(KEY, 7, 42, 1)
    assert check(full[:100], {42: 1}) == Verdict.MALFORMED
    assert check(token, {42: 1}) == Verdict.MALFORMED


def test_an_older_key_still_verifies_while_it_is_listed():
    old = Ed25519PrivateKey.generate()
    token = tokens.issue(old, 7, 42, 1)
    keys = [KEY.public_key(), old.public_key()]
    assert (
        tokens.verify(token, event_id=7, public_keys=keys, current_versions={42: 1}).verdict
        == Verdict.CURRENT
    )
    cfg = {
        "SECRET_KEY": "x",
        "BADGE_SIGNING_KEY": None,
        "BADGE_PREVIOUS_PUBLIC_KEYS": [tokens.public_key_text(old.public_key())],
    }
    assert len(tokens.public_keys(cfg)) == 2


def test_keys_from_configuration():
    seed = base64.b64encode(bytes(range(32))).decode()
    from_seed = tokens.load_private_key(seed)
    pem = from_seed.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    assert tokens.public_key_text(tokens.load_private_key(pem).public_key()) == (
        tokens.public_key_text(from_seed.public_key())
    )
    for bad in ("not base64!", base64.b64encode(b"short").decode()):
        with pytest.raises(ValueError):
            tokens.load_private_key(bad)
    generated = tokens.generate_key_text()
    assert len(base64.b64decode(generated)) == 32


def test_development_keys_are_derived_from_the_secret_key_and_stable():
    first = tokens.signing_key({"SECRET_KEY": "a", "BADGE_SIGNING_KEY": None})
    again = tokens.signing_key({"SECRET_KEY": "a", "BADGE_SIGNING_KEY": ""})
    other = tokens.signing_key({"SECRET_KEY": "b", "BADGE_SIGNING_KEY": None})
    text = tokens.public_key_text
    assert text(first.public_key()) == text(again.public_key()) != text(other.public_key())


def test_production_refuses_to_start_without_a_badge_signing_key(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "s" * 48)
    monkeypatch.delenv("BADGE_SIGNING_KEY", raising=False)
    with pytest.raises(RuntimeError, match="BADGE_SIGNING_KEY must be set"):
        create_app("production")
    monkeypatch.setenv("BADGE_SIGNING_KEY", "not a key")
    with pytest.raises(RuntimeError, match="BADGE_SIGNING_KEY cannot be used"):
        config.ProductionConfig.check()
    key = tokens.generate_key_text()
    monkeypatch.setenv("BADGE_SIGNING_KEY", key)
    monkeypatch.setenv("PUBLIC_BASE_URL", "https://events.example.org")
    app = create_app("production")
    assert app.config["BADGE_SIGNING_KEY"] == key


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("01-000092/1", (1, 92, 1)),
        ("01-000092", (1, 92, None)),
        ("  No. 01-000092/3 ", (1, 92, 3)),
        ("N° 12 - 000092 / 2", (12, 92, 2)),
        ("1-92/1", (1, 92, 1)),
        ("٠١-٠٠٠٠٩٢/١", (1, 92, 1)),  # typed with Arabic-Indic digits
    ],
)
def test_the_printed_number_or_the_reference_typed_by_hand(typed, expected):
    number = tokens.parse_printed_number(typed)
    assert (number.event_id, number.registration_id, number.version) == expected


@pytest.mark.parametrize("typed", ["", "01", "000092/1", "01-000092/", "Haddad", "01-92-3"])
def test_what_is_not_a_printed_number(typed):
    assert tokens.parse_printed_number(typed) is None


def test_a_token_is_never_taken_for_a_printed_number():
    token = tokens.issue(Ed25519PrivateKey.generate(), 1, 92, 1)
    assert tokens.parse_printed_number(token) is None
    assert tokens.parse_printed_number(token[:40]) is None
