"""The Conflicts view speaks a person's language: category labels instead of codes, names
of organisations, facilitators and villages instead of ids and gazetteer codes."""

import re

from riskedu.core.categories import LOCATION_TYPE, STATUS
from riskedu.core.db.models import EducationSession, Facilitator, Organisation
from riskedu.core.gazetteer import CAMBODIA_VERSION, get_place
from riskedu.core.sessions import load_form, save_session
from riskedu.sync.importer import import_bundle
from riskedu.ui.conflicts_page import COL_CURRENT, COL_FIELD, COL_KEPT
from riskedu.ui.workspace import Workspace

from ui_helpers import saved_session

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def edit(database, session_id, **changes):
    with database.transaction() as session:
        form = load_form(session, session_id)
        for name, value in changes.items():
            setattr(form, name, value)
        save_session(session, form, by="someone")


def shown(page) -> dict[str, tuple[str, str]]:
    table = page.fields
    return {table.item(r, COL_FIELD).text(): (table.item(r, COL_CURRENT).text(),
                                              table.item(r, COL_KEPT).text())
            for r in range(table.rowCount())}


def test_the_conflict_shows_labels_and_names_not_codes(db, hq, hq_window, usb, qtbot):
    saved = saved_session(db, start_time=None, end_time=None)
    import_bundle(hq, Workspace(db).sync.export(usb, full=True).path, accept_unknown=True)
    edit(hq, saved.session_id, location_type="education_facility", village_code="01020102")
    edit(db, saved.session_id, location_type="market")
    import_bundle(hq, Workspace(db).sync.export(usb).path)

    hq_window.actions.show_conflicts.trigger()
    page = hq_window.conflicts_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.busy
                    and bool(page.versions), timeout=5000)
    rows = shown(page)
    with db.session() as session:
        record = session.get(EducationSession, saved.session_id)
        organisation = session.get(Organisation, record.organisation_id).name
        facilitators = [session.get(Facilitator, f.id).name for f in record.facilitators]
        session_date = record.session_date.isoformat()  # the window's date format in English
        villages = [get_place(session, CAMBODIA_VERSION, code).name_en
                    for code in ("01020101", "01020102")]
    assert rows["Type of location"] == (LOCATION_TYPE.label("market"),
                                        LOCATION_TYPE.label("education_facility"))
    assert rows["Village"] == (villages[0], villages[1])
    assert rows["Status"] == (STATUS.label("draft"),) * 2
    assert rows["Organisation"] == (organisation,) * 2
    assert facilitators and rows["Facilitators"] == (", ".join(facilitators),) * 2
    assert rows["Session date"] == (session_date,) * 2
    assert "Female 6–12: 12" in rows["Attendance"][0]
    codes = {"market", "education_facility", "draft", "community_centre", "01020101", "01020102"}
    for current, kept in rows.values():
        assert not UUID.search(current) and not UUID.search(kept)
        assert current not in codes and kept not in codes
