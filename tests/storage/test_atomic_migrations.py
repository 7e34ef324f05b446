"""Creating or migrating the schema is one transaction: a process killed (SIGKILL) after any
statement of it leaves a file that opens, at head, with its data, and that SQLite finds sound.

Each trial runs the real ``Database.open`` in a child process that kills itself right after
its n-th schema statement (a real kill at a chosen point, not a simulated error); the random
moments of the fault script (``python -m tests.faults.kill_trials --scenario first-start``)
complement these fixed ones.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cle_desktop.services import Services
from cle_desktop.storage.backup import integrity_check
from cle_desktop.storage.database import Database
from cle_desktop.storage.engine import create_sqlite_engine
from cle_desktop.storage.migrations import current_revision, head_revision, upgrade_to_head

KILLED_AFTER = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from sqlalchemy import Engine, event
    wanted = int(sys.argv[2])
    seen = 0
    @event.listens_for(Engine, "after_cursor_execute")
    def count(conn, cursor, statement, params, context, executemany):
        global seen
        if statement.lstrip().split(None, 1)[0].upper() in ("CREATE", "DROP", "ALTER", "INSERT", "UPDATE"):
            seen += 1
            if seen == wanted:
                os.kill(os.getpid(), signal.SIGKILL)
    from cle_desktop.storage.database import Database
    Database.open(Path(sys.argv[1])).close()
    print(seen)
    """
)


def _open_killed_after(path: Path, statement: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", KILLED_AFTER, str(path), str(statement)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _schema_statements(path: Path) -> int:
    """How many schema-changing statements opening ``path`` runs (nothing is killed)."""
    done = _open_killed_after(path, 10**6)
    assert done.returncode == 0, done.stderr
    return int(done.stdout.strip())


def _assert_opens_sound(path: Path) -> Database:
    db = Database.open(path)
    assert current_revision(db.engine) == head_revision()
    assert integrity_check(path) == []
    return db


def test_a_first_start_killed_at_any_statement_leaves_a_file_that_opens(tmp_path: Path) -> None:
    total = _schema_statements(tmp_path / "count.db")
    assert total > 40  # the whole schema: tables, indexes, full-text tables, triggers
    for n in sorted({1, 2, total // 3, total // 2, total - 2, total - 1}):
        path = tmp_path / f"first-{n}.db"
        killed = _open_killed_after(path, n)
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        db = _assert_opens_sound(path)
        gid = Services.over(db).gatherings.create("After the crash")
        assert Services.over(db).gatherings.get(gid).title == "After the crash"
        db.close()


def _older_file(path: Path, revision: str) -> str:
    """A file with a gathering and a story, taken back to ``revision`` by Alembic's downgrades."""
    from alembic import command

    from cle_desktop.storage.migrations import alembic_config

    db = Database.open(path)
    services = Services.over(db)
    gid = services.gatherings.create("Made before the upgrade")
    services.stories.capture(gid, title="Bikes", body="Grandpa Tomas fixed every bike.")
    db.close()
    engine = create_sqlite_engine(path)
    command.downgrade(alembic_config(engine), revision)
    engine.dispose()
    return gid


@pytest.mark.parametrize("revision", ["0001", "0003"])
def test_a_migration_killed_at_any_statement_leaves_the_file_as_it_was_or_at_head(
    tmp_path: Path, revision: str
) -> None:
    template = tmp_path / "template.db"
    gid = _older_file(template, revision)
    counted = tmp_path / "count.db"
    counted.write_bytes(template.read_bytes())
    total = _schema_statements(counted)
    assert total >= 1
    for n in sorted({1, total // 2 or 1, total}):
        path = tmp_path / f"migrate-{n}.db"
        path.write_bytes(template.read_bytes())
        killed = _open_killed_after(path, n)
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        engine = create_sqlite_engine(path)
        assert current_revision(engine) == revision  # the kill undid the whole upgrade
        engine.dispose()
        db = _assert_opens_sound(path)
        services = Services.over(db)
        [story_id] = services.stories.ids(gid)
        assert services.stories.get(story_id).body == "Grandpa Tomas fixed every bike."
        db.close()


def test_the_upgrade_runs_in_one_transaction(tmp_path: Path) -> None:
    """No statement of the upgrade is committed by itself: an error half way leaves nothing."""
    path = tmp_path / "cle.db"
    engine = create_sqlite_engine(path)
    upgrade_to_head(engine, "0001")
    with engine.begin() as conn:  # a table the next revision creates, to make 0002 fail
        conn.exec_driver_sql("CREATE TABLE sync_peer (x INTEGER)")
    with pytest.raises(Exception, match="already exists"):
        upgrade_to_head(engine)
    assert current_revision(engine) == "0001"
    with engine.connect() as conn:
        names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_schema")}
    assert "purged_row" not in names  # 0002 creates it before sync_peer
    engine.dispose()


def test_check_names_a_file_whose_first_start_was_cut_short(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What a killed first start left before this fix: SQLite calls it sound, it is not."""
    import sqlite3

    from cle_desktop.cli.main import main

    path = tmp_path / "cle.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE basemap (id VARCHAR(36) PRIMARY KEY)")
    assert integrity_check(path) == []
    assert main(["--db", str(path), "check"]) == 1
    assert "never fully created" in capsys.readouterr().out
    whole = tmp_path / "whole.db"
    Database.open(whole).close()
    assert main(["--db", str(whole), "check"]) == 0
