"""Alembic environment: runs on the connection riskedu hands it (see migrate.py)."""

from alembic import context

from riskedu.core.db import models  # noqa: F401 - registers the tables
from riskedu.core.db.base import Base

config = context.config
connection = config.attributes["connection"]
if connection.dialect.name == "sqlite":
    # SQLite alters a table by copying it and dropping the old one, which enforced
    # foreign keys forbid. Off for this connection (it works only before the first
    # write begins the transaction); riskedu checks every key after the upgrade and
    # throws the connection away, so the next one has them on again.
    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
