"""An app killed while importing: each bundle's records all there or none, files too."""

import shutil
import time
from random import Random

from fault_checks import checked_database
from import_faults import check_import, importing, make_bundles, outcomes, restore
from kill_harness import base_seed, kill_at_random, replayable

from riskedu.core.database import open_database
from riskedu.sync.reader import open_bundle
from riskedu.ui.workspace import Workspace

KILLS = 60


def test_imports_killed_at_random_are_all_or_nothing(db_path, other_field_file, tmp_path):
    source_path = tmp_path / "field5" / "riskedu.sqlite3"
    source_path.parent.mkdir()
    shutil.copyfile(other_field_file, source_path)
    source = open_database(source_path)
    outbox = tmp_path / "usb"
    outbox.mkdir()
    paths = make_bundles(source, outbox, tmp_path)
    source.close()
    expected = outcomes(paths)
    bundle_ids = []
    for path in paths:
        with open_bundle(path) as bundle:
            bundle_ids.append(bundle.manifest["bundle_id"])
    pristine = tmp_path / "pristine.sqlite3"
    shutil.copyfile(db_path, pristine)
    workspace = Workspace(open_database(db_path))
    started = time.process_time()
    workspace.sync.import_files(paths, accept_unknown=True)  # warm, and how long it takes
    span = 1.3 * (time.process_time() - started)
    seed = base_seed()
    rng, imported, partly = Random(seed), 0, 0
    for kill in range(KILLS):
        with replayable(seed, kill):
            workspace.db.engine.dispose()
            restore(pristine, db_path)
            run = kill_at_random(importing(workspace, paths, rng.randrange(1 << 30)),
                                 rng.uniform(0, span), engines=[workspace.db.engine])
            with checked_database(db_path) as connection:
                count = check_import(connection, db_path, bundle_ids, expected, run.done)
        imported += count
        partly += 0 < count < len(paths)
    assert imported > KILLS / 2 and partly > KILLS / 10  # kills fell amid imports
