"""Open a riskedu database: migrate it, make sure it knows this installation and a gazetteer."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from riskedu.core.dashboard_summary import install_summary_hook
from riskedu.core.db.engine import make_engine, sqlite_path
from riskedu.core.db.files import check_database_file
from riskedu.core.db.migrate import upgrade_to_head
from riskedu.core.db.models import LocalInstallation
from riskedu.core.db.server import connection_problem, lock_in_transaction
from riskedu.core.db.stamping import INSTALLATION_KEY, install_stamping
from riskedu.core.disk_space import database_full
from riskedu.core.gazetteer import ensure_cambodia_gazetteer


@dataclass
class Database:
    """An open riskedu database and the id of the installation writing to it."""

    engine: Engine
    installation_id: str
    migration_backup: Path | None = None

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.engine)

    def session(self) -> Session:
        """A new ORM session whose flushes are stamped with this installation."""
        factory = sessionmaker(self.engine, expire_on_commit=False)
        session = factory()
        session.info[INSTALLATION_KEY] = self.installation_id
        return session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on any error; a write that
        found the disk full raises `DiskFull`."""
        try:
            with self.session() as session, session.begin():
                yield session
        except OperationalError as error:
            full = database_full(error, self.path)
            if full is None:
                raise
            raise full from error

    def installation(self) -> LocalInstallation:
        with self.session() as session:
            return session.get(LocalInstallation, self.installation_id)

    def close(self) -> None:
        if self.path is not None:
            # SQLite's advice for long-lived connections: refresh planner statistics
            # where they are stale, so filters keep choosing the right index.
            try:
                with self.engine.connect() as connection:
                    connection.exec_driver_sql("PRAGMA optimize")
            except SQLAlchemyError:  # read-only file or full disk: closing must still work
                pass
        self.engine.dispose()


def _ensure_installation(engine: Engine) -> str:
    with Session(engine) as session, session.begin():
        # Officers opening a new server database at the same moment: one adds it.
        lock_in_transaction(session.connection(), "installation")
        installation = session.scalars(select(LocalInstallation).limit(1)).first()
        if installation is None:
            installation = LocalInstallation()
            session.add(installation)
            session.flush()
        return installation.id


def open_database(target: str | Path) -> Database:
    """Open (creating if needed) the database at a path or URL, at the current schema.

    Raises `DatabaseUnusable` (`DatabaseTooNew` when a newer riskedu wrote it) for a
    file it cannot use, or a server it cannot reach or log in to; such a database is
    left untouched.
    """
    path = Path(target).expanduser() if "://" not in str(target) else None
    if path is not None:
        check_database_file(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    install_stamping()
    install_summary_hook()
    engine = _server_engine(str(target)) if path is None else make_engine(path)
    try:
        backup = upgrade_to_head(engine)
        installation_id = _ensure_installation(engine)
        database = Database(engine, installation_id, backup)
        with database.transaction() as session:
            lock_in_transaction(session.connection(), "gazetteer")
            ensure_cambodia_gazetteer(session)
    except BaseException:
        engine.dispose()
        raise
    return database


def _server_engine(url: str) -> Engine:
    """An engine for a database URL, connected once so a wrong address or password is
    told plainly (`DatabaseUnusable`) instead of failing later with a traceback."""
    try:
        engine = make_engine(url)
    except (SQLAlchemyError, ImportError, ValueError) as error:
        raise connection_problem(url, error) from None
    try:
        with engine.connect():
            pass
    except (SQLAlchemyError, ImportError) as error:
        engine.dispose()
        raise connection_problem(url, error) from None
    return engine
