"""The order of a delegate's names (family name first or not; NULL: the custom of the
nationality), and search text folded again with the new folding (Arabic-script letter
variants, joiners, Arabic compound names, Traditional and Simplified Chinese).

Revision ID: 0012_names
Revises: 0011_outbox_claims
"""

import sqlalchemy as sa
from alembic import op

from gsnp_events.text import search_text

revision = "0012_names"
down_revision = "0011_outbox_claims"
branch_labels = None
depends_on = None

# The columns folded into search_text (models/registrations.py SEARCHED, as of this revision).
SEARCHED = (
    "given_name",
    "family_name",
    "name_local",
    "badge_name",
    "email",
    "passport_number_normalised",
)
BATCH = 500


def upgrade():
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name_order", sa.String(length=12), nullable=True))
        batch_op.create_check_constraint(
            op.f("ck_registrations_name_order_valid"),
            "name_order IN ('given_first', 'family_first')",
        )
    refold_search_text(op.get_bind())


def refold_search_text(connection) -> None:
    """Recompute every registration's search_text (the folding changed), a batch at a time."""
    registrations = sa.table(
        "registrations", sa.column("id"), *map(sa.column, SEARCHED), sa.column("search_text")
    )
    last_id = 0
    while True:
        rows = (
            connection.execute(
                sa.select(registrations)
                .where(registrations.c.id > last_id)
                .order_by(registrations.c.id)
                .limit(BATCH)
            )
            .mappings()
            .all()
        )
        if not rows:
            return
        for row in rows:
            folded = search_text(row[name] for name in SEARCHED)
            if folded != row["search_text"]:
                connection.execute(
                    registrations.update()
                    .where(registrations.c.id == row["id"])
                    .values(search_text=folded)
                )
        last_id = rows[-1]["id"]


def downgrade():
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_registrations_name_order_valid"), type_="check")
        batch_op.drop_column("name_order")
