"""`flask badges ...`: print badges from the command line, run the RQ worker, manage keys."""

import time
from datetime import timedelta

import click
from flask import current_app
from sqlalchemy import select

from ..extensions import db
from ..models import Category, Event, Organisation
from ..models.base import utcnow
from . import jobs, tokens
from .layouts import DEFAULT_LAYOUT, LAYOUTS
from .render import start_workers
from .services import (
    BadgeError,
    BadgeFilters,
    PrintedFilter,
    SortOrder,
    create_print_job,
    job_pdf,
    preview_pdf,
    purge_job_pdfs,
    render_processes,
    run_print_job,
)


@click.group("badges")
def badges_group() -> None:
    """Print badges, run the print worker, show the signing key."""


def _event(slug: str) -> Event:
    event = db.session.scalar(select(Event).where(Event.slug == slug))
    if event is None:
        raise click.BadParameter(f"no event has the slug {slug!r}", param_hint="--event")
    return event


@badges_group.command("print")
@click.option("--event", "event_slug", required=True, help="Slug of the event.")
@click.option(
    "--layout",
    type=click.Choice(list(LAYOUTS)),
    default=DEFAULT_LAYOUT,
    show_default=True,
    help="Card printer (cr80-*), A6 lanyard badge, or A4 sheets for office printers.",
)
@click.option("--output", "output", type=click.Path(dir_okay=False), required=True)
@click.option("--back/--no-back", default=False, help="Add the back side (duplex).")
@click.option("--country", default="", help="ISO 3166-1 code of the delegates' nationality.")
@click.option("--category", "category_code", default="", help="Category code, e.g. delegate.")
@click.option("--organisation", "organisation_id", type=int, help="Organisation id.")
@click.option("--not-printed", is_flag=True, help="Only delegates without a printed badge.")
@click.option(
    "--printed-before",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Only badges printed before this date (YYYY-MM-DD, event time zone): a reprint.",
)
@click.option("--search", default="", help="Name, e-mail or passport number contains.")
@click.option(
    "--order",
    type=click.Choice([o.value for o in SortOrder]),
    default=SortOrder.COUNTRY.value,
    show_default=True,
)
@click.option("--reason", default="", help="Why badges are printed again (needed for reprints).")
@click.option(
    "--preview",
    is_flag=True,
    help="Print a specimen of the first page: records nothing, its QR codes never verify.",
)
@click.option("--processes", type=int, help="Render processes (default: BADGE_RENDER_PROCESSES).")
def print_command(
    event_slug,
    layout,
    output,
    back,
    country,
    category_code,
    organisation_id,
    not_printed,
    printed_before,
    search,
    order,
    reason,
    preview,
    processes,
) -> None:
    """Print the badges of approved delegates into one PDF (and record them as printed)."""
    event = _event(event_slug)
    category_id = None
    if category_code:
        category_id = db.session.scalar(
            select(Category.id).where(Category.event_id == event.id, Category.code == category_code)
        )
        if category_id is None:
            raise click.BadParameter(
                f"the event has no category {category_code!r}", param_hint="--category"
            )
    if organisation_id and db.session.get(Organisation, organisation_id) is None:
        raise click.BadParameter(f"no organisation {organisation_id}", param_hint="--organisation")
    if not_printed and printed_before:
        raise click.UsageError("choose either --not-printed or --printed-before")
    filters = BadgeFilters(
        country=country.upper(),
        category_id=category_id,
        organisation_id=organisation_id,
        printed=PrintedFilter.NOT_PRINTED
        if not_printed
        else PrintedFilter.PRINTED_BEFORE
        if printed_before
        else PrintedFilter.ANY,
        printed_before=printed_before.date() if printed_before else None,
        search=search,
    )
    if processes:
        current_app.config["BADGE_RENDER_PROCESSES"] = processes
    started = time.perf_counter()
    try:
        if preview:
            content = preview_pdf(event, filters, layout, back, SortOrder(order))
            count = LAYOUTS[layout].per_page
        else:
            job = create_print_job(
                event,
                None,
                filters,
                layout=layout,
                back=back,
                order=SortOrder(order),
                reason=reason,
            )
            run_print_job(job.id)
            db.session.refresh(job)
            if job.error:
                raise click.ClickException(job.error)
            content = job_pdf(job)
            count = job.total
    except BadgeError as error:
        raise click.ClickException(str(error.message)) from error
    with open(output, "wb") as out:
        out.write(content)
    seconds = time.perf_counter() - started
    click.echo(
        f"{'Preview of ' if preview else ''}{count} badge(s), {layout}"
        f"{' with back sides' if back else ''}: {output} ({len(content) // 1024} KB, "
        f"{seconds:.1f} s)."
    )


@badges_group.command("worker")
@click.option("--burst", is_flag=True, help="Stop when the queue is empty.")
def worker_command(burst: bool) -> None:
    """Run print jobs queued on Redis (REDIS_URL), in this long-lived process."""
    from rq import SimpleWorker

    if not current_app.config.get("REDIS_URL"):
        raise click.UsageError("REDIS_URL is not set: print jobs run in the app's threads.")
    connection = jobs.redis_connection()
    # SimpleWorker runs jobs in this process: WeasyPrint and the render processes, started
    # now, stay warm.
    start_workers(render_processes())
    worker = SimpleWorker([jobs.queue(connection)], connection=connection)
    worker.work(burst=burst)


@badges_group.command("purge-pdfs")
@click.option(
    "--days", type=click.IntRange(min=0), help="Keep the last DAYS days (BADGE_PDF_KEEP_DAYS)."
)
def purge_pdfs_command(days: int | None) -> None:
    """Remove the PDFs of print runs older than BADGE_PDF_KEEP_DAYS days (run it daily)."""
    if days is None:
        days = current_app.config["BADGE_PDF_KEEP_DAYS"]
    removed = purge_job_pdfs(utcnow() - timedelta(days=days))
    click.echo(f"Removed the PDFs of {removed} print run(s) older than {days} days.")


@badges_group.command("public-key")
def public_key_command() -> None:
    """Show the public key that verifies badge tokens (base64 of the raw Ed25519 key)."""
    for key in tokens.public_keys(current_app.config):
        click.echo(tokens.public_key_text(key))


@badges_group.command("generate-key")
def generate_key_command() -> None:
    """Print a new signing key for BADGE_SIGNING_KEY (keep it secret)."""
    click.echo(tokens.generate_key_text())
    if not current_app.config.get("BADGE_SIGNING_KEY"):
        click.echo(
            "Set it as BADGE_SIGNING_KEY; until then this instance signs with a key derived "
            "from SECRET_KEY (development only).",
            err=True,
        )
