"""Runs the real app window (``start_window``, as ``cle-desktop`` does) and acts in it as a
person would: real key presses into whatever has the focus, a click on the editor when it has
none, Ctrl+N for a new story, a click on the Photos tab and its Import button. It reports what
it did on stdout, one flushed line each, so the fault script knows exactly what was typed
before it killed the process:

    shown <t>            the window is up (t: CLOCK_MONOTONIC seconds, shared with the script)
    opened <t>           the database is open and the gathering shown
    nofocus <t>          typing was about to start and no text field had the focus
    k <n> <t>            the n-th key was delivered
    import <t>           the import was started
    done <t>             all keys typed
    dialog <text>        a message the app showed

``python -m tests.faults.app_driver DB PLAN.json`` (the fault script writes the plan).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any


def say(*parts: object) -> None:
    print(*parts, f"{time.monotonic():.4f}", flush=True)


def main() -> int:
    db_path, plan = Path(sys.argv[1]), json.loads(Path(sys.argv[2]).read_text("utf-8"))
    from cle_desktop.ui.launch import make_app, start_window

    app = make_app()
    from PySide6.QtCore import QPoint, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from cle_desktop.ui.dialogs import ScriptedDialogs

    class Reporting(ScriptedDialogs):
        def warn(self, parent: Any, title: str, text: str) -> None:
            print("dialog", " ".join(text.split()), flush=True)
            super().warn(parent, title, text)

        def inform(self, parent: Any, title: str, text: str) -> None:
            print("dialog", " ".join(text.split()), flush=True)
            super().inform(parent, title, text)

    dialogs = Reporting(files=[Path(p) for p in plan.get("import", [])])
    window = start_window(db_path, dialogs)
    window.activateWindow()
    say("shown")
    keys: list[tuple[str, int]] = [tuple(k) for k in plan.get("keys", [])]
    mode = plan["mode"]

    def focus_editor() -> None:
        editor = window.desk.editor
        if QApplication.focusWidget() is not editor:
            say("nofocus")
            QTest.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, 20))

    def type_from(i: int) -> None:
        if i >= len(keys):
            say("done")
            if mode == "quit" or plan.get("quit_after"):
                QTimer.singleShot(300, window.close)
            return
        widget = QApplication.focusWidget() or window
        QTest.keyClicks(widget, keys[i][0])
        say("k", i + 1)
        delay = keys[i + 1][1] if i + 1 < len(keys) else 0
        QTimer.singleShot(delay, lambda: type_from(i + 1))

    def start_typing() -> None:
        focus_editor()
        QTimer.singleShot(0, lambda: type_from(0))

    def new_story_then_type() -> None:
        target = QApplication.focusWidget() or window
        QTest.keyClick(target, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        QTimer.singleShot(150, start_typing)

    def click_tab(index: int) -> None:
        bar = window.tabs.tabBar()
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())

    def start_import() -> None:
        photos = window.photos
        click_tab(window.tabs.indexOf(photos))
        QTest.mouseClick(photos.import_button, Qt.MouseButton.LeftButton)
        say("import")
        click_tab(window.tabs.indexOf(window.desk))
        QTimer.singleShot(150, new_story_then_type)

    state = {"opened": False}

    def opened() -> None:
        state["opened"] = True
        say("opened")
        if mode == "reopen":
            QTimer.singleShot(int(plan.get("linger_ms", 1500)), window.close)
        elif mode == "import":
            QTimer.singleShot(200, start_import)
        elif mode in ("relaunch", "quit"):
            QTimer.singleShot(200, new_story_then_type)

    window.databaseOpened.connect(opened)
    if mode in ("early", "first-start"):
        # The first moment the window is up, the database still opening (on a first start,
        # still being made): the typist does not wait, and no question is asked.
        QTimer.singleShot(0, start_typing)
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
