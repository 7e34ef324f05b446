"""The story desk: where a note-taker lives for three days.

Typing is never interrupted: there is no Save button and no prompt. Every change is written
through the change log 400 ms after the last keystroke and at most a second after the first
unsaved one (and at once when focus moves, the story changes or the window closes), so at most
the last second of typing is ever at risk. Only what the person changed is written, against the
versions the desk loaded: a change made elsewhere meanwhile (a sync, the CLI) is kept beside it
as a conflict, never overwritten, and an untouched story simply reloads in place. A failed save
keeps the text on screen, says so, retries, and copies the text to the unsaved folder.
Tagging is one key: select a passage, Ctrl+1 / Ctrl+2 / Ctrl+3 for asset, gift, hope.

The desk is three panels: the story list (here), the editor panel (``ui/desk_editor.py``: the
fields, the text, tellers and consent) and the tag panel (``ui/desk_tags.py``). This class
decides what is open and when, and against which versions, its text is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cle_desktop.services.rescue import EarlyJournal, write_copy
from cle_desktop.ui.desk_editor import LANGUAGES, EditorPanel, StoryEditor
from cle_desktop.ui.desk_tags import KIND_COLOURS, TagCommand, TagPanel
from cle_desktop.ui.labels import TAG_KINDS
from cle_desktop.ui.messages import readable
from cle_desktop.ui.story_list import StoryListModel

if TYPE_CHECKING:
    from cle_desktop.services import Services
    from cle_desktop.services.changes import Changes

__all__ = ["KIND_COLOURS", "LANGUAGES", "StoryDesk", "StoryEditor"]

TEXT_FIELDS = ("title", "body")

AUTOSAVE_MS = 400  # after the last key...
AUTOSAVE_MAX_WAIT_MS = 1000  # ...but never later than this after the first unsaved key
RETRY_MS = 2000  # a failed save is tried again this often
RESCUE_AFTER_FAILURES = 2  # then the text is also copied to the unsaved folder
JOURNAL_MS = 300  # typing before the database is open is journalled this soon
NAMES_DELAY_MS = 100  # name suggestions are re-read this long after a gathering or a change


def _plain_reason(exc: Exception) -> str:
    """A sentence for a failure that is not one of ours (the disk, SQLite, the OS)."""
    text = str(exc).lower()
    if "disk is full" in text or "no space" in text:
        return QCoreApplication.translate("StoryDesk", "the disk is full.")
    if "locked" in text or "busy" in text:
        return QCoreApplication.translate("StoryDesk", "the database is busy.")
    return QCoreApplication.translate("StoryDesk", "the database could not be written.")


class StoryDesk(QWidget):
    saved = Signal(str)  # story id
    status = Signal(str)
    reviewRequested = Signal()  # the person wants to see both versions of a story

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.gathering_id: str | None = None
        self.story_id: str | None = None
        self._loading = False
        # The change-log versions of the open story's fields as loaded (or last saved here),
        # and the fields the person changed since: a save writes only those, against these.
        self._versions: dict[str, tuple[str, ...]] = {}
        self._dirty: set[str] = set()
        self._failures = 0
        self._rescue_path: Path | None = None
        self._journal: EarlyJournal | None = None
        self.undo_stack = QUndoStack(self)
        self._build()

    # --- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        # Built from the top down, each panel made inside the splitter it lives in: while the
        # app's style sheet is set (a second window, File > Open), moving a built widget into a
        # new parent re-resolves the style of its whole subtree.
        splitter = QSplitter(self)
        splitter.setObjectName("deskSplitter")  # its sizes are remembered by the window
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.list_model = StoryListModel(self.services, self)
        self.story_list = QListView()
        self.story_list.setModel(self.list_model)
        self.story_list.setAccessibleName(self.tr("Stories"))
        self.story_list.setUniformItemSizes(True)
        self.story_list.selectionModel().currentChanged.connect(self._on_current_changed)
        # Shortcuts written as the menus write them (QKeySequence's native text).
        new_button = QPushButton(
            self.tr("New story  ({0})").format(
                QKeySequence("Ctrl+N").toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.new_button = new_button
        new_button.setObjectName("primary")
        new_button.clicked.connect(self.new_story)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Stories"))
        heading.setObjectName("sectionTitle")
        left_layout.addWidget(heading)
        left_layout.addWidget(new_button)
        left_layout.addWidget(self.story_list, 1)

        self.editor_panel = middle = EditorPanel(self.services, splitter)
        self.editor_panel.tagRequested.connect(self.tag_selection)
        self.addActions(list(middle.tag_actions.values()))  # Ctrl+1/2/3 anywhere on the desk
        # The panel's widgets, by the names the window, the commands and the tests use.
        self.title_edit = middle.title_edit
        self.tellers_edit = middle.tellers_edit
        self.teller_names = middle.teller_names
        self.teller_completer = middle.teller_completer
        self.session_combo = middle.session_combo
        self.language_combo = middle.language_combo
        self.consent_label = middle.consent_label
        self.editor = middle.editor
        self.tag_buttons = middle.tag_buttons
        self.save_problem = middle.save_problem
        self.conflict_banner = middle.conflict_banner
        self.conflict_label = middle.conflict_label
        self.review_button = middle.review_button
        self.review_button.clicked.connect(self.reviewRequested)

        self.tags = right = TagPanel(self.services, self.editor, self.undo_stack, splitter)
        self.tags.status.connect(self.status)
        self.tag_list = right.tag_list
        self.asset_edit = right.asset_edit
        self.asset_names = right.asset_names
        self.similar_label = right.similar_label
        self.category_combo = right.category_combo

        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([260, 700, 300])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(splitter)

        self.autosave = self._single_shot(AUTOSAVE_MS, self.save_now)
        self.autosave_deadline = self._single_shot(AUTOSAVE_MAX_WAIT_MS, self.save_now)
        self.retry = self._single_shot(RETRY_MS, self.save_now)
        self.completer_timer = self._single_shot(NAMES_DELAY_MS, self.refresh_name_suggestions)
        self.journal_timer = self._single_shot(JOURNAL_MS, self._write_journal)
        self.editor.textChanged.connect(lambda: self._edited("body"))
        self.title_edit.textEdited.connect(lambda _t: self._edited("title"))
        self.editor.focusLost.connect(self.save_now)
        self.title_edit.editingFinished.connect(self.save_now)
        self.tellers_edit.editingFinished.connect(self._save_tellers)
        # A suggestion chosen (Enter or a click in the list) is saved once it is filled in.
        self.teller_completer.activated[str].connect(lambda _name: self._save_tellers())  # type: ignore[index]
        self.session_combo.activated.connect(
            lambda _i: self._save_field("session_id", self.session_combo.currentData())
        )
        self.language_combo.activated.connect(
            lambda _i: self._save_field("language", self.language_combo.currentData())
        )
        self._set_enabled(False)

    def _single_shot(self, ms: int, slot: Callable[[], object]) -> QTimer:
        """A one-shot timer of this desk (autosave, its deadline, retry, suggestions, journal)."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def add_banner(self, banner: QWidget) -> None:
        """A line above the story (the first start's "Name this gathering"): never modal."""
        self.editor_panel.add_banner(banner)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.title_edit,
            self.tellers_edit,
            self.session_combo,
            self.language_combo,
            self.editor,
            *self.tag_buttons.values(),
            self.asset_edit,
            self.category_combo,
        ):
            widget.setEnabled(enabled)

    # --- gathering and story switching --------------------------------------------------

    def accept_early_typing(self) -> None:
        """Let the note-taker type before the database has opened (start-up takes a moment).

        What is typed becomes a new story of the gathering that opens (``set_gathering``);
        until then it is journalled to a file within a second, so even a kill loses little.
        """
        for widget in (self.title_edit, self.language_combo, self.editor):
            widget.setEnabled(True)
        self._journal = EarlyJournal.start()
        self.editor.setFocus()

    def early_text(self) -> tuple[str, str] | None:
        """(title, body) typed before any gathering was open, or None."""
        if self.gathering_id is not None or self.story_id is not None:
            return None
        title, body = self.title_edit.text(), self.editor.toPlainText()
        return (title, body) if title.strip() or body.strip() else None

    def forget_journal(self) -> None:
        """The early text is safe elsewhere now (a story, or a file the person was told of)."""
        self.journal_timer.stop()
        if self._journal is not None:
            self._journal.close()
            self._journal = None

    def shutdown(self) -> None:
        """The window is closing: no timer may touch the database after this."""
        for timer in (self.autosave, self.autosave_deadline, self.retry, self.completer_timer):
            timer.stop()

    def _write_journal(self) -> None:
        early = self.early_text()
        if self._journal is not None and early is not None:
            self._journal.write(*early)

    def set_gathering(self, gathering_id: str) -> None:
        """Show a gathering with a blank desk that takes typing at once (the first key starts
        a new story); text typed while the database opened, or journalled by a start that was
        killed, becomes a story of it."""
        self.save_now()
        early = self.early_text()
        self.journal_timer.stop()
        self.gathering_id = gathering_id
        self.editor_panel.gathering_id = gathering_id
        self.tags.set_gathering(gathering_id)
        self.list_model.set_gathering(gathering_id)
        self.session_combo.clear()
        self.session_combo.addItem(self.tr("(no session)"), None)
        for sess in self.services.gatherings.sessions(gathering_id):
            self.session_combo.addItem(sess.title, sess.id)
        # Name suggestions count every asset's mentions (tens of ms on a large gathering):
        # fill them just after the window is up; the first keystroke comes later anyway.
        self.completer_timer.start()
        for title, body in EarlyJournal.left_behind():
            # A start killed just after its early text became a story leaves the journal too.
            if not self.services.stories.has_story(gathering_id, title, body):
                self._keep_story(title, body, select=False)
        if early is not None:
            self._keep_story(*early, select=True)
        else:
            self.story_id = None
            self._load_story(None)
            self.list_model.fetchMore()
        self.forget_journal()
        self.editor.setFocus()

    def _keep_story(self, title: str, body: str, *, select: bool) -> None:
        """Store text typed before the gathering opened as a new story. With ``select`` it is
        the open story, leaving the editor, its cursor and its undo history alone: the
        note-taker may still be typing."""
        assert self.gathering_id is not None
        session_id = self.services.gatherings.session_running_at(self.gathering_id)
        story_id = self.services.stories.capture(
            self.gathering_id,
            title=title,
            body=body,
            session_id=session_id,
            language=self.language_combo.currentData() or "en",
        )
        self.list_model.fetchMore()
        self.list_model.prepend(story_id)
        if not select:
            return
        self.forget_journal()  # the text is a story now
        self.story_id = story_id
        self._versions = self.services.stories.versions(story_id)
        self._dirty.clear()
        self.session_combo.setCurrentIndex(max(0, self.session_combo.findData(session_id)))
        self.undo_stack.clear()
        self._loading = True  # selected without reloading the editor
        try:
            self.story_list.setCurrentIndex(self.list_model.index(0))
        finally:
            self._loading = False
        self._set_enabled(True)
        self.refresh_tags()
        self.saved.emit(story_id)
        self._saved_message()

    def refresh_name_suggestions(self) -> None:
        """The names the tellers and asset fields suggest (and the inventory the asset hints
        score against): after a gathering opens, and when people or assets change."""
        if not self.gathering_id:
            return
        self.editor_panel.reload_teller_names()
        self.tags.reload_names()

    def _on_current_changed(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        if self._loading:
            return
        story_id = current.data(StoryListModel.IdRole) if current.isValid() else None
        if story_id != self.story_id:
            self.save_now()
            self._load_story(story_id)

    def open_story(self, story_id: str, start: int | None = None, end: int | None = None) -> None:
        from PySide6.QtGui import QTextCursor  # first jump to a passage, not start-up

        row = self.list_model.row_of(story_id)
        if row >= 0:
            self.story_list.setCurrentIndex(self.list_model.index(row))
        else:
            self.save_now()
            self._load_story(story_id)
        if start is not None:
            cursor = self.editor.textCursor()
            cursor.setPosition(start)
            cursor.setPosition(end if end is not None else start, QTextCursor.MoveMode.KeepAnchor)
            self.editor.setTextCursor(cursor)
            self.editor.centerCursor()
        self.editor.setFocus()

    def _load_story(self, story_id: str | None) -> None:
        self._loading = True
        try:
            self.story_id = story_id
            self.undo_stack.clear()
            self._dirty.clear()
            self._versions = {}
            self.conflict_banner.hide()
            if story_id is None:
                self.title_edit.clear()
                self.editor.clear()
                self.editor_panel.clear_tellers()
                self.tags.clear()
                # A blank desk still takes typing: the first key starts a new story.
                self._set_enabled(self.gathering_id is not None)
                return
            story = self.services.stories.get(story_id)
            self._versions = self.services.stories.versions(story_id)
            self._set_enabled(True)
            self.title_edit.setText(story.title)
            self.editor.setPlainText(story.body)
            self._load_tellers()
            self.session_combo.setCurrentIndex(
                max(0, self.session_combo.findData(story.session_id))
            )
            self.language_combo.setCurrentIndex(
                max(0, self.language_combo.findData(story.language or "en"))
            )
            self.refresh_tags()
            self.editor_panel.update_consent_warning(self.story_id)
            self._show_conflict_banner()
        finally:
            self._loading = False

    def _load_tellers(self) -> None:
        assert self.story_id is not None
        self.editor_panel.load_tellers(self.story_id)

    # --- following changes made elsewhere -----------------------------------------------

    def apply_changes(self, changes: Changes) -> None:
        """Follow writes made elsewhere (a sync, another page, the CLI): new stories appear in
        the list, and the open story's untouched fields reload in place (cursor and scroll
        kept). A field the person is editing is saved against what the desk loaded, so both
        versions are kept, and a banner says so."""
        if not self.gathering_id:
            return
        if changes.touches("story"):
            self._refresh_list()
        if changes.touches("asset", "participant"):
            self.completer_timer.start()  # new names to suggest (after a pause: not per key)
        if not self.story_id:
            return
        if changes.touched_row("story", self.story_id):
            self._follow_story()
        if changes.touches("story_teller", "participant", "consent"):
            if not self.tellers_edit.hasFocus() and not self.tellers_edit.isModified():
                self._loading = True
                try:
                    self._load_tellers()
                finally:
                    self._loading = False
            self.editor_panel.update_consent_warning(self.story_id)
        if changes.touches("tag", "asset"):
            self.refresh_tags()

    def _refresh_list(self) -> None:
        """Re-read the story list, keeping the open story selected (without reloading it)."""
        assert self.gathering_id is not None
        loaded = self.list_model.rowCount()
        self._loading = True
        try:
            self.list_model.set_gathering(self.gathering_id)
            while self.list_model.rowCount() < loaded and self.list_model.canFetchMore():
                self.list_model.fetchMore()
            if self.list_model.rowCount() == 0:
                self.list_model.fetchMore()
            row = self.list_model.row_of(self.story_id) if self.story_id else -1
            if row >= 0:
                self.story_list.setCurrentIndex(self.list_model.index(row))
        finally:
            self._loading = False

    def _follow_story(self) -> None:
        assert self.story_id is not None
        from cle_desktop.services.errors import NotFound

        try:
            story = self.services.stories.get(self.story_id)
        except NotFound:
            return
        now = self.services.stories.versions(self.story_id)
        changed = {
            f
            for f in ("title", "body", "session_id", "language")
            if now.get(f) != self._versions.get(f)
        }
        if not changed:
            return
        editing = changed & self._dirty
        if editing:
            self.save_now()  # against what was loaded: the other version is kept beside it
        self._loading = True
        try:
            for name in changed - editing:
                self._versions[name] = now.get(name, ())
                if name == "title" and self.title_edit.text() != story.title:
                    self.title_edit.setText(story.title)
                elif name == "body" and self.editor.toPlainText() != story.body:
                    self._replace_body(story.body)
                elif name == "session_id":
                    self.session_combo.setCurrentIndex(
                        max(0, self.session_combo.findData(story.session_id))
                    )
                elif name == "language":
                    self.language_combo.setCurrentIndex(
                        max(0, self.language_combo.findData(story.language or "en"))
                    )
        finally:
            self._loading = False
        if "title" in changed:
            self.list_model.refresh_row(self.story_id)
        self.refresh_tags()
        self._show_conflict_banner()

    def _replace_body(self, body: str) -> None:
        """New text in place: the cursor stays where it was (as far as the text allows) and
        the view does not jump."""
        bar = self.editor.verticalScrollBar()
        scroll = bar.value()
        cursor = self.editor.textCursor()
        position = cursor.position()
        self.editor.setPlainText(body)
        cursor = self.editor.textCursor()
        cursor.setPosition(min(position, len(body)))
        self.editor.setTextCursor(cursor)
        bar.setValue(scroll)

    def _show_conflict_banner(self) -> None:
        """One sentence when the open story holds two versions of a field."""
        if not self.story_id:
            self.conflict_banner.hide()
            return
        if self.services.stories.conflicted(self.story_id) & {"title", "body"}:
            self.conflict_label.setText(
                self.tr(
                    "This story was also changed elsewhere while it was open here. Both "
                    "versions are kept; this one is shown."
                )
            )
            self.conflict_banner.show()
        else:
            self.conflict_banner.hide()

    # --- capture ----------------------------------------------------------------------------

    def new_story(self) -> None:
        if not self.gathering_id:
            return
        self.save_now()
        story_id = self._capture()
        self.list_model.prepend(story_id)
        self.story_list.setCurrentIndex(self.list_model.index(0))
        self.title_edit.setFocus()
        self.status.emit(self.tr("New story started"))

    def _capture(self, title: str = "", body: str = "") -> str:
        assert self.gathering_id is not None
        session_id = self.services.gatherings.session_running_at(self.gathering_id)
        return self.services.stories.capture(
            self.gathering_id,
            title=title,
            body=body,
            session_id=session_id,
            language=self.language_combo.currentData() or "en",
        )

    def _edited(self, name: str) -> None:
        if self._loading:
            return
        if self.gathering_id is None:
            if self._journal is not None and not self.journal_timer.isActive():
                self.journal_timer.start()
            return
        self._dirty.add(name)
        self.autosave.start()
        if not self.autosave_deadline.isActive():
            self.autosave_deadline.start()

    def has_unsaved(self) -> bool:
        """Whether the desk holds typing the database does not have yet."""
        return bool(self._dirty) or self.early_text() is not None

    def save_now(self) -> bool:
        """Write what the person changed (nothing when nothing changed); True when the
        database now holds what is on screen. A failure keeps the text, says so and retries."""
        self.autosave.stop()
        self.autosave_deadline.stop()
        self.retry.stop()
        if self._loading or not self._dirty or not self.gathering_id:
            return not self._dirty
        fields = {"title": self.title_edit.text(), "body": self.editor.toPlainText()}
        try:
            if self.story_id is None:
                if not any(v.strip() for v in fields.values()):
                    self._dirty.clear()
                    return True
                self._start_story_from_typing(**fields)
            else:
                written = self.services.stories.save(
                    self.story_id,
                    {f: self._versions.get(f, ()) for f in self._dirty},
                    **{f: fields[f] for f in self._dirty if f in fields},
                )
                for name, change_id in written.items():
                    self._versions[name] = (change_id,)
                if "title" in written:
                    self.list_model.refresh_row(self.story_id)
                if "body" in written:
                    self.refresh_tags()
                self._show_conflict_banner()
        except Exception as exc:  # noqa: BLE001 - any failure: keep the text, say it, retry
            self._save_failed(exc)
            return False
        self._dirty.clear()
        self._save_succeeded()
        return True

    def _start_story_from_typing(self, title: str, body: str) -> None:
        """Typing into a blank desk: the text becomes a new story, the editor is left alone."""
        story_id = self._capture(title, body)
        self.story_id = story_id
        self._versions = self.services.stories.versions(story_id)
        self.undo_stack.clear()
        self.list_model.prepend(story_id)
        self._loading = True
        try:
            self.story_list.setCurrentIndex(self.list_model.index(0))
        finally:
            self._loading = False
        self._set_enabled(True)
        self.refresh_tags()

    def _save_succeeded(self) -> None:
        self._failures = 0
        self._rescue_path = None
        self.save_problem.hide()
        if self.story_id:
            self.saved.emit(self.story_id)
        self._saved_message()

    def _saved_message(self) -> None:
        self.status.emit(self.tr("Saved {0}").format(datetime.now().strftime("%H:%M:%S")))

    def _save_failed(self, exc: Exception) -> None:
        self._failures += 1
        reason = readable(exc) if hasattr(exc, "phrase") else _plain_reason(exc)
        sentence = self.tr(
            "Not saved yet: {0} Your text is still here; trying again every few seconds."
        ).format(reason)
        if self._failures >= RESCUE_AFTER_FAILURES:
            copy = self.rescue_copy()
            if copy is not None:
                sentence += " " + self.tr("A copy is in {0}").format(copy)
        self.save_problem.setText(sentence)
        self.save_problem.show()
        self.status.emit(sentence)
        self.retry.start()

    def rescue_copy(self, folder: Path | None = None) -> Path | None:
        """Write the open text to a plain file (the unsaved folder unless ``folder``); the path,
        or None when even that cannot be written."""
        title, body = self.title_edit.text(), self.editor.toPlainText()
        if not (title.strip() or body.strip()):
            return None
        try:
            if folder is not None:
                return write_copy(title, body, directory=folder)
            self._rescue_path = write_copy(title, body, path=self._rescue_path)
            return self._rescue_path
        except OSError:
            return None

    def _save_field(self, field: str, value: object) -> None:
        if not self.story_id or self._loading:
            return
        try:
            written = self.services.stories.save(
                self.story_id, {field: self._versions.get(field, ())}, **{field: value}
            )
        except Exception as exc:  # noqa: BLE001 - said in a sentence, the choice stays shown
            self._save_failed(exc)
            return
        for name, change_id in written.items():
            self._versions[name] = (change_id,)
        self._saved_message()

    def _save_tellers(self) -> None:
        if not self.story_id or self._loading or not self.gathering_id:
            return
        if self.teller_completer.popup().isVisible():
            # Enter on a suggestion reaches the field before the suggestion fills it in:
            # saving now would make a new person of the letters typed so far ("ma").
            return
        try:
            changed = self.editor_panel.save_tellers(self.story_id)
        except Exception as exc:  # noqa: BLE001 - said in a sentence, the names stay shown
            self._save_failed(exc)
            return
        if changed:
            self.completer_timer.start()  # a new name is a new person to suggest
            self._saved_message()

    # --- tagging ----------------------------------------------------------------------------

    def tag_selection(self, kind: str) -> None:
        cursor = self.editor.textCursor()
        if not self.story_id or not cursor.hasSelection():
            self.status.emit(self.tr("Select a passage first, then tag it."))
            return
        self.save_now()
        start, end = sorted((cursor.selectionStart(), cursor.selectionEnd()))
        text = self.editor.toPlainText()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            return
        self.undo_stack.push(TagCommand(self.tags, self.story_id, start, end, kind))
        self.status.emit(
            self.tr("Tagged “{0}” as {1}").format(text[start:end][:40], TAG_KINDS(kind).lower())
        )

    def refresh_tags(self) -> None:
        """Re-read the open story's tags (the tag panel and the highlighted passages)."""
        if self.tags.story_id != self.story_id:
            self.tags.show_story(self.story_id)
        else:
            self.tags.refresh()
