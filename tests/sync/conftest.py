"""Installations for sync tests: field laptops and headquarters, each its own file and key."""

import pytest

from installations import fresh, make_installation_files


@pytest.fixture(scope="session")
def installation_files(tmp_path_factory) -> dict:
    """Set-up database files of distinct installations, made once per run."""
    return make_installation_files(tmp_path_factory)


@pytest.fixture
def hq(installation_files, tmp_path_factory):
    database = fresh(installation_files, tmp_path_factory, "hq")
    yield database
    database.close()


@pytest.fixture
def second_field(installation_files, tmp_path_factory):
    database = fresh(installation_files, tmp_path_factory, "field2")
    yield database
    database.close()


@pytest.fixture
def outbox(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder
