"""From badge token to door: verdicts, presence, idempotent uploads, the offline bundle."""

import base64
import uuid
from datetime import UTC, datetime

import pytest
from flask import current_app
from sqlalchemy import func, select

from gsnp_events.accreditation.workflow import Actor, perform
from gsnp_events.api_tokens import issue_token
from gsnp_events.badges import tokens
from gsnp_events.checkin.offline import OfflineVerifier
from gsnp_events.extensions import db
from gsnp_events.models import Badge, Checkpoint, Role, Scan, TokenKind
from gsnp_events.models.badges import BadgeStatus
from tests.factories import (
    login,
    make_event,
    make_organisation,
    make_photo,
    make_registration,
    make_staff,
)


def token_for(badge: Badge) -> str:
    key = tokens.signing_key(current_app.config)
    return tokens.issue(key, badge.registration.event_id, badge.registration_id, badge.version)


def reprint(badge: Badge) -> Badge:
    badge.status = BadgeStatus.SUPERSEDED
    db.session.flush()
    newer = Badge(registration_id=badge.registration_id, version=badge.version + 1)
    db.session.add(newer)
    db.session.commit()
    return newer


@pytest.fixture
def door():
    event = make_event("baku")
    db.session.add_all(
        [
            Checkpoint(
                event_id=event.id, code="entrance", name="Main entrance", counts_presence=True
            ),
            Checkpoint(event_id=event.id, code="plenary", name="Plenary hall"),
        ]
    )
    registration = make_registration(
        event,
        status="approved",
        organisation=make_organisation(country_code="BD"),
        given_name="Rahima",
        family_name="Begum",
        name_local="রহিমা বেগম",
    )
    make_photo(registration)
    badge = Badge(registration_id=registration.id, version=1)
    db.session.add(badge)
    db.session.commit()
    return event, registration, badge


def scan(client, token, checkpoint="entrance", direction="in", client_uuid=None):
    return client.post(
        f"/onsite/events/baku/checkpoints/{checkpoint}",
        data={
            "token": token,
            "direction": direction,
            "client_uuid": client_uuid or str(uuid.uuid4()),
        },
    ).get_data(as_text=True)


def test_checkpoint_page_valid_then_already_inside_then_exit(client, door):
    event, registration, badge = door
    login(client, make_staff(Role.BADGE_DESK, event))
    token = token_for(badge)
    page = scan(client, token)
    assert "verdict-green" in page and ">VALID<" in page and "রহিমা বেগম" in page
    page = scan(client, token)
    assert "verdict-amber" in page and "ALREADY INSIDE" in page and "Inside since" in page
    page = scan(client, token, direction="out")
    assert "VALID" in page and "EXIT" in page
    assert "verdict-green" in scan(client, token)
    # A checkpoint that does not count presence lets the same badge through again.
    assert "verdict-green" in scan(client, token, checkpoint="plenary")
    assert "verdict-green" in scan(client, token, checkpoint="plenary")


def test_replaced_revoked_forged_and_other_event_badges(client, door, app):
    event, registration, badge = door
    officer = make_staff(Role.ACCREDITATION_OFFICER, event)
    login(client, make_staff(Role.BADGE_DESK, event))
    old = token_for(badge)
    newer = reprint(badge)
    page = scan(client, old)
    assert "REPLACED BY A NEWER BADGE" in page and "verdict-red" in page
    assert "VALID" in scan(client, token_for(newer), checkpoint="plenary")

    forged = token_for(newer)
    forged = forged[:30] + ("A" if forged[30] != "A" else "B") + forged[31:]
    assert "FORGED" in scan(client, forged)
    assert "UNREADABLE" in scan(client, "not a badge at all")

    other = make_event("other")
    stranger = make_registration(other, status="approved")
    key = tokens.signing_key(current_app.config)
    assert "WRONG EVENT" in scan(client, tokens.issue(key, other.id, stranger.id, 1))

    perform(registration, "revoke", Actor.staff_user(officer), reason="Security incident")
    page = scan(client, token_for(newer))
    assert "REVOKED" in page and "Security incident" in page


def test_badges_of_registrations_no_longer_approved_do_not_open_doors(client, door):
    event, registration, badge = door
    officer = make_staff(Role.ACCREDITATION_OFFICER, event)
    perform(registration, "suspend", Actor.staff_user(officer), reason="Duplicate check")
    login(client, make_staff(Role.BADGE_DESK, event))
    page = scan(client, token_for(badge))
    assert "NOT APPROVED" in page and "Suspended" in page


def test_a_resent_form_counts_once_and_undo_takes_the_last_scan_back(client, door):
    event, registration, badge = door
    login(client, make_staff(Role.BADGE_DESK, event))
    same = str(uuid.uuid4())
    scan(client, token_for(badge), client_uuid=same)
    scan(client, token_for(badge), client_uuid=same)
    assert db.session.scalar(select(func.count()).select_from(Scan)) == 1
    page = client.post(
        "/onsite/events/baku/checkpoints/entrance/undo", follow_redirects=True
    ).get_data(as_text=True)
    assert "Your last scan is undone." in page
    assert "verdict-green" in scan(client, token_for(badge))  # no longer inside


def test_occupancy_for_the_event_manager(client, door):
    event, registration, badge = door
    login(client, make_staff(Role.EVENT_MANAGER, event))
    scan(client, token_for(badge))
    page = client.get("/onsite/events/baku/occupancy").get_data(as_text=True)
    assert "Main entrance" in page and '<td class="num big">1</td>' in page
    assert "Begum" in page and "VALID" in page and "typed, not scanned" not in page
    scan(client, f"{registration.reference}/1", checkpoint="plenary")
    page = client.get("/onsite/events/baku/occupancy").get_data(as_text=True)
    assert "VALID · typed, not scanned" in page


def test_roles_on_the_checkin_pages(client, door):
    event, registration, badge = door
    other = make_event("other")
    for role, event_of_role, allowed in [
        (Role.VIEWER, event, False),
        (Role.ACCREDITATION_OFFICER, event, False),
        (Role.BADGE_DESK, other, False),
        (Role.BADGE_DESK, event, True),
        (Role.EVENT_MANAGER, event, True),
    ]:
        login(client, make_staff(role, event_of_role))
        status = client.get("/onsite/events/baku/checkpoints/entrance").status_code
        assert status == (200 if allowed else 403), role
        client.post("/staff/logout")


def _device(event, name="Entrance scanner"):
    admin = make_staff(Role.ADMINISTRATOR)
    return issue_token(TokenKind.DEVICE, name, admin, event=event)


def test_bundle_with_etag_and_offline_verification(client, door):
    event, registration, badge = door
    _token, secret = _device(event)
    headers = {"Authorization": f"Bearer {secret}"}
    response = client.get("/api/v1/events/baku/checkin-bundle", headers=headers)
    assert response.status_code == 200
    etag = response.headers["ETag"]
    bundle = response.get_json()
    assert bundle["badges"][0]["name_local"] == "রহিমা বেগম"
    again = client.get(
        "/api/v1/events/baku/checkin-bundle", headers={**headers, "If-None-Match": etag}
    )
    assert again.status_code == 304

    verifier = OfflineVerifier(bundle)
    assert verifier.check(token_for(badge), "entrance").result == "valid"
    assert verifier.check(token_for(badge), "entrance").result == "already_inside"
    old = token_for(badge)
    newer = reprint(badge)
    changed = client.get(
        "/api/v1/events/baku/checkin-bundle", headers={**headers, "If-None-Match": etag}
    )
    assert changed.status_code == 200 and changed.headers["ETag"] != etag
    verifier = OfflineVerifier(changed.get_json())
    assert verifier.check(old, "plenary").result == "superseded"
    assert verifier.check(token_for(newer), "plenary").result == "valid"
    assert verifier.check(old[:-1], "plenary").result == "unreadable"
    officer = make_staff(Role.ACCREDITATION_OFFICER, event)
    perform(registration, "revoke", Actor.staff_user(officer), reason="Lost badge misuse")
    revoked = client.get("/api/v1/events/baku/checkin-bundle", headers=headers).get_json()
    assert OfflineVerifier(revoked).check(token_for(newer)).result == "revoked"


def test_offline_uploads_count_once_and_late_revocations_are_flagged(client, door):
    event, registration, badge = door
    _token, secret = _device(event)
    headers = {"Authorization": f"Bearer {secret}"}
    batch = {
        "scans": [
            {
                "client_uuid": str(uuid.uuid4()),
                "token": token_for(badge),
                "checkpoint": "entrance",
                "direction": "in",
                "scanned_at": "2027-01-12T08:01:00+04:00",
                "device_result": "valid",
            },
            {
                "client_uuid": str(uuid.uuid4()),
                "token": token_for(badge),
                "checkpoint": "plenary",
                "scanned_at": "2027-01-12T09:30:00+04:00",
                "device_result": "valid",
            },
            {"client_uuid": "nope", "token": "x", "checkpoint": "entrance", "scanned_at": "x"},
        ]
    }
    first = client.post("/api/v1/checkins", json=batch, headers=headers).get_json()
    assert len(first["accepted"]) == 2 and first["already_recorded"] == []
    assert first["rejected"][0]["problem"] == "client_uuid must be a UUID"
    second = client.post("/api/v1/checkins", json=batch, headers=headers).get_json()
    assert sorted(second["already_recorded"]) == sorted(first["accepted"])
    assert db.session.scalar(select(func.count()).select_from(Scan)) == 2
    entry = db.session.scalar(select(Scan).where(Scan.client_uuid == first["accepted"][0]))
    assert entry.scanned_at == datetime(2027, 1, 12, 4, 1, tzinfo=UTC)

    officer = make_staff(Role.ACCREDITATION_OFFICER, event)
    perform(registration, "revoke", Actor.staff_user(officer), reason="Revoked at 10:00")
    late = {
        "scans": [
            {
                "client_uuid": str(uuid.uuid4()),
                "token": token_for(badge),
                "checkpoint": "plenary",
                "scanned_at": "2027-01-12T11:00:00+04:00",
                "device_result": "valid",
            }
        ]
    }
    report = client.post("/api/v1/checkins", json=late, headers=headers).get_json()
    assert report["judged_invalid"][0]["result"] == "revoked"


def test_device_tokens_cannot_read_other_events(client, door):
    event, registration, badge = door
    other = make_event("other")
    _token, secret = _device(other)
    headers = {"Authorization": f"Bearer {secret}"}
    assert client.get("/api/v1/events/baku/checkin-bundle", headers=headers).status_code == 403
    assert client.get("/api/v1/events/baku/checkin-bundle").status_code == 401
    bad = {"Authorization": "Bearer gsnp_not-a-token"}
    assert client.get("/api/v1/events/baku/checkin-bundle", headers=bad).status_code == 401
    upload = {
        "scans": [
            {
                "client_uuid": str(uuid.uuid4()),
                "token": token_for(badge),
                "checkpoint": "entrance",
                "scanned_at": "2027-01-12T08:00:00+04:00",
            }
        ]
    }
    # The device's own event has no checkpoint "entrance": nothing is recorded for baku.
    report = client.post("/api/v1/checkins", json=upload, headers=headers).get_json()
    assert report["accepted"] == [] and report["rejected"]
    # A staff token acts with its user's roles.
    desk = make_staff(Role.BADGE_DESK, event)
    _staff_token, staff_secret = issue_token(TokenKind.STAFF, "desk laptop", desk, staff_user=desk)
    ok = client.get(
        "/api/v1/events/baku/checkin-bundle", headers={"Authorization": f"Bearer {staff_secret}"}
    )
    assert ok.status_code == 200
    viewer = make_staff(Role.VIEWER, event)
    _v, viewer_secret = issue_token(TokenKind.STAFF, "viewer", viewer, staff_user=viewer)
    refused = client.get(
        "/api/v1/events/baku/checkin-bundle", headers={"Authorization": f"Bearer {viewer_secret}"}
    )
    assert refused.status_code == 403


def test_online_scan_endpoint(client, door):
    event, registration, badge = door
    _token, secret = _device(event)
    response = client.post(
        "/api/v1/events/baku/checkpoints/entrance/scans",
        json={"token": token_for(badge)},
        headers={"Authorization": f"Bearer {secret}"},
    )
    body = response.get_json()
    assert body["result"] == "valid" and body["person"]["name_local"] == "রহিমা বেগম"


def test_event_manager_issues_a_device_token_shown_once_and_revokes_it(client, door):
    event, registration, badge = door
    login(client, make_staff(Role.EVENT_MANAGER, event))
    page = client.post("/onsite/events/baku/devices", data={"name": "Entrance scanner 2"})
    text = page.get_data(as_text=True)
    assert "it is not shown again" in text
    secret = text.split('<code class="secret">')[1].split("</code>")[0]
    headers = {"Authorization": f"Bearer {secret}"}
    assert client.get("/api/v1/events/baku/checkin-bundle", headers=headers).status_code == 200
    assert secret not in client.get("/onsite/events/baku/devices").get_data(as_text=True)
    from gsnp_events.models import ApiToken

    token = db.session.scalar(select(ApiToken))
    client.post("/onsite/events/baku/devices", data={"revoke": str(token.id)})
    assert client.get("/api/v1/events/baku/checkin-bundle", headers=headers).status_code == 401


def _last_scan() -> Scan:
    return db.session.scalar(select(Scan).order_by(Scan.id.desc()).limit(1))


def test_typing_the_number_printed_under_the_qr_code(client, door):
    event, registration, badge = door
    login(client, make_staff(Role.BADGE_DESK, event))
    printed = f"{registration.reference}/1"  # as on the badge, e.g. 01-000092/1
    page = scan(client, printed)
    assert "verdict-green" in page and ">VALID<" in page and "রহিমা বেগম" in page
    assert "typed, not scanned" in page and "FORGED" not in page
    typed = _last_scan()
    assert typed.typed and typed.result == "valid" and typed.badge_version == 1
    assert typed.registration_id == registration.id
    # Typed again at the same door: the person is inside already, as a scan would say.
    assert "ALREADY INSIDE" in scan(client, printed)
    # With the label printed before it, and spaces: the same badge.
    assert ">VALID<" in scan(client, f"No. {registration.reference} / 1", checkpoint="plenary")
    # A scanned QR code is recorded as scanned.
    scan(client, token_for(badge), checkpoint="plenary")
    assert not _last_scan().typed


def test_typing_the_bare_reference_gives_the_verdict_of_the_current_badge(client, door):
    event, registration, badge = door
    login(client, make_staff(Role.BADGE_DESK, event))
    page = scan(client, registration.reference, checkpoint="plenary")
    assert ">VALID<" in page
    assert f"check that the badge number is \u2066{registration.reference}/1\u2069" in page
    assert _last_scan().typed and _last_scan().badge_version == 1


def test_typing_an_unknown_number_says_no_such_badge_not_forged(client, door):
    event, registration, badge = door
    login(client, make_staff(Role.BADGE_DESK, event))
    for typed in (f"{event.id:02d}-999999", f"{registration.reference}/7"):
        page = scan(client, typed, checkpoint="plenary")
        assert "NO SUCH BADGE" in page and "Check the number." in page, typed
        assert "FORGED" not in page and "verdict-red" in page
        assert _last_scan().result == "unknown" and _last_scan().typed
    assert "WRONG EVENT" in scan(client, f"{event.id + 1:02d}-{registration.id:06d}/1")
    # Someone approved whose badge is not printed yet: no badge to let in.
    unprinted = make_registration(event, status="approved")
    assert "NO SUCH BADGE" in scan(client, unprinted.reference, checkpoint="plenary")


def test_typed_numbers_of_replaced_and_revoked_badges(client, door):
    event, registration, badge = door
    login(client, make_staff(Role.BADGE_DESK, event))
    reprint(badge)
    page = scan(client, f"{registration.reference}/1", checkpoint="plenary")
    assert "REPLACED BY A NEWER BADGE" in page and "verdict-red" in page
    assert _last_scan().result == "superseded" and _last_scan().typed
    assert ">VALID<" in scan(client, f"{registration.reference}/2", checkpoint="plenary")
    page = scan(client, registration.reference, checkpoint="plenary")
    assert ">VALID<" in page and f"\u2066{registration.reference}/2\u2069" in page

    officer = make_staff(Role.ACCREDITATION_OFFICER, event)
    perform(registration, "revoke", Actor.staff_user(officer), reason="Security incident")
    for typed in (f"{registration.reference}/2", registration.reference):
        page = scan(client, typed, checkpoint="plenary")
        assert "REVOKED" in page and "Security incident" in page
        assert _last_scan().result == "revoked" and _last_scan().typed


def test_a_truncated_code_is_unreadable_and_only_a_bad_signature_is_forged(client, door):
    event, registration, badge = door
    login(client, make_staff(Role.BADGE_DESK, event))
    token = token_for(badge)
    page = scan(client, token[:97])  # the scanner stopped reading early
    assert "UNREADABLE — scan again" in page and "Scan it again" in page
    assert "FORGED" not in page and "verdict-red" in page
    assert _last_scan().result == "unreadable" and not _last_scan().typed
    assert "UNREADABLE" in scan(client, token[:60] + "0" + token[61:])  # "0" is not base32

    raw = bytearray(base64.b32decode(token))
    raw[-1] ^= 0x01  # one changed bit of the signature
    page = scan(client, base64.b32encode(bytes(raw)).decode())
    assert "FORGED" in page and "The signature does not match" in page
    assert _last_scan().result == "forged"

    # A genuine preview (version 0, never printed) is not a forgery either.
    preview = tokens.issue(tokens.signing_key(current_app.config), event.id, registration.id, 0)
    assert "NO SUCH BADGE" in scan(client, preview, checkpoint="plenary")


def test_a_valid_badge_without_a_photo_says_check_the_id(client, door):
    event, registration, badge = door
    db.session.delete(registration.photo)
    db.session.commit()
    login(client, make_staff(Role.BADGE_DESK, event))
    page = scan(client, token_for(badge))
    assert "NO PHOTO — check the ID" in page and "verdict-amber" in page
    assert ">VALID<" not in page and "ask for the passport or ID" in page
    assert _last_scan().result == "valid"  # the person is let in after the ID check
    assert "ALREADY INSIDE" in scan(client, token_for(badge))
    # Leaving needs no ID check.
    page = scan(client, token_for(badge), direction="out")
    assert "VALID" in page and "EXIT" in page and "NO PHOTO" not in page

    _token, secret = _device(event)
    headers = {"Authorization": f"Bearer {secret}"}
    body = client.post(
        "/api/v1/events/baku/checkpoints/plenary/scans",
        json={"token": token_for(badge)},
        headers=headers,
    ).get_json()
    assert body["result"] == "valid" and body["no_photo"] is True
    bundle = client.get("/api/v1/events/baku/checkin-bundle", headers=headers).get_json()
    check = OfflineVerifier(bundle).check(token_for(badge), "plenary")
    assert check.admits and check.no_photo


def test_the_device_api_and_the_offline_bundle_agree_on_typed_and_unreadable(client, door):
    event, registration, badge = door
    _token, secret = _device(event)
    headers = {"Authorization": f"Bearer {secret}"}
    token = token_for(badge)
    online = client.post(
        "/api/v1/events/baku/checkpoints/plenary/scans",
        json={"token": f"{registration.reference}/1"},
        headers=headers,
    ).get_json()
    assert online["result"] == "valid" and online["typed"] is True
    assert online["no_photo"] is False
    assert online["person"]["name_local"] == "রহিমা বেগম"

    bundle = client.get("/api/v1/events/baku/checkin-bundle", headers=headers).get_json()
    verifier = OfflineVerifier(bundle)
    typed = verifier.check(f"{registration.reference}/1", "plenary")
    assert typed.result == "valid" and typed.typed and typed.person["name_local"] == "রহিমা বেগম"
    assert verifier.check(registration.reference, "plenary").result == "valid"
    assert verifier.check(f"{registration.reference}/9", "plenary").result == "unknown"
    assert verifier.check(f"{event.id:02d}-999999", "plenary").result == "unknown"
    assert verifier.check(token[:97], "plenary").result == "unreadable"
    raw = bytearray(base64.b32decode(token))
    raw[-1] ^= 0x01
    assert verifier.check(base64.b32encode(bytes(raw)).decode()).result == "forged"

    upload = {
        "scans": [
            {
                "client_uuid": str(uuid.uuid4()),
                "token": text,
                "checkpoint": "plenary",
                "scanned_at": "2027-01-12T08:00:00+04:00",
                "device_result": verifier.check(text, "plenary").result,
            }
            for text in (token[:97], f"{registration.reference}/1")
        ]
    }
    report = client.post("/api/v1/checkins", json=upload, headers=headers).get_json()
    assert len(report["accepted"]) == 2 and report["rejected"] == []
    assert [item["result"] for item in report["judged_invalid"]] == ["unreadable"]
    stored = db.session.scalars(
        select(Scan).where(Scan.device_result.is_not(None)).order_by(Scan.id)
    )
    assert [(s.result, s.device_result, s.typed) for s in stored] == [
        ("unreadable", "unreadable", False),
        ("valid", "valid", True),
    ]


def test_a_desk_with_no_checkpoint_is_told_who_adds_them(client):
    event = make_event("baku")
    login(client, make_staff(Role.BADGE_DESK, event))
    page = client.get("/onsite/events/baku/checkpoints").get_data(as_text=True)
    assert "No checkpoint yet." in page
    assert "by an event manager of this event or by an administrator" in page
    assert "This event has no event manager yet: ask an administrator." in page
    assert "Add a checkpoint" not in page

    manager = make_staff(Role.EVENT_MANAGER, event, email="jorge@example.org")
    manager.name = "Jorge Salazar"
    make_staff(Role.EVENT_MANAGER, make_event("other")).name = "Someone Else"
    db.session.commit()
    page = client.get("/onsite/events/baku/checkpoints").get_data(as_text=True)
    assert "Ask one of the event managers:" in page
    assert "Jorge Salazar" in page and 'href="mailto:jorge@example.org"' in page
    assert "Someone Else" not in page

    # The event manager sees the form instead.
    client.post("/staff/logout")
    login(client, manager)
    page = client.get("/onsite/events/baku/checkpoints").get_data(as_text=True)
    assert "Add a checkpoint" in page and "your role cannot add them" not in page
