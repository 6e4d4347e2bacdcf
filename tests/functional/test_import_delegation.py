"""Organisers import a delegation from a spreadsheet: row-by-row report, all or nothing."""

import io
from datetime import date, timedelta

from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from gsnp_events.backoffice.imports import COLUMNS
from gsnp_events.extensions import db
from gsnp_events.models import OutboxMessage, Registration, Role
from tests.factories import login, make_event, make_organisation, make_registration, make_staff

EXPIRY = (date.today() + timedelta(days=3000)).isoformat()


def _row(n: int, **overrides) -> dict:
    values = {
        "given_name": ("Amina", "Omar", "Halima", "Yasir", "Nour", "Khalid")[n % 6],
        "family_name": "Yusuf",
        "name_local": "أمينة يوسف",
        "nationality": "SD",
        "passport_number": f"P0{n:07d}",
        "passport_expiry": EXPIRY,
        "email": f"delegate{n}@example.org",
        "category": "delegate",
        "date_of_birth": "1985-04-12",
    }
    values.update(overrides)
    return values


def _xlsx(rows: list[dict]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(list(COLUMNS))
    for row in rows:
        sheet.append([row.get(c) for c in COLUMNS])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _upload(client, organisation, content: bytes, name="delegation.xlsx", good_rows_only=False):
    data = {"file": (io.BytesIO(content), name)}
    if good_rows_only:
        data["good_rows_only"] = "y"
    return client.post(
        f"/backoffice/events/baku/organisations/{organisation.id}/import",
        data=data,
        content_type="multipart/form-data",
    ).get_data(as_text=True)


def _count() -> int:
    return db.session.scalar(select(func.count()).select_from(Registration))


def test_a_good_spreadsheet_registers_everyone_and_emails_them(client):
    event = make_event("baku")
    ngo = make_organisation(country_code="SD")
    login(client, make_staff(Role.ACCREDITATION_OFFICER, event))
    page = _upload(client, ngo, _xlsx([_row(1), _row(2, given_name="Omar Al-Tayeb")]))
    assert "2 delegates imported." in page
    registrations = db.session.scalars(select(Registration).order_by(Registration.id)).all()
    assert [r.given_name for r in registrations] == ["Omar", "Omar Al-Tayeb"]
    assert all(r.organisation_id == ngo.id and r.status == "unconfirmed" for r in registrations)
    assert registrations[0].name_local == "أمينة يوسف"
    outbox = db.session.scalars(select(OutboxMessage.to_address)).all()
    assert sorted(outbox) == ["delegate1@example.org", "delegate2@example.org"]


def test_a_wrong_row_writes_nothing_and_is_reported_by_row_and_column(client):
    event = make_event("baku")
    ngo = make_organisation(country_code="SD")
    make_registration(event, email="taken@example.org", email_normalised="taken@example.org")
    login(client, make_staff(Role.ACCREDITATION_OFFICER, event))
    rows = [
        _row(1),
        _row(2, email="not-an-email"),
        _row(3, nationality="XX"),
        _row(4, email="taken@example.org"),
        _row(5, email="delegate1@example.org"),
    ]
    page = _upload(client, ngo, _xlsx(rows))
    assert "Nothing was imported" in page
    assert '<td class="num">3</td><td><code>email</code></td>' in page  # spreadsheet row 3
    assert "Choose a country from the list." in page
    assert "Each delegate needs their own e-mail address." in page
    assert _count() == 1  # only the registration made before

    page = _upload(client, ngo, _xlsx(rows), good_rows_only=True)
    assert "1 delegate imported." in page and "4 rows have problems" in page
    assert _count() == 2


def test_csv_in_utf8_with_a_byte_order_mark(client):
    event = make_event("baku")
    ngo = make_organisation(country_code="NP")
    login(client, make_staff(Role.EVENT_MANAGER, event))
    header = ",".join(
        [
            "given_name",
            "family_name",
            "name_local",
            "nationality",
            "passport_number",
            "passport_expiry",
            "email",
            "category",
        ]
    )
    line = f"Sita,Sharma,सीता शर्मा,NP,N1234567,{EXPIRY},sita@example.org,delegate"
    page = _upload(client, ngo, ("\ufeff" + header + "\n" + line + "\n").encode(), "d.csv")
    assert "1 delegate imported." in page
    assert db.session.scalar(select(Registration.name_local)) == "सीता शर्मा"


def test_files_that_are_not_a_delegation_are_explained(client):
    event = make_event("baku")
    ngo = make_organisation()
    login(client, make_staff(Role.ACCREDITATION_OFFICER, event))
    assert "Choose an .xlsx or .csv file." in _upload(client, ngo, b"x", "photo.jpg")
    assert "could not be read as a spreadsheet" in _upload(client, ngo, b"not a zip")
    assert "Unknown columns: favourite_colour" in _upload(
        client, ngo, b"given_name,favourite_colour\nA,blue\n", "d.csv"
    )
    assert "The column email is missing." in _upload(
        client, ngo, b"given_name,family_name,nationality,passport_number,category\n", "d.csv"
    )
    assert _count() == 0


def test_the_template_has_the_columns_and_an_example(client):
    event = make_event("baku")
    login(client, make_staff(Role.ACCREDITATION_OFFICER, event))
    response = client.get("/backoffice/events/baku/delegation-template.xlsx")
    rows = list(load_workbook(io.BytesIO(response.data)).active.values)
    assert rows[0] == COLUMNS and "أمينة يوسف" in rows[1]


def test_viewers_cannot_import(client):
    event = make_event("baku")
    ngo = make_organisation()
    login(client, make_staff(Role.VIEWER, event))
    response = client.post(f"/backoffice/events/baku/organisations/{ngo.id}/import")
    assert response.status_code == 403
