"""The asset inventory: sortable, filterable, with merge suggestions (undoable), rename and
category."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cle_desktop.services import Services
from cle_desktop.services.assets import AssetRow, DuplicateSuggestion
from cle_desktop.ui.actions import action_button, page_action
from cle_desktop.ui.labels import CATEGORIES, TAG_KINDS
from cle_desktop.ui.row_models import RowsModel

Index = QModelIndex | QPersistentModelIndex


class AssetTableModel(QAbstractTableModel):
    # Marked for lupdate; headerData() translates them (the context is this class's name).
    HEADERS = (
        QT_TRANSLATE_NOOP("AssetTableModel", "Name"),
        QT_TRANSLATE_NOOP("AssetTableModel", "Kind"),
        QT_TRANSLATE_NOOP("AssetTableModel", "Category"),
        QT_TRANSLATE_NOOP("AssetTableModel", "Stories"),
        QT_TRANSLATE_NOOP("AssetTableModel", "Placed"),
    )

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[AssetRow] = []

    def set_rows(self, rows: list[AssetRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(str(self.HEADERS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        # Labels, not codes: the filter box and sorting then work on what people read.
        values = (
            row.name,
            TAG_KINDS(row.kind),
            CATEGORIES(row.category) or "—",
            row.mentions,
            self.tr("yes") if row.place_id else "",
        )
        if role == Qt.ItemDataRole.DisplayRole:
            return values[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.EditRole:
            return values[index.column()]
        return None


class DuplicatesModel(RowsModel):
    """The likely duplicates (``assets.suggest_duplicates``), best match first."""

    def row_id(self, row: DuplicateSuggestion) -> str:
        return f"{row.keep.id}:{row.other.id}"

    def cell(self, row: DuplicateSuggestion, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # Worded where the panel first said it (its translation context). Two counts: Qt's
            # numerus plural-forms one number, so each asset is its own numerus fragment.
            def named(name: str, mentions: int) -> str:
                return QCoreApplication.translate(
                    "InventoryPanel", "“{0}” (%Ln stories)", "", mentions
                ).format(name)

            return QCoreApplication.translate(
                "InventoryPanel", "{0}  ⟵  {1}   similarity {2:.0%}"
            ).format(
                named(row.keep.name, row.keep.mentions),
                named(row.other.name, row.other.mentions),
                row.score,
            )
        return None


class MergeCommand(QUndoCommand):
    def __init__(self, page: InventoryPanel, keep: str, other: str, label: str):
        super().__init__(label)
        self.page, self.keep, self.other = page, keep, other
        self.moved: list[str] = []

    def redo(self) -> None:
        self.moved = self.page.services.assets.merge(self.keep, self.other)
        self.page.refresh()

    def undo(self) -> None:
        self.page.services.assets.unmerge(self.keep, self.other, self.moved)
        self.page.refresh()


class InventoryPanel(QWidget):
    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.gathering_id: str | None = None
        self.undo = QUndoStack(self)
        self.model = AssetTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Asset inventory"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter assets, gifts and hopes"))
        self.filter.setAccessibleName(self.tr("Filter"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.rename_edit = QLineEdit()
        self.rename_edit.setPlaceholderText(self.tr("New name"))
        self.rename_edit.setAccessibleName(self.tr("New name"))
        # The panel's commands are actions (tests and shortcuts trigger them); the buttons
        # follow them.
        self.rename_action = page_action(self, self.tr("Rename"), "renameAsset", self.rename)
        self.category_action = page_action(
            self, self.tr("Set category"), "setAssetCategory", self.set_category
        )
        self.merge_action = page_action(
            self, self.tr("Merge selected pair"), "mergeAssets", self.merge
        )
        self.undo_merge_action = page_action(
            self, self.tr("Undo merge"), "undoMerge", self.undo.undo
        )
        self.rename_button = rename = action_button(self.rename_action)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category"))
        for code, label in CATEGORIES.items():
            self.category.addItem(label, code)
        self.category_button = set_cat = action_button(self.category_action)
        edit_row = QHBoxLayout()
        for w in (self.rename_edit, rename, self.category, set_cat):
            edit_row.addWidget(w)
        self.duplicates = DuplicatesModel(self)
        self.suggestions = QListView()
        self.suggestions.setObjectName("duplicateSuggestions")
        self.suggestions.setModel(self.duplicates)
        self.suggestions.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.suggestions.setAccessibleName(self.tr("Likely duplicates"))
        self.merge_button = merge = action_button(self.merge_action, "primary")
        merge.setAccessibleName(self.tr("Merge selected pair"))
        self.undo_button = undo = action_button(self.undo_merge_action)
        undo.setAccessibleName(self.tr("Undo merge"))
        heading = QLabel(self.tr("Likely duplicates (named differently by different note-takers)"))
        heading.setObjectName("sectionTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 3)
        layout.addLayout(edit_row)
        layout.addWidget(heading)
        layout.addWidget(self.suggestions, 1)
        row = QHBoxLayout()
        row.addWidget(merge)
        row.addWidget(undo)
        row.addStretch(1)
        layout.addLayout(row)

    def set_gathering(self, gathering_id: str) -> None:
        self.gathering_id = gathering_id
        self.refresh()

    def refresh(self) -> None:
        if not self.gathering_id:
            return
        self.model.set_rows(self.services.assets.inventory(self.gathering_id))
        self.duplicates.set_rows(self.services.assets.suggest_duplicates(self.gathering_id))
        self.changed.emit()

    def _selected(self) -> str | None:
        idx = self.table.currentIndex()
        return self.proxy.data(idx, Qt.ItemDataRole.UserRole) if idx.isValid() else None

    def rename(self) -> None:
        """Rename the chosen asset to what is typed in the New name box."""
        asset_id = self._selected()
        if asset_id and self.rename_edit.text().strip():
            self.services.assets.rename(asset_id, self.rename_edit.text())
            self.rename_edit.clear()
            self.refresh()

    def set_category(self) -> None:
        """Give the chosen asset the category in the box."""
        asset_id = self._selected()
        if asset_id:
            self.services.assets.set_category(asset_id, self.category.currentData())
            self.refresh()

    def merge(self) -> None:
        """Merge the chosen pair of likely duplicates (the first when none is chosen),
        undoably."""
        chosen = self.suggestions.currentIndex()
        row = chosen.row() if chosen.isValid() else 0
        if not 0 <= row < len(self.duplicates.rows):
            return
        pair: DuplicateSuggestion = self.duplicates.rows[row]
        self.undo.push(MergeCommand(self, pair.keep.id, pair.other.id, self.tr("Merge assets")))
