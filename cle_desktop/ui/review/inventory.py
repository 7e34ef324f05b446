"""The asset inventory: sortable, filterable, with merge suggestions (undoable), rename and
category."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
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
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cle_desktop.services import Services
from cle_desktop.services.assets import AssetRow
from cle_desktop.ui.labels import CATEGORIES, TAG_KINDS

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
        rename = QPushButton(self.tr("Rename"))
        rename.clicked.connect(self._rename)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category"))
        for code, label in CATEGORIES.items():
            self.category.addItem(label, code)
        set_cat = QPushButton(self.tr("Set category"))
        set_cat.clicked.connect(self._set_category)
        edit_row = QHBoxLayout()
        for w in (self.rename_edit, rename, self.category, set_cat):
            edit_row.addWidget(w)
        self.suggestions = QListWidget()
        self.suggestions.setAccessibleName(self.tr("Likely duplicates"))
        self.merge_button = merge = QPushButton(self.tr("Merge selected pair"))
        merge.setObjectName("primary")
        merge.setAccessibleName(self.tr("Merge selected pair"))
        merge.clicked.connect(self._merge)
        self.undo_button = undo = QPushButton(self.tr("Undo merge"))
        undo.setAccessibleName(self.tr("Undo merge"))
        undo.clicked.connect(self.undo.undo)
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
        self.suggestions.clear()
        for s in self.services.assets.suggest_duplicates(self.gathering_id):
            item = QListWidgetItem(
                self.tr("“{0}” ({1} stories)  ⟵  “{2}” ({3} stories)   similarity {4:.0%}").format(
                    s.keep.name, s.keep.mentions, s.other.name, s.other.mentions, s.score
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, (s.keep.id, s.other.id))
            self.suggestions.addItem(item)
        self.changed.emit()

    def _selected(self) -> str | None:
        idx = self.table.currentIndex()
        return self.proxy.data(idx, Qt.ItemDataRole.UserRole) if idx.isValid() else None

    def _rename(self) -> None:
        asset_id = self._selected()
        if asset_id and self.rename_edit.text().strip():
            self.services.assets.rename(asset_id, self.rename_edit.text())
            self.rename_edit.clear()
            self.refresh()

    def _set_category(self) -> None:
        asset_id = self._selected()
        if asset_id:
            self.services.assets.set_category(asset_id, self.category.currentData())
            self.refresh()

    def _merge(self) -> None:
        item = self.suggestions.currentItem() or (
            self.suggestions.item(0) if self.suggestions.count() else None
        )
        if item is None:
            return
        keep, other = item.data(Qt.ItemDataRole.UserRole)
        self.undo.push(MergeCommand(self, keep, other, self.tr("Merge assets")))
