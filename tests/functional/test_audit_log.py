"""The audit log names actions in the reader's language and registrations by their reference."""

import pytest

from gsnp_events.extensions import db
from gsnp_events.models import AuditEntry, Role
from tests.factories import login, make_event, make_registration, make_staff

AUDIT = "/backoffice/events/baku/audit"


@pytest.fixture
def scene(client):
    event = make_event("baku")
    first, second = make_registration(event), make_registration(event)
    officer = make_staff(Role.EVENT_MANAGER, event)
    for registration, action in (
        (first, "registration.approved"),
        (second, "registration.info_requested"),
        (second, "registration.submitted"),  # as the demo writes the state it put one in
        (second, "visa_letter.issued"),
    ):
        db.session.add(AuditEntry.about(registration, action, actor=officer))
    db.session.commit()
    login(client, officer)
    return event, first, second


def _table(page: str) -> str:
    return page[page.index("<tbody>") : page.index("</tbody>")]


def test_actions_are_named_not_dotted_and_registrations_go_by_reference(client, scene):
    event, first, second = scene
    page = client.get(AUDIT).get_data(as_text=True)
    table = _table(page)
    for label in ("Approved", "Information requested", "Submitted", "Visa support letter issued"):
        assert f"<td>{label}</td>" in table
    assert "registration." not in table and "visa_letter" not in table
    assert f">{first.reference}</a>" in table and f">{second.reference}</a>" in table
    assert first.reference == f"{event.id:02d}-{first.id:06d}"
    assert ">Approved</option>" in page  # the action filter too


def test_actions_are_translated(client, scene):
    page = client.get(f"{AUDIT}?lang=fr").get_data(as_text=True)
    table = _table(page)
    assert "<td>Approuvée</td>" in table and "<td>Informations demandées</td>" in table


def test_filter_by_reference_with_or_without_the_event_part(client, scene):
    event, first, second = scene
    for typed in (second.reference, f" {second.id} ", f"{event.id}-{second.id}"):
        table = _table(client.get(AUDIT, query_string={"reference": typed}).get_data(as_text=True))
        assert second.reference in table and first.reference not in table, typed
    page = client.get(AUDIT, query_string={"reference": second.reference}).get_data(as_text=True)
    assert f'value="{second.reference}"' in page


def test_a_reference_that_cannot_be_one_of_this_event_is_explained_and_kept(client, scene):
    event, first, _second = scene
    for typed in (f"{event.id + 1:02d}-{first.id:06d}", "Fatima"):
        page = client.get(AUDIT, query_string={"reference": typed}).get_data(as_text=True)
        assert (
            f"Type a registration reference of this event, such as {event.id:02d}-000092." in page
        )
        assert f'value="{typed}"' in page and 'aria-invalid="true"' in page
        assert "No entry matches." in page
