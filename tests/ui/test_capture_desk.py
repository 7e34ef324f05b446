"""The real main window, driven with the keyboard through pytest-qt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from cle_desktop.services import Services
from cle_desktop.ui.main_window import MainWindow
from cle_desktop.ui.row_models import RowsModel
from cle_desktop.ui.story_list import StoryListModel


def test_capture_and_tag_a_story_with_the_keyboard(
    qtbot, window: MainWindow, services: Services, gathering_id: str
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    desk = window.desk
    assert desk.story_id is not None
    qtbot.keyClicks(desk.title_edit, "Abuela's garden")
    desk.editor.setFocus()
    qtbot.keyClicks(desk.editor, "We grow chiles in the community garden on 5th.")
    qtbot.waitUntil(lambda: services.stories.get(desk.story_id).body.endswith("5th."), timeout=2000)
    assert window.statusBar().currentMessage().startswith("Saved ")
    body = desk.editor.toPlainText()
    cursor = desk.editor.textCursor()
    cursor.setPosition(body.index("community garden"))
    cursor.setPosition(
        body.index("community garden") + len("community garden"), cursor.MoveMode.KeepAnchor
    )
    desk.editor.setTextCursor(cursor)
    qtbot.keyClick(desk.editor, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    tags = services.tags.for_story(desk.story_id)
    assert [(t.kind, t.quote) for t in tags] == [("asset", "community garden")]
    assert len(desk.editor.extraSelections()) == 1
    desk.undo_stack.undo()
    assert services.tags.for_story(desk.story_id) == []
    desk.undo_stack.redo()
    assert len(services.tags.for_story(desk.story_id)) == 1
    assert services.stories.get(desk.story_id).title == "Abuela's garden"


def test_a_new_teller_is_created_inline_and_flagged_without_consent(
    qtbot, window: MainWindow, services: Services, gathering_id: str
) -> None:
    window.desk.new_story()
    window.desk.tellers_edit.setText("Maya Begay")
    window.desk.tellers_edit.editingFinished.emit()
    pid = services.participants.find_by_name(gathering_id, "Maya Begay")
    assert pid and services.stories.teller_ids(window.desk.story_id) == [pid]
    assert (
        window.desk.consent_label.isVisibleTo(window)
        and "Consent not recorded" in window.desk.consent_label.text()
    )


def test_add_a_participant_and_record_consent(
    qtbot, window: MainWindow, services: Services, gathering_id: str
) -> None:
    window.tabs.setCurrentWidget(window.people)
    people = window.people
    people.name_edit.setText("Rosa <b>Quintana</b>")
    people.age_combo.setCurrentIndex(people.age_combo.findData("elder"))
    people.add_action.trigger()
    pid = services.participants.find_by_name(gathering_id, "Rosa <b>Quintana</b>")
    assert pid is not None
    assert "without recorded consent" in people.summary.text()
    people.sharing_combo.setCurrentIndex(people.sharing_combo.findData("network"))
    people.photo_release.setChecked(True)
    qtbot.mouseClick(people.record_button, Qt.MouseButton.LeftButton)
    terms = services.participants.consent(pid)
    assert terms is not None and terms.sharing_level.value == "network" and terms.photo_release


def test_import_photos_in_the_background(
    qtbot,
    window: MainWindow,
    services: Services,
    gathering_id: str,
    photos_gps: Path,
    tmp_path: Path,
) -> None:
    window.tabs.setCurrentWidget(window.photos)
    broken = tmp_path / "broken.jpg"
    broken.write_text("not a photo")
    with qtbot.waitSignal(window.photos.importFinished, timeout=60000) as blocker:
        window.photos.start_import([photos_gps, broken])
    report = blocker.args[0]
    assert len(report.imported) == 9 and len(report.errors) == 1
    assert window.photos.grid.model().rowCount() == 9
    assert any("broken.jpg" in text for _, text in window.dialogs.messages)


def test_search_opens_the_story_at_the_passage(
    qtbot, window: MainWindow, services: Services, gathering_id: str
) -> None:
    sid = services.stories.capture(
        gathering_id,
        title="Library",
        body="Every Saturday the public library opens early for families.",
    )
    window.desk.set_gathering(gathering_id)
    window.show_search()
    window.search.box.setText("library")
    window.search.run()
    assert window.search.results.model().rowCount() >= 1
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)  # Enter opens the first hit
    assert window.desk.story_id == sid
    assert window.desk.editor.textCursor().selectedText().casefold() == "library"


def test_search_results_are_walked_with_the_keyboard_and_opened_by_a_click(
    qtbot, window: MainWindow, services: Services, gathering_id: str
) -> None:
    """Down and Enter in the results open the hit the arrow reached; a double click on a row
    opens that row's story."""
    first = services.stories.capture(gathering_id, title="Acequia", body="The acequia in May.")
    second = services.stories.capture(
        gathering_id, title="Ditch", body="Cleaning the acequia together."
    )
    window.desk.set_gathering(gathering_id)
    window.show_search()
    panel = window.search
    qtbot.keyClicks(panel.box, "acequia")
    qtbot.waitUntil(lambda: panel.results.model().rowCount() == 2, timeout=3000)
    view = panel.results
    rows = [view.model().index(r, 0).data(RowsModel.IdRole) for r in range(2)]
    assert sorted(rows) == sorted([f"story:{first}", f"story:{second}"])
    assert view.model().index(0, 0).data().startswith("Story: ")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert f"story:{window.desk.story_id}" == rows[1]
    where = view.visualRect(view.model().index(0, 0)).center()
    # A double click as the mouse sends it: the press of the first click, then the second.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert f"story:{window.desk.story_id}" == rows[0]
    assert window.desk.editor.textCursor().selectedText().casefold() == "acequia"


def test_story_list_model_is_lazy_and_well_behaved(
    qtmodeltester, services: Services, gathering_id: str
) -> None:
    for i in range(450):
        services.stories.capture(gathering_id, title=f"Story {i}", body="text")
    model = StoryListModel(services)
    model.set_gathering(gathering_id)
    assert model.rowCount() == 0  # nothing fetched until a view asks
    model.fetchMore()
    assert 0 < model.rowCount() < 450
    assert model.data(model.index(0)).startswith("Story ")
    assert model.cached_headers() <= 200  # headers only, a page at a time, never bodies
    qtmodeltester.check(model)


def test_typing_an_asset_name_hints_at_a_similar_one_without_querying_per_key(
    qtbot, window: MainWindow, services: Services, gathering_id: str, monkeypatch
) -> None:
    """The hint comes after a pause, from the inventory loaded with the suggestions."""
    services.assets.create(gathering_id, "Community garden", "asset")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    desk = window.desk
    desk.editor.setFocus()
    qtbot.keyClicks(desk.editor, "Saturdays at the garden.")
    cursor = desk.editor.textCursor()
    cursor.setPosition(len("Saturdays at the "))
    cursor.setPosition(len("Saturdays at the garden"), cursor.MoveMode.KeepAnchor)
    desk.editor.setTextCursor(cursor)
    qtbot.keyClick(desk.editor, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert desk.asset_edit.isEnabled()
    # The asset was made after the gathering opened: the desk follows the change and loads
    # the name suggestions (and the inventory the hint scores against) after a pause.
    qtbot.waitUntil(lambda: "Community garden" in desk.asset_names.stringList(), timeout=3000)
    calls: list[str] = []
    real_inventory = services.assets.inventory
    monkeypatch.setattr(
        services.assets, "inventory", lambda gid: calls.append(gid) or real_inventory(gid)
    )
    desk.asset_edit.setFocus()
    qtbot.keyClicks(desk.asset_edit, "the comunity gardens")
    assert desk.similar_label.text() == ""  # nothing while the person is still typing
    qtbot.waitUntil(lambda: "Community garden" in desk.similar_label.text(), timeout=2000)
    assert calls == []


def test_a_withdrawn_person_can_be_erased_everywhere_after_a_warning(
    qtbot, window: MainWindow, services: Services, gathering_id: str
) -> None:
    pid = services.participants.add(gathering_id, "Tomás Ortiz")
    sid = services.stories.capture(
        gathering_id, title="The ditch", body="Tomás cleaned the acequia.", teller_ids=[pid]
    )
    window.tabs.setCurrentWidget(window.people)
    people = window.people
    people.refresh()
    click_person(qtbot, people, pid)
    assert not people.erase_button.isEnabled()  # only after withdrawal
    window.dialogs.answer = True
    people.withdraw_action.trigger()
    click_person(qtbot, people, pid)
    assert people.erase_button.isEnabled()
    window.dialogs.answer = False
    qtbot.mouseClick(people.erase_button, Qt.MouseButton.LeftButton)
    assert services.stories.get(sid).body == "Tomás cleaned the acequia."  # said no: kept
    window.dialogs.answer = True
    qtbot.mouseClick(people.erase_button, Qt.MouseButton.LeftButton)
    title, text = window.dialogs.messages[-1]
    assert title == "Erase everywhere" and "cannot be undone" in text and "1 stories" in text
    assert services.participants.find_by_name(gathering_id, "Tomás Ortiz") is None
    with services.db.read() as s:
        from cle_desktop.storage.models import Story

        assert s.get(Story, sid).body == ""


def test_an_artifact_is_described_linked_and_ticked_off_when_returned(
    qtbot, window: MainWindow, services: Services, gathering_id: str, photos_gps: Path
) -> None:
    """Name, meaning, who brought it, a story and a photo, and "returned": each stored as it
    is made, from the keyboard and the page's own buttons."""
    pid = services.participants.add(gathering_id, "Rosa Quintana")
    sid = services.stories.capture(gathering_id, title="Grandmother's comal", body="A comal.")
    report = services.photos.import_files(gathering_id, [photos_gps / "DSCN0010.jpg"])
    photo_id = report.imported[0]["id"]
    page = window.photos
    window.tabs.setCurrentWidget(page)
    panel = page.artifacts
    page.side.setCurrentWidget(panel.parentWidget())

    qtbot.keyClicks(panel.new_name, "Comal")
    qtbot.keyClick(panel.new_name, Qt.Key.Key_Return)
    (artifact,) = services.artifacts.for_gathering(gathering_id)
    assert artifact.name == "Comal" and panel.current_artifact() == artifact.id
    assert panel.meaning_edit.hasFocus()  # what it means is asked next
    qtbot.keyClicks(panel.meaning_edit, "Three generations made tortillas on it")
    qtbot.keyClick(panel.meaning_edit, Qt.Key.Key_Tab)  # leaving the field saves it
    panel.brought_by.setCurrentIndex(panel.brought_by.findData(pid))
    panel.brought_by.activated.emit(panel.brought_by.currentIndex())
    panel.story_combo.setCurrentIndex(panel.story_combo.findData(sid))
    qtbot.mouseClick(panel.link_story_button, Qt.MouseButton.LeftButton)
    page.grid.setCurrentIndex(page.grid.model().index(0, 0))
    qtbot.mouseClick(panel.link_photo_button, Qt.MouseButton.LeftButton)
    panel.returned.setChecked(True)

    stored = services.artifacts.get(artifact.id)
    assert stored.meaning == "Three generations made tortillas on it"
    assert stored.brought_by_id == pid and stored.returned
    assert services.artifacts.story_ids(artifact.id) == [sid]
    assert services.photos.photos_of("artifact", artifact.id) == [photo_id]
    assert panel.stories.model().rowCount() == 1 and panel.photos.model().rowCount() == 1
    first = panel.list.model().index(0, 0)
    assert first.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert first.data() == "Comal — Three generations made tortillas on it"
    page.side.setCurrentIndex(0)  # the photo's own tab names what it belongs to
    assert page.linked_to.text() == "Linked to: Comal"
    page.side.setCurrentIndex(1)

    # Unticking in the list is the same as the checkbox; unlinking removes the links.
    panel.list.setCurrentIndex(first)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Space)  # untick, as a host does at the door
    assert first.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert not services.artifacts.get(artifact.id).returned and not panel.returned.isChecked()
    panel.stories.setCurrentIndex(panel.stories.model().index(0, 0))
    qtbot.mouseClick(panel.unlink_story_button, Qt.MouseButton.LeftButton)
    panel.photos.setCurrentIndex(panel.photos.model().index(0, 0))
    qtbot.mouseClick(panel.unlink_photo_button, Qt.MouseButton.LeftButton)
    assert services.artifacts.story_ids(artifact.id) == []
    assert services.photos.photos_of("artifact", artifact.id) == []

    # An emptied name is not stored: the artifact keeps the one it had.
    panel.name_edit.clear()
    panel.name_edit.editingFinished.emit()
    assert services.artifacts.get(artifact.id).name == "Comal"
    assert panel.name_edit.text() == "Comal"


def click_person(qtbot, people, pid: str) -> None:  # type: ignore[no-untyped-def]
    """Click the person's row in the People table, as a host picks someone."""
    table = people.table.model()
    for row in range(table.rowCount()):
        index = table.index(row, 0)
        if index.data(Qt.ItemDataRole.UserRole) == pid:
            people.table.scrollTo(index)
            rect = people.table.visualRect(index)
            qtbot.mouseClick(people.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert people.person_id == pid
            return
    raise AssertionError("the person is not in the table")
