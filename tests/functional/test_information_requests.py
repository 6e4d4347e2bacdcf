"""Answering the organisers' request for information: by correcting details, with a new photo
or in writing, by the delegate or their focal point. The answer goes back to the officers'
queue as "Information provided", with what changed and the reply on the officer's page, where
the officer approves, rejects or asks again."""

import io
from datetime import timedelta

import pytest
from sqlalchemy import select

from gsnp_events.accreditation import workflow
from gsnp_events.accreditation.workflow import Actor
from gsnp_events.extensions import db
from gsnp_events.models import AuditEntry, Registration, Role
from tests.factories import login, make_staff
from tests.functional.test_portal import edit_data, focal_sign_in, jpeg, registration, sign_in

REQUEST = "Please send a photo with a plain background."


@pytest.fixture
def event():
    from tests.factories import make_event

    return make_event("baku", languages=["en", "fr"])


@pytest.fixture
def org():
    from tests.factories import make_organisation

    return make_organisation(focal_point_email="focal@example.org", focal_point_name="Amina")


@pytest.fixture
def officer(event):
    return make_staff(Role.ACCREDITATION_OFFICER, event)


def asked(event, officer, org=None, **overrides) -> Registration:
    reg = registration(event, org, languages=["en"], **overrides)
    workflow.perform(reg, "request_info", Actor.staff_user(officer), reason=REQUEST)
    return reg


def answer_entry(reg) -> AuditEntry:
    return db.session.scalars(
        select(AuditEntry).where(
            AuditEntry.registration_id == reg.id, AuditEntry.action == "registration.answered"
        )
    ).one()


def officer_page(client, officer, reg) -> str:
    client.post("/portal/logout")
    login(client, officer)
    return client.get(f"/backoffice/events/{reg.event.slug}/registrations/{reg.id}").get_data(
        as_text=True
    )


def post_photo(client, **data):
    return client.post(
        "/portal/photo",
        data={"photo": (io.BytesIO(jpeg()), "me.jpg"), **data},
        content_type="multipart/form-data",
    )


def test_the_portal_offers_three_ways_to_answer(client, event, officer):
    reg = asked(event, officer)
    sign_in(client, reg)
    page = client.get("/portal/").get_data(as_text=True)
    assert "The organisers asked for more information:" in page and REQUEST in page
    assert "Correct your details and send them back" in page and "Send a new photo" in page
    assert 'action="/portal/answer"' in page and "Send my answer" in page
    photo_page = client.get("/portal/photo").get_data(as_text=True)
    assert "Save and send to the organisers" in photo_page and 'name="reply"' in photo_page


def test_an_edit_answers_and_the_officer_sees_what_changed(client, event, officer):
    reg = asked(event, officer)
    sign_in(client, reg)
    data = edit_data(
        reg,
        languages=["en"],
        position="Coordinator",
        phone="+216 71 123 456",
        reply="My position is now in English.",
        action="answer",
    )
    response = client.post("/portal/edit", data=data)
    assert response.status_code == 302
    db.session.refresh(reg)
    assert reg.status == "info_provided" and reg.position == "Coordinator"
    entry = answer_entry(reg)
    assert entry.reason == "My position is now in English." and entry.actor_label == "delegate"
    assert set(entry.data["fields"]) == {"position", "phone"}
    portal = client.get(response.location).get_data(as_text=True)
    assert "Your changes are saved and sent to the organisers." in portal
    assert "Your answer is with the organisers." in portal
    assert "Information provided" in portal and "My position is now in English." in portal

    page = officer_page(client, officer, reg)
    assert '<h2 id="answer-heading">Information provided</h2>' in page
    assert REQUEST in page and "My position is now in English." in page
    assert "<li>Position</li>" in page and "<li>Phone</li>" in page
    assert "Answered on" in page and "by delegate" in page
    for button in ("Approve", "Reject", "Ask for more information"):
        assert f">{button}</button>" in page


def test_an_answer_with_mistakes_shows_them_all_and_keeps_what_was_typed(client, event, officer):
    reg = asked(event, officer)
    sign_in(client, reg)
    data = edit_data(reg, given_name="", reply="Explained " * 120, action="answer")
    page = client.post("/portal/edit", data=data).get_data(as_text=True)
    assert "Your answer is too long: at most 1000 characters." in page
    assert "Enter your given name(s)" in page and "Explained Explained" in page
    db.session.refresh(reg)
    assert reg.status == "info_requested" and reg.given_name == "Fatima"


def test_saving_without_sending_leaves_the_request_open(client, event, officer):
    reg = asked(event, officer)
    sign_in(client, reg)
    data = edit_data(reg, languages=["en"], position="Coordinator", action="save")
    client.post("/portal/edit", data=data)
    db.session.refresh(reg)
    assert reg.status == "info_requested" and reg.position == "Coordinator"
    post_photo(client, action="save")
    db.session.refresh(reg)
    assert reg.status == "info_requested" and reg.photo is not None


def test_a_new_photo_answers_with_an_optional_message(client, event, officer):
    reg = asked(event, officer)
    sign_in(client, reg)
    response = post_photo(client, action="answer", reply="Taken today, on a white wall.")
    assert response.status_code == 302
    db.session.refresh(reg)
    assert reg.status == "info_provided" and reg.photo is not None
    entry = answer_entry(reg)
    assert entry.data["photo"] is True and entry.data["fields"] == []
    assert entry.reason == "Taken today, on a white wall."
    portal = client.get(response.location).get_data(as_text=True)
    assert "Your new photo is saved and sent to the organisers." in portal

    page = officer_page(client, officer, reg)
    assert "Changed since the request:" in page and "<li>Photo</li>" in page
    assert "Taken today, on a white wall." in page


def test_a_photo_without_a_message_answers_too(client, event, officer):
    reg = asked(event, officer)
    sign_in(client, reg)
    post_photo(client, action="answer", reply="   ")
    db.session.refresh(reg)
    assert reg.status == "info_provided" and answer_entry(reg).reason is None


def test_a_written_reply_answers(client, event, officer):
    reg = asked(event, officer)
    sign_in(client, reg)
    response = client.post(
        "/portal/answer",
        data={
            "reply": "  My photo is the one the passport office took.\n\nThank you. ",
            "version": reg.version,
        },
    )
    assert response.status_code == 302
    assert "Your answer is sent to the organisers." in client.get("/portal/").get_data(as_text=True)
    db.session.refresh(reg)
    assert reg.status == "info_provided"
    assert answer_entry(reg).reason == "My photo is the one the passport office took.\n\nThank you."
    page = officer_page(client, officer, reg)
    assert "My photo is the one the passport office took." in page
    assert "No details changed since the request." in page


def test_a_written_reply_needs_words_and_keeps_what_was_typed(client, event, officer):
    reg = asked(event, officer)
    sign_in(client, reg)
    empty = client.post("/portal/answer", data={"reply": " ", "version": reg.version})
    assert empty.status_code == 400
    assert "Write your answer to the organisers." in empty.get_data(as_text=True)
    long_text = "Lorem ipsum " * 100
    too_long = client.post("/portal/answer", data={"reply": long_text, "version": reg.version})
    page = too_long.get_data(as_text=True)
    assert too_long.status_code == 400
    assert "Your answer is too long: at most 1000 characters." in page
    assert long_text.strip()[:200] in page
    db.session.refresh(reg)
    assert reg.status == "info_requested"
    assert (
        db.session.scalar(select(AuditEntry).where(AuditEntry.action == "registration.answered"))
        is None
    )


def test_a_reply_to_an_older_version_is_refused(client, event, officer):
    reg = asked(event, officer)
    sign_in(client, reg)
    seen = reg.version
    reg.accessibility_needs = "Wheelchair"  # the focal point saved something meanwhile
    db.session.commit()
    response = client.post("/portal/answer", data={"reply": "Here it is.", "version": seen})
    assert "Someone else changed this registration first" in client.get(response.location).get_data(
        as_text=True
    )
    db.session.refresh(reg)
    assert reg.status == "info_requested"


def test_nothing_to_answer_once_answered(client, event, officer):
    reg = asked(event, officer)
    sign_in(client, reg)
    client.post("/portal/answer", data={"reply": "First answer.", "version": reg.version})
    db.session.refresh(reg)
    response = client.post("/portal/answer", data={"reply": "Again.", "version": reg.version})
    page = client.get(response.location).get_data(as_text=True)
    assert "This cannot be done while the registration is" in page
    assert "Send my answer" not in page


def test_a_focal_point_answers_for_their_delegate(client, event, officer, org):
    reg = asked(event, officer, org, registered_by_focal_point=True)
    focal_sign_in(client, event, org)
    client.get(f"/portal/delegation/{reg.id}")
    assert "Send my answer" in client.get("/portal/").get_data(as_text=True)
    client.post("/portal/answer", data={"reply": "Sent by e-mail to you.", "version": reg.version})
    db.session.refresh(reg)
    assert reg.status == "info_provided"
    assert answer_entry(reg).actor_label == "focal point focal@example.org"
    post_photo(client)  # a later photo, not an answer: the registration stays answered
    db.session.refresh(reg)
    assert reg.status == "info_provided"
    page = officer_page(client, officer, reg)
    assert "by focal point focal@example.org" in page and "<li>Photo</li>" in page


@pytest.mark.parametrize(
    ("transition", "reason", "status"),
    [
        ("approve", "", "approved"),
        ("reject", "Still no photo.", "rejected"),
        ("request_info", "The photo is still too dark.", "info_requested"),
    ],
)
def test_the_officer_decides_on_an_answered_registration(
    client, event, officer, transition, reason, status
):
    reg = asked(event, officer)
    workflow.perform(reg, "answer", Actor.delegate(reg), reason="Here it is.")
    login(client, officer)
    url = f"/backoffice/events/{event.slug}/registrations/{reg.id}"
    client.post(
        f"{url}/decide", data={"transition": transition, "version": reg.version, "reason": reason}
    )
    db.session.refresh(reg)
    assert reg.status == status
    page = client.get(url).get_data(as_text=True)
    assert "answer-heading" not in page  # the panel is for answers waiting for a decision
    if transition == "request_info":
        client.post("/staff/logout")
        sign_in(client, reg)
        portal = client.get("/portal/").get_data(as_text=True)
        assert "The photo is still too dark." in portal and "Send my answer" in portal


def test_the_queue_filters_on_information_provided(client, event, officer):
    answered = asked(event, officer, family_name="Answered")
    workflow.perform(answered, "answer", Actor.delegate(answered), reason="Done.")
    registration(
        event,
        family_name="Waiting",
        email="w@example.org",
        email_normalised="w@example.org",
        passport_expiry=event.ends_on + timedelta(days=500),
    )
    login(client, officer)
    queue = f"/backoffice/events/{event.slug}/registrations"
    page = client.get(queue).get_data(as_text=True)
    assert (
        '<input type="checkbox" id="status-info_provided" name="status" value="info_provided">'
        '<label for="status-info_provided">Information provided</label>'
    ) in page
    assert "Fatima ANSWERED" in page and "Fatima WAITING" in page
    filtered = client.get(queue, query_string={"status": "info_provided"}).get_data(as_text=True)
    assert "Fatima ANSWERED" in filtered and "Fatima WAITING" not in filtered
    assert '<span class="status status-info_provided">Information provided</span>' in filtered
