"""Translatable text without Qt: the core marks strings, the UI translates them.

`QT_TRANSLATE_NOOP(context, text)` has the name `pyside6-lupdate` looks for, so
strings marked here are extracted into `translations/*.ts`; at run time it only
returns the text. The UI translates a `Message` with
`QCoreApplication.translate(message.context, message.text)` and then fills in
its parameters; the CLI prints the English text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate knows
    return text


@dataclass(frozen=True)
class Message:
    """A user-facing sentence: translation context, English template and its values."""

    context: str
    text: str
    params: dict[str, Any] = field(default_factory=dict)

    def format(self, translated: str | None = None) -> str:
        """Fill the parameters into `translated` (or the English text)."""
        return (translated or self.text).format(**self.params)

    def __str__(self) -> str:
        return self.format()
