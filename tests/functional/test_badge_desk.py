"""The badge desk: choosing delegates, previewing, print runs (in the request and in a thread),
reprints with a reason, hand-over, the print log, the public key and the delegate's view."""

import io
import re
from datetime import timedelta

import pytest
from flask import current_app, render_template
from pypdf import PdfReader
from sqlalchemy import func, select

from gsnp_events.badges import jobs, services, tokens
from gsnp_events.badges.services import BadgeError, BadgeFilters, BadgeState, PrintedFilter
from gsnp_events.extensions import db
from gsnp_events.models import AuditEntry, Badge, Category, Role
from gsnp_events.models.badges import BadgePrintJob, BadgeStatus, PrintJobStatus
from gsnp_events.models.base import utcnow
from tests.factories import (
    login,
    make_event,
    make_organisation,
    make_photo,
    make_registration,
    make_staff,
)
from tests.unit.test_badge_render import decode_qr_codes, page_sizes_mm


@pytest.fixture
def event():
    event = make_event("baku")
    event.categories.append(
        Category(code="media", name="Media", badge_label="MEDIA", colour="#6a4c93", position=1)
    )
    db.session.commit()
    return event


@pytest.fixture
def delegates(event):
    ngo = make_organisation("Sahel Women Network", country_code="SN")
    people = [
        make_registration(
            event,
            status="approved",
            given_name="Aminata",
            family_name="Diallo",
            name_local=None,
            nationality_code="SN",
            organisation=ngo,
        ),
        make_registration(event, status="approved"),  # Fatima Al-Hassan, Tunisia
        make_registration(
            event,
            status="approved",
            given_name="Priyanka",
            family_name="Sharma",
            name_local="प्रियंका शर्मा",
            nationality_code="IN",
            category=event.categories[1],
        ),
        make_registration(event, status="submitted", given_name="Not", family_name="Approved"),
    ]
    make_photo(people[0])
    return people


@pytest.fixture
def desk(client, event):
    user = make_staff(Role.BADGE_DESK, event)
    login(client, user)
    return user


def pdf_pages(content: bytes) -> int:
    return len(PdfReader(io.BytesIO(content)).pages)


def badges_of(registration) -> list[Badge]:
    return list(
        db.session.scalars(
            select(Badge).where(Badge.registration_id == registration.id).order_by(Badge.version)
        )
    )


def token_verdict(event, token: str) -> str:
    return services.verify_token(event, token).verdict


# Access -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (Role.BADGE_DESK, True),
        (Role.EVENT_MANAGER, True),
        (Role.ADMINISTRATOR, True),
        (Role.ACCREDITATION_OFFICER, False),
        (Role.VIEWER, False),
    ],
)
def test_only_the_badge_desk_managers_and_administrators_print(client, event, role, allowed):
    user = make_staff(role, None if role == Role.ADMINISTRATOR else event)
    login(client, user)
    pages = ["/backoffice/events/baku/badges/", "/backoffice/events/baku/badges/log"]
    for url in pages:
        assert client.get(url).status_code == (200 if allowed else 403)
    response = client.post("/backoffice/events/baku/badges/jobs", data={"query": ""})
    assert response.status_code in ((302, 400) if allowed else (403,))


def test_a_badge_desk_of_another_event_and_strangers_are_kept_out(client, event):
    other = make_event("elsewhere")
    login(client, make_staff(Role.BADGE_DESK, other))
    assert client.get("/backoffice/events/baku/badges/").status_code == 403
    client.post("/staff/logout")
    response = client.get("/backoffice/events/baku/badges/")
    assert response.status_code == 302 and "/staff/login" in response.location


# Choosing and previewing ------------------------------------------------------------------------


def test_the_page_counts_and_filters_approved_delegates(client, desk, delegates):
    page = client.get("/backoffice/events/baku/badges/").get_data(as_text=True)
    assert "3 badges to print" in page
    assert "Diallo".upper() in page and "Approved" not in page.split("In print order")[1]
    page = client.get("/backoffice/events/baku/badges/?country=IN").get_data(as_text=True)
    assert "1 badge to print" in page and "प्रियंका शर्मा" in page
    media = delegates[2].category_id
    page = client.get(f"/backoffice/events/baku/badges/?category={media}").get_data(as_text=True)
    assert "1 badge to print" in page
    ngo = delegates[0].organisation_id
    page = client.get(f"/backoffice/events/baku/badges/?organisation={ngo}").get_data(as_text=True)
    assert "1 badge to print" in page
    page = client.get("/backoffice/events/baku/badges/?q=hassan").get_data(as_text=True)
    assert "1 badge to print" in page


def test_a_bad_date_is_explained_and_kept(client, desk, delegates):
    response = client.get(
        "/backoffice/events/baku/badges/preview.pdf?printed=printed_before&printed_before=31/12"
    )
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "Enter the date as year-month-day." in page
    assert 'value="31/12"' in page


def test_the_preview_is_the_first_page_and_never_opens_a_door(client, desk, event, delegates):
    response = client.get("/backoffice/events/baku/badges/preview.pdf?order=name&back=1")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    assert "inline" in response.headers["Content-Disposition"]
    assert pdf_pages(response.data) == 2  # the first badge, front and back
    (token,) = decode_qr_codes(response.data, 1)
    claim = tokens.decode(token, tokens.public_keys(current_app.config))
    assert claim.version == tokens.PREVIEW_VERSION
    assert claim.registration_id == delegates[1].id  # "Al-Hassan" sorts first by name
    assert token_verdict(event, token) == tokens.Verdict.UNKNOWN
    assert db.session.scalar(select(func.count()).select_from(Badge)) == 0
    sheet = client.get("/backoffice/events/baku/badges/preview.pdf?layout=a4-cr80x8")
    assert page_sizes_mm(sheet.data) == [(210, 297)]


def test_an_empty_selection_is_explained(client, desk, delegates):
    response = client.get("/backoffice/events/baku/badges/preview.pdf?country=BR")
    assert response.status_code == 302
    page = client.get(response.location).get_data(as_text=True)
    assert "nothing to preview" in page
    response = client.post(
        "/backoffice/events/baku/badges/jobs", data={"query": "country=BR&layout=cr80-landscape"}
    )
    assert response.status_code == 400
    assert "nothing to print" in response.get_data(as_text=True)


# Printing ---------------------------------------------------------------------------------------


def test_a_small_print_run_prints_in_the_request_and_records_every_badge(
    client, desk, event, delegates
):
    response = client.post(
        "/backoffice/events/baku/badges/jobs",
        data={"query": "order=country&layout=cr80-landscape&back=1"},
    )
    assert response.status_code == 302
    job = db.session.scalar(select(BadgePrintJob))
    assert (job.status, job.runner, job.total, job.done) == ("done", "inline", 3, 3)
    page = client.get(response.location)
    assert "Download the PDF" in page.get_data(as_text=True)
    assert "Refresh" not in page.headers
    pdf = client.get(f"/backoffice/events/baku/badges/jobs/{job.id}/badges.pdf")
    assert pdf.mimetype == "application/pdf" and "attachment" in pdf.headers["Content-Disposition"]
    assert pdf_pages(pdf.data) == 6
    # Ordered by country: India, Senegal, Tunisia.
    order = [
        tokens.decode(decode_qr_codes(pdf.data, p)[0], tokens.public_keys(current_app.config))
        for p in (1, 3, 5)
    ]
    assert [c.registration_id for c in order] == [delegates[2].id, delegates[0].id, delegates[1].id]
    for registration in delegates[:3]:
        (badge,) = badges_of(registration)
        assert (badge.version, badge.status, badge.printed_by_id) == (1, "current", desk.id)
    actions = db.session.scalars(select(AuditEntry.action).where(AuditEntry.actor_id == desk.id))
    assert sorted(actions) == ["badge.printed"] * 3
    assert badges_of(delegates[3]) == []  # not approved: not printed
    log = client.get("/backoffice/events/baku/badges/log").get_data(as_text=True)
    assert "3 badges printed" in log and desk.name in log


def test_printing_again_needs_a_reason_and_supersedes_the_old_badge(client, desk, event, delegates):
    first = services.print_registration(delegates[0], desk)
    old_token = decode_qr_codes(services.job_pdf(first))[0]
    assert token_verdict(event, old_token) == tokens.Verdict.CURRENT

    response = client.post(
        "/backoffice/events/baku/badges/jobs",
        data={"query": "country=SN&layout=cr80-landscape", "reason": ""},
    )
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "Give the reason for the reprint" in page
    assert db.session.scalar(select(func.count()).select_from(BadgePrintJob)) == 1

    response = client.post(
        "/backoffice/events/baku/badges/jobs",
        data={"query": "country=SN&layout=cr80-landscape", "reason": "Lost at the hotel"},
    )
    assert response.status_code == 302
    old, new = badges_of(delegates[0])
    assert (old.version, old.status) == (1, BadgeStatus.SUPERSEDED)
    assert (new.version, new.status, new.reprint_reason) == (2, "current", "Lost at the hotel")
    job = db.session.get(BadgePrintJob, int(response.location.rsplit("/", 1)[1]))
    new_token = decode_qr_codes(services.job_pdf(job))[0]
    assert token_verdict(event, new_token) == tokens.Verdict.CURRENT
    assert token_verdict(event, old_token) == tokens.Verdict.SUPERSEDED
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "badge.reprinted"))
    assert entry.reason == "Lost at the hotel" and entry.data["version"] == 2


def test_reprinting_one_badge_from_its_page(client, desk, event, delegates):
    url = f"/backoffice/events/baku/badges/registrations/{delegates[1].id}"
    page = client.get(url).get_data(as_text=True)
    assert "No badge has been printed for this delegate yet." in page
    response = client.post(f"{url}/print", data={"layout": "a6-portrait"})
    assert response.status_code == 302
    page = client.get(url).get_data(as_text=True)
    assert "Current badge: version 1" in page and "Reprint the badge" in page

    response = client.post(
        f"{url}/print", data={"layout": "cr80-portrait", "reason_kind": "other", "reason": ""}
    )
    assert response.status_code == 400
    assert "Say what happened" in response.get_data(as_text=True)
    response = client.post(f"{url}/print", data={"layout": "cr80-portrait", "reason_kind": ""})
    assert response.status_code == 400
    assert "Give the reason for the reprint" in response.get_data(as_text=True)

    response = client.post(
        f"{url}/print",
        data={"layout": "cr80-portrait", "reason_kind": "corrected", "reason": "Spelling"},
    )
    assert response.status_code == 302
    assert [b.status for b in badges_of(delegates[1])] == ["superseded", "current"]
    assert badges_of(delegates[1])[1].reprint_reason == "Name or details corrected: Spelling"
    job = db.session.scalar(select(BadgePrintJob).order_by(BadgePrintJob.id.desc()))
    assert page_sizes_mm(services.job_pdf(job)) == [(54, 85.6)]


def test_a_delegate_who_is_not_approved_gets_no_badge(client, desk, delegates):
    url = f"/backoffice/events/baku/badges/registrations/{delegates[3].id}"
    assert "Only approved delegates get a badge." in client.get(url).get_data(as_text=True)
    response = client.post(f"{url}/print", data={"layout": "cr80-landscape"})
    assert response.status_code == 400
    assert badges_of(delegates[3]) == []


def test_handing_over_a_badge(client, desk, event, delegates):
    url = f"/backoffice/events/baku/badges/registrations/{delegates[0].id}"
    client.post(f"{url}/hand-over")
    assert "not been printed yet" in client.get(url).get_data(as_text=True)
    services.print_registration(delegates[0], desk)
    client.post(f"{url}/hand-over")
    (badge,) = badges_of(delegates[0])
    assert badge.handed_over_by_id == desk.id and badge.handed_over_at is not None
    assert services.badge_state(delegates[0]) == (BadgeState.COLLECTED, None)


def test_large_runs_print_in_a_thread_with_progress_and_a_download(
    client, desk, event, delegates, monkeypatch
):
    monkeypatch.setitem(current_app.config, "BADGE_INLINE_LIMIT", 1)
    monkeypatch.setitem(current_app.config, "BADGE_CHUNK_SIZE", 1)
    response = client.post(
        "/backoffice/events/baku/badges/jobs", data={"query": "layout=a4-cr80x8"}
    )
    job_id = int(response.location.rsplit("/", 1)[1])
    jobs.join(job_id, timeout=60)
    db.session.expire_all()
    job = db.session.get(BadgePrintJob, job_id)
    assert (job.runner, job.status, job.done, job.pages) == ("thread", "done", 3, 1)
    pdf = client.get(f"/backoffice/events/baku/badges/jobs/{job_id}/badges.pdf").data
    assert page_sizes_mm(pdf) == [(210, 297)]
    assert len(decode_qr_codes(pdf)) == 3


def test_an_unfinished_run_shows_progress_and_refreshes_itself(client, desk, event, delegates):
    job = services.create_print_job(event, desk, BadgeFilters())
    job.status, job.done = PrintJobStatus.RUNNING, 1
    db.session.commit()
    response = client.get(f"/backoffice/events/baku/badges/jobs/{job.id}")
    page = response.get_data(as_text=True)
    assert response.headers["Refresh"] == "2"
    assert '<meta http-equiv="refresh" content="2">' in page
    assert '<progress max="3" value="1">' in page
    assert client.get(f"/backoffice/events/baku/badges/jobs/{job.id}/badges.pdf").status_code == 404


def test_a_run_fails_whole_when_a_delegate_is_revoked_meanwhile(desk, event, delegates):
    job = services.create_print_job(event, desk, BadgeFilters())
    delegates[0].status = "revoked"
    db.session.commit()
    services.run_print_job(job.id)
    db.session.refresh(job)
    assert job.status == "failed" and "no longer approved" in job.error
    assert db.session.scalar(select(func.count()).select_from(Badge)) == 0
    assert job.pdf is None


def test_printed_before_a_date_and_not_printed_filters(desk, event, delegates):
    services.print_registration(delegates[0], desk)
    not_printed = services.selected_ids(
        event, BadgeFilters(printed=PrintedFilter.NOT_PRINTED), services.SortOrder.NUMBER
    )
    assert not_printed == [delegates[1].id, delegates[2].id]
    from datetime import date, timedelta

    tomorrow = date.today() + timedelta(days=2)
    before = BadgeFilters(printed=PrintedFilter.PRINTED_BEFORE, printed_before=tomorrow)
    assert services.selected_ids(event, before, services.SortOrder.NUMBER) == [delegates[0].id]
    long_ago = BadgeFilters(printed=PrintedFilter.PRINTED_BEFORE, printed_before=date(2000, 1, 1))
    assert services.selected_ids(event, long_ago, services.SortOrder.NUMBER) == []


def test_service_errors_have_stable_codes(desk, event, delegates):
    with pytest.raises(BadgeError) as error:
        services.create_print_job(event, desk, BadgeFilters(country="BR"))
    assert error.value.code == "empty_selection"
    with pytest.raises(BadgeError) as error:
        services.create_print_job(event, desk, BadgeFilters(), layout="a3-poster")
    assert error.value.code == "unknown_layout"
    with pytest.raises(BadgeError) as error:
        services.print_registration(delegates[3], desk)
    assert error.value.code == "not_approved"


# The public key and the delegate's side ---------------------------------------------------------


def test_the_public_key_is_published_and_verifies_printed_badges(client, event, delegates):
    desk = make_staff(Role.BADGE_DESK, event)
    job = services.print_registration(delegates[0], desk)
    document = client.get("/api/v1/events/baku/badge-key").get_json()
    assert document["algorithm"] == "Ed25519" and document["event_id"] == event.id
    keys = [tokens.load_public_key(k) for k in document["public_keys"]]
    token = decode_qr_codes(services.job_pdf(job))[0]
    verdict = tokens.verify(
        token, event_id=event.id, public_keys=keys, current_versions={delegates[0].id: 1}
    ).verdict
    assert verdict == tokens.Verdict.CURRENT
    assert client.get("/api/v1/events/nowhere/badge-key").status_code == 404


def test_the_delegate_sees_whether_the_badge_is_printed_and_where_to_collect_it(event, delegates):
    desk = make_staff(Role.BADGE_DESK, event)
    assert services.badge_state(delegates[3]) == (BadgeState.NOT_YET, None)
    state, where = services.badge_state(delegates[0])
    assert state == BadgeState.PREPARING and "Baku Congress Center" in where
    services.print_registration(delegates[0], desk)
    state, where = services.badge_state(delegates[0])
    assert state == BadgeState.READY and "badge desk" in where
    html = render_template("badges/_portal_state.html", badge_state=(state, where))
    assert "Your badge is printed and waiting for you." in html and "Baku Congress Center" in html
    delegates[1].status = "revoked"
    db.session.commit()
    assert services.badge_state(delegates[1])[0] == BadgeState.WITHDRAWN
    html = render_template(
        "badges/_portal_state.html", badge_state=services.badge_state(delegates[1])
    )
    assert "no longer approved" in html


# The command line -------------------------------------------------------------------------------


def test_the_command_prints_approved_delegates_into_one_pdf(app, event, delegates, tmp_path):
    output = tmp_path / "badges.pdf"
    runner = app.test_cli_runner()
    result = runner.invoke(
        args=["badges", "print", "--event", "baku", "--layout", "a4-a6x4", "--output", str(output)]
        + ["--order", "name", "--back"]
    )
    assert result.exit_code == 0, result.output
    assert re.search(r"3 badge\(s\), a4-a6x4 with back sides", result.output)
    assert page_sizes_mm(output.read_bytes()) == [(210, 297), (210, 297)]
    assert db.session.scalar(select(func.count()).select_from(Badge)) == 3
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "badge.printed"))
    assert entry.actor_label == "command line"

    result = runner.invoke(
        args=["badges", "print", "--event", "baku", "--output", str(output), "--country", "SN"]
    )
    assert result.exit_code != 0 and "Give the reason for the reprint" in result.output
    result = runner.invoke(
        args=["badges", "print", "--event", "baku", "--output", str(output), "--country", "SN"]
        + ["--reason", "Damaged", "--category", "delegate"]
    )
    assert result.exit_code == 0, result.output
    assert [b.version for b in badges_of(delegates[0])] == [1, 2]


def test_the_command_previews_without_recording_and_explains_mistakes(
    app, event, delegates, tmp_path
):
    output = tmp_path / "preview.pdf"
    runner = app.test_cli_runner()
    result = runner.invoke(
        args=["badges", "print", "--event", "baku", "--output", str(output), "--preview"]
    )
    assert result.exit_code == 0, result.output
    assert pdf_pages(output.read_bytes()) == 1
    assert db.session.scalar(select(func.count()).select_from(Badge)) == 0
    result = runner.invoke(args=["badges", "print", "--event", "nowhere", "--output", "x.pdf"])
    assert result.exit_code != 0 and "no event has the slug 'nowhere'" in result.output
    result = runner.invoke(
        args=["badges", "print", "--event", "baku", "--output", "x.pdf", "--category", "vip"]
    )
    assert result.exit_code != 0 and "no category 'vip'" in result.output
    result = runner.invoke(args=["badges", "public-key"])
    assert result.output.strip() == tokens.public_key_text(
        tokens.signing_key(current_app.config).public_key()
    )


def test_old_print_run_pdfs_are_removed_and_the_run_says_so(app, client, desk, event, delegates):
    for country in ("SN", "IN"):
        response = client.post(
            "/backoffice/events/baku/badges/jobs",
            data={"query": f"layout=cr80-landscape&country={country}"},
        )
        assert response.status_code == 302
    old, recent = db.session.scalars(select(BadgePrintJob).order_by(BadgePrintJob.id)).all()
    old.finished_at = utcnow() - timedelta(days=31)
    db.session.commit()

    result = app.test_cli_runner().invoke(args=["badges", "purge-pdfs"])
    assert result.exit_code == 0, result.output
    assert "Removed the PDFs of 1 print run(s) older than 30 days." in result.output
    db.session.expire_all()
    assert old.pdf is None and old.pdf_removed_at is not None
    assert recent.pdf is not None and recent.pdf_removed_at is None
    page = client.get(f"/backoffice/events/baku/badges/jobs/{old.id}").get_data(as_text=True)
    assert "was removed on" in page and "Download the PDF" not in page
    stale = client.get(f"/backoffice/events/baku/badges/jobs/{old.id}/badges.pdf")
    assert stale.status_code == 302 and stale.location.endswith(f"/jobs/{old.id}")
    assert (
        client.get(f"/backoffice/events/baku/badges/jobs/{recent.id}/badges.pdf").status_code == 200
    )
    # The print log and the badges stay; the badges still verify.
    assert len(badges_of(delegates[0])) == 1 and badges_of(delegates[0])[0].status == "current"
    log = client.get("/backoffice/events/baku/badges/log").get_data(as_text=True)
    assert desk.name in log
    result = app.test_cli_runner().invoke(args=["badges", "purge-pdfs", "--days", "0"])
    assert "Removed the PDFs of 1 print run(s) older than 0 days." in result.output
