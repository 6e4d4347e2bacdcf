"""When a print run's PDF was removed (it is kept BADGE_PDF_KEEP_DAYS days after the run).

Revision ID: 0008_pdf_removal
Revises: 0007_walk_ins
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_pdf_removal"
down_revision = "0007_walk_ins"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("badge_print_jobs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pdf_removed_at", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    with op.batch_alter_table("badge_print_jobs", schema=None) as batch_op:
        batch_op.drop_column("pdf_removed_at")
