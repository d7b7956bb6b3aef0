"""Switching language redraws the open windows (retranslate_ui), no restart needed."""

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator

from riskedu.ui.sessions_model import COL_REPORT, COL_STATUS

from ui_helpers import saved_session, wait_idle

KHMER = {
    "SessionEditor": {"Sa&ve draft": "រក្សាទុក​សេចក្តីព្រាង"},
    "SessionsModel": {"Report code": "លេខរបាយការណ៍"},
    "status": {"Draft": "សេចក្តីព្រាង"},
    "FilterBar": {"Any status": "គ្រប់ស្ថានភាព"},
    "MainActions": {"&New session": "វគ្គថ្មី"},
}


def test_installing_a_translation_retranslates_the_open_windows(db, make_window, make_qm,
                                                                  qapp, qtbot):
    saved_session(db)
    window = make_window()
    editor = window.new_session()
    translator = QTranslator()
    assert translator.load(str(make_qm("km", KHMER)))
    qapp.installTranslator(translator)
    try:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        qtbot.waitUntil(lambda: editor.save_draft_button.text() == "រក្សាទុក​សេចក្តីព្រាង",
                        timeout=2000)
        header = window.model.headerData(COL_REPORT, Qt.Orientation.Horizontal)
        assert header == "លេខរបាយការណ៍"
        assert window.model.data(window.model.index(0, COL_STATUS)) == "សេចក្តីព្រាង"
        assert window.filter_bar.status.itemText(0) == "គ្រប់ស្ថានភាព"
        assert window.actions.new.text() == "វគ្គថ្មី"
    finally:
        qapp.removeTranslator(translator)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    qtbot.waitUntil(lambda: editor.save_draft_button.text() == "Sa&ve draft", timeout=2000)
    assert window.filter_bar.status.itemText(0) == "Any status"
    wait_idle(qtbot, window)
