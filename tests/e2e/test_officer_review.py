"""An officer asks a delegate for information; the delegate answers in the portal; the officer
approves. An officer approves all that match a filter from the decision bar, which stays in
view. All through the pages, in Chromium."""

from datetime import date, timedelta

from playwright.sync_api import Browser, expect

from gsnp_events.models import Role
from gsnp_events.registration import tokens
from tests.factories import (
    PASSWORD,
    make_event,
    make_organisation,
    make_photo,
    make_registration,
    make_staff,
)


def test_officer_asks_for_information_and_approves_after_the_answer(
    page, browser: Browser, live_server, artifacts
):
    event = make_event("baku", name="Founding Assembly")
    verified = make_organisation(country_code="BO", name="Red de Mujeres Rurales")
    delegate = make_registration(
        event,
        status="submitted",
        organisation=verified,
        nationality_code="BO",
        given_name="Lucía",
        name_local=None,
        passport_expiry=date.today() + timedelta(days=2000),
        date_of_birth=date(1979, 3, 8),
        family_name="Mamani Quispe",
        position="Coordinadora",
    )
    make_registration(event, status="submitted", nationality_code="KE", family_name="Otieno")
    officer = make_staff(Role.ACCREDITATION_OFFICER, event, email="officer@example.org")

    page.goto("/staff/login")
    page.get_by_label("E-mail address").fill(officer.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("link", name="Founding Assembly").click()

    page.get_by_role("checkbox", name="Bolivia (Plurinational State of)").check()
    page.get_by_role("button", name="Apply filters").click()
    expect(page.get_by_text("1 registration matches.")).to_be_visible()
    expect(page.get_by_role("link", name="OTIENO", exact=False)).to_have_count(0)
    page.get_by_role("link", name="Lucía MAMANI QUISPE").click()

    page.get_by_label("Reason or message to the delegate").fill(
        "Please give your position in English."
    )
    page.get_by_role("button", name="Ask for more information").click()
    expect(page.get_by_text("Information requested.")).to_be_visible()

    # The delegate follows the portal link from their e-mail, in another browser context.
    delegate_context = browser.new_context(base_url=live_server, locale="en-GB")
    portal = delegate_context.new_page()
    portal.goto(f"/portal/login/{tokens.portal_token(delegate)}")
    expect(portal.get_by_text("Please give your position in English.").first).to_be_visible()
    portal.get_by_role("link", name="Correct your details and send them back").click()
    portal.get_by_label("Position", exact=False).first.fill("Coordinator")
    portal.get_by_role("button", name="Save and send to the organisers").click()
    expect(portal.get_by_text("Information provided").first).to_be_visible()
    delegate_context.close()

    page.reload()
    expect(page.get_by_text("Coordinator")).to_be_visible()
    page.get_by_role("button", name="Approve").click()
    expect(page.get_by_text("Approved.")).to_be_visible()
    page.screenshot(path=artifacts / "officer-approved.png", full_page=True)


def _sign_in(page, officer):
    page.goto("/staff/login")
    page.get_by_label("E-mail address").fill(officer.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def _in_view(page, locator) -> bool:
    box = locator.bounding_box()
    height = page.viewport_size["height"]
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height + 1


def test_officer_approves_all_that_match_from_the_bar_that_stays_in_view(page, artifacts):
    event = make_event("baku", name="Founding Assembly")
    verified = make_organisation(country_code="GH", name="Accra Rights Forum")
    unvetted = make_organisation(
        country_code="KE", name="Nairobi Voices", vetting_status="to_be_vetted"
    )
    for n in range(57):
        registration = make_registration(
            event, status="submitted", organisation=verified, family_name=f"Mensah{n:02d}"
        )
        if n % 3:
            make_photo(registration)
    make_registration(event, status="submitted", organisation=unvetted, family_name="Otieno")
    make_registration(event, status="info_requested", organisation=verified, family_name="Asare")
    officer = make_staff(Role.ACCREDITATION_OFFICER, event, email="officer@example.org")
    _sign_in(page, officer)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.get_by_role("link", name="Founding Assembly").click()

    page.get_by_role("checkbox", name="Submitted", exact=True).check()
    page.get_by_role("button", name="Apply filters").click()
    expect(page.get_by_text("58 registrations match.")).to_be_visible()
    expect(page.get_by_role("checkbox", name="Submitted", exact=True)).to_be_checked()

    bar = page.locator("#bulk-bar")
    page.evaluate("window.scrollTo(0, 0)")
    rows = page.locator("table.registrations tbody tr")
    rows.nth(5).scroll_into_view_if_needed()
    assert _in_view(page, bar)  # while the first rows are in view, far above the bar's place
    rows.nth(30).scroll_into_view_if_needed()
    assert _in_view(page, bar)
    assert _in_view(page, rows.nth(30))

    page.get_by_role("checkbox", name="Tick all on this page").check()
    expect(page.locator("input.pick:checked")).to_have_count(50)
    expect(page.locator("#ticked-count")).to_have_text("50")
    page.get_by_label("All 58 registrations that match this filter, on every page").check()
    page.get_by_label("Approve those without a photo too").check()
    page.screenshot(path=artifacts / "queue-select-all-matching.png")
    page.get_by_role("button", name="Apply", exact=True).click()

    expect(page.get_by_role("heading", name="Approve: 58 registrations?")).to_be_visible()
    page.get_by_role("button", name="Yes, decide on all 58 registrations").click()
    expect(page.get_by_text("57 registrations: Approved.")).to_be_visible()
    expect(page.get_by_text("19 of them have no photo yet")).to_be_visible()
    refused = page.locator("table.refused tbody tr")
    expect(refused).to_have_count(1)
    expect(refused).to_contain_text("OTIENO")
    expect(refused).to_contain_text("To be vetted")
    expect(refused).to_contain_text("Verify Nairobi Voices first.")
    page.screenshot(path=artifacts / "queue-bulk-results.png", full_page=True)


def test_the_queue_fits_a_phone_in_english_and_arabic(page, artifacts):
    event = make_event("baku", name="Founding Assembly", languages=["en", "ar"])
    verified = make_organisation(country_code="GH", name="Accra Rights Forum")
    for n in range(12):
        make_registration(
            event, status="submitted", organisation=verified, family_name=f"Mensah{n}"
        )
    officer = make_staff(Role.ACCREDITATION_OFFICER, event, email="officer@example.org")
    _sign_in(page, officer)
    for lang in ("en", "ar"):
        for width, height in ((1280, 800), (360, 740)):
            page.set_viewport_size({"width": width, "height": height})
            page.goto(f"/backoffice/events/baku/registrations?lang={lang}")
            overflow = page.evaluate("document.documentElement.scrollWidth")
            assert overflow <= width, (lang, width, overflow)
            bar = page.locator("#bulk-bar")
            page.locator("input.pick").nth(1).check()
            expect(page.locator("#ticked-count")).to_have_text("1")
            assert _in_view(page, bar), (lang, width)
            if width == 360:  # folded on a phone, so that the list stays readable
                assert bar.bounding_box()["height"] < 60
                page.screenshot(path=artifacts / f"queue-{lang}-{width}-folded.png")
                bar.locator("summary").click()
            expect(page.locator("#bulk-transition")).to_be_visible()
            assert _in_view(page, bar), (lang, width)
            page.screenshot(path=artifacts / f"queue-{lang}-{width}.png")
            page.screenshot(path=artifacts / f"queue-{lang}-{width}-full.png", full_page=True)


def _jpeg() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (600, 800), (200, 180, 160)).save(out, "JPEG")
    return out.getvalue()


def test_a_new_photo_answers_and_the_officer_approves_from_the_queue(
    page, browser: Browser, live_server, artifacts
):
    from gsnp_events.accreditation.workflow import Actor, perform

    event = make_event("tunis", name="Regional Assembly")
    delegate = make_registration(
        event,
        status="submitted",
        organisation=make_organisation(country_code="TN", name="Green Earth Tunisia"),
        passport_expiry=date.today() + timedelta(days=2000),
        date_of_birth=date(1985, 4, 23),
        preferred_language="ar",
        email="fatima@example.org",  # a long address overflows 360 px (the layout's issue)
        email_normalised="fatima@example.org",
    )
    make_registration(event, status="submitted", nationality_code="KE", family_name="Otieno")
    officer = make_staff(Role.ACCREDITATION_OFFICER, event, email="officer2@example.org")
    perform(
        delegate,
        "request_info",
        Actor.staff_user(officer),
        reason="Please send a photo with a plain background.",
    )

    # The delegate, on a phone, replaces the photo and says a word about it.
    phone = browser.new_context(
        base_url=live_server, locale="en-GB", viewport={"width": 360, "height": 740}
    )
    portal = phone.new_page()
    portal.goto(f"/portal/login/{tokens.portal_token(delegate)}")
    request = portal.get_by_role("region", name="The organisers asked for more information:")
    expect(request.get_by_text("Please send a photo with a plain background.")).to_be_visible()
    portal.screenshot(path=artifacts / "portal-info-requested-en-360.png", full_page=True)
    portal.goto("/portal/?lang=ar")
    expect(portal.get_by_role("button", name="إرسال ردّي")).to_be_visible()
    assert portal.evaluate("document.documentElement.scrollWidth") <= 360
    portal.screenshot(path=artifacts / "portal-info-requested-ar-360.png", full_page=True)
    portal.goto("/portal/?lang=en")
    portal.get_by_role("link", name="Send a new photo").click()
    portal.get_by_label("New photo", exact=False).set_input_files(
        {"name": "me.jpg", "mimeType": "image/jpeg", "buffer": _jpeg()}
    )
    portal.get_by_label("Message to the organisers (optional)").fill("Taken today, white wall.")
    portal.get_by_role("button", name="Save and send to the organisers").click()
    expect(
        portal.get_by_text("Your new photo is saved and sent to the organisers.")
    ).to_be_visible()
    expect(portal.get_by_text("Information provided").first).to_be_visible()
    assert portal.evaluate("document.documentElement.scrollWidth") <= 360
    portal.screenshot(path=artifacts / "portal-answered-en-360.png", full_page=True)
    portal.goto("/portal/?lang=ar")
    expect(portal.locator("html")).to_have_attribute("dir", "rtl")
    expect(portal.get_by_text("Taken today, white wall.").first).to_be_visible()
    assert portal.evaluate("document.documentElement.scrollWidth") <= 360
    portal.screenshot(path=artifacts / "portal-answered-ar-360.png", full_page=True)
    phone.close()

    # The officer finds it in the queue under "Information provided" and approves it there.
    page.goto("/staff/login")
    page.get_by_label("E-mail address").fill(officer.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("link", name="Regional Assembly").click()
    page.get_by_role("checkbox", name="Information provided", exact=True).check()
    page.get_by_role("button", name="Apply filters").click()
    expect(page.get_by_text("1 registration matches.")).to_be_visible()
    expect(page.get_by_role("link", name="OTIENO", exact=False)).to_have_count(0)
    page.get_by_role("link", name="Fatima AL-HASSAN").click()
    panel = page.locator("section.information-provided")
    expect(panel.get_by_text("Taken today, white wall.")).to_be_visible()
    expect(panel.get_by_role("listitem").filter(has_text="Photo")).to_be_visible()
    page.screenshot(path=artifacts / "officer-information-provided.png", full_page=True)
    page.get_by_role("button", name="Approve").click()
    expect(page.get_by_text("Approved.")).to_be_visible()
    expect(page.locator("section.information-provided")).to_have_count(0)
    page.screenshot(path=artifacts / "officer-approved-after-photo.png", full_page=True)
