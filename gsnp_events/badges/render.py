"""Badges to PDF with WeasyPrint: one HTML document per chunk of badges (with the designs
they share and their QR codes, see layers.py), chunks rendered in long-lived worker processes
and joined with qpdf (pikepdf).

Everything here works on plain data (BadgeData, EventText) and needs neither Flask nor the
database, so that worker processes can render without an app. Services build the data.

Security: the templates are auto-escaped, so a name prints as text; the only resources
WeasyPrint may load are the images this module hands it (the app's badge assets, the
delegate's own photo) through BadgeFetcher, which refuses every other URL.
"""

import atexit
import contextlib
import gc
import io
import logging
import multiprocessing
import os
import re
import resource
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field, replace
from pathlib import Path
from xml.etree import ElementTree

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from PIL import Image, UnidentifiedImageError

from . import layers, speedups
from .fit import LINE_HEIGHT, PT_PER_MM, Fit, FitBox, fit_text, ink_line_height
from .layouts import LAYOUTS, BadgeFormat, Layout, Side
from .qr import qr_image
from .scripts import clean_text, font_stack_css, samples, script_info

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"
ASSETS = Path(__file__).resolve().parents[1] / "static" / "badges"
ASSET_NAME = re.compile(r"[a-z0-9][a-z0-9-]*\.(png|jpg)")
ASSET_TYPES = {"png": "image/png", "jpg": "image/jpeg"}
DATA_URL_LIMIT = 4096  # bytes of a data: URL; the templates use none, larger ones are refused
COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
DEFAULT_COLOUR = "#37474f"
# The tallest line height a tall font's text is given (badge.css has a class for each tenth).
MAX_LINE_HEIGHT = 4.0
PHOTO_DPI = 250  # plenty for a passport-style photo; JPEG decodes straight to it (see below)


@dataclass(frozen=True)
class BadgeData:
    """What one badge shows, as plain values (picklable for worker processes)."""

    registration_id: int
    number: str
    name: str
    latin_name: str | None
    organisation: str | None
    country: str
    nationality: str | None
    category_label: str
    category_colour: str
    token: str
    photo: bytes | None = None


@dataclass(frozen=True)
class EventText:
    """Event-wide text, already translated into the badge language."""

    name: str
    short_name: str
    dates: str
    city: str
    place: str
    emergency: str
    language: str
    direction: str
    labels: dict[str, str]
    preview: bool = False


@dataclass(frozen=True)
class Text:
    value: str
    lang: str
    dir: str
    font_class: str
    size: float  # pt, a multiple of 0.25
    pad: float  # mm above the text, to centre it in its box, a multiple of 0.1
    nowrap: bool
    bold: bool
    center: bool
    line_height: float = LINE_HEIGHT  # taller for tall fonts (fit.ink_line_height)

    @property
    def classes(self) -> str:
        """Size and padding as classes of the style sheet (``z`` quarter points, ``p`` tenths
        of a millimetre, ``h`` tenths of a line height): WeasyPrint parses a style attribute
        on every element, a class once."""
        names = [self.font_class, f"z{round(self.size * 4)}", f"p{round(self.pad * 10)}"]
        if self.line_height != LINE_HEIGHT:
            names.append(f"h{round(self.line_height * 10)}")
        names += [n for n, on in (("bold", self.bold), ("nowrap", self.nowrap)) if on]
        names += ["center"] if self.center else []
        return " ".join(names)


@dataclass
class ChunkResult:
    pdf: bytes
    pages: int
    badges: int
    requested: list[str]
    refused: list[str]
    pid: int
    max_rss_mb: float


@dataclass
class RenderResult:
    pdf: bytes
    pages: int
    badges: int
    chunks: int
    requested: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    worker_max_rss_mb: dict[int, float] = field(default_factory=dict)


# The URL fetcher -------------------------------------------------------------------------------


def _weasyprint():
    import weasyprint
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    speedups.install()

    return weasyprint, URLFetcher, URLFetcherResponse


class FetchRefused(ValueError):
    """A URL the badges may not load; WeasyPrint logs it and leaves the image out."""


def make_fetcher(resources: dict[str, tuple[bytes, str]]):
    """A WeasyPrint URL fetcher that serves ``resources`` (the photos of this batch)
    and the app's badge assets, and refuses everything else: file://, http(s)://, other
    schemes, unknown assets and data: URLs over DATA_URL_LIMIT."""
    _, URLFetcher, URLFetcherResponse = _weasyprint()

    class BadgeFetcher(URLFetcher):
        def __init__(self):
            super().__init__(allowed_protocols=("badge", "data"), allow_redirects=False)
            self.requested: list[str] = []
            self.refused: list[str] = []

        def fetch(self, url, headers=None):
            self.requested.append(url)
            found = resources.get(url) or _asset(url) or _small_data_url(url)
            if found is None:
                self.refused.append(url)
                log.warning("badge rendering refused to fetch %.200s", url)
                raise FetchRefused(f"badges may not load {url[:200]}")
            body, content_type = found
            return URLFetcherResponse(url, body, {"Content-Type": content_type})

    return BadgeFetcher()


_asset_cache: dict[str, bytes] = {}


def _asset(url: str) -> tuple[bytes, str] | None:
    prefix = "badge:static/"
    if not url.startswith(prefix):
        return None
    name = url[len(prefix) :]
    if not ASSET_NAME.fullmatch(name):
        return None
    if name not in _asset_cache:
        path = ASSETS / name
        if not path.is_file():
            return None
        _asset_cache[name] = path.read_bytes()
    return _asset_cache[name], ASSET_TYPES[name.rsplit(".", 1)[1]]


def _small_data_url(url: str) -> tuple[bytes, str] | None:
    if not url.startswith("data:") or len(url) > DATA_URL_LIMIT:
        return None
    header, _, data = url[5:].partition(",")
    content_type, _, encoding = header.partition(";")
    if content_type not in ("image/png", "image/jpeg") or encoding != "base64":
        return None
    import base64
    import binascii

    try:
        return base64.b64decode(data, validate=True), content_type
    except binascii.Error:
        return None


# Preparing one badge -----------------------------------------------------------------------------


def badge_photo(content: bytes | None, width_mm: float) -> bytes | None:
    """The photo as a small JPEG, about PHOTO_DPI at its printed width. A stored photo is up
    to 600 x 800: libjpeg decodes it at 1/2, 1/4 or 1/8 of its size directly (``draft``),
    which costs a fraction of decoding it whole and resizing."""
    if not content:
        return None
    target = round(width_mm / 25.4 * PHOTO_DPI)
    try:
        with Image.open(io.BytesIO(content)) as image:
            if image.format == "JPEG" and image.width <= target * 1.4:
                return content
            image.draft("RGB", (target, target))
            image = image.convert("RGB")
            if image.width > target * 1.4:
                image = image.resize((target, round(image.height * target / image.width)))
            out = io.BytesIO()
            image.save(out, "JPEG", quality=85, optimize=False)
            return out.getvalue()
    except (UnidentifiedImageError, OSError, ValueError):
        log.warning("a photo could not be read; the badge shows no photo")
        return None


def band_colours(colour: str) -> tuple[str, str]:
    """The category colour (validated: only #rrggbb reaches CSS) and the readable ink on it."""
    if not COLOUR.fullmatch(colour or ""):
        colour = DEFAULT_COLOUR
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    # Contrast with white: 1.05 / (L + 0.05); with black: (L + 0.05) / 0.05.
    ink = "#ffffff" if 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 else "#000000"
    return colour.lower(), ink


def prepare_text(
    value: str,
    box: FitBox,
    nationality: str | None = None,
    *,
    center: bool = True,
    upper: bool = False,
) -> Text:
    value = clean_text(value)
    if upper:
        value = value.upper()
    info = script_info(value, nationality)
    line_height = LINE_HEIGHT
    if info.tall and value:
        line_height = min(
            MAX_LINE_HEIGHT, ink_line_height(value, info.pango_family, box.bold, info.lang)
        )
    fit: Fit = fit_text(value, info.pango_family, box, info.lang, line_height)
    used = fit.lines * fit.size_pt * line_height / PT_PER_MM
    pad = max(0.0, int((box.height_mm - used) / 2 * 10) / 10)
    return Text(
        value=value,
        lang=info.lang,
        dir=info.direction,
        font_class=info.font_class,
        size=fit.size_pt,
        pad=pad,
        nowrap=not fit.wraps,
        bold=box.bold,
        center=center,
        line_height=line_height,
    )


def prepare_badge(badge: BadgeData, fmt: BadgeFormat, back: bool, index: int) -> dict:
    front: Side = fmt.front
    nationality = badge.nationality
    name = clean_text(badge.name)
    latin = clean_text(badge.latin_name)
    if latin and latin.casefold() == name.casefold():
        latin = ""
    colour, ink = band_colours(badge.category_colour)
    prepared = {
        "id": badge.registration_id,
        "number": badge.number,
        "photo_url": f"badge:photo/{index}" if badge.photo else "badge:static/no-photo.png",
        "index": index,
        "name": prepare_text(name, front.fits["name"], nationality),
        "latin": prepare_text(latin, front.fits["latin"]) if latin else None,
        "organisation": prepare_text(badge.organisation, front.fits["organisation"], center=False)
        if clean_text(badge.organisation)
        else None,
        "country": prepare_text(badge.country, front.fits["country"], center=False),
        "band": prepare_text(badge.category_label, front.band_fit, upper=True),
        "band_colour": colour,
        "band_ink": ink,
        "band_classes": f"k-{colour[1:]} {'ink-w' if ink == '#ffffff' else 'ink-b'}",
    }
    if back:
        side = fmt.back
        prepared["back_name"] = prepare_text(name, side.fits["name"], nationality)
        prepared["back_latin"] = prepare_text(latin, side.fits["latin"]) if latin else None
        prepared["back_band"] = prepare_text(badge.category_label, side.band_fit, upper=True)
    return prepared


# Rendering a chunk -------------------------------------------------------------------------------

_jinja = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
# The style sheet holds only numbers from layouts.py and the fixed font table: not escaped.
_jinja_css = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=False)  # noqa: S701
_css_cache: dict[str, object] = {}
_font_config = None


def font_config():
    """One font configuration per process: WeasyPrint would otherwise load fontconfig's list
    of fonts and open every font again for each document (each chunk)."""
    global _font_config
    if _font_config is None:
        from weasyprint.text.fonts import FontConfiguration

        _font_config = FontConfiguration()
    return _font_config


def stylesheet(layout: Layout):
    if layout.code not in _css_cache:
        weasyprint, _, _ = _weasyprint()
        fmt = layout.badge
        sides = (fmt.front, fmt.back)
        largest = max(f.max_pt for side in sides for f in (*side.fits.values(), side.band_fit))
        tallest = max(b.h for side in sides for b in (*side.boxes.values(), side.band))
        text = _jinja_css.get_template("badges/badge.css").render(
            layout=layout,
            fmt=fmt,
            fonts=font_stack_css(),
            sizes=range(1, round(max(largest, fmt.base_pt * 3) * 4) + 1),
            pads=range(0, round(tallest * 10) + 1),
            line_heights=range(round(LINE_HEIGHT * 10) + 1, round(MAX_LINE_HEIGHT * 10) + 1),
        )
        _css_cache[layout.code] = weasyprint.CSS(string=text, font_config=font_config())
    return _css_cache[layout.code]


def _pages(items: list[dict], layout: Layout, back: bool) -> list[dict]:
    pages = []
    for start in range(0, len(items), layout.per_page):
        cells = list(enumerate(items[start : start + layout.per_page]))
        pages.append({"side": "front", "cells": cells})
        if back:
            pages.append({"side": "back", "cells": cells})
    return pages


def _marks(layout: Layout) -> list[dict]:
    thickness = 0.2
    marks = []
    for line in layout.crop_lines():
        if line.x1 == line.x2:  # vertical
            marks.append(
                {"x": line.x1 - thickness / 2, "y": line.y1, "w": thickness, "h": line.y2 - line.y1}
            )
        else:
            marks.append(
                {"x": line.x1, "y": line.y1 - thickness / 2, "w": line.x2 - line.x1, "h": thickness}
            )
    return [{k: round(v, 3) for k, v in mark.items()} for mark in marks]


def _event_context(event: EventText, fmt: BadgeFormat) -> dict:
    box = fmt.front.boxes["event"]
    title = prepare_text(
        event.short_name, FitBox(box.w, box.h * 0.55, fmt.base_pt * 1.4, fmt.base_pt * 0.8)
    )
    return {**event.__dict__, "title": title}


def render_chunk(badges: Sequence[BadgeData], event: EventText, layout_code: str, back: bool):
    """One PDF for ``badges``, in this process: their content over the designs they share,
    with their QR codes (see layers.py)."""
    layout = LAYOUTS[layout_code]
    fmt = layout.badge
    resources: dict[str, tuple[bytes, str]] = {}
    items = []
    for index, badge in enumerate(badges):
        photo = badge_photo(badge.photo, fmt.front.boxes["photo"].w)
        if photo:
            resources[f"badge:photo/{index}"] = (photo, "image/jpeg")
        items.append(prepare_badge(replace(badge, photo=photo), fmt, back, index))
    codes = [qr_image(badge.token) for badge in badges]
    pages = _pages(items, layout, back)
    designs = list(dict.fromkeys(layers.Design.of(item) for item in items))
    plan = layers.placements(pages, layout, designs, back, event.direction)
    fetcher = make_fetcher(resources)
    with _no_collections():
        content, count = _render(pages, layout, event, "content", fetcher)
        design = _design_pdf(designs, layout, event, back, fetcher)
        pdf = layers.compose(content, design, plan, codes)
    return ChunkResult(
        pdf=pdf,
        pages=count,
        badges=len(badges),
        requested=fetcher.requested,
        refused=fetcher.refused,
        pid=os.getpid(),
        max_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    )


def _render(pages: list[dict], layout: Layout, event: EventText, layer: str, fetcher):
    """One WeasyPrint document of ``pages``: its PDF and its number of pages."""
    weasyprint, _, _ = _weasyprint()
    html = _jinja.get_template("badges/document.html").render(
        pages=pages,
        marks=_marks(layout),
        layout=layout,
        event=_event_context(event, layout.badge),
        layer=layer,
    )
    # The category colours of these badges (validated #rrggbb values, see band_colours).
    colours = sorted({item["band_colour"] for page in pages for _, item in page["cells"]})
    colour_css = weasyprint.CSS(
        string="".join(f".k-{c[1:]} {{ background-color: {c}; }}" for c in colours),
        font_config=font_config(),
    )
    document = parse_html(html, fetcher).render(
        stylesheets=[stylesheet(layout), colour_css], font_config=font_config()
    )
    return document.write_pdf(), len(document.pages)


def parse_html(source: str, fetcher):
    """WeasyPrint's document of ``source``. The badge templates write well-formed XML, which
    expat parses in a fortieth of the time of WeasyPrint's HTML5 parser (pure Python: 0.5 ms
    a badge); anything XML cannot hold (a non-character in a name, say) goes to that parser."""
    weasyprint, _, _ = _weasyprint()
    try:
        # Our own template's output, every value in it escaped: no entity, no external DTD.
        root = ElementTree.fromstring(source)  # noqa: S314
    except ElementTree.ParseError:
        return weasyprint.HTML(string=source, url_fetcher=fetcher)
    import cssselect2

    # What WeasyPrint's HTML.__init__ sets once it has parsed a string without a base URL.
    html = object.__new__(weasyprint.HTML)
    html.base_url = None
    html.url_fetcher = fetcher
    html.media_type = "print"
    html.wrapper_element = cssselect2.ElementWrapper.from_html_root(root, content_language=None)
    html.etree_element = html.wrapper_element.etree_element
    return html


_design_cache: dict[tuple, bytes] = {}
DESIGN_CACHE_SIZE = 16


def _design_pdf(designs: list, layout: Layout, event: EventText, back: bool, fetcher) -> bytes:
    """The design pages of ``designs`` (front, and back when printed, for each), card-sized.
    A worker renders the same few designs for chunk after chunk: they are kept."""
    card = LAYOUTS[layout.badge.code]  # the single-card layout of the badge's format
    key = (card.code, back, repr(event), tuple(designs))
    if key not in _design_cache:
        if len(_design_cache) >= DESIGN_CACHE_SIZE:
            _design_cache.clear()
        pages = _pages([design.as_item() for design in designs], card, back)
        _design_cache[key], _ = _render(pages, card, event, "design", fetcher)
    return _design_cache[key]


@contextlib.contextmanager
def _no_collections():
    """WeasyPrint creates millions of objects that live as long as the document; Python's
    cyclic garbage collector scans them again and again while it renders (a fifth of the
    time). Pause it for one chunk, then collect once: memory stays bounded by the chunk."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        gc.collect()


# Batches: chunks in worker processes, joined with qpdf ------------------------------------------

_pool: ProcessPoolExecutor | None = None
_pool_size = 0
_pool_lock = threading.Lock()


def _warm_up() -> None:
    """Import WeasyPrint and render a badge in every script (bold and regular) but CJK, so that
    the first real chunk does not pay for opening the fonts: a worker's first chunk of mixed
    scripts otherwise takes half as long again as the next."""
    _weasyprint()
    from .tokens import TOKEN_LENGTH

    token = "A" * TOKEN_LENGTH
    blank = BadgeData(0, "00-000000/1", "", "Warm-up", None, "-", None, "-", "#000000", token)
    sample = [replace(blank, name=text, organisation=text) for text in samples()]
    render_chunk(sample, _WARM_UP_EVENT, "cr80-landscape", False)
    # What is alive now (modules, fonts, caches) lives as long as the worker: keep it out of
    # every later garbage collection.
    gc.freeze()


_WARM_UP_EVENT = EventText(
    "-",
    "-",
    "-",
    "-",
    "-",
    "",
    "en",
    "ltr",
    {"number": "", "return_note": "", "emergency": "", "ruler": "", "preview": ""},
)


def worker_pool(processes: int) -> ProcessPoolExecutor:
    """Long-lived worker processes, started once per process that renders badges. They are
    forked from a fork server that has imported WeasyPrint, never from the app process itself
    (which has threads and database connections)."""
    global _pool, _pool_size
    with _pool_lock:
        if _pool is None or _pool_size != processes:
            if _pool is not None:
                _pool.shutdown(wait=True)
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["gsnp_events.badges.render"])
            _pool = ProcessPoolExecutor(processes, mp_context=context, initializer=_warm_up)
            _pool_size = processes
        return _pool


def start_workers(processes: int) -> None:
    """Start the worker processes now, each warmed up (see _warm_up), rather than when the
    first print run needs them: a long-lived `flask badges worker` then prints its first run as
    fast as the next."""
    if processes > 1:
        pool = worker_pool(processes)
        wait([pool.submit(os.getpid) for _ in range(processes)])


def shutdown_pool() -> None:
    global _pool, _pool_size
    with _pool_lock:
        if _pool is not None:
            _pool.shutdown(wait=True, cancel_futures=True)
        _pool, _pool_size = None, 0


atexit.register(shutdown_pool)


def chunk_sizes(count: int, per_page: int, processes: int, chunk_size: int) -> list[int]:
    """Split ``count`` badges into chunks of whole pages: at most ``chunk_size`` badges (memory
    grows with the pages of one document), as many chunks for each process and as even as
    can be, so that no process still renders a last chunk while the others wait."""
    if count <= 0:
        return []
    processes = max(1, processes)
    pages = -(-count // per_page)
    chunks = -(-pages // max(1, chunk_size // per_page))
    chunks = min(pages, -(-chunks // processes) * processes)
    base, longer = divmod(pages, chunks)
    sizes = [(base + (index < longer)) * per_page for index in range(chunks)]
    sizes[-1] -= sum(sizes) - count  # the last page may be part full
    return sizes


def split(badges: Sequence[BadgeData], sizes: list[int]) -> Iterator[list[BadgeData]]:
    start = 0
    for size in sizes:
        yield list(badges[start : start + size])
        start += size


def render_badges(
    badges: Sequence[BadgeData],
    event: EventText,
    layout_code: str,
    back: bool = False,
    *,
    processes: int = 1,
    chunk_size: int = 200,
    progress: Callable[[int], None] | None = None,
) -> RenderResult:
    """One PDF of ``badges``, in order (see render_chunks)."""
    layout = LAYOUTS[layout_code]
    sizes = chunk_sizes(len(badges), layout.per_page, processes, chunk_size)
    return render_chunks(
        split(badges, sizes), event, layout_code, back, processes=processes, progress=progress
    )


def render_chunks(
    chunks: Iterable[Sequence[BadgeData]],
    event: EventText,
    layout_code: str,
    back: bool = False,
    *,
    processes: int = 1,
    progress: Callable[[int], None] | None = None,
) -> RenderResult:
    """One PDF of the badges in ``chunks``, in order. ``chunks`` may be a generator that loads
    each chunk when it is needed: at most ``processes`` + 1 chunks are held at a time, so
    memory stays flat however many badges there are. With ``processes`` > 1 the chunks render
    in parallel in worker processes, and each finished chunk is joined to the PDF while the
    others render. ``progress`` is told how many badges are done."""
    if layout_code not in LAYOUTS:
        raise ValueError(f"unknown layout {layout_code!r}")
    joiner = PdfJoiner(event.name)
    summary = RenderResult(pdf=b"", pages=0, badges=0, chunks=0)
    waiting: dict[int, ChunkResult] = {}  # finished out of order

    def take(index: int, result: ChunkResult) -> None:
        waiting[index] = result
        while summary.chunks in waiting:
            done = waiting.pop(summary.chunks)
            joiner.append(done.pdf)
            summary.chunks += 1
            summary.pages += done.pages
            summary.badges += done.badges
            summary.requested += done.requested
            summary.refused += done.refused
            peak = summary.worker_max_rss_mb.get(done.pid, 0.0)
            summary.worker_max_rss_mb[done.pid] = max(peak, done.max_rss_mb)
            if progress:
                progress(summary.badges)

    if processes <= 1:
        for index, chunk in enumerate(chunks):
            take(index, render_chunk(chunk, event, layout_code, back))
    else:
        pool = worker_pool(processes)
        pending: dict = {}
        source = enumerate(chunks)
        exhausted = False
        while pending or not exhausted:
            while not exhausted and len(pending) <= processes:
                item = next(source, None)
                if item is None:
                    exhausted = True
                    break
                index, chunk = item
                pending[pool.submit(render_chunk, list(chunk), event, layout_code, back)] = index
            if not pending:
                break
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                take(pending.pop(future), future.result())
    summary.pdf = joiner.finish()
    return summary


class PdfJoiner:
    """Joins chunk PDFs into one, marked to print at true size (no "fit to page").

    qpdf (through pikepdf) copies the pages without re-parsing every object in Python: about
    0.2 ms a page, against 1.2 ms with pypdf, which a 2,000-badge run would feel."""

    def __init__(self, title: str = ""):
        import pikepdf

        self.pikepdf = pikepdf
        self.output = pikepdf.new()
        self.sources: list = []  # kept open until the output is written
        self.title = title

    def append(self, pdf: bytes) -> None:
        source = self.pikepdf.open(io.BytesIO(pdf))
        self.sources.append(source)
        self.output.pages.extend(source.pages)

    def finish(self) -> bytes:
        pikepdf = self.pikepdf
        self.output.Root.ViewerPreferences = pikepdf.Dictionary(PrintScaling=pikepdf.Name("/None"))
        if self.title:
            self.output.docinfo["/Title"] = self.title
        self.output.docinfo["/Creator"] = "GSNP Events"
        out = io.BytesIO()
        self.output.save(out)
        for source in self.sources:
            source.close()
        return out.getvalue()


def join_pdfs(pdfs: Sequence[bytes], title: str = "") -> bytes:
    """One PDF from the chunks, marked to print at true size (no "fit to page" scaling)."""
    joiner = PdfJoiner(title)
    for pdf in pdfs:
        joiner.append(pdf)
    return joiner.finish()
