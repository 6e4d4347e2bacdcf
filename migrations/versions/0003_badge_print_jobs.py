"""Badge print jobs: the badges chosen for a print run, its progress and the resulting PDF
(kept in the database so that every app server and worker sees it).

Revision ID: 0003_badges
Revises: 0002_registration
Create Date: 2026-11-28 00:35:52.068206

"""

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "0003_badges"
down_revision = "0002_registration"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "badge_print_jobs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("layout", sa.String(length=32), nullable=False),
        sa.Column("back_side", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.String(length=32), nullable=False),
        sa.Column("filters", sa.JSON(), nullable=False),
        sa.Column("registration_ids", sa.JSON(), nullable=False),
        sa.Column("reprint_reason", sa.String(length=500), nullable=True),
        sa.Column("runner", sa.String(length=8), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("done", sa.Integer(), nullable=False),
        sa.Column("error", sa.String(length=1000), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("pages", sa.Integer(), nullable=True),
        sa.Column("pdf_size", sa.Integer(), nullable=True),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),
        sa.CheckConstraint(
            "status IN ('queued', 'running', 'done', 'failed')",
            name=op.f("ck_badge_print_jobs_status_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["staff_users.id"],
            name=op.f("fk_badge_print_jobs_created_by_id_staff_users"),
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_badge_print_jobs_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_badge_print_jobs")),
    )
    with op.batch_alter_table("badge_print_jobs", schema=None) as batch_op:
        batch_op.create_index(
            "ix_badge_print_jobs_event_created", ["event_id", "created_at"], unique=False
        )


def downgrade():
    with op.batch_alter_table("badge_print_jobs", schema=None) as batch_op:
        batch_op.drop_index("ix_badge_print_jobs_event_created")

    op.drop_table("badge_print_jobs")
