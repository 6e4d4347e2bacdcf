"""A delegate registers with a photo and an Arabic name, follows the link from the e-mail,
edits a field in the portal, and cancels: in Chromium, against the live app."""

import re
from datetime import date, timedelta

from PIL import Image
from playwright.sync_api import expect
from sqlalchemy import select

from gsnp_events.extensions import db
from gsnp_events.mail import MemorySender, send_pending
from gsnp_events.models import Photo, Registration
from tests.factories import make_event, make_organisation


def test_a_delegate_registers_confirms_edits_and_cancels(app, page, artifacts, tmp_path):
    make_event(
        "baku", name="Founding Assembly in Baku", short_name="Baku 2026", languages=["en", "ar"]
    )
    make_organisation("Green Earth Tunisia")
    photo = tmp_path / "portrait.png"
    Image.new("RGB", (900, 1200), (190, 140, 110)).save(photo)
    inbox = MemorySender.messages_of(app)
    inbox.clear()

    page.goto("/")
    page.get_by_role("link", name="Register for Baku 2026").click()
    expect(page.get_by_role("heading", name="Register for Baku 2026")).to_be_visible()
    page.get_by_label("Given name(s)").fill("Fatima")
    page.get_by_label("Family name").fill("Al-Hassan")
    page.get_by_label("Full name in your own script (optional)").fill("فاطمة الحسن")
    page.get_by_label("E-mail address").fill("fatima.e2e@example.org")
    page.get_by_label("Mobile phone (optional)").fill("+216 71 123 456")
    page.get_by_label("Nationality").select_option("TN")
    page.get_by_label("Passport or ID number").fill("TN1234567")
    page.get_by_label("Passport or ID valid until").fill(
        (date.today() + timedelta(days=1500)).isoformat()
    )
    page.get_by_label("I take part as").select_option("delegate")
    page.get_by_role("combobox", name="Search by name").fill("green earth")
    page.get_by_role("option", name="Green Earth Tunisia").click()
    page.get_by_label("Arabic").check()
    page.get_by_label("Photo (JPEG, PNG or WebP, up to 5 MB)").set_input_files(photo)
    expect(page.locator("img.photo-preview")).to_be_visible()  # the small enhancement
    # Forget the consent first: the page says so and keeps everything, the photo too.
    page.get_by_role("button", name="Register", exact=True).click()
    expect(
        page.get_by_text("To register, you must agree to the data-protection notice.").first
    ).to_be_visible()
    expect(page.get_by_label("Full name in your own script (optional)")).to_have_value(
        "فاطمة الحسن"
    )
    expect(page.get_by_text("Your photo is kept.")).to_be_visible()
    page.get_by_label("I have read the data-protection notice and agree to it").check()
    page.screenshot(path=artifacts / "registration-form.png", full_page=True)
    page.get_by_role("button", name="Register", exact=True).click()
    expect(page.get_by_role("heading", name="Check your e-mail")).to_be_visible()

    assert send_pending().sent == 1
    body = inbox[-1].get_body(("plain",)).get_content()
    assert "Hello \u2068فاطمة الحسن\u2069," in body
    link = re.search(r"http://127\.0\.0\.1:\d+/confirm/\S+", body).group(0)

    page.goto(link)
    expect(page.get_by_text("Thank you: your e-mail address is confirmed.")).to_be_visible()
    expect(page.get_by_role("heading", name="Registration of فاطمة الحسن")).to_be_visible()
    expect(page.get_by_text("Submitted", exact=True)).to_be_visible()
    expect(page.get_by_role("img", name="Your photo")).to_be_visible()
    page.screenshot(path=artifacts / "portal.png", full_page=True)

    page.get_by_role("link", name="Change your details").click()
    page.get_by_label("Dietary needs (optional)").fill("Vegetarian")
    page.get_by_role("button", name="Save the changes").click()
    expect(page.get_by_text("Your changes are saved.")).to_be_visible()
    expect(page.get_by_text("Details changed")).to_be_visible()

    page.get_by_text("Cancel the registration").click()
    page.get_by_role("button", name="Yes, cancel my registration").click()
    expect(page.get_by_text("Your registration is cancelled.")).to_be_visible()
    expect(page.get_by_text("Cancelled", exact=True).first).to_be_visible()

    registration = db.session.scalar(select(Registration))
    db.session.refresh(registration)
    assert registration.status == "cancelled" and registration.dietary_needs == "Vegetarian"
    assert registration.name_local == "فاطمة الحسن"
    assert db.session.scalar(select(Photo.width)) == 600
