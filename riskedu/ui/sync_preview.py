"""The import preview: what each file would bring, per table, and the installations not
seen before, each to accept explicitly before anything is imported."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskedu.sync.importer import ImportReport
from riskedu.ui.sync_text import ACTIONS, action_count, table_label, translate
from riskedu.ui.text import format_count
from riskedu.ui.widgets import Retranslating


class ImportPreview(Retranslating, QDialog):
    """Per file and table: new, updated, unchanged, deleted and conflicting records; one
    "Accept this installation" box per unknown signer; Import stays off until all are
    ticked."""

    def __init__(self, reports: list[ImportReport], parent: QWidget | None = None):
        super().__init__(parent)
        self.reports = reports
        self.intro, self.tree = QLabel(), QTreeWidget()
        self.unknown_box = QGroupBox()
        self.accept_boxes: dict[str, QCheckBox] = {}
        self.unknown_labels: dict[str, QLabel] = {}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self._build()
        self.retranslate_ui()
        self._update_button()

    @property
    def nothing_new(self) -> bool:
        return all(r.already_imported for r in self.reports)

    def _build(self) -> None:
        self.setModal(True)
        self.intro.setWordWrap(True)
        self.tree.setColumnCount(1 + len(ACTIONS))
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 1 + len(ACTIONS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        unknown = QVBoxLayout(self.unknown_box)
        for report in self.reports:
            if report.unknown_signer and report.source_installation_id not in self.accept_boxes:
                label, box = QLabel(), QCheckBox()
                label.setWordWrap(True)
                box.toggled.connect(lambda _: self._update_button())
                unknown.addWidget(label)
                unknown.addWidget(box)
                self.unknown_labels[report.source_installation_id] = label
                self.accept_boxes[report.source_installation_id] = box
        self.unknown_box.setVisible(bool(self.accept_boxes))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.unknown_box)
        layout.addWidget(self.buttons)
        self.resize(900, 480)

    def _fill(self) -> None:
        self.tree.clear()
        for report in self.reports:
            state = (self.tr("already imported: nothing new") if report.already_imported
                     else self.tr("from {source}").format(source=report.source_name))
            item = QTreeWidgetItem([f"{report.file_name} — {state}"])
            item.setToolTip(0, item.text(0))
            self.tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(False)
            for table, counts in report.counts.items():
                child = QTreeWidgetItem([table_label(table)] + [
                    format_count(action_count(counts, action)) or "0"
                    for action, _ in ACTIONS])
                item.addChild(child)
            for column, (action, _) in enumerate(ACTIONS, start=1):
                item.setText(column, format_count(sum(action_count(c, action)
                                                      for c in report.counts.values())))
            item.setExpanded(True)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import bundles"))
        count = len(self.reports)
        self.intro.setText(self.tr(
            "Every file was checked and can be imported. Nothing has changed yet: "
            "this is what importing would do.") if not self.nothing_new else self.tr(
            "Every file was imported before: importing again changes nothing."))
        self.tree.setHeaderLabels([self.tr("File and table")] + [
            translate("sync", label) for _, label in ACTIONS])
        self._fill()
        self.unknown_box.setTitle(self.tr("Installations not seen before"))
        for installation_id, label in self.unknown_labels.items():
            report = next(r for r in self.reports
                          if r.source_installation_id == installation_id)
            label.setText(self.tr(
                "<b>{name}</b> has not sent bundles here before. Its fingerprint is "
                "<b>{fingerprint}</b>. Compare it with the fingerprint shown on that laptop "
                "(Sync page) before accepting.").format(
                    name=report.source_name, fingerprint=report.unknown_signer))
            self.accept_boxes[installation_id].setText(self.tr(
                "&Accept this installation ({name})").format(name=report.source_name))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Import {count} file(s)", "", count).replace(
            "{count}", format_count(count)))

    def _update_button(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not self.nothing_new and all(
            box.isChecked() for box in self.accept_boxes.values()))

    @property
    def accepted_unknown(self) -> bool:
        return bool(self.accept_boxes) and all(b.isChecked() for b in self.accept_boxes.values())
