"""A laptop that dies mid-save: every save that returned is there, as it was saved."""

from random import Random

from fault_checks import checked_database
from kill_harness import base_seed, kill_at_random, replayable
from save_faults import check_saves, open_warm, read_states, saving

KILLS = 80
SPAN = 0.15  # CPU seconds of saving before the kill, at most: a few saves


def test_saves_killed_at_random_keep_every_acknowledged_record(db_path):
    workspace = open_warm(db_path)
    with checked_database(db_path) as connection:
        model = read_states(connection)
    seed = base_seed()
    rng, saves, amid = Random(seed), 0, 0
    for kill in range(KILLS):
        with replayable(seed, kill):
            run = kill_at_random(saving(workspace, model, rng.randrange(1 << 30)),
                                 rng.uniform(0, SPAN), engines=[workspace.db.engine])
            with checked_database(db_path) as connection:
                model = check_saves(connection, model, run.done, run.in_flight)
        saves += len(run.done)
        amid += run.in_flight is not None
    assert amid > KILLS * 0.8 and saves > KILLS / 4  # the kills fell amid real saves
