"""A registration whose delegate answered an information request is "info_provided" (back in
the officers' queue): the status CHECK constraint allows the new value.

Revision ID: 0010_info_provided
Revises: 0009_typed_scans
"""

from alembic import op

revision = "0010_info_provided"
down_revision = "0009_typed_scans"
branch_labels = None
depends_on = None

BEFORE = (
    "unconfirmed",
    "awaiting_endorsement",
    "submitted",
    "info_requested",
    "waitlisted",
    "approved",
    "rejected",
    "suspended",
    "revoked",
    "cancelled",
    "expired",
)
AFTER = (*BEFORE[:4], "info_provided", *BEFORE[4:])


def _allow(statuses: tuple[str, ...]) -> None:
    allowed = ", ".join(f"'{status}'" for status in statuses)
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_registrations_status_valid"), type_="check")
        batch_op.create_check_constraint("status_valid", f"status IN ({allowed})")


def upgrade():
    _allow(AFTER)


def downgrade():
    # Answered registrations go back to the queue as plain submitted ones.
    op.execute("UPDATE registrations SET status = 'submitted' WHERE status = 'info_provided'")
    _allow(BEFORE)
