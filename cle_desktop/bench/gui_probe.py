"""Measurements the GUI benchmark runs in child processes (``python -m cle_desktop.bench.gui_probe
MODE ...``): a bare window's start, the app's cold start, and tagging/import responsiveness.
Each prints one line (a number, or JSON) for ``cle_desktop.bench.gui``."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cle_desktop.ui.main_window import MainWindow

T0 = time.perf_counter()


def bare() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(["bare"])
    w = QMainWindow()
    w.resize(1280, 800)
    w.show()
    QTimer.singleShot(0, lambda: (print(time.perf_counter() - T0), app.quit()))
    app.exec()


def cold_start(db: str) -> None:
    """The app's own start (``launch.start_window``). Two moments: the window is up and its
    story editor takes a keystroke (proved by typing one and deleting it, so the benchmark
    database is not changed), and the last gathering is showing."""
    from cle_desktop.ui.launch import make_app, start_window

    app = make_app()
    w: MainWindow = start_window(Path(db))
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest

    out: dict[str, float] = {}

    def typed() -> None:
        editor = w.desk.editor
        QTest.keyClick(editor, Qt.Key.Key_A)
        ok = editor.toPlainText() == "a"
        QTest.keyClick(editor, Qt.Key.Key_Backspace)
        out["window"] = time.perf_counter() - T0 if ok else float("inf")

    def opened() -> None:
        out["open"] = time.perf_counter() - T0
        if w.desk.list_model.rowCount() == 0:
            out["open"] = float("inf")
        print(json.dumps(out))
        app.quit()

    w.databaseOpened.connect(lambda: QTimer.singleShot(0, opened))
    QTimer.singleShot(0, typed)
    app.exec()


def interact(db: str, folder: str, count: str) -> None:
    from cle_desktop.ui.launch import _prepare_qt, build_window

    _prepare_qt()
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from cle_desktop.media import generate_photo
    from cle_desktop.services import Services

    app = QApplication(["cle-desktop"])
    w: MainWindow = build_window(Services.open(Path(db)))
    w.show()
    out: dict[str, float] = {}
    stalls: list[int] = []
    clock = QElapsedTimer()
    timer = QTimer()

    def tag() -> None:
        desk = w.desk
        desk.new_story()
        desk.editor.setPlainText("We love the community garden on 5th street.")
        desk.save_now()
        times = []
        for _ in range(20):
            c = desk.editor.textCursor()
            c.setPosition(12)
            c.setPosition(28, c.MoveMode.KeepAnchor)
            desk.editor.setTextCursor(c)
            t = time.perf_counter()
            QTest.keyClick(desk.editor, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
            times.append(time.perf_counter() - t)
            desk.undo_stack.undo()
        times.sort()
        out["tag_ms"] = times[len(times) // 2] * 1000
        photos = Path(folder)
        if not photos.is_dir():
            for i in range(int(count)):
                generate_photo(photos / f"p{i:04d}.jpg", 4000, 3000, seed=i, texture=True)
        clock.start()
        timer.setInterval(10)
        timer.timeout.connect(lambda: stalls.append(clock.restart()))
        timer.start()
        w.tabs.setCurrentWidget(w.photos)
        w.photos.importFinished.connect(done)
        w.photos.start_import([photos])

    def done(_report: object) -> None:
        timer.stop()
        out["stall_ms"] = max(stalls[2:] or [0])
        print(json.dumps(out))
        app.quit()

    QTimer.singleShot(300, tag)
    app.exec()


def follow(db: str, bundle: str, story_id: str, marker: str) -> None:
    """How soon the open story shows what others wrote: a sync import of a bundle (commit to
    text on screen), then another process editing the same story (its commit to text on
    screen). Prints JSON in ms."""
    import subprocess

    from cle_desktop.ui.launch import _prepare_qt, build_window

    _prepare_qt()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from cle_desktop.services import Services
    from cle_desktop.storage.database import Database

    app = QApplication(["cle-desktop"])
    database = Database.open(Path(db))
    w: MainWindow = build_window(Services.over(database))
    w.show()
    out: dict[str, float] = {}
    committed: list[float] = []

    def shows(text: str) -> bool:
        return text in w.desk.editor.toPlainText()

    def start() -> None:
        w.open_story(story_id)
        database.on_commit(lambda: committed.append(time.perf_counter()))
        Services.over(database).sync.import_bundle(Path(bundle))
        wait_for(marker, "sync_import_visible_ms", lambda: committed[-1], other_process)

    def wait_for(
        text: str, name: str, since: Callable[[], float], then: Callable[[], object]
    ) -> None:
        def check() -> None:
            if shows(text):
                out[name] = (time.perf_counter() - since()) * 1000
                poll.stop()
                then()

        poll = QTimer(w)
        poll.setInterval(2)
        poll.timeout.connect(check)
        poll.start()

    def other_process() -> None:
        script = (
            "import sys, time; from pathlib import Path;"
            "from cle_desktop.services import Services;"
            "from cle_desktop.storage.database import Database;"
            "s = Services.over(Database.open(Path(sys.argv[1])));"
            "body = s.stories.get(sys.argv[2]).body;"
            "s.stories.edit(sys.argv[2], body=body + ' Written by the CLI.');"
            "print(time.time(), flush=True)"
        )
        child = subprocess.run(
            [sys.executable, "-c", script, db, story_id], capture_output=True, text=True
        )
        wall_commit = float(child.stdout.split()[-1])
        offset = time.perf_counter() - time.time()
        wait_for(
            "Written by the CLI.",
            "other_process_visible_ms",
            lambda: wall_commit + offset,
            lambda: (print(json.dumps(out)), app.quit()),
        )

    QTimer.singleShot(300, start)
    app.exec()


if __name__ == "__main__":
    mode, *args = sys.argv[1:]
    modes: dict[str, Callable[..., None]] = {
        "bare": bare,
        "app": cold_start,
        "interact": interact,
        "follow": follow,
    }
    modes[mode](*args)
