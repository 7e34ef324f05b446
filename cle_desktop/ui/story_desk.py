"""The story desk: where a note-taker lives for three days.

Typing is never interrupted: there is no Save button and no prompt. Every change is written
through the change log 400 ms after the last keystroke (and at once when focus moves, the
story changes or the window closes), so at most the last second of typing is ever at risk.
Tagging is one key: select a passage, Ctrl+1 / Ctrl+2 / Ctrl+3 for asset, gift, hope.
"""

from __future__ import annotations

from datetime import datetime
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
from cle_desktop.services.errors import ServiceError
from cle_desktop.ui.labels import CATEGORIES, TAG_KINDS
from cle_desktop.ui.messages import readable
from cle_desktop.ui.name_completer import NameListCompleter
from cle_desktop.ui.story_list import StoryListModel

if TYPE_CHECKING:
    from cle_desktop.services import Services
    from cle_desktop.services.assets import AssetRow

AUTOSAVE_MS = 400
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


class StoryDesk(QWidget):
    saved = Signal(str)  # story id
    status = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.gathering_id: str | None = None
        self.story_id: str | None = None
        self._loading = False
        self._inventory: list[AssetRow] = []
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
        middle_layout.addWidget(self.title_edit)
        middle_layout.addLayout(form)
        middle_layout.addWidget(self.consent_label)
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
        for signal in (self.editor.textChanged, self.title_edit.textEdited):
            signal.connect(self._schedule_save)
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
        until then it lives only in the editor, so ``early_text`` lets the window rescue it.
        """
        for widget in (self.title_edit, self.language_combo, self.editor):
            widget.setEnabled(True)
        self.editor.setFocus()

    def early_text(self) -> tuple[str, str] | None:
        """(title, body) typed before any gathering was open, or None."""
        if self.gathering_id is not None or self.story_id is not None:
            return None
        title, body = self.title_edit.text(), self.editor.toPlainText()
        return (title, body) if title.strip() or body.strip() else None

    def set_gathering(self, gathering_id: str) -> None:
        self.save_now()
        early = self.early_text()
        self.gathering_id = gathering_id
        self.list_model.set_gathering(gathering_id)
        self.session_combo.clear()
        self.session_combo.addItem(self.tr("(no session)"), None)
        for sess in self.services.gatherings.sessions(gathering_id):
            self.session_combo.addItem(sess.title, sess.id)
        # Name suggestions count every asset's mentions (tens of ms on a large gathering):
        # fill them just after the window is up; the first keystroke comes later anyway.
        QTimer.singleShot(100, self._refresh_completers)
        if early is not None:
            self._keep_early_story(*early)
            return
        self.story_id = None
        self._load_story(None)
        self.list_model.fetchMore()
        if self.list_model.rowCount() > 0:
            self.story_list.setCurrentIndex(self.list_model.index(0))

    def _keep_early_story(self, title: str, body: str) -> None:
        """Store what was typed before the gathering opened as a new story, leaving the editor,
        its cursor and its undo history alone: the note-taker may still be typing."""
        assert self.gathering_id is not None
        session_id = self.services.gatherings.session_running_at(self.gathering_id)
        self.story_id = self.services.stories.capture(
            self.gathering_id,
            title=title,
            body=body,
            session_id=session_id,
            language=self.language_combo.currentData() or "en",
        )
        self.session_combo.setCurrentIndex(max(0, self.session_combo.findData(session_id)))
        self.undo_stack.clear()
        self.list_model.fetchMore()
        self.list_model.prepend(self.story_id)  # selected below without reloading the editor
        self.story_list.setCurrentIndex(self.list_model.index(0))
        self._set_enabled(True)
        self.refresh_tags()
        self.saved.emit(self.story_id)
        self.status.emit(self.tr("Saved {0}").format(datetime.now().strftime("%H:%M:%S")))

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
            if story_id is None:
                self.title_edit.clear()
                self.editor.clear()
                self.tellers_edit.clear()
                self._set_enabled(False)
                self.tag_list.clear()
                return
            story = self.services.stories.get(story_id)
            self._set_enabled(True)
            self.title_edit.setText(story.title)
            self.editor.setPlainText(story.body)
            names = {
                p.id: p.display_name
                for p in self.services.participants.roster(self.gathering_id or "")
            }
            self.tellers_edit.setText(
                ", ".join(names.get(t, "?") for t in self.services.stories.teller_ids(story_id))
            )
            self.session_combo.setCurrentIndex(
                max(0, self.session_combo.findData(story.session_id))
            )
            self.language_combo.setCurrentIndex(
                max(0, self.language_combo.findData(story.language or "en"))
            )
            self.refresh_tags()
            self._update_consent_warning()
        finally:
            self._loading = False

    # --- capture ----------------------------------------------------------------------------

    def new_story(self) -> None:
        if not self.gathering_id:
            return
        self.save_now()
        session_id = self.services.gatherings.session_running_at(self.gathering_id)
        story_id = self.services.stories.capture(
            self.gathering_id,
            session_id=session_id,
            language=self.language_combo.currentData() or "en",
        )
        self.list_model.prepend(story_id)
        self.story_list.setCurrentIndex(self.list_model.index(0))
        self.title_edit.setFocus()
        self.status.emit(self.tr("New story started"))

    def _schedule_save(self) -> None:
        if not self._loading and self.story_id:
            self.autosave.start()

    def save_now(self) -> None:
        """Write what is on screen (only fields that changed produce change-log entries)."""
        self.autosave.stop()
        if self._loading or not self.story_id:
            return
        try:
            written = self.services.stories.edit(
                self.story_id, title=self.title_edit.text(), body=self.editor.toPlainText()
            )
        except ServiceError as exc:
            self.status.emit(readable(exc))
            return
        if written:
            if "title" in written:
                self.list_model.refresh_row(self.story_id)
            if "body" in written:
                self.refresh_tags()
            self.saved.emit(self.story_id)
            self.status.emit(self.tr("Saved {0}").format(datetime.now().strftime("%H:%M:%S")))

    def _save_field(self, field: str, value: object) -> None:
        if self.story_id and not self._loading:
            self.services.stories.edit(self.story_id, **{field: value})
            self.status.emit(self.tr("Saved {0}").format(datetime.now().strftime("%H:%M:%S")))

    def _save_tellers(self) -> None:
        if not self.story_id or self._loading or not self.gathering_id:
            return
        names = [
            n.strip() for n in self.tellers_edit.text().replace(";", ",").split(",") if n.strip()
        ]
        ids = [self.services.participants.find_or_add(self.gathering_id, n) for n in names]
        self.services.stories.set_tellers(self.story_id, ids)
        self._refresh_completers()
        self._update_consent_warning()
        self.status.emit(self.tr("Saved {0}").format(datetime.now().strftime("%H:%M:%S")))

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
        if tag_id:
            self.services.tags.update(tag_id, category=self.category_combo.currentData())
            self.refresh_tags()
