"""The catalogue of education materials: add, edit, retire, list. Every write goes through here.

A team's catalogue holds tens to a few hundred materials, so a list reads every
matching material in two queries (materials with their balances, then their titles).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Text, cast, exists, func, or_, select
from sqlalchemy.orm import Session

from riskedu.core import trash
from riskedu.core.categories import AUDIENCE, HAZARD, LANGUAGE, MATERIAL_TYPE
from riskedu.core.db.base import new_id
from riskedu.core.db.material_models import Material, MaterialTitle, SessionMaterial, StockEntry
from riskedu.core.filestore import FileStore, StoredFile
from riskedu.core.i18n import QT_TRANSLATE_NOOP
from riskedu.core.stock import balance_column
from riskedu.core.validation import Problem, ValidationFailed, problem

MAX_TITLE = 300
MAX_EDITION = 100
MAX_THRESHOLD = 1_000_000

TITLE_MISSING = QT_TRANSLATE_NOOP("validation", "Enter the material's title.")
TITLE_LANGUAGE_MISSING = QT_TRANSLATE_NOOP("validation", "Choose the language of title {row}.")
TITLE_EMPTY = QT_TRANSLATE_NOOP("validation", "Title {row} has a language but no text.")
TITLE_TOO_LONG = QT_TRANSLATE_NOOP("validation", "Title {row} is longer than {max} letters.")
TITLE_LANGUAGE_TWICE = QT_TRANSLATE_NOOP(
    "validation", "Two titles are in the same language ({row}); keep one for each language.")
TYPE_MISSING = QT_TRANSLATE_NOOP("validation", "Choose the type of material.")
UNKNOWN_CODE = QT_TRANSLATE_NOOP("validation", "Unknown code: {code}.")
EDITION_TOO_LONG = QT_TRANSLATE_NOOP("validation", "The edition is longer than {max} letters.")
THRESHOLD_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "validation", "The low-stock warning must be a whole number from 0 to {max}.")
STILL_HANDED_OUT = QT_TRANSLATE_NOOP(
    "validation", "{title} was handed out at {count} sessions, so it cannot be deleted: "
    "retire it instead (its history stays).")
FILE_NOT_STORED = QT_TRANSLATE_NOOP(
    "validation", "The material's file is missing from the file store. Add the file again.")


class MaterialNotFound(LookupError):
    """The material does not exist (or was deleted)."""


@dataclass
class TitleLine:
    """A material's title in one language."""

    language: str = ""
    title: str = ""
    id: str | None = None  # lines of an editable table carry an id; titles have none


@dataclass
class MaterialForm:
    """Every editable field of a material; `id` is None until first saved."""

    id: str | None = None
    titles: list[TitleLine] = field(default_factory=list)
    type: str = ""
    languages: list[str] = field(default_factory=list)
    edition: str = ""
    audiences: list[str] = field(default_factory=list)
    hazards: list[str] = field(default_factory=list)
    notes: str = ""
    active: bool = True
    low_stock_threshold: int = 0
    file: StoredFile | None = None
    sample: bool = False


@dataclass(frozen=True)
class MaterialRow:
    """One material of the list, with its balance worked out from the ledger."""

    id: str
    titles: tuple[tuple[str, str], ...]
    type: str
    languages: tuple[str, ...]
    edition: str
    audiences: tuple[str, ...]
    hazards: tuple[str, ...]
    notes: str
    active: bool
    sample: bool
    low_stock_threshold: int
    balance: int
    file: StoredFile | None

    def title(self, language: str | None = None) -> str:
        """The title in `language` when there is one, else the first title."""
        for code, text in self.titles:
            if code == language:
                return text
        return self.titles[0][1] if self.titles else ""

    @property
    def low(self) -> bool:
        """At or under its low-stock warning (a warning of 0 means none)."""
        return self.low_stock_threshold > 0 and self.balance <= self.low_stock_threshold


@dataclass(frozen=True)
class MaterialFilter:
    """What the user narrowed the catalogue to. Empty fields do not filter."""

    text: str = ""
    type: str = ""
    language: str = ""
    include_retired: bool = False
    low_only: bool = False


def _title_problems(lines: list[TitleLine]) -> list[Problem]:
    problems, seen = [], set()
    for row, line in enumerate(lines, start=1):
        if line.language not in LANGUAGE:
            problems.append(problem("titles", TITLE_LANGUAGE_MISSING, row=row))
        elif line.language in seen:
            problems.append(problem("titles", TITLE_LANGUAGE_TWICE, row=row))
        seen.add(line.language)
        if not line.title.strip():
            problems.append(problem("titles", TITLE_EMPTY, row=row))
        elif len(line.title.strip()) > MAX_TITLE:
            problems.append(problem("titles", TITLE_TOO_LONG, row=row, max=MAX_TITLE))
    return problems


def _filled(lines: list[TitleLine]) -> list[TitleLine]:
    return [line for line in lines if line.title.strip() or line.language]


def validate_material(form: MaterialForm, store: FileStore | None = None) -> list[Problem]:
    """Every rule `form` breaks; the file is checked against `store` when given."""
    titles = _filled(form.titles)
    problems = _title_problems(titles) if titles else [problem("titles", TITLE_MISSING)]
    if form.type not in MATERIAL_TYPE:
        problems.append(problem("type", TYPE_MISSING))
    for name, choices in (("languages", LANGUAGE), ("audiences", AUDIENCE),
                          ("hazards", HAZARD)):
        problems += [problem(name, UNKNOWN_CODE, code=code)
                     for code in getattr(form, name) if code not in choices]
    if len(form.edition.strip()) > MAX_EDITION:
        problems.append(problem("edition", EDITION_TOO_LONG, max=MAX_EDITION))
    threshold = form.low_stock_threshold
    if not isinstance(threshold, int) or isinstance(threshold, bool) \
            or not 0 <= threshold <= MAX_THRESHOLD:
        problems.append(problem("low_stock_threshold", THRESHOLD_OUT_OF_RANGE,
                                max=MAX_THRESHOLD))
    if form.file is not None and store is not None \
            and not store.has(form.file.sha256, form.file.media_type):
        problems.append(problem("file", FILE_NOT_STORED))
    return problems


def live_material(session: Session, material_id: str) -> Material:
    material = session.get(Material, material_id)
    if material is None or material.deleted:
        raise MaterialNotFound(material_id)
    return material


def _write_titles(material: Material, lines: list[TitleLine]) -> None:
    # Updated in place by position (the key), so no title row is deleted and re-added.
    for position, line in enumerate(lines):
        if position < len(material.titles):
            title = material.titles[position]
        else:
            title = MaterialTitle(position=position)
            material.titles.append(title)
        title.language, title.title = line.language, line.title.strip()
    del material.titles[len(lines):]


def save_material(session: Session, form: MaterialForm, store: FileStore | None = None) -> str:
    """Validate and write `form`; returns the material's id. Nothing is written when a rule
    fails: `ValidationFailed` lists every problem."""
    material = session.get(Material, form.id) if form.id else None  # a new id may be given
    if material is not None and material.deleted:
        raise MaterialNotFound(form.id)
    problems = validate_material(form, store)
    if problems:
        raise ValidationFailed(problems)
    with session.no_autoflush:  # one flush, one version bump per save
        if material is None:
            material = Material(id=form.id or new_id())
            session.add(material)
        _write_titles(material, _filled(form.titles))
        material.type, material.edition = form.type, form.edition.strip()
        material.languages = [c for c in LANGUAGE.codes if c in form.languages]
        material.audiences = [c for c in AUDIENCE.codes if c in form.audiences]
        material.hazards = [c for c in HAZARD.codes if c in form.hazards]
        material.notes, material.active = form.notes, form.active
        material.low_stock_threshold, material.sample = form.low_stock_threshold, form.sample
        stored = form.file
        material.file_sha256 = stored.sha256 if stored else ""
        material.file_type = stored.media_type if stored else ""
        material.file_name = stored.name[:260] if stored else ""
        material.file_size = stored.size if stored else 0
    session.flush()
    return material.id


def set_material_active(session: Session, material_id: str, active: bool) -> None:
    """Retire a material (no longer offered for new hand-outs) or bring it back."""
    live_material(session, material_id).active = active
    session.flush()


def delete_material(session: Session, material_id: str, *, by: str = "") -> str:
    """Tombstone a material and its stock movements; it stays in the trash until exported
    (returns the trash item's id).
    A material some live session handed out is refused: retiring keeps those records whole."""
    material = live_material(session, material_id)
    used = session.scalar(select(func.count()).select_from(SessionMaterial).where(
        SessionMaterial.material_id == material_id, SessionMaterial.deleted.is_(False)))
    title = material.titles[0].title if material.titles else material.id
    if used:
        raise ValidationFailed([problem("material", STILL_HANDED_OUT, title=title, count=used)])
    moves = list(session.scalars(select(StockEntry).where(
        StockEntry.material_id == material_id, StockEntry.deleted.is_(False))))
    for row in [material, *moves]:
        row.deleted = True
    session.flush()
    item = trash.put_in_trash(session, trash.MATERIAL, material, [material, *moves],
                              label=title, detail=material.type, by=by)
    session.flush()
    return item.id


def _stored_file(material: Material) -> StoredFile | None:
    if not material.file_sha256:
        return None
    return StoredFile(material.file_sha256, material.file_type, material.file_size,
                      material.file_name)


def load_material_form(session: Session, material_id: str) -> MaterialForm:
    """The editable form of a saved material."""
    material = live_material(session, material_id)
    return MaterialForm(
        id=material.id, titles=[TitleLine(t.language, t.title) for t in material.titles],
        type=material.type, languages=list(material.languages or []),
        edition=material.edition, audiences=list(material.audiences or []),
        hazards=list(material.hazards or []), notes=material.notes, active=material.active,
        low_stock_threshold=material.low_stock_threshold, file=_stored_file(material),
        sample=material.sample)


def _text_condition(text: str):
    needle = f"%{text.strip().lower()}%"
    titled = exists().where(MaterialTitle.material_id == Material.id,
                            or_(func.lower(MaterialTitle.title).like(needle),
                                MaterialTitle.title.like(f"%{text.strip()}%")))
    return or_(titled, func.lower(Material.edition).like(needle),
               func.lower(Material.notes).like(needle))


def list_materials(session: Session, flt: MaterialFilter = MaterialFilter(),  # noqa: B008
                   ids: list[str] | None = None) -> list[MaterialRow]:
    """The catalogue's materials matching `flt` (or just `ids`), active first, by title."""
    balance = balance_column()
    query = select(Material, balance).where(Material.deleted.is_(False))
    if ids is not None:
        query = query.where(Material.id.in_(ids))
    if not flt.include_retired and ids is None:
        query = query.where(Material.active.is_(True))
    if flt.type:
        query = query.where(Material.type == flt.type)
    if flt.language:  # JSON lists are compared as text: portable to PostgreSQL
        query = query.where(cast(Material.languages, Text).like(f'%"{flt.language}"%'))
    if flt.text.strip():
        query = query.where(_text_condition(flt.text))
    found = session.execute(query).all()
    titles: dict[str, list[tuple[str, str]]] = {}
    if found:
        for material_id, language, text in session.execute(
                select(MaterialTitle.material_id, MaterialTitle.language, MaterialTitle.title)
                .where(MaterialTitle.material_id.in_([m.id for m, _ in found]))
                .order_by(MaterialTitle.material_id, MaterialTitle.position)):
            titles.setdefault(material_id, []).append((language, text))
    rows = [MaterialRow(
        m.id, tuple(titles.get(m.id, ())), m.type, tuple(m.languages or ()), m.edition,
        tuple(m.audiences or ()), tuple(m.hazards or ()), m.notes, m.active, m.sample,
        m.low_stock_threshold, int(stock), _stored_file(m)) for m, stock in found]
    if flt.low_only:
        rows = [row for row in rows if row.low]
    return sorted(rows, key=lambda r: (not r.active, r.title().casefold(), r.id))


def material_row(session: Session, material_id: str) -> MaterialRow | None:
    """The list line of one material (retired ones included), None when there is none."""
    rows = list_materials(session, MaterialFilter(include_retired=True), ids=[material_id])
    return rows[0] if rows else None
