"""The back office's JSON API: staff tokens, the same permissions and workflow as the pages."""

from sqlalchemy import select

from gsnp_events.api_tokens import issue_token
from gsnp_events.extensions import db
from gsnp_events.models import AuditEntry, Role, TokenKind
from tests.factories import make_event, make_organisation, make_registration, make_staff


def _headers(user) -> dict:
    _token, secret = issue_token(TokenKind.STAFF, "script", user, staff_user=user)
    return {"Authorization": f"Bearer {secret}"}


def test_list_filter_and_read_registrations(client):
    event = make_event("baku")
    make_registration(event, family_name="Mamani", nationality_code="BO", status="submitted")
    make_registration(
        event,
        family_name="Uddin",
        nationality_code="BD",
        status="approved",
        name_local="রহিম উদ্দিন",
    )
    headers = _headers(make_staff(Role.VIEWER, event))
    body = client.get("/api/v1/events/baku/registrations?status=approved", headers=headers)
    data = body.get_json()
    assert data["total"] == 1 and data["registrations"][0]["name_local"] == "রহিম উদ্দিন"
    found = client.get("/api/v1/events/baku/registrations?q=mamani", headers=headers).get_json()
    assert [r["family_name"] for r in found["registrations"]] == ["Mamani"]
    one = client.get(
        f"/api/v1/events/baku/registrations/{data['registrations'][0]['id']}", headers=headers
    ).get_json()
    assert one["nationality"] == "BD" and "passport_number" in one


def test_decisions_go_through_the_workflow(client):
    event = make_event("baku")
    registration = make_registration(
        event, status="submitted", organisation=make_organisation(country_code="GH")
    )
    officer = make_staff(Role.ACCREDITATION_OFFICER, event)
    headers = _headers(officer)
    path = f"/api/v1/events/baku/registrations/{registration.id}/decisions"
    response = client.post(
        path, json={"transition": "reject", "version": registration.version}, headers=headers
    )
    assert response.status_code == 422
    assert response.get_json()["error"]["code"] == "reason_required"
    stale = registration.version
    ok = client.post(path, json={"transition": "approve", "version": stale}, headers=headers)
    assert ok.status_code == 200 and ok.get_json()["status"] == "approved"
    again = client.post(
        path, json={"transition": "revoke", "version": stale, "reason": "x"}, headers=headers
    )
    assert again.status_code == 409 and again.get_json()["error"]["code"] == "stale_version"
    entry = db.session.scalar(
        select(AuditEntry).where(AuditEntry.action == "registration.approved")
    )
    assert entry.actor_id == officer.id
    audit = client.get(
        f"/api/v1/events/baku/audit?registration={registration.id}", headers=headers
    ).get_json()
    assert [e["action"] for e in audit["entries"]] == ["registration.approved"]


def test_roles_and_events_are_enforced(client):
    event, other = make_event("baku"), make_event("other")
    registration = make_registration(event, status="submitted")
    path = f"/api/v1/events/baku/registrations/{registration.id}/decisions"
    viewer = _headers(make_staff(Role.VIEWER, event))
    assert (
        client.post(path, json={"transition": "approve", "version": 1}, headers=viewer).status_code
        == 403
    )
    assert client.get("/api/v1/events/baku/audit", headers=viewer).status_code == 403
    outsider = _headers(make_staff(Role.ACCREDITATION_OFFICER, other))
    response = client.get("/api/v1/events/baku/registrations", headers=outsider)
    assert response.status_code == 403 and registration.email not in response.get_data(True)
    assert (
        client.get(
            f"/api/v1/events/other/registrations/{registration.id}", headers=outsider
        ).status_code
        == 404
    )
    assert client.get("/api/v1/events/baku/registrations").status_code == 401
    admin = make_staff(Role.ADMINISTRATOR)
    _t, device_secret = issue_token(TokenKind.DEVICE, "door", admin, event=event)
    device = {"Authorization": f"Bearer {device_secret}"}
    assert client.get("/api/v1/events/baku/registrations", headers=device).status_code == 403


def test_openapi_describes_public_and_staff_methods_of_one_path(client):
    document = client.get("/api/v1/openapi.json").get_json()
    item = document["paths"]["/events/{slug}/registrations"]
    assert {"get", "post"} <= set(item)
    assert "/events/{slug}/checkin-bundle" in document["paths"]
    assert "bearer" in document["components"]["securitySchemes"]


def test_staff_create_and_revoke_their_own_tokens(client):
    from tests.factories import login

    event = make_event("baku")
    user = make_staff(Role.VIEWER, event)
    login(client, user)
    page = client.post("/backoffice/account/tokens", data={"name": "reporting script"})
    secret = page.get_data(as_text=True).split('<code class="secret">')[1].split("</code>")[0]
    headers = {"Authorization": f"Bearer {secret}"}
    assert client.get("/api/v1/events/baku/registrations", headers=headers).status_code == 200
    from gsnp_events.models import ApiToken

    token = db.session.scalar(select(ApiToken))
    client.post("/backoffice/account/tokens", data={"revoke": str(token.id)})
    assert client.get("/api/v1/events/baku/registrations", headers=headers).status_code == 401
