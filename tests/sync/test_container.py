"""The bundle file: written atomically, signed, optionally sealed; every bad file refused."""

import json
import zipfile

import pytest

from riskedu.sync import errors as E
from riskedu.sync.container import FORMAT_VERSION, write_bundle
from riskedu.sync.errors import BundleError
from riskedu.sync.keys import InstallationKey
from riskedu.sync.reader import open_bundle

FIELD = InstallationKey.from_seed(bytes(range(32)))
HQ = InstallationKey.from_seed(bytes(range(1, 33)))
RECORDS = [b'{"id": "a", "notes": "\xe1\x9e\x97\xe1\x9e\xbc\xe1\x9e\x98\xe1\x9e\xb7"}',
           b'{"id": "b", "notes": "second"}']


def entries():
    return [("records/sessions.jsonl", [line + b"\n" for line in RECORDS]),
            ("files/0f0f", [b"\x89PNG" + bytes(5000)])]


def make(tmp_path, recipient=None, name="bundle.riskedu"):
    return write_bundle(tmp_path / name, {"kind": "field", "app_version": "0.1.0"},
                        entries(), FIELD, recipient)


def refusal(path, key=None) -> str:
    with pytest.raises(BundleError) as refused:
        with open_bundle(path, key) as bundle:
            bundle.verify_all()
    return refused.value.message.text


def test_round_trip(tmp_path):
    path = make(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["bundle.riskedu"]  # no .part left
    with open_bundle(path) as bundle:
        assert bundle.signer == FIELD.public_key and not bundle.encrypted
        assert bundle.manifest["kind"] == "field"
        assert bundle.manifest["format_version"] == FORMAT_VERSION == 2
        assert list(bundle.lines("records/sessions.jsonl")) == RECORDS
        bundle.verify_all()
    assert zipfile.ZipFile(path).testzip() is None  # standard tools open it


def test_sealed_round_trip_opens_only_with_the_recipients_key(tmp_path):
    path = make(tmp_path, recipient=HQ.public_key)
    assert b"second" not in path.read_bytes()
    with open_bundle(path, HQ) as bundle:
        assert bundle.encrypted
        assert list(bundle.lines("records/sessions.jsonl")) == RECORDS
    assert refusal(path, FIELD) == E.NOT_FOR_US
    assert refusal(path, None) == E.NO_KEY


@pytest.mark.parametrize("recipient", [None, HQ.public_key])
def test_a_bundle_cut_short_anywhere_is_refused(tmp_path, recipient):
    whole = make(tmp_path, recipient).read_bytes()
    cut = tmp_path / "cut.riskedu"
    for length in range(0, len(whole), max(1, len(whole) // 97)):
        cut.write_bytes(whole[:length])
        assert refusal(cut, HQ) in (E.NOT_A_BUNDLE, E.TRUNCATED), length


@pytest.mark.parametrize("recipient", [None, HQ.public_key])
def test_a_flipped_byte_anywhere_is_refused(tmp_path, recipient):
    whole = make(tmp_path, recipient).read_bytes()
    bad = tmp_path / "bad.riskedu"
    for position in range(0, len(whole), max(1, len(whole) // 89)):
        flipped = bytearray(whole)
        flipped[position] ^= 0x40
        bad.write_bytes(bytes(flipped))
        try:
            with open_bundle(bad, HQ) as bundle:
                bundle.verify_all()
        except BundleError:
            continue
        # A flip in zip metadata that nothing reads (e.g. a timestamp) changes no content.
        with open_bundle(bad, HQ) as bundle:
            assert list(bundle.lines("records/sessions.jsonl")) == RECORDS


def rewrite(path, change):
    """Copy the bundle's entries into a new zip, letting `change` edit them."""
    with zipfile.ZipFile(path) as archive:
        items = {name: archive.read(name) for name in archive.namelist()}
    change(items)
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in items.items():
            archive.writestr(name, data)


def test_an_altered_manifest_fails_its_signature(tmp_path):
    path = make(tmp_path)

    def claim_more(items):
        manifest = json.loads(items["manifest.json"])
        manifest["kind"] = "reference"
        items["manifest.json"] = json.dumps(manifest).encode()
    rewrite(path, claim_more)
    assert refusal(path) == E.BAD_SIGNATURE


def test_changed_records_fail_their_checksum(tmp_path):
    path = make(tmp_path)
    rewrite(path, lambda items: items.update(
        {"records/sessions.jsonl": items["records/sessions.jsonl"].replace(b"second",
                                                                           b"secund")}))
    assert refusal(path) == E.HASH_MISMATCH


def test_missing_and_unlisted_entries_are_refused(tmp_path):
    path = make(tmp_path)
    rewrite(path, lambda items: items.pop("files/0f0f"))
    assert refusal(path) == E.MISSING_ENTRY
    path = make(tmp_path, name="extra.riskedu")
    rewrite(path, lambda items: items.update({"records/extra.jsonl": b"{}"}))
    assert refusal(path) == E.UNLISTED_ENTRY


def test_names_climbing_out_of_the_folder_are_refused(tmp_path):
    for name in ("../evil.sh", "/etc/passwd", "files/../../x", "C:/x", "a\\..\\b"):
        path = tmp_path / "slip.riskedu"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr(name, b"x")
        assert refusal(path) == E.UNSAFE_PATH, name


def test_a_decompression_bomb_is_refused_before_unpacking(tmp_path):
    path = tmp_path / "bomb.riskedu"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("records/sessions.jsonl", bytes(64 * 1024**2))
    assert path.stat().st_size < 1024**2
    assert refusal(path) == E.TOO_LARGE


def test_files_that_are_no_bundle(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    other_zip = tmp_path / "photos.zip"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8")
    for path in (text, other_zip, tmp_path, tmp_path / "missing.riskedu"):
        assert refusal(path) == E.NOT_A_BUNDLE, path


def test_a_newer_format_asks_for_an_update(tmp_path):
    path = make(tmp_path)

    def from_the_future(items):
        manifest = json.loads(items["manifest.json"])
        manifest.update(format_version=7, app_version="3.2.0")
        data = json.dumps(manifest).encode()
        items["manifest.json"], items["manifest.sig"] = data, FIELD.sign(data).hex().encode()
    rewrite(path, from_the_future)
    with pytest.raises(BundleError) as refused:
        open_bundle(path)
    assert refused.value.message.text == E.NEWER_FORMAT
    assert "3.2.0" in str(refused.value)


def test_a_failed_write_leaves_no_file(tmp_path):
    def failing():
        yield b"first line\n"
        raise OSError(28, "No space left on device")
    with pytest.raises(BundleError) as refused:
        write_bundle(tmp_path / "full.riskedu", {}, [("records/a.jsonl", failing())], FIELD)
    assert refused.value.message.text == E.FOLDER_FULL
    assert str(tmp_path) in str(refused.value)
    assert list(tmp_path.iterdir()) == []
