"""Organisation details printed on documents: names by language, logo and signatory.

Set once (in the window's settings or from code) and kept in the database. The logo is
a PNG or JPEG kept in the content-addressed file store beside the database, like
material files; the database keeps only its hash.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from riskedu.core.database import Database
from riskedu.core.db.base import utc_now
from riskedu.core.db.models import LocalInstallation, Organisation
from riskedu.core.db.print_models import PrintDetailsRow
from riskedu.core.file_content import JPEG, PNG, FileRefused
from riskedu.core.filestore import FileStore, files_root
from riskedu.core.i18n import QT_TRANSLATE_NOOP, Message

CTX = "print_details"
LOGO_NOT_PICTURE = QT_TRANSLATE_NOOP(
    "print_details", "{name} is not a picture. Choose a PNG or JPEG file for the logo.")
TOO_LONG = QT_TRANSLATE_NOOP(
    "print_details", "{field} is longer than {limit} characters. Shorten it.")
MAX_TEXT = 200


class PrintDetailsRefused(ValueError):
    """Details that cannot be saved, with the message saying what to change."""

    def __init__(self, message: Message):
        super().__init__(str(message))
        self.message = message


@dataclass(frozen=True)
class PrintDetails:
    """What documents print about the organisation."""

    organisation_names: dict[str, str] = field(default_factory=dict)  # language -> name
    logo_sha256: str = ""
    logo_type: str = ""
    signatory_name: str = ""
    signatory_title: str = ""
    fallback_name: str = ""  # the organisation's own name, when no name is set

    def organisation_name(self, language: str) -> str:
        """The name in `language`, else in English, else any, else the organisation's."""
        names = self.organisation_names
        return (names.get(language) or names.get("en")
                or next((n for n in names.values() if n), "") or self.fallback_name)

    def logo_path(self, db: Database) -> Path | None:
        """The logo's file when one is set and present in the store."""
        if not self.logo_sha256:
            return None
        path = FileStore(files_root(db.path)).path_of(self.logo_sha256, self.logo_type)
        return path if path.is_file() else None


def _organisation_name(db: Database) -> str:
    with db.session() as session:
        installation = session.get(LocalInstallation, db.installation_id)
        organisation = installation.organisation_id and session.get(
            Organisation, installation.organisation_id)
        return organisation.name if organisation else ""


def load_print_details(db: Database) -> PrintDetails:
    """The saved details (empty ones, named after the organisation, until set)."""
    with db.session() as session:
        row = session.get(PrintDetailsRow, 1)
        saved = PrintDetails() if row is None else PrintDetails(
            dict(row.organisation_names or {}), row.logo_sha256, row.logo_type,
            row.signatory_name, row.signatory_title)
    return replace(saved, fallback_name=_organisation_name(db))


def _check(details: PrintDetails) -> None:
    texts = {QT_TRANSLATE_NOOP("print_details", "The signatory's name"): details.signatory_name,
             QT_TRANSLATE_NOOP("print_details", "The signatory's title"): details.signatory_title}
    texts.update({QT_TRANSLATE_NOOP("print_details", "The organisation's name"): name
                  for name in details.organisation_names.values()})
    for label, value in texts.items():
        if len(value) > MAX_TEXT:
            raise PrintDetailsRefused(Message(CTX, TOO_LONG, {"field": label,
                                                              "limit": MAX_TEXT}))


def save_print_details(db: Database, details: PrintDetails) -> None:
    """Keep `details` (in one transaction); raises `PrintDetailsRefused` and changes
    nothing when a text is too long."""
    _check(details)
    names = {lang: name.strip() for lang, name in details.organisation_names.items()
             if name.strip()}
    with db.transaction() as session:
        row = session.get(PrintDetailsRow, 1) or PrintDetailsRow(id=1)
        row.organisation_names = names
        row.logo_sha256, row.logo_type = details.logo_sha256, details.logo_type
        row.signatory_name = details.signatory_name.strip()
        row.signatory_title = details.signatory_title.strip()
        row.updated_at = utc_now()
        session.add(row)


def with_logo(db: Database, details: PrintDetails, source: Path) -> PrintDetails:
    """`details` with `source` as the logo, added to the file store (not saved yet).

    Raises `FileRefused` for a file the store refuses or that is not a picture."""
    stored = FileStore(files_root(db.path)).add(Path(source))
    if stored.media_type not in (PNG, JPEG):
        raise FileRefused(Message(CTX, LOGO_NOT_PICTURE, {"name": Path(source).name}))
    return replace(details, logo_sha256=stored.sha256, logo_type=stored.media_type)
