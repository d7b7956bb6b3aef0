"""Builders of materials and stock for tests, through the core functions."""

from __future__ import annotations

from datetime import date

from riskedu.core.database import Database
from riskedu.core.filestore import FileStore, files_root
from riskedu.core.materials import MaterialForm, TitleLine, save_material
from riskedu.core.stock import receive_stock

from factories import TODAY


def store_of(db: Database) -> FileStore:
    return FileStore(files_root(db.path))


def add_material(db: Database, title: str = "Leaflet: if you find a mine", *,
                 stock: int = 0, **changes) -> str:
    """A saved material (with `stock` copies received) and its id."""
    form = MaterialForm(titles=[TitleLine("en", title)], type="leaflet", languages=["km"])
    for key, value in changes.items():
        setattr(form, key, value)
    with db.transaction() as session:
        material_id = save_material(session, form, store_of(db))
        if stock:
            receive_stock(session, material_id, stock, day=date(2026, 11, 1),
                          source="Headquarters store", by="Sokha Chan", today=TODAY)
    return material_id
