"""Opening a database migrates it to head, taking an online backup first; a file that is not a
database is refused with a sentence and left untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cle_desktop.services import Services
from cle_desktop.storage.backup import integrity_check
from cle_desktop.storage.database import Database, DatabaseError
from cle_desktop.storage.migrations import head_revision


def test_an_older_file_is_backed_up_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "cle.db"
    db = Database.open(path)
    gid = Services.over(db).gatherings.create("Before the upgrade")
    db.close()
    with sqlite3.connect(path) as conn:  # make it look like a file from the first release
        conn.execute("DROP TABLE sync_peer")
        conn.execute("DROP TABLE purged_row")
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    reopened = Database.open(path)
    assert len(reopened.backups) == 1 and reopened.backups[0].exists()
    with sqlite3.connect(reopened.backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        assert conn.execute("SELECT count(*) FROM sync_peer").fetchone()[0] == 0
    assert Services.over(reopened).gatherings.get(gid).title == "Before the upgrade"
    assert integrity_check(path) == []
    reopened.close()
    assert Database.open(path).backups == []  # at head: no backup, no migration


def test_a_file_that_is_not_a_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database")
    with pytest.raises(DatabaseError, match="could not be opened"):
        Database.open(path)
    assert path.read_text() == "these are my notes, not a database"
