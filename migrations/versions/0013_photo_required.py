"""Events say whether a badge needs a photo (on by default).

Revision ID: 0013_photo_required
Revises: 0012_names
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_photo_required"
down_revision = "0012_names"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("photo_required", sa.Boolean(), nullable=False, server_default=sa.true())
        )


def downgrade():
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_column("photo_required")
