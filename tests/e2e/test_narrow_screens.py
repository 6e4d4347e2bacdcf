"""Every page of the public site, the delegate and focal point portal and the on-site desks fits
a 360-pixel phone, in English and in Arabic (and, where its long words once widened a page, in
Russian), without sideways scrolling: with long organisation names, long names in several
scripts, a long e-mail address and a photo.

The pages only read the data (the scans they record change no verdict), so it is made once for
the module and removed after it; each kind of visitor keeps one browser context."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from flask import current_app
from playwright.sync_api import BrowserContext, Page, expect

from gsnp_events.accreditation import workflow
from gsnp_events.accreditation.workflow import Actor
from gsnp_events.badges import tokens as badge_tokens
from gsnp_events.extensions import db
from gsnp_events.letters import services as letters
from gsnp_events.models import Badge, Category, Checkpoint, LetterSettings, Role, Scan
from gsnp_events.registration import tokens
from tests.conftest import empty_the_database
from tests.factories import (
    PASSWORD,
    make_event,
    make_organisation,
    make_photo,
    make_registration,
    make_staff,
)

WIDTH, HEIGHT = 360, 740
LANGUAGES = ("en", "ar")
SHOTS = "narrow"  # under test-artifacts/

ORGANISATION = (
    "Association des Femmes Rurales pour le Développement Durable et la Souveraineté "
    "Alimentaire du Sahel Occidental"
)
ORGANISATION_LOCAL = "جمعية النساء الريفيات من أجل التنمية المستدامة والسيادة الغذائية في الساحل"
DOMAIN = "femmes-rurales-developpement-durable-sahel-occidental.org"


@dataclass(frozen=True)
class Screen:
    name: str
    visitor: str  # the browser context that opens it: public, delegate, focal or staff
    path: str  # formatted with the data's ids and tokens
    status: int = 200
    then: Callable[[Page, dict], None] | None = None  # what the visitor does on the page


def scan(token_key: str) -> Callable[[Page, dict], None]:
    """The badge's code typed into the checkpoint page, as a keyboard-wedge scanner does."""

    def step(page: Page, data: dict) -> None:
        page.locator("#token").fill(data[token_key])
        page.locator("#token").press("Enter")
        expect(page.get_by_role("alert")).to_be_visible()

    return step


def send_empty(page: Page, data: dict) -> None:
    """The form sent without being filled in: every field says what to fix."""
    page.locator("main form[method=post] button[type=submit].primary").first.click()
    expect(page.locator(".error").first).to_be_visible()


def open_details(page: Page, data: dict) -> None:
    """Every folded part unfolded (decline, cancel, the data protection notice)."""
    page.locator("details").evaluate_all("all => all.forEach(d => { d.open = true; })")


E = "/onsite/events/{slug}"
SCREENS = [
    Screen("home", "public", "/"),
    Screen("event", "public", "/events/{slug}"),
    Screen("register", "public", "/events/{slug}/register", then=open_details),
    Screen("register-errors", "public", "/events/{slug}/register", then=send_empty),
    Screen("registered", "public", "/events/{slug}/registered"),
    Screen("delegation-form", "public", "/events/{slug}/delegation"),
    Screen("delegation-errors", "public", "/events/{slug}/delegation", then=send_empty),
    Screen("delegation-sent", "public", "/events/{slug}/delegation/sent"),
    Screen("registration-closed", "public", "/events/closed/register", status=403),
    Screen("not-found", "public", "/events/no-such-event", status=404),
    Screen("portal-link", "public", "/portal/link"),
    Screen("portal-link-error", "public", "/portal/login/expired-or-forged", status=400),
    Screen("letter-check", "public", "/letters/verify"),
    Screen("letter-verified", "public", "/letters/verify/{letter}"),
    Screen("staff-sign-in", "public", "/staff/login"),
    Screen("portal", "delegate", "/portal/", then=open_details),
    Screen("portal-edit", "delegate", "/portal/edit"),
    Screen("portal-photo", "delegate", "/portal/photo"),
    Screen("focal-delegation", "focal", "/portal/delegation", then=open_details),
    Screen("focal-one-delegate", "focal", "/portal/delegation/{asked}", then=open_details),
    Screen("focal-photo-delegate", "focal", "/portal/delegation/{delegate}"),
    Screen("checkpoints", "staff", E + "/checkpoints"),
    Screen("checkpoint", "staff", E + "/checkpoints/hall"),
    Screen("verdict-valid", "staff", E + "/checkpoints/hall", then=scan("valid")),
    Screen("verdict-inside", "staff", E + "/checkpoints/door", then=scan("inside")),
    Screen("verdict-revoked", "staff", E + "/checkpoints/door", then=scan("revoked")),
    Screen("verdict-forged", "staff", E + "/checkpoints/door", then=scan("forged")),
    Screen("desk", "staff", E + "/desk"),
    Screen("desk-found", "staff", E + "/desk?q=konstantin"),
    Screen("desk-person", "staff", E + "/desk/{delegate}"),
    Screen("desk-person-no-photo", "staff", E + "/desk/{asked}"),
    Screen("walk-in", "staff", E + "/desk/walk-in", then=open_details),
    Screen("walk-in-errors", "staff", E + "/desk/walk-in", then=send_empty),
    Screen("occupancy", "staff", E + "/occupancy"),
    Screen("devices", "staff", E + "/devices"),
]


def _people(event, organisation) -> dict:
    """Delegates with long names in Latin, Arabic, Greek, Cyrillic and Devanagari letters."""
    common = {"organisation": organisation, "position": "Coordinator of International Advocacy"}
    delegate = make_registration(
        event,
        status="submitted",
        given_name="Abdulrahman Mohammed Abdulaziz",
        family_name="Wolfeschlegelsteinhausenbergerdorff-Al-Khalifa",
        name_local="عبد الرحمن محمد عبد العزيز آل خليفة",
        email=f"abdulrahman.wolfeschlegelsteinhausenbergerdorff@{DOMAIN}",
        email_normalised=f"abdulrahman.wolfeschlegelsteinhausenbergerdorff@{DOMAIN}",
        nationality_code="SA",
        visa_support_requested=True,
        date_of_birth=date(1979, 3, 14),
        passport_expiry=event.ends_on + timedelta(days=3 * 365),
        arrival_date=event.starts_on,
        departure_date=event.ends_on,
        **common,
    )
    asked = make_registration(
        event,
        status="submitted",
        given_name="Eleftheria",
        family_name="Papadopoulou-Konstantinopoulou",
        name_local="Ελευθερία Παπαδοπούλου-Κωνσταντινοπούλου",
        nationality_code="GR",
        **common,
    )
    awaiting = make_registration(
        event,
        status="awaiting_endorsement",
        endorsement_required=True,
        given_name="Aleksandra Konstantinovna",
        family_name="Preobrazhenskaya-Voskresenskaya",
        name_local="Александра Константиновна Преображенская-Воскресенская",
        nationality_code="RU",
        **common,
    )
    revoked = make_registration(
        event,
        status="approved",
        given_name="Srinivasa Ramanujan",
        family_name="Iyengar Venkataraman",
        name_local="श्रीनिवास रामानुजन अय्यंगार वेंकटरमन",
        nationality_code="IN",
        **common,
    )
    return {"delegate": delegate, "asked": asked, "awaiting": awaiting, "revoked": revoked}


def _make_the_data() -> dict:
    now = datetime.now(UTC)
    event = make_event(
        "narrow",
        name=(
            "Founding General Assembly of the Global South NGO Platform on Sustainable "
            "Development and Climate Justice"
        ),
        short_name="GSNP Founding Assembly 2026",
        venue="Baku Congress Center, Heydar Aliyev Avenue",
        languages=["en", "ar", "fr"],
        allow_walk_ins=True,
        data_protection_notice="We keep your passport details until the end of the assembly.",
    )
    event.categories.append(
        Category(
            code="observer",
            name="Observer (intergovernmental organisations and specialised agencies)",
            badge_label="OBSERVER",
            colour="#6a1b9a",
        )
    )
    make_event(
        "closed",
        registration_opens_at=now - timedelta(days=20),
        registration_closes_at=now - timedelta(days=1),
    )
    organisation = make_organisation(
        ORGANISATION,
        name_local=ORGANISATION_LOCAL,
        country_code="SN",
        focal_point_name="Aïssatou Ndiaye-Sarr",
        focal_point_email=f"coordination.internationale@{DOMAIN}",
    )
    make_organisation("Arab Network for Environment and Development (RAED)", country_code="EG")
    people = _people(event, organisation)
    officer = make_staff(Role.EVENT_MANAGER, event)
    by_officer = Actor.staff_user(officer)
    workflow.perform(people["delegate"], "approve", by_officer)
    workflow.perform(
        people["asked"],
        "request_info",
        by_officer,
        reason=(
            "The passport scan is unreadable: send a sharper photo of the page with your "
            "name, date of birth and passport number (PassportNumberTN0012345678901)."
        ),
    )
    workflow.perform(
        people["revoked"],
        "revoke",
        by_officer,
        reason="Badge reported stolen at the hotel; a new one is waiting at the desk.",
    )
    make_photo(people["delegate"])
    hall = Checkpoint(event_id=event.id, code="hall", name="Plenary hall, level 2, Hall A")
    door = Checkpoint(
        event_id=event.id, code="door", name="Main entrance (north gate)", counts_presence=True
    )
    db.session.add_all([hall, door])
    for person in ("delegate", "revoked"):
        db.session.add(Badge(registration_id=people[person].id, version=1, printed_at=now))
    db.session.flush()
    db.session.add(
        Scan(
            event_id=event.id,
            checkpoint_id=door.id,
            registration_id=people["delegate"].id,
            badge_version=1,
            direction="in",
            result="valid",
            scanned_at=now - timedelta(minutes=20),
            client_uuid="00000000-0000-4000-8000-000000000001",
            staff_user_id=officer.id,
        )
    )
    db.session.add(
        LetterSettings(
            event_id=event.id,
            organiser_name="Global South NGO Platform",
            organiser_address="1 Neftchilar Avenue\nBaku AZ1000",
            signatory_name="Leyla Mammadova",
            signatory_title="Secretary-General",
            contact_email="visa@example.org",
        )
    )
    db.session.commit()
    letter = letters.issue_letter(people["delegate"], officer)
    key = badge_tokens.signing_key(current_app.config)
    badge = badge_tokens.issue(key, event.id, people["delegate"].id, 1)
    return {
        "slug": event.slug,
        "delegate": people["delegate"].id,
        "asked": people["asked"].id,
        "letter": letter.reference,
        "staff": officer.email,
        "portal_token": tokens.portal_token(people["delegate"]),
        "focal_token": tokens.focal_point_token(event.id, organisation),
        "valid": badge,
        "inside": badge,
        "revoked": badge_tokens.issue(key, event.id, people["revoked"].id, 1),
        "forged": badge[:-4] + ("AAAA" if not badge.endswith("AAAA") else "BBBB"),
        # What the registration and delegation forms leave in the visitor's session.
        "session": {
            "registered": people["asked"].id,
            "delegation": {
                "organisation": organisation.id,
                "count": 3,
                "waitlisted": 1,
                "email": organisation.focal_point_email,
            },
        },
    }


@pytest.fixture(scope="module")
def data(app) -> Iterator[dict]:
    with app.app_context():
        made = _make_the_data()
    yield made
    with app.app_context():
        empty_the_database()


@pytest.fixture(autouse=True)
def app_context(data) -> Iterator[None]:
    """Replaces the conftest's: the module's data stays until the module ends."""
    yield


def _sign_in(context: BrowserContext, visitor: str, data: dict, app) -> None:
    page = context.pages[0]
    if visitor == "public":
        cookie = app.session_interface.get_signing_serializer(app).dumps(data["session"])
        name = app.config["SESSION_COOKIE_NAME"]
        context.add_cookies([{"name": name, "value": cookie, "url": page.url}])
    elif visitor == "delegate":
        page.goto(f"/portal/login/{data['portal_token']}")
    elif visitor == "focal":
        page.goto(f"/portal/delegation/login/{data['focal_token']}")
    else:
        page.goto("/staff/login")
        page.locator("#email").fill(data["staff"])
        page.locator("#password").fill(PASSWORD)
        page.locator("main button[type=submit]").click()
        page.wait_for_url("**/backoffice/**")


@pytest.fixture(scope="module")
def visitors(browser, live_server, data, app) -> Iterator[Callable[[str], Page]]:
    """One phone-sized browser context per kind of visitor, signed in on first use."""
    pages: dict[str, Page] = {}

    def page_of(visitor: str) -> Page:
        if visitor not in pages:
            context = browser.new_context(
                base_url=live_server,
                viewport={"width": WIDTH, "height": HEIGHT},
                locale="en-GB",
            )
            page = context.new_page()
            page.set_default_timeout(10_000)
            page.goto("/")
            _sign_in(context, visitor, data, app)
            pages[visitor] = page
        return pages[visitor]

    yield page_of
    for page in pages.values():
        page.context.close()


# The elements that stick out on the side the page scrolls to (the end of its lines), leaving
# out those inside a box that scrolls or clips them, for the failure message.
STICKING_OUT = """width => {
  const boxed = e => { for (let a = e.parentElement; a; a = a.parentElement)
                         if (getComputedStyle(a).overflowX != "visible") return true;
                       return false; };
  return [...document.querySelectorAll("body *")]
    .filter(e => { const r = e.getBoundingClientRect(), rtl = document.dir == "rtl";
                   return r.width > 0 && (rtl ? r.left < -0.5 : r.right > width + 0.5)
                          && !boxed(e); })
    .slice(-5)
    .map(e => `<${e.tagName.toLowerCase()} class="${e.className}"> ` +
              `${Math.round(e.getBoundingClientRect().left)}..` +
              `${Math.round(e.getBoundingClientRect().right)}`); }"""


# Russian has the longest words of the other languages: where they once widened the page.
RUSSIAN = [screen for screen in SCREENS if screen.name in ("register-errors", "focal-one-delegate")]
CASES = [(screen, lang) for screen in SCREENS for lang in LANGUAGES]
CASES += [(screen, "ru") for screen in RUSSIAN]


@pytest.mark.parametrize(
    ("screen", "lang"), CASES, ids=[f"{screen.name}-{lang}" for screen, lang in CASES]
)
def test_the_page_fits_a_360_pixel_phone(visitors, data, screen, lang, artifacts):
    page = visitors(screen.visitor)
    path = screen.path.format(**data)
    response = page.goto(f"{path}{'&' if '?' in path else '?'}lang={lang}")
    assert response.status == screen.status, f"{screen.name} ({lang}): HTTP {response.status}"
    expect(page.locator("html")).to_have_attribute("lang", lang)
    if screen.then:
        screen.then(page, data)
    (artifacts / SHOTS).mkdir(exist_ok=True)
    page.screenshot(path=artifacts / SHOTS / f"{screen.name}-{lang}.png", full_page=True)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= WIDTH, (
        f"{screen.name} in {lang} scrolls sideways on a {WIDTH}-pixel phone: {width} px wide; "
        f"sticking out: {page.evaluate(STICKING_OUT, WIDTH)}"
    )
