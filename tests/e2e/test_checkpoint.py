"""At the door: a keyboard-wedge scanner types the badge's code into the checkpoint page."""

import pytest
from flask import current_app
from playwright.sync_api import expect

from gsnp_events.badges import tokens
from gsnp_events.extensions import db
from gsnp_events.models import Badge, Checkpoint, Role
from tests.factories import (
    PASSWORD,
    make_event,
    make_organisation,
    make_photo,
    make_registration,
    make_staff,
)


def test_desk_user_scans_a_badge_and_sees_the_verdict(page, artifacts):
    event = make_event("baku", name="Founding Assembly")
    db.session.add(
        Checkpoint(event_id=event.id, code="entrance", name="Main entrance", counts_presence=True)
    )
    registration = make_registration(
        event, status="approved", given_name="Layla", family_name="Haddad", name_local="ليلى حداد"
    )
    make_photo(registration)
    db.session.add(Badge(registration_id=registration.id, version=1))
    db.session.commit()
    key = tokens.signing_key(current_app.config)
    token = tokens.issue(key, event.id, registration.id, 1)
    desk = make_staff(Role.BADGE_DESK, event, email="desk@example.org")

    page.goto("/staff/login")
    page.get_by_label("E-mail address").fill(desk.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.goto("/onsite/events/baku/checkpoints")
    page.get_by_role("link", name="Main entrance").click()

    scanner = page.get_by_label("Scan the badge (or type the code under its QR code)")
    expect(scanner).to_be_focused()
    scanner.type(token)  # what a keyboard-wedge scanner does
    scanner.press("Enter")
    expect(page.get_by_role("alert")).to_contain_text("VALID")
    expect(page.get_by_role("alert")).to_contain_text("ليلى حداد")
    page.screenshot(path=artifacts / "checkpoint-valid.png")

    page.get_by_label("Scan the badge (or type the code under its QR code)").type(token)
    page.keyboard.press("Enter")
    expect(page.get_by_role("alert")).to_contain_text("ALREADY INSIDE")
    page.screenshot(path=artifacts / "checkpoint-already-inside.png")

    page.get_by_label("Scan the badge (or type the code under its QR code)").type(
        token[:-3] + "AAA"
    )
    page.keyboard.press("Enter")
    expect(page.get_by_role("alert")).to_contain_text("FORGED")


def _door(name_local="ليلى حداد", **overrides):
    event = make_event("doors", name="Founding Assembly", languages=["en", "ar"])
    db.session.add(Checkpoint(event_id=event.id, code="plenary", name="Plenary hall"))
    registration = make_registration(
        event,
        status="approved",
        given_name=overrides.pop("given_name", "Layla"),
        family_name=overrides.pop("family_name", "Haddad"),
        name_local=name_local,
        organisation=make_organisation(
            name="Réseau des femmes sahéliennes pour le développement durable et la paix",
            country_code="TN",
        ),
        nationality_code="TN",
    )
    make_photo(registration)
    db.session.add(Badge(registration_id=registration.id, version=1))
    db.session.commit()
    desk = make_staff(Role.BADGE_DESK, event)
    return event, registration, desk


def _sign_in(page, desk):
    page.goto("/staff/login?lang=en")
    page.get_by_label("E-mail address").fill(desk.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).not_to_have_url("/staff/login")


def test_door_operator_types_the_number_printed_under_the_qr_code(page, artifacts):
    event, registration, desk = _door()
    _sign_in(page, desk)
    page.goto("/onsite/events/doors/checkpoints/plenary")
    scanner = page.get_by_label("Scan the badge (or type the code under its QR code)")
    expect(scanner).to_be_focused()
    scanner.type(f"{registration.reference}/1")  # read off the badge, typed by hand
    scanner.press("Enter")
    verdict = page.get_by_role("alert")
    expect(verdict).to_contain_text("VALID")
    expect(verdict).to_contain_text("ليلى حداد")
    expect(verdict).to_contain_text("typed, not scanned")
    expect(verdict).not_to_contain_text("FORGED")
    expect(verdict.get_by_role("img", name="Photo of Layla Haddad")).to_be_visible()
    page.screenshot(path=artifacts / "checkpoint-typed.png")

    # A code the scanner only half read: scan again, not "forged".
    token = tokens.issue(tokens.signing_key(current_app.config), event.id, registration.id, 1)
    page.get_by_label("Scan the badge (or type the code under its QR code)").type(token[:90])
    page.keyboard.press("Enter")
    expect(page.get_by_role("alert")).to_contain_text("UNREADABLE — scan again")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_verdict_with_a_photo_fits_a_360_px_phone(page, artifacts, language):
    event, registration, desk = _door(
        given_name="Maria Fernanda Alejandra",
        family_name="Gonzalez-Villanueva de la Concepcion",
        name_local="عبد الرحمن بن عبد العزيز آل عبد اللطيف الحسيني",
    )
    page.set_viewport_size({"width": 360, "height": 740})
    _sign_in(page, desk)
    page.goto(f"/onsite/events/doors/checkpoints/plenary?lang={language}")
    expect(page.locator("html")).to_have_attribute("lang", language)
    page.locator("#token").type(f"{registration.reference}/1")
    page.keyboard.press("Enter")
    verdict = page.get_by_role("alert")
    expect(verdict.locator("img")).to_be_visible()
    expect(verdict.locator(".verdict-word")).to_have_class("verdict-word")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    for element in verdict.locator(".verdict-word, .verdict-name, img").all():
        box = element.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360, element.inner_text()
    # The verdict fills most of the phone's screen.
    assert verdict.bounding_box()["height"] >= 0.6 * 740 - 1
    page.screenshot(path=artifacts / f"checkpoint-360-{language}.png", full_page=True)
