"""Deleting on the story desk. A deleted story or tag is a tombstone in the change log (the
row stays, so an edit made elsewhere surfaces as a conflict). A tag goes undoably (Undo lifts
the tombstone); a story after a confirmation naming it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QUndoCommand

from cle_desktop.services.errors import ServiceError
from cle_desktop.ui.menus import shortcut_text
from cle_desktop.ui.messages import readable

if TYPE_CHECKING:
    from cle_desktop.ui.dialogs import DialogService
    from cle_desktop.ui.story_desk import StoryDesk


def _undo_hint() -> str:
    return shortcut_text(QKeySequence(QKeySequence.StandardKey.Undo))


def delete_current_story(desk: StoryDesk, dialogs: DialogService) -> bool:
    """Delete the story on the desk after a confirmation that names it. False when none is
    open or the person says no. (Not an undo command: the desk's undo history belongs to the
    story being edited and is cleared when another one opens.)"""
    story_id = desk.story_id
    if not story_id or desk.gathering_id is None:
        desk.status.emit(
            QCoreApplication.translate("DeskCommands", "Open a story in the list first.")
        )
        return False
    desk.save_now()
    title = desk.title_edit.text().strip() or QCoreApplication.translate(
        "DeskCommands", "Untitled story"
    )
    if not dialogs.confirm(
        desk,
        QCoreApplication.translate("DeskCommands", "Delete story"),
        QCoreApplication.translate(
            "DeskCommands",
            "Delete “{0}”? Its text, tags and links leave every list and report; "
            "a copy stays in the change log.",
        ).format(title),
    ):
        return False
    desk.services.stories.delete(story_id)
    desk.set_gathering(desk.gathering_id)
    desk.status.emit(QCoreApplication.translate("DeskCommands", "Deleted “{0}”.").format(title))
    return True


class DeleteTagCommand(QUndoCommand):
    def __init__(self, desk: StoryDesk, tag_id: str):
        super().__init__(QCoreApplication.translate("DeskCommands", "delete tag"))
        self.desk, self.tag_id = desk, tag_id

    def redo(self) -> None:
        self.desk.services.tags.remove(self.tag_id)
        self.desk.refresh_tags()

    def undo(self) -> None:
        try:
            self.desk.services.tags.restore(self.tag_id)
        except ServiceError as exc:  # erased by a consent purge meanwhile
            self.desk.status.emit(readable(exc))
        self.desk.refresh_tags()


def delete_current_tag(desk: StoryDesk) -> bool:
    tag_id = desk.tags.current_tag()
    if not tag_id:
        desk.status.emit(
            QCoreApplication.translate("DeskCommands", "Choose a tag in the list first.")
        )
        return False
    desk.undo_stack.push(DeleteTagCommand(desk, tag_id))
    desk.status.emit(
        QCoreApplication.translate("DeskCommands", "Tag deleted. Undo with {0}.").format(
            _undo_hint()
        )
    )
    return True
