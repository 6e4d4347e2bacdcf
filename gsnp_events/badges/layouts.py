"""Badge geometry, in millimetres: the badge formats, where each field sits on them, and how
badges are placed on a page (one per card, or several per A4 sheet with crop marks).

Field positions are logical: ``x`` counts from the inline start of the badge, so a badge in a
right-to-left language mirrors them (badge.css turns them into physical positions for both
directions, so that a field's own direction never moves it; layers.py does the same).
Paper geometry (cells on a sheet, crop marks) is physical, from the sheet's top-left corner.
"""

from dataclasses import dataclass, field

from flask_babel import lazy_gettext as _l

from .fit import FitBox


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def bottom(self) -> float:
        return self.y + self.h


@dataclass(frozen=True)
class Side:
    """The fields of one side of a badge. Text boxes carry how their text is fitted."""

    boxes: dict[str, Box]
    fits: dict[str, FitBox]
    band: Box  # the category band, full width
    band_fit: FitBox


@dataclass(frozen=True)
class BadgeFormat:
    code: str
    width: float
    height: float
    front: Side
    back: Side
    base_pt: float  # size of small print (event line, number, back-side text)


def _fit(box: Box, max_pt: float, min_pt: float, bold: bool = True, floor: float = 0.6) -> FitBox:
    return FitBox(box.w, box.h, max_pt, min_pt, bold, floor)


def _side(boxes: dict[str, Box], sizes: dict[str, tuple], band: Box, band_sizes: tuple) -> Side:
    fits = {name: _fit(boxes[name], *size) for name, size in sizes.items()}
    band_text = Box(band.x + 3, band.y, band.w - 6, band.h)
    return Side(boxes, fits, band, _fit(band_text, *band_sizes, floor=0.5))


# ID-1 / CR80 landscape: 85.6 x 54 mm. Photos are 3:4, like the ones delegates upload.
_L = {
    "logo": Box(3, 1.6, 5.6, 5.6),
    "event": Box(10.2, 1.4, 72.4, 6.2),
    "name": Box(3, 8, 79.6, 8.8),
    "latin": Box(3, 17, 79.6, 3.6),
    "photo": Box(3, 22.4, 15, 20),
    "organisation": Box(20.6, 22.4, 40, 8.4),
    "country": Box(20.6, 31.2, 40, 4.4),
    "number": Box(20.6, 37.6, 40, 4.4),
    "qr": Box(62.6, 22.4, 20, 20),
}
_L_BACK = {
    "name": Box(3, 2.6, 79.6, 9),
    "latin": Box(3, 11.8, 79.6, 3.6),
    "qr": Box(3, 18.6, 20, 20),
    "info": Box(25.6, 17.6, 57, 20.6),
    "number": Box(25.6, 38.6, 57, 4),
}
_L_BAND = Box(0, 44.4, 85.6, 9.6)
CR80_LANDSCAPE = BadgeFormat(
    "cr80-landscape",
    85.6,
    54,
    front=_side(
        _L,
        {
            "name": (17, 5),
            "latin": (8, 4.5, False),
            "organisation": (7.5, 4.5, False, 0.9),
            "country": (8, 5),
        },
        _L_BAND,
        (24, 7),
    ),
    back=_side(_L_BACK, {"name": (17, 5), "latin": (8, 4.5, False)}, _L_BAND, (24, 7)),
    base_pt=5.5,
)

# ID-1 / CR80 portrait: 54 x 85.6 mm.
_P = {
    "logo": Box(3, 2.4, 6.6, 6.6),
    "event": Box(11.2, 2, 39.8, 7.4),
    "photo": Box(3, 11.6, 21, 28),
    "qr": Box(31, 11.6, 20, 20),
    "number": Box(31, 33.6, 20, 4.2),
    "name": Box(3, 40.6, 48, 12.4),
    "latin": Box(3, 53.4, 48, 4),
    "organisation": Box(3, 57.8, 48, 7.2),
    "country": Box(3, 65.4, 48, 4.6),
}
_P_BACK = {
    "name": Box(3, 3, 48, 12),
    "latin": Box(3, 15.4, 48, 4),
    "qr": Box(3, 22, 20, 20),
    "info": Box(25.6, 21, 25.4, 43),
    "number": Box(25.6, 64.6, 25.4, 4.4),
}
CR80_PORTRAIT = BadgeFormat(
    "cr80-portrait",
    54,
    85.6,
    front=_side(
        _P,
        {
            "name": (16, 5),
            "latin": (8, 4.5, False),
            "organisation": (7, 4.5, False, 0.9),
            "country": (8, 5),
        },
        Box(0, 71, 54, 14.6),
        (22, 7),
    ),
    back=_side(_P_BACK, {"name": (16, 5), "latin": (8, 4.5, False)}, Box(0, 71, 54, 14.6), (22, 7)),
    base_pt=5.5,
)

# A6 portrait lanyard badge: 105 x 148 mm.
_A = {
    "logo": Box(7, 6, 16, 16),
    "event": Box(26, 6, 72, 16),
    "photo": Box(7, 27, 36, 48),
    "qr": Box(66, 27, 32, 32),
    "number": Box(66, 62, 32, 6),
    "name": Box(7, 76, 91, 22),
    "latin": Box(7, 98.6, 91, 7),
    "organisation": Box(7, 106.4, 91, 10),
    "country": Box(7, 117, 91, 7),
}
_A_BACK = {
    "name": Box(7, 7, 91, 22),
    "latin": Box(7, 29.6, 91, 7),
    "qr": Box(7, 42, 32, 32),
    "info": Box(45, 41, 53, 72),
    "number": Box(45, 114, 53, 7),
}
A6_PORTRAIT = BadgeFormat(
    "a6-portrait",
    105,
    148,
    front=_side(
        _A,
        {
            "name": (34, 8),
            "latin": (14, 6, False),
            "organisation": (11, 6, False, 0.9),
            "country": (12, 7),
        },
        Box(0, 127, 105, 21),
        (44, 12),
    ),
    back=_side(_A_BACK, {"name": (34, 8), "latin": (14, 6, False)}, Box(0, 127, 105, 21), (44, 12)),
    base_pt=9,
)

FORMATS = {f.code: f for f in (CR80_LANDSCAPE, CR80_PORTRAIT, A6_PORTRAIT)}


@dataclass(frozen=True)
class Line:
    """A crop mark: a short line from (x1, y1) to (x2, y2), in mm on the sheet."""

    x1: float
    y1: float
    x2: float
    y2: float


@dataclass(frozen=True)
class Layout:
    code: str
    label: object  # a lazy translatable string
    badge: BadgeFormat
    page_width: float
    page_height: float
    columns: int = 1
    rows: int = 1
    gap: float = 0.0  # between badges on a sheet
    crop_marks: bool = False
    ruler: bool = False  # a 50 mm bar to check that the printer did not scale the page
    cells: list[tuple[float, float]] = field(init=False)

    def __post_init__(self) -> None:
        width = self.columns * self.badge.width + (self.columns - 1) * self.gap
        height = self.rows * self.badge.height + (self.rows - 1) * self.gap
        left = (self.page_width - width) / 2
        top = (self.page_height - height) / 2
        cells = [
            (
                round(left + c * (self.badge.width + self.gap), 3),
                round(top + r * (self.badge.height + self.gap), 3),
            )
            for r in range(self.rows)
            for c in range(self.columns)
        ]
        object.__setattr__(self, "cells", cells)

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def is_sheet(self) -> bool:
        return self.per_page > 1

    def back_cells(self) -> list[tuple[float, float]]:
        """Where the back of each front cell goes on the back page: mirrored left to right,
        for duplex printing that flips on the long edge, so that front and back line up."""
        return [(round(self.page_width - x - self.badge.width, 3), y) for x, y in self.cells]

    def crop_lines(self) -> list[Line]:
        """Marks outside the badges on every cut line, kept 5 mm from the paper's edge (office
        printers do not print closer)."""
        if not self.crop_marks:
            return []
        xs = sorted({x for x, _ in self.cells} | {x + self.badge.width for x, _ in self.cells})
        ys = sorted({y for _, y in self.cells} | {y + self.badge.height for _, y in self.cells})
        first_x, last_x, first_y, last_y = xs[0], xs[-1], ys[0], ys[-1]
        lines = []
        # A badge edge that is the paper's edge needs no cut.
        xs = [x for x in xs if 1 < x < self.page_width - 1]
        ys = [y for y in ys if 1 < y < self.page_height - 1]
        for x in xs:
            lines += _outside(first_y, 0, -1, vertical=True, at=x)
            lines += _outside(last_y, self.page_height, 1, vertical=True, at=x)
        for y in ys:
            lines += _outside(first_x, 0, -1, vertical=False, at=y)
            lines += _outside(last_x, self.page_width, 1, vertical=False, at=y)
        return lines


def _outside(edge: float, paper: float, direction: int, *, vertical: bool, at: float) -> list[Line]:
    """A mark between the badges' ``edge`` and the ``paper`` edge (``direction`` -1 towards
    the top or left edge, 1 towards the bottom or right one), 2 mm from the badges."""
    start = edge + direction * 2
    end = edge + direction * 8
    limit = paper - direction * 5  # the printer's unprintable margin
    end = min(end, limit) if direction > 0 else max(end, limit)
    if (end - start) * direction < 1:
        # No room outside the badges (4 x A6 fills the sheet): mark the cut line at the edge;
        # it sits on the line, so cutting removes it.
        start, end = paper - direction * 5, paper - direction * 10
    a, b = sorted((start, end))
    return [Line(at, a, at, b)] if vertical else [Line(a, at, b, at)]


A4_WIDTH, A4_HEIGHT = 210.0, 297.0

LAYOUTS = {
    layout.code: layout
    for layout in (
        Layout(
            "cr80-landscape",
            _l("Card printer: ID-1 card (85.6 × 54 mm), landscape"),
            CR80_LANDSCAPE,
            85.6,
            54,
        ),
        Layout(
            "cr80-portrait",
            _l("Card printer: ID-1 card (54 × 85.6 mm), portrait"),
            CR80_PORTRAIT,
            54,
            85.6,
        ),
        Layout("a6-portrait", _l("A6 lanyard badge (105 × 148 mm)"), A6_PORTRAIT, 105, 148),
        Layout(
            "a4-cr80x8",
            _l("Office printer: A4 sheet of 8 cards, with crop marks"),
            CR80_LANDSCAPE,
            A4_WIDTH,
            A4_HEIGHT,
            columns=2,
            rows=4,
            gap=4,
            crop_marks=True,
            ruler=True,
        ),
        Layout(
            "a4-a6x4",
            _l("Office printer: A4 sheet of 4 A6 badges, with crop marks"),
            A6_PORTRAIT,
            A4_WIDTH,
            A4_HEIGHT,
            columns=2,
            rows=2,
            crop_marks=True,
        ),
    )
}
DEFAULT_LAYOUT = "cr80-landscape"
