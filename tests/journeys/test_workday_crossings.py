"""Crossings between features a note-taker meets in a day: typing while photos import, a
new gathering typed into at once (issue 12)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from cle_desktop.services import Services
from tests.conftest import TESTDATA
from tests.journeys.conftest import click_tab


def test_typing_while_photos_import_loses_nothing(
    qtbot: Any, tmp_path: Path, laptop_a: Services, window_on: Any, dialogs: Any
) -> None:
    gid = laptop_a.gatherings.create("Photos and stories")
    window = window_on(laptop_a, gid)
    photos = sorted((TESTDATA / "photos-gps").glob("*.jpg"))
    assert photos, "the shared test photos are missing"
    dialogs.files = photos
    click_tab(qtbot, window, "Photos & artifacts")
    page = window.page("photos")
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    click_tab(qtbot, window, "Story desk")
    desk = window.desk
    sentence = "The photos came in while she spoke about the mill."
    for word in sentence.split(" "):
        qtbot.keyClicks(desk.editor, word + " ")
        qtbot.wait(30)
    qtbot.waitUntil(lambda: page.op is None, timeout=60_000)
    qtbot.waitUntil(lambda: not desk.has_unsaved(), timeout=3000)
    assert laptop_a.stories.get(desk.story_id).body == sentence + " "
    assert len(laptop_a.photos.photos_for(gid)) == len(photos)
    assert "Not saved" not in window.statusBar().currentMessage()


def test_a_new_gathering_takes_typing_at_once(
    qtbot: Any, laptop_a: Services, window_on: Any
) -> None:
    gid = laptop_a.gatherings.create("Yesterday's gathering")
    window = window_on(laptop_a, gid)

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        title = dialog.findChildren(QLineEdit)[0]
        qtbot.keyClicks(title, "Youth voices circle")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(200, fill_in)
    window.action("newGathering").trigger()  # Gathering ▸ New gathering…
    assert window.gathering_id != gid
    desk = window.desk
    assert desk.editor.isEnabled() and window.focusWidget() is desk.editor
    qtbot.keyClicks(window.focusWidget(), "First words of the new gathering")
    qtbot.waitUntil(lambda: not desk.has_unsaved(), timeout=3000)
    [story] = laptop_a.stories.ids(window.gathering_id)
    assert laptop_a.stories.get(story).body == "First words of the new gathering"
