"""The story browser's rows: ``services.stories.browse`` filters, this model shows each story as
three lines (title; teller · session · time; opening words), and :class:`BrowserSort` orders them
the way the sort box says without asking the database again."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt

from cle_desktop.ui.labels import local_time
from cle_desktop.ui.row_models import RowsModel

if TYPE_CHECKING:
    from cle_desktop.services.browse import BrowsedStory

# The row texts keep the review page's translation context (they were written there first).
_CONTEXT = "ReviewPage"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class StoryBrowserModel(RowsModel):
    """One column; rows newest first, as the service returns them."""

    def cell(self, row: BrowsedStory, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            facts = [
                row.tellers or _tr("no teller yet"),
                row.session_title or _tr("no session"),
            ]
            if row.recorded_at is not None:
                facts.append(local_time(row.recorded_at, "ddd d MMM HH:mm"))
            lines = [row.title or _tr("Untitled story"), " · ".join(facts)]
            if row.opening:
                lines.append(row.opening)
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.opening
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return row.title or _tr("Untitled story")
        return None


class BrowserSort(QSortFilterProxyModel):
    """Newest first, oldest first, by title or by teller (untold stories last)."""

    ORDERS = ("newest", "oldest", "title", "teller")

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.order = "newest"
        self.setSortRole(RowsModel.RowRole)

    def set_order(self, order: str) -> None:
        self.order = order if order in self.ORDERS else "newest"
        self.invalidate()
        self.sort(0, Qt.SortOrder.AscendingOrder)

    def lessThan(self, left: Any, right: Any) -> bool:
        a, b = left.row(), right.row()
        if self.order == "newest":
            return bool(a < b)
        if self.order == "oldest":
            return bool(a > b)
        source = self.sourceModel()
        ra = source.data(left, RowsModel.RowRole)
        rb = source.data(right, RowsModel.RowRole)
        if self.order == "title":
            ka, kb = (ra.title or "").casefold(), (rb.title or "").casefold()
        else:
            ka, kb = ra.tellers.casefold() or "\uffff", rb.tellers.casefold() or "\uffff"
        # Ties keep the newest-first order, as a stable sort of that order did.
        return (ka, a) < (kb, b)
