"""Scans record whether the badge's number was typed by hand; two more verdicts: unknown
(no badge with this number was printed) and unreadable (a truncated or misread code).

Revision ID: 0009_typed_scans
Revises: 0008_pdf_removal
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_typed_scans"
down_revision = "0008_pdf_removal"
branch_labels = None
depends_on = None

BEFORE = ("valid", "already_inside", "revoked", "superseded", "not_approved", "wrong_event")
AFTER = (*BEFORE, "unknown", "unreadable")


def _result_check(batch_op, results: tuple[str, ...]) -> None:
    batch_op.drop_constraint(op.f("ck_scans_result_valid"), type_="check")
    allowed = ", ".join(f"'{value}'" for value in (*results, "forged"))
    batch_op.create_check_constraint(op.f("ck_scans_result_valid"), f"result IN ({allowed})")


def upgrade():
    with op.batch_alter_table("scans", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("typed", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        _result_check(batch_op, AFTER)


def downgrade():
    # Scans judged with the new verdicts were, before, forged ones.
    op.execute("UPDATE scans SET result = 'forged' WHERE result IN ('unknown', 'unreadable')")
    with op.batch_alter_table("scans", schema=None) as batch_op:
        _result_check(batch_op, BEFORE)
        batch_op.drop_column("typed")
