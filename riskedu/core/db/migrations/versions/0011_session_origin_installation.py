"""Sessions remember the installation that created them (origin_installation_id), filled
for the sessions already there from the last installation that changed them, the best
that is known

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-28 16:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('sessions') as batch:
        batch.add_column(sa.Column('origin_installation_id', sa.String(length=36),
                                   nullable=True))
    op.execute("UPDATE sessions SET origin_installation_id = installation_id")


def downgrade() -> None:
    with op.batch_alter_table('sessions') as batch:
        batch.drop_column('origin_installation_id')
