from tests.factories import make_event
from gsnp_events.extensions import db
from gsnp_events.models import Organisation, OutboxMessage, Registration
from gsnp_events.mail import send_pending, MemorySender
import re

def test_smoke(client, app):
    event = make_event("baku", languages=["en", "fr", "ar"], data_protection_notice="We keep your data.")
    org = Organisation(name="Green Earth", country_code="TN", vetting_status="verified")
    db.session.add(org); db.session.commit()
    r = client.get("/events/baku/register")
    assert r.status_code == 200, r.data
    page = r.get_data(as_text=True)
    print(len(page))
    data = {
        "given_name": "Fatima", "family_name": "Al-Hassan", "name_local": "فاطمة الحسن",
        "nationality": "TN", "passport_number": "p1234567", "passport_expiry": "2035-01-01",
        "email": "Fatima@Example.org", "phone": "+216 71 123 456", "preferred_language": "en",
        "category": "delegate", "organisation_choice": "existing", "organisation_id": str(org.id),
        "languages": ["en", "ar"], "consent": "y",
    }
    r = client.post("/events/baku/register", data=data)
    assert r.status_code == 302, r.get_data(as_text=True)[-3000:]
    reg = db.session.scalar(db.select(Registration))
    assert reg.status == "unconfirmed"
    assert reg.phone == "+21671123456"
    send_pending()
    msgs = MemorySender.messages_of(app)
    assert msgs
    body = msgs[-1].get_body(("plain",)).get_content()
    print(body)
    link = re.search(r"http://\S+/confirm/\S+", body).group(0)
    r = client.get(link.replace("http://localhost", ""))
    assert r.status_code == 302
    r = client.get("/portal/")
    print(r.get_data(as_text=True)[:200])
    db.session.expire_all()
    assert db.session.get(Registration, reg.id).status == "submitted"
