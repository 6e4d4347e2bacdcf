"""The badge's QR code: segno's symbol as a 1-bit image, one sample a module.

layers.compose draws it in the PDF as an inline image without interpolation, so every
module prints as a sharp square at any printer resolution, in about 300 bytes. It is not laid
out by WeasyPrint: an image there cost as much as a line of text (reading it with Pillow,
encoding it again), for a square whose place the layout already fixes.
"""

from dataclasses import dataclass

import segno

QR_MASK = 3  # a fixed QR mask: choosing the best of eight costs 6 ms a badge, scanners read any


@dataclass(frozen=True)
class QrImage:
    size: int  # modules across (and down)
    bits: bytes  # rows of samples, most significant bit first, each row padded to a byte

    # In the PDF (DeviceGray, 1 bit) and for Pillow (mode "1"): 0 is black, 1 is white.


def qr_image(token: str) -> QrImage:
    """The QR code of ``token``: error correction Q, no quiet zone (the badge leaves white
    space around it)."""
    code = segno.make(token, error="q", boost_error=False, micro=False, mask=QR_MASK)
    matrix = code.matrix
    size = len(matrix)
    width = -(-size // 8) * 8
    rows = bytearray()
    for row in matrix:
        bits = "".join("0" if module else "1" for module in row).ljust(width, "1")
        rows += int(bits, 2).to_bytes(width // 8, "big")
    return QrImage(size, bytes(rows))
