"""Undo/Redo of a tag whose story a consent purge erased meanwhile: a sentence, not a crash,
and the tag stays erased (as it does on every other laptop that applies the purge)."""

from __future__ import annotations

from cle_desktop.services import Services
from cle_desktop.ui.main_window import MainWindow


def test_redo_of_a_tag_a_purge_erased_says_so_and_keeps_it_erased(
    qtbot, window: MainWindow, services: Services, gathering_id: str
) -> None:
    undo, redo = window.action("undo"), window.action("redo")
    window.action("newStory").trigger()
    desk = window.desk
    desk.editor.setPlainText("We love the garden.")
    desk.save_now()
    story = desk.story_id
    cursor = desk.editor.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(7, cursor.MoveMode.KeepAnchor)
    desk.editor.setTextCursor(cursor)
    desk.tag_buttons["gift"].click()
    assert len(services.tags.for_story(story)) == 1
    undo.trigger()  # the tag is removed (a tombstone)
    rosa = services.participants.add(gathering_id, "Rosa")
    services.stories.set_tellers(story, [rosa])
    services.participants.withdraw(rosa)
    services.sync.purge_participant(rosa)
    redo.trigger()  # would bring the erased tag back on this laptop only
    assert "no longer exists" in window.statusBar().currentMessage()
    assert services.tags.for_story(story) == []
