"""The registration form pre-sets the order of the names when a nationality is chosen, until the
person chooses one; at 360 px, in English and in Arabic."""

from playwright.sync_api import expect

from tests.factories import make_event


def test_choosing_a_nationality_presets_the_order_until_the_person_chooses(page, artifacts):
    make_event("baku", short_name="Baku 2026", languages=["en", "ar"])
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto("/events/baku/register")
    order = page.get_by_label("Order of your names")
    expect(order).to_have_value("")  # "as is usual in my country" until a nationality
    page.get_by_label("Nationality").select_option("KR")
    expect(order).to_have_value("family_first")
    page.get_by_label("Nationality").select_option("TN")
    expect(order).to_have_value("given_first")
    order.select_option("family_first")  # the person's own choice stays
    page.get_by_label("Nationality").select_option("FR")
    expect(order).to_have_value("family_first")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360
    order.scroll_into_view_if_needed()
    page.screenshot(path=artifacts / "name-order-en-360.png")

    page.goto("/events/baku/register?lang=ar")
    order = page.locator('select[name="name_order"]')
    page.locator('select[name="nationality"]').select_option("JP")
    expect(order).to_have_value("family_first")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    order.scroll_into_view_if_needed()
    page.screenshot(path=artifacts / "name-order-ar-360.png")


def test_a_delegate_added_to_the_delegation_form_gets_the_preset_too(page):
    make_event("baku", short_name="Baku 2026")
    page.goto("/events/baku/delegation")
    page.get_by_role("button", name="Add another delegate").click()
    added = page.locator('select[name="delegates-1-name_order"]')
    expect(added).to_be_visible()
    page.locator('select[name="delegates-1-nationality"]').select_option("VN")
    expect(added).to_have_value("family_first")
    added.select_option("given_first")
    page.locator('select[name="delegates-1-nationality"]').select_option("KR")
    expect(added).to_have_value("given_first")
