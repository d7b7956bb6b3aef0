"""Verify a certificate: paste the text of its QR code (or type its number) and see whether
it is genuine, offline, with what it certifies."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from riskedu.core.i18n import Message
from riskedu.ui.errors import reporting_errors
from riskedu.ui.text import message_text
from riskedu.ui.widgets import BANNER_STYLE, PROBLEMS_STYLE, Retranslating
from riskedu.ui.workspace import Workspace

GENUINE_STYLE = ("background: #e7f4ea; color: #1e4d2b; border: 1px solid #9ccaa8; "
                 "border-radius: 4px; padding: 8px;")
THIS_INSTALLATION = "this installation"  # the printing layer's name for the issuer here
DETAIL_ORDER = ("number", "name", "date", "village", "issuer", "installation")


class VerifyDialog(Retranslating, QDialog):
    """Checks a certificate code against the issuing installation's key."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.code = QPlainTextEdit()
        self.code.setTabChangesFocus(True)
        self.code.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.help.setBuddy(self.code)
        self.check_button = QPushButton()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.hide()
        self.verification: Any = None
        self.checked_code = ""  # the code of the result shown
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.check_button.clicked.connect(self.check)
        self.check_button.setDefault(True)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.help)
        layout.addWidget(self.code)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Verify a certificate"))
        self.help.setText(self.tr(
            "&Paste the text read from the certificate's QR code, or type the certificate "
            "number printed under it. No internet is needed."))
        self.code.setPlaceholderText(self.tr("e.g. {number}").format(
            number="HALO-T3-RE-20261120-001-004"))
        self.check_button.setText(self.tr("&Check"))
        self.check_button.setToolTip(self.tr("Check the certificate (Ctrl+Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        if self.verification is not None:
            self._check_again()

    def _check_again(self) -> None:
        """The result shown again in the new language, the village named in it too (the
        printing layer names it in the language asked, so it is asked again)."""
        with reporting_errors(self, self.tr("Could not check the certificate")) as outcome:
            verification = self.workspace.printing.verify(self.checked_code)
        if not outcome.failed:
            self.verification = verification
        self._show(self.verification)

    def check(self) -> bool | None:
        """Verify the code typed; whether it is genuine (None: nothing typed or an error)."""
        text = self.code.toPlainText().strip()
        if not text:
            self.result.setStyleSheet(BANNER_STYLE)
            self.result.setText(html.escape(self.tr(
                "Paste or type a certificate code first.")))
            self.result.show()
            self.code.setFocus()
            return None
        with reporting_errors(self, self.tr("Could not check the certificate")) as outcome:
            verification = self.workspace.printing.verify(text)
        if outcome.failed:
            return None
        self.verification, self.checked_code = verification, text
        self._show(verification)
        return bool(verification.genuine)

    def _show(self, verification: Any) -> None:
        genuine = bool(verification.genuine)
        headline = self.tr("Genuine certificate") if genuine else self.tr(
            "Not confirmed as genuine")
        lines = [f"<p style='font-size:13pt; font-weight:600'>{html.escape(headline)}</p>",
                 f"<p>{html.escape(message_text(self._local(verification.message)))}</p>"]
        rows = self._detail_rows(verification.details or {})
        if rows:
            lines.append("<table cellspacing='0' cellpadding='2'>" + "".join(
                f"<tr><td><b>{html.escape(label)}</b>&nbsp;&nbsp;</td>"
                f"<td>{html.escape(value)}</td></tr>" for label, value in rows) + "</table>")
        self.result.setStyleSheet(GENUINE_STYLE if genuine else PROBLEMS_STYLE)
        self.result.setText("".join(lines))
        self.result.show()

    def _detail_rows(self, details: dict[str, str]) -> list[tuple[str, str]]:
        labels = {"number": self.tr("Certificate number"), "name": self.tr("Issued to"),
                  "date": self.tr("Session date"), "village": self.tr("Place"),
                  "issuer": self.tr("Signed by"), "installation": self.tr("Installation")}
        keys = [k for k in DETAIL_ORDER if details.get(k)]
        keys += sorted(k for k in details if k not in DETAIL_ORDER and details[k])
        return [(labels.get(key, key), self._local_value(details[key])) for key in keys]

    @staticmethod
    def _local_value(value: str) -> str:
        if value == THIS_INSTALLATION:
            return QCoreApplication.translate("verify", THIS_INSTALLATION)
        return str(value)

    def _local(self, message: Message) -> Message:
        params = {k: self._local_value(v) if isinstance(v, str) else v
                  for k, v in message.params.items()}
        return Message(message.context, message.text, params)
