"""`flask` commands: seed-demo, create-user."""

import click
from flask import Flask
from sqlalchemy import select

from .extensions import db
from .models import Event, Role
from .staff_accounts import StaffAccountError, create_staff_user


@click.command("seed-demo")
def seed_demo_command() -> None:
    """Create the demo assembly in Baku, its NGOs, registrations and staff (idempotent)."""
    from .demo.seed import seed_demo

    report = seed_demo()
    click.echo(report.summary())


@click.command("create-user")
@click.argument("email")
@click.option("--name", required=True, help="Full name, as shown in the audit trail.")
@click.option(
    "--role",
    "role",
    type=click.Choice([r.value for r in Role]),
    required=True,
    help="administrator (every event) or a role for the event given with --event.",
)
@click.option("--event", "event_slug", help="Slug of the event the role is for.")
@click.password_option(help="At least 12 characters; asked for when not given.")
def create_user_command(email: str, name: str, role: str, event_slug: str | None, password: str):
    """Create a staff account, or give an existing one another role."""
    event = None
    if event_slug:
        event = db.session.scalar(select(Event).where(Event.slug == event_slug))
        if event is None:
            raise click.BadParameter(f"no event has the slug {event_slug!r}", param_hint="--event")
    try:
        user, created = create_staff_user(email, name, password, Role(role), event)
    except StaffAccountError as error:
        raise click.UsageError(str(error)) from error
    db.session.commit()
    scope = f" for {event.slug}" if event else ""
    click.echo(f"{'Created' if created else 'Updated'} {user.email}: {role}{scope}.")


@click.command("send-mail")
@click.option("--limit", default=500, show_default=True, help="Most messages to send in this run.")
def send_mail_command(limit: int) -> None:
    """Send the e-mails waiting in the outbox (failures are retried later, with back-off)."""
    from .mail import send_pending

    click.echo(send_pending(limit=limit).summary())


@click.command("expire-registrations")
def expire_registrations_command() -> None:
    """Expire registrations whose e-mail address was not confirmed in time; free their places."""
    from .accreditation.workflow import expire_overdue

    click.echo(f"{expire_overdue()} registration(s) expired.")


def init_app(app: Flask) -> None:
    app.cli.add_command(send_mail_command)
    app.cli.add_command(expire_registrations_command)
    app.cli.add_command(seed_demo_command)
    app.cli.add_command(create_user_command)
    from .badges.cli import badges_group

    app.cli.add_command(badges_group)
