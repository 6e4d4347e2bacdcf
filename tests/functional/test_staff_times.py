"""Staff read times as the clock reads at the venue, with the zone named, as delegates do."""

from datetime import UTC, datetime

import pytest

from gsnp_events.extensions import db
from gsnp_events.models import AuditEntry, Badge, Role
from gsnp_events.models.badges import BadgePrintJob
from tests.factories import login, make_event, make_registration, make_staff

# 21:30 UTC on 1 March is 01:30 on 2 March in Baku (UTC+4, no summer time).
MOMENT = datetime(2026, 3, 1, 21, 30, tzinfo=UTC)
BAKU_SHORT = "3/2/26, 1:30\u202fAM"
BAKU_MEDIUM = "Mar 2, 2026, 1:30\u202fAM (Azerbaijan Standard Time)"


@pytest.fixture
def scene():
    event = make_event("baku")
    registration = make_registration(
        event, status="approved", created_at=MOMENT, consent_given_at=MOMENT
    )
    officer = make_staff(Role.EVENT_MANAGER, event)
    entry = AuditEntry.about(registration, "registration.approved", actor=officer)
    entry.created_at = MOMENT
    db.session.add(entry)
    db.session.add(Badge(registration_id=registration.id, version=1, printed_at=MOMENT))
    db.session.add(
        BadgePrintJob(
            event_id=event.id,
            created_at=MOMENT,
            layout="a6",
            sort_order="family_name",
            registration_ids=[registration.id],
            total=1,
        )
    )
    db.session.commit()
    return event, registration, officer


def _page(client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    return response.get_data(as_text=True)


def test_queue_audit_and_badge_pages_show_venue_time_and_name_the_zone(client, scene):
    event, registration, officer = scene
    login(client, officer)
    queue = _page(client, "/backoffice/events/baku/registrations")
    assert "Registered</th>" not in queue and "(Azerbaijan Time)" in queue
    assert f">{BAKU_SHORT}</time>" in queue and "3/1/26" not in queue

    audit = _page(client, "/backoffice/events/baku/audit")
    assert "When <span" in audit and "(Azerbaijan Time)" in audit and "UTC" not in audit
    assert f">{BAKU_SHORT}</time>" in audit

    detail = _page(client, f"/backoffice/events/baku/registrations/{registration.id}")
    assert detail.count(BAKU_MEDIUM) == 2  # the consent and the history

    badges = _page(client, f"/backoffice/events/baku/badges/registrations/{registration.id}")
    assert BAKU_MEDIUM in badges and f"<td>{BAKU_SHORT}</td>" in badges and "UTC" not in badges
    log = _page(client, "/backoffice/events/baku/badges/log")
    assert f">{BAKU_SHORT}</time>" in log and "UTC" not in log
    index = _page(client, "/backoffice/events/baku/badges/")
    assert f">{BAKU_SHORT}</time>" in index and "Started (UTC)" not in index


def test_the_badge_desk_shows_venue_time(client, scene):
    event, registration, _officer = scene
    login(client, make_staff(Role.BADGE_DESK, event))
    page = _page(client, f"/onsite/events/baku/desk/{registration.id}")
    assert "printed 3/2/26, 1:30\u202fAM (Azerbaijan Standard Time)" in page


def test_arabic_staff_pages_name_the_zone_in_arabic(client, scene):
    _event, _registration, officer = scene
    login(client, officer)
    audit = _page(client, "/backoffice/events/baku/audit?lang=ar")
    assert "توقيت أذربيجان" in audit
