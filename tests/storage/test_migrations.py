"""Opening a database migrates it to head, taking an online backup first; a file that is not a
database is refused with a sentence and left untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from cle_desktop.services import Services
from cle_desktop.storage.backup import integrity_check
from cle_desktop.storage.database import Database, DatabaseError
from cle_desktop.storage.migrations import head_revision
from cle_desktop.storage.models import Base


def test_an_older_file_is_backed_up_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "cle.db"
    db = Database.open(path)
    gid = Services.over(db).gatherings.create("Before the upgrade")
    db.close()
    with sqlite3.connect(path) as conn:  # make it look like a file from the first release
        conn.execute("DROP TABLE sync_peer")
        conn.execute("DROP TABLE purged_row")
        conn.execute("DROP INDEX ix_change_hlc")
        conn.execute("DROP INDEX ix_tag_asset_mentions")
        conn.execute("CREATE INDEX ix_tag_asset_id ON tag (asset_id)")
        conn.execute("DROP TRIGGER change_value_erased")
        for column in ("signature", "value_salt", "value_digest"):
            conn.execute(f"ALTER TABLE change DROP COLUMN {column}")
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    reopened = Database.open(path)
    assert len(reopened.backups) == 1 and reopened.backups[0].exists()
    with sqlite3.connect(reopened.backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    with sqlite3.connect(path) as conn:
        assert (
            conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        )
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


def test_the_migrated_schema_is_the_models_schema(tmp_path: Path) -> None:
    """A model change without a migration (or the reverse) fails here, not on a user's file."""
    db = Database.open(tmp_path / "cle.db")
    with db.engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn),
            Base.metadata,
        )
    db.close()
    own_tables = set(Base.metadata.tables)
    diff = [
        d
        for d in diff
        if not (d[0] == "remove_table" and d[1].name not in own_tables)  # FTS, alembic_version
    ]
    assert diff == []


def test_field_heads_survive_the_move_to_without_rowid(tmp_path: Path) -> None:
    path = tmp_path / "cle.db"
    db = Database.open(path)
    services = Services.over(db)
    gid = services.gatherings.create("Heads kept")
    services.stories.capture(gid, title="One", body="the garden on 5th")
    db.close()
    with sqlite3.connect(path) as conn:  # back to the 0002 layout: a rowid table, no clock index
        heads = sorted(conn.execute("SELECT * FROM field_head"))
        conn.execute("DROP INDEX ix_change_hlc")
        conn.execute("DROP INDEX ix_tag_asset_mentions")
        conn.execute("CREATE INDEX ix_tag_asset_id ON tag (asset_id)")
        conn.execute("DROP TRIGGER change_value_erased")
        for column in ("signature", "value_salt", "value_digest"):
            conn.execute(f"ALTER TABLE change DROP COLUMN {column}")
        conn.execute("CREATE TABLE fh AS SELECT * FROM field_head")
        conn.execute("DROP TABLE field_head")
        conn.execute(
            "CREATE TABLE field_head (entity VARCHAR(40) NOT NULL, row_id VARCHAR(36) NOT NULL, "
            "field VARCHAR(60) NOT NULL, change_id VARCHAR(36) NOT NULL, "
            "PRIMARY KEY (entity, row_id, field, change_id))"
        )
        conn.execute("INSERT INTO field_head SELECT * FROM fh")
        conn.execute("DROP TABLE fh")
        conn.execute("UPDATE alembic_version SET version_num = '0002'")
    reopened = Database.open(path)
    reopened.close()
    with sqlite3.connect(path) as conn:
        assert sorted(conn.execute("SELECT * FROM field_head")) == heads
        sql = conn.execute("SELECT sql FROM sqlite_schema WHERE name = 'field_head'").fetchone()[0]
        assert "WITHOUT ROWID" in sql
        plan = " ".join(
            str(r[-1]) for r in conn.execute("EXPLAIN QUERY PLAN SELECT max(hlc) FROM change")
        )
        assert "ix_change_hlc" in plan
    assert integrity_check(path) == []


def test_the_head_read_from_the_files_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    from cle_desktop.storage.migrations import alembic_config

    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_a_database_at_head_opens_without_importing_alembic(tmp_path: Path) -> None:
    """Start-up speed: Alembic (and Mako) load only when a file needs upgrading."""
    import subprocess
    import sys

    Database.open(tmp_path / "cle.db").close()
    code = (
        "import sys; from pathlib import Path; "
        "from cle_desktop.storage.database import Database; "
        f"Database.open(Path({str(tmp_path / 'cle.db')!r})).close(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
