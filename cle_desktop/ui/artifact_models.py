"""The artifact panel's lists as Qt models: the artifacts (ticked once returned to their owner),
and the selected artifact's stories and photos."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon, QPixmap

from cle_desktop.ui.row_models import CheckableRowsModel, Index, RowsModel


def summary(name: str, meaning: str | None) -> str:
    """How the list names an artifact: "name — what it means"."""
    return f"{name} — {meaning}" if meaning else name


class ArtifactListModel(CheckableRowsModel):
    """The gathering's artifacts; ticking one calls ``on_returned(artifact_id, returned)``."""

    def __init__(self, on_returned: Callable[[str, bool], None], parent: Any = None):
        super().__init__(parent)
        self.on_returned = on_returned
        # What was saved since the rows were read: id -> (name, meaning, returned).
        self._saved: dict[str, tuple[str, str | None, bool]] = {}

    def set_rows(self, rows: Any) -> None:
        self._saved.clear()
        super().set_rows(rows)

    def state(self, row: Any) -> tuple[str, str | None, bool]:
        return self._saved.get(row.id, (row.name, row.meaning, bool(row.returned)))

    def show_saved(
        self,
        artifact_id: str,
        *,
        name: str | None = None,
        meaning: str | None = None,
        returned: bool | None = None,
    ) -> None:
        """Show an edit just saved (name, meaning or returned) without reading the list again;
        ``meaning=""`` clears it."""
        row = self.row_of(artifact_id)
        if row < 0:
            return
        old_name, old_meaning, old_returned = self.state(self.rows[row])
        self._saved[artifact_id] = (
            name if name is not None else old_name,
            (meaning or None) if meaning is not None else old_meaning,
            returned if returned is not None else old_returned,
        )
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)

    def cell(self, row: Any, column: int, role: int) -> Any:
        name, meaning, returned = self.state(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return summary(name, meaning)
        if role == Qt.ItemDataRole.CheckStateRole:
            return self.check_state(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "ArtifactPanel", "Checked when it has been returned to its owner"
            )
        return None

    def is_ticked(self, row: Any) -> bool:
        return self.state(row)[2]

    def tick(self, index: Index, row_id: str, ticked: bool) -> None:
        self.show_saved(row_id, returned=ticked)
        self.on_returned(row_id, ticked)


class StoryTitlesModel(RowsModel):
    """Stories by title (``StoryHeader`` rows)."""

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.title or QCoreApplication.translate("ArtifactPanel", "Untitled story")
        return None


class PhotoStripModel(RowsModel):
    """Photos as thumbnails only; the caption (or file name) is the tooltip."""

    def __init__(self, thumbnail: Callable[[str], Path], parent: Any = None):
        super().__init__(parent)
        self.thumbnail = thumbnail  # sha256 -> the cached thumbnail file
        self._icons: dict[str, QIcon | None] = {}

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.caption or row.original_name or ""
        if role == Qt.ItemDataRole.DecorationRole and row.sha256:
            if row.sha256 not in self._icons:
                try:
                    self._icons[row.sha256] = QIcon(QPixmap(str(self.thumbnail(row.sha256))))
                except Exception:  # noqa: BLE001 - a missing original: the tooltip names it
                    self._icons[row.sha256] = None
            return self._icons[row.sha256]
        return None
