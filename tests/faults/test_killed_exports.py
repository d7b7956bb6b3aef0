"""An app killed while exporting: whole bundles or none, and nothing marked sent that
is not on the stick; the saves around the exports are all kept."""

from random import Random

import pytest
from export_faults import check_exports, exporting, saves_only
from fault_checks import checked_database
from kill_harness import base_seed, kill_at_random, replayable
from save_faults import check_saves, open_warm, read_states

from riskedu.core.db.models import LocalInstallation
from riskedu.sync.keys import InstallationKey

KILLS = 30
SPAN = 0.4  # CPU seconds: a few saves and exports


@pytest.mark.parametrize("sealed", [False, True], ids=["plain", "sealed"])
def test_exports_killed_at_random_leave_only_whole_bundles(db_path, tmp_path, sealed):
    outbox = tmp_path / "usb"
    outbox.mkdir()
    workspace = open_warm(db_path)
    headquarters = InstallationKey.generate() if sealed else None
    if sealed:  # enrolled: bundles are sealed to headquarters' key
        with workspace.db.transaction() as session:
            installation = session.get(LocalInstallation, workspace.db.installation_id)
            installation.headquarters_key = headquarters.public_key.hex()
    workspace.sync.export(outbox)  # the export path warm too
    with checked_database(db_path) as connection:
        model = read_states(connection)
    seed = base_seed()
    rng, exports, amid = Random(seed), 0, 0
    for kill in range(KILLS):
        with replayable(seed, kill):
            run = kill_at_random(exporting(workspace, model, outbox, rng.randrange(1 << 30)),
                                 rng.uniform(0, SPAN), engines=[workspace.db.engine])
            in_flight = run.in_flight if run.in_flight and run.in_flight["op"] != "export" \
                else None
            with checked_database(db_path) as connection:
                model = check_saves(connection, model, saves_only(run.done), in_flight)
                check_exports(connection, outbox, run.done, headquarters)
        exports += sum(event["op"] == "export" for event in run.done)
        amid += bool(run.in_flight and run.in_flight["op"] == "export")
    assert exports > KILLS / 4 and amid > KILLS / 4  # kills fell amid real exports
