"""An event's texts in each language, in Chromium on a 360-px phone: the event page in English
and in Arabic, and the settings form where an organiser types the Arabic texts."""

import pytest
from playwright.sync_api import expect

from gsnp_events.models import Role
from tests.factories import PASSWORD, make_event, make_staff

ARABIC_NAME = "الجمعية التأسيسية لمنصة المنظمات غير الحكومية"


@pytest.fixture
def event():
    return make_event(
        "texts",
        name="Founding Assembly of the Global South NGO Platform",
        short_name="GSNP 2026",
        languages=["en", "ar"],
        description="An assembly of NGOs from the Global South.\n\nOpen to all members.",
        data_protection_notice="We keep your data to run the assembly.",
        texts={
            "ar": {
                "name": ARABIC_NAME,
                "venue": "مركز باكو للمؤتمرات",
                "description": "جمعية للمنظمات غير الحكومية من بلدان الجنوب.\n\n"
                "مفتوحة لجميع الأعضاء.",
            }
        },
    )


def fits_the_phone(locator) -> None:
    right = locator.evaluate("e => Math.max(e.getBoundingClientRect().right, e.scrollWidth)")
    assert right <= 360, f"{right} px wide"


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_event_page_on_a_phone_in_the_readers_language(page, event, artifacts, language):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"/events/texts?lang={language}")
    heading = ARABIC_NAME if language == "ar" else event.name
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)
    description = page.locator(".event-description p").first
    expect(description).to_contain_text("الجنوب" if language == "ar" else "Global South")
    direction = description.evaluate("p => getComputedStyle(p).direction")
    assert direction == ("rtl" if language == "ar" else "ltr")
    fits_the_phone(page.locator("html"))
    page.screenshot(path=str(artifacts / f"event-texts-event-{language}.png"), full_page=True)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_settings_form_on_a_phone_takes_the_arabic_texts(page, event, artifacts, language):
    manager = make_staff(Role.EVENT_MANAGER, event)
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"/staff/login?lang={language}")
    page.locator("input[name=email]").fill(manager.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("button.primary[type=submit]").click()
    page.goto("/backoffice/events/texts/settings")
    arabic = page.locator("details.language-texts", has=page.locator('summary[lang="ar"]'))
    expect(arabic).to_have_attribute("open", "")  # it has texts: open
    name = arabic.locator("input[name='texts_ar-name']")
    expect(name).to_have_value(ARABIC_NAME)
    # Arabic typed into a left-to-right page still reads right to left.
    assert name.evaluate("e => getComputedStyle(e).direction") == "rtl"
    city = arabic.locator("input[name='texts_ar-city']")
    city.fill("باكو")
    assert city.evaluate("e => getComputedStyle(e).direction") == "rtl"
    fits_the_phone(page.locator("form[novalidate]"))  # (the categories' table aside)
    # Chromium shifts the screenshot of a right-to-left page that is wider than the window (the
    # categories' table): leave the table out of the picture, which shows the texts.
    page.locator("#categories").evaluate("e => e.remove()")
    page.locator("#texts").evaluate("e => e.scrollIntoView({block: 'start', inline: 'nearest'})")
    page.screenshot(path=str(artifacts / f"event-texts-settings-{language}.png"))
    page.locator("form[novalidate] button.primary[type=submit]").click()
    expect(page.locator(".flash-success")).to_be_visible()
    expect(page.locator("input[name='texts_ar-city']")).to_have_value("باكو")
