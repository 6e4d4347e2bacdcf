"""At the door: a keyboard-wedge scanner types the badge's code into the checkpoint page."""

from flask import current_app
from playwright.sync_api import expect

from gsnp_events.badges import tokens
from gsnp_events.extensions import db
from gsnp_events.models import Badge, Checkpoint, Role
from tests.factories import PASSWORD, make_event, make_registration, make_staff


def test_desk_user_scans_a_badge_and_sees_the_verdict(page, artifacts):
    event = make_event("baku", name="Founding Assembly")
    db.session.add(
        Checkpoint(event_id=event.id, code="entrance", name="Main entrance", counts_presence=True)
    )
    registration = make_registration(
        event, status="approved", given_name="Layla", family_name="Haddad", name_local="ليلى حداد"
    )
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
