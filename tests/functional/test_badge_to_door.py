"""From a printed badge to the door: the QR code read off the rendered PDF opens the door,
and stops opening it when the badge is replaced or revoked."""

import base64
import subprocess
import uuid

import zxingcpp
from PIL import Image

from gsnp_events.accreditation.workflow import Actor, perform
from gsnp_events.badges import services as badges
from gsnp_events.extensions import db
from gsnp_events.models import Checkpoint, Role
from tests.factories import (
    login,
    make_event,
    make_organisation,
    make_photo,
    make_registration,
    make_staff,
)


def qr_of_printed_badge(job, tmp_path) -> str:
    pdf = tmp_path / f"badge-{job.id}.pdf"
    pdf.write_bytes(badges.job_pdf(job))
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "300",
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            str(pdf),
            str(tmp_path / f"page-{job.id}"),
        ],
        check=True,
    )
    image = Image.open(next(tmp_path.glob(f"page-{job.id}*.png")))
    codes = zxingcpp.read_barcodes(image)
    assert len(codes) == 1 and codes[0].format == zxingcpp.BarcodeFormat.QRCode
    return codes[0].text


def scan(client, token: str) -> str:
    return client.post(
        "/onsite/events/baku/checkpoints/entrance",
        data={"token": token, "client_uuid": str(uuid.uuid4())},
    ).get_data(as_text=True)


def test_badge_to_door(client, tmp_path):
    event = make_event("baku")
    db.session.add(
        Checkpoint(event_id=event.id, code="entrance", name="Main entrance", counts_presence=True)
    )
    db.session.commit()
    person = make_registration(
        event,
        status="approved",
        given_name="Chanthy",
        family_name="Sok",
        name_local="សុខ ចន្ធី",
        nationality_code="KH",
        organisation=make_organisation(country_code="KH"),
    )
    make_photo(person)
    desk = make_staff(Role.BADGE_DESK, event)
    officer = make_staff(Role.ACCREDITATION_OFFICER, event)
    login(client, desk)

    first = qr_of_printed_badge(badges.print_registration(person, desk), tmp_path)
    assert ">VALID<" in scan(client, first)
    assert "ALREADY INSIDE" in scan(client, first)

    second = qr_of_printed_badge(badges.print_registration(person, desk, reason="Lost"), tmp_path)
    assert first != second
    assert "REPLACED BY A NEWER BADGE" in scan(client, first)

    raw = bytearray(base64.b32decode(second))
    raw[-1] ^= 0x01  # one changed byte of the signature
    assert "FORGED" in scan(client, base64.b32encode(bytes(raw)).decode())

    other = make_event("other")
    stranger = make_registration(
        other, status="approved", organisation=make_organisation(country_code="KH")
    )
    foreign = qr_of_printed_badge(badges.print_registration(stranger, desk), tmp_path)
    assert "WRONG EVENT" in scan(client, foreign)

    perform(person, "revoke", Actor.staff_user(officer), reason="Badge passed to someone else")
    page = scan(client, second)
    assert "REVOKED" in page and "Badge passed to someone else" in page
