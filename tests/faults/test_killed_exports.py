"""An app killed while exporting: whole bundles or none, and nothing marked sent that
is not on the stick; the saves around the exports are all kept."""

import pytest
from fault_runs import kill_exports
from kill_harness import base_seed

KILLS = 30


@pytest.mark.parametrize("sealed", [False, True], ids=["plain", "sealed"])
def test_exports_killed_at_random_leave_only_whole_bundles(db_path, tmp_path, sealed):
    outbox = tmp_path / "usb"
    outbox.mkdir()
    tally = kill_exports(db_path, outbox, KILLS, base_seed(), sealed)
    # Some kills land amid real exports: about 40 % do (43 % of 600 in the long run), so
    # asking for a quarter of 30 failed about once in a hundred runs; an eighth still fails
    # when the kills miss the exports, as it must.
    assert tally.returned > KILLS / 4 and tally.amid > KILLS / 8
