"""Every form that changes something refuses a request without a CSRF token.

The routes come from the app's URL map, so a new form is covered the day it is added."""

import pytest

from config import TestingConfig
from gsnp_events import create_app
from gsnp_events.models import Category, Role
from tests.conftest import IsolatedClient
from tests.factories import PASSWORD, make_event, make_organisation, make_registration, make_staff

# JSON endpoints authenticate with tokens, not cookies, and are exempt from CSRF.
EXEMPT_PREFIXES = ("/api/",)


@pytest.fixture
def csrf_app(database_url):
    class Config(TestingConfig):
        SQLALCHEMY_DATABASE_URI = database_url
        WTF_CSRF_ENABLED = True

    app = create_app(Config)
    app.test_client_class = IsolatedClient
    return app


def _sample_values() -> dict[str, object]:
    event = make_event("baku")
    organisation = make_organisation()
    registration = make_registration(event, organisation=organisation)
    category: Category = event.categories[0]
    admin = make_staff(Role.ADMINISTRATOR, email="admin@example.org")
    return {
        "slug": event.slug,
        "registration_id": registration.id,
        "organisation_id": organisation.id,
        "category_id": category.id,
        "user_id": admin.id,
        "action": "cancel",
        "code": "entrance",
        "letter_id": 1,
        "job_id": 1,
        "badge_id": 1,
    }


def test_every_post_route_needs_a_csrf_token(csrf_app):
    with csrf_app.app_context():
        values = _sample_values()
        client = csrf_app.test_client()
        # Signed in, so that a refusal is about the token and not about the login.
        csrf_app.config["WTF_CSRF_ENABLED"] = False
        client.post("/staff/login", data={"email": "admin@example.org", "password": PASSWORD})
        csrf_app.config["WTF_CSRF_ENABLED"] = True
        checked = []
        for rule in csrf_app.url_map.iter_rules():
            if "POST" not in rule.methods or rule.rule.startswith(EXEMPT_PREFIXES):
                continue
            missing = set(rule.arguments) - set(values) - set(rule.defaults or {})
            assert not missing, f"add sample values for {missing} ({rule.rule})"
            path = rule.build({k: v for k, v in values.items() if k in rule.arguments})[1]
            response = client.post(path, data={"action": "verify"})
            assert response.status_code == 400, (path, response.status_code)
            checked.append(path)
        assert "/staff/login" in checked and len(checked) >= 6
