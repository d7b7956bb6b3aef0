"""Organisation details for printing: names by language, a logo checked by content, the
signatory; saved in one go, refused pictures explained, Cancel keeps what was saved."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from riskedu.core.print_details import load_print_details
from riskedu.ui.organisation_dialog import OrganisationDialog, edit_organisation_details

from material_files import good_pdf, good_png, write


def dialog_on(qtbot, workspace) -> OrganisationDialog:
    dialog = OrganisationDialog(workspace, workspace.printing.load_details())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose_file(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))


def test_details_are_saved_with_names_logo_and_signatory(qtbot, db, workspace, tmp_path,
                                                         monkeypatch):
    dialog = dialog_on(qtbot, workspace)
    assert dialog.names["en"].placeholderText() == "HALO Trust"  # the organisation's name
    dialog.names["en"].setText("The HALO Trust")
    dialog.names["km"].setText("អង្គការ ហាឡូ ត្រាស់")
    dialog.signatory_name.setText("Sokha Chan")
    dialog.signatory_title.setText("Programme manager")
    choose_file(monkeypatch, good_png(tmp_path, "logo.png"))
    assert dialog.choose_logo()
    assert not dialog.logo.pixmap().isNull() and dialog.remove_logo_button.isEnabled()
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    saved = load_print_details(db)
    assert saved.organisation_names == {"en": "The HALO Trust", "km": "អង្គការ ហាឡូ ត្រាស់"}
    assert saved.organisation_name("lo") == "The HALO Trust"
    assert (saved.signatory_name, saved.signatory_title) == ("Sokha Chan", "Programme manager")
    assert saved.logo_type == "image/png" and saved.logo_path(db).is_file()
    again = dialog_on(qtbot, workspace)  # shows what was saved
    assert again.names["km"].text() == "អង្គការ ហាឡូ ត្រាស់"
    assert not again.logo.pixmap().isNull()


def test_a_pdf_is_refused_as_logo(qtbot, workspace, tmp_path, monkeypatch, boxes):
    dialog = dialog_on(qtbot, workspace)
    choose_file(monkeypatch, good_pdf(tmp_path, "letterhead.pdf"))
    assert not dialog.choose_logo()
    kind, title, text = boxes.shown[-1]
    assert (kind, title) == ("warning", "This picture cannot be the logo")
    assert text == "letterhead.pdf is not a picture. Choose a PNG or JPEG file for the logo."
    assert dialog.details.logo_sha256 == "" and dialog.logo.text() == "No logo"


def test_a_damaged_picture_is_refused(qtbot, workspace, tmp_path, monkeypatch, boxes):
    dialog = dialog_on(qtbot, workspace)
    choose_file(monkeypatch, write(tmp_path, "logo.png", b"\x89PNG\r\n\x1a\nbroken"))
    assert not dialog.choose_logo()
    assert boxes.shown[-1][1] == "This picture cannot be the logo"
    assert dialog.details.logo_sha256 == ""


def test_cancel_keeps_the_saved_details_and_remove_takes_the_logo_off(
        qtbot, db, workspace, tmp_path, monkeypatch):
    dialog = dialog_on(qtbot, workspace)
    choose_file(monkeypatch, good_png(tmp_path, "logo.png"))
    dialog.choose_logo()
    dialog.accept()
    assert load_print_details(db).logo_sha256
    dialog = dialog_on(qtbot, workspace)
    dialog.signatory_name.setText("Not saved")
    dialog.remove_logo()
    dialog.reject()
    assert load_print_details(db).logo_sha256 and load_print_details(db).signatory_name == ""
    dialog = dialog_on(qtbot, workspace)
    dialog.remove_logo()
    dialog.accept()
    assert load_print_details(db).logo_sha256 == ""


def test_the_settings_menu_opens_the_dialog(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(OrganisationDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    assert window.printing.organisation in window.printing.settings_menu.actions()
    window.printing.organisation.trigger()
    assert len(shown) == 1
    assert not edit_organisation_details(window.workspace, window)
