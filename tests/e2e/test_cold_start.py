"""A cold start as ``cle-desktop`` makes it (``make_app`` + ``start_window``, in a fresh
process): keys pressed in the first turn of the event loop after the window is shown, while the
database is still opening, reach the editor and end up in a story on disk, with no close or
quit to flush them. The start itself stays light: no other page, no search panel and no
QtWebEngine is loaded before the first keystroke, and the garbage collector paused for the
start is running again once the gathering shows."""

from __future__ import annotations

import json
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

TYPE_AT_ONCE = textwrap.dedent(
    """
    import gc, json, sys
    from pathlib import Path
    from cle_desktop.ui.launch import make_app, start_window
    app = make_app()
    window = start_window(Path(sys.argv[1]))
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window.activateWindow()  # as the window manager does when the window appears

    def type_at_once():
        focus = QApplication.focusWidget() or window.focusWidget()
        seen = {
            "opening": not window.services.ready,
            "focus": focus is window.desk.editor,
            "collector_paused": not gc.isenabled(),
        }
        QTest.keyClicks(focus, sys.argv[2])
        seen["loaded"] = sorted(m for m in sys.modules if m.startswith(
            ("PySide6.QtWebEngine", "cle_desktop.ui.", "cle_desktop.reports", "cle_desktop.maps")
        ))
        print(json.dumps(seen), flush=True)

    def opened():
        from cle_desktop.ui.gui_collector import collecting

        print(json.dumps({
            "collector_on": collecting(),
            "pages": [window.tabs.widget(i).objectName() for i in range(window.tabs.count())],
            "webengine": [m for m in sys.modules if m.startswith("PySide6.QtWebEngine")],
        }), flush=True)

    window.databaseOpened.connect(opened)
    QTimer.singleShot(0, type_at_once)
    app.exec()
    """
)

# Modules a start may load before the first keystroke: the desk, the window's frame, the menus.
# Everything else (the other pages, search, dialogs, maps, reports) waits for first use.
DESK_ONLY = {
    "cle_desktop.ui.desk_editor",
    "cle_desktop.ui.desk_tags",
    "cle_desktop.ui.dialogs",
    "cle_desktop.ui.labels",
    "cle_desktop.ui.launch",
    "cle_desktop.ui.main_window",
    "cle_desktop.ui.menus",
    "cle_desktop.ui.messages",
    "cle_desktop.ui.name_completer",
    "cle_desktop.ui.pages",
    "cle_desktop.ui.row_models",  # the desk's tag list is a model on it
    "cle_desktop.ui.scrolling_tabs",
    "cle_desktop.ui.settings",
    "cle_desktop.ui.story_desk",
    "cle_desktop.ui.story_list",
}


def _gathering(db_path: Path) -> str:
    db = Database.open(db_path)
    services = Services.over(db)
    gid = services.gatherings.create("Harvest exchange")
    services.gatherings.remember_last(gid)
    services.stories.capture(gid, title="Earlier", body="An earlier story.")
    db.close()
    return gid


def _bodies(db_path: Path) -> list[str]:
    if not db_path.exists():
        return []
    reader = Database.open(db_path)
    try:
        services = Services.over(reader)
        return [
            services.stories.get(sid).body
            for g in services.gatherings.all()
            for sid in services.stories.ids(g.id)
        ]
    finally:
        reader.close()


@pytest.mark.parametrize("start", ["relaunch", "first start"])
def test_keys_typed_the_moment_the_window_shows_are_saved(tmp_path: Path, start: str) -> None:
    db_path = tmp_path / "cle.db"
    if start == "relaunch":
        _gathering(db_path)
    words = "Abuela Rosa kept the seeds in a coffee tin"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),  # the window's settings: this test's own
    }
    child = subprocess.Popen(
        [sys.executable, "-c", TYPE_AT_ONCE, str(db_path), words],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        assert child.stdout is not None
        first_line = child.stdout.readline()
        assert first_line, child.stderr.read() if child.stderr else ""
        typed = json.loads(first_line)
        assert typed["opening"], "the keys were meant to arrive while the database opens"
        assert typed["focus"] and typed["collector_paused"]
        assert set(typed["loaded"]) <= DESK_ONLY, set(typed["loaded"]) - DESK_ONLY

        opened = json.loads(child.stdout.readline())
        assert opened["collector_on"]
        assert opened["webengine"] == []
        # Only the desk is built; the other tabs still hold their placeholders.
        assert opened["pages"][1:] == [
            "peoplePlaceholder",
            "photosPlaceholder",
            "mapPlaceholder",
            "reviewPlaceholder",
            "syncPlaceholder",
        ]
        # On disk while the window is still running (the autosave, not a close, wrote it).
        deadline = time.monotonic() + 10
        while words not in _bodies(db_path) and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    bodies = _bodies(db_path)
    assert words in bodies
    assert len(bodies) == (2 if start == "relaunch" else 1)
    journal = Path(os.environ["CLE_DESKTOP_STATE_DIR"]) / "journal"
    assert not journal.exists() or not any(journal.glob("typing-*.jsonl"))
