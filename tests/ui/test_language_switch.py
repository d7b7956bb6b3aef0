"""Choosing a language in the Language menu redraws every open window in it at once, with
its place names, digits and font, and is remembered for the next start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from riskedu.ui import settings
from riskedu.ui.app import start_language
from riskedu.ui.fonts import FONT_FILES
from riskedu.ui.pseudo import pseudo_text
from riskedu.ui.sessions_model import COL_DATE, COL_PROVINCE, COL_VILLAGE

from ui_helpers import days_ago, saved_session, wait_idle


def choose(window, code: str) -> None:
    window.actions.language_menu.items[code].trigger()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    QCoreApplication.processEvents()


def test_choosing_khmer_redraws_the_open_window_and_editor_and_is_remembered(
        db, make_window, qtbot):
    saved_session(db)
    window = make_window()
    editor = window.new_session()
    editor.location.set_village("01020101")
    choose(window, "km")
    assert settings.LANGUAGE.get() == "km" and start_language(None) == "km"
    assert window.actions.new.text() == "វគ្គថ្មី (&N)"
    assert window.actions.language_menu.items["km"].isChecked()
    assert window.model.headerData(COL_VILLAGE, Qt.Orientation.Horizontal) == "ភូមិ / ទីកន្លែង"
    assert window.model.index(0, COL_PROVINCE).data() == "បន្ទាយមានជ័យ"  # Banteay Meanchey
    assert window.filter_bar.province.itemText(0) == "គ្រប់ខេត្ត"
    assert "បន្ទាយមានជ័យ" in [window.filter_bar.province.itemText(i)
                              for i in range(window.filter_bar.province.count())]
    shown = days_ago(7)  # saved_session's date: the expected text follows the calendar
    assert window.model.index(0, COL_DATE).data() == f"{shown:%d/%m/%Y}"  # d/M/yy → dd/MM/yyyy
    assert editor.save_draft_button.text() == "រក្សាទុកជាសេចក្តីព្រាង (&V)"
    assert editor.tabs.tabText(0) == "&1 វគ្គ"
    assert editor.location.combos[1].currentText() == "បន្ទាយមានជ័យ"
    assert QApplication.font().families()[0] == FONT_FILES["khmer"][1]
    assert QApplication.font().pointSizeF() > window.actions.language_menu.items[
        "en"].font().pointSizeF()  # Khmer letters need a larger size than Latin ones
    choose(window, "en")
    assert window.actions.new.text() == "&New session"
    assert window.model.index(0, COL_PROVINCE).data() == "Banteay Meanchey"
    assert window.model.index(0, COL_DATE).data() == shown.isoformat()
    assert editor.location.combos[1].currentText() == "Banteay Meanchey"
    assert settings.LANGUAGE.get() == "en"
    wait_idle(qtbot, window)


def test_burmese_numbers_and_qt_s_own_buttons_follow_the_language(db, make_window, qapp):
    saved_session(db)
    window = make_window()
    choose(window, "my")
    assert QLocale().language() == QLocale.Language.Burmese
    assert window.totals_bar.value_text("sessions") == "၁"
    assert window.totals_bar.value_text("total") == "၃၂"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    texts = sorted(button.text() for button in buttons.buttons())
    assert texts == sorted(["အိုကေ", "မလုပ်တော့ပါ"])
    choose(window, "vi")
    assert window.totals_bar.value_text("total") == "32"
    assert window.actions.new.text() == "&Buổi mới"


def test_the_pseudo_locale_stretches_every_text_and_keeps_what_code_fills_in():
    text = pseudo_text("Saved {code} as &final (%Ln) <b>now</b>")
    assert text.startswith("[Šáýéď {code} áš &ƒ".replace("ý", "v").replace("ƒ", "f"))
    assert "{code}" in text and "%Ln" in text and "<b>" in text and "&" in text
    assert text.endswith("]") and len(text) > len("Saved {code} as &final (%Ln) <b>now</b>")
    assert pseudo_text("") == ""
