from sqlalchemy import select

from gsnp_events.extensions import db
from gsnp_events.models import StaffUser
from tests.factories import make_event


def test_create_user_with_a_role_for_an_event(app):
    make_event("founding-assembly")
    result = app.test_cli_runner().invoke(
        args=[
            "create-user",
            "Desk@Example.org",
            "--name",
            "Kwame Mensah",
            "--role",
            "badge_desk",
            "--event",
            "founding-assembly",
            "--password",
            "a long enough passphrase",
        ]
    )
    assert result.exit_code == 0, result.output
    assert "Created desk@example.org: badge_desk for founding-assembly." in result.output
    user = db.session.scalar(select(StaffUser).where(StaffUser.email == "desk@example.org"))
    assert user.check_password("a long enough passphrase")


def test_create_user_explains_bad_input(app):
    runner = app.test_cli_runner()
    result = runner.invoke(
        args=[
            "create-user",
            "a@example.org",
            "--name",
            "A",
            "--role",
            "viewer",
            "--event",
            "nowhere",
            "--password",
            "a long enough passphrase",
        ]
    )
    assert result.exit_code != 0 and "no event has the slug 'nowhere'" in result.output
    result = runner.invoke(
        args=[
            "create-user",
            "a@example.org",
            "--name",
            "A",
            "--role",
            "viewer",
            "--password",
            "a long enough passphrase",
        ]
    )
    assert "every other role needs an event" in result.output
    result = runner.invoke(
        args=[
            "create-user",
            "a@example.org",
            "--name",
            "A",
            "--role",
            "administrator",
            "--password",
            "short",
        ]
    )
    assert "at least 12 characters" in result.output
    assert db.session.scalar(select(StaffUser)) is None
