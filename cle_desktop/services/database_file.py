"""The database file as a whole, for the command line: searching it from the shell, checking
it, backing it up, and opening it (or reading it when its disk is full).

Light on purpose: nothing here imports SQLAlchemy until a command needs the full database
layer, so ``cle-desktop search`` answers from a read-only ``sqlite3`` connection in a fraction
of a second and ``--help`` pays for nothing. The command line reaches the file only through
here and :class:`~cle_desktop.services.Services`, never through ``storage`` or ``media``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cle_desktop.services.container import Services
    from cle_desktop.storage.database import Database
    from cle_desktop.storage.fts_query import SearchHit

__all__ = [
    "CheckReport",
    "backup_database",
    "check_database",
    "open_database",
    "search_database",
    "services_for_reading",
]


@dataclass(frozen=True)
class CheckReport:
    """What ``cle-desktop check`` found: one sentence per problem (none: the file is sound)."""

    problems: tuple[str, ...]
    photos_checked: int


def open_database(path: Path) -> Database:
    """The database at ``path``, created or migrated, with no services over it (the demo
    generator writes below the services, unsigned, as it always has)."""
    from cle_desktop.storage.database import Database

    return Database.open(Path(path))


def services_for_reading(path: Path) -> Services:
    """Services for commands that only read (a bundle export): when the database's disk is
    full, read it without writing there (``storage.readonly``), so a bundle can still go to a
    USB stick; otherwise the database opened as every command opens it."""
    from cle_desktop.services.container import Services
    from cle_desktop.storage.readonly import disk_is_full, open_for_reading

    path = Path(path)
    if path.is_file() and disk_is_full(path):
        return Services.over(open_for_reading(path))
    return Services.open(path)


def search_database(
    path: Path, query: str, gathering_id: str | None = None, *, limit: int = 20
) -> list[SearchHit]:
    """The ranked search of the file at ``path``, straight on a read-only ``sqlite3``
    connection (the same query the search service runs); a file that cannot be read that way
    (missing, never migrated, no index yet) is opened as every command opens it."""
    from cle_desktop.storage.fts_query import IndexUnavailable, search_file

    try:
        return search_file(Path(path), query, gathering_id, limit=limit)
    except IndexUnavailable:
        from cle_desktop.services.container import Services

        return Services.open(Path(path)).search.search(query, gathering_id, limit=limit)


def check_database(path: Path) -> CheckReport:
    """SQLite's integrity check, a look at the schema version, and every stored photo
    re-hashed (named by its SHA-256, so disk rot shows as a name its bytes no longer match)."""
    from cle_desktop.storage.backup import integrity_check

    path = Path(path)
    problems = integrity_check(path) + _schema_problems(path)
    checked, damaged = _verify_media(path.parent / "media")
    problems += [
        f"The photo file {sha[:12]}… no longer matches what was stored (its bytes changed): "
        "import that photo again from the camera, card or another laptop."
        for sha in damaged
    ]
    return CheckReport(tuple(problems), checked)


def backup_database(path: Path, out: Path) -> Path:
    """A consistent copy of the database at ``out`` (SQLite's online backup), written whole or
    not at all; raises ``OSError`` when it cannot be written."""
    from cle_desktop.storage.backup import backup_file

    return backup_file(Path(path), Path(out))


def _schema_problems(path: Path) -> list[str]:
    """A file SQLite finds sound may still not be a whole CLE database: a first start killed
    before this version made schema creation atomic left tables without a schema version."""
    import sqlite3

    from cle_desktop.storage.readonly import connect_for_reading

    conn = connect_for_reading(path)
    try:
        try:
            version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:
            version = None
        tables = conn.execute("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").fetchone()
    finally:
        conn.close()
    if version is None and tables[0]:
        return [
            "The database was never fully created (its first start was interrupted): "
            "it has tables but no schema version."
        ]
    return []


def _verify_media(root: Path) -> tuple[int, list[str]]:
    """How many stored originals were re-hashed, and the ones whose bytes changed."""
    from cle_desktop.media import MediaStore

    store = MediaStore(root)
    checked, damaged = 0, []
    for sha in store:
        checked += 1
        if not store.verify(sha):
            damaged.append(sha)
    return checked, damaged
