"""The starter catalogue shipped in resources/: small sample files, clearly marked, added once."""

import json

from PIL import Image

from riskedu.core.file_content import media_type_of
from riskedu.core.materials import MaterialFilter, list_materials, set_material_active
from riskedu.core.starter_catalogue import (
    add_starter_catalogue,
    catalogue_file,
    has_materials,
    starter_materials,
)

from material_factories import store_of


def test_the_shipped_samples_are_small_marked_and_open(tmp_path):
    data = json.loads(catalogue_file().read_text("utf-8"))
    assert data["sample"] is True and data["about"].startswith("SAMPLE CONTENT")
    samples = starter_materials()
    assert len(samples) == len(data["materials"]) >= 6
    for sample in samples:
        assert sample.form.sample and sample.form.titles[0].title.startswith("Sample")
        if sample.file is not None:
            assert sample.file.stat().st_size < 10_000, sample.file.name
            assert media_type_of(sample.file.read_bytes()[:1024]) is not None
            assert "sample" in sample.file.name
    pictures = [s.file for s in samples if s.file and s.file.suffix == ".png"]
    with Image.open(pictures[0]) as image:
        assert image.size[0] >= 200


def test_a_new_database_gets_the_samples_once(db):
    store = store_of(db)
    with db.transaction() as session:
        assert not has_materials(session)
        added = add_starter_catalogue(session, store)
    with db.session() as session:
        rows = list_materials(session)
    assert len(rows) == len(added) == len(starter_materials())
    assert all(row.sample for row in rows)
    with_files = [row for row in rows if row.file]
    assert with_files and all(store.verify(r.file.sha256, r.file.media_type) for r in with_files)
    with db.transaction() as session:
        set_material_active(session, rows[0].id, False)
        assert add_starter_catalogue(session, store) == []  # a retired sample stays retired
    with db.session() as session:
        assert len(list_materials(session, MaterialFilter(include_retired=True))) == len(rows)
        assert not [r for r in list_materials(session) if r.id == rows[0].id]
