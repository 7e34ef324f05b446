"""The story desk: where a note-taker lives for three days.

Typing is never interrupted: there is no Save button and no prompt. Every change is written
through the change log 400 ms after the last keystroke and at most a second after the first
unsaved one (and at once when focus moves, the story changes or the window closes), so at most
the last second of typing is ever at risk. Only what the person changed is written, against the
versions the desk loaded: a change made elsewhere meanwhile (a sync, the CLI) is kept beside it
as a conflict, never overwritten, and an untouched story simply reloads in place. A failed save
keeps the text on screen, says so, retries, and copies the text to the unsaved folder.
Tagging is one key: select a passage, Ctrl+1 / Ctrl+2 / Ctrl+3 for asset, gift, hope.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeySequence,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cle_desktop.domain.enums import TagKind
from cle_desktop.domain.limits import MAX_LINE_CHARS
from cle_desktop.services.rescue import EarlyJournal, write_copy
from cle_desktop.ui.labels import CATEGORIES, TAG_KINDS
from cle_desktop.ui.messages import readable
from cle_desktop.ui.name_completer import NameListCompleter
from cle_desktop.ui.story_list import StoryListModel

if TYPE_CHECKING:
    from cle_desktop.services import Services
    from cle_desktop.services.assets import AssetRow
    from cle_desktop.services.changes import Changes

TEXT_FIELDS = ("title", "body")

AUTOSAVE_MS = 400  # after the last key...
AUTOSAVE_MAX_WAIT_MS = 1000  # ...but never later than this after the first unsaved key
RETRY_MS = 2000  # a failed save is tried again this often
RESCUE_AFTER_FAILURES = 2  # then the text is also copied to the unsaved folder
JOURNAL_MS = 300  # typing before the database is open is journalled this soon
SIMILAR_DELAY_MS = 150
KIND_COLOURS = {
    TagKind.ASSET.value: QColor("#bfe6df"),
    TagKind.GIFT.value: QColor("#fbdcae"),
    TagKind.HOPE.value: QColor("#dcd0f0"),
}
# Languages are named in themselves (a Tewa speaker looks for "Tewa"); only "Other" is ours.
LANGUAGES = [
    ("en", "English"),
    ("es", "Español"),
    ("tew", "Tewa"),
    ("nv", "Diné"),
    ("other", QT_TRANSLATE_NOOP("StoryDesk", "Other")),
]


def _plain_reason(exc: Exception) -> str:
    """A sentence for a failure that is not one of ours (the disk, SQLite, the OS)."""
    text = str(exc).lower()
    if "disk is full" in text or "no space" in text:
        return QCoreApplication.translate("StoryDesk", "the disk is full.")
    if "locked" in text or "busy" in text:
        return QCoreApplication.translate("StoryDesk", "the database is busy.")
    return QCoreApplication.translate("StoryDesk", "the database could not be written.")


class StoryEditor(QPlainTextEdit):
    """The large editor; reports focus loss so the desk can save at once."""

    focusLost = Signal()

    def focusOutEvent(self, event):  # type: ignore[no-untyped-def]
        self.focusLost.emit()
        super().focusOutEvent(event)


class TagCommand(QUndoCommand):
    """Undoable tagging: redo = tag (or restore), undo = remove (a tombstone, never a loss)."""

    def __init__(self, desk: StoryDesk, story_id: str, start: int, end: int, kind: str):
        # Follows "Undo"/"Redo" in the Story menu. Translated in the desk's context: desk.tr()
        # would look it up under another one, and lupdate cannot see through it.
        super().__init__(
            QCoreApplication.translate("StoryDesk", "tag as {0}").format(TAG_KINDS(kind).lower())
        )
        self.desk, self.story_id, self.start, self.end, self.kind = desk, story_id, start, end, kind
        self.tag_id: str | None = None

    def redo(self) -> None:
        tags = self.desk.services.tags
        if self.tag_id is None:
            self.tag_id = tags.tag_passage(self.story_id, self.start, self.end, self.kind)
        else:
            tags.restore(self.tag_id)
        self.desk.refresh_tags()

    def undo(self) -> None:
        if self.tag_id:
            self.desk.services.tags.remove(self.tag_id)
        self.desk.refresh_tags()


class LinkAssetCommand(QUndoCommand):
    def __init__(self, desk: StoryDesk, tag_id: str, old: str | None, new: str | None):
        super().__init__(QCoreApplication.translate("StoryDesk", "link to an asset"))
        self.desk, self.tag_id, self.old, self.new = desk, tag_id, old, new

    def redo(self) -> None:
        self.desk.services.tags.link_asset(self.tag_id, self.new)
        self.desk.refresh_tags()

    def undo(self) -> None:
        self.desk.services.tags.link_asset(self.tag_id, self.old)
        self.desk.refresh_tags()


class CategoryCommand(QUndoCommand):
    """Undoable change of a tag's ABCD category."""

    def __init__(self, desk: StoryDesk, tag_id: str, old: str | None, new: str | None):
        super().__init__(QCoreApplication.translate("StoryDesk", "set the category"))
        self.desk, self.tag_id, self.old, self.new = desk, tag_id, old, new

    def redo(self) -> None:
        self.desk.services.tags.update(self.tag_id, category=self.new)
        self.desk.refresh_tags()

    def undo(self) -> None:
        self.desk.services.tags.update(self.tag_id, category=self.old)
        self.desk.refresh_tags()


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
        self._inventory: list[AssetRow] = []
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
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Stories"))
        heading.setObjectName("sectionTitle")
        left_layout.addWidget(heading)
        left_layout.addWidget(new_button)
        left_layout.addWidget(self.story_list, 1)

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("storyTitle")
        self.title_edit.setMaxLength(MAX_LINE_CHARS)  # the longest title any laptop accepts
        self.title_edit.setPlaceholderText(self.tr("Story title"))
        self.title_edit.setAccessibleName(self.tr("Story title"))
        self.tellers_edit = QLineEdit()
        self.tellers_edit.setPlaceholderText(
            self.tr("Who is telling? Type names, separated by commas")
        )
        self.tellers_edit.setAccessibleName(self.tr("Tellers"))
        self.teller_names = QStringListModel(self)
        # Completes each name of the comma-separated list, and re-reads the roster when the
        # field gains focus (people added on the People page or by a sign-in sheet).
        self.teller_completer = NameListCompleter(self.teller_names, self)
        self.teller_completer.attach(self.tellers_edit)
        self.teller_completer.reload = self._reload_teller_names
        self.session_combo = QComboBox()
        self.session_combo.setAccessibleName(self.tr("Session"))
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES:
            self.language_combo.addItem(self.tr(str(name)) if code == "other" else str(name), code)
        # A new story is in the window's language unless the note-taker picks another.
        ui_language = QLocale().name().split("_")[0]
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(ui_language)))
        self.consent_label = QLabel()
        self.consent_label.setObjectName("warning")
        # Wraps: the names of several tellers (and the longer Spanish sentence) must not make
        # the whole window wider than a 1280 px screen.
        self.consent_label.setWordWrap(True)
        self.consent_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("Tellers"), self.tellers_edit)
        row = QHBoxLayout()
        row.addWidget(self.session_combo, 2)
        row.addWidget(QLabel(self.tr("Language")))
        row.addWidget(self.language_combo, 1)
        form.addRow(self.tr("Session"), row)

        self.editor = StoryEditor()
        self.editor.setTabChangesFocus(True)  # Tab moves on; a story never holds tab characters
        self.editor.setObjectName("storyEditor")
        self.editor.setAccessibleName(self.tr("Story text"))
        self.editor.setPlaceholderText(
            self.tr("Type the story as it is told. It is saved as you type.")
        )
        tag_row = QHBoxLayout()
        self.tag_buttons = {}
        for number, kind, label in (
            (1, TagKind.ASSET, self.tr("Asset")),
            (2, TagKind.GIFT, self.tr("Gift")),
            (3, TagKind.HOPE, self.tr("Hope")),
        ):
            keys = QKeySequence(f"Ctrl+{number}").toString(QKeySequence.SequenceFormat.NativeText)
            button = QPushButton(f"{label}  ({keys})")
            button.setObjectName(f"{kind.value}Button")
            button.setToolTip(self.tr("Select a passage, then tag it as {0}").format(label.lower()))
            button.clicked.connect(lambda _=False, k=kind.value: self.tag_selection(k))
            tag_row.addWidget(button)
            self.tag_buttons[kind.value] = button
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, k=kind.value: self.tag_selection(k))
            self.addAction(action)
        tag_row.addStretch(1)

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(8, 0, 8, 0)
        self.middle_layout = middle_layout
        middle_layout.addWidget(self.title_edit)
        middle_layout.addLayout(form)
        middle_layout.addWidget(self.consent_label)
        # Said in a sentence, never a dialog: the note-taker keeps typing.
        self.save_problem = QLabel()
        self.save_problem.setObjectName("warning")
        self.save_problem.setWordWrap(True)
        self.save_problem.hide()
        middle_layout.addWidget(self.save_problem)
        self.conflict_banner = QWidget()
        banner_row = QHBoxLayout(self.conflict_banner)
        banner_row.setContentsMargins(0, 0, 0, 0)
        self.conflict_label = QLabel()
        self.conflict_label.setObjectName("warning")
        self.conflict_label.setWordWrap(True)
        self.review_button = QPushButton(self.tr("Review both versions"))
        self.review_button.clicked.connect(self.reviewRequested)
        banner_row.addWidget(self.conflict_label, 1)
        banner_row.addWidget(self.review_button)
        self.conflict_banner.hide()
        middle_layout.addWidget(self.conflict_banner)
        middle_layout.addWidget(self.editor, 1)
        middle_layout.addLayout(tag_row)

        self.tag_list = QListWidget()
        self.tag_list.setObjectName("tagList")
        self.tag_list.setAccessibleName(self.tr("Tags in this story"))
        self.tag_list.setWordWrap(True)
        self.tag_list.currentItemChanged.connect(self._on_tag_selected)
        self.asset_edit = QLineEdit()
        self.asset_edit.setPlaceholderText(self.tr("Link to asset: type a name"))
        self.asset_edit.setAccessibleName(self.tr("Linked asset"))
        self.asset_names = QStringListModel(self)
        asset_completer = QCompleter(self.asset_names, self)
        asset_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        asset_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.asset_edit.setCompleter(asset_completer)
        # "similar:" hints follow typing after a short pause, scored against the inventory
        # loaded with the name suggestions: a keystroke never waits for a query.
        self.similar_timer = QTimer(self)
        self.similar_timer.setSingleShot(True)
        self.similar_timer.setInterval(SIMILAR_DELAY_MS)
        self.similar_timer.timeout.connect(lambda: self._show_similar(self.asset_edit.text()))
        self.asset_edit.textEdited.connect(lambda _text: self.similar_timer.start())
        self.asset_edit.returnPressed.connect(self._link_typed_asset)
        self.similar_label = QLabel()
        self.similar_label.setObjectName("hint")
        self.similar_label.setWordWrap(True)
        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(self.tr("ABCD category"))
        self.category_combo.addItem(self.tr("(category)"), None)
        for code, label in CATEGORIES.items():
            self.category_combo.addItem(label, code)
        self.category_combo.activated.connect(self._set_category)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        tags_heading = QLabel(self.tr("Assets, gifts and hopes"))
        tags_heading.setObjectName("sectionTitle")
        right_layout.addWidget(tags_heading)
        right_layout.addWidget(self.tag_list, 1)
        right_layout.addWidget(self.asset_edit)
        right_layout.addWidget(self.similar_label)
        right_layout.addWidget(self.category_combo)

        splitter = QSplitter()
        splitter.setObjectName("deskSplitter")  # its sizes are remembered by the window
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
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

        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_now)
        self.autosave_deadline = QTimer(self)
        self.autosave_deadline.setSingleShot(True)
        self.autosave_deadline.setInterval(AUTOSAVE_MAX_WAIT_MS)
        self.autosave_deadline.timeout.connect(self.save_now)
        self.retry = QTimer(self)
        self.retry.setSingleShot(True)
        self.retry.setInterval(RETRY_MS)
        self.retry.timeout.connect(self.save_now)
        self.completer_timer = QTimer(self)
        self.completer_timer.setSingleShot(True)
        self.completer_timer.setInterval(100)
        self.completer_timer.timeout.connect(self._refresh_completers)
        self.journal_timer = QTimer(self)
        self.journal_timer.setSingleShot(True)
        self.journal_timer.setInterval(JOURNAL_MS)
        self.journal_timer.timeout.connect(self._write_journal)
        self.editor.textChanged.connect(lambda: self._edited("body"))
        self.title_edit.textEdited.connect(lambda _t: self._edited("title"))
        self.editor.focusLost.connect(self.save_now)
        self.title_edit.editingFinished.connect(self.save_now)
        self.tellers_edit.editingFinished.connect(self._save_tellers)
        self.session_combo.activated.connect(
            lambda _i: self._save_field("session_id", self.session_combo.currentData())
        )
        self.language_combo.activated.connect(
            lambda _i: self._save_field("language", self.language_combo.currentData())
        )
        self._set_enabled(False)

    def add_banner(self, banner: QWidget) -> None:
        """A line above the story (the first start's "Name this gathering"): never modal."""
        self.middle_layout.insertWidget(0, banner)

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

    def _refresh_completers(self) -> None:
        if not self.gathering_id:
            return
        people = self.services.participants.roster(self.gathering_id)
        self.teller_names.setStringList([p.display_name for p in people])
        self._inventory = self.services.assets.inventory(self.gathering_id)
        self.asset_names.setStringList([a.name for a in self._inventory])

    def _reload_teller_names(self) -> None:
        if self.gathering_id:
            people = self.services.participants.roster(self.gathering_id)
            self.teller_names.setStringList([p.display_name for p in people])

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
                self.tellers_edit.clear()
                self.tag_list.clear()
                self.consent_label.hide()
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
            self._update_consent_warning()
            self._show_conflict_banner()
        finally:
            self._loading = False

    def _load_tellers(self) -> None:
        assert self.story_id is not None
        names = {
            p.id: p.display_name for p in self.services.participants.roster(self.gathering_id or "")
        }
        self.tellers_edit.setText(
            ", ".join(names.get(t, "?") for t in self.services.stories.teller_ids(self.story_id))
        )

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
            self._update_consent_warning()
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
        names = [
            n.strip() for n in self.tellers_edit.text().replace(";", ",").split(",") if n.strip()
        ]
        try:
            ids = [self.services.participants.find_or_add(self.gathering_id, n) for n in names]
            self.services.stories.set_tellers(self.story_id, ids)
        except Exception as exc:  # noqa: BLE001 - said in a sentence, the names stay shown
            self._save_failed(exc)
            return
        self.tellers_edit.setModified(False)
        self._refresh_completers()
        self._update_consent_warning()
        self._saved_message()

    def _update_consent_warning(self) -> None:
        if not self.story_id or not self.gathering_id:
            self.consent_label.hide()
            return
        tellers = self.services.stories.teller_ids(self.story_id)
        consents = self.services.participants.consents(tellers)
        roster = {
            p.id: p.display_name for p in self.services.participants.roster(self.gathering_id)
        }
        missing = [roster.get(pid, "?") for pid, terms in consents.items() if terms is None]
        withdrawn = [
            roster.get(pid, "?")
            for pid, terms in consents.items()
            if terms is not None and terms.withdrawn
        ]
        lines = []
        if withdrawn:
            lines.append(
                self.tr(
                    "{0} withdrew consent: this story appears in no export, and is kept only "
                    "until it is erased."
                ).format(", ".join(withdrawn))
            )
        if missing:
            lines.append(
                self.tr(
                    "Consent not recorded for {0}: this story stays on this laptop until it is."
                ).format(", ".join(missing))
            )
        if lines:
            self.consent_label.setText("\n".join(lines))
            self.consent_label.show()
        else:
            self.consent_label.hide()

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
        self.undo_stack.push(TagCommand(self, self.story_id, start, end, kind))
        self.status.emit(
            self.tr("Tagged “{0}” as {1}").format(text[start:end][:40], TAG_KINDS(kind).lower())
        )

    def refresh_tags(self) -> None:
        # Imported on first use: their enums (QTextFormat's properties) cost start-up ~2.5 ms.
        from PySide6.QtGui import QTextCharFormat, QTextCursor
        from PySide6.QtWidgets import QTextEdit

        selections = []
        self.tag_list.blockSignals(True)
        current = (
            self.tag_list.currentItem().data(Qt.ItemDataRole.UserRole)
            if self.tag_list.currentItem()
            else None
        )
        self.tag_list.clear()
        if self.story_id:
            for tag in self.services.tags.for_story(self.story_id):
                sel = QTextEdit.ExtraSelection()
                fmt = QTextCharFormat()
                fmt.setBackground(KIND_COLOURS.get(tag.kind, QColor("#eee")))
                if tag.orphaned:
                    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                sel.format = fmt
                cursor = QTextCursor(self.editor.document())
                cursor.setPosition(min(tag.start, len(self.editor.toPlainText())))
                cursor.setPosition(
                    min(tag.end, len(self.editor.toPlainText())), QTextCursor.MoveMode.KeepAnchor
                )
                sel.cursor = cursor
                if not tag.orphaned:
                    selections.append(sel)
                label = f"{TAG_KINDS(tag.kind).upper()} · “{tag.quote[:60]}”"
                label += "\n" + (
                    self.tr("→ {0}").format(tag.asset_name)
                    if tag.asset_name
                    else self.tr("→ (no asset linked)")
                )
                if tag.category:
                    label += f" · {CATEGORIES(tag.category)}"
                if tag.orphaned:
                    label += "\n" + self.tr("⚠ This passage is no longer in the text")
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, tag.id)
                item.setBackground(KIND_COLOURS.get(tag.kind, QColor("#eee")).lighter(110))
                self.tag_list.addItem(item)
                if tag.id == current:
                    self.tag_list.setCurrentItem(item)
        self.tag_list.blockSignals(False)
        self.editor.setExtraSelections(selections)

    def _current_tag(self) -> str | None:
        item = self.tag_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _on_tag_selected(self, item, _prev) -> None:  # type: ignore[no-untyped-def]
        tag_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if not tag_id or not self.story_id:
            return
        tag = next((t for t in self.services.tags.for_story(self.story_id) if t.id == tag_id), None)
        if tag:
            self.asset_edit.setText(tag.asset_name or "")
            self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(tag.category)))

    def _show_similar(self, text: str) -> None:
        if not self.gathering_id or len(text.strip()) < 3:
            self.similar_label.clear()
            return
        from cle_desktop.services.assets import rank_similar  # loaded by now, with the services

        similar = rank_similar(text, self._inventory, limit=3)
        self.similar_label.setText(
            "; ".join(
                self.tr("similar: {0} ({1} stories)").format(row.name, row.mentions)
                for row, _ in similar
            )
        )

    def _link_typed_asset(self) -> None:
        tag_id = self._current_tag()
        name = self.asset_edit.text().strip()
        if not tag_id or not name or not self.gathering_id or not self.story_id:
            return
        tag = next(t for t in self.services.tags.for_story(self.story_id) if t.id == tag_id)
        existing = next(
            (
                a
                for a in self.services.assets.inventory(self.gathering_id)
                if a.name.casefold() == name.casefold()
            ),
            None,
        )
        asset_id = (
            existing.id
            if existing
            else self.services.assets.create(
                self.gathering_id, name, tag.kind, category=tag.category
            )
        )
        self.undo_stack.push(LinkAssetCommand(self, tag_id, tag.asset_id, asset_id))
        self._refresh_completers()
        self.similar_label.clear()

    def _set_category(self, _index: int) -> None:
        tag_id = self._current_tag()
        if not tag_id or not self.story_id:
            return
        tag = next((t for t in self.services.tags.for_story(self.story_id) if t.id == tag_id), None)
        new = self.category_combo.currentData()
        if tag is not None and tag.category != new:
            self.undo_stack.push(CategoryCommand(self, tag_id, tag.category, new))
