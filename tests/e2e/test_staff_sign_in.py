"""A staff member signs in from the home page and sees their event's registrations."""

from playwright.sync_api import expect

from gsnp_events.models import Role
from tests.factories import PASSWORD, make_event, make_registration, make_staff


def test_officer_signs_in_and_out(page, artifacts):
    event = make_event("baku", name="Founding Assembly in Baku")
    make_registration(event)
    officer = make_staff(Role.ACCREDITATION_OFFICER, event, email="officer@example.org")

    page.goto("/")
    expect(page.get_by_role("heading", name="Founding Assembly in Baku")).to_be_visible()
    page.get_by_role("link", name="Staff sign-in").click()

    page.get_by_label("E-mail address").fill(officer.email)
    page.get_by_label("Password").fill("wrong password")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_text("That e-mail address and password do not match.")).to_be_visible()
    expect(page.get_by_label("E-mail address")).to_have_value(officer.email)

    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Your events")).to_be_visible()
    expect(page.get_by_role("row", name="E-mail not confirmed 1")).to_be_visible()
    page.screenshot(path=artifacts / "backoffice-index.png", full_page=True)

    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_text("You have signed out.")).to_be_visible()
