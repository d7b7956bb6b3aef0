"""The Materials page driven like a user would: add a material with its file, receive and
adjust stock, retire, hand it out in a session and see the balance follow."""

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox

from riskedu.core.forms import MaterialLine
from riskedu.ui.materials_model import COL_BALANCE, COL_STATUS, COL_TITLE

from material_factories import add_material
from material_files import broken_pdf, good_pdf
from ui_helpers import saved_session, wait_idle

Yes = QMessageBox.StandardButton.Yes
ALT = Qt.KeyboardModifier.AltModifier


def open_page(window, qtbot):
    window.pages.setCurrentWidget(window.materials_page)
    page = window.materials_page
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    return page


def shown(page) -> dict[str, tuple[str, str]]:
    """Title -> (balance, status) as the list shows them."""
    model = page.model
    return {model.data(model.index(r, COL_TITLE)): (model.data(model.index(r, COL_BALANCE)),
                                                    model.data(model.index(r, COL_STATUS)))
            for r in range(model.rowCount())}


def select(page, qtbot, title: str) -> None:
    for row in range(page.proxy.rowCount()):
        index = page.proxy.index(row, COL_TITLE)
        if index.data() == title:
            page.view.setCurrentIndex(index)
            qtbot.waitUntil(lambda: not page.busy, timeout=5000)
            return
    raise AssertionError(f"{title} is not listed")


def test_a_material_added_with_its_file_shows_its_thumbnail_and_preview(
        window, qtbot, tmp_path, monkeypatch):
    page = open_page(window, qtbot)
    dialog = page.add_material()
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    table = dialog.titles.table
    table.item(0, 1).setText("If you find a mine")
    dialog.type.setCurrentIndex(dialog.type.findData("leaflet"))
    dialog.languages["km"].setChecked(True)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(good_pdf(tmp_path)), "")))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.checking, timeout=5000)
    assert dialog.file is not None and "leaflet.pdf (PDF" in dialog.file_label.text()
    dialog.threshold.setValue(20)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.busy, timeout=5000)
    assert shown(page) == {"If you find a mine": ("0", "Out of stock")}
    row = page.current_row()
    assert row.file.name == "leaflet.pdf" and row.languages == ("km",)
    qtbot.waitUntil(lambda: page.model.has_thumbnail(row.file.sha256), timeout=5000)
    qtbot.waitUntil(lambda: page.detail.preview.pixmap() is not None
                    and not page.detail.preview.pixmap().isNull(), timeout=5000)
    assert "If you find a mine" in page.detail.title.text()


def test_a_damaged_file_is_refused_under_the_field_and_nothing_is_saved(
        window, qtbot, tmp_path):
    page = open_page(window, qtbot)
    dialog = page.add_material()
    dialog.use_file(broken_pdf(tmp_path))
    qtbot.waitUntil(lambda: not dialog.checking, timeout=5000)
    assert "broken.pdf does not open as a PDF" in dialog.file_status.text()
    assert dialog.file is None
    dialog.accept()  # no title, no type
    assert dialog.isVisible() and dialog.problems.isVisible()
    assert "Title: Title 1 has a language but no text." in dialog.problems.text()
    assert "Choose the type of material." in dialog.problems.text()
    dialog.reject()
    assert shown(page) == {}


def test_receive_then_adjust_stock_and_the_balance_follows(window, db, qtbot):
    add_material(db, "Poster", type="poster", low_stock_threshold=10)
    page = open_page(window, qtbot)
    select(page, qtbot, "Poster")
    receive = page.receive_stock()
    receive.quantity.setValue(120)
    receive.source.setText("Headquarters store")
    receive.accept()
    qtbot.waitUntil(lambda: not page.busy and shown(page)["Poster"][0] == "120", timeout=5000)
    assert shown(page) == {"Poster": ("120", "")}
    assert "120 in stock" in page.detail.balance.text()
    qtbot.waitUntil(lambda: page.detail.history_model.rowCount() == 1, timeout=5000)

    adjust = page.adjust_stock()
    adjust.reason.setCurrentIndex(adjust.reason.findData("lost"))
    adjust.quantity.setValue(121)
    assert adjust.after.text().endswith("-1</span>")
    adjust.accept()
    assert adjust.isVisible() and "Only 120 in stock" in adjust.problems.text()
    adjust.reason.setCurrentIndex(adjust.reason.findData("counted"))
    adjust.quantity.setValue(8)
    adjust.accept()
    qtbot.waitUntil(lambda: not page.busy and shown(page)["Poster"][0] == "8", timeout=5000)
    assert shown(page) == {"Poster": ("8", "Low stock")}
    qtbot.waitUntil(lambda: page.detail.history_model.rowCount() == 2, timeout=5000)
    history = page.detail.history_model
    assert history.data(history.index(0, 1)) == "Counted"
    assert history.data(history.index(0, 4)).startswith("8 counted")


def test_handing_out_in_a_session_lowers_the_balance(window, db, qtbot):
    material = add_material(db, "Leaflet", stock=50)
    page = open_page(window, qtbot)
    assert shown(page) == {"Leaflet": ("50", "")}
    window.pages.setCurrentIndex(0)
    editor = window.new_session()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=2000)
    editor.tabs.setCurrentWidget(editor.materials)
    qtbot.mouseClick(editor.materials.add_button, Qt.MouseButton.LeftButton)
    line = editor.materials.rows[0]
    line.material.setCurrentIndex(line.material.findData(material))
    assert line.language.currentData() == "km"  # the material's only language
    line.quantity.setValue(60)
    assert "<b>50</b>" in line.stock.text()  # shown red: more than is in stock
    line.quantity.setValue(35)
    general = editor.general
    general.notes.setPlainText("Leaflets for the farmers")
    assert editor.save(finalise=False)
    wait_idle(qtbot, window)
    page = open_page(window, qtbot)
    assert shown(page) == {"Leaflet": ("15", "")}
    qtbot.waitUntil(lambda: page.detail.history_model.rowCount() == 2, timeout=5000)
    history = page.detail.history_model
    assert history.data(history.index(0, 1)) == "Handed out"
    assert history.data(history.index(0, 2)) == "-35"


def test_more_than_the_stock_cannot_be_handed_out(window, db, qtbot):
    material = add_material(db, "Leaflet", stock=5)
    saved = saved_session(db, materials=[MaterialLine(material, "km", 5)])
    editor = window.open_session(saved.session_id)
    line = editor.materials.rows[0]
    assert line.quantity.value() == 5 and "<b>" not in line.stock.text()
    line.quantity.setValue(6)
    assert not editor.save(finalise=False)
    assert any("Only 0 of Leaflet in stock" in text for text in editor.problem_lines())
    assert editor.tabs.currentWidget() is editor.materials


def test_retiring_hides_a_material_until_retired_ones_are_shown(window, db, qtbot, boxes):
    add_material(db, "Old leaflet")
    add_material(db, "New leaflet")
    page = open_page(window, qtbot)
    select(page, qtbot, "Old leaflet")
    boxes.answers = [Yes]
    qtbot.mouseClick(page.retire_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and len(shown(page)) == 1, timeout=5000)
    assert list(shown(page)) == ["New leaflet"]
    page.retired.setChecked(True)
    qtbot.waitUntil(lambda: not page.busy and len(shown(page)) == 2, timeout=5000)
    assert shown(page)["Old leaflet"][1] == "Retired"
    select(page, qtbot, "Old leaflet")
    assert page.retire_button.text() == "Bring &back"


def test_an_empty_catalogue_offers_the_samples_and_the_page_has_keys(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_2, ALT)
    assert window.pages.currentWidget() is window.materials_page
    page = open_page(window, qtbot)
    assert page.samples_button.isVisible() and shown(page) == {}
    qtbot.mouseClick(page.samples_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and len(shown(page)) >= 6, timeout=5000)
    assert not page.samples_button.isVisible()
    assert all(title.startswith("Sample") for title in shown(page))
    qtbot.keyClick(window, Qt.Key.Key_1, ALT)
    assert window.pages.currentIndex() == 0


def test_the_page_follows_a_language_switch(window, db, qtbot, qapp, make_qm):
    add_material(db, "Leaflet", stock=3, low_stock_threshold=5)
    page = open_page(window, qtbot)
    translator = QTranslator()
    assert translator.load(str(make_qm("km", {
        "MainWindow": {"&2 Materials": "&2 សម្ភារៈ"},
        "MaterialsModel": {"In stock": "ក្នុងស្តុក", "Low stock": "ស្តុកទាប"},
        "MaterialsPage": {"&Receive stock…": "ទទួលស្តុក…"}})))
    qapp.installTranslator(translator)
    try:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        qtbot.waitUntil(lambda: window.pages.tabText(1) == "&2 សម្ភារៈ", timeout=2000)
        assert page.model.headerData(COL_BALANCE, Qt.Orientation.Horizontal) == "ក្នុងស្តុក"
        assert shown(page) == {"Leaflet": ("3", "ស្តុកទាប")}
        assert page.receive_button.text() == "ទទួលស្តុក…"
    finally:
        qapp.removeTranslator(translator)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
