"""Writers are serialized and edits name the version they were made against (issue 12)."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from cle_desktop.services import Services
from cle_desktop.storage.database import Database, ReadOnlySession
from cle_desktop.storage.models import LocalSetting


def test_two_threads_capturing_at_once_never_collide(services: Services, gathering_id: str) -> None:
    errors: list[BaseException] = []

    def capture(n: int) -> None:
        try:
            for i in range(150):
                services.stories.capture(gathering_id, title=f"{n}-{i}", body="words")
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=capture, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert services.stories.count(gathering_id) == 300


def test_two_processes_writing_one_file_never_collide(tmp_path: Path) -> None:
    path = tmp_path / "cle.db"
    db = Database.open(path)
    gid = Services.over(db).gatherings.create("Two writers")
    db.close()
    script = (
        "import sys; from pathlib import Path;"
        "from cle_desktop.services import Services;"
        "from cle_desktop.storage.database import Database;"
        "s = Services.over(Database.open(Path(sys.argv[1])));"
        "[s.stories.capture(sys.argv[2], title=str(i)) for i in range(100)]"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", script, str(path), gid], stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode()
    db = Database.open(path)
    assert Services.over(db).stories.count(gid) == 200
    db.close()


def test_an_edit_made_against_an_old_version_keeps_both(
    services: Services, gathering_id: str
) -> None:
    sid = services.stories.capture(gathering_id, title="Garden", body="Beans.")
    seen = services.stories.versions(sid)
    services.stories.edit(sid, body="Beans and squash.")  # elsewhere, meanwhile
    written = services.stories.save(sid, {"body": seen["body"]}, body="Beans, corn.")
    assert set(written) == {"body"}
    values = {v for c in services.sync.conflicts() for v in c.values}
    assert values == {"Beans and squash.", "Beans, corn."}
    # An edit made on the version shown supersedes only that one: the conflict stays.
    services.stories.save(sid, {"body": (written["body"],)}, body="Beans, corn, chile.")
    values = {v for c in services.sync.conflicts() for v in c.values}
    assert values == {"Beans and squash.", "Beans, corn, chile."}


def test_an_edit_against_the_current_version_makes_no_conflict(
    services: Services, gathering_id: str
) -> None:
    sid = services.stories.capture(gathering_id, title="Garden", body="Beans.")
    services.stories.save(sid, services.stories.versions(sid), body="Beans and squash.")
    assert services.sync.conflicts() == []
    assert services.stories.get(sid).body == "Beans and squash."


def test_a_read_session_refuses_to_write(db: Database) -> None:
    with pytest.raises(ReadOnlySession), db.read() as s:
        s.add(LocalSetting(key="x", value="y"))
        s.flush()
    db.set_setting("x", "y")
    assert db.get_setting("x") == "y"
