"""Signing out ends the session on the server: a copied cookie no longer opens the back office."""

from tests.factories import login, make_staff


def test_a_copied_session_cookie_stops_working_after_sign_out(app, client):
    user = make_staff()
    login(client, user)
    assert client.get("/backoffice/").status_code == 200
    stolen = client.get_cookie(app.config["SESSION_COOKIE_NAME"]).value

    assert client.post("/staff/logout").status_code == 302

    thief = app.test_client()
    thief.set_cookie(app.config["SESSION_COOKIE_NAME"], stolen)
    response = thief.get("/backoffice/")
    assert response.status_code == 302 and "/staff/login" in response.location
    login(client, user)  # signing in again opens a new session
    assert client.get("/backoffice/").status_code == 200
