"""An app killed while backing up: only whole, sound backups under a backup's name."""

from fault_runs import kill_backups
from kill_harness import base_seed
from save_faults import open_warm

KILLS = 20


def test_backups_killed_at_random_leave_only_whole_backups(db_path, tmp_path):
    open_warm(db_path).db.close()  # a few sessions to back up
    tally = kill_backups(db_path, tmp_path / "backups", KILLS, base_seed())
    assert tally.amid > KILLS * 0.8 and tally.returned > KILLS / 4  # amid real backups
