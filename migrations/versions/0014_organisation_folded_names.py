"""Folded organisation names: one organisation per folded name and country (a proposal that
matches one is matched to it), and folded search text for the organisation picker.

Organisations already proposed twice (same folded name and country) are merged into the
first, as an officer would: their registrations move to it and the trail records it.

Revision ID: 0014_org_folded
Revises: 0013_photo_required
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from gsnp_events.text import fold

revision = "0014_org_folded"
down_revision = "0013_photo_required"
branch_labels = None
depends_on = None

NOT_MERGED = sa.text("merged_into_id IS NULL")


def upgrade():
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("name_folded", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("search_text", sa.Text(), nullable=False, server_default=""))
    organisations = sa.table(
        "organisations",
        *map(
            sa.column,
            ("id", "name", "name_local", "acronym", "country_code", "merged_into_id"),
        ),
        sa.column("vetting_status"),
        sa.column("name_folded"),
        sa.column("search_text"),
    )
    registrations = sa.table("registrations", sa.column("organisation_id"), sa.column("version"))
    audit = sa.table(
        "audit_entries",
        sa.column("created_at"),
        sa.column("action"),
        sa.column("actor_label"),
        sa.column("organisation_id"),
        sa.column("data", sa.JSON),
    )
    connection = op.get_bind()
    rows = (
        connection.execute(sa.select(organisations).order_by(organisations.c.id)).mappings().all()
    )
    first: dict[tuple[str, str], int] = {}
    for row in rows:
        folded = fold(row["name"])[:200]
        text = " | ".join(fold(p) for p in (row["name"], row["name_local"], row["acronym"]) if p)
        values = {"name_folded": folded, "search_text": text}
        key = (row["country_code"], folded)
        if row["merged_into_id"] is None and key in first:
            target = first[key]
            moved = connection.execute(
                registrations.update()
                .where(registrations.c.organisation_id == row["id"])
                .values(organisation_id=target, version=registrations.c.version + 1)
            ).rowcount
            values.update(vetting_status="merged", merged_into_id=target)
            connection.execute(
                audit.insert().values(
                    created_at=datetime.now(UTC),
                    action="organisation.merged",
                    actor_label="migration 0014 (same name and country)",
                    organisation_id=row["id"],
                    data={"into": target, "registrations_moved": moved},
                )
            )
        elif row["merged_into_id"] is None:
            first[key] = row["id"]
        connection.execute(
            organisations.update().where(organisations.c.id == row["id"]).values(**values)
        )
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.create_index(
            "uq_organisations_country_name_folded",
            ["country_code", "name_folded"],
            unique=True,
            sqlite_where=NOT_MERGED,
            postgresql_where=NOT_MERGED,
        )


def downgrade():
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_index("uq_organisations_country_name_folded")
        batch_op.drop_column("search_text")
        batch_op.drop_column("name_folded")
