"""A session's history: each event of its audit trail (who, when in UTC, what) with the
fields it changed, before and after."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskedu.core.categories import (
    ACTIVITY,
    AGE_BANDS,
    AUDIENCE,
    CATEGORY,
    LOCATION_TYPE,
    METHOD,
    SEX,
)
from riskedu.ui.errors import USER_ERRORS, describe_error
from riskedu.ui.safety_access import HistoryEntry, SafetyAccess
from riskedu.ui.text import FIELD_LABELS, choice_label, field_label
from riskedu.ui.widgets import Retranslating

# Fields holding a category code: shown with the code's label.
CODED_FIELDS = {"location_type": LOCATION_TYPE, "category": CATEGORY, "activity": ACTIVITY,
                "method": METHOD, "audience": AUDIENCE}


def change_label(field: str) -> str:
    """'Attendance › Female 6–12' for a cell, the form's label for any other field."""
    if field.startswith("attendance."):
        key = field.split(".", 1)[1]
        sex, _, band = key.partition("_")
        if sex in SEX and band in AGE_BANDS:
            cell = f"{choice_label(SEX, sex)} {choice_label(AGE_BANDS, band)}"
        else:
            cell = field_label(key)
        return f"{field_label('attendance')} › {cell}"
    if field == "facilitators":
        return field_label("facilitator_ids")
    if field == "materials":
        return QCoreApplication.translate("HistoryDialog", "Materials handed out")
    if field == "notes":
        return QCoreApplication.translate("HistoryDialog", "Notes")
    return field_label(field) if field in FIELD_LABELS else field


def change_value(field: str, value: str) -> str:
    choices = CODED_FIELDS.get(field)
    return choice_label(choices, value) if choices is not None and value else value


class HistoryDialog(Retranslating, QDialog):
    """Read-only view of one session's audit trail, oldest event first."""

    def __init__(self, entries: list[HistoryEntry], report_code: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.entries, self.report_code = entries, report_code
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(900, 480)
        self.retranslate_ui()

    @classmethod
    def show_for(cls, safety: SafetyAccess, session_id: str, report_code: str,
                 parent: QWidget | None) -> HistoryDialog | None:
        """Read the history and open the dialog (a message instead when it cannot be read)."""
        try:
            entries = safety.history(session_id)
        except USER_ERRORS as exc:
            QMessageBox.warning(parent, QCoreApplication.translate(
                "HistoryDialog", "Could not read the history"), describe_error(exc))
            return None
        dialog = cls(entries, report_code, parent)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog

    def event_text(self, event: str) -> str:
        return {"edited": self.tr("Edited"), "finalised": self.tr("Finalised"),
                "reopened": self.tr("Reopened for correction"), "deleted": self.tr("Deleted"),
                "restored": self.tr("Restored from the trash")}.get(event, event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("History of {code}").format(code=self.report_code))
        self.note.setText(self.tr(
            "Every change made after the session was first final: who made it, when (UTC) "
            "and each field before and after. Drafts that were never final have no history.")
            if self.entries else self.tr(
                "No history yet: this session has not been final. Its changes are recorded "
                "from its first finalisation on."))
        self.tree.setHeaderLabels([self.tr("When (UTC) and who"), self.tr("What"),
                                   self.tr("Before"), self.tr("After")])
        self._fill()

    def _fill(self) -> None:
        self.tree.clear()
        for entry in self.entries:
            top = QTreeWidgetItem([
                f"{entry.changed_at:%Y-%m-%d %H:%M:%S} · {entry.changed_by}",
                self.event_text(entry.event), "", ""])
            for field, before, after in entry.changes:
                top.addChild(QTreeWidgetItem([
                    "", change_label(field), change_value(field, before) or "—",
                    change_value(field, after) or "—"]))
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        self.tree.setColumnWidth(0, 260)
        self.tree.setColumnWidth(1, 220)
        self.tree.setColumnWidth(2, 190)

