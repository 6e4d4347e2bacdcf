"""A processed photo keeps the pixels only: no comment, EXIF (GPS), XMP or ICC profile."""

import io

from PIL import Image, ImageCms

from gsnp_events.registration import photos

XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF>secret-author</rdf:RDF></x:xmpmeta>'


def _photo_with_every_kind_of_metadata() -> bytes:
    exif = Image.Exif()
    exif[0x010E] = "secret description"  # ImageDescription
    exif[0x8825] = {1: "N", 2: (48.0, 51.0, 24.0), 3: "E", 4: (2.0, 21.0, 7.0)}  # GPS
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    Image.new("RGB", (900, 1200), (200, 120, 90)).save(
        out, "JPEG", comment=b"secret comment", exif=exif, xmp=XMP, icc_profile=icc
    )
    return out.getvalue()


def _markers(jpeg: bytes) -> list[int]:
    """The segment markers before the image data."""
    markers, position = [], 2
    while jpeg[position] == 0xFF and jpeg[position + 1] != 0xDA:
        markers.append(jpeg[position + 1])
        position += 2 + int.from_bytes(jpeg[position + 2 : position + 4], "big")
    return markers


def test_the_test_photo_carries_all_the_metadata():
    original = _photo_with_every_kind_of_metadata()
    info = Image.open(io.BytesIO(original)).info
    assert {"comment", "exif", "xmp", "icc_profile"} <= set(info)
    assert {0xFE, 0xE1, 0xE2} <= set(_markers(original))


def test_a_processed_photo_has_no_metadata_left():
    processed = photos.process_photo(_photo_with_every_kind_of_metadata()).content
    info = Image.open(io.BytesIO(processed)).info
    assert not {"comment", "exif", "xmp", "icc_profile"} & set(info)
    markers = _markers(processed)
    assert 0xFE not in markers  # COM
    assert not [m for m in markers if 0xE1 <= m <= 0xEF]  # APP1 (EXIF, XMP) to APP15, ICC in APP2
    for secret in (b"secret", b"Exif", b"xmpmeta", b"ICC_PROFILE"):
        assert secret not in processed
