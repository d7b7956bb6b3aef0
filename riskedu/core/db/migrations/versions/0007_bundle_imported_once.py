"""A bundle is logged as imported at most once (two officers importing it at the same
moment on a server cannot both record it)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28 00:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

INCOMING = sa.text("direction = 'in'")


def upgrade() -> None:
    # A repeat logged before this constraint brought nothing (its records were all
    # there already): the first entry of each bundle is the one to keep.
    op.execute("DELETE FROM bundle_log WHERE direction = 'in' AND id NOT IN ("
               "SELECT min(id) FROM bundle_log WHERE direction = 'in' GROUP BY bundle_id)")
    op.create_index("uq_bundle_log_imported_once", "bundle_log", ["bundle_id"], unique=True,
                    sqlite_where=INCOMING, postgresql_where=INCOMING)


def downgrade() -> None:
    op.drop_index("uq_bundle_log_imported_once", table_name="bundle_log")
