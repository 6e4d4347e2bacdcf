"""Event texts in each language (texts), a description and an e-mail signature; the language
of the data-protection notice a registration consented to.

Revision ID: 0015_event_texts
Revises: 0014_org_folded
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_event_texts"
down_revision = "0014_org_folded"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("description", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column("email_signature", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("texts", sa.JSON(), nullable=False, server_default="{}"))
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("consent_language", sa.String(length=8), nullable=True))


def downgrade():
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.drop_column("consent_language")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_column("texts")
        batch_op.drop_column("email_signature")
        batch_op.drop_column("description")
