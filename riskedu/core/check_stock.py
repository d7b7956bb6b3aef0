"""Checks of the stock ledger and the material files, for `riskedu check`.

The ledger holds when no balance is below zero, every live line of a live session
has exactly one live hand-out entry of the same material and quantity, and no live
hand-out is left over from a removed line or a deleted session. Files hold when every
live material's file is in the store and still hashes to its name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import Connection, func, select

from riskedu.core.categories import STOCK_KIND
from riskedu.core.check import Fault, session_label
from riskedu.core.db.engine import sqlite_path
from riskedu.core.db.material_models import Material, MaterialTitle, SessionMaterial, StockEntry
from riskedu.core.db.models import EducationSession
from riskedu.core.filestore import FileStore, files_root

E, L, S = StockEntry, SessionMaterial, EducationSession


def _titles(connection: Connection) -> dict[str, str]:
    rows = connection.execute(select(MaterialTitle.material_id, MaterialTitle.title)
                              .order_by(MaterialTitle.material_id, MaterialTitle.position.desc()))
    return {material_id: title for material_id, title in rows}  # the first title wins


def _material(titles: dict[str, str], material_id: str) -> str:
    return f"material {titles.get(material_id, '(no title)')} [{material_id}]"


def balance_faults(connection: Connection) -> Iterator[Fault]:
    """No material has less than nothing in stock; entries have a known kind and sign."""
    titles = _titles(connection)
    rows = connection.execute(select(E.material_id, func.sum(E.quantity))
                              .where(E.deleted.is_(False)).group_by(E.material_id)
                              .having(func.sum(E.quantity) < 0))
    for material_id, total in rows:
        yield Fault("stock", _material(titles, material_id), f"balance is {total}, below zero")
    wrong = connection.execute(select(E.id, E.kind, E.quantity).where(
        E.deleted.is_(False), ~E.kind.in_(STOCK_KIND.codes)
        | ((E.kind == "received") & (E.quantity <= 0))
        | ((E.kind == "handed_out") & (E.quantity >= 0))))
    for entry_id, kind, quantity in wrong:
        yield Fault("stock", f"ledger entry {entry_id}", f"{kind!r} of {quantity} is not a "
                                                         "valid movement")


def session_line_faults(connection: Connection) -> Iterator[Fault]:
    """Session lines and hand-out entries pair up one to one, with equal quantities."""
    titles = _titles(connection)
    entries: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
    for entry_id, line_id, material_id, quantity in connection.execute(
            select(E.id, E.session_material_id, E.material_id, E.quantity)
            .where(E.deleted.is_(False), E.kind == "handed_out")):
        entries[line_id or ""].append((entry_id, material_id, quantity))
    lines = connection.execute(
        select(L.id, L.material_id, L.quantity, L.deleted, S.id, S.report_code, S.deleted)
        .join(S, S.id == L.session_id).order_by(S.report_code, L.position))
    for line_id, material_id, quantity, line_gone, session_id, code, session_gone in lines:
        where = session_label(code, session_id)
        paired = entries.pop(line_id, [])
        if session_gone or line_gone:
            if session_gone and not line_gone:
                yield Fault("stock", where, "the session is deleted but its material line "
                                            f"{line_id} is not")
            for entry_id, _, _ in paired:
                yield Fault("stock", where, f"hand-out {entry_id} still counts for a removed "
                                            "line or a deleted session")
            continue
        what = f"{_material(titles, material_id)} x {quantity}"
        if not paired:
            yield Fault("stock", where, f"{what} has no hand-out in the stock ledger")
        elif len(paired) > 1:
            yield Fault("stock", where, f"{what} has {len(paired)} hand-outs in the ledger")
        elif paired[0][1:] != (material_id, -quantity):
            yield Fault("stock", where, f"{what} is recorded in the ledger as "
                                        f"{_material(titles, paired[0][1])} x {-paired[0][2]}")
    for orphans in entries.values():
        for entry_id, material_id, quantity in orphans:
            yield Fault("stock", f"ledger entry {entry_id}", f"hands out {-quantity} of "
                        f"{_material(titles, material_id)} for no session line")


def file_faults(connection: Connection) -> Iterator[Fault]:
    """Each live material's file is in the store beside the database, unaltered."""
    path = sqlite_path(connection.engine)
    if path is None:  # a server's files live with each installation, not with the database
        return
    store, titles = FileStore(files_root(path)), _titles(connection)
    rows = connection.execute(select(Material.id, Material.file_sha256, Material.file_type,
                                     Material.file_name)
                              .where(Material.deleted.is_(False), Material.file_sha256 != ""))
    for material_id, sha256, media_type, name in rows:
        if not store.has(sha256, media_type):
            yield Fault("files", _material(titles, material_id),
                        f"file {name} is missing from {store.root}")
        elif not store.verify(sha256, media_type):
            yield Fault("files", _material(titles, material_id),
                        f"file {name} was altered or damaged (its SHA-256 no longer matches)")
