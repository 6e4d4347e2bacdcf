"""NGO vetting, the dashboard and the exports."""

import csv
import io

from openpyxl import load_workbook
from sqlalchemy import func, select

from gsnp_events.extensions import db
from gsnp_events.models import AuditEntry, Country, Organisation, Registration, Role, VettingStatus
from tests.factories import login, make_event, make_organisation, make_registration, make_staff


def test_verify_reject_with_reason_and_merge_duplicates(client):
    event = make_event("baku")
    officer = make_staff(Role.ACCREDITATION_OFFICER, event)
    ngo = make_organisation(
        country_code="KE", name="Nairobi Youth Network", vetting_status="to_be_vetted"
    )
    twin = make_organisation(
        country_code="KE", name="Nairobi Youth Network (NYN)", vetting_status="to_be_vetted"
    )
    make_registration(event, organisation=ngo)
    moved = make_registration(event, organisation=twin)
    login(client, officer)
    path = f"/backoffice/events/baku/organisations/{ngo.id}"

    page = client.post(path, data={"action": "reject", "reason": "  "}, follow_redirects=True)
    assert "Give the reason for rejecting" in page.get_data(as_text=True)
    assert db.session.get(Organisation, ngo.id).vetting_status == VettingStatus.TO_BE_VETTED

    client.post(path, data={"action": "reject", "reason": "Not an NGO"})
    db.session.expire_all()
    assert (ngo.vetting_status, ngo.vetting_reason) == ("rejected", "Not an NGO")
    client.post(path, data={"action": "verify"})
    db.session.expire_all()
    assert ngo.vetting_status == "verified"

    client.post(
        f"/backoffice/events/baku/organisations/{twin.id}",
        data={"action": "merge", "target": str(ngo.id)},
    )
    db.session.expire_all()
    assert twin.vetting_status == "merged" and twin.merged_into_id == ngo.id
    assert db.session.get(Registration, moved.id).organisation_id == ngo.id
    actions = db.session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions == ["organisation.rejected", "organisation.verified", "organisation.merged"]
    assert db.session.scalar(select(AuditEntry.actor_id).limit(1)) == officer.id


def test_viewers_cannot_vet(client):
    event = make_event("baku")
    ngo = make_organisation(country_code="KE")
    make_registration(event, organisation=ngo)
    login(client, make_staff(Role.VIEWER, event))
    path = f"/backoffice/events/baku/organisations/{ngo.id}"
    assert "Verify this NGO" not in client.get(path).get_data(as_text=True)
    assert client.post(path, data={"action": "verify"}).status_code == 403


def test_list_of_organisations_to_vet_counts_waiting_delegates(client):
    event = make_event("baku")
    ngo = make_organisation(
        country_code="NP",
        name="Kathmandu Water Forum",
        name_local="काठमाडौं पानी मञ्च",
        vetting_status="to_be_vetted",
    )
    make_registration(event, organisation=ngo, status="submitted")
    make_registration(event, organisation=ngo, status="approved")
    login(client, make_staff(Role.ACCREDITATION_OFFICER, event))
    page = client.get("/backoffice/events/baku/organisations").get_data(as_text=True)
    assert "Kathmandu Water Forum" in page and "काठमाडौं पानी मञ्च" in page
    assert '<td class="num">2</td>' in page and '<td class="num">1</td>' in page


def test_dashboard_counts_nam_members_against_the_country_data(client):
    event = make_event("baku")
    for code, gender in [("GH", "female"), ("GH", "male"), ("NP", "female"), ("BR", None)]:
        make_registration(event, nationality_code=code, status="approved", gender=gender)
    make_registration(event, nationality_code="PE", status="submitted")
    members = db.session.scalar(
        select(func.count()).select_from(Country).where(Country.nam_status == "member")
    )
    login(client, make_staff(Role.VIEWER, event))
    page = client.get("/backoffice/events/baku/reports").get_data(as_text=True)
    assert f"2 of {members}" in page  # Ghana and Nepal; Brazil is an observer
    assert "Approved delegates also come from 1 other country." in page
    assert f"{members - 2} member states not yet represented" in page
    assert "Peru" in page  # submitted only, so still missing
    assert '<span class="bar-label"><bdi>Sub-Saharan Africa</bdi></span>' in page
    assert '<span class="bar" style="--share: 1.0000"></span>' in page
    assert "<script" not in page


def test_csv_export_with_chosen_columns_and_no_formula_injection(client):
    event = make_event("baku")
    make_registration(
        event,
        given_name='=HYPERLINK("http://x")',
        family_name="Mensah",
        name_local="ኣበበ",
        nationality_code="ET",
        status="approved",
    )
    make_registration(event, family_name="Other", status="submitted")
    login(client, make_staff(Role.ACCREDITATION_OFFICER, event))
    response = client.get(
        "/backoffice/events/baku/export?status=approved&format=csv"
        "&column=family_name&column=given_name&column=name_local&column=nationality"
    )
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"  # one charset
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows == [
        ["Family name", "Given names", "Name in own script", "Nationality"],
        ["Mensah", '\'=HYPERLINK("http://x")', "ኣበበ", "ET"],
    ]


def test_xlsx_export_opens_in_a_spreadsheet(client):
    event = make_event("baku")
    make_registration(event, family_name="Rahman", name_local="রহমান", nationality_code="BD")
    login(client, make_staff(Role.VIEWER, event))
    response = client.get("/backoffice/events/baku/export?format=xlsx")
    assert response.headers["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    workbook = load_workbook(io.BytesIO(response.data), read_only=True)
    rows = list(workbook.active.values)
    assert rows[0][:3] == ("Reference", "Status", "Category")
    assert "রহমান" in rows[1] and "Rahman" in rows[1]


def test_export_page_offers_columns_and_keeps_the_filters(client):
    event = make_event("baku")
    login(client, make_staff(Role.VIEWER, event))
    page = client.get("/backoffice/events/baku/export?status=approved").get_data(as_text=True)
    assert 'name="status" value="approved"' in page
    assert 'value="passport_number"' in page


def test_officers_name_and_remove_an_ngos_focal_point(client):
    event = make_event("baku")
    ngo = make_organisation(country_code="KE")
    make_registration(event, organisation=ngo)
    login(client, make_staff(Role.ACCREDITATION_OFFICER, event))
    path = f"/backoffice/events/baku/organisations/{ngo.id}"
    page = client.post(
        path,
        data={
            "action": "focal_point",
            "focal_point_name": "Wanjiru Kamau",
            "focal_point_email": "not an address",
        },
        follow_redirects=True,
    ).get_data(as_text=True)
    assert "like name@example.org" in page and 'value="Wanjiru Kamau"' in page
    client.post(
        path,
        data={
            "action": "focal_point",
            "focal_point_name": "Wanjiru Kamau",
            "focal_point_email": "Wanjiru@Example.org",
        },
    )
    db.session.expire_all()
    assert (ngo.focal_point_name, ngo.focal_point_email) == ("Wanjiru Kamau", "wanjiru@example.org")
    client.post(
        path, data={"action": "focal_point", "focal_point_name": "", "focal_point_email": ""}
    )
    db.session.expire_all()
    assert ngo.focal_point_email is None
    actions = db.session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions == ["organisation.focal_point_named", "organisation.focal_point_removed"]
