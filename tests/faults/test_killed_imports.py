"""An app killed while importing: each bundle's records all there or none, in order,
with the files they refer to."""

from fault_runs import kill_imports
from kill_harness import base_seed

KILLS = 60


def test_imports_killed_at_random_are_all_or_nothing(db_path, other_field_file, tmp_path):
    tally = kill_imports(db_path, other_field_file, tmp_path, KILLS, base_seed())
    # The kills' delays are drawn from a child's own timed import (fault_runs), so on any
    # machine many fall amid the imports and after one returned; kill_imports checks the
    # database after every kill.
    assert tally.returned > KILLS / 4 and tally.amid > KILLS / 20
