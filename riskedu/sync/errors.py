"""Why a bundle was refused, as translatable messages a user can act on."""

from __future__ import annotations

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


class BundleError(Exception):
    """A bundle that cannot be used, with the reason for the user. Nothing was changed."""

    def __init__(self, text: str, **params):
        self.message = Message("bundle", text, {k: str(v) for k, v in params.items()})
        super().__init__(str(self.message))
