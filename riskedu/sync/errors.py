"""Why a bundle was refused, as translatable messages a user can act on."""

from __future__ import annotations

import errno
from pathlib import Path

from riskedu.core.i18n import QT_TRANSLATE_NOOP, Message

NOT_A_BUNDLE = QT_TRANSLATE_NOOP(
    "bundle", "{file} is not a riskedu sync bundle.")
TRUNCATED = QT_TRANSLATE_NOOP(
    "bundle", "{file} was cut short or damaged on the way. Copy it again from the USB stick "
    "or ask for it to be sent again.")
UNSAFE_PATH = QT_TRANSLATE_NOOP(
    "bundle", "{file} contains a file name that points outside the bundle ({name}). It was "
    "refused.")
TOO_LARGE = QT_TRANSLATE_NOOP(
    "bundle", "{file} unpacks to more than {limit} MB. It was refused as unsafe.")
HASH_MISMATCH = QT_TRANSLATE_NOOP(
    "bundle", "{file} has been changed since it was made: {name} does not match its "
    "checksum.")
MISSING_ENTRY = QT_TRANSLATE_NOOP(
    "bundle", "{file} is incomplete: {name} is missing.")
UNLISTED_ENTRY = QT_TRANSLATE_NOOP(
    "bundle", "{file} contains {name}, which its manifest does not list.")
BAD_SIGNATURE = QT_TRANSLATE_NOOP(
    "bundle", "{file} is not signed correctly: it was altered or did not come from the "
    "installation it names.")
NEWER_FORMAT = QT_TRANSLATE_NOOP(
    "bundle", "{file} was made by a newer riskedu (bundle format {version}). Update riskedu "
    "to version {app_version} or later to import it.")
NOT_FOR_US = QT_TRANSLATE_NOOP(
    "bundle", "{file} is encrypted for another headquarters key ({fingerprint}); it cannot "
    "be opened here.")
BAD_RECORD = QT_TRANSLATE_NOOP(
    "bundle", "{file} holds a record that does not fit riskedu ({table}, record {line}). "
    "Nothing was imported.")
DATABASE_BUSY = QT_TRANSLATE_NOOP(
    "bundle", "The database stayed busy for {minutes} minutes: another riskedu is writing to "
    "it (an import, a backup or a save). Nothing of {file} was imported; try again when it "
    "has finished.")
MISSING_EARLIER = QT_TRANSLATE_NOOP(
    "bundle", "{file} refers to records that came in an earlier bundle from the same "
    "installation, which has not been imported here. Import the earlier bundle first.")
NOT_FROM_HEADQUARTERS = QT_TRANSLATE_NOOP(
    "bundle", "{file} is a reference bundle that was not signed by your headquarters. Load "
    "headquarters' enrolment file first, or ask headquarters for a new bundle.")
OTHER_ORGANISATION = QT_TRANSLATE_NOOP(
    "bundle", "{file} was made by headquarters for another organisation ({organisation}).")
NO_KEY = QT_TRANSLATE_NOOP(
    "bundle", "{file} is encrypted; only the headquarters it was made for can open it.")

FOLDER_FULL = QT_TRANSLATE_NOOP(
    "bundle", "{folder} is full, so the bundle could not be written. Free some space there "
    "or choose another folder (another USB stick will do). Nothing was marked as sent.")
FOLDER_READ_ONLY = QT_TRANSLATE_NOOP(
    "bundle", "riskedu may not write to {folder} (it is read-only or write-protected), so "
    "the bundle could not be written. Choose another folder, or unlock the USB stick. "
    "Nothing was marked as sent.")
FOLDER_FAILED = QT_TRANSLATE_NOOP(
    "bundle", "The bundle could not be written to {folder} ({reason}). Check that the disk "
    "or USB stick is still connected, then try again. Nothing was marked as sent.")

# A full disk, a quota, or a file larger than the disk (or FAT32 stick) may hold.
_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
_READ_ONLY = (errno.EACCES, errno.EPERM, errno.EROFS)


class BundleError(Exception):
    """A bundle that cannot be used, with the reason for the user. Nothing was changed."""

    def __init__(self, text: str, **params):
        self.message = Message("bundle", text, {k: str(v) for k, v in params.items()})
        super().__init__(str(self.message))


def not_written(error: OSError, folder: Path) -> BundleError:
    """Why writing a bundle into `folder` failed, for the user (no file was left)."""
    if error.errno in _FULL:
        return BundleError(FOLDER_FULL, folder=folder)
    if error.errno in _READ_ONLY:
        return BundleError(FOLDER_READ_ONLY, folder=folder)
    return BundleError(FOLDER_FAILED, folder=folder, reason=error.strerror or error)
