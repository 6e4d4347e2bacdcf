"""Outbox claims: a sender claims a message before sending it, so no message is sent twice.

Revision ID: 0011_outbox_claims
Revises: 0010_info_provided
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_outbox_claims"
down_revision = "0010_info_provided"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("outbox_messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("claim_token", sa.String(length=32), nullable=True))


def downgrade():
    with op.batch_alter_table("outbox_messages", schema=None) as batch_op:
        batch_op.drop_column("claim_token")
        batch_op.drop_column("claimed_at")
