"""Right to left in Chromium: the registration page in Arabic and in English (screenshots kept
as test artefacts), and a name mixing Arabic and Latin letters that stays intact from the form
to the portal and the back office."""

from playwright.sync_api import expect
from sqlalchemy import select

from gsnp_events.extensions import db
from gsnp_events.models import Registration, Role
from gsnp_events.registration.tokens import portal_token
from tests.factories import PASSWORD, make_event, make_organisation, make_staff

MIXED = "فاطمة Al-Hassan الحسن"


def test_the_registration_page_in_arabic_and_in_english(page, artifacts):
    make_event("rtl", name="Founding Assembly", short_name="Baku 2026", languages=["en", "ar"])
    page.set_viewport_size({"width": 1100, "height": 900})

    page.goto("/events/rtl/register?lang=ar")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    expect(page.get_by_role("heading", level=1)).to_have_text("التسجيل في Baku 2026")
    # The layout mirrors: labels and fields start on the right.
    field = page.locator("#given_name").bounding_box()
    label = page.locator("label[for=given_name]").bounding_box()
    assert label["x"] + label["width"] > field["x"] + field["width"] - 2
    assert page.locator("#given_name").evaluate("e => getComputedStyle(e).direction") == "rtl"
    page.screenshot(path=artifacts / "registration-ar.png", full_page=True)

    page.goto("/events/rtl/register?lang=en")
    expect(page.locator("html")).to_have_attribute("dir", "ltr")
    expect(page.get_by_role("heading", level=1)).to_have_text("Register for Baku 2026")
    page.screenshot(path=artifacts / "registration-en.png", full_page=True)


def test_a_mixed_direction_name_stays_intact(app, page, artifacts):
    event = make_event("mixed", name="Founding Assembly", short_name="Baku 2026")
    organisation = make_organisation("Green Earth Tunisia")
    officer = make_staff(Role.ACCREDITATION_OFFICER, event)

    page.goto("/events/mixed/register?lang=ar")
    page.locator("#given_name").fill("Fatima")
    page.locator("#family_name").fill("Al-Hassan")
    page.locator("#name_local").fill(MIXED)
    page.locator("#email").fill("fatima.mixed@example.org")
    page.locator("#nationality").select_option("TN")
    page.locator("#passport_number").fill("TN7654321")
    page.locator("#passport_expiry").fill("2031-01-01")
    page.locator("#category").select_option("delegate")
    page.locator("#organisation_search").fill("green")
    page.locator(f"#organisation_search-listbox-{organisation.id}").click()
    page.locator("#preferred_language").select_option("ar")
    page.locator("#consent").check()
    page.locator("form.registration-form button.primary").click()
    expect(page.locator("html")).to_have_attribute("dir", "rtl")

    db.session.expire_all()
    registration = db.session.scalars(
        select(Registration).where(Registration.email == "fatima.mixed@example.org")
    ).one()
    assert registration.name_local == MIXED  # stored exactly as typed, in logical order

    # The back office shows it isolated, so the Latin part cannot swap places with its
    # neighbours in an Arabic page, nor the Arabic part in an English one.
    page.goto("/staff/login?lang=ar")
    page.locator("#email").fill(officer.email)
    page.locator("#password").fill(PASSWORD)
    page.locator("main button[type=submit]").click()
    page.goto(f"/backoffice/events/mixed/registrations/{registration.id}")
    isolated = page.locator("h1 bdi").first
    expect(isolated).to_have_text(MIXED)
    assert isolated.evaluate("e => getComputedStyle(e).unicodeBidi") == "isolate"
    page.screenshot(path=artifacts / "mixed-name-backoffice-ar.png")

    # The delegate's own portal, in English.
    with app.test_request_context():
        token = portal_token(registration)
    page.goto(f"/portal/login/{token}?lang=en")
    expect(page.locator("h1 bdi")).to_have_text(MIXED)
    page.screenshot(path=artifacts / "mixed-name-portal-en.png")
