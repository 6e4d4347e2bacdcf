"""Bulk decisions in the review queue: the ticked rows or all that match the filter, every staff
decision, the reasons per row; the checkbox filters and the NGO vetting column."""

import pytest
from sqlalchemy import select

from gsnp_events.extensions import db
from gsnp_events.models import AuditEntry, Registration, Role
from tests.factories import login, make_event, make_organisation, make_registration, make_staff

BULK = "/backoffice/events/baku/registrations/bulk"
QUEUE = "/backoffice/events/baku/registrations"


def _statuses() -> dict[int, str]:
    db.session.expire_all()
    return dict(db.session.execute(select(Registration.id, Registration.status)).all())


def _row(page: str, registration: Registration) -> str:
    """The table row of ``registration`` in ``page``."""
    start = page.rindex("<tr", 0, page.index(registration.reference))
    return page[start : page.index("</tr>", start)]


@pytest.fixture
def event():
    return make_event("baku")


@pytest.fixture
def officer(client, event):
    user = make_staff(Role.ACCREDITATION_OFFICER, event)
    login(client, user)
    return user


def test_all_matching_the_filter_asks_to_confirm_the_number_then_decides_on_every_page(
    client, event, officer
):
    ngo = make_organisation(country_code="GH")
    submitted = [make_registration(event, status="submitted", organisation=ngo) for _ in range(53)]
    other = make_registration(event, status="info_requested", organisation=ngo)
    page = client.get(f"{QUEUE}?status=submitted").get_data(as_text=True)
    assert "All 53 registrations that match this filter, on every page" in page
    assert 'name="scope" value="matching"' in page

    form = {"scope": "matching", "status": "submitted", "transition": "approve", "back": QUEUE}
    confirm = client.post(BULK, data=form).get_data(as_text=True)
    assert "Approve: 53 registrations?" in confirm
    assert "Yes, decide on all 53 registrations" in confirm
    assert 'name="expected" value="53"' in confirm
    assert set(_statuses().values()) == {"submitted", "info_requested"}  # nothing decided yet

    done = client.post(BULK, data={**form, "expected": "53", "confirmed": "1"})
    assert "53 registrations: Approved." in done.get_data(as_text=True)
    statuses = _statuses()
    assert {statuses[r.id] for r in submitted} == {"approved"}
    assert statuses[other.id] == "info_requested"


def test_all_matching_is_counted_again_and_not_applied_if_the_number_changed(
    client, event, officer
):
    ngo = make_organisation(country_code="GH")
    for _ in range(3):
        make_registration(event, status="submitted", organisation=ngo)
    form = {"scope": "matching", "status": "submitted", "transition": "approve"}
    assert "Approve: 3 registrations?" in client.post(BULK, data=form).get_data(as_text=True)
    make_registration(event, status="submitted", organisation=ngo)  # arrives meanwhile

    page = client.post(BULK, data={**form, "expected": "3", "confirmed": "1"})
    text = page.get_data(as_text=True)
    assert "The list changed since you confirmed" in text
    assert "Approve: 4 registrations?" in text and 'name="expected" value="4"' in text
    assert set(_statuses().values()) == {"submitted"}


@pytest.mark.parametrize(
    ("transition", "start", "reason", "end"),
    [
        ("approve", "submitted", "", "approved"),
        ("reject", "submitted", "Not an NGO delegate", "rejected"),
        ("request_info", "submitted", "Please send a clearer photo", "info_requested"),
        ("endorse", "awaiting_endorsement", "", "submitted"),
        ("suspend", "approved", "Under review", "suspended"),
        ("reinstate", "suspended", "", "approved"),
        ("revoke", "approved", "Code of conduct", "revoked"),
    ],
)
def test_each_staff_decision_can_be_taken_in_bulk(
    client, event, officer, transition, start, reason, end
):
    ngo = make_organisation(country_code="GH")
    chosen = [make_registration(event, status=start, organisation=ngo) for _ in range(2)]
    left = make_registration(event, status=start, organisation=ngo)
    page = client.get(QUEUE).get_data(as_text=True)
    assert f'<option value="{transition}"' in page
    response = client.post(
        BULK,
        data={
            "transition": transition,
            "reason": reason,
            "registration": [str(r.id) for r in chosen],
        },
    )
    assert response.status_code == 200
    statuses = _statuses()
    assert [statuses[r.id] for r in chosen] == [end, end]
    assert statuses[left.id] == start
    reasons = db.session.scalars(
        select(AuditEntry.reason).where(AuditEntry.registration_id.in_([r.id for r in chosen]))
    ).all()
    assert reasons == [reason or None] * 2


def test_confirming_an_address_is_not_offered_in_bulk(client, event, officer):
    make_registration(event, status="submitted")
    page = client.get(QUEUE).get_data(as_text=True)
    assert '<option value="confirm"' not in page
    response = client.post(BULK, data={"transition": "confirm", "registration": ["1"]})
    assert response.status_code == 400
    assert "Choose a decision." in response.get_data(as_text=True)


def test_a_missing_reason_keeps_the_ticks_and_what_was_chosen(client, event, officer):
    ticked, not_ticked = (make_registration(event, status="submitted") for _ in range(2))
    response = client.post(
        BULK,
        data={
            "transition": "revoke",
            "reason": "  ",
            "registration": [str(ticked.id)],
            "status": "submitted",
        },
    )
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "Give a reason: the delegates will read it." in page
    assert f'value="{ticked.id}" form="bulk" id="pick-{ticked.id}" class="pick"' in page
    assert "checked" in _row(page, ticked) and "checked" not in _row(page, not_ticked)
    assert '<option value="revoke" data-reason-required selected>' in page
    assert 'id="status-submitted" name="status" value="submitted" checked' in page
    assert set(_statuses().values()) == {"submitted"}


def test_nothing_ticked_says_what_to_do(client, event, officer):
    make_registration(event, status="submitted")
    response = client.post(BULK, data={"transition": "approve"})
    assert response.status_code == 400
    assert "Tick the registrations to decide on first" in response.get_data(as_text=True)


def test_the_queue_shows_the_ngo_vetting_and_a_refusal_says_why_in_its_row(client, event, officer):
    verified = make_organisation(country_code="GH", name="Accra Rights")
    pending = make_organisation(
        country_code="KE", name="Nairobi Voices", vetting_status="to_be_vetted"
    )
    good = make_registration(event, status="submitted", organisation=verified)
    blocked = make_registration(event, status="submitted", organisation=pending)
    page = client.get(QUEUE).get_data(as_text=True)
    assert "NGO vetting</th>" in page
    assert "Verified" in _row(page, good) and "To be vetted" in _row(page, blocked)

    result = client.post(
        BULK,
        data={"transition": "approve", "registration": [str(good.id), str(blocked.id)]},
    ).get_data(as_text=True)
    assert "1 registration: Approved." in result
    assert "1 registration could not be decided" in result
    row = _row(result, blocked)
    assert 'data-code="organisation_not_verified"' in row
    assert "To be vetted" in row and "Verify Nairobi Voices first." in row
    assert good.reference not in result


def test_a_refusal_for_the_wrong_state_names_the_state(client, event, officer):
    approved = make_registration(event, status="approved")
    result = client.post(
        BULK, data={"transition": "approve", "registration": [str(approved.id)]}
    ).get_data(as_text=True)
    assert 'This cannot be done while the registration is "Approved".' in _row(result, approved)


def test_checkbox_filters_show_whole_labels_and_keep_their_state(client, event, officer):
    make_registration(event, status="awaiting_endorsement", nationality_code="BD")
    make_registration(event, status="submitted", nationality_code="BO")
    category = event.categories[0].id
    page = client.get(
        f"{QUEUE}?status=awaiting_endorsement&status=submitted&country=BD"
        f"&category={category}&vetting=verified"
    ).get_data(as_text=True)
    assert '<select id="status"' not in page and "multiple" not in page
    assert (
        'id="status-awaiting_endorsement" name="status" value="awaiting_endorsement" checked>'
        '<label for="status-awaiting_endorsement">Awaiting endorsement</label>'
    ) in page
    assert 'name="status" value="submitted" checked' in page
    assert 'name="status" value="approved">' in page  # not ticked
    assert 'name="country" value="BD" checked' in page
    assert 'name="country" value="BO">' in page
    assert f'name="category" value="{category}" checked' in page
    assert 'name="vetting" value="verified" checked' in page
    # The bulk form carries the same filter, for "all that match".
    assert '<input type="hidden" name="country" value="BD">' in page


def test_viewers_get_no_bulk_bar(client, event):
    make_registration(event, status="submitted")
    login(client, make_staff(Role.VIEWER, event))
    page = client.get(QUEUE).get_data(as_text=True)
    assert 'id="bulk-bar"' not in page and "queue.js" not in page
    assert client.post(BULK, data={"transition": "approve"}).status_code == 403
