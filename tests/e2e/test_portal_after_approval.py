"""An approved delegate, on a phone, changes their phone number and arrival date in the portal;
their name and passport are shown, locked. In English and Arabic, in Chromium."""

from datetime import date, timedelta

from playwright.sync_api import Browser, expect

from gsnp_events.extensions import db
from gsnp_events.models import Registration
from gsnp_events.registration import tokens
from tests.factories import make_event, make_organisation, make_registration


def test_an_approved_delegate_changes_travel_on_a_phone(browser: Browser, live_server, artifacts):
    event = make_event("doha", name="Gulf Assembly")
    delegate = make_registration(
        event,
        status="approved",
        organisation=make_organisation(country_code="TN"),
        email="fatima@example.org",
        email_normalised="fatima@example.org",
        passport_expiry=date.today() + timedelta(days=2000),
        date_of_birth=date(1985, 4, 23),
        languages=["en"],
    )
    phone = browser.new_context(
        base_url=live_server, locale="en-GB", viewport={"width": 360, "height": 740}
    )
    portal = phone.new_page()
    portal.goto(f"/portal/login/{tokens.portal_token(delegate)}")
    portal.get_by_role("link", name="Change your contact details, travel and needs").click()
    locked = "your name, date of birth, nationality and passport are locked"
    expect(portal.get_by_text(locked, exact=False)).to_be_visible()
    expect(portal.get_by_label("Given name(s)")).to_have_count(0)
    assert portal.evaluate("document.documentElement.scrollWidth") <= 360
    portal.screenshot(path=artifacts / "portal-approved-edit-en-360.png", full_page=True)
    portal.get_by_label("Mobile phone (optional)").fill("+216 71 123 456")
    arrival = event.starts_on - timedelta(days=1)
    portal.get_by_label("Arrival date (optional)").fill(arrival.isoformat())
    portal.get_by_role("button", name="Save the changes").click()
    expect(portal.get_by_text("Your changes are saved.")).to_be_visible()
    expect(portal.get_by_text("Approved").first).to_be_visible()
    portal.goto("/portal/edit?lang=ar")
    expect(portal.locator("html")).to_have_attribute("dir", "rtl")
    assert portal.evaluate("document.documentElement.scrollWidth") <= 360
    portal.screenshot(path=artifacts / "portal-approved-edit-ar-360.png", full_page=True)
    phone.close()
    db.session.expire_all()
    saved = db.session.get(Registration, delegate.id)
    assert saved.status == "approved" and saved.phone == "+21671123456"
    assert saved.arrival_date == arrival
