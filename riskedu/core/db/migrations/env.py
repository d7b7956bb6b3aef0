"""Alembic environment: runs on the connection riskedu hands it (see migrate.py)."""

from alembic import context

from riskedu.core.db import models  # noqa: F401 - registers the tables
from riskedu.core.db.base import Base

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
