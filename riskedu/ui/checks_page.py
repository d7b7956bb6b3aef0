"""The Checks page: what headquarters fixes before reporting upward. Sessions missing
required fields and probable duplicates, for a filter; Enter or a double-click opens the
session in the editor."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskedu.core.categories import STATUS
from riskedu.core.hq_checks import DuplicateGroup, IncompleteSession
from riskedu.ui.background import QueryRunner
from riskedu.ui.dashboard_access import CheckResults, DashboardAccess
from riskedu.ui.dashboard_filters import DashboardFilterBar
from riskedu.ui.errors import describe_error
from riskedu.ui.text import choice_label, format_count, format_date, message_text
from riskedu.ui.widgets import Retranslating
from riskedu.ui.workspace import Workspace

SessionRole = Qt.ItemDataRole.UserRole + 1


class ChecksPage(Retranslating, QWidget):
    """Lists incomplete sessions and probable duplicates; `open_session(id)` to fix one."""

    open_session = Signal(str)
    refreshed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = DashboardAccess(workspace.db, workspace.profile.gazetteer_version)
        self.runner = QueryRunner(self)
        self.results: CheckResults | None = None
        self.filters = DashboardFilterBar(workspace, self.access)
        self.state, self.run_button = QLabel(), QPushButton()
        self.incomplete_label, self.duplicates_label = QLabel(), QLabel()
        self.incomplete, self.duplicates = QTreeWidget(), QTreeWidget()
        for tree, label in ((self.incomplete, self.incomplete_label),
                            (self.duplicates, self.duplicates_label)):
            label.setBuddy(tree)
            tree.setAlternatingRowColors(True)
            tree.itemActivated.connect(self._activated)
        self.incomplete.setRootIsDecorated(False)
        self._build()
        self.retranslate_ui()
        self.filters.changed.connect(self.refresh)
        self.run_button.clicked.connect(self.refresh)

    def _build(self) -> None:
        split = QSplitter(Qt.Orientation.Vertical)
        for label, tree in ((self.incomplete_label, self.incomplete),
                            (self.duplicates_label, self.duplicates)):
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 4, 0, 0)
            inner.addWidget(label)
            inner.addWidget(tree, 1)
            split.addWidget(box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.filters)
        layout.addWidget(self.state)
        layout.addWidget(split, 1)
        layout.addWidget(self.run_button, 0, Qt.AlignmentFlag.AlignRight)

    def retranslate_ui(self) -> None:
        self.run_button.setText(self.tr("&Check again"))
        self.incomplete.setHeaderLabels([self.tr("Report code"), self.tr("Date"),
                                         self.tr("Status"), self.tr("Team"),
                                         self.tr("What is missing")])
        self.duplicates.setHeaderLabels([self.tr("Day, village and team / report code"),
                                         self.tr("Status"), self.tr("Beneficiaries"),
                                         self.tr("From installation")])
        self._show(self.results)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.refresh()  # a session fixed in the editor leaves the list on return

    def refresh(self) -> None:
        flt = self.filters.current_filter()
        self.state.setText(self.tr("Checking…"))
        self.runner.submit("checks", lambda: self.access.checks(flt), self._loaded,
                           self._failed)

    def _loaded(self, results: CheckResults) -> None:
        self.results = results
        self.state.setText("")
        self._show(results)
        self.refreshed.emit()

    def _failed(self, error: BaseException) -> None:
        self.state.setText(describe_error(error))

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def shutdown(self) -> None:
        self.runner.shutdown()

    def _show(self, results: CheckResults | None) -> None:
        incomplete = results.incomplete if results else []
        groups = results.duplicates if results else []
        self.incomplete_label.setText(self.tr("&Sessions missing required fields: {n}").format(
            n=format_count(results.incomplete_count if results else 0)))
        self.duplicates_label.setText(self.tr(
            "&Probable duplicates (same village, day and team from different installations): "
            "{n}").format(n=format_count(results.duplicate_count if results else 0)))
        self.incomplete.clear()
        self.incomplete.addTopLevelItems([self._incomplete_item(s) for s in incomplete])
        self.duplicates.clear()
        self.duplicates.addTopLevelItems([self._group_item(g) for g in groups])
        self.duplicates.expandAll()
        for tree in (self.incomplete, self.duplicates):
            for column in range(tree.columnCount() - 1):
                tree.resizeColumnToContents(column)

    @staticmethod
    def _incomplete_item(found: IncompleteSession) -> QTreeWidgetItem:
        missing = " ".join(message_text(p.message) for p in found.problems)
        item = QTreeWidgetItem([found.report_code, format_date(found.session_date),
                                choice_label(STATUS, found.status), found.team, missing])
        item.setData(0, SessionRole, found.id)
        item.setToolTip(4, missing)
        return item

    def _group_item(self, group: DuplicateGroup) -> QTreeWidgetItem:
        head = QTreeWidgetItem([f"{format_date(group.session_date)} · "
                                f"{group.village or group.village_code} · {group.team}"])
        for member in group.members:
            origin = member.installation or self.tr("Unknown installation {id}").format(
                id=member.installation_id[:8])
            child = QTreeWidgetItem([member.report_code, choice_label(STATUS, member.status),
                                     format_count(member.people), origin])
            child.setData(0, SessionRole, member.id)
            child.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
            head.addChild(child)
        return head

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        session_id = item.data(0, SessionRole)
        if session_id:
            self.open_session.emit(session_id)
