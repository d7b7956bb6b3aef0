"""`riskedu export`, `import` and `keys`: a field laptop enrolled with headquarters."""

import zipfile

from riskedu.core.database import open_database
from riskedu.core.profile import SetupForm, apply_setup


def set_up(path, team, person):
    database = open_database(path)
    with database.transaction() as session:
        apply_setup(session, database.installation_id, SetupForm(
            organisation_name="HALO Trust", organisation_code="HALO", team_name=team,
            team_code=team[-2:].strip(), educator_name=person))
    database.close()


def test_enrolled_field_bundle_is_sealed_and_imports_at_headquarters(cli, tmp_path):
    field, hq, usb = tmp_path / "field.db", tmp_path / "hq.db", tmp_path / "usb"
    usb.mkdir()
    set_up(hq, "Headquarters", "Officer")
    assert cli("demo", "--db", field, "--sessions", 20).status == 0

    enrol = cli("keys", "--db", hq, "export-enrolment", "--out", tmp_path / "hq.json")
    assert enrol.status == 0
    shown = cli("keys", "--db", hq, "show").out
    hq_fingerprint = shown.split("fingerprint")[1].split("\n")[0].strip()
    trusted = cli("keys", "--db", field, "trust", tmp_path / "hq.json")
    assert trusted.status == 1 and "not DEMO" in trusted.err  # the demo's is another org

    set_up(tmp_path / "halo-field.db", "Team 3", "Sokha")
    field = tmp_path / "halo-field.db"
    trusted = cli("keys", "--db", field, "trust", tmp_path / "hq.json")
    assert trusted.status == 0 and hq_fingerprint in trusted.out

    exported = cli("export", "--db", field, "--out", usb)
    assert exported.status == 0 and "not encrypted" not in exported.err
    bundle = exported.out.strip()
    assert zipfile.ZipFile(bundle).namelist() == ["envelope.json", "payload.enc"]

    refused = cli("import", "--db", hq, bundle)
    assert refused.status == 1 and "new installation, fingerprint" in refused.out
    done = cli("import", "--db", hq, bundle, "--yes")
    assert done.status == 0 and "Imported 1 of 1" in done.out
    again = cli("import", "--db", hq, bundle, "--yes")
    assert "already imported" in again.out and "Imported 0 of 1" in again.out


def test_unenrolled_export_says_it_is_not_encrypted(cli, tmp_path):
    field, usb = tmp_path / "field.db", tmp_path / "usb"
    usb.mkdir()
    assert cli("demo", "--db", field, "--sessions", 5).status == 0
    exported = cli("export", "--db", field, "--out", usb)
    assert exported.status == 0 and "not encrypted" in exported.err
    assert "manifest.json" in zipfile.ZipFile(exported.out.strip()).namelist()
    again = cli("export", "--db", field, "--out", usb)
    assert again.status == 0 and again.out != exported.out


def test_a_damaged_bundle_fails_with_one_line_and_changes_nothing(cli, tmp_path):
    field, hq, usb = tmp_path / "field.db", tmp_path / "hq.db", tmp_path / "usb"
    usb.mkdir()
    cli("demo", "--db", field, "--sessions", 5)
    bundle = cli("export", "--db", field, "--out", usb).out.strip()
    data = open(bundle, "rb").read()
    with open(bundle, "wb") as cut:
        cut.write(data[: len(data) // 3])
    before = cli("stats", "--db", hq, "--json").out
    failed = cli("import", "--db", hq, bundle, "--yes")
    assert failed.status == 1 and "cut short" in failed.err
    assert len(failed.err.strip().splitlines()) == 1
    assert cli("stats", "--db", hq, "--json").out == before


def test_export_needs_an_existing_folder(cli, tmp_path):
    failed = cli("export", "--db", tmp_path / "f.db", "--out", tmp_path / "nowhere")
    assert failed.status == 1 and "is not a folder" in failed.err


def test_headquarters_reference_bundle_reaches_an_enrolled_team(cli, tmp_path):
    hq, field, usb = tmp_path / "hq.db", tmp_path / "field.db", tmp_path / "usb"
    usb.mkdir()
    set_up(hq, "Headquarters", "Officer")
    set_up(field, "Team 3", "Sokha")
    cli("keys", "--db", hq, "export-enrolment", "--out", tmp_path / "hq.json")
    assert cli("keys", "--db", field, "trust", tmp_path / "hq.json").status == 0
    reference = cli("export", "--db", hq, "--out", usb, "--reference")
    assert reference.status == 0 and "reference" in reference.out
    done = cli("import", "--db", field, reference.out.strip(), "--yes")
    assert done.status == 0 and "Imported 1 of 1" in done.out
    assert cli("export", "--db", hq, "--out", usb, "--full", "--reference").status == 2
