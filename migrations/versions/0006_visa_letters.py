"""Visa support letters (one current letter per registration, withdrawn ones kept) and each
event's letterhead and signatory.

Revision ID: 0006_letters
Revises: 0005_checkin
Create Date: 2026-11-28 00:51:55.677277

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0006_letters'
down_revision = "0005_checkin"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('letter_settings',
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('organiser_name', sa.String(length=200), nullable=False),
    sa.Column('organiser_address', sa.String(length=500), nullable=False),
    sa.Column('signatory_name', sa.String(length=150), nullable=False),
    sa.Column('signatory_title', sa.String(length=150), nullable=False),
    sa.Column('contact_email', sa.String(length=254), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_letter_settings_event_id_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id', name=op.f('pk_letter_settings'))
    )
    op.create_table('visa_letters',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=24), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('registration_id', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('content', sa.JSON(), nullable=False),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('issued_by_id', sa.Integer(), nullable=True),
    sa.Column('withdrawn_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('withdrawn_by_id', sa.Integer(), nullable=True),
    sa.Column('withdrawal_reason', sa.Text(), nullable=True),
    sa.CheckConstraint('withdrawn_at IS NULL OR withdrawal_reason IS NOT NULL', name=op.f('ck_visa_letters_withdrawal_has_reason')),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_visa_letters_event_id_events')),
    sa.ForeignKeyConstraint(['issued_by_id'], ['staff_users.id'], name=op.f('fk_visa_letters_issued_by_id_staff_users')),
    sa.ForeignKeyConstraint(['registration_id'], ['registrations.id'], name=op.f('fk_visa_letters_registration_id_registrations')),
    sa.ForeignKeyConstraint(['withdrawn_by_id'], ['staff_users.id'], name=op.f('fk_visa_letters_withdrawn_by_id_staff_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visa_letters')),
    sa.UniqueConstraint('reference', name=op.f('uq_visa_letters_reference'))
    )
    with op.batch_alter_table('visa_letters', schema=None) as batch_op:
        batch_op.create_index('ix_visa_letters_event_issued', ['event_id', 'issued_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_visa_letters_registration_id'), ['registration_id'], unique=False)
        batch_op.create_index('uq_visa_letters_current', ['registration_id'], unique=True, sqlite_where=sa.text('withdrawn_at IS NULL'), postgresql_where=sa.text('withdrawn_at IS NULL'))



def downgrade():
    with op.batch_alter_table('visa_letters', schema=None) as batch_op:
        batch_op.drop_index('uq_visa_letters_current', sqlite_where=sa.text('withdrawn_at IS NULL'), postgresql_where=sa.text('withdrawn_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_visa_letters_registration_id'))
        batch_op.drop_index('ix_visa_letters_event_issued')

    op.drop_table('visa_letters')
    op.drop_table('letter_settings')
