"""A read-only Qt table model over a list of frozen rows (the DTOs services return).

Pages used to copy service results into ``QListWidget``/``QTableWidget`` items by hand; each
list is now a small subclass that says what a cell shows (``cell``) and, where the view sorts or
filters, what it sorts by (``sort_key``). Views, proxies and tests then read the same data, and
``QAbstractItemModelTester`` can check the model keeps Qt's rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Rows of any frozen dataclass with an ``id``; one row of the view per item."""

    IdRole = Qt.ItemDataRole.UserRole  # the row's id (a story, a person, a laptop ...)
    SortRole = Qt.ItemDataRole.UserRole + 1  # what the column sorts by (``sort_key``)
    RowRole = Qt.ItemDataRole.UserRole + 2  # the row object itself

    # Column titles, marked for lupdate; headerData translates them in CONTEXT (the
    # subclass's own class name when None; a page's name keeps the titles it had there).
    HEADERS: tuple[object, ...] = ("",)  # QT_TRANSLATE_NOOP is typed as returning object
    CONTEXT: str | None = None

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[Any] = []

    # --- what a subclass says ------------------------------------------------------------

    def row_id(self, row: Any) -> str:
        """The id a row is known by (``row.id`` unless the rows name themselves otherwise)."""
        return str(row.id)

    def cell(self, row: Any, column: int, role: int) -> Any:
        """What ``role`` of the cell shows; None for nothing."""
        return None

    def sort_key(self, row: Any, column: int, position: int) -> Any:
        """What a column sorts by: the displayed text, casefolded, unless said otherwise."""
        text = self.cell(row, column, Qt.ItemDataRole.DisplayRole)
        return text.casefold() if isinstance(text, str) else text

    # --- the model -------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, row_id: str) -> int:
        """The row showing ``row_id``, or -1."""
        return next((i for i, r in enumerate(self.rows) if self.row_id(r) == row_id), -1)

    def ids(self) -> list[str]:
        return [self.row_id(r) for r in self.rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            title = str(self.HEADERS[section])
            if self.CONTEXT is not None:
                return QCoreApplication.translate(self.CONTEXT, title)
            return self.tr(title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == self.IdRole:
            return self.row_id(row)
        if role == self.RowRole:
            return row
        if role == self.SortRole:
            return self.sort_key(row, index.column(), index.row())
        return self.cell(row, index.column(), role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class CheckableRowsModel(RowsModel):
    """Rows with a tick box the person changes: the model answers the check state from
    :meth:`is_ticked` and hands a changed tick to :meth:`tick` (a tick that changes nothing
    does nothing), so each list only says what a tick means."""

    def is_ticked(self, row: Any) -> bool:
        raise NotImplementedError

    def tick(self, index: Index, row_id: str, ticked: bool) -> None:
        raise NotImplementedError

    def check_state(self, row: Any) -> Qt.CheckState:
        return Qt.CheckState.Checked if self.is_ticked(row) else Qt.CheckState.Unchecked

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        if ticked != self.is_ticked(row):
            self.tick(index, self.row_id(row), ticked)
        return True
