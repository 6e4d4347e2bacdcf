"""Shrink text to fit its box, measured with the same Pango and fonts that WeasyPrint uses.

WeasyPrint has no "fit text" property, so the font size of every name is computed before the
page is laid out: a single line as large as the box allows; when that would be too small, the
largest size at which the wrapped text fits the box's height. Measuring one name takes about
0.05 ms, so the whole search costs far less than laying out the badge.
"""

import math
import threading
from dataclasses import dataclass
from functools import lru_cache

PT_PER_MM = 72 / 25.4
LINE_HEIGHT = 1.2  # the CSS line-height of fitted boxes (see badge.css), but for tall fonts
# Room left for rounding and for a fallback font whose ascent is taller than the first one's.
WIDTH_SAFETY = 0.96
HEIGHT_SAFETY = 0.94
PANGO_WRAP_WORD_CHAR = 2
FLOOR_PT = 2.0  # the smallest size text is ever set in, for absurdly long input

_local = threading.local()


@dataclass(frozen=True)
class FitBox:
    """A box on the badge that text must stay inside."""

    width_mm: float
    height_mm: float
    max_pt: float
    min_pt: float  # the smallest size the layout expects; only extreme lengths go below
    bold: bool = True
    # Below this share of max_pt, wrapping onto more lines is tried instead of one small line.
    single_line_floor: float = 0.6


@dataclass(frozen=True)
class Fit:
    size_pt: float
    lines: int

    @property
    def wraps(self) -> bool:
        return self.lines > 1


def _pango():
    """WeasyPrint's own Pango bindings, loaded on first use (not when the app starts)."""
    from weasyprint.text import ffi

    return ffi


def _context():
    context = getattr(_local, "context", None)
    if context is None:
        f = _pango()
        ffi, gobject, pango, pangoft2 = f.ffi, f.gobject, f.pango, f.pangoft2
        font_map = ffi.gc(pangoft2.pango_ft2_font_map_new(), gobject.g_object_unref)
        context = ffi.gc(pango.pango_font_map_create_context(font_map), gobject.g_object_unref)
        pango.pango_context_set_round_glyph_positions(context, False)
        _local.font_map, _local.context = font_map, context
    return context


@lru_cache(maxsize=64)
def _language(lang: str):
    return _pango().pango.pango_language_from_string(lang.encode())


def measure(
    text: str, family: str, size_pt: float, bold: bool, lang: str, width_pt: float | None = None
) -> tuple[float, int]:
    """Width of the widest line and number of lines of ``text`` (wrapped at ``width_pt``)."""
    f = _pango()
    ffi, gobject, pango = f.ffi, f.gobject, f.pango
    FROM_UNITS, TO_UNITS = f.FROM_UNITS, f.TO_UNITS  # noqa: N806
    context = _context()
    pango.pango_context_set_language(context, _language(lang or "und"))
    layout = ffi.gc(pango.pango_layout_new(context), gobject.g_object_unref)
    description = ffi.gc(pango.pango_font_description_new(), pango.pango_font_description_free)
    pango.pango_font_description_set_family(description, family.encode())
    pango.pango_font_description_set_weight(description, 700 if bold else 400)
    pango.pango_font_description_set_absolute_size(description, size_pt * TO_UNITS)
    pango.pango_layout_set_font_description(layout, description)
    if width_pt is not None:
        pango.pango_layout_set_width(layout, int(width_pt * TO_UNITS))
        pango.pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
    data = text.encode()
    pango.pango_layout_set_text(layout, data, len(data))
    rectangle = ffi.new("PangoRectangle *")
    widest, lines = 0.0, 0
    while (line := pango.pango_layout_get_line_readonly(layout, lines)) != ffi.NULL:
        pango.pango_layout_line_get_extents(line, ffi.NULL, rectangle)
        widest = max(widest, rectangle.width * FROM_UNITS)
        lines += 1
    return widest, max(lines, 1)


@lru_cache(maxsize=1024)
def ink_line_height(text: str, family: str, bold: bool, lang: str = "und") -> float:
    """The CSS line height (a multiple of the font size, rounded up to a tenth) whose line box
    holds every glyph of ``text``, for fonts whose letters reach beyond their own ascent and
    descent (Nastaliq's stacked letters do).

    CSS centres the font's ascent plus descent in the line box, so the baseline sits at half
    the line height plus half of (ascent - descent) below the line's top: the ink's top and
    bottom, measured from the baseline, give the height. The ink of one line bounds that of
    each line the text wraps into, so wrapped lines do not overlap either."""
    f = _pango()
    ffi, gobject, pango = f.ffi, f.gobject, f.pango
    context = _context()
    pango.pango_context_set_language(context, _language(lang or "und"))
    layout = ffi.gc(pango.pango_layout_new(context), gobject.g_object_unref)
    description = ffi.gc(pango.pango_font_description_new(), pango.pango_font_description_free)
    pango.pango_font_description_set_family(description, family.encode())
    pango.pango_font_description_set_weight(description, 700 if bold else 400)
    pango.pango_font_description_set_absolute_size(description, 100 * f.TO_UNITS)
    pango.pango_layout_set_font_description(layout, description)
    data = text.encode()
    pango.pango_layout_set_text(layout, data, len(data))
    ink, logical = ffi.new("PangoRectangle *"), ffi.new("PangoRectangle *")
    pango.pango_layout_line_get_extents(
        pango.pango_layout_get_line_readonly(layout, 0), ink, logical
    )
    em = 100 * f.TO_UNITS
    ascent, descent = -logical.y / em, (logical.y + logical.height) / em
    above, below = -ink.y / em, (ink.y + ink.height) / em
    middle = (ascent - descent) / 2
    needed = max(LINE_HEIGHT, 2 * (above - middle), 2 * (below + middle))
    return math.ceil(needed * 10 - 1e-6) / 10


@lru_cache(maxsize=4096)  # organisations, countries and labels repeat across a batch
def fit_text(
    text: str, family: str, box: FitBox, lang: str = "und", line_height: float = LINE_HEIGHT
) -> Fit:
    """The largest font size (in steps of 0.25 pt) at which ``text`` stays inside ``box``.

    Text goes below the box's ``min_pt`` only when it cannot fit otherwise (a name of a
    hundred characters): smaller print is better than a clipped name or one that runs over
    the photo. Nothing that WeasyPrint can lay out overflows, down to FLOOR_PT.
    """
    width = box.width_mm * PT_PER_MM * WIDTH_SAFETY
    height = box.height_mm * PT_PER_MM * HEIGHT_SAFETY
    tallest = min(box.max_pt, height / line_height)
    if not text:
        return Fit(_round(tallest), 1)
    natural, _ = measure(text, family, 10.0, box.bold, lang)
    # One line: as large as the box's width allows (this always fits).
    single = tallest if natural <= 0 else min(tallest, 10.0 * width / natural)
    if single >= tallest or single >= box.max_pt * box.single_line_floor:
        return Fit(_round(single), 1)

    def lines_at(size: float) -> int | None:
        _, lines = measure(text, family, size, box.bold, lang, width)
        return lines if lines * size * line_height <= height else None

    # Several lines: the largest size at which the wrapped text fits the box's height.
    low, high = FLOOR_PT, tallest
    if lines_at(high) is not None:
        low = high
    elif lines_at(low) is None:
        return Fit(_round(single), 1)
    while high - low > 0.25:
        middle = (low + high) / 2
        if lines_at(middle) is not None:
            low = middle
        else:
            high = middle
    size = _round(low)
    wrapped = Fit(size, lines_at(size) or 1)
    # One line reads better than two: wrap only when that gives clearly larger text.
    if wrapped.size_pt <= single * 1.2:
        return Fit(_round(single), 1)
    return wrapped


def _round(size: float) -> float:
    return max(0.25, int(size * 4) / 4)
