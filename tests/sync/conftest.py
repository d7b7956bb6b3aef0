"""Installations for sync tests: field laptops and headquarters, each its own file and key."""

import pytest

from installations import fresh, make_installation_files, set_up_role


@pytest.fixture(scope="session")
def installation_files(tmp_path_factory) -> dict:
    """Set-up database files of distinct installations, made once per run."""
    return make_installation_files(tmp_path_factory)


def _installation(request, backend: str, role: str):
    if backend == "postgresql":
        yield request.getfixturevalue("server_database")(role, set_up_role(role))
        return
    database = fresh(request.getfixturevalue("installation_files"),
                     request.getfixturevalue("tmp_path_factory"), role)
    yield database
    database.close()


@pytest.fixture
def hq(request, backend):
    yield from _installation(request, backend, "hq")


@pytest.fixture
def second_field(request, backend):
    yield from _installation(request, backend, "field2")


@pytest.fixture
def outbox(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder
