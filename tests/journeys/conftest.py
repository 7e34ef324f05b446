"""Whole tasks driven the way a person does them: key presses and clicks on the real widgets
of the real main window (pytest-qt), then what the person sees and what is on disk.

Helpers here only find where a person would click (a tab, a story in the list, a button); they
never call a page's private methods.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from cle_desktop.services import Services
from cle_desktop.ui.dialogs import ScriptedDialogs
from tests.laptops import joined_laptop

# The same Qt set-up as the UI tests (offscreen, software GL, the app:// scheme before the
# QApplication), and their fixtures (``spanish``; QSettings in a temp folder per test).
from tests.ui.conftest import _temp_settings, pytest_configure, qapp_args, spanish  # noqa: E402, F401


def open_laptop(root: Path, name: str) -> Services:
    """A laptop of the test's gathering: its own database file, device identity and keys,
    joined the way people join (the first one asked for is the host; see tests/laptops.py)."""
    return joined_laptop(root, name, own_state=True)


def carry(source: Services, target: Services, stick: Path) -> Path:
    """Export a bundle from ``source`` onto the stick and import it on ``target`` (the other
    laptop's person doing it there); returns the bundle path."""
    path = source.sync.export_bundle(stick).path
    target.sync.import_bundle(path)
    return path


def click_tab(qtbot: Any, window: Any, title: str) -> None:
    """Click the tab whose label is ``title`` (ampersands as Qt shows them)."""
    bar = window.tabs.tabBar()
    for index in range(bar.count()):
        if bar.tabText(index).replace("&&", "&") == title:
            qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
            assert window.tabs.currentIndex() == index
            return
    raise AssertionError(f"no tab {title!r}")


def click_story(qtbot: Any, desk: Any, story_id: str) -> None:
    """Click a story in the desk's list, as a person picks it."""
    row = desk.list_model.row_of(story_id)
    assert row >= 0, "the story is not in the list"
    index = desk.list_model.index(row)
    desk.story_list.scrollTo(index)
    rect = desk.story_list.visualRect(index)
    qtbot.mouseClick(desk.story_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert desk.story_id == story_id


@pytest.fixture
def laptop_a(tmp_path: Path) -> Iterator[Services]:
    services = open_laptop(tmp_path, "a")
    yield services
    services.db.close()


@pytest.fixture
def laptop_b(tmp_path: Path) -> Iterator[Services]:
    services = open_laptop(tmp_path, "b")
    yield services
    services.db.close()


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def window_on(qtbot: Any, dialogs: ScriptedDialogs) -> Any:
    """``window_on(services, gathering_id)``: the real main window on that laptop, shown."""
    from cle_desktop.ui.main_window import MainWindow

    def make(services: Services, gathering_id: str) -> Any:
        win = MainWindow(services, dialogs)
        qtbot.addWidget(win)
        win.open_gathering(gathering_id)
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()
        return win

    return make
