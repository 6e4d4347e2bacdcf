"""The review queue: filters, search in any script, sort, pages with a bounded number of queries."""

from datetime import date

from sqlalchemy import insert, select

from gsnp_events.extensions import db
from gsnp_events.models import AuditEntry, Registration, RegistrationStatus, Role, VettingStatus
from tests.factories import (
    QueryCounter,
    login,
    make_event,
    make_organisation,
    make_registration,
    make_staff,
)


def _names(page: str, *names: str) -> list[str]:
    return [n for n in names if n in page]


def test_filters_by_status_country_region_category_and_vetting(client):
    event = make_event("baku")
    verified = make_organisation(
        country_code="BD", name="Dhaka Rights Forum", vetting_status=VettingStatus.VERIFIED
    )
    pending = make_organisation(
        country_code="BO", name="Red de Mujeres", vetting_status=VettingStatus.TO_BE_VETTED
    )
    make_registration(
        event,
        given_name="Rahim",
        family_name="Uddin",
        nationality_code="BD",
        organisation=verified,
        status=RegistrationStatus.SUBMITTED,
    )
    make_registration(
        event,
        given_name="Lucía",
        family_name="Mamani",
        nationality_code="BO",
        organisation=pending,
        status=RegistrationStatus.APPROVED,
    )
    login(client, make_staff(Role.ACCREDITATION_OFFICER, event))
    base = "/backoffice/events/baku/registrations"

    page = client.get(f"{base}?status=submitted").get_data(as_text=True)
    assert _names(page, "UDDIN", "MAMANI") == ["UDDIN"]
    page = client.get(f"{base}?country=BO").get_data(as_text=True)
    assert _names(page, "UDDIN", "MAMANI") == ["MAMANI"]
    page = client.get(f"{base}?region=Southern+Asia").get_data(as_text=True)
    assert _names(page, "UDDIN", "MAMANI") == ["UDDIN"]
    page = client.get(f"{base}?region=Americas").get_data(as_text=True)
    assert _names(page, "UDDIN", "MAMANI") == ["MAMANI"]
    page = client.get(f"{base}?vetting=to_be_vetted").get_data(as_text=True)
    assert _names(page, "UDDIN", "MAMANI") == ["MAMANI"]
    category = event.categories[0].id
    page = client.get(f"{base}?category={category}&status=approved").get_data(as_text=True)
    assert _names(page, "UDDIN", "MAMANI") == ["MAMANI"]
    assert "1 registration matches." in page


def test_search_ignores_case_and_accents_in_latin_and_finds_own_script(client):
    event = make_event("baku")
    make_registration(
        event, given_name="Nguyễn", family_name="Thị Lan", name_local=None, nationality_code="VN"
    )
    make_registration(
        event,
        given_name="Fatima",
        family_name="Al-Hassan",
        name_local="فاطمة الحسن",
        nationality_code="TN",
    )
    make_registration(
        event,
        given_name="Çağlar",
        family_name="Əliyev",
        name_local=None,
        nationality_code="AZ",
        passport_number_normalised="C01234567",
    )
    login(client, make_staff(Role.VIEWER, event))
    base = "/backoffice/events/baku/registrations?q="
    assert _names(client.get(base + "NGUYEN").get_data(as_text=True), "THỊ LAN", "AL-HASSAN") == [
        "THỊ LAN"
    ]
    assert "AL-HASSAN" in client.get(base + "الحسن").get_data(as_text=True)
    assert "ƏLIYEV" in client.get(base + "caglar").get_data(as_text=True)
    assert "ƏLIYEV" in client.get(base + "c01234567").get_data(as_text=True)
    # Wildcards typed by the user are literal characters, not patterns.
    assert "No registration matches" in client.get(base + "%25").get_data(as_text=True)


def test_sort_by_family_name_and_pages_of_fifty(client):
    event = make_event("baku")
    category = event.categories[0]
    db.session.execute(
        insert(Registration),
        [
            {
                "event_id": event.id,
                "category_id": category.id,
                "given_name": "Person",
                "family_name": f"Family{n:03d}",
                "nationality_code": "GH",
                "passport_number": f"G{n}",
                "passport_number_normalised": f"G{n}",
                "email": f"p{n}@example.org",
                "email_normalised": f"p{n}@example.org",
                "status": "submitted",
                "languages": [],
                "search_text": f"family{n:03d}",
            }
            for n in range(120)
        ],
    )
    db.session.commit()
    login(client, make_staff(Role.ACCREDITATION_OFFICER, event))
    page = client.get("/backoffice/events/baku/registrations?sort=family_name&page=2")
    text = page.get_data(as_text=True)
    assert "FAMILY050" in text and "FAMILY099" in text
    assert "FAMILY049" not in text and "FAMILY100" not in text
    assert "Page 2 of 3" in text and "120 registrations match." in text


def test_a_page_uses_a_bounded_number_of_queries(client):
    """The queries for a page of 50 do not grow with the page's rows."""
    event = make_event("baku")
    organisations = [make_organisation(country_code="GH", name=f"NGO {n}") for n in range(30)]
    for n in range(120):
        make_registration(
            event,
            organisation=organisations[n % 30],
            nationality_code=("GH", "KE", "NP", "PE")[n % 4],
        )
    login(client, make_staff(Role.ACCREDITATION_OFFICER, event))
    client.get("/backoffice/events/baku/registrations")  # warm the user's session cache
    with QueryCounter(db.engine) as counter:
        response = client.get("/backoffice/events/baku/registrations")
    assert response.status_code == 200
    assert counter.count <= 12, counter.count


def test_detail_page_shows_identity_history_and_possible_duplicates(client):
    event = make_event("baku")
    officer = make_staff(Role.ACCREDITATION_OFFICER, event)
    registration = make_registration(
        event,
        given_name="Aung",
        family_name="Kyaw",
        name_local="အောင်ကျော်",
        nationality_code="MM",
        date_of_birth=date(1980, 5, 17),
        passport_number="MA123456",
    )
    twin = make_registration(event, given_name="Aung", family_name="Kyaw", nationality_code="TH")
    make_registration(event, given_name="Someone", family_name="Else", nationality_code="TH")
    db.session.add(
        AuditEntry(
            action="registration.info_requested",
            actor=officer,
            actor_label=officer.name,
            event_id=event.id,
            registration_id=registration.id,
            reason="Photo too dark",
        )
    )
    db.session.commit()
    login(client, officer)
    page = client.get(f"/backoffice/events/baku/registrations/{registration.id}").get_data(
        as_text=True
    )
    assert "အောင်ကျော်" in page and "MA123456" in page and "May 17, 1980" in page
    assert "Photo too dark" in page and "Information requested" in page
    assert f"/registrations/{twin.id}" in page and "Else" not in page
    assert "No photo uploaded" in page


def test_photo_is_served_to_staff_only(client):
    from gsnp_events.models import Photo

    event = make_event("baku")
    registration = make_registration(event)
    db.session.add(
        Photo(
            registration=registration, content=b"\xff\xd8jpeg", width=1, height=1, sha256="0" * 64
        )
    )
    db.session.commit()
    path = f"/backoffice/events/baku/registrations/{registration.id}/photo"
    assert client.get(path).status_code == 302
    login(client, make_staff(Role.BADGE_DESK, event))
    response = client.get(path)
    assert response.status_code == 200 and response.mimetype == "image/jpeg"
    assert response.headers["Cache-Control"].startswith("private")
    assert db.session.scalar(select(Photo.id)) is not None


def test_country_filter_is_in_the_officers_language_and_alphabet(client):
    from gsnp_events.countries_i18n import country_name

    event = make_event("baku")
    for code in ("BD", "BO", "AZ"):
        make_registration(event, nationality_code=code)
    login(client, make_staff(Role.ACCREDITATION_OFFICER, event))
    page = client.get("/backoffice/events/baku/registrations?lang=es").get_data(as_text=True)
    names = [country_name(code, "es") for code in ("AZ", "BD", "BO")]
    positions = [page.index(f">{name}</label>") for name in names]
    assert positions == sorted(positions)  # Azerbaiyán, Bangladés, Bolivia
    arabic = client.get("/backoffice/events/baku/registrations?lang=ar").get_data(as_text=True)
    assert f">{country_name('BD', 'ar')}</label>" in arabic
