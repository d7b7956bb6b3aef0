"""The Sync and Conflicts pages driven like a user would: export from a field laptop, import
at headquarters (preview, accepting the new installation, report, history), a file cut
short on the USB stick, and a conflict resolved field by field."""


from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from sqlalchemy import func, select

from riskedu.core.db.models import EducationSession
from riskedu.core.db.sync_models import BundleLog, SyncConflict
from riskedu.core.sessions import load_form, save_session
from riskedu.ui.sync_lists import COL_DIRECTION, COL_FILE

from ui_helpers import saved_session, wait_idle

LEFT = Qt.MouseButton.LeftButton


def open_sync(window, qtbot):
    window.pages.setCurrentWidget(window.sync_page)
    page = window.sync_page
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    return page


def export_from(window, qtbot, monkeypatch, usb):
    page = open_sync(window, qtbot)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(usb)))
    qtbot.mouseClick(page.export_button, LEFT)
    qtbot.waitUntil(lambda: page.last_export is not None and not page.busy, timeout=10000)
    return page


def choose_files(monkeypatch, paths):
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(p) for p in paths], "")))


def preview_of(page, qtbot):
    qtbot.mouseClick(page.import_button, LEFT)
    qtbot.waitUntil(lambda: page.preview_dialog is not None, timeout=10000)
    return page.preview_dialog


def test_export_writes_a_bundle_and_says_it_is_not_encrypted(window, qtbot, monkeypatch,
                                                             usb, db):
    saved_session(db)
    page = export_from(window, qtbot, monkeypatch, usb)
    (bundle,) = usb.iterdir()
    text = page.export_result.text()
    assert bundle.name in text and "KB" in text and "Sessions 1" in text
    assert "not encrypted" in text
    assert "Not enrolled with headquarters" in page.identity_label.text()
    assert page.history_model.rowCount() == 1
    assert page.history_model.index(0, COL_FILE).data() == bundle.name
    assert not page.progress.isVisible() and page.export_button.isEnabled()


def test_headquarters_previews_accepts_the_installation_and_imports(
        window, hq_window, qtbot, monkeypatch, usb, db, hq, boxes):
    saved_session(db)
    export_from(window, qtbot, monkeypatch, usb)
    (bundle,) = usb.iterdir()
    page = open_sync(hq_window, qtbot)
    choose_files(monkeypatch, [bundle])
    dialog = preview_of(page, qtbot)
    top = dialog.tree.topLevelItem(0)
    assert bundle.name in top.text(0)
    rows = {top.child(i).text(0): top.child(i).text(1) for i in range(top.childCount())}
    assert rows["Sessions"] == "1"  # one new session
    (accept,) = dialog.accept_boxes.values()
    (label,) = dialog.unknown_labels.values()
    with db.session() as session:
        from riskedu.sync.identity import installation_key
        fingerprint = installation_key(session, db.installation_id).fingerprint
    assert fingerprint in label.text()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    accept.setChecked(True)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, LEFT)
    qtbot.waitUntil(lambda: bool(page.last_reports) and not page.busy, timeout=10000)
    assert "4 new" in page.import_result.text()  # organisation, team, educator, session
    assert boxes.texts("information") and "4 new" in boxes.texts("information")[-1]
    directions = {page.history_model.index(r, COL_DIRECTION).data()
                  for r in range(page.history_model.rowCount())}
    assert directions == {"In (imported)"}
    assert page.known_model.rowCount() == 1
    assert page.known_model.rows[0].fingerprint == fingerprint
    with hq.session() as session:
        assert session.scalar(select(func.count()).select_from(EducationSession)) == 1
    wait_idle(qtbot, hq_window)
    assert hq_window.model.rowCount() == 1  # the sessions list read the import


def test_a_file_cut_short_is_refused_with_a_message_and_nothing_changes(
        window, hq_window, qtbot, monkeypatch, usb, db, hq, boxes):
    saved_session(db)
    export_from(window, qtbot, monkeypatch, usb)
    (bundle,) = usb.iterdir()
    cut = usb / "cut.riskedu"
    cut.write_bytes(bundle.read_bytes()[: bundle.stat().st_size // 2])
    page = open_sync(hq_window, qtbot)
    choose_files(monkeypatch, [cut])
    qtbot.mouseClick(page.import_button, LEFT)
    qtbot.waitUntil(lambda: bool(boxes.texts("warning")), timeout=10000)
    assert "cut.riskedu was cut short or damaged" in boxes.texts("warning")[-1]
    assert page.preview_dialog is None and page.import_result.text() == "Nothing was imported."
    with hq.session() as session:
        assert session.scalar(select(func.count()).select_from(EducationSession)) == 0
        assert session.scalar(select(func.count()).select_from(BundleLog)) == 0


def test_a_full_usb_stick_is_a_message(window, qtbot, monkeypatch, usb, db, boxes):
    def full(*args, **kwargs):
        raise OSError(28, "No space left on device", str(usb))
    monkeypatch.setattr(window.workspace.sync, "export", full)
    page = open_sync(window, qtbot)
    page.export_to(usb)
    qtbot.waitUntil(lambda: bool(boxes.texts("warning")), timeout=5000)
    assert "No space left on device" in boxes.texts("warning")[-1]
    assert "Nothing was marked as sent" in boxes.texts("warning")[-1]
    assert page.export_button.isEnabled()


def edit_notes(database, session_id, notes):
    with database.transaction() as session:
        form = load_form(session, session_id)
        form.notes = notes
        save_session(session, form, by="someone")


def test_a_conflict_is_resolved_field_by_field(window, hq_window, qtbot, monkeypatch, usb,
                                               db, hq):
    from riskedu.sync.importer import import_bundle

    saved = saved_session(db)
    export_from(window, qtbot, monkeypatch, usb)
    import_bundle(hq, next(usb.iterdir()), accept_unknown=True)
    edit_notes(hq, saved.session_id, "corrected at headquarters")
    edit_notes(db, saved.session_id, "corrected in the field")
    before = set(usb.iterdir())
    window.sync_page.export_to(usb)
    qtbot.waitUntil(lambda: not window.sync_page.busy and len(set(usb.iterdir())) == 2,
                    timeout=10000)
    (second,) = set(usb.iterdir()) - before
    assert import_bundle(hq, second).conflicts == 1

    hq_window.actions.show_conflicts.trigger()
    page = hq_window.conflicts_page
    assert hq_window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.busy and bool(page.versions),
                    timeout=5000)
    assert "HALO-T3-RE-" in page.title.text()
    fields = page.fields
    assert list(page.choices) == ["notes"]  # only what differs is to choose
    assert (fields.item(0, 1).text(), fields.item(0, 2).text()) == (
        "corrected in the field", "corrected at headquarters")
    page.set_choice("notes", "kept")
    qtbot.mouseClick(page.merge_button, LEFT)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and not page.busy, timeout=5000)
    assert page.empty.isVisible()
    with hq.session() as session:
        assert session.get(EducationSession, saved.session_id).notes == \
            "corrected at headquarters"
        assert session.scalars(select(SyncConflict.resolution)).one() == \
            "kept by Information officer"
