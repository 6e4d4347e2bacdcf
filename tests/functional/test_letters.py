"""Visa support letters: issued by officers one by one or in bulk, downloaded by officers and by
the delegate from the portal, verified by a public page that the QR code opens, withdrawn."""

import io
import re
import subprocess
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import zxingcpp
from flask import render_template_string
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import func, select

from gsnp_events.extensions import db
from gsnp_events.letters import services
from gsnp_events.letters.render import render_letter_pdf, verification_url
from gsnp_events.models import AuditEntry, LetterSettings, Role, VisaLetter
from tests.factories import login, make_event, make_organisation, make_registration, make_staff

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"  # for people to look at


def pdf_pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def decode_qr(pdf: bytes, page: int = 1) -> list[str]:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "letter.pdf"
        source.write_bytes(pdf)
        target = Path(folder) / "page"
        subprocess.run(
            ["pdftoppm", "-r", "200", "-f", str(page), "-l", str(page), "-png", "-singlefile"]
            + [str(source), str(target)],
            check=True,
        )
        image = Image.open(f"{target}.png").copy()
    return [result.text for result in zxingcpp.read_barcodes(image)]


def set_up_letters(event, **overrides):
    values = {
        "event_id": event.id,
        "organiser_name": "Global South NGO Platform",
        "organiser_address": "1 Neftchilar Avenue\nBaku AZ1000",
        "signatory_name": "Leyla Mammadova",
        "signatory_title": "Secretary-General",
        "contact_email": "visa@example.org",
    }
    values.update(overrides)
    db.session.add(LetterSettings(**values))
    db.session.commit()


def approved(event, **overrides):
    values = {
        "status": "approved",
        "visa_support_requested": True,
        "date_of_birth": date(1985, 4, 23),
        "passport_expiry": date(2030, 6, 30),
        "arrival_date": event.starts_on,
        "departure_date": event.ends_on,
        "organisation": make_organisation(),
    }
    values.update(overrides)
    return make_registration(event, **values)


@pytest.fixture
def event(time_machine):
    """An assembly of 7 to 9 December 2026 (the letters' dates are checked as text), three
    weeks ahead: the clock is set to 16 November 2026, and ticks."""
    time_machine.move_to(datetime(2026, 11, 16, 9, 0, tzinfo=UTC), tick=True)
    event = make_event(starts_on=date(2026, 12, 7), ends_on=date(2026, 12, 9))
    set_up_letters(event)
    return event


@pytest.fixture
def officer(event):
    return make_staff(Role.ACCREDITATION_OFFICER, event)


def test_the_letter_holds_passport_data_dates_and_a_qr_code_to_the_verification_page(
    client, event, officer
):
    registration = approved(event, passport_number="TN1234567", preferred_language="en")
    letter = services.issue_letter(registration, officer)

    login(client, officer)
    response = client.get(f"/backoffice/events/{event.slug}/letters/{letter.id}.pdf")
    assert response.status_code == 200
    assert response.mimetype == "application/pdf"
    pdf = response.data
    pages = pdf_pages(pdf)
    assert len(pages) == 1  # English only, the delegate's language
    text = pages[0]
    assert "TN1234567" in text
    assert "Al-Hassan" in text and "Fatima" in text
    assert "December 7, 2026 to December 9, 2026" in text  # dates of stay
    assert "April 23, 1985" in text  # date of birth
    assert "Leyla Mammadova" in text and "Secretary-General" in text
    assert letter.reference in text
    assert "Tunisia" in text

    (url,) = decode_qr(pdf)
    assert url == f"http://localhost/letters/verify/{letter.reference}"  # PUBLIC_BASE_URL
    answer = client.get(url.removeprefix("http://localhost"))
    assert answer.status_code == 200
    page = answer.get_data(as_text=True)
    assert "Valid letter for" in page and "F. A." in page
    assert "Al-Hassan" not in page and "TN1234567" not in page  # only initials


def test_a_letter_in_the_delegates_language_has_a_second_page(event, officer):
    registration = approved(
        event, passport_number="AR7654321", preferred_language="ru", nationality_code="KG"
    )
    letter = services.issue_letter(registration, officer)
    assert letter.language == "ru"
    pdf = render_letter_pdf(letter)
    english, russian = pdf_pages(pdf)
    assert "AR7654321" in english and "AR7654321" in russian
    assert "Kyrgyzstan" in english
    assert "Киргизия" in russian
    assert "7 декабря 2026" in russian  # dates of stay in Russian
    # The QR code is on both pages and opens the same verification page.
    assert decode_qr(pdf, 1) == decode_qr(pdf, 2) == [verification_url(letter)]


def test_forged_withdrawn_and_revoked_letters_answer_not_valid(client, event, officer):
    letter = services.issue_letter(approved(event), officer)
    assert client.get(f"/letters/verify/{letter.reference}").status_code == 200

    forged = services.new_reference()
    for reference in (forged, "AAAA-AAAA-AAAA-AAAA", "not-a-reference", "1" * 200):
        response = client.get(f"/letters/verify/{reference}")
        assert response.status_code == 404
        assert "Not valid." in response.get_data(as_text=True)

    for typed in (" ", "a/b", "<script>", "x" * 500):
        response = client.get("/letters/verify", query_string={"reference": typed})
        assert response.status_code in (200, 404)
        assert "<script>" not in response.get_data(as_text=True)
    assert "Not valid." in client.get("/letters/verify?reference=a/b").get_data(as_text=True)

    # Typed by hand, in lower case and without dashes, the real one is found.
    typed = client.get(f"/letters/verify?reference={letter.reference.replace('-', '').lower()}")
    assert typed.status_code == 302
    assert client.get(typed.location).status_code == 200

    services.withdraw_letter(letter, officer, "Passport reported stolen")
    response = client.get(f"/letters/verify/{letter.reference}")
    assert response.status_code == 404
    assert "Not valid." in response.get_data(as_text=True)

    other = services.issue_letter(approved(event), officer)
    other.registration.status = "revoked"
    db.session.commit()
    assert client.get(f"/letters/verify/{other.reference}").status_code == 404


def test_references_are_random_and_unguessable(event, officer):
    letters = [services.issue_letter(approved(event), officer) for _ in range(5)]
    references = [letter.reference for letter in letters]
    assert len(set(references)) == 5
    for reference in references:
        assert re.fullmatch(r"([A-HJKMNP-Z2-9]{4}-){3}[A-HJKMNP-Z2-9]{4}", reference)
    # No order: the references of letters issued one after the other share no prefix.
    assert len({reference[:4] for reference in references}) > 1


def test_officers_issue_letters_one_by_one_and_in_bulk_with_an_audit_entry_each(
    client, event, officer
):
    waiting = [approved(event) for _ in range(3)]
    not_asked = approved(event, visa_support_requested=False)
    not_approved = approved(event, status="submitted")
    login(client, officer)

    page = client.get(f"/backoffice/events/{event.slug}/letters/")
    assert page.status_code == 200
    assert page.get_data(as_text=True).count('name="registration_ids"') == 3

    response = client.post(
        f"/backoffice/events/{event.slug}/letters/registrations/{waiting[0].id}/issue"
    )
    assert response.status_code == 302
    assert services.current_letter(waiting[0]) is not None

    response = client.post(
        f"/backoffice/events/{event.slug}/letters/issue",
        data={"registration_ids": [str(waiting[1].id)]},
    )
    assert response.status_code == 302
    assert services.current_letter(waiting[1]) is not None
    assert services.current_letter(waiting[2]) is None

    response = client.post(
        f"/backoffice/events/{event.slug}/letters/issue",
        data={"scope": "all"},
        follow_redirects=True,
    )
    assert "1 letter issued." in response.get_data(as_text=True)
    assert services.current_letter(waiting[2]) is not None
    assert services.current_letter(not_asked) is None
    assert services.current_letter(not_approved) is None

    issued = db.session.scalars(
        select(AuditEntry).where(AuditEntry.action == "visa_letter.issued")
    ).all()
    assert sorted(entry.registration_id for entry in issued) == sorted(r.id for r in waiting)
    assert {entry.actor_id for entry in issued} == {officer.id}

    # Issuing again is refused: one valid letter per delegate.
    response = client.post(
        f"/backoffice/events/{event.slug}/letters/registrations/{waiting[0].id}/issue",
        follow_redirects=True,
    )
    assert "already has a valid letter" in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count(VisaLetter.id))) == 3


def test_a_letter_can_be_withdrawn_with_a_reason_and_issued_anew(client, event, officer):
    registration = approved(event)
    letter = services.issue_letter(registration, officer)
    login(client, officer)
    url = f"/backoffice/events/{event.slug}/letters/{letter.id}/withdraw"

    response = client.post(url, data={"reason": "  "})
    assert response.status_code == 400
    assert "Give the reason for withdrawing the letter." in response.get_data(as_text=True)
    assert db.session.get(VisaLetter, letter.id).withdrawn_at is None

    response = client.post(url, data={"reason": "Issued with an old passport number"})
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(VisaLetter, letter.id).withdrawn_at is not None
    entry = db.session.scalar(
        select(AuditEntry).where(AuditEntry.action == "visa_letter.withdrawn")
    )
    assert entry.reason == "Issued with an old passport number"
    assert entry.data["reference"] == letter.reference

    new = services.issue_letter(registration, officer)
    assert new.reference != letter.reference


def fresh_client(app, user=None):
    client = app.test_client()
    if user is not None:
        login(client, user)
    return client


def test_only_officers_of_the_event_reach_the_letters(app, client, event):
    registration = approved(event)
    letter = services.issue_letter(registration, make_staff(Role.ACCREDITATION_OFFICER, event))
    base = f"/backoffice/events/{event.slug}/letters"

    anonymous = client.get(f"{base}/")
    assert anonymous.status_code == 302 and "/staff/login" in anonymous.location

    for role in (Role.BADGE_DESK, Role.VIEWER):
        client = fresh_client(app, make_staff(role, event))
        assert client.get(f"{base}/").status_code == 403
        assert client.get(f"{base}/{letter.id}.pdf").status_code == 403
        assert client.post(f"{base}/issue", data={"scope": "all"}).status_code == 403

    other_event = make_event("other")
    client = fresh_client(app, make_staff(Role.ACCREDITATION_OFFICER, other_event))
    assert client.get(f"{base}/").status_code == 403
    # An officer of another event cannot reach this letter through their own event either.
    assert client.get(f"/backoffice/events/other/letters/{letter.id}.pdf").status_code == 404


def test_letterhead_settings_need_an_event_manager_and_keep_what_was_typed(app, event):
    client = fresh_client(app, make_staff(Role.ACCREDITATION_OFFICER, event))
    assert client.get(f"/backoffice/events/{event.slug}/letters/settings").status_code == 403

    client = fresh_client(app, make_staff(Role.EVENT_MANAGER, event))
    response = client.post(
        f"/backoffice/events/{event.slug}/letters/settings",
        data={
            "organiser_name": "GSNP Secretariat",
            "signatory_name": "",
            "signatory_title": "Chair",
        },
    )
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "This field is needed." in page
    assert 'value="GSNP Secretariat"' in page and 'value="Chair"' in page

    response = client.post(
        f"/backoffice/events/{event.slug}/letters/settings",
        data={
            "organiser_name": "GSNP Secretariat",
            "signatory_name": "Aynur Guliyeva",
            "signatory_title": "Chair",
        },
    )
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(LetterSettings, event.id).signatory_name == "Aynur Guliyeva"


def test_no_letter_without_a_signatory(event, officer):
    bare = make_event("bare")
    with pytest.raises(services.LetterError) as error:
        services.issue_letter(approved(bare), officer)
    assert error.value.code == "no_signatory"
    with pytest.raises(services.LetterError) as error:
        services.issue_letter(approved(event, status="submitted"), officer)
    assert error.value.code == "not_approved"


def portal_partial(app, registration) -> str:
    with app.test_request_context():
        return render_template_string(
            '{% include "letters/_portal.html" %}', registration=registration
        )


def test_the_delegate_downloads_their_letter_from_the_portal(app, client, event, officer):
    registration = approved(event, passport_number="PORTAL123")
    other = approved(event)

    def open_portal(who):
        with client.session_transaction() as session:
            session["portal"] = {"r": who.id, "e": who.email_normalised, "t": time.time()}

    open_portal(registration)
    assert client.get("/portal/visa-letter.pdf").status_code == 404  # not issued yet
    partial = portal_partial(app, registration)
    assert "preparing your letter" in partial

    services.issue_letter(registration, officer)
    services.issue_letter(other, officer)
    response = client.get("/portal/visa-letter.pdf")
    assert response.status_code == 200
    assert "PORTAL123" in pdf_pages(response.data)[0]
    partial = portal_partial(app, registration)
    assert "/portal/visa-letter.pdf" in partial

    with client.session_transaction() as session:
        session.clear()
    assert client.get("/portal/visa-letter.pdf").status_code == 302


def test_typed_text_prints_as_text_and_the_fetcher_loads_nothing_else(event, officer):
    registration = approved(
        event,
        given_name='<img src="file:///etc/passwd">',
        family_name="Smith",
        passport_number="X<b>1",
    )
    db.session.get(
        LetterSettings, event.id
    ).organiser_address = '<link rel="stylesheet" href="http://127.0.0.1:9/x.css">'
    db.session.commit()
    letter = services.issue_letter(registration, officer)
    text = pdf_pages(render_letter_pdf(letter))[0]
    assert '<img src="file:///etc/passwd">' in text
    assert "X<b>1" in text
    assert 'href="http://127.0.0.1:9/x.css"' in text


def test_the_fetcher_refuses_files_and_the_network():
    from gsnp_events.badges.render import FetchRefused, make_fetcher

    fetcher = make_fetcher({})
    for url in ("file:///etc/passwd", "http://127.0.0.1:9/", "https://example.org/x.png"):
        with pytest.raises(FetchRefused):
            fetcher.fetch(url)
    assert fetcher.fetch("badge:static/logo.png") is not None


def test_an_arabic_letter_mirrors_its_second_page_and_is_kept_as_an_artefact(event, officer):
    registration = approved(event, passport_number="TN5551234", preferred_language="ar")
    letter = services.issue_letter(registration, officer)
    pdf = render_letter_pdf(letter)
    english, arabic = pdf_pages(pdf)
    assert "TN5551234" in english and "TN5551234" in arabic
    assert "رسالة دعم طلب التأشيرة" in arabic
    assert "إلى القسم القنصلي في السفارة أو القنصلية المعنية" in arabic
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "visa-letter-ar.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "80", "-png", str(ARTIFACTS / "visa-letter-ar.pdf")]
        + [str(ARTIFACTS / "visa-letter-ar")],
        check=True,
    )
    assert (ARTIFACTS / "visa-letter-ar-2.png").exists()


def test_without_letterhead_or_signatory_the_portal_does_not_promise_a_letter(app, event):
    bare = make_event("bare")
    waiting = approved(bare)
    partial = portal_partial(app, waiting)
    assert "preparing your letter" not in partial
    assert "the organisers cannot issue visa support letters yet" in partial
    assert services.portal_state(approved(event))[0] == "preparing"
    # Settings saved without a signatory (e.g. by an older version) serve no letter either.
    set_up_letters(bare, signatory_name=" ")
    assert services.portal_state(waiting)[0] == "on_hold"
    with pytest.raises(services.LetterError) as error:
        services.issue_pending(bare, make_staff(Role.EVENT_MANAGER, bare))
    assert error.value.code == "no_signatory"


def test_the_letters_page_counts_the_requests_waiting_for_a_signatory(app, client):
    bare = make_event("bare")
    for _ in range(2):
        approved(bare)
    approved(bare, status="submitted")  # not approved: not waiting for a letter yet
    login(client, make_staff(Role.EVENT_MANAGER, bare))
    page = client.get("/backoffice/events/bare/letters/").get_data(as_text=True)
    assert "2 requests waiting: set the letterhead and signatory." in page
    assert "/backoffice/events/bare/letters/settings" in page
    assert "Issue all" not in page and 'name="registration_ids"' not in page
    set_up_letters(bare)
    page = client.get("/backoffice/events/bare/letters/").get_data(as_text=True)
    assert "requests waiting: set the letterhead" not in page
    assert "Issue all 2 waiting letters" in page


def test_the_demo_sets_the_letterhead_and_signatory():
    from gsnp_events.demo.seed import _letter_settings

    demo = make_event("demo")
    _letter_settings(demo)
    db.session.commit()
    settings = services.settings_for(demo)
    assert services.ready_to_issue(settings)
    _letter_settings(demo)  # a second run keeps them
    assert db.session.scalar(select(func.count()).select_from(LetterSettings)) == 1
