"""The People page in the real window: its commands are actions (the buttons follow them), a
withdrawal says what will disappear before it happens, and a refresh keeps the person chosen
without undoing what is typed in the form."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt

from cle_desktop.services import Services
from cle_desktop.ui.main_window import MainWindow


def _click_row(qtbot, people, name: str) -> None:  # type: ignore[no-untyped-def]
    table = people.table.model()
    row = next(r for r in range(table.rowCount()) if table.index(r, 0).data() == name)
    rect = people.table.visualRect(table.index(row, 0))
    qtbot.mouseClick(people.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_withdraw_says_what_will_disappear_then_offers_erasing(
    qtbot, window: MainWindow, services: Services, gathering_id: str, english: None, tmp_path: Path
) -> None:
    pid = services.participants.add(gathering_id, "Rosa Quintana")
    services.participants.record_consent(pid, sharing_level="public", name_use="name")
    services.stories.capture(gathering_id, body="Rosa's story", teller_ids=[pid])
    Image.new("RGB", (64, 48), "red").save(tmp_path / "rosa.jpg")
    report = services.photos.import_files(gathering_id, [tmp_path], workers=1)
    services.photos.link(report.imported[0]["id"], "participant", pid)
    window.action("view_people").trigger()
    people = window.people
    _click_row(qtbot, people, "Rosa Quintana")
    assert not people.erase_action.isEnabled() and not people.erase_button.isEnabled()

    window.dialogs.answer = False
    people.withdraw_action.trigger()
    title, text = window.dialogs.messages[-1]
    assert title == "Withdraw consent" and "Rosa Quintana" in text
    assert "1 story they told" in text and "1 photo showing them" in text
    assert "every report" in text
    assert services.participants.consent(pid).withdrawn is False  # said no: nothing changed

    window.dialogs.answer = True
    qtbot.mouseClick(people.withdraw_button, Qt.MouseButton.LeftButton)  # the same action
    terms = services.participants.consent(pid)
    assert terms is not None and terms.withdrawn
    assert people.person_id == pid and "Withdrawn" in people.consent_state.text()
    assert people.erase_action.isEnabled() and people.erase_button.isEnabled()
    shown = people.table.model()
    assert shown.index(0, 5).data() == "Withdrawn"


def test_add_and_save_are_actions_and_a_refresh_keeps_the_typing(
    qtbot, window: MainWindow, services: Services, gathering_id: str
) -> None:
    window.action("view_people").trigger()
    people = window.people
    assert people.findChild(type(people.add_action), "addPerson") is people.add_action
    people.name_edit.setText("Ben Ortiz")
    people.add_action.trigger()
    pid = services.participants.find_by_name(gathering_id, "Ben Ortiz")
    assert pid is not None and people.person_id == pid
    qtbot.keyClicks(people.team_edit, "Kitchen")
    people.refresh()  # as when the tab is shown again, or a write elsewhere arrives
    assert people.person_id == pid and people.team_edit.text() == "Kitchen"
    people.save_action.trigger()
    assert services.participants.get(pid).team == "Kitchen"
    assert people.table.model().index(0, 2).data() == "Kitchen"


def test_filtering_never_swaps_the_person_in_the_form(
    qtbot, window: MainWindow, services: Services, gathering_id: str
) -> None:
    """Typing in the filter box hides rows; it must not move the table to someone else and
    load them over what is being typed about the chosen person."""
    ana = services.participants.add(gathering_id, "Ana Ortiz")
    services.participants.add(gathering_id, "Zoe Tso")
    window.action("view_people").trigger()
    people = window.people
    _click_row(qtbot, people, "Ana Ortiz")
    qtbot.keyClicks(people.team_edit, "Kitchen")
    qtbot.keyClicks(people.filter_edit, "Zoe")
    assert people.visible_names() == ["Zoe Tso"]
    assert people.person_id == ana and people.name_edit.text() == "Ana Ortiz"
    assert people.team_edit.text() == "Kitchen" and not people.table.currentIndex().isValid()
    people.filter_edit.clear()
    assert people.table.currentIndex().data() == "Ana Ortiz"  # chosen again once shown
    qtbot.mouseClick(people.save_button, Qt.MouseButton.LeftButton)
    assert services.participants.get(ana).team == "Kitchen"
    _click_row(qtbot, people, "Zoe Tso")  # a click still chooses someone else
    assert people.name_edit.text() == "Zoe Tso"
