"""The input rules and the photo normalisation, on their own."""

import io

import pytest
from PIL import Image

from gsnp_events.registration import photos, tokens
from gsnp_events.registration.validation import (
    bad_characters,
    clean_text,
    name_problem,
    normalise_email,
    normalise_passport,
    parse_bool,
    parse_date,
)
from tests.factories import make_event, make_registration


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("  Jose\u0301  ", "Jos\u00e9"),
        ("Anna\n  Maria", "Anna Maria"),
        (None, ""),
        (42, "42"),
        ("\u00c5ngstr\u00f6m", "\u00c5ngstr\u00f6m"),
    ],
)
def test_clean_text_is_nfc_trimmed_and_single_line(raw, clean):
    assert clean_text(raw) == clean


def test_clean_text_keeps_lines_in_long_fields():
    assert clean_text(" a\nb ", multiline=True) == "a\nb"
    assert not bad_characters("a\nb", multiline=True)
    assert bad_characters("a\nb")


@pytest.mark.parametrize(
    "name",
    [
        "Fatima",
        "فاطمة الحسن",
        "王芳",
        "Nguyễn Thị Minh",
        "O'Brien-Smith",
        "Mohammad\u200cReza",
        "St. John",
    ],
)
def test_names_in_any_script(name):
    assert name_problem(name) is None


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Fati\u202ema", "name_characters"),  # right-to-left override
        ("Ali\u2066", "name_characters"),  # isolate
        ("Ali\u200e", "name_characters"),  # left-to-right mark
        ("Ali\x00", "name_characters"),
        ("Ali\ufeff", "name_characters"),  # zero-width no-break space
        ("123", "name_letters"),
        ("Ali <b>", "name_symbols"),
        ("Ali@home", "name_symbols"),
    ],
)
def test_names_refuse_controls_and_symbols(name, code):
    assert name_problem(name).code == code


def test_passport_numbers_compare_without_spaces_or_case():
    assert normalise_passport(" ab-123 456 ") == "AB123456"
    assert normalise_passport("p.12/34") == "P1234"


def test_email_addresses_compare_in_lower_case():
    assert normalise_email("Fatima.H@Example.ORG") == "fatima.h@example.org"


def test_dates_and_booleans():
    assert parse_date("2030-01-31").isoformat() == "2030-01-31"
    assert parse_date("") is None and parse_date("31/01/2030") == "bad"
    assert parse_bool("y") and parse_bool(True) and not parse_bool("") and not parse_bool("no")


def test_tokens_round_trip_and_refuse_tampering():
    event = make_event("t")
    registration = make_registration(event)
    token = tokens.portal_token(registration)
    assert tokens.read_portal_token(token) == (registration.id, registration.email_normalised)
    with pytest.raises(tokens.LinkError) as error:
        tokens.read_portal_token(token + "x")
    assert error.value.code == "link_invalid"
    # A confirmation token is no portal token, and the other way round.
    with pytest.raises(tokens.LinkError):
        tokens.read_portal_token(tokens.confirmation_token(registration))


def test_a_processed_photo_is_a_small_clean_jpeg():
    out = io.BytesIO()
    Image.new("CMYK", (1200, 1600), (0, 50, 50, 0)).save(out, "JPEG")
    processed = photos.process_photo(out.getvalue())
    image = Image.open(io.BytesIO(processed.content))
    assert image.format == "JPEG" and image.mode == "RGB" and image.size == (600, 800)
    assert len(processed.sha256) == 64


def test_a_kept_photo_comes_back_only_with_its_signature():
    out = io.BytesIO()
    Image.new("RGB", (300, 400)).save(out, "PNG")
    processed = photos.process_photo(out.getvalue())
    kept = photos.keep_photo(processed)
    assert photos.restore_photo(kept).content == processed.content
    assert photos.restore_photo(kept[:-2] + "zz") is None
    assert photos.restore_photo("") is None
