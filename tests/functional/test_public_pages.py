from datetime import UTC, datetime, timedelta

from tests.factories import make_event


def test_home_lists_open_events_only(client):
    now = datetime.now(UTC)
    make_event("open-one", name="Founding Assembly")
    make_event("draft", name="Draft Meeting", published=False)
    make_event(
        "closed",
        name="Closed Forum",
        registration_opens_at=now - timedelta(days=10),
        registration_closes_at=now - timedelta(days=1),
    )
    make_event(
        "later",
        name="Regional Consultation",
        registration_opens_at=now + timedelta(days=3),
        registration_closes_at=now + timedelta(days=9),
    )
    page = client.get("/").get_data(as_text=True)
    assert "Founding Assembly" in page
    assert "Draft Meeting" not in page
    assert "Closed Forum" not in page
    assert "<bdi>Regional Consultation</bdi>: registration opens on" in page


def test_home_says_so_when_nothing_is_open(client):
    page = client.get("/").get_data(as_text=True)
    assert "No event is open for registration at the moment." in page


def test_pages_are_left_to_right_by_default_and_mirror_for_arabic(client):
    page = client.get("/").get_data(as_text=True)
    assert '<html lang="en" dir="ltr">' in page
    page = client.get("/?lang=ar").get_data(as_text=True)
    assert '<html lang="ar" dir="rtl">' in page
    # The choice is remembered for the next page.
    assert '<html lang="ar" dir="rtl">' in client.get("/staff/login").get_data(as_text=True)


def test_assets_are_served_locally(client):
    page = client.get("/").get_data(as_text=True)
    assert "/static/css/app.css" in page
    assert "http://" not in page and "https://" not in page
    assert client.get("/static/css/app.css").status_code == 200


def test_the_site_has_a_favicon_where_browsers_look_for_it(client):
    page = client.get("/").get_data(as_text=True)
    assert '<link rel="icon" href="/favicon.ico" sizes="16x16 32x32 48x48">' in page
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in page
    icon = client.get("/favicon.ico")  # asked for on a first visit, linked or not
    assert icon.status_code == 200
    assert icon.headers["Content-Type"] == "image/vnd.microsoft.icon"
    assert icon.data[:4] == b"\x00\x00\x01\x00"  # an ICO file
    assert int.from_bytes(icon.data[4:6], "little") == 3  # 16, 32 and 48 pixels
    assert "max-age=604800" in icon.headers["Cache-Control"]
    svg = client.get("/static/favicon.svg")
    assert svg.status_code == 200 and svg.mimetype == "image/svg+xml"
    assert svg.data.startswith(b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">')


def test_unknown_page_says_what_to_do(client):
    response = client.get("/no-such-page")
    assert response.status_code == 404
    assert "Check the address" in response.get_data(as_text=True)


def test_api_paths_answer_json_even_when_nothing_matches(client):
    response = client.get("/api/v1/no-such-thing")
    assert response.status_code == 404 and response.get_json()["error"]["code"] == "not_found"
    response = client.delete("/api/v1/events")
    assert response.status_code == 405
    assert response.get_json()["error"]["code"] == "method_not_allowed"
