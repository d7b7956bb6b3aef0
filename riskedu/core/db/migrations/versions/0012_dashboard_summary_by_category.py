"""Dashboard summary by category (direct, indirect, training), so the dashboard can keep
people reached by media apart from those met in person: the summary, derived from the
sessions, is made again in its new shape and filled from the sessions already there

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 06:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

SUMS = ('female_0_5', 'female_6_12', 'female_13_17', 'female_18_49', 'female_50_59',
        'female_60_plus', 'male_0_5', 'male_6_12', 'male_13_17', 'male_18_49', 'male_50_59',
        'male_60_plus', 'disabled_female', 'disabled_male', 'first_time')
KEYS = ('breakdown', 'month', 'province_code', 'district_code', 'organisation_id', 'team_id',
        'status', 'breakdown_value')


def _create(with_category: bool) -> None:
    keys = [k for k in KEYS if k != 'breakdown_value']
    keys += ['category', 'breakdown_value'] if with_category else ['breakdown_value']
    lengths = {'breakdown': 10, 'province_code': 20, 'district_code': 20,
               'organisation_id': 36, 'team_id': 36, 'status': 12, 'category': 20,
               'breakdown_value': 30}
    op.create_table(
        'dashboard_summary',
        *[sa.Column(k, sa.Integer() if k == 'month' else sa.String(length=lengths[k]),
                    nullable=False) for k in keys],
        sa.Column('sessions', sa.Integer(), nullable=False),
        sa.Column('hazard_reports', sa.Integer(), nullable=False),
        *[sa.Column(name, sa.Integer(), nullable=False) for name in SUMS],
        sa.PrimaryKeyConstraint(*keys, name=op.f('pk_dashboard_summary')),
    )
    op.create_index('ix_dashboard_summary_area', 'dashboard_summary',
                    ['province_code', 'district_code', 'month'])


def upgrade() -> None:
    op.drop_table('dashboard_summary')
    _create(with_category=True)
    # The same grouping the app keeps up to date afterwards (one definition of a group).
    from riskedu.core.dashboard_summary import rebuild

    rebuild(op.get_bind())


def downgrade() -> None:
    op.drop_table('dashboard_summary')
    _create(with_category=False)
    # Left empty: the older app's migration 0009 filled it; a downgrade is for tests.
