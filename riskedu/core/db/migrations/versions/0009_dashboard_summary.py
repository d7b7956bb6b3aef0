"""Dashboard summary: the sessions' figures per month, area, organisation, team, status
(and method, audience); filled by 0012

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28 04:20:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

SUMS = ('female_0_5', 'female_6_12', 'female_13_17', 'female_18_49', 'female_50_59',
        'female_60_plus', 'male_0_5', 'male_6_12', 'male_13_17', 'male_18_49', 'male_50_59',
        'male_60_plus', 'disabled_female', 'disabled_male', 'first_time')


def upgrade() -> None:
    op.create_table(
        'dashboard_summary',
        sa.Column('breakdown', sa.String(length=10), nullable=False),
        sa.Column('month', sa.Integer(), nullable=False),
        sa.Column('province_code', sa.String(length=20), nullable=False),
        sa.Column('district_code', sa.String(length=20), nullable=False),
        sa.Column('organisation_id', sa.String(length=36), nullable=False),
        sa.Column('team_id', sa.String(length=36), nullable=False),
        sa.Column('status', sa.String(length=12), nullable=False),
        sa.Column('breakdown_value', sa.String(length=30), nullable=False),
        sa.Column('sessions', sa.Integer(), nullable=False),
        sa.Column('hazard_reports', sa.Integer(), nullable=False),
        *[sa.Column(name, sa.Integer(), nullable=False) for name in SUMS],
        sa.PrimaryKeyConstraint('breakdown', 'month', 'province_code', 'district_code',
                                'organisation_id', 'team_id', 'status', 'breakdown_value',
                                name=op.f('pk_dashboard_summary')),
    )
    # Filled by 0012, which gives the summary its present shape: the app's rebuild
    # writes the columns the summary has now, not the ones it had here.


def downgrade() -> None:
    op.drop_table('dashboard_summary')
