"""A full disk, a real one (a 20 MB tmpfs): with 0 bytes free on the database's disk a bundle
and a backup can still be written to another drive, with everything the file holds (also what
a killed app left in the WAL); a backup onto the full disk ends in a sentence and leaves no
partial file. Skipped where this user cannot mount a tmpfs (it needs root)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from cle_desktop.cli.main import main
from cle_desktop.services import Services
from cle_desktop.storage.database import Database
from tests.faults.disks import NoSmallDisk, fill, free, small_disk
from tests.laptops import unsealed_copy

KILLED_AFTER_A_STORY = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from cle_desktop.services import Services
    from cle_desktop.storage.database import Database
    db = Database.open(Path(sys.argv[1]))
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_autocheckpoint=0")
    services = Services.over(db)
    services.stories.capture(sys.argv[2], title="Last words", body="Typed just before the end.")
    os._exit(0)  # as if killed: the story is committed, in the WAL only
    """
)


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    try:
        with small_disk(tmp_path / "disk") as disk:
            yield disk
    except NoSmallDisk as exc:
        pytest.skip(f"no small disk here: {exc}")


def _database_on(disk: Path) -> tuple[Path, str]:
    path = disk / "cle.db"
    db = Database.open(path)
    services = Services.over(db)
    gid = services.gatherings.create("Full disk")
    for i in range(20):
        services.stories.capture(gid, title=f"Story {i}", body=f"The garden on 5th, part {i}.")
    db.close()
    done = subprocess.run(
        [sys.executable, "-c", KILLED_AFTER_A_STORY, str(path), gid], capture_output=True
    )
    assert done.returncode == 0, done.stderr
    assert Path(f"{path}-wal").stat().st_size > 0
    for name in (f"{path}-shm",):  # as after a reboot: the wal-index must be made again
        Path(name).unlink(missing_ok=True)
    return path, gid


def _join_another_laptop(path: Path, tmp_path: Path) -> Services:
    """This laptop starts the gathering and invites another one (before the disk fills)."""
    from cle_desktop.sync import trust

    host = Services.over(Database.open(path))
    trust.start_gathering(host.db, title="Full disk", name="laptop on the full disk")
    other = Services.over(
        Database.open(tmp_path / "other" / "cle.db", state_dir=tmp_path / "other-state")
    )
    other.sync.join_request(tmp_path / "other.request", name="the other laptop")
    host.sync.invite(tmp_path / "other.request", tmp_path / "other.invitation")
    other.sync.join(tmp_path / "other.invitation")
    host.db.close()
    return other


def test_a_backup_and_a_bundle_go_to_another_drive_at_0_bytes_free(
    full_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, gid = _database_on(full_disk)
    other = _join_another_laptop(path, tmp_path)
    fill(full_disk)
    assert free(full_disk) == 0
    stick = tmp_path / "stick"
    stick.mkdir()
    assert main(["--db", str(path), "backup", "--out", str(stick / "backup.db")]) == 0
    with sqlite3.connect(stick / "backup.db") as conn:
        titles = {r[0] for r in conn.execute("SELECT title FROM story")}
    assert "Last words" in titles and len(titles) == 21
    assert main(["--db", str(path), "sync", "export", "--out", str(stick / "b.zip")]) == 0
    bundle = stick / "b.zip"  # sealed, whatever its name
    capsys.readouterr()
    assert free(full_disk) == 0
    # ... and the bundle opens on the other laptop of the gathering
    plain = unsealed_copy(other, bundle, tmp_path / "inside.zip")
    with zipfile.ZipFile(plain) as zf:
        assert "Typed just before the end." in zf.read("changes.jsonl").decode("utf-8")
    other.sync.import_bundle(bundle)
    assert len(other.stories.ids(gid)) == 21
    other.db.close()


def test_a_backup_onto_a_full_disk_says_so_and_leaves_nothing(
    full_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "elsewhere" / "cle.db"
    db = Database.open(source)
    Services.over(db).gatherings.create("Too big for the stick")
    db.close()
    fill(full_disk, leave=8192)
    before = sorted(os.listdir(full_disk))
    code = main(["--db", str(source), "backup", "--out", str(full_disk / "backup.db")])
    err = capsys.readouterr().err
    assert code == 2
    assert "Traceback" not in err
    assert "is full" in err and "choose another drive" in err
    assert sorted(os.listdir(full_disk)) == before  # no backup.db, no .partial
