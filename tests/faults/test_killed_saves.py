"""A laptop that dies mid-save: every save that returned is there, as it was saved."""

from fault_runs import kill_saves
from kill_harness import base_seed

KILLS = 80


def test_saves_killed_at_random_keep_every_acknowledged_record(db_path):
    tally = kill_saves(db_path, KILLS, base_seed())
    assert tally.amid > KILLS * 0.8 and tally.returned > KILLS / 4  # amid real saves
