"""The reports' bar charts in Chromium: no label or count is cut, whatever its length, in English
and in Arabic, on a desktop and on a 360-px phone (screenshots kept as test artefacts)."""

import uuid
from datetime import timedelta

import pytest
from playwright.sync_api import expect

from gsnp_events.extensions import db
from gsnp_events.models import Registration, Role
from gsnp_events.models.base import utcnow
from tests.e2e.test_accessibility import axe_violations
from tests.factories import PASSWORD, make_event, make_staff

# Approved delegates per nationality: three-, two- and one-digit counts in several regions.
APPROVED = {"GH": 214, "TN": 38, "BR": 7, "FJ": 1}


def _approved(event, nationality: str, count: int, created_at) -> None:
    for _ in range(count):
        n = uuid.uuid4().hex[:10].upper()
        db.session.add(
            Registration(
                event=event,
                category=event.categories[0],
                status="approved",
                given_name="Ama",
                family_name="Mensah",
                nationality_code=nationality,
                passport_number=f"P{n}",
                passport_number_normalised=f"P{n}",
                email=f"ama.{n.lower()}@example.org",
                email_normalised=f"ama.{n.lower()}@example.org",
                created_at=created_at,
            )
        )


@pytest.fixture
def reports(page):
    missing = []
    page.on("response", lambda r: missing.append(r.url) if r.status == 404 else None)
    event = make_event("reports", languages=["en", "ar"])
    for code, count in APPROVED.items():
        _approved(event, code, count, utcnow() - timedelta(days=1))
    _approved(event, "GH", 2, utcnow())  # a second day, with a one-digit count
    db.session.commit()
    officer = make_staff(Role.ACCREDITATION_OFFICER, event)
    page.goto("/staff/login")
    page.locator("#email").fill(officer.email)
    page.locator("#password").fill(PASSWORD)
    page.locator("form button[type=submit]").last.click()
    expect(page).not_to_have_url("/staff/login")
    yield page
    assert missing == []  # the favicon included, which browsers ask for on a first visit


UNCUT = """figure => [...figure.querySelectorAll('.bar-label, .bar-value')].filter(e => {
    const box = e.getBoundingClientRect(), frame = figure.getBoundingClientRect();
    return e.scrollWidth > e.clientWidth || box.left < frame.left - 0.5
        || box.right > frame.right + 0.5 || box.width === 0;
}).map(e => e.textContent)"""


@pytest.mark.parametrize("width", [1100, 360])
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_bar_labels_and_counts_are_never_cut(reports, artifacts, lang, width):
    page = reports
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"/backoffice/events/reports/reports?lang={lang}")
    charts = page.locator("figure.chart")
    expect(charts).to_have_count(3)
    for i, bars in enumerate((3, 4, 2)):  # regions, sub-regions, days
        expect(charts.nth(i).locator(".bar-value")).to_have_count(bars)
        assert charts.nth(i).evaluate(UNCUT) == []
    size = page.locator(".bar-label").first.evaluate(
        "e => parseFloat(getComputedStyle(e).fontSize)"
    )
    assert size >= 15  # the page's own size, on a phone too
    region = charts.nth(0)
    expect(region.locator(".bar-value").first).to_have_text("254")  # Africa: GH and TN
    expect(charts.nth(2).locator(".bar-value").first).to_have_text("260")  # yesterday
    # The longest bar is the widest, and every bar grows from the side where text starts.
    bars = region.locator(".bar")
    widths = [bars.nth(i).bounding_box()["width"] for i in range(bars.count())]
    assert widths == sorted(widths, reverse=True) and widths[-1] >= 1
    first, label = bars.first.bounding_box(), region.locator(".bar-label").first.bounding_box()
    if lang == "ar":
        assert first["x"] + first["width"] <= label["x"] + 1
    else:
        assert first["x"] >= label["x"] + label["width"] - 1
    assert page.evaluate("document.documentElement.scrollWidth") <= width  # no sideways scroll
    page.screenshot(path=artifacts / f"reports-{lang}-{width}.png", full_page=True)
    assert axe_violations(page) == []
