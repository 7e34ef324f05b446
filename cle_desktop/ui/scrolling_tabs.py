"""A tab widget whose pages scroll instead of clipping.

Each page (unless added with ``scroll=False``: a placeholder, or a page that fits) sits in a ``QScrollArea`` that stretches it to the viewport: on a 1920×1080 screen the
page fills the window, and on a 1280×800 or 1366×768 laptop a page taller than the room left
under the menus scrolls, so the window's minimum size stays small and the status bar stays on
screen. ``widget``, ``currentWidget``, ``indexOf`` and ``setCurrentWidget`` speak of the pages
themselves, so callers never see the scroll areas.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget


class ScrollingTabs(QTabWidget):
    def _wrap(self, page: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setObjectName("pageScroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        area.setWidget(page)
        return area

    def addTab(self, page: QWidget, title: str, scroll: bool = True) -> int:  # type: ignore[override]
        return super().addTab(self._wrap(page) if scroll else page, title)

    def insertTab(  # type: ignore[override]
        self, index: int, page: QWidget, title: str, scroll: bool = True
    ) -> int:
        return super().insertTab(index, self._wrap(page) if scroll else page, title)

    def widget(self, index: int) -> QWidget | None:  # type: ignore[override]
        area = super().widget(index)
        return area.widget() if isinstance(area, QScrollArea) else area

    def currentWidget(self) -> QWidget | None:  # type: ignore[override]
        return self.widget(self.currentIndex())

    def indexOf(self, page: QWidget) -> int:  # type: ignore[override]
        for index in range(self.count()):
            if self.widget(index) is page:
                return index
        return -1

    def setCurrentWidget(self, page: QWidget) -> None:  # type: ignore[override]
        index = self.indexOf(page)
        if index >= 0:
            self.setCurrentIndex(index)
