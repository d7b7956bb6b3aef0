"""Fuzzing the bundle reader: malformed input never escapes as anything but BundleError."""

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from riskedu.sync.container import write_bundle
from riskedu.sync.errors import BundleError
from riskedu.sync.keys import InstallationKey
from riskedu.sync.reader import open_bundle

KEY = InstallationKey.from_seed(bytes(32))


def _valid(tmp_path_factory, sealed: bool) -> bytes:
    folder = tmp_path_factory.mktemp("valid")
    path = write_bundle(folder / "b.riskedu", {"kind": "field"},
                        [("records/sessions.jsonl", [b'{"id": 1}\n' * 50])], KEY,
                        KEY.public_key if sealed else None)
    return path.read_bytes()


def _read_all(path) -> None:
    try:
        with open_bundle(path, KEY) as bundle:
            bundle.verify_all()
            for name in bundle.entry_names:
                list(bundle.lines(name))
    except BundleError:
        pass


@settings(max_examples=int(os.environ.get("RISKEDU_FUZZ_EXAMPLES", "300")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), sealed=st.booleans())
def test_mutated_bundles_only_ever_raise_bundle_errors(tmp_path_factory, data, sealed):
    original = bytearray(_valid(tmp_path_factory, sealed))
    for _ in range(data.draw(st.integers(1, 8))):
        action = data.draw(st.sampled_from(["flip", "cut", "insert", "splice"]))
        at = data.draw(st.integers(0, max(0, len(original) - 1)))
        if action == "flip" and original:
            original[at] ^= data.draw(st.integers(1, 255))
        elif action == "cut":
            del original[at:]
        elif action == "insert":
            original[at:at] = data.draw(st.binary(min_size=1, max_size=64))
        else:
            length = data.draw(st.integers(1, 256))
            original[at:at + length] = original[:length]
    path = tmp_path_factory.mktemp("fuzz") / "m.riskedu"
    path.write_bytes(bytes(original))
    _read_all(path)


@settings(max_examples=int(os.environ.get("RISKEDU_FUZZ_EXAMPLES", "200")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(blob=st.binary(max_size=4096))
def test_arbitrary_bytes_only_ever_raise_bundle_errors(tmp_path_factory, blob):
    path = tmp_path_factory.mktemp("fuzz") / "r.riskedu"
    path.write_bytes(b"PK\x03\x04" + blob)
    _read_all(path)
