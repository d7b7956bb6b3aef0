"""Organisation details for printed documents: names by language, logo, signatory

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 00:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('print_details',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_names', sa.JSON(), nullable=False),
    sa.Column('logo_sha256', sa.String(length=64), nullable=False),
    sa.Column('logo_type', sa.String(length=40), nullable=False),
    sa.Column('signatory_name', sa.String(length=200), nullable=False),
    sa.Column('signatory_title', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_print_details'))
    )


def downgrade() -> None:
    op.drop_table('print_details')
