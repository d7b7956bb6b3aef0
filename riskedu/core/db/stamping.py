"""Fill the sync metadata of every changed record at flush time.

Each flush takes as many numbers from this installation's change counter as it
has changed records, in one atomic UPDATE, so the numbers are unique and grow
even on a server shared by several officers. Children that travel inside their
parent (`__sync_parent__`) bump the parent instead.
"""

from __future__ import annotations

from sqlalchemy import event, update
from sqlalchemy.orm import Session

from riskedu.core.db.base import SyncMixin, utc_now
from riskedu.core.db.models import LocalInstallation

INSTALLATION_KEY = "installation_id"


def _changed_sync_records(session: Session) -> list[SyncMixin]:
    changed: dict[int, SyncMixin] = {}
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        if obj in session.dirty and not session.is_modified(obj):
            continue
        parent_attr = getattr(type(obj), "__sync_parent__", None)
        target = getattr(obj, parent_attr, None) if parent_attr else obj
        if isinstance(target, SyncMixin) and target not in session.deleted:
            changed[id(target)] = target
    return list(changed.values())


def reserve_counters(session: Session, count: int) -> tuple[str, int]:
    """Take `count` change numbers; return (installation id, first number taken)."""
    installation_id = session.info[INSTALLATION_KEY]
    last = session.execute(
        update(LocalInstallation)
        .where(LocalInstallation.id == installation_id)
        .values(counter=LocalInstallation.counter + count)
        .returning(LocalInstallation.counter)
    ).scalar_one()
    return installation_id, last - count + 1


def bulk_stamp(installation_id: str, counter: int, now) -> dict:
    """Sync metadata of a new record written with a bulk insert (the flush hook's work)."""
    return {"installation_id": installation_id, "change_counter": counter, "updated_at": now,
            "version_vector": {installation_id: counter}}


def _stamp(session: Session, flush_context, instances) -> None:
    if INSTALLATION_KEY not in session.info:
        return
    records = _changed_sync_records(session)
    if not records:
        return
    installation_id, first = reserve_counters(session, len(records))
    now = utc_now()
    for offset, record in enumerate(records):
        record.installation_id = installation_id
        record.change_counter = first + offset
        record.updated_at = now
        record.version_vector = {**(record.version_vector or {}),
                                 installation_id: first + offset}


def install_stamping() -> None:
    """Register the flush hook once for every ORM session of the process."""
    if not event.contains(Session, "before_flush", _stamp):
        event.listen(Session, "before_flush", _stamp)
