"""Everyday edits in the real window: People sorted and filtered, a photo opened large and
deleted (undone from the Edit menu), a story browser that says who told what, the teller
type-ahead on a comma list, the withdrawn banner, and a desk category reaching the asset."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QListView

from cle_desktop.services import Services
from cle_desktop.ui.main_window import MainWindow
from tests.ui.conftest import click_row


def _people(services: Services, gid: str) -> dict[str, str]:
    ids = {}
    for name, age in (("Zoe Tso", "adult"), ("Ana Ortiz", "youth"), ("Mel Begay", "elder")):
        ids[name] = services.participants.add(gid, name, age_band=age)
    services.participants.record_consent(ids["Zoe Tso"], sharing_level="public")
    services.participants.record_consent(ids["Mel Begay"], sharing_level="public")
    services.participants.withdraw(ids["Mel Begay"])
    return ids


def test_people_sort_and_filter(
    qtbot, window: MainWindow, services: Services, gathering_id: str
) -> None:
    _people(services, gathering_id)
    window.action("view_people").trigger()
    page = window.people
    assert page.visible_names() == ["Ana Ortiz", "Mel Begay", "Zoe Tso"]
    header = page.table.horizontalHeader()
    name_header = QPoint(header.sectionViewportPosition(0) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=name_header)
    assert page.visible_names() == ["Zoe Tso", "Mel Begay", "Ana Ortiz"]
    page.consent_filter.setCurrentIndex(page.consent_filter.findData("missing"))
    assert page.visible_names() == ["Ana Ortiz"]
    page.consent_filter.setCurrentIndex(page.consent_filter.findData("withdrawn"))
    assert page.visible_names() == ["Mel Begay"]
    page.consent_filter.setCurrentIndex(0)
    qtbot.keyClicks(page.filter_edit, "zo")
    assert page.visible_names() == ["Zoe Tso"]
    # Choosing a row after sorting shows that person, not the one first in the roster.
    page.filter_edit.clear()
    first = page.table.visualRect(page.table.model().index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=first.center())
    assert page.name_edit.text() == page.visible_names()[0]


def _photos(services: Services, gid: str, folder: Path) -> list[str]:
    folder.mkdir()
    for i, colour in enumerate(("red", "green", "blue")):
        Image.new("RGB", (640, 480), colour).save(folder / f"p{i}.jpg", quality=80)
    report = services.photos.import_files(gid, [folder], workers=1)
    return [row["id"] for row in report.imported]


def test_open_a_photo_large_step_through_and_delete_it_undoably(
    qtbot, window: MainWindow, services: Services, gathering_id: str, tmp_path: Path
) -> None:
    ids = _photos(services, gathering_id, tmp_path / "photos")
    window.action("view_photos").trigger()
    page = window.photos
    grid: QListView = page.grid
    photos = grid.model()
    assert photos.rowCount() == 3
    grid.setCurrentIndex(photos.index(0, 0))
    assert page.who_hint.isVisibleTo(page)  # nobody marked yet
    rect = grid.visualRect(photos.index(0, 0))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    viewer = page.viewer
    qtbot.waitUntil(viewer.isVisible, timeout=2000)
    assert not viewer.image.pixmap().isNull()
    assert viewer.position.text() == "1 of 3"
    assert "Who is in this photo?" in viewer.people.text()
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.position.text() == "2 of 3" and page.grid.currentIndex().row() == 1
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    assert not viewer.isVisible()

    current = page.grid.currentIndex().data(Qt.ItemDataRole.UserRole)
    page.delete_button.click()
    assert current not in [p.id for p in services.photos.photos_for(gathering_id)]
    assert page.grid.model().rowCount() == 2
    undo = window.action("undo")
    assert undo.isEnabled() and undo.text() == "Undo delete photo"
    undo.trigger()
    assert page.grid.model().rowCount() == 3 and set(ids) == {
        p.id for p in services.photos.photos_for(gathering_id)
    }


def test_the_story_browser_names_teller_session_and_opening(
    qtbot, window: MainWindow, services: Services, gathering_id: str
) -> None:
    ids = _people(services, gathering_id)
    session = services.gatherings.add_session(gathering_id, "Story circles")
    services.stories.capture(
        gathering_id,
        title="The acequia",
        body="Every spring the whole block cleans the ditch together.",
        teller_ids=[ids["Zoe Tso"]],
        session_id=session,
    )
    review = window.page("review")
    window.show_page("review")
    review.tabs.setCurrentWidget(review.browser)
    review.refresh()
    text = review.story_list.model().index(0, 0).data()
    title, facts, opening = text.split("\n")
    assert title == "The acequia"
    assert facts.startswith("Zoe Tso · Story circles · ")
    assert opening.startswith("Every spring the whole block")


def test_teller_type_ahead_completes_each_name_and_knows_new_people(
    qtbot, window: MainWindow, services: Services, gathering_id: str
) -> None:
    window.action("newStory").trigger()
    desk = window.desk
    # Added after the desk was built (on the People page, or by a sign-in sheet).
    services.participants.add(gathering_id, "Rosa Archuleta")
    services.participants.add(gathering_id, "Ben Ortiz")
    desk.tellers_edit.setFocus()
    QApplication.processEvents()
    qtbot.keyClicks(desk.tellers_edit, "Rosa Archuleta, be")
    completer = desk.teller_completer
    assert completer.popup().isVisible()
    popup = completer.popup()
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == [
        "Ben Ortiz"
    ]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert desk.tellers_edit.text() == "Rosa Archuleta, Ben Ortiz"


def test_a_withdrawn_tellers_story_opens_with_a_banner(
    qtbot, window: MainWindow, services: Services, gathering_id: str
) -> None:
    ids = _people(services, gathering_id)
    story = services.stories.capture(
        gathering_id, title="Walk", body="We walked.", teller_ids=[ids["Mel Begay"]]
    )
    window.open_story(story)
    banner = window.desk.consent_label
    assert banner.isVisibleTo(window)
    assert "Mel Begay withdrew consent" in banner.text()


def test_a_category_chosen_on_the_desk_reaches_the_asset(
    qtbot, window: MainWindow, services: Services, gathering_id: str
) -> None:
    story = services.stories.capture(gathering_id, title="Garden", body="The church garden.")
    window.desk.set_gathering(gathering_id)
    window.open_story(story)
    desk = window.desk
    cursor = desk.editor.textCursor()
    cursor.setPosition(4)
    cursor.setPosition(17, cursor.MoveMode.KeepAnchor)
    desk.editor.setTextCursor(cursor)
    desk.tag_buttons["asset"].click()
    click_row(qtbot, desk.tag_list, 0)
    desk.asset_edit.setText("Church garden")
    qtbot.keyClick(desk.asset_edit, Qt.Key.Key_Return)
    combo = desk.category_combo
    combo.setCurrentIndex(combo.findData("physical"))
    combo.activated.emit(combo.currentIndex())
    asset = next(a for a in services.assets.inventory(gathering_id) if a.name == "Church garden")
    assert asset.category == "physical"


def test_a_photo_with_nobody_marked_stays_out_of_the_public_report(
    qtbot, window: MainWindow, services: Services, gathering_id: str, tmp_path: Path
) -> None:
    from cle_desktop.reports.model import build_report

    ids = _photos(services, gathering_id, tmp_path / "photos")

    def public() -> set[str]:
        return {p.id for p in build_report(services.db, gathering_id, "public").photos}

    assert public() == set()  # nobody marked in any: denied by default
    assert {p.id for p in build_report(services.db, gathering_id, "internal").photos} == set(ids)
    window.action("view_photos").trigger()
    page = window.photos
    page.select_photo(ids[0])
    assert page.who_hint.isVisibleTo(page) and page.nobody_box.isVisibleTo(page)
    page.nobody_box.click()  # a photo of the acequia: nobody in it
    assert not page.who_hint.isVisibleTo(page)
    assert public() == {ids[0]}


def test_counts_read_as_plurals_in_both_languages(
    qtbot, services: Services, gathering_id: str, english: None
) -> None:
    from cle_desktop.ui.dialogs import ScriptedDialogs

    services.participants.add(gathering_id, "Rosa Archuleta")
    win = MainWindow(services, ScriptedDialogs())
    qtbot.addWidget(win)
    win.open_gathering(gathering_id)
    win.action("view_people").trigger()
    assert win.people.summary.text() == "1 person · 1 without recorded consent"
    services.participants.add(gathering_id, "Ben Ortiz")
    win.people.refresh()
    assert win.people.summary.text() == "2 people · 2 without recorded consent"


def test_spanish_plurals(qtbot, spanish: None, window: MainWindow, services: Services) -> None:
    services.participants.add(window.gathering_id, "Rosa Archuleta")
    window.action("view_people").trigger()
    assert window.people.summary.text() == "1 persona · 1 sin consentimiento registrado"


def test_the_desk_list_names_each_storys_tellers(
    qtbot, window: MainWindow, services: Services, gathering_id: str
) -> None:
    ids = _people(services, gathering_id)
    story = services.stories.capture(
        gathering_id, title="Walk", body="We walked.", teller_ids=[ids["Zoe Tso"]]
    )
    desk = window.desk
    desk.set_gathering(gathering_id)
    index = desk.list_model.index(desk.list_model.row_of(story))
    assert index.data().endswith("· Zoe Tso")
    desk.open_story(story)
    desk.tellers_edit.setText("Zoe Tso, Ana Ortiz")
    desk.tellers_edit.editingFinished.emit()
    index = desk.list_model.index(desk.list_model.row_of(story))
    assert index.data().endswith("· Ana Ortiz, Zoe Tso")


def test_delete_an_artifact_and_undo_it_from_the_edit_menu(
    qtbot, window: MainWindow, services: Services, gathering_id: str
) -> None:
    artifact = services.artifacts.create(gathering_id, "Grandmother's rebozo")
    window.action("view_photos").trigger()
    panel = window.photos.artifacts
    panel.refresh(select=artifact)
    panel.delete_button.click()
    assert services.artifacts.for_gathering(gathering_id) == []
    assert panel.list.model().rowCount() == 0
    window.action("undo").trigger()
    assert [a.id for a in services.artifacts.for_gathering(gathering_id)] == [artifact]
    assert panel.list.model().rowCount() == 1


def test_enter_on_a_suggested_teller_saves_the_chosen_name_not_the_letters_typed(
    qtbot, window: MainWindow, services: Services, gathering_id: str
) -> None:
    """Enter in the type-ahead reaches the field before the suggestion fills it in: the
    letters typed so far ("ma") were saved as a new person, who then stayed in the roster."""
    services.participants.add(gathering_id, "Rosa Archuleta")
    services.participants.add(gathering_id, "Maya Begay")
    window.action("newStory").trigger()
    desk = window.desk
    story = desk.story_id
    qtbot.mouseClick(desk.tellers_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(desk.tellers_edit, "Rosa Archuleta, ma")
    popup = desk.teller_completer.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert desk.tellers_edit.text() == "Rosa Archuleta, Maya Begay"
    qtbot.mouseClick(desk.editor.viewport(), Qt.MouseButton.LeftButton)  # on with the story
    names = [p.display_name for p in services.participants.roster(gathering_id)]
    assert names == ["Maya Begay", "Rosa Archuleta"]
    assert services.tellers.of(story).text in (
        "Rosa Archuleta, Maya Begay",
        "Maya Begay, Rosa Archuleta",
    )
