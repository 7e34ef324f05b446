"""The Photos page's lists as Qt models: the thumbnail grid, and the people ticked as being in
the chosen photo.

Thumbnails are made (or read from the cache) when the grid first paints a photo, not for every
photo when the page opens: a gathering with hundreds of photos opens at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPixmap

from cle_desktop.ui.row_models import CheckableRowsModel, Index, RowsModel


class PhotoGridModel(RowsModel):
    """One photo a row (the page's rows from ``photos.photos_for``): caption or file name, and
    its thumbnail."""

    def __init__(self, thumbnail: Callable[[str], Path], parent: Any = None):
        super().__init__(parent)
        self.thumbnail = thumbnail  # sha256 -> the cached thumbnail file
        self._icons: dict[str, QIcon | None] = {}
        self._captions: dict[str, str] = {}  # typed since the rows were read

    def set_rows(self, rows: Any) -> None:
        self._captions.clear()
        super().set_rows(rows)

    def set_caption(self, photo_id: str, caption: str) -> None:
        """Show a caption just saved, without reading every photo again."""
        row = self.row_of(photo_id)
        if row >= 0 and caption.strip():
            self._captions[photo_id] = caption.strip()
            index = self.index(row, 0)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def forget_thumbnails(self) -> None:
        """Read the thumbnails again when next painted (some were remade on disk)."""
        self._icons.clear()
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self.rows) - 1, 0),
                [Qt.ItemDataRole.DecorationRole],
            )

    def _icon(self, sha256: str) -> QIcon | None:
        if sha256 not in self._icons:
            try:
                self._icons[sha256] = QIcon(QPixmap(str(self.thumbnail(sha256))))
            except Exception:  # noqa: BLE001 - a missing or unreadable original: the name only
                self._icons[sha256] = None
        return self._icons[sha256]

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._captions.get(row.id) or row.caption or row.original_name or ""
        if role == Qt.ItemDataRole.DecorationRole and row.sha256:
            return self._icon(row.sha256)
        return None


class DepictedModel(CheckableRowsModel):
    """The gathering's people, ticked when they are in the photo; ticking one calls
    ``on_toggle(person_id, ticked)`` (the page stores the link)."""

    def __init__(self, on_toggle: Callable[[str, bool], None], parent: Any = None):
        super().__init__(parent)
        self.on_toggle = on_toggle
        self.depicted: set[str] = set()

    def set_people(self, rows: Any, depicted: set[str]) -> None:
        self.depicted = set(depicted)
        self.set_rows(rows)

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return row.display_name
        if role == Qt.ItemDataRole.CheckStateRole:
            return self.check_state(row)
        return None

    def is_ticked(self, row: Any) -> bool:
        return bool(row.id in self.depicted)

    def tick(self, index: Index, row_id: str, ticked: bool) -> None:
        if ticked:
            self.depicted.add(row_id)
        else:
            self.depicted.discard(row_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.on_toggle(row_id, ticked)
