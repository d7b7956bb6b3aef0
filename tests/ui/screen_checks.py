"""What a person would see wrong on screen, found by code: texts drawn as boxes (tofu), a
script drawn by a font that cannot shape it, texts cut by too small widgets, windows larger
than a laptop's screen, and Qt's own warnings."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QAction, QFont, QTextDocument, QTextLayout
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableWidget,
    QToolBar,
    QWidget,
)

from riskedu.ui.fonts import FONT_FILES

SCREEN = (1366, 768 - 40)  # a common field laptop, less its taskbar
SCRIPTS = {  # script → Unicode block of its letters
    "khmer": (0x1780, 0x17FF), "lao": (0x0E80, 0x0EFF), "thai": (0x0E00, 0x0E7F),
    "myanmar": (0x1000, 0x109F),
}
_MNEMONIC = re.compile(r"&(?!&)")


def plain(text: str) -> str:
    """What a label shows: markup and accelerator marks removed."""
    if "<" in text and ">" in text:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return _MNEMONIC.sub("", text).replace("&&", "&")


def script_of(char: str) -> str | None:
    code = ord(char)
    return next((name for name, (low, high) in SCRIPTS.items() if low <= code <= high), None)


def _runs(text: str) -> Iterator[tuple[str | None, str]]:
    """The text cut into runs of one script (None: anything else)."""
    current, start = None, 0
    for index, char in enumerate(text):
        script = script_of(char)
        if index and script != current:
            yield current, text[start:index]
            start = index
        current = script
    if text:
        yield current, text[start:]


def _glyph_runs(text: str, font: QFont):
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e6)
    layout.endLayout()
    return layout.glyphRuns()


def glyph_faults(text: str, font: QFont) -> list[str]:
    """Why `text` would not show properly in `font`: a character drawn as a box, or a
    complex script drawn by another font than the one riskedu ships for it."""
    faults = []
    for script, part in _runs(text.replace("\n", " ")):
        if not part.strip():
            continue
        for run in _glyph_runs(part, font):
            family = run.rawFont().familyName()
            if 0 in run.glyphIndexes():
                faults.append(f"box in {part!r} ({family})")
            if script is not None and family != FONT_FILES[script][1]:
                faults.append(f"{part!r} drawn with {family}")
    return faults


@dataclass
class ShownText:
    """A text on screen and the font it is drawn with."""

    where: str
    text: str
    font: QFont


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or ''})"


def shown_texts(root: QWidget) -> list[ShownText]:
    """Every text `root` shows or can show on demand (combo entries, menus, tooltips)."""
    found: list[ShownText] = []

    def add(widget: QWidget, text: str, font: QFont | None = None) -> None:
        if text and text.strip():
            found.append(ShownText(_name(widget), plain(text), font or widget.font()))

    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        add(widget, widget.toolTip())
        if isinstance(widget, QLabel):
            add(widget, widget.text())
        elif isinstance(widget, QAbstractButton):
            add(widget, widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget, widget.tabText(index))
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(widget, widget.itemText(index))
        elif isinstance(widget, QLineEdit):
            add(widget, widget.text())
            add(widget, widget.placeholderText())
        elif isinstance(widget, QAbstractSpinBox):
            add(widget, widget.text())
            add(widget, widget.specialValueText())
        elif isinstance(widget, QListWidget):
            for index in range(widget.count()):
                add(widget, widget.item(index).text())
        elif isinstance(widget, QTableWidget):
            for row in range(widget.rowCount()):
                for column in range(widget.columnCount()):
                    item = widget.item(row, column)
                    add(widget, item.text() if item else "")
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            for section in range(widget.count()):
                add(widget, str(widget.model().headerData(section, widget.orientation()) or ""))
        elif isinstance(widget, QMenu | QToolBar):
            add(widget, widget.title() if isinstance(widget, QMenu) else "")
            for action in widget.actions():  # (tool bar buttons' tips: with the buttons)
                add(widget, action.text(), action_font(action, widget))
    if isinstance(root, QMainWindow):
        model = root.findChild(QHeaderView).model()
        for row in range(min(model.rowCount(), 30)):
            for column in range(model.columnCount()):
                add(root, str(model.index(row, column).data() or ""))
    return found


def action_font(action: QAction, shown_in: QWidget) -> QFont:
    return action.font().resolve(shown_in.font())


def tofu(root: QWidget) -> list[str]:
    """Texts of `root` that would show boxes or wrongly shaped script."""
    return [f"{item.where}: {fault}" for item in shown_texts(root)
            for fault in glyph_faults(item.text, item.font)]


def _visible(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0


def _combo_cut(combo: QComboBox) -> bool:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field_rect = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                              QStyle.SubControl.SC_ComboBoxEditField, combo)
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) > field_rect.width()


def _header_cuts(header: QHeaderView) -> list[str]:
    model, metrics = header.model(), header.fontMetrics()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    cuts = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation()) or "")
        if metrics.horizontalAdvance(text) + 2 * margin > header.sectionSize(section):
            cuts.append(f"column header {text!r}")
    return cuts


def cut_texts(root: QWidget) -> list[str]:
    """Widgets of `root` too small for their text: labels, buttons, group box titles, tabs,
    column headers, closed combo boxes, tool bar buttons and menus pushed out of sight."""
    cuts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _visible(widget, root):
            continue
        name = _name(widget)
        if isinstance(widget, QLabel | QAbstractButton | QGroupBox) and not (
                isinstance(widget, QLabel) and widget.wordWrap()):
            need = widget.minimumSizeHint()
            text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
            if text and (widget.width() < need.width() or widget.height() < need.height()):
                cuts.append(f"{name} {plain(text)!r}: {widget.width()}×{widget.height()} < "
                            f"{need.width()}×{need.height()}")
        elif isinstance(widget, QLabel) and widget.text():
            if widget.height() < widget.heightForWidth(widget.width()):
                cuts.append(f"{name} {plain(widget.text())[:40]!r}: wrapped text cut")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                rect = widget.tabRect(index)
                if (rect.width() < widget.tabSizeHint(index).width()
                        or not widget.rect().contains(rect)):
                    cuts.append(f"tab {plain(widget.tabText(index))!r}")
        elif isinstance(widget, QHeaderView) and widget.orientation().name == "Horizontal":
            cuts += _header_cuts(widget)
        elif isinstance(widget, QComboBox) and not widget.isEditable() and _combo_cut(widget):
            cuts.append(f"{name} shows {widget.currentText()!r} cut")
        elif isinstance(widget, QToolBar):
            for action in widget.actions():
                button = widget.widgetForAction(action)
                if button is not None and not action.isSeparator() and not button.isVisible():
                    cuts.append(f"tool bar button {plain(action.text())!r} out of sight")
    if isinstance(root, QMainWindow):
        bar = root.menuBar()
        for action in bar.actions():
            if not bar.rect().contains(bar.actionGeometry(action)):
                cuts.append(f"menu {plain(action.text())!r} out of sight")
    return cuts


def too_big(window: QWidget) -> str | None:
    """Why `window` cannot fit a laptop's screen, if it cannot."""
    need = window.minimumSizeHint().expandedTo(window.minimumSize())
    if need.width() > SCREEN[0] or need.height() > SCREEN[1]:
        return f"{_name(window)} needs {need.width()}×{need.height()}"
    return None


_REFUSED_FONT = re.compile(r'OpenType support missing for "([^"]+)", script (\d+)')
# QChar::Script numbers of the scripts riskedu ships fonts for, by family.
_OWN_SCRIPT = {"Noto Sans Thai": 21, "Noto Sans Lao": 22, "Noto Sans Myanmar": 24,
               "Noto Sans Khmer": 32}


def harmless(text: str) -> bool:
    """Messages that are no fault: the offscreen platform cannot do all a desktop does, and
    Qt noting that a font cannot shape a script (before it takes the font that can) is how
    font fallback works. A script font refused for its own script would be a fault."""
    if "This plugin does not support" in text:
        return True
    refused = _REFUSED_FONT.search(text)
    return refused is not None and _OWN_SCRIPT.get(refused.group(1)) != int(refused.group(2))


@dataclass
class QtMessages:
    """Collects Qt's warnings while installed (`with QtMessages() as messages:`)."""

    warnings: list[str] = field(default_factory=list)
    _previous: object = None

    def __enter__(self) -> QtMessages:
        def handler(kind, context, text):
            if kind not in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg) and not harmless(text):
                self.warnings.append(text)
            if callable(self._previous):
                self._previous(kind, context, text)
        self._previous = qInstallMessageHandler(handler)
        return self

    def __exit__(self, *exc) -> None:
        qInstallMessageHandler(self._previous)
