"""What the screenshots of every page and dialog found (issue 15): a confirmation names its
action on its button, commands that need something chosen say so, a gathering's dates and
long details read whole, and this laptop is called by the computer's own name until named."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDateEdit, QLineEdit, QMenu, QMessageBox

from cle_desktop.services import Services
from cle_desktop.storage.device import default_laptop_name
from cle_desktop.ui.dialogs import DialogService
from tests.journeys.conftest import click_tab


def test_delete_gathering_asks_with_a_button_that_names_it_and_cancel_keeps_it(
    qtbot: Any, laptop_a: Services, window_on: Any
) -> None:
    gid = laptop_a.gatherings.create("Harvest circle")
    window = window_on(laptop_a, gid)
    window.dialogs = DialogService()  # the real question box, as a person meets it
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.extend(b.text().replace("&", "") for b in box.buttons())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(300, answer)
    window.action("deleteGathering").trigger()
    assert "Delete gathering" in seen and "Yes" not in seen
    assert [g.id for g in laptop_a.gatherings.all()] == [gid]


def test_delete_story_with_none_open_says_what_to_do(
    qtbot: Any, laptop_a: Services, window_on: Any
) -> None:
    gid = laptop_a.gatherings.create("Harvest circle")
    window = window_on(laptop_a, gid)
    window.action("deleteStory").trigger()
    assert window.statusBar().currentMessage() == "Open a story in the list first."


def test_georeference_without_a_drawing_is_greyed_and_says_choose_one_first(
    qtbot: Any, laptop_a: Services, window_on: Any
) -> None:
    gid = laptop_a.gatherings.create("Harvest circle")
    window = window_on(laptop_a, gid)
    menu = window.findChild(QMenu, "baseMapMenu")
    menu.aboutToShow.emit()  # the Base map submenu opens
    assert not window.action("menuGeoreference").isEnabled()
    window.action("menuGeoreference").trigger()  # a greyed action does nothing, as in Qt
    window.menus.map_command("georeference")  # the menu's command itself, from a shortcut
    assert window.statusBar().currentMessage() == "Choose a photo of the drawn map first."


def test_gathering_details_show_the_whole_year_and_the_start_of_long_text(
    qtbot: Any, laptop_a: Services, window_on: Any, spanish: Any
) -> None:
    theme = "Growing collective leadership across generations and the neighbourhoods around"
    gid = laptop_a.gatherings.create(
        "Cosecha", theme=theme, starts_on=date(2026, 10, 14), ends_on=date(2026, 10, 16)
    )
    window = window_on(laptop_a, gid)
    shown: dict[str, Any] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        shown["dates"] = [d.text() for d in dialog.findChildren(QDateEdit)]
        shown["theme"] = [
            e.cursorPosition() for e in dialog.findChildren(QLineEdit) if e.text() == theme
        ]
        dialog.reject()

    QTimer.singleShot(300, look)
    window.action("editGathering").trigger()
    assert shown["dates"] == ["14/10/2026", "16/10/2026"]
    assert shown["theme"] == [0]


def test_an_unnamed_laptop_is_called_by_the_computers_name(
    qtbot: Any, laptop_a: Services, window_on: Any
) -> None:
    gid = laptop_a.gatherings.create("Harvest circle")
    window = window_on(laptop_a, gid)
    click_tab(qtbot, window, "Sync")
    page = window.page("sync")
    assert default_laptop_name() in page.device.text()
    assert laptop_a.db.device_id[-6:] not in page.device.text()
