"""The story desk's tag panel: the assets, gifts and hopes tagged in the open story, the asset
each one is linked to, and its ABCD category.

Each choice is saved as it is made and is undoable (the desk's undo stack). A tag's fields are
written against the versions the panel loaded (``TagService.update(versions=...)``): a link or
category that arrived from another laptop while the person was choosing is kept beside theirs
as a conflict, never overwritten. When a change arrives and the person is not editing that
field, the panel shows it and takes its version. The list is a :class:`TagListModel` in a
``QListView``. Strings keep the desk's translation context ("StoryDesk"): they were the desk's,
and the catalogue has them there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cle_desktop.domain.enums import TagKind
from cle_desktop.services.errors import ServiceError
from cle_desktop.ui.labels import CATEGORIES, TAG_KINDS
from cle_desktop.ui.messages import readable
from cle_desktop.ui.row_models import RowsModel

if TYPE_CHECKING:
    from cle_desktop.services import Services
    from cle_desktop.services.assets import AssetRow
    from cle_desktop.services.tagging import TagRow

SIMILAR_DELAY_MS = 150
KIND_COLOURS = {
    TagKind.ASSET.value: QColor("#bfe6df"),
    TagKind.GIFT.value: QColor("#fbdcae"),
    TagKind.HOPE.value: QColor("#dcd0f0"),
}
Versions = dict[str, tuple[str, ...]]


class TagListModel(RowsModel):
    """The open story's tags (``TagRow``), one a row: kind and quote, the linked asset and the
    category, a warning when the passage left the text; tinted by kind."""

    CONTEXT = "StoryDesk"

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return tag_label(row)
        if role == Qt.ItemDataRole.BackgroundRole:
            return KIND_COLOURS.get(row.kind, QColor("#eee")).lighter(110)
        return None


def tag_label(tag: TagRow) -> str:
    """How a tag reads in the list."""
    label = f"{TAG_KINDS(tag.kind).upper()} · “{tag.quote[:60]}”"
    label += "\n" + (
        QCoreApplication.translate("StoryDesk", "→ {0}").format(tag.asset_name)
        if tag.asset_name
        else QCoreApplication.translate("StoryDesk", "→ (no asset linked)")
    )
    if tag.category:
        label += f" · {CATEGORIES(tag.category)}"
    if tag.orphaned:
        label += "\n" + QCoreApplication.translate(
            "StoryDesk", "⚠ This passage is no longer in the text"
        )
    return label


class TagCommand(QUndoCommand):
    """Undoable tagging: redo = tag (or restore), undo = remove (a tombstone, never a loss)."""

    def __init__(self, panel: TagPanel, story_id: str, start: int, end: int, kind: str):
        # Follows "Undo"/"Redo" in the Edit menu.
        super().__init__(
            QCoreApplication.translate("StoryDesk", "tag as {0}").format(TAG_KINDS(kind).lower())
        )
        self.panel, self.story_id, self.start, self.end, self.kind = (
            panel,
            story_id,
            start,
            end,
            kind,
        )
        self.tag_id: str | None = None

    def redo(self) -> None:
        tags = self.panel.services.tags
        if self.tag_id is None:
            self.tag_id = tags.tag_passage(self.story_id, self.start, self.end, self.kind)
        else:
            try:
                tags.restore(self.tag_id)
            except ServiceError as exc:  # erased by a consent purge meanwhile
                self.panel.status.emit(readable(exc))
        self.panel.refresh()

    def undo(self) -> None:
        if self.tag_id:
            self.panel.services.tags.remove(self.tag_id)
        self.panel.refresh()


class TagFieldCommand(QUndoCommand):
    """An undoable change of one field of a tag, each step written against the version the
    step before it wrote (the first against what the panel loaded)."""

    def __init__(
        self,
        panel: TagPanel,
        tag_id: str,
        field: str,
        old: str | None,
        new: str | None,
        versions: Versions,
        text: str,
    ):
        super().__init__(text)
        self.panel, self.tag_id, self.field, self.old, self.new = panel, tag_id, field, old, new
        self.versions = dict(versions)
        # True when the first step was written before the push (a link made by name).
        self.written_already = False

    def _write(self, value: str | None) -> None:
        written = self.panel.services.tags.update(
            self.tag_id, {self.field: self.versions.get(self.field, ())}, **{self.field: value}
        )
        self.versions.update(written)
        self.panel.took_versions(self.tag_id, self.versions)
        self.panel.refresh()

    def redo(self) -> None:
        if self.written_already:
            self.written_already = False
            self.panel.refresh()
            return
        self._write(self.new)

    def undo(self) -> None:
        self._write(self.old)


def link_asset_command(
    panel: TagPanel, tag_id: str, old: str | None, new: str | None, versions: Versions
) -> TagFieldCommand:
    return TagFieldCommand(
        panel,
        tag_id,
        "asset_id",
        old,
        new,
        versions,
        QCoreApplication.translate("StoryDesk", "link to an asset"),
    )


def category_command(
    panel: TagPanel, tag_id: str, old: str | None, new: str | None, versions: Versions
) -> TagFieldCommand:
    """Undoable change of a tag's ABCD category."""
    return TagFieldCommand(
        panel,
        tag_id,
        "category",
        old,
        new,
        versions,
        QCoreApplication.translate("StoryDesk", "set the category"),
    )


class TagPanel(QWidget):
    """The open story's tags, and the selected tag's asset and category."""

    status = Signal(str)

    def __init__(
        self,
        services: Services,
        editor: QPlainTextEdit,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.services = services
        self.editor = editor  # the story text, where tagged passages are highlighted
        self.undo_stack = undo_stack
        self.gathering_id: str | None = None
        self.story_id: str | None = None
        self.inventory: list[AssetRow] = []
        # The selected tag and the versions of its fields the panel shows.
        self.tag_id: str | None = None
        self.versions: Versions = {}

        self.tag_model = TagListModel(self)
        self.tag_list = QListView()
        self.tag_list.setObjectName("tagList")
        self.tag_list.setModel(self.tag_model)
        self.tag_list.setAccessibleName(
            QCoreApplication.translate("StoryDesk", "Tags in this story")
        )
        self.tag_list.setWordWrap(True)
        # Lines wrap to the pane: no sideways scroll bar under a long quote.
        self.tag_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tag_list.setResizeMode(QListView.ResizeMode.Adjust)
        self._refilling = False  # the list is being re-read: its current row is not a choice
        self.tag_list.selectionModel().currentChanged.connect(self._on_tag_selected)
        self.asset_edit = QLineEdit()
        self.asset_edit.setObjectName("linkedAssetEdit")
        self.asset_edit.setPlaceholderText(
            QCoreApplication.translate("StoryDesk", "Link to asset: type a name")
        )
        self.asset_edit.setAccessibleName(QCoreApplication.translate("StoryDesk", "Linked asset"))
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
        self.similar_timer.timeout.connect(lambda: self.show_similar(self.asset_edit.text()))
        self.asset_edit.textEdited.connect(lambda _text: self.similar_timer.start())
        # Enter in the asset field links the tag to the asset of that name (made if new).
        self.link_action = QAction(QCoreApplication.translate("StoryDesk", "Link to asset"), self)
        self.link_action.setObjectName("linkTypedAsset")
        self.link_action.triggered.connect(self.link_typed_asset)
        self.asset_edit.returnPressed.connect(self.link_action.trigger)
        self.similar_label = QLabel()
        self.similar_label.setObjectName("hint")
        self.similar_label.setWordWrap(True)
        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(
            QCoreApplication.translate("StoryDesk", "ABCD category")
        )
        self.category_combo.addItem(QCoreApplication.translate("StoryDesk", "(category)"), None)
        for code, label in CATEGORIES.items():
            self.category_combo.addItem(label, code)
        self.category_combo.activated.connect(self.set_category)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(QCoreApplication.translate("StoryDesk", "Assets, gifts and hopes"))
        heading.setObjectName("sectionTitle")
        layout.addWidget(heading)
        layout.addWidget(self.tag_list, 1)
        layout.addWidget(self.asset_edit)
        layout.addWidget(self.similar_label)
        layout.addWidget(self.category_combo)

    # --- what is shown ------------------------------------------------------------------------

    def set_gathering(self, gathering_id: str) -> None:
        self.gathering_id = gathering_id

    def reload_names(self) -> None:
        """The asset names the field suggests, and the inventory "similar:" hints score
        against (tens of ms on a large gathering: the desk calls this after a pause)."""
        if not self.gathering_id:
            return
        self.inventory = self.services.assets.inventory(self.gathering_id)
        self.asset_names.setStringList([a.name for a in self.inventory])

    def show_story(self, story_id: str | None) -> None:
        self.story_id = story_id
        self.tag_id = None
        self.versions = {}
        self.refresh()

    def clear(self) -> None:
        self.show_story(None)

    def refresh(self) -> None:
        """Re-read the open story's tags (after a tagging, a save of the text, a sync): the
        list, the highlighted passages, and the selected tag's fields the person is not
        editing."""
        # Imported on first use: their enums (QTextFormat's properties) cost start-up ~2.5 ms.
        from PySide6.QtGui import QTextCharFormat, QTextCursor
        from PySide6.QtWidgets import QTextEdit

        selections = []
        current = self.current_tag()
        tags = self.services.tags.for_story(self.story_id) if self.story_id else []
        shown: TagRow | None = None
        text_length = len(self.editor.toPlainText())
        for tag in tags:
            if tag.orphaned:
                continue
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(KIND_COLOURS.get(tag.kind, QColor("#eee")))
            sel.format = fmt
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(min(tag.start, text_length))
            cursor.setPosition(min(tag.end, text_length), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            selections.append(sel)
        self._refilling = True
        try:
            self.tag_model.set_rows(tags)
            row = self.tag_model.row_of(current) if current else -1
            if row >= 0:
                self.tag_list.setCurrentIndex(self.tag_model.index(row, 0))
                shown = tags[row]
        finally:
            self._refilling = False
        self.editor.setExtraSelections(selections)
        if shown is not None and shown.id == self.tag_id:
            self._follow(shown)

    def _follow(self, tag: TagRow) -> None:
        """The selected tag changed (here or elsewhere): show the fields the person is not in
        the middle of editing, with the versions they now have."""
        now = self.services.tags.versions(tag.id)
        if now.get("asset_id") != self.versions.get("asset_id") and not (
            self.asset_edit.isModified()
        ):
            self.asset_edit.setText(tag.asset_name or "")
            self.versions["asset_id"] = now.get("asset_id", ())
        if now.get("category") != self.versions.get("category"):
            self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(tag.category)))
            self.versions["category"] = now.get("category", ())

    def current_tag(self) -> str | None:
        """The id of the tag chosen in the list, if any."""
        tag_id = self.tag_list.currentIndex().data(TagListModel.IdRole)
        return str(tag_id) if tag_id else None

    def took_versions(self, tag_id: str, versions: Versions) -> None:
        """A command wrote the tag: its versions are what the panel now shows."""
        if tag_id == self.tag_id:
            self.versions.update(versions)

    def _tag(self, tag_id: str) -> TagRow | None:
        if not self.story_id:
            return None
        return next(
            (t for t in self.services.tags.for_story(self.story_id) if t.id == tag_id), None
        )

    def _on_tag_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._refilling:
            return
        tag_id = current.data(TagListModel.IdRole)
        tag = self._tag(tag_id) if tag_id else None
        if tag is None:
            return
        self.tag_id = tag.id
        self.versions = self.services.tags.versions(tag.id)
        self.asset_edit.setText(tag.asset_name or "")
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(tag.category)))

    # --- editing ------------------------------------------------------------------------------

    def show_similar(self, text: str) -> None:
        if not self.gathering_id or len(text.strip()) < 3:
            self.similar_label.clear()
            return
        from cle_desktop.services.assets import rank_similar  # loaded by now, with the services

        similar = rank_similar(text, self.inventory, limit=3)
        self.similar_label.setText(
            "; ".join(
                # the count is Qt's numerus (%Ln), so "1 story" and "2 stories" in each language
                QCoreApplication.translate(
                    "StoryDesk", "similar: {0} (%Ln stories)", "", row.mentions
                ).format(row.name)
                for row, _ in similar
            )
        )

    def link_typed_asset(self) -> None:
        """Link the selected tag to the asset named in the field (found by name, or made),
        against the version of the link the panel showed; undoable."""
        tag_id = self.current_tag()
        name = self.asset_edit.text().strip()
        if not tag_id or not name or not self.story_id:
            return
        if tag_id != self.tag_id:
            self.tag_id, self.versions = tag_id, self.services.tags.versions(tag_id)
        try:
            link = self.services.tags.link_asset_named(
                tag_id, name, {"asset_id": self.versions.get("asset_id", ())}
            )
        except ServiceError as exc:
            self.status.emit(readable(exc))
            return
        command = link_asset_command(
            self, tag_id, link.previous_asset_id, link.asset_id, self.versions
        )
        command.versions.update(link.versions)
        command.written_already = True  # QUndoStack.push runs redo(): it only refreshes
        self.took_versions(tag_id, link.versions)
        self.asset_edit.setModified(False)
        self.undo_stack.push(command)
        if link.created:
            self.reload_names()
        self.similar_label.clear()

    def set_category(self, _index: int = 0) -> None:
        tag_id = self.current_tag()
        if not tag_id or not self.story_id:
            return
        tag = self._tag(tag_id)
        new = self.category_combo.currentData()
        if tag is None or tag.category == new:
            return
        if tag_id != self.tag_id:
            self.tag_id, self.versions = tag_id, self.services.tags.versions(tag_id)
        self.undo_stack.push(category_command(self, tag_id, tag.category, new, self.versions))
