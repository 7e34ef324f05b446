"""What this laptop and its note-taker are called.

Kept in the database's device-local settings (never synced as rows): the note-taker's name is
written on every story captured here, and the laptop's name is what this laptop calls itself
instead of the last twelve hex digits of its device id. Sync can carry the name to other
laptops (the bundle and sync pages read :meth:`PreferencesService.laptop_name`).
"""

from __future__ import annotations

from cle_desktop.services.errors import QT_TRANSLATE_NOOP, InvalidInput
from cle_desktop.storage.database import Database
from cle_desktop.storage.device import default_laptop_name

NOTE_TAKER_KEY = "note_taker"
LAPTOP_NAME_KEY = "laptop_name"
MAX_NAME = 80


class PreferencesService:
    def __init__(self, db: Database):
        self.db = db

    def note_taker(self) -> str:
        return self.db.get_setting(NOTE_TAKER_KEY) or ""

    def set_note_taker(self, name: str) -> None:
        self.db.set_setting(NOTE_TAKER_KEY, _clean(name) or None)

    def laptop_name(self) -> str:
        """The name chosen for this laptop, else the computer's own name (what other laptops
        are told when it joins a gathering unnamed)."""
        return self.db.get_setting(LAPTOP_NAME_KEY) or default_laptop_name()

    def has_laptop_name(self) -> bool:
        return bool(self.db.get_setting(LAPTOP_NAME_KEY))

    def set_laptop_name(self, name: str) -> None:
        self.db.set_setting(LAPTOP_NAME_KEY, _clean(name) or None)


def _clean(name: str) -> str:
    name = " ".join(name.split())
    if len(name) > MAX_NAME:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A name can be at most {limit} characters long."),
            limit=MAX_NAME,
        )
    return name
