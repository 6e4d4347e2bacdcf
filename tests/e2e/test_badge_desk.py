"""The badge desk chooses delegates by country, previews, prints and downloads the PDF, then
reprints one lost badge with a reason, in Chromium and without JavaScript."""

from playwright.sync_api import expect

from gsnp_events.models import Role
from tests.factories import PASSWORD, make_event, make_photo, make_registration, make_staff


def test_badge_desk_prints_a_country_and_reprints_a_lost_badge(browser, live_server, artifacts):
    event = make_event("baku", name="Founding Assembly")
    amina = make_registration(
        event,
        status="approved",
        given_name="Aminata",
        family_name="Diallo",
        name_local=None,
        nationality_code="SN",
    )
    make_photo(amina)
    make_registration(
        event,
        status="approved",
        nationality_code="SN",
        given_name="Moussa",
        family_name="Ndiaye",
        name_local=None,
    )
    make_registration(event, status="approved")  # Tunisia
    desk = make_staff(Role.BADGE_DESK, event, email="desk@example.org")

    context = browser.new_context(base_url=live_server, locale="en-GB", java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        page.goto("/staff/login")
        page.get_by_label("E-mail address").fill(desk.email)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.goto("/backoffice/events/baku/badges/")
        expect(page.get_by_role("heading", name="3 badges to print")).to_be_visible()

        page.get_by_label("Country").select_option(label="Senegal")
        page.get_by_label("Order in the PDF").select_option(label="Family name")
        page.get_by_role("button", name="Show these badges").click()
        expect(page.get_by_role("heading", name="2 badges to print")).to_be_visible()
        page.screenshot(path=artifacts / "badges-desk.png", full_page=True)

        preview = page.get_by_role("link", name="Preview the first page (PDF)")
        response = page.request.get(preview.get_attribute("href"))
        assert response.ok and response.headers["content-type"] == "application/pdf"

        page.get_by_role("button", name="Print 2 badges").click()
        expect(page.get_by_text("Done", exact=True)).to_be_visible()
        with page.expect_download() as download:
            page.get_by_role("link", name="Download the PDF").click()
        assert download.value.suggested_filename.endswith(".pdf")
        page.screenshot(path=artifacts / "badges-job-done.png", full_page=True)

        page.goto(f"/backoffice/events/baku/badges/registrations/{amina.id}")
        expect(page.get_by_text("Current badge: version 1")).to_be_visible()
        page.get_by_label("Why is it printed again?").select_option(label="Lost")
        page.get_by_label("Details").fill("Lost in the plenary hall")
        page.get_by_role("button", name="Reprint").click()
        expect(page.get_by_text("Done", exact=True)).to_be_visible()
        page.get_by_role("link", name="Print log").click()
        expect(page.get_by_role("cell", name="Lost: Lost in the plenary hall")).to_be_visible()
        page.screenshot(path=artifacts / "badges-print-log.png", full_page=True)
    finally:
        context.close()
