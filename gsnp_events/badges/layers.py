"""A badge in two layers: the design that every badge of a category shares, laid out once,
under the delegate's own content.

WeasyPrint's cost grows with the boxes and the text it lays out and draws, page after page.
The event line with its logo, the category band and the back's event information are the same
on hundreds of badges: about a quarter of a card's layout. So a batch renders them once per
category (``layer="design"``, one card-sized page each), renders the badges without them
(``layer="content"``, transparent), and places the design under each badge as a PDF form
XObject. The form is stored once per chunk and drawn by reference, which also keeps the file
small. A preview mark and everything a delegate typed stay in the content layer, on top.
"""

import io
from collections.abc import Sequence
from dataclasses import dataclass

from .layouts import Layout

PT_PER_MM = 72 / 25.4


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
        """What the badge template reads in the design layer."""
        return {
            "band": self.band,
            "back_band": self.back_band,
            "band_classes": self.band_classes,
            "band_colour": self.band_colour,
        }


Placement = tuple[int, tuple[float, float, float, float]]  # design page, rectangle in pt


def placements(pages: Sequence[dict], layout: Layout, designs: list[Design], back: bool):
    """For each page of the content layer, which design page goes under which badge, and
    where (a PDF rectangle in points, from the page's bottom-left corner). The design
    document has, for each design in order, its front page and, with ``back``, its back."""
    fmt = layout.badge
    sides = 2 if back else 1
    index = {design: position for position, design in enumerate(designs)}
    cells = {"front": layout.cells, "back": layout.back_cells()}
    plan: list[list[Placement]] = []
    for page in pages:
        side = page["side"]
        row = []
        for cell, item in page["cells"]:
            x, y = cells[side][cell]
            left, bottom = x * PT_PER_MM, (layout.page_height - y - fmt.height) * PT_PER_MM
            rect = (left, bottom, left + fmt.width * PT_PER_MM, bottom + fmt.height * PT_PER_MM)
            row.append((index[Design.of(item)] * sides + (side == "back"), rect))
        plan.append(row)
    return plan


def underlay(content: bytes, design: bytes, plan: list[list[Placement]]) -> bytes:
    """The content PDF with the design pages placed under its badges (qpdf, through pikepdf)."""
    import pikepdf

    with pikepdf.open(io.BytesIO(content)) as pdf, pikepdf.open(io.BytesIO(design)) as shared:
        forms = [pdf.copy_foreign(page.as_form_xobject()) for page in shared.pages]
        for page, row in zip(pdf.pages, plan, strict=True):
            for position, rect in row:
                page.add_underlay(forms[position], pikepdf.Rectangle(*rect))
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()
