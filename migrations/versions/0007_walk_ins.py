"""Events may allow walk-in registrations at the badge desk.

Revision ID: 0007_walk_ins
Revises: 0006_letters
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_walk_ins"
down_revision = "0006_letters"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("allow_walk_ins", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade():
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_column("allow_walk_ins")
