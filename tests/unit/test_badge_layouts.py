"""Badge geometry: fields inside their badge and apart, QR codes large enough with their quiet
zone, sheets that fit A4 with crop marks outside the badges, backs that line up."""

import itertools

import pytest

from gsnp_events.badges.layouts import FORMATS, LAYOUTS, Box
from gsnp_events.badges.render import chunk_sizes

QR_MODULES = 45  # version 7, what a 120-character token needs at error correction Q
QUIET_MODULES = 4


def inside(box: Box, width: float, height: float) -> bool:
    return box.x >= 0 and box.y >= 0 and box.x + box.w <= width and box.y + box.h <= height


def gap(a: Box, b: Box) -> float:
    """Distance between two boxes (negative when they overlap)."""
    dx = max(b.x - (a.x + a.w), a.x - (b.x + b.w))
    dy = max(b.y - (a.y + a.h), a.y - (b.y + b.h))
    return max(dx, dy)


@pytest.mark.parametrize("code", list(FORMATS))
def test_fields_stay_on_the_badge_and_do_not_overlap(code):
    fmt = FORMATS[code]
    for side in (fmt.front, fmt.back):
        boxes = {**side.boxes, "band": side.band}
        for name, box in boxes.items():
            assert inside(box, fmt.width, fmt.height), (code, name)
        for (a, box_a), (b, box_b) in itertools.combinations(boxes.items(), 2):
            assert gap(box_a, box_b) >= 0, (code, a, b)


@pytest.mark.parametrize("code", list(FORMATS))
def test_qr_codes_are_at_least_20_mm_with_a_quiet_zone(code):
    fmt = FORMATS[code]
    for side in (fmt.front, fmt.back):
        qr = side.boxes["qr"]
        assert qr.w == qr.h >= 20
        quiet = QUIET_MODULES * qr.w / QR_MODULES
        assert min(qr.x, qr.y, fmt.width - qr.x - qr.w, fmt.height - qr.y - qr.h) >= quiet
        for name, box in {**side.boxes, "band": side.band}.items():
            if name != "qr":
                assert gap(qr, box) >= quiet, (code, name)


def test_the_text_boxes_fit_their_boxes():
    for fmt in FORMATS.values():
        for side in (fmt.front, fmt.back):
            for name, fit in side.fits.items():
                assert (fit.width_mm, fit.height_mm) == (side.boxes[name].w, side.boxes[name].h)
                assert fit.min_pt < fit.max_pt


@pytest.mark.parametrize("code", list(LAYOUTS))
def test_badges_fit_the_page_and_backs_mirror_the_fronts(code):
    layout = LAYOUTS[code]
    w, h = layout.badge.width, layout.badge.height
    cells = [Box(x, y, w, h) for x, y in layout.cells]
    backs = [Box(x, y, w, h) for x, y in layout.back_cells()]
    for box in cells + backs:
        assert inside(box, layout.page_width, layout.page_height + 1e-9)
    for a, b in itertools.combinations(cells, 2):
        assert gap(a, b) >= 0
    for front, back in zip(cells, backs, strict=True):
        # Flipped on the long edge, the back's left edge is where the front's right edge was.
        assert back.y == front.y
        assert back.x == pytest.approx(layout.page_width - front.x - w)


def test_sheet_layouts_hold_8_cards_or_4_a6_on_a4():
    assert (LAYOUTS["a4-cr80x8"].per_page, LAYOUTS["a4-a6x4"].per_page) == (8, 4)
    for code in ("a4-cr80x8", "a4-a6x4"):
        assert (LAYOUTS[code].page_width, LAYOUTS[code].page_height) == (210, 297)


@pytest.mark.parametrize("code", ["a4-cr80x8", "a4-a6x4"])
def test_crop_marks_sit_on_cut_lines_away_from_the_paper_edge(code):
    layout = LAYOUTS[code]
    w, h = layout.badge.width, layout.badge.height
    xs = {x for x, _ in layout.cells} | {x + w for x, _ in layout.cells}
    ys = {y for _, y in layout.cells} | {y + h for _, y in layout.cells}
    lines = layout.crop_lines()
    assert lines
    for line in lines:
        assert min(line.x1, line.y1) >= 5 - 1e-9
        assert line.x2 <= layout.page_width - 5 + 1e-9
        assert line.y2 <= layout.page_height - 5 + 1e-9
        if line.x1 == line.x2:
            assert line.x1 in xs
        else:
            assert line.y1 in ys
    if code == "a4-cr80x8":
        # Outside every card: a mark never prints on a badge.
        cards = [Box(x, y, w, h) for x, y in layout.cells]
        for line in lines:
            mark = Box(line.x1, line.y1, line.x2 - line.x1, line.y2 - line.y1)
            assert all(gap(mark, card) >= 1 for card in cards)
        assert len(lines) == 2 * 4 + 2 * 8  # 4 vertical and 8 horizontal cut lines


def test_chunks_are_whole_pages_bounded_and_shared_between_processes():
    assert chunk_sizes(0, 1, 2, 200) == []
    assert chunk_sizes(2000, 1, 2, 200) == [200] * 10
    assert chunk_sizes(100, 1, 2, 200) == [50, 50]
    assert chunk_sizes(101, 1, 1, 200) == [101]
    assert chunk_sizes(30, 8, 2, 200) == [16, 14]
    assert sum(chunk_sizes(2001, 8, 2, 200)) == 2001
    assert all(size % 8 == 0 for size in chunk_sizes(2001, 8, 2, 200)[:-1])
    # 13 chunks of 160 would leave one process alone with the last: 14 even ones instead.
    assert chunk_sizes(2000, 1, 2, 160) == [143] * 12 + [142] * 2
    assert chunk_sizes(7, 1, 2, 200) == [4, 3]
    assert chunk_sizes(1, 1, 4, 200) == [1]
