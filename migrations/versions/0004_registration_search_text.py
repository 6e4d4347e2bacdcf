"""Folded search text on registrations (case- and accent-insensitive search in any script).

Revision ID: 0004_search
Revises: 0003_badges
"""

import sqlalchemy as sa
from alembic import op

from gsnp_events.text import fold

revision = "0004_search"
down_revision = "0003_badges"
branch_labels = None
depends_on = None

SEARCHED = (
    "given_name",
    "family_name",
    "name_local",
    "badge_name",
    "email",
    "passport_number_normalised",
)


def upgrade():
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_text", sa.Text(), nullable=False, server_default=""))
    registrations = sa.table("registrations", sa.column("id"), *map(sa.column, SEARCHED),
                             sa.column("search_text"))
    connection = op.get_bind()
    rows = connection.execute(sa.select(registrations)).mappings().all()
    for row in rows:
        text = " | ".join(fold(row[name]) for name in SEARCHED if row[name])
        connection.execute(
            registrations.update().where(registrations.c.id == row["id"]).values(search_text=text)
        )


def downgrade():
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.drop_column("search_text")
