"""Content-addressed file store: a file is stored once under its SHA-256, atomically, and a
file that cannot be shown (damaged, wrong type, too large) is refused with a clear message."""

import hashlib
import os

import pytest
from PIL import Image

from riskedu.core.file_content import JPEG, PDF, PNG, FileRefused
from riskedu.core.filestore import FileStore, files_root

from material_files import (
    broken_pdf,
    cut_png,
    good_pdf,
    good_png,
    jpeg_bytes,
    text_named_pdf,
    write,
)


@pytest.fixture
def store(tmp_path) -> FileStore:
    return FileStore(tmp_path / "data" / "files")


@pytest.fixture
def incoming(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def stored_files(store: FileStore) -> list[str]:
    return sorted(str(p.relative_to(store.root)) for p in store.root.rglob("*") if p.is_file())


def test_a_file_is_stored_under_its_sha256_next_to_the_database(store, incoming, tmp_path):
    source = good_pdf(incoming)
    stored = store.add(source)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    assert (stored.sha256, stored.media_type, stored.size, stored.name) == \
        (digest, PDF, source.stat().st_size, "leaflet.pdf")
    assert stored_files(store) == [f"{digest[:2]}/{digest}.pdf"]
    assert store.path_of(digest, PDF).read_bytes() == source.read_bytes()
    assert files_root(tmp_path / "riskedu.sqlite3") == tmp_path / "files"


def test_the_same_file_added_twice_is_stored_once(store, incoming):
    first = store.add(good_png(incoming, "poster.png"))
    again = store.add(good_png(incoming, "copy of poster.png"))  # same bytes, other name
    other = store.add(good_png(incoming, "blue.png", colour="blue"))
    assert again.sha256 == first.sha256 and again.name == "copy of poster.png"
    assert other.sha256 != first.sha256
    assert len(stored_files(store)) == 2


def test_type_comes_from_the_content_not_the_name(store, incoming):
    stored = store.add(write(incoming, "photo.png", jpeg_bytes()))
    assert stored.media_type == JPEG
    assert store.path_of(stored.sha256, JPEG).suffix == ".jpg"
    with pytest.raises(FileRefused) as refused:
        store.add(text_named_pdf(incoming))
    assert str(refused.value) == ("notes.pdf is not a PDF, PNG or JPEG file. Save it as one "
                                  "of these and add it again.")
    assert refused.value.message.context == "files"


@pytest.mark.parametrize("make, expected", [
    (cut_png, "cut.png is damaged: the picture cannot be read to the end"),
    (broken_pdf, "broken.pdf does not open as a PDF"),
])
def test_damaged_files_are_refused_and_nothing_is_left_behind(store, incoming, make, expected):
    with pytest.raises(FileRefused) as refused:
        store.add(make(incoming))
    assert str(refused.value).startswith(expected)
    assert stored_files(store) == []  # not even the temporary copy


def test_empty_missing_and_oversized_files_are_refused(incoming, tmp_path):
    small = FileStore(tmp_path / "files", max_bytes=1000)
    with pytest.raises(FileRefused, match=r"^empty.png is empty\.$"):
        small.add(write(incoming, "empty.png", b""))
    with pytest.raises(FileRefused, match=r"^gone.pdf cannot be read \(No such file"):
        small.add(incoming / "gone.pdf")
    with pytest.raises(FileRefused) as refused:
        small.add(good_pdf(incoming))
    assert "a material's file may be at most 0 MB" in str(refused.value)
    assert refused.value.message.params["name"] == "leaflet.pdf"


def test_a_huge_picture_is_refused_before_it_is_decoded(store, incoming, monkeypatch):
    monkeypatch.setattr("riskedu.core.file_content.MAX_PIXELS", 10_000)
    with pytest.raises(FileRefused, match="400 × 300 pixels"):
        store.add(good_png(incoming))


def test_a_failed_rename_leaves_no_file_under_a_real_name(store, incoming, monkeypatch):
    def power_cut(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", power_cut)
    with pytest.raises(OSError):
        store.add(good_png(incoming))
    assert stored_files(store) == []


def test_a_damaged_stored_copy_is_replaced_when_the_file_is_added_again(store, incoming):
    stored = store.add(good_png(incoming))
    path = store.path_of(stored.sha256, PNG)
    path.write_bytes(b"bit rot")
    assert not store.verify(stored.sha256, PNG)
    store.add(good_png(incoming))
    assert store.verify(stored.sha256, PNG)


def test_previews_fit_the_size_asked_and_are_cached(store, incoming, tmp_path):
    pdf, png = store.add(good_pdf(incoming)), store.add(good_png(incoming))
    for stored in (pdf, png):
        data = store.preview_png(stored.sha256, stored.media_type, 96)
        out = write(tmp_path, f"preview-{stored.sha256}.png", data)
        with Image.open(out) as image:
            assert max(image.size) == 96
    cached = sorted((store.root / "previews").rglob("*.png"))
    assert len(cached) == 2
    png_cache = store.root / "previews" / png.sha256[:2] / f"{png.sha256}-96.png"
    png_cache.write_bytes(b"cached bytes")
    assert store.preview_png(png.sha256, PNG, 96) == b"cached bytes"  # not drawn again
    with pytest.raises(FileNotFoundError):
        store.preview_png("0" * 64, PNG, 96)
