"""The window's door to the catalogue, the stock ledger and the file store.

Each call opens its own short session, so reads (the list, a history, previews, a new
file's check) may run on a worker thread. Holds no rule of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from riskedu.core import materials, starter_catalogue, stock
from riskedu.core.database import Database
from riskedu.core.filestore import FileStore, StoredFile, files_root
from riskedu.core.materials import MaterialFilter, MaterialForm, MaterialRow
from riskedu.core.stock import StockMove


class MaterialsAccess:
    """Reads and writes of materials and stock for one open database and educator."""

    def __init__(self, db: Database, by: Callable[[], str]):
        self.db = db
        self._by = by
        self.store = FileStore(files_root(db.path))

    # Reads (worker-safe) --------------------------------------------------------------

    def list(self, flt: MaterialFilter) -> list[MaterialRow]:
        with self.db.session() as session:
            return materials.list_materials(session, flt)

    def row(self, material_id: str) -> MaterialRow | None:
        with self.db.session() as session:
            return materials.material_row(session, material_id)

    def history(self, material_id: str) -> list[StockMove]:
        with self.db.session() as session:
            return stock.stock_history(session, material_id)

    def form(self, material_id: str) -> MaterialForm:
        with self.db.session() as session:
            return materials.load_material_form(session, material_id)

    def has_materials(self) -> bool:
        with self.db.session() as session:
            return starter_catalogue.has_materials(session)

    def preview(self, stored: StoredFile, side: int) -> bytes:
        """PNG bytes of the file's picture or first page (drawn once, then cached)."""
        return self.store.preview_png(stored.sha256, stored.media_type, side)

    def previews(self, files: list[StoredFile], side: int) -> dict[str, bytes | None]:
        """Previews of several files by hash; None for a file that cannot be drawn."""
        found: dict[str, bytes | None] = {}
        for stored in files:
            try:
                found[stored.sha256] = self.preview(stored, side)
            except Exception:  # a missing or damaged file shows a placeholder, not an error
                found[stored.sha256] = None
        return found

    def file_path(self, stored: StoredFile) -> Path:
        return self.store.path_of(stored.sha256, stored.media_type)

    def store_file(self, source: Path) -> StoredFile:
        """Check a file and keep it in the store (may take a second: run it off the GUI)."""
        return self.store.add(source)

    # Writes ---------------------------------------------------------------------------

    def save(self, form: MaterialForm) -> str:
        with self.db.transaction() as session:
            return materials.save_material(session, form, self.store)

    def set_active(self, material_id: str, active: bool) -> None:
        with self.db.transaction() as session:
            materials.set_material_active(session, material_id, active)

    def receive(self, material_id: str, quantity: int, *, day: date, source: str,
                language: str = "", note: str = "") -> None:
        with self.db.transaction() as session:
            stock.receive_stock(session, material_id, quantity, day=day, source=source,
                                language=language, note=note, by=self._by())

    def adjust(self, material_id: str, reason: str, quantity: int, *, day: date,
               note: str = "") -> None:
        with self.db.transaction() as session:
            stock.adjust_stock(session, material_id, reason, quantity, day=day, note=note,
                               by=self._by())

    def add_samples(self) -> int:
        """Add the sample starter catalogue; how many materials were added."""
        with self.db.transaction() as session:
            return len(starter_catalogue.add_starter_catalogue(session, self.store))

    def add_samples_if_empty(self) -> int:
        """On a new installation: the samples, so the Materials page has something to show."""
        with self.db.transaction() as session:
            if starter_catalogue.has_materials(session):
                return 0
            return len(starter_catalogue.add_starter_catalogue(session, self.store))
