"""Self-registration, delegations and the accreditation workflow: focal points on
organisations; confirmation deadline, endorsement and four-eyes columns on registrations.

Revision ID: 0002_registration
Revises: 0001
Create Date: 2026-11-28 00:30:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0002_registration"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("focal_point_name", sa.String(length=150), nullable=True))
        batch_op.add_column(sa.Column("focal_point_email", sa.String(length=254), nullable=True))

    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("confirmation_due_at", sa.DateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(
            sa.Column(
                "registered_by_focal_point",
                sa.Boolean(),
                nullable=False,
                server_default=sa.false(),
            )
        )
        batch_op.add_column(
            sa.Column(
                "endorsement_required", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
        batch_op.add_column(sa.Column("endorsed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("first_approved_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("first_approved_at", sa.DateTime(timezone=True), nullable=True)
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_registrations_first_approved_by_id_staff_users"),
            "staff_users",
            ["first_approved_by_id"],
            ["id"],
        )
        batch_op.create_index(
            "ix_registrations_status_confirmation_due",
            ["status", "confirmation_due_at"],
            unique=False,
        )

    # The model has no server defaults; they only filled the rows that existed.
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.alter_column("registered_by_focal_point", server_default=None)
        batch_op.alter_column("endorsement_required", server_default=None)


def downgrade():
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.drop_index("ix_registrations_status_confirmation_due")
        batch_op.drop_constraint(
            batch_op.f("fk_registrations_first_approved_by_id_staff_users"), type_="foreignkey"
        )
        batch_op.drop_column("first_approved_at")
        batch_op.drop_column("first_approved_by_id")
        batch_op.drop_column("endorsed_at")
        batch_op.drop_column("endorsement_required")
        batch_op.drop_column("registered_by_focal_point")
        batch_op.drop_column("confirmation_due_at")

    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_column("focal_point_email")
        batch_op.drop_column("focal_point_name")
