"""GUI benchmarks, each in a child process (offscreen): cold start to an interactive main
window on the 10,000-story demo beside a bare PySide6 window, tagging latency, and the longest
event-loop stall while 200 photos import in the background."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from cle_desktop.bench import build_demo_db, result

BARE = """
import time; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication(["bare"]); w = QMainWindow(); w.resize(1280, 800); w.show()
QTimer.singleShot(0, lambda: (print(time.perf_counter() - t0), app.quit())); app.exec()
"""
APP = """
import time; t0 = time.perf_counter()
import sys
from pathlib import Path
from cle_desktop.app import _prepare_qt, build_window
_prepare_qt()
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QTimer
from cle_desktop.storage.database import Database
app = QApplication(["cle-desktop"]); w = build_window(Database.open(Path(sys.argv[1]))); w.show()
QTimer.singleShot(0, lambda: (print(time.perf_counter() - t0), app.quit())); app.exec()
"""
INTERACT = """
import json, sys, time
from pathlib import Path
from cle_desktop.app import _prepare_qt, build_window
_prepare_qt()
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from cle_desktop.media import generate_photo
from cle_desktop.storage.database import Database
app = QApplication(["cle-desktop"]); w = build_window(Database.open(Path(sys.argv[1]))); w.show()
out = {}
def tag():
    desk = w.desk
    desk.new_story(); desk.editor.setPlainText("We love the community garden on 5th street."); desk.save_now()
    times = []
    for _ in range(20):
        c = desk.editor.textCursor(); c.setPosition(12); c.setPosition(28, c.MoveMode.KeepAnchor); desk.editor.setTextCursor(c)
        t = time.perf_counter(); QTest.keyClick(desk.editor, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier); times.append(time.perf_counter() - t)
        desk.undo_stack.undo()
    times.sort(); out["tag_ms"] = times[len(times) // 2] * 1000
    folder = Path(sys.argv[2])
    if not folder.is_dir():
        for i in range(int(sys.argv[3])): generate_photo(folder / f"p{i:04d}.jpg", 4000, 3000, seed=i, texture=True)
    stalls = []; clock = QElapsedTimer(); clock.start()
    def tick():
        stalls.append(clock.restart())
    timer = QTimer(); timer.setInterval(10); timer.timeout.connect(tick); timer.start()
    def done(_r):
        timer.stop(); out["stall_ms"] = max(stalls[2:] or [0]); print(json.dumps(out)); app.quit()
    w.tabs.setCurrentWidget(w.photos)
    w.photos.importFinished.connect(done)
    w.photos.start_import([folder])
QTimer.singleShot(300, tag); app.exec()
"""


def _child(code: str, *args: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=900,
    )
    return proc.stdout.strip().splitlines()[-1]


def run(quick: bool) -> list[dict[str, Any]]:
    work = Path(tempfile.mkdtemp(prefix="cle-bench-gui-"))
    os.environ.setdefault("CLE_DESKTOP_STATE_DIR", str(work / "state"))
    path, _gid = build_demo_db(work, 1000 if quick else 10_000)
    bare = min(float(_child(BARE)) for _ in range(3))
    start = min(float(_child(APP, str(path))) for _ in range(3))
    figures = json.loads(
        _child(INTERACT, str(path), str(work / "photos"), "20" if quick else "200")
    )
    stories = 1000 if quick else 10_000
    return [
        result(f"cold start to main window, {stories} stories", start, "s", "<= 2", start <= 2.0),
        result("cold start vs bare PySide6 window", start / bare, "x", "<= 2", start / bare <= 2.0),
        result(
            "tag a passage: key press to stored + highlighted, median",
            figures["tag_ms"],
            "ms",
            "<= 50",
            figures["tag_ms"] <= 50,
        ),
        result(
            f"longest event-loop stall while importing {20 if quick else 200} photos",
            figures["stall_ms"],
            "ms",
            "<= 100",
            figures["stall_ms"] <= 100,
        ),
    ]
