"""On a 360-px phone in Chromium: the organisation picker (type, see the count, choose with
the keyboard or a tap, reach the organisations past the first page, submit), and the
delegation form one delegate at a time (add three, edit one, remove one, an error from the
server, nothing lost, the error links to the delegate's field), with the page's height."""

from datetime import date, timedelta

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from gsnp_events.extensions import db
from gsnp_events.models import Organisation, Registration
from tests.factories import make_event, make_organisation

PHONE = {"width": 360, "height": 740}
SHOTS = "/work/shots/org"
LISTBOX = "#organisation_search-listbox"


@pytest.fixture
def phone(page):
    page.set_viewport_size(PHONE)
    return page


@pytest.fixture
def event():
    return make_event("baku", short_name="Baku 2026", languages=["en", "ar"])


def test_the_picker_finds_filters_by_country_and_registers(phone, event, artifacts):
    page = phone
    fondation = make_organisation("Fondation Amal", name_local="مؤسسة أمل")
    make_organisation("Amal Cairo", country_code="EG")
    db.session.add_all(
        Organisation(name=f"Tunis Network {i:02d}", country_code="TN", vetting_status="verified")
        for i in range(30)
    )
    db.session.commit()

    page.goto("/events/baku/register")
    expect(page.get_by_role("button", name="Show organisations")).to_be_hidden()
    page.get_by_label("Country of the organisation").select_option("TN")
    box = page.get_by_role("combobox", name="Search by name")
    box.fill("AMAL")
    expect(page.locator(LISTBOX).get_by_role("option")).to_have_count(1)  # not the one in Egypt
    expect(
        page.locator(LISTBOX).get_by_role("option", name="Fondation Amal مؤسسة أمل")
    ).to_be_visible()
    expect(page.get_by_role("status").filter(has_text="Organisations found: 1")).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    box.press("ArrowDown")
    expect(box).to_have_attribute(
        "aria-activedescendant", f"organisation_search-listbox-{fondation.id}"
    )
    box.press("Enter")
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(page.get_by_text("Chosen: Fondation Amal (مؤسسة أمل)")).to_be_visible()
    assert page.locator("#organisation_id").input_value() == str(fondation.id)

    # Past the first 20: "Show more" brings the rest of the 31.
    box.fill("")
    box.press("Backspace")
    expect(
        page.locator(LISTBOX).get_by_role("option", name="Show more (20 of 31 listed)")
    ).to_be_visible()
    assert page.locator("#organisation_id").input_value() == ""  # typing dropped the choice
    page.locator(LISTBOX).get_by_role("option", name="Show more (20 of 31 listed)").click()
    expect(page.locator(LISTBOX).get_by_role("option")).to_have_count(31)
    page.locator(LISTBOX).get_by_role("option", name="Tunis Network 29").click()
    expect(page.get_by_text("Chosen: Tunis Network 29")).to_be_visible()
    box.fill("fondation")
    page.locator(LISTBOX).get_by_role("option", name="Fondation Amal مؤسسة أمل").click()

    page.get_by_label("Given name(s)").fill("Amina")
    page.get_by_label("Family name").fill("Diallo")
    page.get_by_label("E-mail address").fill("amina.picker@example.org")
    page.get_by_label("Nationality").select_option("TN")
    page.get_by_label("Passport or ID number").fill("TN7654321")
    page.get_by_label("Passport or ID valid until").fill(
        (date.today() + timedelta(days=1500)).isoformat()
    )
    page.get_by_label("I take part as").select_option("delegate")
    page.screenshot(path=artifacts / "picker-360.png")
    page.get_by_role("button", name="Register", exact=True).click()  # no consent: an error
    expect(page.locator("#error-summary")).to_be_visible()
    expect(page.get_by_text("Chosen: Fondation Amal (مؤسسة أمل)")).to_be_visible()  # kept
    page.get_by_label("I have read the data-protection notice and agree to it").check()
    page.get_by_role("button", name="Register", exact=True).click()
    expect(page.get_by_role("heading", name="Check your e-mail")).to_be_visible()
    registration = db.session.scalar(select(Registration))
    assert registration.organisation_id == fondation.id


def fill_delegate(row, given: str, family: str, n: int) -> None:
    row.get_by_label("Given name(s)").fill(given)
    row.get_by_label("Family name").fill(family)
    row.get_by_label("E-mail address").fill(f"{given.lower()}.{n}@example.org")
    row.get_by_label("Nationality").select_option("GH")
    row.get_by_label("Passport or ID number").fill(f"G{n}0012345")
    row.get_by_label("Passport or ID valid until").fill(
        (date.today() + timedelta(days=1000)).isoformat()
    )
    row.get_by_label("I take part as").select_option("delegate")


def test_the_delegation_form_takes_one_delegate_at_a_time(phone, event, artifacts):
    page = phone
    make_organisation("Accra Civic Forum", country_code="GH")
    page.goto("/events/baku/delegation")
    page.get_by_label("Your name", exact=True).fill("Abena Owusu")
    page.get_by_label("Your e-mail address").fill("abena@example.org")
    page.get_by_label("Country of the organisation").select_option("GH")
    page.get_by_role("combobox", name="Search by name").fill("accra")
    page.locator(LISTBOX).get_by_role("option", name="Accra Civic Forum").click()

    people = [("Kwame", "Mensah"), ("Amina", "Diallo"), ("Kofi", "Boateng")]
    for n, (given, family) in enumerate(people):
        if n:
            page.get_by_role("button", name="Add another delegate").click()
        row = page.locator(f"#delegates-{n}")
        expect(row.get_by_role("heading", name=f"Delegate {n + 1}")).to_be_visible()
        if n:  # a new delegate takes the focus (the page itself does not move it on loading)
            expect(row.get_by_label("Given name(s)")).to_be_focused()
        expect(page.locator("section[data-delegate]:visible")).to_have_count(1)
        fill_delegate(row, given, family, n)
        row.get_by_role("button", name="Done: back to the list").click()
    items = page.locator(".delegate-item")
    expect(items).to_have_count(3)
    expect(items.nth(1)).to_contain_text("Amina Diallo")
    height = page.evaluate("document.documentElement.scrollHeight")
    print(f"delegation form, three delegates, 360 px: {height} px")  # 7,238 px before
    assert height < 2500
    page.screenshot(path=artifacts / "delegation-360-list.png", full_page=True)

    # Edit the second, remove the first: the others are renumbered.
    page.get_by_role("button", name="Edit Delegate 2, Amina Diallo").click()
    second = page.locator("#delegates-1")
    expect(second.get_by_label("Given name(s)")).to_be_focused()
    second.get_by_label("Family name").fill("Diallo-Sow")
    # A passport too short: the server will say so.
    second.get_by_label("Passport or ID number").fill("G1")
    second.get_by_role("button", name="Done: back to the list").click()
    page.get_by_role("button", name="Remove Delegate 1, Kwame Mensah").click()
    expect(
        page.get_by_role("status").filter(has_text="Removed: Delegate 1, Kwame Mensah")
    ).to_be_attached()
    expect(items).to_have_count(2)
    expect(items.nth(0)).to_contain_text("Amina Diallo-Sow")
    expect(page.locator("#delegates-0-given_name")).to_have_value("Amina")
    expect(page.locator("#delegates-1-given_name")).to_have_value("Kofi")

    page.get_by_label("I have read the data-protection notice").check()
    page.get_by_role("button", name="Register the delegation").click()
    summary = page.locator("#error-summary")
    link = summary.get_by_role("link", name="Delegate 1, Amina Diallo-Sow: Passport or ID number")
    expect(link).to_be_visible()
    # Nothing was lost: both delegates, the focal point and the organisation are still there.
    expect(items).to_have_count(2)
    expect(items.nth(0)).to_contain_text("To correct")
    expect(page.locator("#delegates-1-family_name")).to_have_value("Boateng")
    expect(page.get_by_label("Your name", exact=True)).to_have_value("Abena Owusu")
    expect(page.get_by_text("Chosen: Accra Civic Forum")).to_be_visible()
    page.screenshot(path=artifacts / "delegation-360-error.png", full_page=True)
    link.click()
    passport = page.locator("#delegates-0-passport_number")
    expect(passport).to_be_focused()
    passport.fill("G90012345")
    page.get_by_label("I have read the data-protection notice").check()
    page.get_by_role("button", name="Register the delegation").click()
    expect(page.get_by_text("2 delegates are registered.")).to_be_visible()
    names = db.session.scalars(select(Registration.family_name).order_by(Registration.id)).all()
    assert names == ["Diallo-Sow", "Boateng"]


def test_without_javascript_every_delegate_is_shown_and_the_button_lists(browser, live_server):
    make_event("baku")
    make_organisation("Accra Civic Forum", country_code="GH")
    context = browser.new_context(
        base_url=live_server, locale="en-GB", java_script_enabled=False, viewport=PHONE
    )
    page = context.new_page()
    page.goto("/events/baku/delegation")
    page.get_by_label("Country of the organisation").select_option("GH")
    page.get_by_role("button", name="Show organisations").click()
    expect(page.get_by_text("Organisations found: 1")).to_be_visible()
    page.get_by_label("Choose your organisation").select_option(label="Accra Civic Forum")
    fill_delegate(page.locator("#delegates-0"), "Kwame", "Mensah", 0)
    page.get_by_role("button", name="Add another delegate").click()
    expect(page.locator("#delegates-1")).to_be_visible()
    expect(page.locator("#delegates-0-given_name")).to_have_value("Kwame")
    expect(page.get_by_role("button", name="Done: back to the list")).to_have_count(0)
    context.close()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_screenshots_of_the_forms_at_360_px(phone, event, language, artifacts):
    from pathlib import Path

    page = phone
    make_organisation("Fondation Amal", name_local="مؤسسة أمل")
    page.goto(f"/events/baku/register?lang={language}")
    page.locator("#organisation_search").fill("amal")
    expect(page.locator("[role=option]")).to_have_count(1)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360  # nothing sticks out sideways
    Path(SHOTS).mkdir(parents=True, exist_ok=True)
    page.screenshot(path=f"{SHOTS}/registration-{language}.png", full_page=True)
    page.goto(f"/events/baku/delegation?lang={language}")
    page.locator("#delegates-0-given_name").fill("Amina")
    page.locator("#delegates-0-family_name").fill("Diallo")
    page.locator("#delegates-0-email").fill("amina@example.org")
    page.locator("#delegates-0 [data-delegate-done]").click()
    page.locator("[data-add-delegate]").click()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.screenshot(path=f"{SHOTS}/delegation-{language}.png", full_page=True)


def test_the_error_links_follow_their_delegate_when_one_is_removed(phone, event):
    page = phone
    page.goto("/events/baku/delegation")
    fill_delegate(page.locator("#delegates-0"), "Kwame", "Mensah", 0)
    page.locator("#delegates-0").get_by_role("button", name="Done: back to the list").click()
    page.get_by_role("button", name="Add another delegate").click()
    fill_delegate(page.locator("#delegates-1"), "Amina", "Diallo", 1)
    page.locator("#delegates-1-passport_number").fill("G1")
    page.get_by_role("button", name="Register the delegation").click()
    summary = page.locator("#error-summary")
    expect(summary.get_by_role("link", name="Delegate 2, Amina Diallo: Passport")).to_be_visible()
    page.get_by_role("button", name="Remove Delegate 1, Kwame Mensah").click()
    link = summary.get_by_role("link", name="Delegate 1, Amina Diallo: Passport")
    expect(link).to_have_attribute("href", "#delegates-0-passport_number")
    link.click()
    expect(page.locator("#delegates-0-passport_number")).to_be_focused()
    expect(page.locator("#delegates-0-passport_number")).to_have_value("G1")
