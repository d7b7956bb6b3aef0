"""Files travel with their records; headquarters' reference bundle reaches enrolled teams."""

import pytest
from sqlalchemy import select

from riskedu.core.db.base import Base
from riskedu.core.db.material_models import Material
from riskedu.core.db.models import GazetteerUnit, GazetteerVersion, Team
from riskedu.core.materials import MaterialForm, TitleLine, save_material
from riskedu.core.profile import SetupForm, apply_setup
from riskedu.sync import errors as E
from riskedu.sync.errors import BundleError
from riskedu.sync.export import export_bundle, export_reference
from riskedu.sync.identity import enrolment, installation_key, trust_enrolment
from riskedu.sync.importer import import_bundle, import_bundles

from material_factories import store_of
from material_files import good_pdf


def key_of(db):
    with db.session() as session:
        return installation_key(session, db.installation_id)


def add_poster(db, tmp_path, title="Danger! Mines") -> str:
    stored = store_of(db).add(good_pdf(tmp_path, f"{title}.pdf"))
    with db.transaction() as session:
        return save_material(session, MaterialForm(
            titles=[TitleLine("en", title)], type="poster", languages=["en"], file=stored),
            store_of(db))


def enrol(field, hq):
    with hq.session() as session:
        data = enrolment(session, hq.installation_id)
    with field.transaction() as session:
        trust_enrolment(session, field.installation_id, data)


def test_a_material_travels_to_headquarters_with_its_file(db, hq, outbox, tmp_path):
    material_id = add_poster(db, tmp_path)
    report = import_bundle(hq, export_bundle(db, outbox, key_of(db)).path, accept_unknown=True)
    assert report.files == 1
    with hq.session() as session:
        material = session.get(Material, material_id)
        assert store_of(hq).verify(material.file_sha256, material.file_type)


def test_an_enrolled_team_receives_headquarters_catalogue_teams_and_gazetteer(
        db, hq, outbox, tmp_path):
    enrol(db, hq)
    poster = add_poster(hq, tmp_path, "Flip chart 2026")
    with hq.transaction() as session:
        session.add(GazetteerVersion(id="KH-TEST-2026", country="KH", title="Test edition"))
        session.flush()
        session.add(GazetteerUnit(version="KH-TEST-2026", code="01", level=1, parent_code="",
                                  name_local="បន្ទាយមានជ័យ", name_en="Banteay Meanchey"))
    bundle = export_reference(hq, outbox, key_of(hq))
    report = import_bundle(db, bundle.path)
    assert report.applied and report.kind == "reference" and report.files == 1
    assert report.counts["gazetteer:KH-TEST-2026"] == {"new": 1}
    with db.session() as session:
        assert session.get(Material, poster) is not None
        assert "Team HQ" in session.scalars(select(Team.name)).all()
        assert session.get(GazetteerUnit, ("KH-TEST-2026", "01")).name_en == "Banteay Meanchey"
    again = import_bundle(db, bundle.path)
    assert again.already_imported and not again.applied


def test_a_reference_bundle_needs_headquarters_signature(db, hq, second_field, outbox):
    bundle = export_reference(hq, outbox, key_of(hq)).path
    with pytest.raises(BundleError) as refused:
        import_bundle(db, bundle)  # not enrolled: any key could have signed it
    assert refused.value.message.text == E.NOT_FROM_HEADQUARTERS
    enrol(db, second_field)  # enrolled with another installation's key
    with pytest.raises(BundleError) as refused:
        import_bundle(db, bundle)
    assert refused.value.message.text == E.NOT_FROM_HEADQUARTERS


def dump(db) -> list:
    with db.engine.connect() as connection:
        return [sorted(map(tuple, connection.execute(t.select()).all()), key=repr)
                for t in Base.metadata.sorted_tables]


def test_a_reference_bundle_for_another_organisation_is_refused_and_changes_nothing(
        db, hq, outbox, tmp_path):
    enrol(db, hq)  # the right headquarters' key: only the organisation differs
    with hq.transaction() as session:  # headquarters now prepares another organisation's
        apply_setup(session, hq.installation_id, SetupForm(
            organisation_name="Mines Advisory Group", organisation_code="MAG",
            team_name="MAG headquarters", team_code="HQ", educator_name="Officer"))
    add_poster(hq, tmp_path, "MAG leaflet")
    bundle = export_reference(hq, outbox, key_of(hq)).path
    before = dump(db)
    with pytest.raises(BundleError) as refused:
        import_bundle(db, bundle)
    assert refused.value.message.text == E.OTHER_ORGANISATION
    assert refused.value.message.params["organisation"] == "MAG"
    assert dump(db) == before
    with pytest.raises(BundleError):  # a preview says the same and changes nothing either
        import_bundles(db, [bundle], preview=True)
    assert dump(db) == before
