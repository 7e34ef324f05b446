"""Search across the gathering (Ctrl+F): results with snippets; opening a story hit jumps to
the passage in the story desk.

The results are a :class:`SearchHitsModel` over the service's hits in a ``QListView``, so the
view, the keyboard and the tests read the same rows. Strings keep the panel's translation
context ("SearchPanel"): the catalogue has them there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from cle_desktop.ui.row_models import RowsModel

if TYPE_CHECKING:
    from cle_desktop.services import Services

_KINDS = {
    "story": QT_TRANSLATE_NOOP("SearchPanel", "Story"),
    "photo": QT_TRANSLATE_NOOP("SearchPanel", "Photo"),
    "asset": QT_TRANSLATE_NOOP("SearchPanel", "Asset"),
    "participant": QT_TRANSLATE_NOOP("SearchPanel", "Person"),
}


class SearchHitsModel(RowsModel):
    """One search hit a row: what it is and its title, then the snippet with the matched words
    between quotation marks. A row is known by ``entity:row_id``: an id names a row of one
    table, and the hits come from several."""

    CONTEXT = "SearchPanel"

    def row_id(self, row: Any) -> str:
        return f"{row.entity}:{row.row_id}"

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        kind = _KINDS.get(row.entity)
        label = QCoreApplication.translate("SearchPanel", str(kind)) if kind else row.entity
        opening = QCoreApplication.translate("SearchPanel", "“")
        closing = QCoreApplication.translate("SearchPanel", "”")
        return f"{label}: {row.title}\n" + row.snippet.replace("[", opening).replace("]", closing)


class SearchPanel(QWidget):
    openStory = Signal(str, str)  # story id, query

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.gathering_id: str | None = None
        self.box = QLineEdit()
        find_keys = QKeySequence(QKeySequence.StandardKey.Find).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.box.setPlaceholderText(
            self.tr("Search stories, captions, assets, people ({0})").format(find_keys)
        )
        self.box.setAccessibleName(self.tr("Search"))
        self.box.setClearButtonEnabled(True)
        self.hits = SearchHitsModel(self)
        self.results = QListView()
        self.results.setObjectName("searchResults")
        self.results.setModel(self.hits)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.activated.connect(self.open_hit)
        self.count = QLabel()
        self.count.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.run)
        self.box.textChanged.connect(lambda _t: self.timer.start())
        self.box.returnPressed.connect(self._open_first)

    def set_gathering(self, gathering_id: str) -> None:
        self.gathering_id = gathering_id
        self.run()

    def run(self) -> None:
        query = self.box.text()
        if not query.strip() or not self.gathering_id:
            self.hits.set_rows([])
            self.count.clear()
            return
        hits = self.services.search.search(query, self.gathering_id, limit=100)
        self.hits.set_rows(hits)
        self.count.setText(self.tr("%n results", "", len(hits)))

    def _open_first(self) -> None:
        if self.hits.rowCount():
            self.open_hit(self.hits.index(0, 0))

    def open_hit(self, index: QModelIndex) -> None:
        """Open the hit in row ``index`` (activated: Enter, or a click as the platform has it);
        a story opens at the passage."""
        hit = index.data(SearchHitsModel.RowRole)
        if hit is not None and hit.entity == "story":
            self.openStory.emit(hit.row_id, self.box.text())
