"""An error raised in a slot is logged and told in a sentence, and the window stays open."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer


def test_an_error_in_a_slot_is_logged_and_said_once(qtbot, window, monkeypatch) -> None:
    from cle_desktop.ui import crash

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    crash.install(window)

    def broken() -> None:
        raise ValueError("a bug")

    for _ in range(2):
        QTimer.singleShot(0, broken)
        qtbot.wait(50)
    log = Path(os.environ["CLE_DESKTOP_STATE_DIR"]) / "logs" / "errors.log"
    assert log.read_text(encoding="utf-8").count("ValueError: a bug") == 2
    said = [text for title, text in window.dialogs.messages if title == "Unexpected error"]
    assert len(said) == 1 and "ValueError" in said[0] and str(log) in said[0]
    assert window.isVisible()
