"""Rendering badges: page sizes, every script with real glyphs, right-to-left order, names that
fit their box, a QR code that decodes and verifies, and nothing fetched that should not be.

The helpers at the top read PDFs (pypdf, fontTools, poppler) and are shared with the other
badge tests."""

import http.server
import io
import logging
import math
import re
import subprocess
import tempfile
import threading
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
import zxingcpp
from fontTools.pens.boundsPen import BoundsPen
from fontTools.ttLib import TTFont
from PIL import Image
from pypdf import PdfReader

from gsnp_events.badges import tokens
from gsnp_events.badges.layouts import FORMATS, LAYOUTS
from gsnp_events.badges.render import (
    BadgeData,
    EventText,
    make_fetcher,
    prepare_badge,
    render_badges,
    render_chunk,
)
from gsnp_events.badges.scripts import LANGUAGE_FONTS, SCRIPT_FONTS, samples, script_info
from gsnp_events.demo.people import NAMINGS

KEY = tokens.development_key("render-tests")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"  # for people to look at
MM = 72 / 25.4
EVENT = EventText(
    name="Global South NGO Platform — Founding Assembly",
    short_name="GSNP Founding Assembly",
    dates="12–14 January 2027",
    city="Baku",
    place="Baku Congress Center, Baku, Azerbaijan",
    emergency="+994 12 000 00 00",
    language="en",
    direction="ltr",
    labels={
        "number": "No.",
        "emergency": "Emergency:",
        "return_note": "If found, please return this badge to the badge desk.",
        "ruler": "Print at 100 % (actual size): this bar measures 50 mm.",
        "preview": "PREVIEW · NOT VALID",
    },
)
MEDIA = {"category_label": "Media", "category_colour": "#6a4c93"}


def badge(name: str, latin: str | None = None, nationality: str = "TN", **overrides):
    registration_id = overrides.pop("registration_id", 1)
    values = {
        "registration_id": registration_id,
        "number": f"01-{registration_id:06d}/1",
        "name": name,
        "latin_name": latin,
        "organisation": "Association for the Development of Civil Society",
        "country": "Tunisia",
        "nationality": nationality,
        "category_label": "Delegate",
        "category_colour": "#1f5fa8",
        "token": tokens.issue(KEY, 1, registration_id, 1),
        "photo": None,
    }
    values.update(overrides)
    return BadgeData(**values)


# Reading PDFs -----------------------------------------------------------------------------------


@dataclass
class Run:
    """One text-showing operation: its font, the glyph codes and what they mean."""

    font: str  # BaseFont without the subset tag, e.g. "Noto-Sans-Arabic-Bold"
    identity: bool  # /Identity-H: WeasyPrint switches encoding when it had missing glyphs
    codes: list[int]
    chars: list[str]  # what each glyph stands for (ToUnicode; "" for the rest of a cluster)
    inked: list[bool]  # whether each glyph draws something in the embedded font program

    @property
    def text(self) -> str:
        return "".join(self.chars)


def _to_unicode(font) -> dict[int, str]:
    data = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    mapping = {}
    for code, text in re.findall(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>", data):
        mapping[int(code, 16)] = bytes.fromhex(text).decode("utf-16-be", "replace")
    return mapping


def _font_program(font) -> TTFont:
    descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
    stream = descriptor.get("/FontFile2") or descriptor.get("/FontFile3")
    return TTFont(io.BytesIO(stream.get_object().get_data()))


def text_runs(pdf: bytes, page_index: int) -> list[Run]:
    reader = PdfReader(io.BytesIO(pdf))
    page = reader.pages[page_index]
    fonts = {name[1:]: ref.get_object() for name, ref in page["/Resources"]["/Font"].items()}
    cache: dict[str, tuple] = {}
    content = page.get_contents().get_data().decode("latin-1")
    runs, current = [], None
    for match in re.finditer(r"/(\S+) [\d.]+ Tf|\[([^\]]*)\] TJ|<([0-9a-fA-F]*)> Tj", content):
        if match.group(1):
            current = match.group(1)
            continue
        hexes = re.findall(r"<([0-9a-fA-F]*)>", match.group(2) or f"<{match.group(3)}>")
        font = fonts[current]
        if current not in cache:
            program = _font_program(font)
            cache[current] = (_to_unicode(font), program, program.getGlyphSet())
        mapping, program, glyphs = cache[current]
        order = program.getGlyphOrder()
        codes = [int(h[i : i + 4], 16) for h in hexes for i in range(0, len(h), 4)]
        inked = []
        for code in codes:
            pen = BoundsPen(glyphs)
            if code < len(order):
                glyphs[order[code]].draw(pen)
            inked.append(pen.bounds is not None)
        runs.append(
            Run(
                font=str(font["/BaseFont"]).split("+", 1)[-1],
                identity=font["/Encoding"] == "/Identity-H",
                codes=codes,
                chars=[mapping.get(code, "") for code in codes],
                inked=inked,
            )
        )
    return runs


def page_sizes_mm(pdf: bytes) -> list[tuple[float, float]]:
    reader = PdfReader(io.BytesIO(pdf))
    return [
        (round(float(p.mediabox.width) / MM, 3), round(float(p.mediabox.height) / MM, 3))
        for p in reader.pages
    ]


def pdftotext(pdf: bytes, page: int = 1, *options: str) -> str:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
        file.write(pdf)
        file.flush()
        command = ["pdftotext", *options, "-f", str(page), "-l", str(page), file.name, "-"]
        return subprocess.run(command, capture_output=True, check=True, text=True).stdout


def words_with_x(pdf: bytes, page: int = 1) -> list[tuple[str, float]]:
    html = pdftotext(pdf, page, "-bbox")
    return [
        (word, float(x))
        for x, word in re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', html)
    ]


def rasterise(pdf: bytes, page: int = 1, dpi: int = 300) -> Image.Image:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.pdf"
        source.write_bytes(pdf)
        target = Path(folder) / "page"
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png", "-singlefile"]
            + [str(source), str(target)],
            check=True,
        )
        return Image.open(f"{target}.png").copy()


def decode_qr_codes(pdf: bytes, page: int = 1) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(rasterise(pdf, page))]


def strip_bidi_marks(text: str) -> str:
    return re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)


# Page sizes -------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", list(LAYOUTS))
def test_each_layout_page_is_exactly_its_size_in_mm(code):
    layout = LAYOUTS[code]
    names = [(n, latin, nat) for _, n, latin, nat, _ in SCRIPTS]
    badges = [
        badge(*names[i % len(names)], registration_id=i, **(MEDIA if i % 3 == 0 else {}))
        for i in range(1, layout.per_page + 2)
    ]
    result = render_badges(badges, EVENT, code, back=True)
    sizes = page_sizes_mm(result.pdf)
    pages_per_side = -(-len(badges) // layout.per_page)
    assert len(sizes) == 2 * pages_per_side
    assert set(sizes) == {(layout.page_width, layout.page_height)}
    reader = PdfReader(io.BytesIO(result.pdf))
    # Office printers must not "fit to page": the PDF asks for no scaling.
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/PrintScaling"] == "/None"
    assert result.refused == []
    # The first front and back as pictures, for people to look at (test-artifacts/).
    ARTIFACTS.mkdir(exist_ok=True)
    for page, side in ((1, "front"), (2, "back")):
        image = rasterise(result.pdf, page, dpi=150)
        # pdftoppm makes a pixel of any part of one
        assert image.size == (
            math.ceil(layout.page_width / 25.4 * 150),
            math.ceil(layout.page_height / 25.4 * 150),
        )
        image.save(ARTIFACTS / f"badge-{code}-{side}.png")


# Every script -----------------------------------------------------------------------------------

# (case, name in own script, Latin form, nationality, the font that must carry it)
SCRIPTS = [
    ("arabic", "فاطمة الزهراء", "Fatima Al-Zahra", "EG", "Noto-Sans-Arabic-Bold"),
    ("persian", "محمدرضا حسینی", "Mohammadreza Hosseini", "IR", "Noto-Sans-Arabic-Bold"),
    ("urdu", "عائشہ صدیقی", "Ayesha Siddiqui", "PK", "Noto-Nastaliq-Urdu-Bold"),
    ("devanagari", "प्रियंका शर्मा", "Priyanka Sharma", "IN", "Noto-Sans-Devanagari-Bold"),
    ("bengali", "তাসলিমা আক্তার", "Taslima Akter", "BD", "Noto-Sans-Bengali-Bold"),
    ("tamil", "கார்த்திக் பாலசுப்பிரமணியன்", "Karthik Balasubramanian", "LK", "Noto-Sans-Tamil-Bold"),
    ("sinhala", "නිමල් පෙරේරා", "Nimal Perera", "LK", "Noto-Sans-Sinhala-Bold"),
    ("thai", "สมชาย ใจดี", "Somchai Jaidee", "TH", "Noto-Sans-Thai-Bold"),
    ("lao", "ສົມພອນ ພົມມະວົງ", "Somphone Phommavong", "LA", "Noto-Sans-Lao-Bold"),
    ("khmer", "សុខ ចាន់ធី", "Sok Chanthy", "KH", "Noto-Sans-Khmer-Bold"),
    ("myanmar", "ကျော်ကျော်ဝင်း", "Kyaw Kyaw Win", "MM", "Noto-Sans-Myanmar-Bold"),
    ("ethiopic", "ሄለን ተስፋዬ", "Helen Tesfaye", "ET", "Noto-Sans-Ethiopic-Bold"),
    ("cyrillic", "Болормаа Батбаяр", "Bolormaa Batbayar", "MN", "Noto-Sans-Bold"),
    ("chinese", "王秀英", "Wang Xiuying", "CN", "Noto-Sans-CJK-SC-Bold"),
    ("korean", "김순희", "Kim Sun-hui", "KP", "Noto-Sans-CJK-KR-Bold"),
    ("latin-vietnamese", "Nguyễn Thị Hương", None, "VN", "Noto-Sans-Bold"),
    ("latin-azerbaijani", "Gülnarə Əliyeva Şükürova", None, "AZ", "Noto-Sans-Bold"),
]
RTL = {"arabic", "persian", "urdu"}
# Scripts whose vowel signs are drawn before the consonant they follow: text extraction tools
# (poppler) split or reorder them, however right the badge looks; their glyphs are checked.
REORDERING = {"devanagari", "bengali", "sinhala", "myanmar"}
# Nastaliq draws some letters as an empty anchor glyph and strokes placed around it, often in
# runs of their own, and shares glyphs between letters, so the PDF's text layer (ToUnicode, by
# glyph) misreads some letters (ع as ص): its glyphs are checked as a whole, its ink on the
# page (test_an_urdu_name_prints_in_nastaliq_whole_inside_its_box).
NASTALIQ = {"urdu"}


@pytest.fixture(scope="module")
def scripts_pdf() -> bytes:
    badges = [
        badge(name, latin, nationality, registration_id=index + 1)
        for index, (_, name, latin, nationality, _) in enumerate(SCRIPTS)
    ]
    return render_badges(badges, EVENT, "cr80-landscape").pdf


def name_runs(runs: list[Run], name: str) -> list[Run]:
    letters = set(name) - {" "}
    return [r for r in runs if r.text.strip() and set(r.text) - {" "} <= letters]


@pytest.mark.parametrize(
    ("case", "name", "latin", "nationality", "font"), SCRIPTS, ids=[s[0] for s in SCRIPTS]
)
def test_every_script_prints_with_real_glyphs_of_a_covering_font(
    scripts_pdf, case, name, latin, nationality, font
):
    index = [s[0] for s in SCRIPTS].index(case)
    runs = name_runs(text_runs(scripts_pdf, index), name)
    assert runs, f"no text run carries the {case} name"
    assert {r.font for r in runs} == {font}
    for run in runs:
        assert run.identity, "WeasyPrint re-encoded the font: a glyph was missing"
        assert 0 not in run.codes, ".notdef (glyph 0) in the text"
        if case in NASTALIQ:
            continue
        for char, inked in zip(run.chars, run.inked, strict=True):
            assert inked or not char.strip(), f"the glyph for {char!r} draws nothing"
    if case in NASTALIQ:
        assert sum(inked for run in runs for inked in run.inked) >= len(name.split())
        return
    # Every letter of the name is in the PDF's text (ligatures may merge some).
    shown = "".join(r.text for r in runs)
    assert set(name.replace(" ", "")) <= set(shown) | {"\u200c", "\u200d"}
    if case not in REORDERING:
        assert name in strip_bidi_marks(pdftotext(scripts_pdf, index + 1))


def test_a_missing_glyph_would_be_caught(caplog):
    """The checks above can fail: a character no installed font has gives .notdef."""
    missing = "Amina \U000f0041"  # a private-use character: no font covers it
    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        pdf = render_chunk([badge(missing, "Amina")], EVENT, "cr80-landscape", False).pdf
    runs = [r for r in text_runs(pdf, 0) if "Amina" in r.text]
    assert any(not r.identity or 0 in r.codes for r in runs) or any(
        ".notdef" in message for message in caplog.messages
    )


@pytest.mark.parametrize("case", sorted(RTL - NASTALIQ))  # Nastaliq's text layer misreads
def test_right_to_left_names_read_right_to_left(scripts_pdf, case):
    index = [s[0] for s in SCRIPTS].index(case)
    name = SCRIPTS[index][1]
    first, last = name.split()[0], name.split()[-1]
    # poppler lists each word's glyphs in visual order: find the words by their letters.
    positions = {"".join(sorted(word)): x for word, x in words_with_x(scripts_pdf, index + 1)}
    # The first word as typed is the rightmost on the badge.
    assert positions["".join(sorted(first))] > positions["".join(sorted(last))]
    assert name in strip_bidi_marks(pdftotext(scripts_pdf, index + 1))
    assert script_info(name).direction == "rtl"


def test_left_to_right_names_read_left_to_right(scripts_pdf):
    positions = dict(words_with_x(scripts_pdf, len(SCRIPTS)))
    assert positions["Gülnarə"] < positions["Əliyeva"] < positions["Şükürova"]


def test_the_cjk_face_follows_the_language():
    assert script_info("王秀英", "CN").family == "Noto Sans CJK SC"
    assert script_info("王秀英", "TW").family == "Noto Sans CJK TC"
    assert script_info("김순희", "KP").family == "Noto Sans CJK KR"
    assert script_info("محمدرضا", "IR").lang == "fa"
    assert script_info("عائشہ", "PK").lang == "ur"


@pytest.mark.parametrize(
    ("name", "nationality", "lang", "family"),
    [
        ("عائشہ صدیقی", "PK", "ur", "Noto Nastaliq Urdu"),
        ("فرح خان", "IN", "ur", "Noto Nastaliq Urdu"),  # no Urdu-only letter: the nationality
        ("عائشہ صدیقی", "GB", "ur", "Noto Nastaliq Urdu"),  # heh goal, yeh: Urdu spelling
        ("نور محمد ٹوانہ", None, "ur", "Noto Nastaliq Urdu"),
        ("محمدرضا حسینی", "IR", "fa", "Noto Sans Arabic"),  # Persian stays in Naskh
        ("فاطمة الزهراء", "EG", "ar", "Noto Sans Arabic"),
        ("فاطمة الزهراء", "GB", "ar", "Noto Sans Arabic"),
        ("Ayesha Siddiqui", "PK", "en", "Noto Sans"),  # the Latin line is Latin
    ],
)
def test_urdu_is_told_from_persian_and_arabic(name, nationality, lang, family):
    info = script_info(name, nationality)
    assert (info.lang, info.family) == (lang, family)
    assert info.direction == ("ltr" if lang == "en" else "rtl")


def inked_rows(image: Image.Image, box, dpi: int = 300) -> list[int]:
    """The pixel rows inside ``box`` (mm on the page) that hold any dark pixel."""
    scale = dpi / 25.4
    left, top = math.ceil(box.x * scale), math.ceil(box.y * scale)
    right, bottom = int((box.x + box.w) * scale), int((box.y + box.h) * scale)
    grey = image.convert("L").crop((left, top, right, bottom))
    width, height = grey.size
    pixels = grey.load()
    return [y for y in range(height) if any(pixels[x, y] < 160 for x in range(width))]


URDU_NAMES = ["عائشہ صدیقی", "بیگم نصرت فتح علی خان", "سیّد ذوالفقار علی بخاری چودھری"]


@pytest.mark.parametrize("code", ["cr80-landscape", "cr80-portrait", "a6-portrait"])
def test_an_urdu_name_prints_in_nastaliq_whole_inside_its_box(code):
    fmt = FORMATS[code]
    box = fmt.front.boxes["name"]
    badges = [
        badge(name, "Ayesha Siddiqui", "PK", registration_id=i + 1)
        for i, name in enumerate(URDU_NAMES)
    ]
    pdf = render_chunk(badges, EVENT, code, False).pdf
    ARTIFACTS.mkdir(exist_ok=True)
    for page, name in enumerate(URDU_NAMES):
        runs = name_runs(text_runs(pdf, page), name)
        assert {r.font for r in runs} == {"Noto-Nastaliq-Urdu-Bold"}
        assert all(r.identity and 0 not in r.codes for r in runs)
        image = rasterise(pdf, page + 1)
        image.save(ARTIFACTS / f"badge-{code}-urdu-{page + 1}.png")
        rows = inked_rows(image, box)
        height = len(range(math.ceil(box.y * 300 / 25.4), int((box.y + box.h) * 300 / 25.4)))
        # Ink, and none on the box's first or last rows: a clipped glyph would end there.
        assert rows and rows[0] > 1 and rows[-1] < height - 2, (name, rows[:1], rows[-1:])
        prepared = prepare_badge(badges[page], fmt, False, 0)["name"]
        fit = fmt.front.fits["name"]
        assert prepared.line_height > 1.2  # Nastaliq's line is measured, not Latin's
        assert prepared.size >= fit.min_pt
        used = prepared.size * prepared.line_height / MM
        assert prepared.pad + used <= box.h + 0.05


def test_nastaliq_with_a_latin_line_height_would_be_clipped(monkeypatch):
    """The check above can fail: with the line height of Latin text, Nastaliq's letters run
    past the box, which cuts them at its edge."""
    from gsnp_events.badges import render

    monkeypatch.setattr(render, "ink_line_height", lambda *args: 1.2)
    box = FORMATS["cr80-landscape"].front.boxes["name"]
    pdf = render_chunk([badge(URDU_NAMES[0], None, "PK")], EVENT, "cr80-landscape", False).pdf
    rows = inked_rows(rasterise(pdf), box)
    height = len(range(math.ceil(box.y * 300 / 25.4), int((box.y + box.h) * 300 / 25.4)))
    assert rows[0] <= 1 or rows[-1] >= height - 2


# Names that fit their box -----------------------------------------------------------------------


def longest_demo_names(count: int = 3) -> list[str]:
    """The longest names the demo can produce: each naming's longest given and family name."""
    names = []
    for naming in NAMINGS.values():
        given = max(naming.given_female + naming.given_male, key=lambda n: len(n.local))
        family = max(naming.family + naming.family_female, key=lambda n: len(n.local))
        parts = (family, given) if naming.family_first else (given, family)
        names.append(" ".join(p.local for p in parts))
    return sorted(names, key=len, reverse=True)[:count]


LONG_120 = (
    "Maria Fernanda de los Ángeles Guadalupe Hernández Rodríguez y Pérez de la Fuente "
    "Castillo-Villanueva da Silva Santos Lim"
)


def boxes_with_class(box, cls: str):
    element = getattr(box, "element", None)
    if element is not None and cls in (element.get("class") or "").split() and box.element_tag:
        yield box
        return
    for child in getattr(box, "children", []):
        yield from boxes_with_class(child, cls)


def lines_in(box):
    if type(box).__name__ == "LineBox":
        yield box
        return
    for child in getattr(box, "children", []):
        yield from lines_in(child)


def text_extent(box):
    """The left, right and bottom of the text inside ``box`` (its line boxes' content)."""
    left, right, bottom = [], [], []
    for line in lines_in(box):
        for child in line.children:
            left.append(child.position_x)
            right.append(child.position_x + child.margin_width())
        bottom.append(line.position_y + line.height)
    return min(left), max(right), max(bottom)


def test_a_worker_opens_every_font_but_the_cjk_collections_when_it_starts():
    # render._warm_up renders these once per worker process (see scripts.samples).
    assert {script_info(text).family for text in samples()} == {
        *SCRIPT_FONTS.values(),
        *LANGUAGE_FONTS.values(),
    }


@pytest.mark.parametrize("code", list(FORMATS))
def test_long_names_stay_inside_their_box(code):
    import weasyprint

    from gsnp_events.badges.render import _event_context, _jinja, _pages, stylesheet

    assert len(LONG_120) == 120
    names = [*longest_demo_names(), LONG_120, "王" * 60, "A" * 120]
    layout = LAYOUTS[code]
    fmt = layout.badge
    items = [
        prepare_badge(badge(n, LONG_120, organisation="O" * 150 + " " + LONG_120), fmt, True, i)
        for i, n in enumerate(names)
    ]
    html = _jinja.get_template("badges/document.html").render(
        pages=_pages(items, layout, True), marks=[], layout=layout, event=_event_context(EVENT, fmt)
    )
    fetcher = make_fetcher({})
    document = weasyprint.HTML(string=html, url_fetcher=fetcher).render(
        stylesheets=[stylesheet(layout)]
    )
    assert len(document.pages) == 2 * len(names)
    for page in document.pages:
        for cls in ("name", "latin", "organisation", "band"):
            for box in boxes_with_class(page._page_box, cls):
                left, right, bottom = text_extent(box)
                top = box.border_box_y()
                assert box.border_box_x() - 0.01 <= left, (cls, code)
                assert right <= box.border_box_x() + box.border_width() + 0.01, (cls, code)
                assert bottom <= top + box.border_height() + 0.01, (cls, code)
                assert box.border_height() == pytest.approx(
                    {
                        "name": fmt.front.boxes["name"].h,
                        "latin": fmt.front.boxes["latin"].h,
                        "organisation": fmt.front.boxes["organisation"].h,
                        "band": fmt.front.band.h,
                    }[cls]
                    * 96
                    / 25.4,
                    abs=0.5,
                ) or cls in ("name", "latin")  # the back's name boxes differ in height


def test_long_names_shrink_and_short_ones_stay_large():
    fmt = FORMATS["cr80-landscape"]
    short = prepare_badge(badge("Ali Musa"), fmt, False, 0)
    long = prepare_badge(badge(LONG_120), fmt, False, 0)
    fit = fmt.front.fits["name"]
    assert short["name"].size == fit.max_pt and short["name"].nowrap
    assert fit.min_pt <= long["name"].size < fit.max_pt / 2
    assert not long["name"].nowrap


# The QR code ------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["cr80-landscape", "a4-cr80x8"])
def test_the_qr_code_decodes_from_the_printed_page_and_verifies(code):
    token = tokens.issue(KEY, 1, 4321, 2)
    pdf = render_badges([badge("Amina Diallo", token=token)], EVENT, code, back=True).pdf
    for page in (1, 2):  # front and back carry the same code
        assert decode_qr_codes(pdf, page) == [token]
    verification = tokens.verify(
        token, event_id=1, public_keys=[KEY.public_key()], current_versions={4321: 2}
    )
    assert verification.verdict == tokens.Verdict.CURRENT


# Injection --------------------------------------------------------------------------------------


class Listener:
    """A web server on a loopback port that records any request made to it."""

    def __init__(self):
        hits = self.hits = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                hits.append(self.path)
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def test_hostile_names_print_literally_and_fetch_nothing():
    with Listener() as listener:
        names = [
            "<img src=file:///etc/passwd>",
            f'<img src="{listener.url}/img"> <link rel=stylesheet href="{listener.url}/css">',
            f"url({listener.url}/x) url(http://127.0.0.1:9/x)",
            f"</style><style>@import '{listener.url}/import';</style>",
            f'<svg><image href="{listener.url}/svg"/></svg> <object data="{listener.url}/o">',
        ]
        badges = [
            badge(name, name, organisation=name, country=name, registration_id=i + 1)
            for i, name in enumerate(names)
        ]
        result = render_badges(badges, EVENT, "cr80-landscape", back=True)
    assert listener.hits == []
    assert result.refused == []
    assert all(url.startswith("badge:") for url in result.requested)
    text = PdfReader(io.BytesIO(result.pdf)).pages[0].extract_text()
    assert "<img src=file:///etc/passwd>" in text.replace("\n", "")
    third = " ".join(PdfReader(io.BytesIO(result.pdf)).pages[4].extract_text().split())
    assert "url(http://127.0.0.1:9/x)" in third


def test_bidi_overrides_do_not_reorder_a_name():
    # U+202E would show "Amina evilcaM" as "Amina Macliv e"; it is dropped.
    name = "Amina \u202eevil\u202c Ca\u2066M\u2069"
    pdf = render_chunk([badge(name, "Amina")], EVENT, "cr80-landscape", False).pdf
    words = [w for w, _ in words_with_x(pdf)]
    assert "evil" in words and "liv" not in " ".join(words)
    assert "\u202e" not in pdftotext(pdf)


def test_a_colour_that_is_not_hex_never_reaches_css():
    fmt = FORMATS["cr80-landscape"]
    prepared = prepare_badge(badge("Ali", category_colour="#000;}*{x:url(//evil)}"), fmt, False, 0)
    assert prepared["band_colour"] == "#37474f"
    dark = prepare_badge(badge("Ali", category_colour="#B8860B"), fmt, False, 0)
    assert (dark["band_colour"], dark["band_ink"]) == ("#b8860b", "#000000")


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "http://127.0.0.1:9/x",
        "https://example.org/logo.png",
        "badge:static/../../config.py",
        "badge:static/badge.css",
        "badge:photo/99",
        "ftp://127.0.0.1/x",
        "data:image/png;base64," + "A" * 5000,
        "data:text/html;base64,PGgxPmhpPC9oMT4=",
    ],
)
def test_the_fetcher_refuses_everything_but_its_own_resources(url):
    fetcher = make_fetcher({"badge:photo/1": (b"\xff\xd8", "image/jpeg")})
    with pytest.raises(ValueError):
        fetcher.fetch(url)
    assert fetcher.refused == [url]


def test_the_fetcher_serves_the_batch_photos_assets_and_small_images():
    fetcher = make_fetcher({"badge:photo/1": (b"\xff\xd8", "image/jpeg")})
    assert fetcher.fetch("badge:photo/1").read() == b"\xff\xd8"
    assert fetcher.fetch("badge:static/logo.png").read().startswith(b"\x89PNG")
    png = "data:image/png;base64,iVBORw0KGgo="
    assert fetcher.fetch(png).read().startswith(b"\x89PNG")
    assert fetcher.refused == []


# The design layer -------------------------------------------------------------------------------


def band_colour_at(image: Image.Image, x_mm: float, y_mm: float, dpi: int = 300) -> tuple:
    return image.convert("RGB").getpixel((round(x_mm / 25.4 * dpi), round(y_mm / 25.4 * dpi)))


def test_each_badge_prints_over_the_design_of_its_category():
    badges = [
        badge("Amina Diallo", registration_id=1),
        badge("Ali Musa", registration_id=2, **MEDIA),
        badge("Zara Khan", registration_id=3),
    ]
    pdf = render_badges(badges, EVENT, "cr80-landscape", back=True).pdf
    band = FORMATS["cr80-landscape"].front.band
    expected = [("DELEGATE", (0x1F, 0x5F, 0xA8)), ("MEDIA", (0x6A, 0x4C, 0x93))] * 2
    for index, (label, colour) in enumerate([expected[0], expected[1], expected[0]]):
        for side, page in (("front", 2 * index + 1), ("back", 2 * index + 2)):
            text = " ".join(pdftotext(pdf, page).split())
            assert label in text and badges[index].name in text, (side, page)
            assert (EVENT.short_name if side == "front" else EVENT.name) in text
            image = rasterise(pdf, page, dpi=100)
            assert band_colour_at(image, 2, band.y + 1, dpi=100) == colour, (side, page)
    # Each design is stored once and drawn by reference: 2 categories x 2 sides.
    reader = PdfReader(io.BytesIO(pdf))
    forms = set()
    for page in reader.pages:
        for ref in page["/Resources"]["/XObject"].values():
            if ref.get_object()["/Subtype"] == "/Form":
                forms.add(ref.idnum)
    assert len(forms) == 4


@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_a_sheet_places_each_badge_design_and_code_on_its_own_cell(direction):
    layout = LAYOUTS["a4-cr80x8"]
    event = replace(EVENT, language="ar" if direction == "rtl" else "en", direction=direction)
    badges = [
        badge(
            f"Delegate {i}",
            registration_id=i + 1,
            token=tokens.issue(KEY, 1, i + 1, 1),
            **(MEDIA if i % 3 == 1 else {}),
        )
        for i in range(8)
    ]
    pdf = render_badges(badges, event, "a4-cr80x8", back=True).pdf
    band = layout.badge.front.band
    for page, cells in ((1, layout.cells), (2, layout.back_cells())):
        image = rasterise(pdf, page, dpi=200)
        for i, (x, y) in enumerate(cells):
            colour = (0x6A, 0x4C, 0x93) if i % 3 == 1 else (0x1F, 0x5F, 0xA8)
            assert band_colour_at(image, x + 2, y + band.y + 1, dpi=200) == colour, (page, i)
        found = zxingcpp.read_barcodes(image)
        assert len(found) == 8
        for code in found:
            centre_x = (code.position.top_left.x + code.position.bottom_right.x) / 2 / 200 * 25.4
            centre_y = (code.position.top_left.y + code.position.bottom_right.y) / 2 / 200 * 25.4
            [cell] = [
                i
                for i, (x, y) in enumerate(cells)
                if x < centre_x < x + layout.badge.width and y < centre_y < y + layout.badge.height
            ]
            assert code.text == badges[cell].token, (page, cell)
        html = pdftotext(pdf, page, "-bbox")
        words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>(\d)</word>', html)
        assert sorted(word for _, _, word in words) == [str(i) for i in range(8)]
        for x, y, word in words:  # each name on its own cell, over its own design
            cell_x, cell_y = cells[int(word)]
            assert cell_x < float(x) / MM < cell_x + layout.badge.width, (page, word)
            assert cell_y < float(y) / MM < cell_y + layout.badge.height, (page, word)


@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_a_field_in_the_other_direction_stays_in_its_box(direction):
    # An Arabic organisation on an English badge, a Latin one on an Arabic badge: the field's
    # own direction must not move its box (CSS resolves inline-start by the element's dir).
    event = replace(EVENT, language="ar" if direction == "rtl" else "en", direction=direction)
    organisation = "Association Alpha" if direction == "rtl" else "جمعية التنمية"
    pdf = render_chunk(
        [badge("Amina Diallo", organisation=organisation)], event, "cr80-landscape", False
    ).pdf
    fmt = FORMATS["cr80-landscape"]
    box = fmt.front.boxes["organisation"]
    left = box.x if direction == "ltr" else fmt.width - box.x - box.w
    words = [
        x / MM
        for word, x in words_with_x(pdf)
        if word in organisation.split() or word in organisation[::-1].split()
    ]
    assert words and all(left - 0.2 <= x <= left + box.w for x in words)


MARGINS = """<style>@page { size: A6; @bottom-right { content: "Page " counter(page) } }
    @page :first { @top-center { content: "First page" } @bottom-right { content: none } }
    @page :left { margin-left: 25mm } @page :nth(4) { background: #fd0 }
    @page wide { size: A6 landscape; @top-left-corner { content: "corner" } }
    .wide { page: wide } .tag::before { content: attr(data-tag) ": " }
    .warm li { color: #c00 } .cool li { color: #00c } li::marker { font-size: 2em }</style>
    <p class="tag" data-tag="α">One</p><ul class="warm"><li>first</li><li>second</li></ul>
    <ul class="cool"><li>third</li></ul>
    <p class="tag" data-tag="β" style="break-before: page">Two</p><p class="wide">Three</p>
    <p class="tag" data-tag="γ" style="break-before: page">Four</p><p>Five</p>
    <p style="break-before: page">Six</p>"""


def test_the_weasyprint_shortcuts_change_no_pixel(monkeypatch):
    import weasyprint

    from gsnp_events.badges import speedups

    speedups.install()
    badges = [badge("حمزة الحسن", "Hamza Al-Hassan"), badge("Ali Musa", registration_id=2)]
    badges.append(badge("Ali Musa", registration_id=3))  # shares every style with the second

    def render_both():
        card = render_chunk(badges, EVENT, "cr80-landscape", True).pdf
        return card, weasyprint.HTML(string=MARGINS).write_pdf()

    shortcut = render_both()
    assert "First page" in pdftotext(shortcut[1], 1) and "Page 2" in pdftotext(shortcut[1], 2)
    assert "corner" in pdftotext(shortcut[1], 3) and "Page 3" in pdftotext(shortcut[1], 3)
    assert "β: Two" in pdftotext(shortcut[1], 2) and "γ: Four" in pdftotext(shortcut[1], 4)
    for owner, name, function in speedups.originals.values():
        monkeypatch.setattr(owner, name, function)
    original = render_both()
    for ours, theirs, pages in zip(shortcut, original, (6, 5), strict=True):
        assert len(PdfReader(io.BytesIO(ours)).pages) == pages
        for page in range(1, pages + 1):
            assert (
                rasterise(ours, page, dpi=100).tobytes()
                == rasterise(theirs, page, dpi=100).tobytes()
            )


def test_badges_share_their_styles(monkeypatch):
    # WeasyPrint computes a style for each element, page and pseudo-element that does not
    # share one; badges alike must not cost a style each (no lang on each badge, speedups.py).
    import weasyprint.css

    from gsnp_events.badges import render

    created = []
    original = weasyprint.css.ComputedStyle.__init__

    def counting(self, *args, **kwargs):
        created.append(1)
        original(self, *args, **kwargs)

    monkeypatch.setattr(weasyprint.css.ComputedStyle, "__init__", counting)

    def styles(count: int) -> int:
        created.clear()
        render._design_cache.clear()  # each count includes the design pages once
        badges = [badge("Ali Musa", registration_id=i + 1) for i in range(count)]
        render_chunk(badges, EVENT, "cr80-landscape", True)
        return len(created)

    assert styles(12) == styles(3)


@pytest.mark.parametrize("layout", ["cr80-landscape", "a4-cr80x8"])
def test_the_xml_parser_changes_no_pixel(monkeypatch, layout):
    # The badge document parsed by expat (render.parse_html) against WeasyPrint's own HTML5
    # parser: a sheet with crop marks and the ruler, backs, a right-to-left name, a preview.
    import weasyprint

    from gsnp_events.badges import render

    parsed = []
    fast = render.parse_html
    monkeypatch.setattr(render, "parse_html", lambda *a: parsed.append(fast(*a)) or parsed[-1])
    badges = [
        badge("حمزة الحسن", "Hamza Al-Hassan"),
        badge("O'Brien & <Sons>", organisation='A "quoted" name', registration_id=2),
    ]
    event = replace(EVENT, preview=True)
    ours = render_chunk(badges, event, layout, True).pdf
    assert parsed and not any(
        type(p.etree_element).__module__.startswith("tinyhtml5") for p in parsed
    )
    monkeypatch.setattr(
        render,
        "parse_html",
        lambda source, fetcher: weasyprint.HTML(string=source, url_fetcher=fetcher),
    )
    render._design_cache.clear()
    theirs = render_chunk(badges, event, layout, True).pdf
    pages = range(1, len(PdfReader(io.BytesIO(ours)).pages) + 1)
    assert len(pages) == (4 if layout == "cr80-landscape" else 2)
    for page in pages:
        assert (
            rasterise(ours, page, dpi=100).tobytes() == rasterise(theirs, page, dpi=100).tobytes()
        )
    assert "O'Brien & <Sons>" in "".join(pdftotext(ours, page) for page in pages)


def test_text_that_xml_cannot_hold_goes_to_the_html_parser():
    from gsnp_events.badges.render import parse_html

    fetcher = make_fetcher({})
    assert (
        parse_html("<html><body><p>Ali \ufffe</p></body></html>", fetcher).etree_element is not None
    )
    pdf = render_chunk([badge("Ali \ufffe Musa")], EVENT, "cr80-landscape", False).pdf
    assert "Ali" in pdftotext(pdf, 1) and "Musa" in pdftotext(pdf, 1)


@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_the_qr_code_is_a_sharp_1_bit_image_in_its_box_on_either_side(direction):
    event = replace(EVENT, language="ar" if direction == "rtl" else "en", direction=direction)
    token = tokens.issue(KEY, 1, 7, 1)
    pdf = render_badges([badge("Amina Diallo", token=token)], event, "cr80-landscape", True).pdf
    fmt = FORMATS["cr80-landscape"]
    for page, side in ((1, fmt.front), (2, fmt.back)):
        image = rasterise(pdf, page, dpi=300)
        [found] = zxingcpp.read_barcodes(image)
        assert found.text == token
        box = side.boxes["qr"]
        left_mm = box.x if direction == "ltr" else fmt.width - box.x - box.w
        corners = [found.position.top_left, found.position.bottom_right]
        xs = [c.x / 300 * 25.4 for c in corners]
        ys = [c.y / 300 * 25.4 for c in corners]
        # zxing reports the centres of the corner modules: half a module (0.22 mm) inside.
        assert xs[0] == pytest.approx(left_mm, abs=0.5) and xs[1] == pytest.approx(
            left_mm + box.w, abs=0.5
        )
        assert ys[0] == pytest.approx(box.y, abs=0.5)
        assert ys[1] - ys[0] == pytest.approx(box.h, abs=0.5)  # at least 20 mm
        drawing = PdfReader(io.BytesIO(pdf)).pages[page - 1].get_contents().get_data()
        # One 1-bit image of 45 x 45 modules, drawn without interpolation (sharp squares).
        assert re.findall(rb"BI /W (\d+) /H \d+ /CS /G /BPC 1 /I false", drawing) == [b"45"]
