"""Per-user window settings (geometry, splitters, last page, recent files, preferences).

One ``QSettings`` in INI format, so the file is readable and tests can point it at a temp
folder with ``QSettings.setPath``. What belongs to the data (the laptop's name shown to other
laptops) lives in the database instead; this is how *this person* likes the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

ORGANIZATION = "CLE"
APPLICATION = "CLE Desktop"
RECENT_KEY = "files/recent"
RECENT_LIMIT = 8


def app_settings() -> QSettings:
    """The user's settings file (``~/.config/CLE/CLE Desktop.ini`` on Linux)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def text_value(key: str, default: str = "") -> str:
    value = app_settings().value(key, default)
    return str(value) if value is not None else default


def set_value(key: str, value: object) -> None:
    settings = app_settings()
    settings.setValue(key, value)
    settings.sync()


def recent_files() -> list[Path]:
    """Database files opened before, most recent first (missing ones left out)."""
    value = app_settings().value(RECENT_KEY, [])
    names = [value] if isinstance(value, str) else list(value or [])
    return [Path(n) for n in names if n and Path(n).exists()]


def add_recent_file(path: Path) -> None:
    path = Path(path).resolve()
    names = [str(path)] + [str(p) for p in recent_files() if p.resolve() != path]
    set_value(RECENT_KEY, names[:RECENT_LIMIT])


def default_folder(kind: str) -> Path:
    """Where a file dialog of this kind ("import", "export", "photos") starts: the folder the
    person chose in Preferences, else the last one used, else Documents/Pictures, else home."""
    for key in (f"folders/{kind}", f"folders/last_{kind}"):
        name = text_value(key)
        if name and Path(name).is_dir():
            return Path(name)
    home = Path.home()
    for sub in ("Pictures",) if kind == "photos" else ("Documents",):
        if (home / sub).is_dir():
            return home / sub
    return home


def remember_folder(kind: str, path: Path) -> None:
    folder = path if path.is_dir() else path.parent
    set_value(f"folders/last_{kind}", str(folder))
