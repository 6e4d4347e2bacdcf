"""The accreditation state machine: every legal move, every illegal one, every role, the audit
entry and the e-mail written with it, optimistic locking, four eyes, the waiting list."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from gsnp_events.accreditation import workflow
from gsnp_events.accreditation.workflow import (
    TRANSITIONS,
    Actor,
    IllegalTransition,
    NotAllowed,
    OrganisationNotVerified,
    ReasonRequired,
    SecondApproverMustDiffer,
    StaleRegistration,
)
from gsnp_events.extensions import db
from gsnp_events.models import AuditEntry, OutboxMessage, Registration, RegistrationStatus, Role
from tests.factories import make_event, make_organisation, make_registration, make_staff

S = RegistrationStatus
NOW = datetime.now(UTC)


@pytest.fixture
def event():
    return make_event("wf")


@pytest.fixture
def org():
    return make_organisation(focal_point_email="focal@example.org", focal_point_name="Amina")


@pytest.fixture
def officer(event):
    return make_staff(Role.ACCREDITATION_OFFICER, event)


def reg(event, status: S, organisation=None, **overrides) -> Registration:
    defaults = {"status": status, "organisation": organisation}
    if status not in (S.UNCONFIRMED,) and "confirmed_at" not in overrides:
        defaults["confirmed_at"] = NOW
    if status == S.UNCONFIRMED:
        defaults["confirmation_due_at"] = NOW + timedelta(hours=48)
    defaults.update(overrides)
    return make_registration(event, **defaults)


def audit_actions(registration) -> list[str]:
    return list(
        db.session.scalars(
            select(AuditEntry.action)
            .where(AuditEntry.registration_id == registration.id)
            .order_by(AuditEntry.id)
        )
    )


def outbox_for(address: str) -> list[OutboxMessage]:
    return list(
        db.session.scalars(select(OutboxMessage).where(OutboxMessage.to_address == address))
    )


def actor_for(kind: str, registration, officer, org):
    return {
        "delegate": lambda: Actor.delegate(registration),
        "focal": lambda: Actor.focal_point(org),
        "staff": lambda: Actor.staff_user(officer),
        "system": Actor.system,
    }[kind]()


# (transition, from, actor, expected state, reason)
LEGAL = [
    ("confirm", S.UNCONFIRMED, "delegate", S.SUBMITTED, None),
    ("confirm", S.UNCONFIRMED, "staff", S.SUBMITTED, None),  # a walk-in, ID checked at the desk
    ("endorse", S.AWAITING_ENDORSEMENT, "focal", S.SUBMITTED, None),
    ("endorse", S.AWAITING_ENDORSEMENT, "staff", S.SUBMITTED, None),
    ("decline_endorsement", S.AWAITING_ENDORSEMENT, "focal", S.REJECTED, "Not our member"),
    ("answer", S.INFO_REQUESTED, "delegate", S.INFO_PROVIDED, None),
    ("answer", S.INFO_REQUESTED, "focal", S.INFO_PROVIDED, None),
    ("answer", S.INFO_REQUESTED, "delegate", S.INFO_PROVIDED, "Here is my new passport."),
    ("approve", S.SUBMITTED, "staff", S.APPROVED, None),
    ("approve", S.INFO_PROVIDED, "staff", S.APPROVED, None),
    ("reject", S.INFO_PROVIDED, "staff", S.REJECTED, "Still not an NGO"),
    ("request_info", S.INFO_PROVIDED, "staff", S.INFO_REQUESTED, "Still too dark"),
    ("cancel", S.INFO_PROVIDED, "delegate", S.CANCELLED, None),
    ("reject", S.SUBMITTED, "staff", S.REJECTED, "Not an NGO"),
    ("reject", S.INFO_REQUESTED, "staff", S.REJECTED, "No answer"),
    ("reject", S.AWAITING_ENDORSEMENT, "staff", S.REJECTED, "Duplicate"),
    ("reject", S.WAITLISTED, "staff", S.REJECTED, "Duplicate"),
    ("request_info", S.SUBMITTED, "staff", S.INFO_REQUESTED, "Photo too dark"),
    ("suspend", S.APPROVED, "staff", S.SUSPENDED, "Security check"),
    ("reinstate", S.SUSPENDED, "staff", S.APPROVED, None),
    ("revoke", S.APPROVED, "staff", S.REVOKED, "Withdrawn by the NGO"),
    ("revoke", S.SUSPENDED, "staff", S.REVOKED, "Confirmed incident"),
    ("cancel", S.UNCONFIRMED, "delegate", S.CANCELLED, None),
    ("cancel", S.AWAITING_ENDORSEMENT, "delegate", S.CANCELLED, None),
    ("cancel", S.SUBMITTED, "delegate", S.CANCELLED, None),
    ("cancel", S.INFO_REQUESTED, "delegate", S.CANCELLED, None),
    ("cancel", S.WAITLISTED, "delegate", S.CANCELLED, None),
    ("cancel", S.APPROVED, "focal", S.CANCELLED, None),
    ("promote", S.WAITLISTED, "system", S.SUBMITTED, None),
]


@pytest.mark.parametrize(("name", "source", "who", "target", "reason"), LEGAL)
def test_every_legal_transition(event, org, officer, name, source, who, target, reason):
    registration = reg(event, source, org, preferred_language="en")
    version = registration.version
    outcome = workflow.perform(
        registration,
        name,
        actor_for(who, registration, officer, org),
        reason=reason,
        expected_version=version,
    )
    db.session.expire_all()
    registration = db.session.get(Registration, registration.id)
    assert registration.status == target == outcome.to_status
    assert registration.version == version + 1
    entry = db.session.scalars(
        select(AuditEntry).where(AuditEntry.registration_id == registration.id)
    ).one()
    assert entry.action == workflow.ACTIONS[name] == outcome.action
    assert entry.data["from"] == source and entry.data["to"] == target
    assert entry.reason == reason
    assert entry.actor_id == (officer.id if who == "staff" else None)
    mails = outbox_for(registration.email)
    assert len(mails) == 1 and mails[0].kind == f"registration.{name}"
    assert mails[0].language == "en" and mails[0].registration_id == registration.id
    if reason and TRANSITIONS[name].reason_required:
        assert reason in mails[0].body_text and reason in mails[0].body_html


def test_expire_after_the_confirmation_time(event):
    registration = reg(event, S.UNCONFIRMED, confirmation_due_at=NOW - timedelta(minutes=1))
    assert workflow.expire_overdue() == 1
    db.session.expire_all()
    assert db.session.get(Registration, registration.id).status == S.EXPIRED
    assert audit_actions(registration) == ["registration.expired"]
    assert outbox_for(registration.email)[0].kind == "registration.expire"


def test_expire_refuses_before_time_or_when_confirmed(event):
    early = reg(event, S.UNCONFIRMED)
    with pytest.raises(IllegalTransition) as error:
        workflow.perform(early, "expire", Actor.system())
    assert error.value.code == "not_due"
    confirmed = reg(event, S.WAITLISTED, confirmation_due_at=NOW - timedelta(hours=1))
    with pytest.raises(IllegalTransition) as error:
        workflow.perform(confirmed, "expire", Actor.system())
    assert error.value.code == "confirmed"


@pytest.mark.parametrize("name", sorted(TRANSITIONS))
def test_every_illegal_source_is_refused_with_a_message(event, org, officer, name):
    transition = TRANSITIONS[name]
    for source in set(S) - transition.sources:
        registration = reg(event, source, org)
        who = sorted(transition.actors)[0]
        actor = actor_for(
            {"delegate": "delegate", "focal_point": "focal", "staff": "staff", "system": "system"}[
                who
            ],
            registration,
            officer,
            org,
        )
        with pytest.raises(IllegalTransition) as error:
            workflow.perform(registration, name, actor, reason="because")
        assert error.value.code == "illegal_transition"
        assert "cannot be done while the registration is" in str(error.value)
        db.session.expire_all()
        assert db.session.get(Registration, registration.id).status == source
        assert audit_actions(registration) == []


STAFF_TRANSITIONS = [
    ("approve", S.SUBMITTED, None),
    ("approve", S.INFO_PROVIDED, None),
    ("request_info", S.INFO_PROVIDED, "reason"),
    ("reject", S.SUBMITTED, "reason"),
    ("request_info", S.SUBMITTED, "reason"),
    ("suspend", S.APPROVED, "reason"),
    ("reinstate", S.SUSPENDED, None),
    ("revoke", S.APPROVED, "reason"),
]


@pytest.mark.parametrize(("name", "source", "reason"), STAFF_TRANSITIONS)
@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (Role.ADMINISTRATOR, True),
        (Role.EVENT_MANAGER, True),
        (Role.ACCREDITATION_OFFICER, True),
        (Role.BADGE_DESK, False),
        (Role.VIEWER, False),
    ],
)
def test_staff_roles(event, org, name, source, reason, role, allowed):
    user = make_staff(role, None if role == Role.ADMINISTRATOR else event)
    registration = reg(event, source, org)
    if allowed:
        workflow.perform(registration, name, Actor.staff_user(user), reason=reason)
        assert audit_actions(registration) == [workflow.ACTIONS[name]]
    else:
        with pytest.raises(NotAllowed) as error:
            workflow.perform(registration, name, Actor.staff_user(user), reason=reason)
        assert error.value.code == "not_allowed"
        assert audit_actions(registration) == []


def test_an_officer_of_another_event_cannot_act(event, org):
    other = make_event("other")
    stranger = make_staff(Role.ACCREDITATION_OFFICER, other)
    registration = reg(event, S.SUBMITTED, org)
    with pytest.raises(NotAllowed):
        workflow.perform(registration, "approve", Actor.staff_user(stranger))


def test_delegates_and_focal_points_act_only_on_their_own(event, org, officer):
    mine, theirs = reg(event, S.SUBMITTED, org), reg(event, S.SUBMITTED, org)
    with pytest.raises(NotAllowed):
        workflow.perform(theirs, "cancel", Actor.delegate(mine))
    with pytest.raises(NotAllowed):
        workflow.perform(mine, "approve", Actor.delegate(mine))
    other_org = make_organisation("Other NGO", focal_point_email="other@example.org")
    waiting = reg(event, S.AWAITING_ENDORSEMENT, org)
    with pytest.raises(NotAllowed):
        workflow.perform(waiting, "endorse", Actor.focal_point(other_org))
    with pytest.raises(NotAllowed):
        workflow.perform(waiting, "endorse", Actor.system())
    # A focal point whose address the NGO replaced has lost the right.
    former = Actor.focal_point(org)
    org.focal_point_email = "new-focal@example.org"
    db.session.commit()
    with pytest.raises(NotAllowed):
        workflow.perform(waiting, "endorse", former)


@pytest.mark.parametrize(
    ("name", "source", "who"),
    [
        ("reject", S.SUBMITTED, "staff"),
        ("revoke", S.APPROVED, "staff"),
        ("request_info", S.SUBMITTED, "staff"),
        ("suspend", S.APPROVED, "staff"),
        ("decline_endorsement", S.AWAITING_ENDORSEMENT, "focal"),
    ],
)
@pytest.mark.parametrize("reason", [None, "", "   \n "])
def test_a_reason_is_required(event, org, officer, name, source, who, reason):
    registration = reg(event, source, org)
    with pytest.raises(ReasonRequired) as error:
        workflow.perform(
            registration, name, actor_for(who, registration, officer, org), reason=reason
        )
    assert error.value.code == "reason_required"
    assert "Give a reason" in str(error.value)
    assert audit_actions(registration) == []


def test_a_stale_version_is_refused(event, org, officer):
    registration = reg(event, S.SUBMITTED, org)
    seen = registration.version
    workflow.perform(registration, "request_info", Actor.staff_user(officer), reason="Photo?")
    with pytest.raises(StaleRegistration) as error:
        workflow.perform(
            registration, "reject", Actor.staff_user(officer), reason="x", expected_version=seen
        )
    assert error.value.code == "stale_version"
    assert "Someone else changed this registration first" in str(error.value)


def test_a_concurrent_change_between_read_and_write_is_refused(event, org, officer):
    registration = reg(event, S.SUBMITTED, org)
    # Another officer's transaction commits a change behind this session's back.
    db.session.connection().execute(
        text("UPDATE registrations SET version = version + 1 WHERE id = :id"),
        {"id": registration.id},
    )
    with pytest.raises(StaleRegistration):
        workflow.perform(registration, "approve", Actor.staff_user(officer))
    assert audit_actions(registration) == []
    assert db.session.scalar(select(func.count()).select_from(OutboxMessage)) == 0


def test_unverified_organisations_block_approval(event, officer):
    for status in ("to_be_vetted", "rejected"):
        pending = make_organisation(f"NGO {status}", vetting_status=status)
        registration = reg(event, S.SUBMITTED, pending)
        with pytest.raises(OrganisationNotVerified) as error:
            workflow.perform(registration, "approve", Actor.staff_user(officer))
        assert error.value.code == "organisation_not_verified"
        assert f"Verify NGO {status} first" in str(error.value)


def test_four_eyes_for_sensitive_categories(event, org, officer):
    category = event.categories[0]
    category.sensitive = True
    db.session.commit()
    second = make_staff(Role.ACCREDITATION_OFFICER, event)
    registration = reg(event, S.SUBMITTED, org)

    outcome = workflow.perform(registration, "approve", Actor.staff_user(officer))
    assert outcome.to_status == S.SUBMITTED and outcome.action == "registration.first_approval"
    assert registration.first_approved_by_id == officer.id
    assert outbox_for(registration.email) == []  # nothing to tell the delegate yet

    with pytest.raises(SecondApproverMustDiffer) as error:
        workflow.perform(registration, "approve", Actor.staff_user(officer))
    assert error.value.code == "second_approver_must_differ"

    outcome = workflow.perform(registration, "approve", Actor.staff_user(second))
    assert outcome.to_status == S.APPROVED
    entries = db.session.scalars(
        select(AuditEntry)
        .where(AuditEntry.registration_id == registration.id)
        .order_by(AuditEntry.id)
    ).all()
    assert [(e.action, e.actor_id) for e in entries] == [
        ("registration.first_approval", officer.id),
        ("registration.approved", second.id),
    ]
    assert entries[1].data["first_approved_by"] == officer.id


def test_a_request_for_information_clears_a_first_approval(event, org, officer):
    event.categories[0].sensitive = True
    db.session.commit()
    registration = reg(event, S.SUBMITTED, org)
    workflow.perform(registration, "approve", Actor.staff_user(officer))
    workflow.perform(registration, "request_info", Actor.staff_user(officer), reason="Photo?")
    assert registration.first_approved_by_id is None


def test_an_answer_goes_back_to_the_queue_with_what_it_changed(event, org, officer):
    registration = reg(event, S.SUBMITTED, org)
    workflow.perform(registration, "request_info", Actor.staff_user(officer), reason="Photo?")
    assert not workflow.can_perform(registration, "approve", Actor.staff_user(officer))
    outcome = workflow.perform(
        registration,
        "answer",
        Actor.delegate(registration),
        reason="  A new photo, taken today. ",
        details={"fields": ["phone"], "photo": True},
    )
    assert outcome.to_status == S.INFO_PROVIDED and S.INFO_PROVIDED in workflow.IN_QUEUE
    assert outcome.audit.reason == "A new photo, taken today."
    assert outcome.audit.data == {
        "fields": ["phone"],
        "photo": True,
        "from": "info_requested",
        "to": "info_provided",
    }
    names = {t.name for t in workflow.available(registration, Actor.staff_user(officer))}
    assert names == {"approve", "reject", "request_info"}
    assert not workflow.can_perform(registration, "answer", Actor.delegate(registration))
    (mail,) = [m for m in outbox_for(registration.email) if m.kind == "registration.answer"]
    assert "your registration is with the organisers" in mail.subject
    assert "A new photo" not in mail.body_text  # the delegate's own words are not echoed


def test_details_cannot_overwrite_the_states_of_the_audit_entry(event, org, officer):
    registration = reg(event, S.INFO_REQUESTED, org)
    outcome = workflow.perform(
        registration, "answer", Actor.delegate(registration), details={"to": "approved"}
    )
    assert outcome.audit.data["to"] == "info_provided"


def test_an_answered_registration_keeps_its_place(event, org):
    event.capacity = 1
    db.session.commit()
    reg(event, S.INFO_PROVIDED, org)
    waiting = reg(event, S.WAITLISTED, org)
    workflow.promote_waiting_list(event)
    assert db.session.get(Registration, waiting.id).status == S.WAITLISTED


def test_a_first_approval_of_an_answered_registration_keeps_it_answered(event, org, officer):
    event.categories[0].sensitive = True
    db.session.commit()
    second = make_staff(Role.ACCREDITATION_OFFICER, event)
    registration = reg(event, S.INFO_PROVIDED, org)
    outcome = workflow.perform(registration, "approve", Actor.staff_user(officer))
    assert outcome.to_status == S.INFO_PROVIDED
    assert outcome.action == "registration.first_approval"
    assert registration.first_approved_by_id == officer.id
    workflow.perform(registration, "approve", Actor.staff_user(second))
    assert registration.status == S.APPROVED


def test_asking_again_clears_a_first_approval(event, org, officer):
    event.categories[0].sensitive = True
    db.session.commit()
    registration = reg(event, S.INFO_PROVIDED, org)
    workflow.perform(registration, "approve", Actor.staff_user(officer))
    workflow.perform(registration, "request_info", Actor.staff_user(officer), reason="Again?")
    assert registration.status == S.INFO_REQUESTED and registration.first_approved_by_id is None


def test_confirmation_waits_for_the_focal_point_when_the_ngo_has_one(event, org):
    registration = reg(event, S.UNCONFIRMED, org, endorsement_required=True)
    outcome = workflow.perform(registration, "confirm", Actor.delegate(registration))
    assert outcome.to_status == S.AWAITING_ENDORSEMENT
    request = outbox_for("focal@example.org")
    assert [m.kind for m in request] == ["focal_point.endorsement_requested"]
    assert "/portal/delegation/login/" in request[0].body_text


def test_confirming_twice_is_an_error_not_a_no_op(event, org):
    registration = reg(event, S.UNCONFIRMED, org)
    workflow.perform(registration, "confirm", Actor.delegate(registration))
    with pytest.raises(IllegalTransition):
        workflow.perform(registration, "confirm", Actor.delegate(registration))


def test_a_waitlisted_registration_confirms_and_stays_in_line(event, org):
    registration = reg(event, S.WAITLISTED, org, confirmed_at=None)
    outcome = workflow.perform(registration, "confirm", Actor.delegate(registration))
    assert outcome.to_status == S.WAITLISTED and registration.confirmed_at is not None


def test_endorsement_beyond_the_organisation_limit_goes_to_the_waiting_list(event, org):
    event.organisation_limit = 1
    db.session.commit()
    reg(event, S.SUBMITTED, org)
    waiting = reg(event, S.AWAITING_ENDORSEMENT, org, endorsement_required=True)
    outcome = workflow.perform(waiting, "endorse", Actor.focal_point(org))
    assert outcome.to_status == S.WAITLISTED
    assert "waiting list" in outbox_for(waiting.email)[0].body_text


def test_a_freed_place_goes_to_the_first_in_line(event, org):
    event.categories[0].quota = 1
    db.session.commit()
    holder = reg(event, S.SUBMITTED, org)
    first = reg(event, S.WAITLISTED, org, created_at=NOW - timedelta(minutes=2))
    second = reg(event, S.WAITLISTED, org, created_at=NOW - timedelta(minutes=1))
    outcome = workflow.perform(holder, "cancel", Actor.delegate(holder))
    assert [r.id for r in outcome.promoted] == [first.id]
    db.session.expire_all()
    assert db.session.get(Registration, first.id).status == S.SUBMITTED
    assert db.session.get(Registration, second.id).status == S.WAITLISTED
    assert audit_actions(first) == ["registration.promoted"]
    assert "a place became free" in outbox_for(first.email)[0].body_text


def test_an_unconfirmed_person_moved_up_must_confirm_in_time(event, org):
    event.capacity = 1
    db.session.commit()
    holder = reg(event, S.UNCONFIRMED, org, confirmation_due_at=NOW - timedelta(minutes=5))
    waiting = reg(
        event, S.WAITLISTED, org, confirmed_at=None, confirmation_due_at=NOW + timedelta(hours=1)
    )
    assert workflow.expire_overdue() == 1
    db.session.expire_all()
    waiting = db.session.get(Registration, waiting.id)
    assert waiting.status == S.UNCONFIRMED
    assert waiting.confirmation_due_at > datetime.now(UTC) + timedelta(hours=47)
    mail = [m for m in outbox_for(waiting.email) if m.kind == "registration.promote"][0]
    assert "/confirm/" in mail.body_text
    assert db.session.get(Registration, holder.id).status == S.EXPIRED


def test_without_commit_the_caller_owns_the_transaction(event, org, officer):
    registration = reg(event, S.SUBMITTED, org)
    workflow.perform(registration, "approve", Actor.staff_user(officer), commit=False)
    db.session.rollback()
    db.session.expire_all()
    assert db.session.get(Registration, registration.id).status == S.SUBMITTED
    assert audit_actions(registration) == []
    assert db.session.scalar(select(func.count()).select_from(OutboxMessage)) == 0


def test_mail_goes_out_in_the_delegates_language(app, event, org, officer):
    registration = reg(event, S.SUBMITTED, org, preferred_language="fr")
    workflow.perform(registration, "approve", Actor.staff_user(officer))
    assert outbox_for(registration.email)[0].language == "fr"
    # A language the app no longer offers falls back to the default one.
    other = reg(event, S.SUBMITTED, org, preferred_language="sw")
    workflow.perform(other, "approve", Actor.staff_user(officer))
    assert outbox_for(other.email)[0].language == "en"


def test_the_table_is_complete():
    reachable = {S.UNCONFIRMED, S.WAITLISTED}  # where registrations start
    for transition in TRANSITIONS.values():
        reachable |= transition.targets
        assert transition.actors, transition.name
        staff_only = transition.actors == {workflow.ActorKind.STAFF}
        assert not staff_only or transition.roles, transition.name
    assert reachable == set(S)
    needs_reason = {t.name for t in TRANSITIONS.values() if t.reason_required}
    assert needs_reason == {"reject", "revoke", "request_info", "suspend", "decline_endorsement"}
    for final in workflow.FINAL:
        assert not [t for t in TRANSITIONS.values() if final in t.sources]


def test_available_lists_the_buttons_to_show(event, org, officer):
    registration = reg(event, S.SUBMITTED, org)
    names = {t.name for t in workflow.available(registration, Actor.staff_user(officer))}
    assert names == {"approve", "reject", "request_info"}
    assert {t.name for t in workflow.available(registration, Actor.delegate(registration))} == {
        "cancel"
    }


def test_only_desk_and_officer_roles_confirm_a_walk_in_in_person(event, org):
    registration = reg(event, S.UNCONFIRMED, org, confirmed_at=None)
    with pytest.raises(NotAllowed):
        workflow.perform(registration, "confirm", Actor.staff_user(make_staff(Role.VIEWER, event)))
    desk = make_staff(Role.BADGE_DESK, event)
    outcome = workflow.perform(registration, "confirm", Actor.staff_user(desk))
    assert outcome.to_status == S.SUBMITTED and registration.confirmed_at is not None
