"""axe-core in Chromium on the public, portal and sign-in pages, in English and in Arabic: no
serious or critical violation of WCAG 2.1 A and AA. Also what axe cannot see: the pages work
with the keyboard alone, and a right-to-left page really lays out right to left.

axe-core comes from the npm registry (pinned in the Makefile: `make setup-dev` installs it into
.cache/, which git ignores)."""

import json
from pathlib import Path

import pytest
from playwright.sync_api import expect

from gsnp_events.letters import services as letters
from gsnp_events.models import LetterSettings, Role
from gsnp_events.registration.tokens import portal_token
from tests.factories import make_event, make_organisation, make_registration, make_staff

ROOT = Path(__file__).resolve().parents[2]
AXE = sorted(ROOT.glob(".cache/axe-core-*/node_modules/axe-core/axe.min.js"))
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_violations(page) -> list[dict]:
    if not AXE:
        pytest.fail("axe-core is missing: run `make setup-dev` (it installs it from npm).")
    # Evaluated by the browser's devtools protocol: the page's CSP forbids inline scripts.
    page.evaluate(AXE[-1].read_text())
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG
    )
    return [
        {
            "id": violation["id"],
            "impact": violation["impact"],
            "help": violation["help"],
            "nodes": [node["target"] for node in violation["nodes"]][:5],
        }
        for violation in result["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


@pytest.fixture
def pages(app):
    """The pages to check, with the data they need."""
    event = make_event(
        "a11y",
        name="Global South NGO Platform — Founding Assembly",
        short_name="GSNP 2026",
        languages=["en", "ar"],
    )
    organisation = make_organisation("Green Earth Tunisia")
    from gsnp_events.extensions import db

    db.session.add(
        LetterSettings(
            event_id=event.id,
            organiser_name="Global South NGO Platform",
            signatory_name="Leyla Mammadova",
            signatory_title="Secretary-General",
        )
    )
    db.session.commit()
    registration = make_registration(
        event,
        organisation=organisation,
        status="approved",
        visa_support_requested=True,
        preferred_language="ar",
    )
    letter = letters.issue_letter(registration, make_staff(Role.ACCREDITATION_OFFICER, event))
    with app.test_request_context():
        token = portal_token(registration)
    return {
        "home": "/",
        "registration": f"/events/{event.slug}/register",
        "delegation": f"/events/{event.slug}/delegation",
        "portal": f"/portal/login/{token}",
        "login": "/staff/login",
        "letter check": f"/letters/verify/{letter.reference}",
    }


@pytest.mark.parametrize("language", ["en", "ar"])
def test_no_serious_or_critical_axe_violation(page, pages, language, artifacts):
    found = {}
    page.goto(f"/?lang={language}")
    for name, url in pages.items():
        page.goto(url)
        expect(page.locator("html")).to_have_attribute("lang", language)
        violations = axe_violations(page)
        if violations:
            found[name] = violations
    (artifacts / f"axe-{language}.json").write_text(json.dumps(found, indent=2, ensure_ascii=False))
    assert found == {}


def test_a_form_error_is_announced_and_linked_to_its_field(page, pages):
    page.goto(f"{pages['login']}?lang=ar")
    page.locator("button[type=submit].primary").click()
    email = page.locator("#email")
    expect(email).to_have_attribute("aria-invalid", "true")
    described = email.get_attribute("aria-describedby")
    assert described and page.locator(f"#{described.split()[-1]}").is_visible()
    assert axe_violations(page) == []


def test_the_registration_form_works_with_the_keyboard(page, pages):
    page.goto(f"{pages['registration']}?lang=en")
    page.keyboard.press("Tab")
    # The first stop is the skip link, and it takes the focus into the main content.
    expect(page.locator(".skip-link")).to_be_focused()
    page.keyboard.press("Enter")
    fields = "main input:not([type=hidden]), main select, main textarea, main button"
    focusable = page.evaluate(
        "(fields) => [...document.querySelectorAll(fields)]"
        ".filter(e => !e.disabled && e.offsetParent).map(e => e.id || e.name)",
        fields,
    )
    # A radio group is one Tab stop (arrows move inside it): count it by its name.
    radios = page.evaluate(
        "() => Object.fromEntries([...document.querySelectorAll('main input[type=radio]')]"
        ".map(e => [e.id, e.name]))"
    )
    focusable = list(dict.fromkeys(radios.get(name, name) for name in focusable))
    reached = set()
    for _ in range(len(focusable) + 40):
        page.keyboard.press("Tab")
        current = page.evaluate("() => document.activeElement.id || document.activeElement.name")
        reached.add(radios.get(current, current))
    missing = [name for name in focusable if name not in reached]
    assert missing == []


def test_the_language_selector_works_from_the_keyboard_and_keeps_the_page(page, pages):
    page.goto(f"{pages['registration']}?lang=en")
    page.locator("#lang").focus()
    page.locator("#lang").select_option("ar")
    page.get_by_role("button", name="Change language").press("Enter")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    assert page.url.split("?")[0].endswith(pages["registration"])


def test_an_arabic_page_lays_out_right_to_left(page, pages):
    page.set_viewport_size({"width": 1000, "height": 800})
    page.goto(f"{pages['registration']}?lang=ar")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    brand = page.locator(".brand").bounding_box()
    assert brand["x"] > 500  # the start of the header is on the right
    page.goto(f"{pages['registration']}?lang=en")
    assert page.locator(".brand").bounding_box()["x"] < 500
