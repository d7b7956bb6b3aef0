"""Dashboard summary: an index on (province, district, month), what each refresh of a
district deletes (without it every refresh read the whole summary)

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-28 16:00:00
"""

from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_dashboard_summary_area", "dashboard_summary",
                    ["province_code", "district_code", "month"])


def downgrade() -> None:
    op.drop_index("ix_dashboard_summary_area", table_name="dashboard_summary")
