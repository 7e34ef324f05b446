"""Search across the gathering (Ctrl+F): results with snippets; opening a story hit jumps to
the passage in the story desk."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from cle_desktop.services import Services


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
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(self._open)
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
        self.results.clear()
        query = self.box.text()
        if not query.strip() or not self.gathering_id:
            self.count.clear()
            return
        hits = self.services.search.search(query, self.gathering_id, limit=100)
        for hit in hits:
            label = {
                "story": self.tr("Story"),
                "photo": self.tr("Photo"),
                "asset": self.tr("Asset"),
                "participant": self.tr("Person"),
            }.get(hit.entity, hit.entity)
            item = QListWidgetItem(
                f"{label}: {hit.title}\n"
                + hit.snippet.replace("[", self.tr("“")).replace("]", self.tr("”"))
            )
            item.setData(Qt.ItemDataRole.UserRole, (hit.entity, hit.row_id))
            self.results.addItem(item)
        self.count.setText(self.tr("%n results", "", len(hits)))

    def _open_first(self) -> None:
        if self.results.count():
            self._open(self.results.item(0))

    def _open(self, item: QListWidgetItem) -> None:
        entity, row_id = item.data(Qt.ItemDataRole.UserRole)
        if entity == "story":
            self.openStory.emit(row_id, self.box.text())
