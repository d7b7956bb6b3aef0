"""The starter catalogue: sample materials shipped in `resources/materials/`.

A new installation gets them so the Materials page has something to show. Every one
is marked `sample` (and says so in its title and on its file). They keep fixed ids,
so adding the catalogue again adds only the samples that were never there: one the
user retired or changed is left as it is.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from riskedu.core.db.material_models import Material
from riskedu.core.filestore import FileStore
from riskedu.core.materials import MaterialForm, TitleLine, save_material
from riskedu.resources import resource_path

CATALOGUE_FORMAT = 1


@dataclass(frozen=True)
class StarterMaterial:
    """One sample material as the catalogue file describes it."""

    form: MaterialForm
    file: Path | None


def catalogue_file() -> Path:
    return resource_path("materials", "catalogue.json")


def starter_materials(path: Path | None = None) -> list[StarterMaterial]:
    """The sample materials of the shipped catalogue file (or `path`)."""
    path = path or catalogue_file()
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != CATALOGUE_FORMAT:
        raise ValueError(f"{path.name}: catalogue format {data.get('format')!r} is not "
                         f"{CATALOGUE_FORMAT}")
    found = []
    for item in data["materials"]:
        form = MaterialForm(
            id=item["id"], titles=[TitleLine(lang, text) for lang, text in item["titles"]],
            type=item["type"], languages=list(item.get("languages", [])),
            edition=item.get("edition", ""), audiences=list(item.get("audiences", [])),
            hazards=list(item.get("hazards", [])),
            low_stock_threshold=int(item.get("low_stock_threshold", 0)),
            notes=data.get("about", ""), sample=True)
        file = path.parent / item["file"] if item.get("file") else None
        found.append(StarterMaterial(form, file))
    return found


def has_materials(session: Session) -> bool:
    """Whether the catalogue has any material (retired ones included)."""
    return bool(session.scalar(select(func.count()).select_from(Material)
                               .where(Material.deleted.is_(False))))


def add_starter_catalogue(session: Session, store: FileStore) -> list[str]:
    """Add the samples never added before (their files into `store`); their ids."""
    samples = starter_materials()
    known = set(session.scalars(select(Material.id).where(
        Material.id.in_([s.form.id for s in samples]))))
    added = []
    for sample in samples:
        if sample.form.id in known:
            continue
        if sample.file is not None:
            sample.form.file = store.add(sample.file)
        added.append(save_material(session, sample.form, store))
    return added
