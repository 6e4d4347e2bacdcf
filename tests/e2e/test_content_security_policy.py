"""The Content-Security-Policy blocks nothing the pages need: their scripts run and the
browser reports no violation on the pages with scripts."""

from playwright.sync_api import expect

from gsnp_events.extensions import db
from gsnp_events.models import Checkpoint, Role
from tests.factories import PASSWORD, make_event, make_organisation, make_registration, make_staff


def test_pages_with_scripts_run_without_csp_violations(page):
    event = make_event("baku", name="Founding Assembly")
    db.session.add(Checkpoint(event_id=event.id, code="entrance", name="Main entrance"))
    make_registration(event, status="submitted", organisation=make_organisation())
    db.session.commit()
    officer = make_staff(Role.ACCREDITATION_OFFICER, event, email="officer@example.org")
    desk = make_staff(Role.BADGE_DESK, event, email="desk@example.org")
    messages = []
    page.on("console", lambda message: messages.append(message.text))

    page.goto("/events/baku/register")
    expect(page.get_by_role("button", name="Register")).to_be_visible()
    page.goto("/events/baku/delegation")
    expect(page.locator("[data-delegate-done]")).to_be_attached()

    for user in (officer, desk):
        page.goto("/staff/login")
        page.get_by_label("E-mail address").fill(user.email)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        if user is officer:
            page.goto("/backoffice/events/baku/registrations")
            expect(page.locator("#pick-page")).to_be_visible()  # shown by queue.js
        else:
            page.goto("/onsite/events/baku/checkpoints/entrance")
            expect(page.locator("#token")).to_be_focused()  # focused by checkpoint.js
        page.get_by_role("button", name="Sign out").click()

    violations = [text for text in messages if "Content Security Policy" in text]
    assert violations == []
