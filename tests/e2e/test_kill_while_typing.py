"""SIGKILL while typing: what was typed more than a second ago is on disk; reopening shows it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from cle_desktop.services import Services
from cle_desktop.storage.database import Database

TYPIST = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from cle_desktop.ui.launch import _prepare_qt, start_window
    _prepare_qt()
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    app = QApplication(["cle-desktop"])
    window = start_window(Path(sys.argv[1]))
    def type_story(new):
        if new:
            window.desk.new_story()
        window.desk.editor.setFocus()
        QTest.keyClicks(window.desk.editor, sys.argv[2])
        print("typed", flush=True)
    if sys.argv[3] == "early":  # the first moment the window is up: the database is opening
        QTimer.singleShot(0, lambda: type_story(False))
    else:
        window.databaseOpened.connect(lambda: QTimer.singleShot(200, lambda: type_story(True)))
    app.exec()
    """
)

# A relaunch: the window opens the file (and whatever a killed start journalled), then quits.
RELAUNCH = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from cle_desktop.ui.launch import _prepare_qt, start_window
    _prepare_qt()
    from PySide6.QtWidgets import QApplication
    app = QApplication(["cle-desktop"])
    window = start_window(Path(sys.argv[1]))
    window.databaseOpened.connect(window.close)
    app.exec()
    """
)


@pytest.mark.parametrize("when", ["after-open", "early"])
def test_killing_the_app_loses_at_most_the_last_second(tmp_path: Path, when: str) -> None:
    db_path = tmp_path / "cle.db"
    db = Database.open(db_path)
    gid = Services.over(db).gatherings.create("Kill test")
    Services.over(db).gatherings.remember_last(gid)
    db.close()
    text = "Grandpa Tomas fixed every bike on the block, and taught us how."
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, "-c", TYPIST, str(db_path), text, when],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "typed"
        typed_at = time.monotonic()
        reader = Database.open(db_path)
        services = Services.over(reader)
        while time.monotonic() - typed_at < 1.0:
            ids = services.stories.ids(gid)
            if ids and services.stories.get(ids[0]).body == text:
                break
            time.sleep(0.05)
        reader.close()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    # The person starts the app again: text typed before the database opened was journalled,
    # so even when the kill came before it reached the database, it becomes the story now.
    relaunch = subprocess.run(
        [sys.executable, "-c", RELAUNCH, str(db_path)], env=env, timeout=120, capture_output=True
    )
    assert relaunch.returncode == 0, relaunch.stderr
    reopened = Services.over(Database.open(db_path))
    [story_id] = reopened.stories.ids(gid)
    assert reopened.stories.get(story_id).body == text


def test_the_kill_trials_script_finds_first_starts_and_migrations_sound(tmp_path: Path) -> None:
    """The small variant of ``python -m tests.faults.kill_trials`` (no window): a first start
    and a migration killed at random moments leave files that open, sound, with their stories."""
    import json

    from tests.faults import kill_trials

    out = tmp_path / "result.json"
    code = kill_trials.main(
        [
            "--trials",
            "2",
            "--migration-stories",
            "10",
            "--seed",
            "7",
            "--scenarios",
            "cli-first-start,migration",
            "--workdir",
            str(tmp_path / "work"),
            "--json",
            str(out),
        ]
    )
    summary = json.loads(out.read_text())["summary"]
    assert summary["trials"] == 2
    assert summary["files_that_no_longer_open"] == 0
    assert summary["integrity_failures"] == 0
    assert summary["stories_lost_from_before"] == 0
    assert code == 0
