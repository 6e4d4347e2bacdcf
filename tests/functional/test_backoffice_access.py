"""Every back-office page against every role, and against staff of another event."""

import pytest

from gsnp_events.extensions import db
from gsnp_events.models import Role
from tests.factories import login, make_event, make_organisation, make_registration, make_staff

ALL_ROLES = list(Role)
READERS = {
    Role.ADMINISTRATOR,
    Role.EVENT_MANAGER,
    Role.ACCREDITATION_OFFICER,
    Role.BADGE_DESK,
    Role.VIEWER,
}
# (path template, roles allowed)
PAGES = [
    ("/backoffice/events/{slug}/registrations", READERS),
    ("/backoffice/events/{slug}/registrations/{registration}", READERS),
    ("/backoffice/events/{slug}/organisations", READERS),
    ("/backoffice/events/{slug}/organisations/{organisation}", READERS),
    ("/backoffice/events/{slug}/reports", READERS),
    (
        "/backoffice/events/{slug}/export",
        {Role.ADMINISTRATOR, Role.EVENT_MANAGER, Role.ACCREDITATION_OFFICER, Role.VIEWER},
    ),
    (
        "/backoffice/events/{slug}/audit",
        {Role.ADMINISTRATOR, Role.EVENT_MANAGER, Role.ACCREDITATION_OFFICER},
    ),
    ("/backoffice/events/{slug}/settings", {Role.ADMINISTRATOR, Role.EVENT_MANAGER}),
    ("/backoffice/events/{slug}/categories/new", {Role.ADMINISTRATOR, Role.EVENT_MANAGER}),
    ("/backoffice/events/new", {Role.ADMINISTRATOR}),
    ("/backoffice/staff", {Role.ADMINISTRATOR}),
]


@pytest.fixture
def setting():
    event = make_event("baku", name="Founding Assembly")
    other = make_event("other", name="Other Forum")
    organisation = make_organisation()
    registration = make_registration(
        event, organisation=organisation, passport_number="SECRET-PASSPORT-1"
    )
    return event, other, registration, organisation


@pytest.mark.parametrize("role", ALL_ROLES)
def test_role_matrix(client, setting, role):
    event, other, registration, organisation = setting
    user = make_staff(role, None if role == Role.ADMINISTRATOR else event)
    login(client, user)
    for template, allowed in PAGES:
        path = template.format(
            slug=event.slug, registration=registration.id, organisation=organisation.id
        )
        status = client.get(path).status_code
        assert status == (200 if role in allowed else 403), (role, path, status)


@pytest.mark.parametrize("role", [r for r in ALL_ROLES if r != Role.ADMINISTRATOR])
def test_staff_of_another_event_see_nothing_of_this_one(client, setting, role):
    event, other, registration, organisation = setting
    login(client, make_staff(role, other))
    for template, _allowed in PAGES:
        if "{slug}" not in template:
            continue
        path = template.format(
            slug=event.slug, registration=registration.id, organisation=organisation.id
        )
        response = client.get(path)
        assert response.status_code == 403, path
        assert "SECRET-PASSPORT-1" not in response.get_data(as_text=True)
    # Their own event does not lead to this one's registration either.
    response = client.get(f"/backoffice/events/other/registrations/{registration.id}")
    assert response.status_code == 404


def test_signed_out_visitors_are_sent_to_sign_in(client, setting):
    event, *_ = setting
    response = client.get(f"/backoffice/events/{event.slug}/reports")
    assert response.status_code == 302 and "/staff/login" in response.location


def test_unknown_event_is_not_found(client):
    login(client, make_staff(Role.ADMINISTRATOR))
    assert client.get("/backoffice/events/nowhere/registrations").status_code == 404


def test_a_deactivated_account_loses_access_at_once(client, setting):
    event, *_ = setting
    user = make_staff(Role.VIEWER, event)
    login(client, user)
    assert client.get("/backoffice/events/baku/registrations").status_code == 200
    admin = make_staff(Role.ADMINISTRATOR)
    from gsnp_events.staff_accounts import set_active

    set_active(user, False, admin)
    db.session.expire_all()
    assert client.get("/backoffice/events/baku/registrations").status_code == 302


API_ENDPOINTS = [
    ("GET", "/api/v1/events/{slug}/registrations", READERS),
    ("GET", "/api/v1/events/{slug}/registrations/{registration}", READERS),
    (
        "GET",
        "/api/v1/events/{slug}/audit",
        {Role.ADMINISTRATOR, Role.EVENT_MANAGER, Role.ACCREDITATION_OFFICER},
    ),
    (
        "GET",
        "/api/v1/events/{slug}/checkin-bundle",
        {Role.ADMINISTRATOR, Role.EVENT_MANAGER, Role.BADGE_DESK},
    ),
]


@pytest.mark.parametrize("role", ALL_ROLES)
def test_api_role_matrix(client, setting, role):
    from gsnp_events.api_tokens import issue_token
    from gsnp_events.models import TokenKind

    event, other, registration, organisation = setting
    for scope, expect_any in ((event, True), (other, False)):
        if role == Role.ADMINISTRATOR and scope is other:
            continue
        user = make_staff(role, None if role == Role.ADMINISTRATOR else scope)
        _token, secret = issue_token(TokenKind.STAFF, "matrix", user, staff_user=user)
        headers = {"Authorization": f"Bearer {secret}"}
        for method, template, allowed in API_ENDPOINTS:
            path = template.format(slug=event.slug, registration=registration.id)
            response = client.open(path, method=method, headers=headers)
            expected = 200 if (expect_any and role in allowed) else 403
            assert response.status_code == expected, (role, scope.slug, path)
            if expected == 403:
                assert "SECRET-PASSPORT-1" not in response.get_data(as_text=True)


def test_sign_in_starts_a_new_session(client):
    user = make_staff(Role.VIEWER, make_event("x"))
    with client.session_transaction() as session:
        session["planted"] = "by someone else"
    login(client, user)
    with client.session_transaction() as session:
        assert "planted" not in session and session.get("_user_id")
