"""A lazy list of a gathering's stories: ids are cheap, headers are fetched a page at a time,
bodies never (only their opening words, for the tooltip). Scrolls 10,000 stories without
loading them. Each row: the title, then the time and who told it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from cle_desktop.ui.labels import local_time

if TYPE_CHECKING:
    from cle_desktop.services import Services
    from cle_desktop.services.stories import StoryHeader


PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class StoryListModel(QAbstractListModel):
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, services: Services, parent: Any = None):
        super().__init__(parent)
        self.services = services
        self._ids: list[str] = []
        self._loaded = 0
        self._headers: dict[str, StoryHeader] = {}
        self._summaries: dict[str, tuple[str, str]] = {}  # id -> (tellers, opening words)

    def set_gathering(self, gathering_id: str) -> None:
        self.beginResetModel()
        self._ids = self.services.stories.ids(gathering_id)
        self._loaded = 0
        self._headers.clear()
        self._summaries.clear()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._loaded

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._loaded < len(self._ids)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = min(PAGE, len(self._ids) - self._loaded)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + more - 1)
        self._loaded += more
        self.endInsertRows()

    def _header(self, row: int) -> StoryHeader | None:
        story_id = self._ids[row]
        if story_id not in self._headers:
            start = (row // PAGE) * PAGE
            page = self._ids[start : start + PAGE]
            for header in self.services.stories.headers(page):
                self._headers[header.id] = header
            self._summaries.update(self.services.stories.summaries(page))
        return self._headers.get(story_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._loaded:
            return None
        if role == self.IdRole:
            return self._ids[index.row()]
        header = self._header(index.row())
        if header is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            when = local_time(header.recorded_at, "ddd HH:mm") if header.recorded_at else ""
            title = header.title or self.tr("Untitled story")
            tellers = self._summaries.get(header.id, ("", ""))[0]
            return f"{title}\n{when} · {tellers}" if tellers else f"{title}\n{when}"
        if role == Qt.ItemDataRole.ToolTipRole:
            opening = self._summaries.get(header.id, ("", ""))[1]
            return f"{header.title}\n{opening}".strip()
        return None

    def cached_headers(self) -> int:
        """How many story headers the model holds: those of the pages a view has shown."""
        return len(self._headers)

    def row_of(self, story_id: str) -> int:
        try:
            row = self._ids.index(story_id)
        except ValueError:
            return -1
        while row >= self._loaded and self.canFetchMore():
            self.fetchMore()
        return row

    def prepend(self, story_id: str) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._ids.insert(0, story_id)
        self._loaded += 1
        self.endInsertRows()

    def refresh_row(self, story_id: str) -> None:
        self._headers.pop(story_id, None)
        self._summaries.pop(story_id, None)
        row = self.row_of(story_id)
        if row >= 0:
            idx = self.index(row)
            self.dataChanged.emit(idx, idx)
