"""Badge batches: one PDF of N CR80 badges with photos and QR codes, names in mixed scripts.

Usage: make bench-badges   (or: .venv/bin/python -m benchmarks.bench_badges [--sizes 100,500])

Builds a throw-away SQLite database with 2,000 approved delegates (names from the demo's
name tables in every script, 600 x 800 JPEG photos as the registration form stores them),
then, for each N, in a fresh process each:

  batch      the real print path (services.create_print_job + run_print_job): loads the
             delegates and photos, signs the tokens, renders chunks of at most 160 badges
             (as many for each process) in two long-lived worker processes (started and
             warmed before the clock starts, as in `flask badges worker`), joins them with
             qpdf and records the badge versions;
  naive      the yardstick: the same badges, one WeasyPrint document per badge, one process;
  reportlab  the same badges drawn directly with ReportLab's canvas in one process (the
             approach of Indico and pretix: no shaping, so Arabic and Indic names come out
             wrong, and no CJK, whose Noto fonts ReportLab cannot load).

Then the largest batch and its ReportLab yardstick run again, in turns (--repeat, 3 runs each
in all), and the medians are printed: this machine's speed drifts from minute to minute.

Prints seconds, badges per second, milliseconds per badge and the peak memory (VmHWM) of
every process involved. Figures go to docs/BENCHMARKS.md.
"""

import argparse
import io
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIZES = (100, 500, 2000)
PROCESSES = 2


def peak_mb(pid: int | str = "self") -> float:
    """The high-water mark of a process's resident memory, from /proc."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def make_app(database: str, processes: int = PROCESSES):
    from config import TestingConfig
    from gsnp_events import create_app

    class Config(TestingConfig):
        SQLALCHEMY_DATABASE_URI = f"sqlite:///{database}"
        BADGE_RENDER_PROCESSES = processes

    return create_app(Config)


# Setting up the delegates ------------------------------------------------------------------------


def setup(database: str, count: int) -> None:
    import hashlib

    from flask_migrate import upgrade
    from PIL import Image

    from gsnp_events.demo.people import COUNTRY_NAMINGS, NAMINGS
    from gsnp_events.demo.photos import portrait
    from gsnp_events.extensions import db
    from gsnp_events.models import Category, Event, Organisation, Photo, Registration
    from tests.factories import make_event

    app = make_app(database)
    rng = random.Random(5)
    with app.app_context():
        upgrade(revision="heads")
        event: Event = make_event("bench", name="Global South NGO Platform — Founding Assembly")
        event.short_name = "GSNP Founding Assembly"
        for position, (code, label, colour) in enumerate(
            [("head", "HEAD OF DELEGATION", "#7a1f5c"), ("media", "MEDIA", "#6a4c93")], 1
        ):
            event.categories.append(
                Category(
                    code=code,
                    name=label.title(),
                    badge_label=label,
                    colour=colour,
                    position=position,
                )
            )
        db.session.commit()
        countries = {}
        for code, namings in COUNTRY_NAMINGS.items():
            for key in namings:
                countries.setdefault(key, code)
        keys = sorted(k for k in NAMINGS if k in countries)
        organisations = []
        for key in keys:
            organisations.append(
                Organisation(
                    name=f"Network of Civil Society Organisations for Development ({key.upper()})",
                    country_code=countries[key],
                    vetting_status="verified",
                )
            )
        db.session.add_all(organisations)
        db.session.flush()
        for index in range(count):
            key = keys[index % len(keys)]
            naming = NAMINGS[key]
            female = rng.random() < 0.5
            given = rng.choice(naming.given_female if female else naming.given_male)
            family = rng.choice(naming.family_names(female))
            parts = (family, given) if naming.family_first else (given, family)
            local = " ".join(p.local for p in parts)
            latin_given, latin_family = given.latin, family.latin
            email = f"bench{index}@example.org"
            registration = Registration(
                event=event,
                category=event.categories[index % 7 == 0 and 1 or (index % 11 == 0 and 2) or 0],
                organisation=organisations[index % len(organisations)],
                status="approved",
                given_name=latin_given,
                family_name=latin_family,
                name_local=local if local != f"{latin_given} {latin_family}" else None,
                nationality_code=countries[key],
                passport_number=f"B{index:07d}",
                passport_number_normalised=f"B{index:07d}",
                email=email,
                email_normalised=email,
            )
            db.session.add(registration)
            db.session.flush()
            # A 600 x 800 JPEG, the largest photo the registration form stores.
            small = Image.open(io.BytesIO(portrait(email)))
            out = io.BytesIO()
            small.resize((600, 800)).save(out, "JPEG", quality=85)
            content = out.getvalue()
            db.session.add(
                Photo(
                    registration_id=registration.id,
                    content=content,
                    width=600,
                    height=800,
                    sha256=hashlib.sha256(content).hexdigest(),
                )
            )
        db.session.commit()


def registration_ids(count: int) -> list[int]:
    from sqlalchemy import select

    from gsnp_events.extensions import db
    from gsnp_events.models import Registration

    return list(db.session.scalars(select(Registration.id).order_by(Registration.id).limit(count)))


# Measurements (each in its own process) ----------------------------------------------------------


def measure_batch(database: str, count: int) -> dict:
    from gsnp_events.badges import render, services
    from gsnp_events.extensions import db
    from gsnp_events.models import Event
    from gsnp_events.models.badges import BadgePrintJob

    app = make_app(database)
    with app.app_context():
        event = db.session.scalar(db.select(Event))
        ids = registration_ids(count)
        # Long-lived workers, as in `flask badges worker`: start and warm them first.
        warm = time.perf_counter()
        sample = services.load_badges(
            event, ids[:4], dict.fromkeys(ids[:4], 0), services.tokens.signing_key(app.config)
        )
        render.render_badges(
            sample, services.event_text(event), "cr80-landscape", processes=PROCESSES, chunk_size=2
        )
        warm = time.perf_counter() - warm
        phases = _time_phases(services, render)
        # The N delegates (every script among them), in the desk's default order: by country.
        chosen = set(ids)
        by_country = services.selected_ids(
            event, services.BadgeFilters(), services.SortOrder.COUNTRY
        )
        ids = [i for i in by_country if i in chosen]
        started = time.perf_counter()
        job = services.create_print_job(
            event,
            None,
            services.BadgeFilters(),
            layout="cr80-landscape",
            reason="benchmark",
            registration_ids=ids,
            order=services.SortOrder.COUNTRY,
        )
        services.run_print_job(job.id)
        seconds = time.perf_counter() - started
        job = db.session.get(BadgePrintJob, job.id)
        assert job.status == "done", job.error
        size = len(services.job_pdf(job))
        pool = render._pool
        workers = {pid: peak_mb(pid) for pid in (pool._processes if pool else {})}
        from multiprocessing import forkserver

        server = getattr(forkserver._forkserver, "_forkserver_pid", None)
        result = {
            "badges": count,
            "seconds": seconds,
            "pages": job.pages,
            "pdf_kb": size // 1024,
            "warm_up_seconds": warm,
            "main_peak_mb": peak_mb(),
            "worker_peak_mb": sorted(workers.values()),
            "fork_server_peak_mb": peak_mb(server) if server else None,
            "phases": {name: round(value, 2) for name, value in phases.items()},
        }
        render.shutdown_pool()
        return result


def _time_phases(services, render) -> dict[str, float]:
    """Wall time spent in the main process's own steps (loading, joining, recording)."""
    phases: dict[str, float] = {}

    def timed(module, name, label):
        original = getattr(module, name)

        def wrapper(*args, **kwargs):
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                phases[label] = phases.get(label, 0.0) + time.perf_counter() - start

        setattr(module, name, wrapper)

    timed(services, "load_badges", "load")
    timed(render.PdfJoiner, "append", "join")
    timed(render.PdfJoiner, "finish", "join")
    timed(services, "_record", "record")
    return phases


def load_data(database: str, count: int):
    from gsnp_events.badges import services, tokens
    from gsnp_events.extensions import db
    from gsnp_events.models import Event

    app = make_app(database, processes=1)
    ctx = app.app_context()
    ctx.push()
    event = db.session.scalar(db.select(Event))
    ids = registration_ids(count)
    badges = services.load_badges(event, ids, dict.fromkeys(ids, 1), tokens.signing_key(app.config))
    return badges, services.event_text(event)


def measure_naive(database: str, count: int) -> dict:
    from gsnp_events.badges.render import render_chunk

    badges, event = load_data(database, count)
    render_chunk(badges[:1], event, "cr80-landscape", False)  # imports and fonts, untimed
    started = time.perf_counter()
    size = 0
    for badge in badges:
        size += len(render_chunk([badge], event, "cr80-landscape", False).pdf)
    seconds = time.perf_counter() - started
    return {"badges": count, "seconds": seconds, "pdf_kb": size // 1024, "main_peak_mb": peak_mb()}


def measure_reportlab(database: str, count: int) -> dict:
    badges, event = load_data(database, count)
    draw_reportlab(badges[:2], event)  # imports and fonts, untimed
    started = time.perf_counter()
    pdf = draw_reportlab(badges, event)
    seconds = time.perf_counter() - started
    return {
        "badges": count,
        "seconds": seconds,
        "pdf_kb": len(pdf) // 1024,
        "main_peak_mb": peak_mb(),
    }


_fonts: dict[str, str] = {}


def _reportlab_font(family: str) -> str:
    """Register the Noto family's bold TrueType file (CFF fonts such as CJK cannot load)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if family not in _fonts:
        command = ["fc-match", "-f", "%{file}", f"{family}:bold"]  # fontconfig's own tool
        path = subprocess.run(command, capture_output=True, text=True).stdout  # noqa: S603
        name = family.replace(" ", "") + "-Bold"
        try:
            pdfmetrics.registerFont(TTFont(name, path))
        except Exception:  # CFF-flavoured OpenType: ReportLab cannot use it
            name = _reportlab_font("Noto Sans") if family != "Noto Sans" else "Helvetica-Bold"
        _fonts[family] = name
    return _fonts[family]


def draw_reportlab(badges, event) -> bytes:
    """Equivalent CR80 badges drawn directly: logo, event, name (shrunk to fit), Latin name,
    photo, organisation, country, number, QR code (the same 1-bit image), category band."""
    from PIL import Image
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    from gsnp_events.badges.qr import qr_image
    from gsnp_events.badges.render import ASSETS, badge_photo, band_colours
    from gsnp_events.badges.scripts import script_info

    width, height = 85.6 * mm, 54 * mm
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(width, height))
    logo = ImageReader(str(ASSETS / "logo.png"))
    regular = _reportlab_font("Noto Sans")

    def fitted(text: str, font: str, box_width: float, largest: float) -> float:
        natural = stringWidth(text, font, 10)
        return min(largest, 10 * box_width / natural) if natural else largest

    for badge in badges:
        y = lambda top: height - top * mm  # noqa: E731  (top-down millimetres)
        pdf.drawImage(logo, 3 * mm, y(7.2), 5.6 * mm, 5.6 * mm, mask="auto")
        pdf.setFont(regular, 7)
        pdf.drawString(10.2 * mm, y(4.2), event.short_name)
        pdf.setFont(regular, 5.5)
        pdf.drawString(10.2 * mm, y(6.8), f"{event.dates} · {event.city}")
        font = _reportlab_font(script_info(badge.name, badge.nationality).family)
        size = fitted(badge.name, font, 79.6 * mm, 17)
        pdf.setFont(font, size)
        pdf.drawCentredString(width / 2, y(15.5), badge.name)
        if badge.latin_name:
            pdf.setFont(regular, fitted(badge.latin_name, regular, 79.6 * mm, 8))
            pdf.drawCentredString(width / 2, y(19.8), badge.latin_name)
        photo = badge_photo(badge.photo, 15)
        if photo:
            pdf.drawImage(ImageReader(io.BytesIO(photo)), 3 * mm, y(42.4), 15 * mm, 20 * mm)
        pdf.setFont(regular, fitted(badge.organisation or "", regular, 40 * mm, 7.5))
        pdf.drawString(20.6 * mm, y(26), badge.organisation or "")
        pdf.setFont(regular, 8)
        pdf.drawString(20.6 * mm, y(34.5), badge.country)
        pdf.setFont(regular, 5.5)
        pdf.drawString(20.6 * mm, y(40.5), f"{event.labels['number']} {badge.number}")
        code = qr_image(badge.token)
        qr = ImageReader(Image.frombytes("1", (code.size, code.size), code.bits))
        pdf.drawImage(qr, 62.6 * mm, y(42.4), 20 * mm, 20 * mm)
        colour, ink = band_colours(badge.category_colour)
        pdf.setFillColor(colour)
        pdf.rect(0, 0, width, 9.6 * mm, stroke=0, fill=1)
        pdf.setFillColor(ink)
        label = badge.category_label.upper()
        pdf.setFont(regular, fitted(label, regular, 79.6 * mm, 24))
        pdf.drawCentredString(width / 2, 2.8 * mm, label)
        pdf.setFillColor("#000000")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


MEASURES = {"batch": measure_batch, "naive": measure_naive, "reportlab": measure_reportlab}


def run_measure(kind: str, database: str, count: int) -> dict:
    command = [
        sys.executable,
        "-m",
        "benchmarks.bench_badges",
        "--measure",
        kind,
        "--database",
        database,
        "--count",
        str(count),
    ]
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        raise SystemExit(f"{kind} N={count} failed:\n{completed.stderr[-3000:]}")
    return json.loads(completed.stdout.strip().splitlines()[-1])


def _report(kind: str, count: int, result: dict) -> dict:
    """Print one measurement in a line and keep it."""
    result["kind"] = kind
    per = 1000 * result["seconds"] / count
    peaks = [result["main_peak_mb"], *result.get("worker_peak_mb", [])]
    extra = ""
    if kind == "batch":
        extra = (
            f"  workers {', '.join(f'{m:.0f}' for m in result['worker_peak_mb'])} MB"
            f", fork server {result['fork_server_peak_mb']:.0f} MB"
            f", warm-up {result['warm_up_seconds']:.1f} s (not timed)"
        )
    print(
        f"{kind:9} N={count:5}  {result['seconds']:7.2f} s  "
        f"{count / result['seconds']:6.0f} badges/s  {per:6.2f} ms/badge  "
        f"PDF {result['pdf_kb']:6} KB  main {result['main_peak_mb']:.0f} MB"
        f"{extra}  max {max(peaks):.0f} MB",
        flush=True,
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--skip", default="", help="comma-separated: naive, reportlab")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of the largest batch and of its yardstick"
    )
    parser.add_argument("--measure", choices=list(MEASURES), help=argparse.SUPPRESS)
    parser.add_argument("--database", help=argparse.SUPPRESS)
    parser.add_argument("--count", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(MEASURES[args.measure](args.database, args.count)))
        return

    sizes = [int(s) for s in args.sizes.split(",")]
    skip = set(filter(None, args.skip.split(",")))
    with tempfile.TemporaryDirectory() as folder:
        database = os.path.join(folder, "bench.sqlite")
        started = time.perf_counter()
        print(f"Setting up {max(sizes)} approved delegates with photos ...", flush=True)
        setup(database, max(sizes))
        print(f"  done in {time.perf_counter() - started:.0f} s\n", flush=True)
        rows = []
        for count in sizes:
            for kind in ("batch", "naive", "reportlab"):
                if kind not in skip:
                    rows.append(_report(kind, count, run_measure(kind, database, count)))
        # This machine's speed drifts from minute to minute (other virtual machines share it):
        # the largest batch and its yardstick again, in turns, and the medians.
        largest = max(sizes)
        for _ in range(args.repeat - 1):
            for kind in ("batch", "reportlab"):
                if kind not in skip:
                    rows.append(_report(kind, largest, run_measure(kind, database, largest)))
        for kind in ("batch", "reportlab"):
            runs = [r["seconds"] for r in rows if r["kind"] == kind and r["badges"] == largest]
            if len(runs) > 1:
                each = ", ".join(f"{r:.2f}" for r in runs)
                print(
                    f"{kind:9} N={largest:5}  median of {len(runs)}: "
                    f"{statistics.median(runs):.2f} s  (runs: {each})"
                )
        print(
            f"\nTotal {time.perf_counter() - started:.0f} s. Machine: {os.cpu_count()} cores; "
            f"load average now {os.getloadavg()[0]:.2f}."
        )
        print(json.dumps(rows))


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    main()
