"""A badge in three layers: the design that every badge of a category shares, laid out once;
the delegate's own content over it; the QR code on top.

WeasyPrint's cost grows with the boxes and the text it lays out and draws, page after page.
The event line with its logo, the category band and the back's event information are the same
on hundreds of badges: about a quarter of a card's layout. So a batch renders them once per
category (``layer="design"``, one card-sized page each), renders the badges without them
(``layer="content"``, transparent), and places the design under each badge as a PDF form
XObject, stored once per chunk and drawn by reference, which also keeps the file small. The QR
code, a square whose place the layout fixes, is drawn as a 1-bit inline image (see qr.py). A preview
mark and everything a delegate typed stay in the content layer.
"""

import io
from collections.abc import Sequence
from dataclasses import dataclass

from .fit import PT_PER_MM
from .layouts import Box, Layout
from .qr import QrImage

Rect = tuple[float, float, float, float]  # a PDF rectangle in points: left, bottom, right, top


@dataclass(frozen=True)
class Design:
    """What a badge's design depends on besides the event: its category band."""

    band: object  # render.Text of the front's band
    back_band: object | None  # render.Text of the back's band, when printed
    band_classes: str
    band_colour: str

    @classmethod
    def of(cls, item: dict) -> "Design":
        return cls(item["band"], item.get("back_band"), item["band_classes"], item["band_colour"])

    def as_item(self) -> dict:
        """What the badge template reads in the design layer: the same keys as a badge's."""
        return dict(vars(self))


@dataclass(frozen=True)
class Placement:
    """One badge side on a page of the content layer."""

    design: int  # page of the design document
    badge: int  # index of the badge in the chunk (its QR code)
    card: Rect
    qr: Rect


def placements(
    pages: Sequence[dict], layout: Layout, designs: list[Design], back: bool, direction: str
) -> list[list[Placement]]:
    """For each page of the content layer, which design page goes under which badge, and
    where its QR code goes. The design document has, for each design in order, its front page
    and, with ``back``, its back page."""
    fmt = layout.badge
    sides = 2 if back else 1
    index = {design: position for position, design in enumerate(designs)}
    cells = {"front": layout.cells, "back": layout.back_cells()}
    qr_boxes = {
        side: _physical(getattr(fmt, side).boxes["qr"], fmt.width, direction)
        for side in ("front", "back")
    }
    plan = []
    for page in pages:
        side = page["side"]
        row = []
        for cell, item in page["cells"]:
            x, y = cells[side][cell]
            qr = qr_boxes[side]
            row.append(
                Placement(
                    design=index[Design.of(item)] * sides + (side == "back"),
                    badge=item["index"],
                    card=_rect(layout, x, y, fmt.width, fmt.height),
                    qr=_rect(layout, x + qr.x, y + qr.y, qr.w, qr.h),
                )
            )
        plan.append(row)
    return plan


def _physical(box: Box, width: float, direction: str) -> Box:
    """A field's box measured from the badge's left edge (layouts.py counts from its inline
    start, which is the right edge in a right-to-left badge)."""
    if direction == "rtl":
        return Box(width - box.x - box.w, box.y, box.w, box.h)
    return box


def _rect(layout: Layout, x: float, y: float, w: float, h: float) -> Rect:
    """A box in millimetres from the page's top-left corner, as a PDF rectangle."""
    bottom = (layout.page_height - y - h) * PT_PER_MM
    left = x * PT_PER_MM
    return (left, bottom, left + w * PT_PER_MM, bottom + h * PT_PER_MM)


def compose(
    content: bytes, design: bytes, plan: list[list[Placement]], codes: Sequence[QrImage]
) -> bytes:
    """The content PDF with the design pages under its badges and the QR codes over them
    (qpdf, through pikepdf)."""
    import pikepdf

    with pikepdf.open(io.BytesIO(content)) as pdf, pikepdf.open(io.BytesIO(design)) as shared:
        forms = [pdf.copy_foreign(page.as_form_xobject()) for page in shared.pages]
        for page, row in zip(pdf.pages, plan, strict=True):
            # WeasyPrint's drawing keeps its own coordinates: isolate it from what follows.
            page.contents_add(b"q\n", prepend=True)
            drawing = [b"Q\n"]
            for placement in row:
                page.add_underlay(forms[placement.design], pikepdf.Rectangle(*placement.card))
                drawing.append(_inline_image(codes[placement.badge], placement.qr))
            page.contents_add(pdf.make_stream(b"".join(drawing)))
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def _inline_image(code: QrImage, rect: Rect) -> bytes:
    """Drawing operators for the QR code as an inline image in ``rect``: a few hundred bytes
    that need no entry in the page's resources (which WeasyPrint shares between the pages of a
    document). Hex-encoded, so that no reader mistakes a byte of it for the end of the image."""
    left, bottom, right, top = rect
    return (
        f"q {right - left:.3f} 0 0 {top - bottom:.3f} {left:.3f} {bottom:.3f} cm\n"
        f"BI /W {code.size} /H {code.size} /CS /G /BPC 1 /I false /F /AHx ID\n"
        f"{code.bits.hex()}>\nEI Q\n"
    ).encode()
